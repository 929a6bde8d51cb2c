/**
 * The whole 公开说明 as a Word document laid out as departments publish it, after 党政机关公文格式 (GB/T 9704-2012)
 * where it applies: A4, 天头 37 mm and 订口 28 mm (a 156 × 225 mm 版心), the title in 方正小标宋简体 二号 centred, the
 * body in 仿宋_GB2312 三号 at a fixed 28-pt line with a two-character first-line indent, headings 一、 in 黑体 and
 * （一） in 楷体_GB2312, page numbers “— 1 —” in 宋体 四号 at the foot (odd pages right, even pages left). Font names
 * are set for East-Asian text too and listed with the fonts Word and WPS fall back on (docxFonts.ts).
 *
 * Then a 目录, the parts, the charts the preset asks for (an SVG with a PNG for Word processors without SVG), and
 * in the tables part each of the nine tables as the workbook lays it out (tableLayout.ts): title, 部门 and 单位
 * line, merged header rows repeated on every page, the workbook's column widths, figures right-aligned with
 * separators and two decimals, subject codes in columns wide enough never to wrap, a landscape page for a table
 * too wide for portrait, and the notes under it (the empty table's 说明 among them). Gaps (【请填写：…】) are
 * highlighted. Lives outside the engine because it uses the `docx` library; the pane loads it only when a .docx
 * is asked for.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { ISectionOptions } from 'docx';
import type { ChartData, NarrativeDocument } from '../engine/narrative/document';
import type { Fragment } from '../engine/narrative/fragment';
import type { LayoutCell, TableLayout } from '../engine/report/tableLayout';
import { displayWidth } from '../engine/report/tableLayout';
import type { TableCode } from '../engine/tables/model';
import { chartSvg, ChartPicture } from './chartSvg';
import { FONTS, fontRuns, withFontTable } from './docxFonts';

/** 1 mm in twips (1/20 pt). */
const MM = 56.7;
const PT = 20;
export const PAGE = {
  width: 11906,
  height: 16838,
  /** GB/T 9704: 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm. */
  margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) },
  /** The page number sits 7 mm under the 版心. */
  footer: Math.round(21 * MM),
} as const;
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
/** Landscape pages turn the portrait margins with the page. */
export const LANDSCAPE_TEXT_WIDTH = PAGE.height - PAGE.margin.top - PAGE.margin.bottom;

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小二 18 pt. */
const SIZE = { title: 44, body: 32, pageNumber: 28, tableTitle: 36, table: 20, tableWide: 18, note: 20 } as const;
/** 28-pt fixed line spacing (GB/T 9704: 22 lines on a page). */
const LINE = { line: 28 * PT, lineRule: LineRuleType.EXACT } as const;
const INDENT = 2 * 16 * PT;
const CELL_MARGIN = 57;

export interface DocxOptions {
  /** Draws a chart's PNG (for Word processors without SVG); without it the charts are left out. */
  readonly rasterize?: (picture: ChartPicture) => Promise<Uint8Array>;
  /** Told what was left out and why (a chart that could not be drawn), in Chinese. */
  readonly warn?: (message: string) => void;
}

// --- text ------------------------------------------------------------------------------------------------

/** A fragment's runs, the gaps highlighted so that they cannot be missed on the page. */
function runsOf(runs: Fragment): TextRun[] {
  return runs.map((r) => new TextRun({ text: r.text, ...('gap' in r && r.gap ? { highlight: 'yellow' } : {}) }));
}

function body(children: TextRun[]): Paragraph {
  return new Paragraph({ style: 'Normal', alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, children });
}

function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const styles = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  return new Paragraph({ heading: styles[level], children: [new TextRun(text)] });
}

