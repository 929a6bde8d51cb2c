/**
 * A chart of the 公开说明 as an SVG document, drawn from the chart's data (narrative/charts.ts) with no browser and
 * no charting library: a pie with a legend for a structure, horizontal bars for the 类 of table 05, paired bars
 * for the “三公” 预算 and 决算. The same SVG goes into the .docx (with a PNG of it for Word processors without SVG)
 * and into the web preview (as an image, so nothing in it runs). Every label is escaped; every figure is the
 * chart's own, formatted as the text formats it. Fonts are named by family and found by the viewer.
 */
import type { ChartData, ChartItem } from '../engine/narrative/document';
import { itemCaption } from '../engine/narrative/charts';
import { formatCents } from '../engine/derive/arithmetic';

export interface ChartPicture {
  readonly svg: string;
  /** Pixels at 96 dpi. */
  readonly width: number;
  readonly height: number;
}

const WIDTH = 640;
const FONT = 'SimHei, Microsoft YaHei, Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, sans-serif';
/** Office's palette, in its order: distinct in print and on screen. */
const PALETTE = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47', '#264478', '#9E480E', '#636363', '#997300', '#255E91', '#43682B'];
const BUDGET = '#A5A5A5';
const ACTUAL = '#4472C4';
const INK = '#262626';
const MUTED = '#595959';

export function colourOf(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** The width a text takes: CJK and full-width characters one em, others about half. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\uFFEF]/.test(ch) ? size : size * 0.58;
  return w;
}

const num = (n: number) => String(Math.round(n * 100) / 100);

function label(x: number, y: number, text: string, size: number, options: { anchor?: 'start' | 'middle' | 'end'; fill?: string; bold?: boolean } = {}): string {
  const anchor = options.anchor && options.anchor !== 'start' ? ` text-anchor="${options.anchor}"` : '';
  const weight = options.bold ? ' font-weight="bold"' : '';
  return `<text x="${num(x)}" y="${num(y)}" font-size="${size}"${anchor}${weight} fill="${options.fill ?? INK}">${escapeXml(text)}</text>`;
}

function frame(chart: ChartData, height: number, body: string[]): ChartPicture {
  const title = `图${chart.number} ${chart.title}`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${WIDTH}" height="${height}" fill="#FFFFFF"/>`,
    label(WIDTH / 2, 30, title, 18, { anchor: 'middle', bold: true }),
    ...body,
    label(WIDTH - 16, height - 12, `单位：万元　数据来源：${chart.source}`, 13, { anchor: 'end', fill: MUTED }),
    '</svg>',
  ].join('');
  return { svg, width: WIDTH, height };
}

/** A slice from angle a to b (radians, 0 at twelve o'clock, clockwise). */
function slice(cx: number, cy: number, r: number, a: number, b: number, fill: string): string {
  if (b - a >= Math.PI * 2 - 1e-9) return `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" fill="${fill}"/>`;
  const point = (t: number) => `${num(cx + r * Math.sin(t))} ${num(cy - r * Math.cos(t))}`;
  const large = b - a > Math.PI ? 1 : 0;
  return `<path d="M ${num(cx)} ${num(cy)} L ${point(a)} A ${num(r)} ${num(r)} 0 ${large} 1 ${point(b)} Z" fill="${fill}" stroke="#FFFFFF" stroke-width="1.5"/>`;
}

function pie(chart: ChartData): ChartPicture {
  const r = 105;
  const rowHeight = 30;
  const top = 56;
  const height = Math.max(top + 2 * r + 50, top + chart.items.length * rowHeight + 60);
  const cx = 30 + r;
  const cy = top + (height - top - 30) / 2;
  const total = chart.items.reduce((s, i) => s + Math.max(0, i.cents), 0);
  const body: string[] = [];
  let angle = 0;
  chart.items.forEach((item, k) => {
    const sweep = total > 0 ? (Math.max(0, item.cents) / total) * Math.PI * 2 : 0;
    body.push(slice(cx, cy, r, angle, angle + sweep, colourOf(k)));
    // The share inside a slice large enough to hold it.
    if (item.share !== undefined && sweep > 0.3) {
      const mid = angle + sweep / 2;
      body.push(label(cx + r * 0.64 * Math.sin(mid), cy - r * 0.64 * Math.cos(mid) + 5, `${item.share}%`, 13, { anchor: 'middle', fill: '#FFFFFF', bold: true }));
    }
    angle += sweep;
  });
  const legendTop = cy - (chart.items.length * rowHeight) / 2;
  const left = cx + r + 30;
  chart.items.forEach((item, k) => {
    const y = legendTop + k * rowHeight + rowHeight / 2;
    body.push(`<rect x="${num(left)}" y="${num(y - 7)}" width="14" height="14" fill="${colourOf(k)}"/>`);
    body.push(label(left + 22, y + 6, item.label, 15));
    body.push(label(WIDTH - 16, y + 6, itemCaption(item), 15, { anchor: 'end', fill: INK }));
  });
  return frame(chart, height, body);
}

