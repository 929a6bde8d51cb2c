/**
 * The .docx read back as XML: the page and fonts of an official document (GB/T 9704), the page-number field, the
 * 目录, the nine tables as the workbook lays them out (merged headers as the workbook merges them, header rows
 * repeated, figures right-aligned, code columns wide enough for a 7-digit code, a landscape page for the wide
 * 三公 table, the empty table's 说明), the charts as SVG with a PNG, and every gap highlighted.
 */
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { recognise, Recognition } from '../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../src/engine/supplement/json';
import { EMPTY_SUPPLEMENT } from '../../src/engine/supplement/supplement';
import { generateNarrative } from '../../src/engine/narrative/generate';
import { xinjiang } from '../../src/engine/narrative/presets';
import { tableLayouts } from '../../src/engine/report/tableLayout';
import type { WorkbookGrid } from '../../src/engine/grid/cell';
import { narrativeDocx, PAGE, TEXT_WIDTH } from '../../src/documents/docx';
import { rasterizeInNode } from '../../src/documents/rasterizeNode';
import { SAMPLE_DATA, SAMPLE_XLSX } from '../../fixtures/build-sample';
import { buildWorkbook, standardPlan, toGrid } from '../../fixtures/workbook';
import { shanghai2024 } from '../../fixtures/shanghai-2024/tables';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

let grid: WorkbookGrid;
let recognition: Recognition;
let zip: JSZip;
let documentXml: Document;
let stylesXml: Document;

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
const all = (node: Document | Element, name: string) => Array.from(node.getElementsByTagNameNS(W, name));
const first = (node: Document | Element, name: string) => all(node, name)[0];
const val = (node: Element | undefined, attr = 'val') => node?.getAttributeNS(W, attr) ?? undefined;
const textOf = (node: Element | Document) => all(node, 't').map((t) => t.textContent ?? '').join('');
/** A row Word repeats at the top of each page: `<w:tblHeader/>`, not `w:val="off"`. */
const isHeaderRow = (tr: Element) => {
  const h = first(tr, 'tblHeader');
  return h !== undefined && !['off', 'false', '0'].includes(val(h) ?? '');
};

beforeAll(async () => {
  grid = await readXlsx(await fs.readFile(SAMPLE_XLSX));
  recognition = recognise(grid);
  const supplement = parseSupplementJson(JSON.parse(await fs.readFile(SAMPLE_DATA, 'utf8'))).supplement;
  const bytes = await narrativeDocx(generateNarrative(recognition, supplement, xinjiang), tableLayouts(grid, recognition), { rasterize: rasterizeInNode });
  zip = await JSZip.loadAsync(bytes);
  documentXml = parse(await zip.file('word/document.xml')!.async('string'));
  stylesXml = parse(await zip.file('word/styles.xml')!.async('string'));
}, 60_000);

/** The style of id, and its font for East-Asian text and size in half-points. */
function styleFont(id: string) {
  const style = all(stylesXml, 'style').find((s) => val(s, 'styleId') === id)!;
  return { eastAsia: val(first(style, 'rFonts'), 'eastAsia'), ascii: val(first(style, 'rFonts'), 'ascii'), size: val(first(style, 'sz')), color: val(first(style, 'color')), style };
}

/** Each table with the paragraphs before it (its title is two paragraphs up) and the section it is in. */
function tables() {
  return all(documentXml, 'tbl').map((tbl) => {
    let p = tbl.previousSibling;
    while (p && (p as Element).localName !== 'p') p = p.previousSibling;
    let title = p?.previousSibling;
    while (title && (title as Element).localName !== 'p') title = title.previousSibling;
    // The section's properties come with the last paragraph of the section (or at the end of the body).
    let next = tbl.nextSibling;
    while (next && !((next as Element).localName === 'p' && first(next as Element, 'sectPr')) && (next as Element).localName !== 'sectPr') next = next.nextSibling;
    const sectPr = next ? ((next as Element).localName === 'sectPr' ? (next as Element) : first(next as Element, 'sectPr')) : undefined;
    return { tbl, title: textOf(title as Element), line: textOf(p as Element), sectPr };
  });
}

