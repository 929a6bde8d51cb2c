/**
 * How an .xlsx's sheets look, beyond the grid's values: each cell's number format and alignment, the notes, the
 * add-in's highlights and the extent of each sheet as ExcelJS counts it (styled empty cells included). The web
 * page draws its sheet view from this and the grid (readXlsx) while ExcelJS is still loading, so that the pane
 * shows at the speed of our own reader; a test holds the result to the ExcelJS-backed view.
 *
 * Read with the same package and XML helpers as the grid (ooxml/), and only as far as the view shows rows.
 */
import { parseA1 } from '../../engine/grid/address';
import type { MergedArea } from '../../engine/grid/cell';
import { FLAG_LEVEL_NAMES, FLAG_MARKER, FlagLevel } from '../../engine/plan/plan';
import { openPackage, Package } from './ooxml/package';
import { stringItemText } from './ooxml/sharedStrings';
import { attributes, decodeXml, element, elements } from './ooxml/xml';

/** What a cell style says about the text shown (the rest of the style the view does not draw). */
export interface CellFormat {
  /** The number format code ('' for General). */
  readonly numFmt: string;
  readonly wrap: boolean;
  /** As ExcelJS names it: Excel's `center` is `middle`. */
  readonly vertical: string | undefined;
  /** Excel's `horizontal` as written (`center`, `right`, `centerContinuous` …), as ExcelJS gives it. */
  readonly horizontal: string | undefined;
  /** The font is bold (a table's title and header in the templates). */
  readonly bold: boolean;
  /** A solid fill of a colour given as RGB, `#RRGGBB` (a header's grey); undefined for none, a pattern or a theme colour. */
  readonly fill: string | undefined;
  /** The font's size in points (a title's 16–20, a table's 10), as ExcelJS reads it (a whole number: 10.5 is 10). */
  readonly size: number | undefined;
  readonly italic: boolean;
  /** Underlined (`single`, `double`, the accounting ones); not for `none`. */
  readonly underline: boolean;
  /** The font's colour where given as RGB, `#RRGGBB`; undefined for the default (automatic or a theme colour). */
  readonly color: string | undefined;
  /** The cell's border, edge by edge; undefined for none. */
  readonly border: CellBorder | undefined;
}

/** One edge of a cell's border: Excel's style (`thin`, `medium`, `double` …) and its colour where given as RGB, `#RRGGBB`. */
export interface BorderEdge {
  readonly style: string;
  readonly color: string | undefined;
}

export interface CellBorder {
  readonly left?: BorderEdge;
  readonly right?: BorderEdge;
  readonly top?: BorderEdge;
  readonly bottom?: BorderEdge;
}

export interface SheetAppearance {
  readonly name: string;
  /** ExcelJS's `rowCount`: the last row the sheet's XML lists. */
  readonly rowCount: number;
  /** ExcelJS's `columnCount`: the last cell (styled or merged ones too) of the rows that hold anything. */
  readonly columnCount: number;
  /** The format of the cell (0-based), through its own style, then its row's, then its column's. */
  formatAt(row: number, col: number): CellFormat;
  /** A column's width (0-based) in characters: 0 when hidden, undefined for the sheet's default. */
  columnWidth(col: number): number | undefined;
  /** A row's height (0-based) in points where the sheet gives one (`<row ht>`, as ExcelJS reads it), else undefined. */
  rowHeight(row: number): number | undefined;
  /** `row,col` → the note's text. */
  readonly notes: ReadonlyMap<string, string>;
  /** `row,col` → the level of the add-in's highlight on that cell. */
  readonly flags: ReadonlyMap<string, FlagLevel>;
}

// The built-in number formats that show a number other than as General (ECMA-376 part 1, 18.8.30); the dates
// among the built-ins the grid has already turned into text.
const BUILT_IN: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  48: '##0.0E+0',
  49: '@',
};

const WORKSHEET = /\/worksheet$/;
const OFFICE_DOCUMENT = /\/officeDocument$/;
const STYLES = /\/styles$/;
const COMMENTS = /\/comments$/;
const LEVEL_BY_NAME = new Map<string, FlagLevel>((Object.keys(FLAG_LEVEL_NAMES) as FlagLevel[]).map((l) => [FLAG_LEVEL_NAMES[l], l]));