function titlePage(doc: NarrativeDocument): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    new Paragraph({ style: 'TocHeading', children: [new TextRun('目　录')] }),
  ];
  for (const part of doc.parts) {
    out.push(new Paragraph({ style: 'TocEntry', children: [new TextRun(`${part.number} ${part.title}`)] }));
    if (part.kind !== 'tables') continue;
    for (const section of part.sections) {
      for (const block of section.blocks) if (block.kind === 'table') out.push(new Paragraph({ style: 'TocTable', children: [new TextRun(block.text)] }));
    }
  }
  return out;
}

// --- charts ----------------------------------------------------------------------------------------------

async function chartParagraph(chart: ChartData, options: DocxOptions): Promise<Paragraph | undefined> {
  if (!options.rasterize) return undefined;
  const picture = chartSvg(chart);
  let png: Uint8Array;
  try {
    png = await options.rasterize(picture);
  } catch (e) {
    options.warn?.(`图${chart.number}“${chart.title}”未能绘制，文档中略去（${e instanceof Error ? e.message : String(e)}）。`);
    return undefined;
  }
  // The 版心 is 156 mm wide: about 590 px at 96 dpi.
  const width = 580;
  const height = Math.round((picture.height * width) / picture.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // A fixed 28-pt line would cut the picture to one line's height.
    spacing: { before: 120, after: 120, line: 240, lineRule: LineRuleType.AUTO },
    keepNext: false,
    children: [
      new ImageRun({
        type: 'svg',
        data: new TextEncoder().encode(picture.svg),
        fallback: { type: 'png', data: png },
        transformation: { width, height },
        altText: { title: `图${chart.number} ${chart.title}`, description: chart.items.map((i) => `${i.label} ${i.share ?? ''}`).join('；'), name: `chart-${chart.id}` },
      }),
    ],
  });
}

// --- tables ----------------------------------------------------------------------------------------------

/** The width a cell's text needs on one line, in twips, at `halfPoints`. */
function textTwips(text: string, halfPoints: number): number {
  return Math.ceil((displayWidth(text) * halfPoints * PT) / 4) + 2 * CELL_MARGIN + 20;
}

/**
 * A digit's advance in em in the widest font a figure may be set in. 宋体 and Times New Roman set digits at 0.5 em,
 * but where 宋体 is not installed (LibreOffice on Linux making the PDF, many 信创 machines) the figures fall back to
 * DejaVu Sans, whose digits are 0.636 em: sized at 0.5 em, 2,476.10 and 57.00 broke over two lines in the cell.
 */
const FIGURE_DIGIT_EM = 0.64;

/** The width a figure (or code, or 栏次) needs on one line in any of those fonts. */
function figureTwips(text: string, halfPoints: number): number {
  return Math.ceil((text.length * FIGURE_DIGIT_EM * halfPoints * PT) / 2) + 2 * CELL_MARGIN + 20;
}

/** What each column needs: `hard`, what must not wrap; `soft`, what should not where the page has room. */
interface Minimums {
  readonly hard: number[];
  readonly soft: number[];
}

/**
 * Figures, codes and 栏次 on one line (hard); a header as wide as its label up to seven characters (公务用车购置费
 * on one line), other text up to six characters, longer names wrapping (soft). Text needs at least two characters.
 */
function minimumWidths(layout: TableLayout, halfPoints: number): Minimums {
  const hard = layout.widths.map(() => figureTwips('0000', halfPoints));
  const soft = [...hard];
  const cap = (cells: number) => textTwips('一'.repeat(cells), halfPoints);
  const visit = (rows: TableLayout['header'], header: boolean) => {
    for (const row of rows) {
      for (const cell of row) {
        if (cell.colSpan !== 1) continue;
        if (cell.kind === 'text') {
          hard[cell.col] = Math.max(hard[cell.col]!, Math.min(textTwips(cell.text, halfPoints), cap(2)));
          soft[cell.col] = Math.max(soft[cell.col]!, Math.min(textTwips(cell.text, halfPoints), cap(header ? 7 : 6)));
        } else {
          hard[cell.col] = Math.max(hard[cell.col]!, figureTwips(cell.text, halfPoints));
          soft[cell.col] = Math.max(soft[cell.col]!, hard[cell.col]!);
        }
      }
    }
  };
  visit(layout.header, true);
  visit(layout.body, false);
  return { hard, soft };
}