function table(title: string) {
  const t = tables().find((x) => x.title === title);
  if (!t) throw new Error(`no table ${title}`);
  return t;
}

/** The merged areas a Word table draws (gridSpan across, vMerge down), as 0-based rows and columns of the table. */
function wordMerges(tbl: Element) {
  const areas: { top: number; left: number; bottom: number; right: number }[] = [];
  const open = new Map<number, { top: number; left: number; bottom: number; right: number }>();
  all(tbl, 'tr').forEach((tr, r) => {
    let col = 0;
    for (const tc of all(tr, 'tc')) {
      const span = Number(val(first(tc, 'gridSpan')) ?? 1);
      const vMerge = first(tc, 'vMerge');
      if (vMerge && val(vMerge) !== 'restart') {
        open.get(col)!.bottom = r;
      } else {
        const area = { top: r, left: col, bottom: r, right: col + span - 1 };
        if (vMerge) open.set(col, area);
        areas.push(area);
      }
      col += span;
    }
  });
  return areas.filter((a) => a.bottom > a.top || a.right > a.left);
}

describe('the page, the fonts and the page numbers', () => {
  it('A4 with the GB/T 9704 margins (天头 37 mm, 订口 28 mm: a 156 × 225 mm 版心)', () => {
    const pg = first(documentXml, 'sectPr')!;
    expect([val(first(pg, 'pgSz'), 'w'), val(first(pg, 'pgSz'), 'h')]).toEqual(['11906', '16838']);
    const m = first(pg, 'pgMar')!;
    expect(['top', 'bottom', 'left', 'right'].map((k) => Number(val(m, k)))).toEqual([2098, 1985, 1588, 1474]);
    expect(TEXT_WIDTH / 56.7).toBeCloseTo(156, 0);
    expect((PAGE.height - PAGE.margin.top - PAGE.margin.bottom) / 56.7).toBeCloseTo(225, 0);
  });

  it('fonts per style, named for East-Asian text: title 方正小标宋简体 二号, body 仿宋_GB2312 三号 on a 28-pt line, 一、 黑体, （一） 楷体_GB2312, all black', () => {
    const defaults = first(stylesXml, 'docDefaults')!;
    expect(val(first(defaults, 'rFonts'), 'eastAsia')).toBe('仿宋_GB2312');
    expect(val(first(defaults, 'sz'))).toBe('32');
    expect([val(first(defaults, 'spacing'), 'line'), val(first(defaults, 'spacing'), 'lineRule')]).toEqual(['560', 'exact']);
    expect(styleFont('Title')).toMatchObject({ eastAsia: '方正小标宋简体', ascii: '方正小标宋简体', size: '44', color: '000000' });
    expect(val(first(styleFont('Title').style, 'jc'))).toBe('center');
    expect(styleFont('Heading1')).toMatchObject({ eastAsia: '黑体', size: '32', color: '000000' });
    expect(styleFont('Heading2')).toMatchObject({ eastAsia: '黑体', size: '32', color: '000000' });
    expect(styleFont('Heading3')).toMatchObject({ eastAsia: '楷体_GB2312', size: '32', color: '000000' });
    expect(styleFont('PageNumber')).toMatchObject({ eastAsia: '宋体', size: '28' });
    expect(styleFont('TableText').eastAsia).toBe('宋体');
  });

  it('body paragraphs indent their first line by two characters of 三号 (640 twips)', () => {
    const paragraphs = all(documentXml, 'p').filter((p) => textOf(p).startsWith('2022年度收入总计'));
    expect(paragraphs).toHaveLength(1);
    expect(val(first(paragraphs[0]!, 'ind'), 'firstLine')).toBe('640');
  });

  it('punctuation may hang past the end of a line, as by default in Word (w:overflowPunct on, never off): written out for LibreOffice, which reads it inverted and drops a mark it hangs', () => {
    const punct = all(stylesXml, 'overflowPunct');
    expect(punct).toHaveLength(1);
    expect((punct[0]!.parentNode!.parentNode as Element).localName).toBe('pPrDefault');
    // On/off true: no w:val, or one of true, 1, on. Off would change the lines in Word and WPS.
    expect(punct[0]!.hasAttributeNS(W, 'val') ? val(punct[0]) : 'true').toMatch(/^(true|1|on)$/);
    expect(all(documentXml, 'overflowPunct')).toHaveLength(0);
  });

  it('the font table lists each font with its fallback (方正小标宋简体 → 宋体, 仿宋_GB2312 → 仿宋) and the GB2312 charset', async () => {
    const fonts = parse(await zip.file('word/fontTable.xml')!.async('string'));
    const fallback = (name: string) => all(fonts, 'font').find((f) => val(f, 'name') === name);
    expect(val(first(fallback('方正小标宋简体')!, 'altName'))).toBe('宋体');
    expect(val(first(fallback('仿宋_GB2312')!, 'altName'))).toBe('仿宋');
    expect(val(first(fallback('楷体_GB2312')!, 'altName'))).toBe('楷体');
    expect(val(first(fallback('黑体')!, 'charset'))).toBe('86');
  });

  it('page numbers “— 1 —” by a PAGE field: odd pages at the right, even pages at the left', async () => {
    const settings = await zip.file('word/settings.xml')!.async('string');
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    const sect = first(documentXml, 'sectPr')!;
    const refs = all(sect, 'footerReference').map((f) => [val(f, 'type'), f.getAttribute('r:id')]);
    expect(refs.map(([type]) => type).sort()).toEqual(['default', 'even']);
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    for (const [type, id] of refs) {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1]!;
      const footer = parse(await zip.file(`word/${target}`)!.async('string'));
      expect(all(footer, 'instrText').map((i) => i.textContent?.trim())).toEqual(['PAGE']);
      expect(textOf(footer)).toBe('—  —');
      expect(val(first(footer, 'jc'))).toBe(type === 'even' ? 'left' : 'right');
    }
  });
});