function labelColumn(items: readonly ChartItem[], size: number): number {
  return Math.min(230, Math.max(...items.map((i) => textWidth(i.label, size))));
}

function bars(chart: ChartData): ChartPicture {
  const rowHeight = 32;
  const top = 56;
  const height = top + chart.items.length * rowHeight + 44;
  const labelWidth = labelColumn(chart.items, 14);
  const x0 = 20 + labelWidth + 10;
  const captionWidth = Math.max(...chart.items.map((i) => textWidth(itemCaption(i), 14))) + 12;
  const span = WIDTH - 20 - captionWidth - x0;
  const max = Math.max(1, ...chart.items.map((i) => i.cents));
  const body: string[] = [`<line x1="${num(x0)}" y1="${top - 4}" x2="${num(x0)}" y2="${num(top + chart.items.length * rowHeight)}" stroke="#BFBFBF"/>`];
  chart.items.forEach((item, k) => {
    const y = top + k * rowHeight;
    const w = Math.max(1, (Math.max(0, item.cents) / max) * span);
    body.push(label(x0 - 10, y + rowHeight / 2 + 5, item.label, 14, { anchor: 'end' }));
    body.push(`<rect x="${num(x0)}" y="${num(y + 7)}" width="${num(w)}" height="${rowHeight - 14}" fill="${colourOf(0)}"/>`);
    body.push(label(x0 + w + 6, y + rowHeight / 2 + 5, itemCaption(item), 14));
  });
  return frame(chart, height, body);
}

function budgetActual(chart: ChartData): ChartPicture {
  const rowHeight = 62;
  const top = 76;
  const height = top + chart.items.length * rowHeight + 40;
  const labelWidth = labelColumn(chart.items, 14);
  const x0 = 20 + labelWidth + 10;
  const caption = (item: ChartItem, measure: 'budget' | 'actual') =>
    measure === 'budget' ? `预算 ${formatCents(item.budgetCents ?? 0, true)}` : `决算 ${formatCents(item.cents, true)}${item.share === undefined ? '' : `（占${item.share}%）`}`;
  const captionWidth = Math.max(...chart.items.flatMap((i) => [textWidth(caption(i, 'budget'), 14), textWidth(caption(i, 'actual'), 14)])) + 12;
  const span = WIDTH - 20 - captionWidth - x0;
  const max = Math.max(1, ...chart.items.flatMap((i) => [i.cents, i.budgetCents ?? 0]));
  const body: string[] = [
    `<rect x="${WIDTH - 210}" y="44" width="14" height="14" fill="${BUDGET}"/>`,
    label(WIDTH - 190, 56, '预算数', 14),
    `<rect x="${WIDTH - 120}" y="44" width="14" height="14" fill="${ACTUAL}"/>`,
    label(WIDTH - 100, 56, '决算数', 14),
    `<line x1="${num(x0)}" y1="${top - 4}" x2="${num(x0)}" y2="${num(top + chart.items.length * rowHeight)}" stroke="#BFBFBF"/>`,
  ];
  chart.items.forEach((item, k) => {
    const y = top + k * rowHeight;
    body.push(label(x0 - 10, y + rowHeight / 2 + 5, item.label, 14, { anchor: 'end' }));
    (['budget', 'actual'] as const).forEach((measure, m) => {
      const cents = measure === 'budget' ? (item.budgetCents ?? 0) : item.cents;
      const w = Math.max(1, (Math.max(0, cents) / max) * span);
      const by = y + 8 + m * 24;
      body.push(`<rect x="${num(x0)}" y="${num(by)}" width="${num(w)}" height="18" fill="${measure === 'budget' ? BUDGET : ACTUAL}"/>`);
      body.push(label(x0 + w + 6, by + 14, caption(item, measure), 14));
    });
  });
  return frame(chart, height, body);
}

export function chartSvg(chart: ChartData): ChartPicture {
  switch (chart.kind) {
    case 'pie':
      return pie(chart);
    case 'bar':
      return bars(chart);
    case 'budgetActual':
      return budgetActual(chart);
  }
}

/** The SVG as a data: URL for an <img> (the web preview): an image runs nothing, whatever its labels say. */
export function chartDataUrl(picture: ChartPicture): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture.svg)}`;
}