const sum = (ws: readonly number[]) => ws.reduce((s, w) => s + w, 0);

/**
 * The minimum widths for a table `total` wide: the soft ones where they fit; else every figure still on one line
 * and the text's share of what is left in proportion (a header wraps before a figure does).
 */
function fittedMinimums(layout: TableLayout, total: number, halfPoints: number): number[] {
  const { hard, soft } = minimumWidths(layout, halfPoints);
  const extra = sum(soft) - sum(hard);
  if (sum(soft) <= total || extra <= 0) return soft;
  const k = Math.max(0, (total - sum(hard)) / extra);
  return hard.map((h, i) => h + (soft[i]! - h) * k);
}

/** A table too wide for the portrait 版心 at its smallest goes on a landscape page. */
export function isLandscape(layout: TableLayout): boolean {
  return sum(minimumWidths(layout, SIZE.table).soft) > TEXT_WIDTH;
}

/**
 * Column widths in twips filling `total`: the workbook's proportions, each column at least its minimum (the
 * others give up the difference in proportion).
 */
export function fitWidths(layout: TableLayout, total: number, halfPoints: number): number[] {
  const min = fittedMinimums(layout, total, halfPoints);
  let widths = layout.widths.map((w) => (w / (sum(layout.widths) || 1)) * total);
  for (let round = 0; round < 5; round++) {
    const short = widths.map((w, i) => Math.max(0, min[i]! - w));
    const missing = sum(short);
    if (missing < 1) break;
    const spare = widths.map((w, i) => (short[i]! > 0 ? 0 : Math.max(0, w - min[i]!)));
    const spareSum = sum(spare);
    if (spareSum <= 0) break;
    const take = Math.min(1, missing / spareSum);
    widths = widths.map((w, i) => (short[i]! > 0 ? min[i]! : w - spare[i]! * take));
  }
  return widths.map((w) => Math.max(1, Math.round(w)));
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

function tableCell(cell: LayoutCell, widths: readonly number[], halfPoints: number, header: boolean): TableCell {
  const width = widths.slice(cell.col, cell.col + cell.colSpan).reduce((s, w) => s + w, 0);
  const alignment = header || cell.kind === 'number' ? AlignmentType.CENTER : cell.kind === 'figure' ? AlignmentType.RIGHT : AlignmentType.LEFT;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
    ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        style: 'TableText',
        alignment,
        children: [new TextRun({ text: cell.text, size: halfPoints, ...(header ? { bold: true } : {}), ...(cell.gap ? { highlight: 'yellow' } : {}) })],
      }),
    ],
  });
}

function wordTable(layout: TableLayout, textWidth: number, halfPoints: number): Table {
  const widths = fitWidths(layout, textWidth, halfPoints);
  const row = (cells: readonly LayoutCell[], header: boolean) =>
    new TableRow({ ...(header ? { tableHeader: true } : {}), cantSplit: true, children: cells.map((c) => tableCell(c, widths, halfPoints, header)) });
  return new Table({
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 20, bottom: 20 },
    rows: [...layout.header.map((cells) => row(cells, true)), ...layout.body.map((cells) => row(cells, false))],
  });
}

/** The empty table's 说明, unless the workbook's notes say it already. */
function tableNotes(layout: TableLayout): string[] {
  const says = layout.notes.some((n) => /无数据|空表|没有/.test(n));
  return layout.empty && !says ? [...layout.notes, '说明：本年度本表无数据，故本表为空表。'] : [...layout.notes];
}