describe('the title page and the 目录', () => {
  it('the title, then 目录 listing 第一部分 … 第四部分 and the nine tables', () => {
    const paragraphs = all(documentXml, 'p').map(textOf);
    expect(paragraphs[0]).toBe('新疆昌吉州政务服务和公共资源交易管理局2022年度部门决算公开说明');
    expect(paragraphs[1]).toBe('目　录');
    expect(paragraphs.slice(2, 15)).toEqual([
      '第一部分 单位概况',
      '第二部分 部门决算情况说明',
      '第三部分 专业名词解释',
      '第四部分 部门决算报表（见附表）',
      '一、《收入支出决算总表》',
      '二、《收入决算表》',
      '三、《支出决算表》',
      '四、《财政拨款收入支出决算总表》',
      '五、《一般公共预算财政拨款支出决算表》',
      '六、《一般公共预算财政拨款基本支出决算表》',
      '七、《财政拨款“三公”经费支出决算表》',
      '八、《政府性基金预算财政拨款收入支出决算表》',
      '九、《国有资本经营预算财政拨款收入支出决算表》',
    ]);
  });
});

describe('the nine tables as the workbook lays them out', () => {
  it('each has its title, the 部门 line at the left and 表号 and 单位 at the right of one line', () => {
    expect(tables()).toHaveLength(9);
    const t = table('收入决算表');
    expect(t.line).toBe('部门：新疆昌吉州政务服务和公共资源交易管理局公开02表　单位：万元');
    const line = t.tbl.previousSibling as Element;
    expect(all(line, 'tab').length).toBeGreaterThan(0);
  });

  it('merged header cells as the workbook merges them, and every header row repeated on each page', () => {
    for (const spec of recognition.tables ? Object.values(recognition.tables) : []) {
      const sheet = grid.sheets.find((s) => s.name === spec.sheet)!;
      const t = table(spec.title);
      const rows = all(t.tbl, 'tr');
      const headerRows = rows.filter(isHeaderRow);
      // The header: the rows between the 部门 line (the title's next row) and the first data row.
      const firstData = Math.min(...spec.rows.flatMap((r) => [r.labelCell?.row ?? Infinity, ...Object.values(r.figures).map((f) => f.cell.row)]));
      expect([spec.code, headerRows.length]).toEqual([spec.code, firstData - spec.titleCell.row - 2]);
      expect(rows.slice(0, headerRows.length).every(isHeaderRow)).toBe(true);
      const start = spec.titleCell.row + 2;
      const expected = (sheet.merges ?? [])
        .filter((m) => m.top >= start && m.top < firstData)
        .map((m) => ({ top: m.top - start, left: m.left - spec.range.left, bottom: m.bottom - start, right: m.right - spec.range.left }));
      const drawn = wordMerges(t.tbl).filter((a) => a.top < headerRows.length);
      expect([spec.code, drawn]).toEqual([spec.code, expected]);
    }
    // The 三公 table: 预算数 and 决算数 over six columns each, 公务用车购置及运行费 over three, 合计 over two rows.
    expect(wordMerges(table('财政拨款“三公”经费支出决算表').tbl)).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 5 },
        { top: 0, left: 6, bottom: 0, right: 11 },
        { top: 1, left: 2, bottom: 1, right: 4 },
        { top: 1, left: 0, bottom: 2, right: 0 },
      ]),
    );
  });

  it('figures right-aligned with separators and two decimals; text at the left; codes in a column wide enough never to wrap', () => {
    const t = table('收入决算表');
    const body = all(t.tbl, 'tr').filter((tr) => !isHeaderRow(tr));
    const cells = body.flatMap((tr) => all(tr, 'tc'));
    const figures = cells.filter((tc) => /^-?[\d,]+\.\d\d$/.test(textOf(tc)));
    expect(figures.length).toBeGreaterThan(100);
    expect(figures.every((tc) => val(first(tc, 'jc')) === 'right')).toBe(true);
    expect(cells.map(textOf)).toContain('1,372.79');
    const names = cells.filter((tc) => textOf(tc) === '一般公共服务支出');
    expect(names.every((tc) => val(first(tc, 'jc')) === 'left')).toBe(true);
    // A 7-digit code at 10 pt is 7 × 100 twips; with the cell margins it needs under 900.
    const grid = all(first(t.tbl, 'tblGrid')!, 'gridCol').map((g) => Number(val(g, 'w')));
    expect(grid[0]).toBeGreaterThanOrEqual(900);
    expect(first(t.tbl, 'tblLayout')!.getAttributeNS(W, 'type')).toBe('fixed');
  });

  it('every figure, code and 栏次 fits its cell on one line even in DejaVu Sans (digits 0.636 em), the fallback where 宋体 is missing — the sample and the 上海 tables, the 12-column 三公 table too', async () => {
    const shanghaiGrid = toGrid(buildWorkbook(shanghai2024, standardPlan(shanghai2024)));
    const shanghaiDocx = await narrativeDocx(generateNarrative(recognise(shanghaiGrid), EMPTY_SUPPLEMENT, xinjiang), tableLayouts(shanghaiGrid, recognise(shanghaiGrid)), {});
    const shanghaiXml = parse(await (await JSZip.loadAsync(shanghaiDocx)).file('word/document.xml')!.async('string'));
    /** DejaVu Sans at the cell's size: digits 0.636 em, `,` and `.` 0.318 em, `-` 0.361 em; plus the cell's margins. */
    const dejaVuTwips = (text: string, halfPoints: number) =>
      [...text].reduce((s, ch) => s + (/[,.]/.test(ch) ? 0.318 : ch === '-' ? 0.361 : 0.636), 0) * halfPoints * 10 + 2 * 57;
    let checked = 0;
    const tight: string[] = [];
    for (const doc of [documentXml, shanghaiXml]) {
      for (const tbl of all(doc, 'tbl')) {
        for (const tc of all(tbl, 'tc')) {
          const text = textOf(tc);
          if (!/^-?[\d,]+(\.\d+)?$/.test(text)) continue;
          const halfPoints = Number(val(first(tc, 'sz')));
          const width = Number(val(first(tc, 'tcW'), 'w'));
          checked++;
          if (width < dejaVuTwips(text, halfPoints)) tight.push(`${text}: ${width} < ${Math.ceil(dejaVuTwips(text, halfPoints))}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
    // Sized at 0.5 em a digit: 2,476.10 (table 06) and the 三公 table's 57.00, 38.00, 52.24, 36.68 broke over two lines.
    expect(tight).toEqual([]);
  });

  it('column widths follow the workbook (the 科目名称 column, 34 wide there, is the widest)', () => {
    const t = table('一般公共预算财政拨款支出决算表');
    const widths = all(first(t.tbl, 'tblGrid')!, 'gridCol').map((g) => Number(val(g, 'w')));
    expect(widths).toHaveLength(5);
    expect(Math.max(...widths)).toBe(widths[1]);
    expect(widths.reduce((s, w) => s + w, 0)).toBeLessThanOrEqual(TEXT_WIDTH + 5);
  });

  it('the 12-column 三公 table on a landscape page; the 5-column table 05 on a portrait one', () => {
    const wide = table('财政拨款“三公”经费支出决算表').sectPr!;
    expect([val(first(wide, 'pgSz'), 'w'), val(first(wide, 'pgSz'), 'h'), val(first(wide, 'pgSz'), 'orient')]).toEqual(['16838', '11906', 'landscape']);
    const narrow = table('一般公共预算财政拨款支出决算表').sectPr!;
    expect(val(first(narrow, 'pgSz'), 'orient') ?? 'portrait').toBe('portrait');
  });

  it('the empty tables 08 and 09 keep their 说明 line under the table', () => {
    for (const title of ['政府性基金预算财政拨款收入支出决算表', '国有资本经营预算财政拨款收入支出决算表']) {
      const { tbl } = table(title);
      let next = tbl.nextSibling as Element | null;
      while (next && next.localName !== 'p') next = next.nextSibling as Element | null;
      expect(textOf(next!)).toMatch(/故本表为空表。$/);
    }
  });
});

describe('charts and gaps', () => {
  it('the four charts as SVG pictures with a PNG fallback', async () => {
    const drawings = all(documentXml, 'drawing');
    expect(drawings).toHaveLength(4);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect((xml.match(/<asvg:svgBlip /g) ?? []).length).toBe(4);
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media.filter((f) => f.endsWith('.svg'))).toHaveLength(4);
    const pngs = media.filter((f) => f.endsWith('.png'));
    expect(pngs).toHaveLength(4);
    const png = await zip.file(pngs[0]!)!.async('uint8array');
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const svg = await zip.file(media.find((f) => f.endsWith('.svg'))!)!.async('string');
    expect(svg).toContain('图1 收入决算结构');
    expect(svg).toContain('99.32%');
  });

  it('without a rasterizer the charts are left out and the document is still written', async () => {
    const doc = generateNarrative(recognition, EMPTY_SUPPLEMENT, xinjiang);
    const bytes = await narrativeDocx(doc, tableLayouts(grid, recognition));
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).not.toContain('<w:drawing>');
  });

  it('every 【请填写：…】 is highlighted, and nothing else is', async () => {
    const doc = generateNarrative(recognition, EMPTY_SUPPLEMENT, xinjiang);
    expect(doc.gaps.length).toBeGreaterThan(40);
    const xml = parse(await (await JSZip.loadAsync(await narrativeDocx(doc, tableLayouts(grid, recognition)))).file('word/document.xml')!.async('string'));
    const runs = all(xml, 'r').filter((r) => textOf(r) !== '');
    const highlighted = runs.filter((r) => val(first(r, 'highlight')) === 'yellow');
    expect(highlighted.length).toBeGreaterThanOrEqual(doc.gaps.length);
    expect(highlighted.every((r) => /^【请填写：.+】$/.test(textOf(r)))).toBe(true);
    expect(runs.filter((r) => textOf(r).includes('【请填写')).every((r) => highlighted.includes(r))).toBe(true);
  });
});