/** The font and border of a format: none. */
const NO_FONT_OR_BORDER = { size: undefined, italic: false, underline: false, color: undefined, border: undefined } as const;

const PLAIN: CellFormat = { numFmt: '', wrap: false, vertical: undefined, horizontal: undefined, bold: false, fill: undefined, ...NO_FONT_OR_BORDER };

function isTrue(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

/**
 * Whether a `<font>` is bold: it has `<b>`. As ExcelJS reads it, which takes any `<b>` for bold, `<b val="0"/>` too (Excel
 * does not): the web page draws a sheet from our reader first and from ExcelJS once it is loaded, and the two must draw
 * it alike (review: a cell would turn bold as ExcelJS took over).
 */
function isBold(font: string): boolean {
  return element(font, 'b') !== undefined;
}

interface Font {
  readonly bold: boolean;
  readonly size: number | undefined;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly color: string | undefined;
}

/** A `<font>`'s look as ExcelJS reads it: `<i>` as `<b>` (any is set), the size a whole number (its IntegerXform). */
function readFont(font: string): Font {
  const sz = element(font, 'sz');
  const size = sz ? parseInt(attributes(sz.attrs).get('val') ?? '', 10) : NaN;
  const u = element(font, 'u');
  const color = element(font, 'color');
  return {
    bold: isBold(font),
    size: size > 0 ? size : undefined,
    italic: element(font, 'i') !== undefined,
    underline: u !== undefined && attributes(u.attrs).get('val') !== 'none',
    color: rgbColour(color ? attributes(color.attrs).get('rgb') : undefined),
  };
}

const EDGES = ['left', 'right', 'top', 'bottom'] as const;

/** A `<border>`'s edges with a style (`none` is none); undefined for a border of none. */
export function readBorder(border: string): CellBorder | undefined {
  const out: { -readonly [K in keyof CellBorder]: BorderEdge } = {};
  for (const name of EDGES) {
    const edge = element(border, name);
    const style = edge ? attributes(edge.attrs).get('style') : undefined;
    if (!edge || !style || style === 'none') continue;
    const color = element(edge.body ?? '', 'color');
    out[name] = { style, color: rgbColour(color ? attributes(color.attrs).get('rgb') : undefined) };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A `<fill>`'s colour where it is a solid one given as RGB (`<patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/>`). */
export function solidFill(fill: string): string | undefined {
  const pattern = element(fill, 'patternFill');
  if (!pattern || attributes(pattern.attrs).get('patternType') !== 'solid') return undefined;
  const fg = element(pattern.body ?? '', 'fgColor');
  return rgbColour(fg ? attributes(fg.attrs).get('rgb') : undefined);
}

/** `#RRGGBB` of an ARGB (or RGB) hex colour, the alpha dropped as Excel draws it; undefined for anything else. */
export function rgbColour(argb: string | undefined): string | undefined {
  return argb !== undefined && /^(?:[0-9A-Fa-f]{2})?[0-9A-Fa-f]{6}$/.test(argb) ? `#${argb.slice(-6).toUpperCase()}` : undefined;
}

/** The formats of the `cellXfs` styles, by index (a cell's `s`). */
export function readCellFormats(xml: string | undefined): CellFormat[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const f of elements(element(xml, 'numFmts')?.body ?? '', 'numFmt')) {
    const a = attributes(f.attrs);
    custom.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
  }
  const fonts = elements(element(xml, 'fonts')?.body ?? '', 'font').map((f) => readFont(f.body ?? ''));
  const borders = elements(element(xml, 'borders')?.body ?? '', 'border').map((b) => readBorder(b.body ?? ''));
  const fills = elements(element(xml, 'fills')?.body ?? '', 'fill').map((f) => solidFill(f.body ?? ''));
  return elements(element(xml, 'cellXfs')?.body ?? '', 'xf').map((xf) => {
    const x = attributes(xf.attrs);
    const id = Number(x.get('numFmtId') ?? 0);
    const alignment = element(xf.body ?? '', 'alignment');
    const a = alignment ? attributes(alignment.attrs) : undefined;
    const vertical = a?.get('vertical');
    const font = fonts[Number(x.get('fontId') ?? 0)];
    return {
      numFmt: custom.get(id) ?? BUILT_IN[id] ?? '',
      wrap: isTrue(a?.get('wrapText')),
      vertical: vertical === 'center' ? 'middle' : vertical,
      horizontal: a?.get('horizontal'),
      bold: font?.bold ?? false,
      fill: fills[Number(x.get('fillId') ?? 0)],
      size: font?.size,
      italic: font?.italic ?? false,
      underline: font?.underline ?? false,
      color: font?.color,
      border: borders[Number(x.get('borderId') ?? 0)],
    };
  });
}

/** The add-in's highlights: conditional formats whose formula carries FLAG_MARKER (engine/plan/plan.ts). */
function readFlags(xml: string): Map<string, FlagLevel> {
  const flags = new Map<string, FlagLevel>();
  for (const cf of elements(xml, 'conditionalFormatting')) {
    const formula = elements(cf.body ?? '', 'formula')
      .map((f) => decodeXml(f.body ?? ''))
      .find((f) => f.includes(FLAG_MARKER));
    if (formula === undefined) continue;
    const level = LEVEL_BY_NAME.get(/·(.+?)"/.exec(formula)?.[1] ?? '') ?? 'error';
    for (const ref of (attributes(cf.attrs).get('sqref') ?? '').split(/[ ,]+/).filter(Boolean)) {
      const { row, col } = parseA1(ref.split(':')[0]!);
      flags.set(`${row},${col}`, level);
    }
  }
  return flags;
}

function readNotes(xml: string | undefined): Map<string, string> {
  const notes = new Map<string, string>();
  for (const c of elements(element(xml ?? '', 'commentList')?.body ?? '', 'comment')) {
    const ref = attributes(c.attrs).get('ref');
    if (!ref) continue;
    const text = stringItemText(element(c.body ?? '', 'text')?.body);
    if (text) {
      const { row, col } = parseA1(ref);
      notes.set(`${row},${col}`, text);
    }
  }
  return notes;
}

function readMerges(xml: string): MergedArea[] {
  return elements(element(xml, 'mergeCells')?.body ?? '', 'mergeCell').flatMap((m) => {
    const [from, to] = (attributes(m.attrs).get('ref') ?? '').split(':');
    if (!from || !to) return [];
    const a = parseA1(from);
    const b = parseA1(to);
    return [{ top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) }];
  });
}

interface Column {
  readonly style: number | undefined;
  /** In characters; 0 when hidden, undefined for the default. */
  readonly width: number | undefined;
}

/** The columns `<cols>` describes, by 1-based column. */
function readColumns(xml: string): Map<number, Column> {
  const out = new Map<number, Column>();
  for (const c of elements(element(xml, 'cols')?.body ?? '', 'col')) {
    const a = attributes(c.attrs);
    const style = a.has('style') ? Number(a.get('style')) : undefined;
    const width = isTrue(a.get('hidden')) ? 0 : Number(a.get('width')) || undefined;
    const min = Number(a.get('min'));
    const max = Math.min(Number(a.get('max')), min + 255);
    for (let col = min; col <= max; col++) out.set(col, { style, width });
  }
  return out;
}

/**
 * One sheet: its cells' styles and extent, read up to `maxRows` rows (the view shows no more). A row holds
 * something (and counts towards the width, as in ExcelJS) when a cell has a value or the row lies in a merged
 * area below its first row or right of its first column.
 */
function readSheet(name: string, xml: string, formats: readonly CellFormat[], notes: Map<string, string>, maxRows: number): SheetAppearance {
  const styles = new Map<number, number>();
  const rowStyles = new Map<number, number>();
  const rowEnds = new Map<number, number>();
  const filled = new Set<number>();
  const heights = new Map<number, number>();
  let rowCount = 0;
  const data = element(xml, 'sheetData')?.body ?? '';
  let nextRow = 1;
  for (const row of elements(data, 'row')) {
    const a = attributes(row.attrs);
    const r = Number(a.get('r') ?? nextRow);
    nextRow = r + 1;
    rowCount = Math.max(rowCount, r);
    if (r > maxRows) continue;
    if (a.has('s') && isTrue(a.get('customFormat'))) rowStyles.set(r - 1, Number(a.get('s')));
    // ExcelJS takes `ht` with or without `customHeight` (Excel draws the row at it either way).
    const ht = parseFloat(a.get('ht') ?? '');
    if (ht > 0) heights.set(r - 1, ht);
    let nextCol = 0;
    for (const c of elements(row.body ?? '', 'c')) {
      const ca = attributes(c.attrs);
      const ref = ca.get('r');
      const col = ref ? parseA1(ref).col : nextCol;
      nextCol = col + 1;
      const s = Number(ca.get('s') ?? 0);
      if (s !== 0) styles.set((r - 1) * 16384 + col, s);
      rowEnds.set(r - 1, Math.max(rowEnds.get(r - 1) ?? 0, col + 1));
      if (c.body !== undefined && /<(?:[\w.-]+:)?(?:v|f|is)[\s>/]/.test(c.body)) filled.add(r - 1);
    }
  }
  // ExcelJS makes every cell of a merged area, and the ones after the first a value of their own kind.
  for (const m of readMerges(xml)) {
    for (let r = m.top; r <= Math.min(m.bottom, maxRows - 1); r++) {
      rowEnds.set(r, Math.max(rowEnds.get(r) ?? 0, m.right + 1));
      if (r > m.top || m.right > m.left) filled.add(r);
    }
  }
  let columnCount = 0;
  for (const r of filled) columnCount = Math.max(columnCount, rowEnds.get(r) ?? 0);
  const cols = readColumns(xml);
  // A cell of no style: ExcelJS gives it none (style 0 is never looked up), so no font or border of style 0's either.
  const plain: CellFormat = formats[0] ? { ...formats[0], ...NO_FONT_OR_BORDER } : PLAIN;
  const formatOf = (s: number | undefined) => (s === undefined ? undefined : s === 0 ? plain : formats[s]);
  return {
    name,
    rowCount,
    columnCount,
    formatAt: (row, col) => formatOf(styles.get(row * 16384 + col)) ?? formatOf(rowStyles.get(row)) ?? formatOf(cols.get(col + 1)?.style) ?? plain,
    columnWidth: (col) => cols.get(col + 1)?.width,
    rowHeight: (row) => heights.get(row),
    notes,
    flags: readFlags(xml),
  };
}

/**
 * The look of each worksheet of an .xlsx (chart sheets hold no cells), in the workbook's order, hidden ones too;
 * `opened`: the package already open (file.ts openXlsxOnce), so that the grid's reader and this share its parts.
 */
export async function readAppearance(bytes: Uint8Array, maxRows: number, opened?: Package): Promise<SheetAppearance[]> {
  const pkg = opened ?? (await openPackage(bytes));
  const root = await pkg.relationships('');
  const workbookPath = [...root.values()].find((r) => OFFICE_DOCUMENT.test(r.type))?.target ?? 'xl/workbook.xml';
  const workbookXml = (await pkg.text(workbookPath)) ?? '';
  const rels = await pkg.relationships(workbookPath);
  const stylesPath = [...rels.values()].find((r) => STYLES.test(r.type))?.target;
  const formats = readCellFormats(stylesPath ? await pkg.text(stylesPath) : undefined);
  const sheets: SheetAppearance[] = [];
  for (const s of elements(element(workbookXml, 'sheets')?.body ?? '', 'sheet')) {
    const a = attributes(s.attrs);
    const rel = rels.get(a.get('id') ?? '');
    if (!rel || !WORKSHEET.test(rel.type)) continue;
    const xml = (await pkg.text(rel.target)) ?? '';
    const commentsPath = [...(await pkg.relationships(rel.target)).values()].find((r) => COMMENTS.test(r.type))?.target;
    const notes = readNotes(commentsPath ? await pkg.text(commentsPath) : undefined);
    sheets.push(readSheet(a.get('name') ?? '', xml, formats, notes, maxRows));
  }
  return sheets;
}