function tableSection(layout: TableLayout, footers: ISectionOptions['footers']): ISectionOptions {
  const landscape = isLandscape(layout);
  const width = landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
  const size = landscape ? SIZE.tableWide : SIZE.table;
  return {
    properties: pageProperties(landscape),
    footers,
    children: [
      new Paragraph({ style: 'TableTitle', children: [new TextRun(layout.title)] }),
      new Paragraph({
        style: 'TableLine',
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        children: [new TextRun(layout.lineLeft), new TextRun({ children: [new Tab(), layout.lineRight] })],
      }),
      wordTable(layout, width, size),
      ...tableNotes(layout).map((n) => new Paragraph({ style: 'TableNote', children: [new TextRun(n)] })),
    ],
  };
}

// --- pages -----------------------------------------------------------------------------------------------

function pageProperties(landscape: boolean): ISectionOptions['properties'] {
  const m = PAGE.margin;
  return {
    type: SectionType.NEXT_PAGE,
    page: {
      size: { width: PAGE.width, height: PAGE.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      // The 版心 turns with the page: its top edge is the portrait left edge.
      margin: landscape ? { top: m.left, bottom: m.right, left: m.top, right: m.bottom, footer: Math.round(14 * MM) } : { ...m, footer: PAGE.footer },
    },
  };
}

/** “— 1 —”: odd pages at the right, even pages at the left, one character in from the edge of the 版心. */
function pageNumberFooters(): ISectionOptions['footers'] {
  const footer = (alignment: (typeof AlignmentType)['RIGHT' | 'LEFT']) =>
    new Footer({
      children: [
        new Paragraph({
          style: 'PageNumber',
          alignment,
          indent: alignment === AlignmentType.RIGHT ? { right: 14 * PT } : { left: 14 * PT },
          children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
        }),
      ],
    });
  return { default: footer(AlignmentType.RIGHT), even: footer(AlignmentType.LEFT) };
}

const eastAsian = (name: keyof typeof FONTS) => fontRuns(FONTS[name].name);

function styles() {
  const black = '000000';
  return {
    default: {
      // w:overflowPunct on is OOXML's default: Word and WPS lay the text out as without it, a 。，；… let past a line's
      // end. It is written for LibreOffice, which reads the element inverted (on: no hanging punctuation) and, where
      // it hangs a mark at the end of a justified line, leaves the mark out of the page (7.4's PDF printed 组织实施；
      // as 组织实施). Without hanging it carries the character before the mark to the next line with it.
      document: { run: { font: eastAsian('body'), size: SIZE.body, color: black }, paragraph: { spacing: LINE, overflowPunctuation: true } },
      title: {
        run: { font: eastAsian('title'), size: SIZE.title, bold: false, color: black },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 28 * PT, line: 36 * PT, lineRule: LineRuleType.AT_LEAST } },
      },
      heading1: {
        run: { font: eastAsian('heading1'), size: SIZE.body, bold: false, color: black },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { ...LINE, before: 28 * PT, after: 0 }, keepNext: true, outlineLevel: 0 },
      },
      heading2: {
        run: { font: eastAsian('heading1'), size: SIZE.body, bold: false, color: black },
        paragraph: { indent: { firstLine: INDENT }, spacing: { ...LINE, before: 0, after: 0 }, keepNext: true, outlineLevel: 1 },
      },
      heading3: {
        run: { font: eastAsian('heading2'), size: SIZE.body, bold: false, italics: false, color: black },
        paragraph: { indent: { firstLine: INDENT }, spacing: { ...LINE, before: 0, after: 0 }, keepNext: true, outlineLevel: 2 },
      },
    },
    paragraphStyles: [
      { id: 'TocHeading', name: '目录标题', basedOn: 'Normal', run: { font: eastAsian('heading1'), size: SIZE.body }, paragraph: { alignment: AlignmentType.CENTER, spacing: { ...LINE, before: 28 * PT, after: 14 * PT } } },
      { id: 'TocEntry', name: '目录', basedOn: 'Normal', run: { font: eastAsian('body'), size: SIZE.body }, paragraph: { indent: { left: INDENT }, spacing: LINE } },
      { id: 'TocTable', name: '目录（表）', basedOn: 'Normal', run: { font: eastAsian('body'), size: SIZE.body }, paragraph: { indent: { left: INDENT * 2 }, spacing: LINE } },
      { id: 'TableTitle', name: '表标题', basedOn: 'Normal', run: { font: eastAsian('title'), size: SIZE.tableTitle }, paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 30 * PT, lineRule: LineRuleType.AT_LEAST, after: 6 * PT }, keepNext: true } },
      { id: 'TableLine', name: '表头说明', basedOn: 'Normal', run: { font: eastAsian('table'), size: SIZE.table }, paragraph: { spacing: { line: 14 * PT, lineRule: LineRuleType.AT_LEAST, after: 3 * PT }, keepNext: true } },
      { id: 'TableText', name: '表格文字', basedOn: 'Normal', run: { font: eastAsian('table'), size: SIZE.table }, paragraph: { spacing: { line: 12 * PT, lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 } } },
      { id: 'TableNote', name: '表注', basedOn: 'Normal', run: { font: eastAsian('table'), size: SIZE.note }, paragraph: { spacing: { line: 14 * PT, lineRule: LineRuleType.AT_LEAST, before: 3 * PT } } },
      { id: 'PageNumber', name: '页码', basedOn: 'Normal', run: { font: eastAsian('pageNumber'), size: SIZE.pageNumber }, paragraph: { spacing: { line: 14 * PT, lineRule: LineRuleType.AT_LEAST } } },
    ],
  };
}

// --- the document ----------------------------------------------------------------------------------------

export async function narrativeDocx(doc: NarrativeDocument, tables: ReadonlyMap<TableCode, TableLayout>, options: DocxOptions = {}): Promise<Uint8Array> {
  const footers = pageNumberFooters();
  const sections: ISectionOptions[] = [];
  let text: (Paragraph | Table)[] = titlePage(doc);
  // Text goes on portrait pages; each table starts a page of its own, portrait or landscape; text after tables
  // starts a new portrait page.
  const flush = () => {
    if (text.length > 0) sections.push({ properties: pageProperties(false), footers, children: text });
    text = [];
  };
  flush();
  for (const part of doc.parts) {
    text.push(heading(`${part.number} ${part.title}`, 1));
    const pending: TableLayout[] = [];
    for (const section of part.sections) {
      if (section.title) text.push(heading(`${section.number}、${section.title}`, 2));
      const figures = [...(section.figures ?? [])];
      for (let i = 0; i <= section.blocks.length; i++) {
        for (const f of figures.filter((f) => f.before === i)) {
          const picture = await chartParagraph(f.chart, options);
          if (picture) text.push(picture);
        }
        const block = section.blocks[i];
        if (!block) continue;
        if (block.kind === 'heading') text.push(heading(block.text, 3));
        else if (block.kind === 'paragraph') text.push(body(runsOf(block.runs)));
        else {
          text.push(body([new TextRun(block.text)]));
          const layout = tables.get(block.code);
          if (layout) pending.push(layout);
          else text.push(body([new TextRun({ text: `（工作簿中未识别到${block.text.replace(/^[一二三四五六七八九十]+、/, '')}）`, highlight: 'yellow' })]));
        }
      }
    }
    if (pending.length > 0) {
      flush();
      for (const layout of pending) sections.push(tableSection(layout, footers));
    } else if (part !== doc.parts[doc.parts.length - 1]) {
      flush();
    }
  }
  flush();
  const document = new Document({
    creator: '决算公开助手',
    title: doc.title,
    evenAndOddHeaderAndFooters: true,
    styles: styles(),
    sections,
  });
  return withFontTable(new Uint8Array(await Packer.toArrayBuffer(document)));
}
