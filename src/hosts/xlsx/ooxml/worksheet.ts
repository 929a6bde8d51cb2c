/**
 * One worksheet's cells as the grid: values (a formula's cached result), formulas (shared ones expanded to each
 * cell), merged areas empty but for their top-left cell. A formula cell that has no cached result at all (a file
 * written by a program and never calculated) is listed, so that its figure is reported rather than read as 0.
 */
import type { CellValue, MergedArea } from '../../../engine/grid/cell';
import { parseA1 } from '../../../engine/grid/address';
import { decimalAt, indexAt } from './decimal';
import { PackageError } from './package';
import { shiftFormula } from './sharedFormula';
import { stringItemText } from './sharedStrings';
import { attribute, decodeXml, element, elements } from './xml';

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

export interface SheetCells {
  readonly rows: CellValue[][];
  readonly formulas: (string | null)[][] | undefined;
  /** [row, col] (0-based) of formula cells without a cached result. */
  readonly uncalculated: (readonly [number, number])[];
  readonly merges: MergedArea[];
  /** Column widths by 0-based column (`<cols>`), null where a column has the default; undefined when none is set. */
  readonly columnWidths: (number | null)[] | undefined;
}

const MS_PER_DAY = 86_400_000;

/** A date serial as the ISO date (or date and time) the ExcelJS reader gives; a serial no date has stays a number. */
export function serialToIso(serial: number, date1904: boolean): string | number {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * MS_PER_DAY));
  if (Number.isNaN(date.getTime())) return serial;
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

function valueOf(type: string | undefined, raw: string, style: number, ctx: SheetContext): CellValue {
  switch (type) {
    case 's':
      return ctx.sharedStrings[Number(raw)] || null;
    case 'str':
      return decodeXml(raw) || null;
    case 'b':
      return raw.trim() !== '0' && raw.trim() !== 'false';
    case 'e':
      return { error: decodeXml(raw).trim() };
    case 'd':
      return raw.trim() || null;
    default: {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) return null;
      return ctx.dateStyles[style] ? serialToIso(n, ctx.date1904) : n;
    }
  }
}

/** `valueOf` of the value `xml[start..stop)`, with shared strings and plain numbers read in place. */
function valueAt(type: string | undefined, xml: string, start: number, stop: number, style: number, ctx: SheetContext): CellValue {
  if (type === 's') {
    const index = indexAt(xml, start, stop);
    if (index !== undefined) return ctx.sharedStrings[index] || null;
  } else if ((type === undefined || type === 'n') && !ctx.dateStyles[style]) {
    const n = decimalAt(xml, start, stop);
    if (n !== undefined) return n;
  }
  return valueOf(type, xml.slice(start, stop), style, ctx);
}

interface SharedMaster {
  readonly formula: string;
  readonly row: number;
  readonly col: number;
}

/** `>`, `/` or whitespace: the character after a tag name, so `<c` is not taken for `<cols`. */
function endsName(code: number): boolean {
  return code === 62 || code === 47 || code === 32 || code === 9 || code === 10 || code === 13;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * One attribute of the start tag `xml[from..to)`, scanned in place (no substring of the tag, and never past its
 * end: a search for ` t="` must not run on to the next cell that has one).
 */
function attributeIn(xml: string, from: number, to: number, name: string): string | undefined {
  const n = name.length;
  for (let i = from; i < to - n; i++) {
    if (!isSpace(xml.charCodeAt(i)) || !xml.startsWith(name, i + 1)) continue;
    let j = i + 1 + n;
    while (j < to && isSpace(xml.charCodeAt(j))) j++;
    if (xml.charCodeAt(j) !== 61) continue;
    j++;
    while (j < to && isSpace(xml.charCodeAt(j))) j++;
    const quote = xml.charCodeAt(j);
    if (quote !== 34 && quote !== 39) continue;
    const close = xml.indexOf(quote === 34 ? '"' : "'", j + 1);
    if (close === -1 || close > to) return undefined;
    return decodeXml(xml.slice(j + 1, close));
  }
  return undefined;
}

/** The attributes of a `<c>` start tag, read in one scan into these (no object per cell). */
let cellColumn = -1;
let cellType: string | undefined;
let cellStyle = 0;

const TYPES: readonly string[] = ['s', 'str', 'b', 'e', 'n', 'd', 'inlineStr'];

/** The type names interned: the same string objects every time, no substring per cell. */
function typeAt(xml: string, start: number, end: number): string {
  for (const t of TYPES) if (t.length === end - start && xml.startsWith(t, start)) return t;
  return xml.slice(start, end);
}

function readCellTag(xml: string, from: number, to: number): void {
  cellColumn = -1;
  cellType = undefined;
  cellStyle = 0;
  let i = from;
  while (i < to) {
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < to && xml.charCodeAt(i) !== 61 && !isSpace(xml.charCodeAt(i)) && xml.charCodeAt(i) !== 47) i++;
    const nameEnd = i;
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 61) {
      i++;
      continue;
    }
    i++;
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== 34 && quote !== 39) return;
    const valueStart = i + 1;
    const valueEnd = xml.indexOf(quote === 34 ? '"' : "'", valueStart);
    if (valueEnd === -1 || valueEnd > to) return;
    i = valueEnd + 1;
    // A prefixed name (`x:r`) is the same attribute.
    let localStart = nameStart;
    for (let k = nameStart; k < nameEnd; k++) if (xml.charCodeAt(k) === 58) localStart = k + 1;
    if (nameEnd - localStart !== 1) {
      continue;
    }
    const name = xml.charCodeAt(localStart);
    if (name === 114 /* r */) {
      let n = 0;
      for (let k = valueStart; k < valueEnd; k++) {
        const code = xml.charCodeAt(k) | 32;
        if (code < 97 || code > 122) break;
        n = n * 26 + (code - 96);
      }
      cellColumn = n - 1;
    } else if (name === 116 /* t */) cellType = typeAt(xml, valueStart, valueEnd);
    else if (name === 115 /* s */) {
      let n = 0;
      for (let k = valueStart; k < valueEnd; k++) n = n * 10 + (xml.charCodeAt(k) - 48);
      cellStyle = n;
    }
  }
}

/** Whether `xml` has ` x="` at `i` (x a one-letter attribute name, as a char code). */
function attributeStart(xml: string, i: number, name: number): boolean {
  return xml.charCodeAt(i) === 32 && xml.charCodeAt(i + 1) === name && xml.charCodeAt(i + 2) === 61 && xml.charCodeAt(i + 3) === 34;
}

/**
 * `readCellTag` for the start tag most cells have, `<c r="B12" s="5" t="s">` (each attribute optional, in this
 * order, one space apart, double quotes: as Excel, WPS and ExcelJS write them), in a few steps rather than a step
 * per character; false, with nothing read, for any other shape, which `readCellTag` then reads. A one-file check
 * runs this before it is compiled, once per cell.
 */
function readCommonCellTag(xml: string, from: number, to: number): boolean {
  let i = from;
  let column = -1;
  let type: string | undefined;
  let style = 0;
  if (attributeStart(xml, i, 114 /* r */)) {
    let n = 0;
    let k = i + 4;
    for (let code = xml.charCodeAt(k); code >= 65 && code <= 90; code = xml.charCodeAt(++k)) n = n * 26 + (code - 64);
    const close = xml.indexOf('"', k);
    // No capital letter first (`r="a1"`, `r=""`): the careful reading decides.
    if (k === i + 4 || close === -1 || close >= to) return false;
    column = n - 1;
    i = close + 1;
  }
  if (attributeStart(xml, i, 115 /* s */)) {
    let k = i + 4;
    for (let code = xml.charCodeAt(k); code >= 48 && code <= 57; code = xml.charCodeAt(++k)) style = style * 10 + (code - 48);
    if (xml.charCodeAt(k) !== 34) return false;
    i = k + 1;
  }
  if (attributeStart(xml, i, 116 /* t */)) {
    const close = xml.indexOf('"', i + 4);
    if (close === -1 || close >= to) return false;
    type = typeAt(xml, i + 4, close);
    i = close + 1;
  }
  if (i !== to) return false;
  cellColumn = column;
  cellType = type;
  cellStyle = style;
  return true;
}

/**
 * The row number of `<row r="12" …>` when `r` comes first, as Excel, WPS and ExcelJS write it (the rest of the
 * tag, `spans`, heights and styles, is not read: a step per character of it is most of a row's cost before the
 * code is compiled); undefined otherwise, for `attributeIn`.
 */
function leadingRowNumber(xml: string, from: number, to: number): string | undefined {
  if (!attributeStart(xml, from, 114 /* r */)) return undefined;
  const close = xml.indexOf('"', from + 4);
  if (close === -1 || close >= to) return undefined;
  const value = xml.slice(from + 4, close);
  // An entity (`&#50;`) is for the careful reading to decode.
  return value.includes('&') ? undefined : value;
}

/** The first `<name …>` or `<name/>` in a cell's body: where the tag starts and where its start tag ends. */
function findTag(body: string, name: string): { start: number; open: number } | undefined {
  let at = body.indexOf(`<${name}`);
  while (at !== -1 && !endsName(body.charCodeAt(at + name.length + 1))) at = body.indexOf(`<${name}`, at + 1);
  return at === -1 ? undefined : { start: at, open: body.indexOf('>', at) };
}

/** The text between a start tag ending at `open` and its end tag. */
function inner(body: string, open: number, name: string): string {
  const close = body.indexOf(`</${name}>`, open);
  return body.slice(open + 1, close === -1 ? body.length : close);
}

/** The tags of one sheet, with the namespace prefix its `<sheetData>` uses (most files: none). */
class Tags {
  readonly row: string;
  readonly rowClose: string;
  readonly cell: string;
  readonly cellClose: string;
  readonly valueOpen: string;
  readonly valueClose: string;
  readonly sheetDataClose: string;

  constructor(readonly prefix: string) {
    this.row = `<${prefix}row`;
    this.rowClose = `</${prefix}row>`;
    this.cell = `<${prefix}c`;
    this.cellClose = `</${prefix}c>`;
    this.valueOpen = `<${prefix}v>`;
    this.valueClose = `</${prefix}v>`;
    this.sheetDataClose = `</${prefix}sheetData>`;
  }
}

const SHEET_DATA = /<([\w.-]+:)?sheetData[\s>/]/;

/** Excel's sheet: 1,048,576 rows of 16,384 columns. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/**
 * One forward pass over `<sheetData>` with indexOf: each value goes straight into its row, no object per cell.
 * Rows come out dense (holes are null, no trailing nulls, no trailing empty rows), as the engine reads them.
 *
 * The text can come in pieces (`feed`): a sheet of 30 MB is decoded and read a piece at a time, so that it is
 * never held as one string beside its bytes. The cells are read up to the last complete row of what has come;
 * what comes before the cells (`<cols>`) and after them (`<mergeCells>`) is kept whole, and is small.
 */
class SheetScanner {
  private readonly rows: CellValue[][] = [];
  private formulas: (string | null)[][] | undefined;
  private readonly uncalculated: [number, number][] = [];
  private readonly shared = new Map<string, SharedMaster>();
  private phase: 'head' | 'cells' | 'tail' = 'head';
  private tags: Tags | undefined;
  private head = '';
  private pending = '';
  private columnWidths: (number | null)[] | undefined;
  private rowIndex = -1;
  private colIndex = -1;

  constructor(private readonly ctx: SheetContext) {}

  /** The next piece of the part's text; `last` when there is no more. */
  feed(piece: string, last: boolean): void {
    this.pending += piece;
    if (this.phase === 'head') this.readHead(last);
    if (this.phase === 'cells') this.readCells(last);
  }

  finish(): SheetCells {
    this.settle(this.rowIndex);
    // The schema puts <mergeCells> after <sheetData>: that tail is searched first, the head (a file out of order)
    // second, never the cells between. A part without <sheetData> is all head.
    const merges = this.phase === 'head' ? readMerges(this.pending, '', this.rows) : readMerges(this.pending, this.head, this.rows);
    const { rows, formulas, uncalculated, columnWidths } = this;
    return { rows, formulas, uncalculated, merges, columnWidths };
  }

  private readHead(last: boolean): void {
    const sheetData = SHEET_DATA.exec(this.pending);
    if (!sheetData) return;
    const begin = this.pending.indexOf('>', sheetData.index);
    if (begin === -1) {
      if (last) this.phase = 'tail';
      return;
    }
    this.tags = new Tags(sheetData[1] ?? '');
    // What comes before the cells, apart: a search there must not run on through every cell of a large sheet.
    this.head = this.pending.slice(0, sheetData.index);
    this.columnWidths = readColumnWidths(this.head, this.tags.prefix);
    const empty = this.pending.charCodeAt(begin - 1) === 47;
    this.pending = this.pending.slice(begin + 1);
    this.phase = empty ? 'tail' : 'cells';
  }

  private readCells(last: boolean): void {
    const tags = this.tags!;
    const xml = this.pending;
    const endTag = xml.indexOf(tags.sheetDataClose);
    if (endTag !== -1 || last) {
      const end = endTag === -1 ? xml.length : endTag;
      this.scan(xml, end);
      this.pending = xml.slice(end);
      this.phase = 'tail';
      return;
    }
    // Up to the end of the last whole row; the rest waits for the next piece.
    const cut = xml.lastIndexOf(tags.rowClose);
    if (cut === -1) return;
    const end = cut + tags.rowClose.length;
    this.scan(xml, end);
    this.pending = xml.slice(end);
  }

  private put(row: number, col: number, value: CellValue): void {
    const rows = this.rows;
    while (rows.length <= row) rows.push([]);
    const cells = rows[row]!;
    while (cells.length < col) cells.push(null);
    cells[col] = value;
  }

  // A row grown cell by cell has room for more cells than it holds (V8 grows an array by half again, plus 16); a
  // copy of the finished row holds exactly its cells: a ledger of 200,000 short rows takes a third of the memory.
  private settle(row: number): void {
    const cells = row >= 0 ? this.rows[row] : undefined;
    if (cells !== undefined && cells.length > 0) this.rows[row] = cells.slice();
  }

  /** The cells of `xml[0..end)`. */
  private scan(xml: string, end: number): void {
    const tags = this.tags!;
    const ctx = this.ctx;
    let pos = 0;
    while (pos < end) {
      const lt = xml.indexOf('<', pos);
      if (lt === -1 || lt >= end) break;
      // Cells first: there are many more of them than rows.
      const isCell = xml.startsWith(tags.cell, lt) && endsName(xml.charCodeAt(lt + tags.cell.length));
      if (!isCell && xml.startsWith(tags.row, lt) && endsName(xml.charCodeAt(lt + tags.row.length))) {
        const gt = xml.indexOf('>', lt);
        // A tag cut off (a damaged part): nothing more to read, and never a step back to the start.
        if (gt === -1 || gt >= end) break;
        const r = leadingRowNumber(xml, lt + tags.row.length, gt) ?? attributeIn(xml, lt, gt, 'r');
        this.settle(this.rowIndex);
        this.rowIndex = r !== undefined ? Number(r) - 1 : this.rowIndex + 1;
        if (!(Number.isInteger(this.rowIndex) && this.rowIndex >= 0 && this.rowIndex < MAX_ROWS)) {
          throw new PackageError(`工作表中有一行的行号“${r ?? ''}”不在 1 到 ${MAX_ROWS} 之间`);
        }
        this.colIndex = -1;
        pos = gt + 1;
        continue;
      }
      if (!isCell) {
        pos = lt + 1;
        continue;
      }
      const gt = xml.indexOf('>', lt);
      if (gt === -1 || gt >= end) break;
      const selfClosing = xml.charCodeAt(gt - 1) === 47;
      const tagEnd = selfClosing ? gt - 1 : gt;
      if (!readCommonCellTag(xml, lt + tags.cell.length, tagEnd)) readCellTag(xml, lt + tags.cell.length, tagEnd);
      this.colIndex = cellColumn >= 0 ? cellColumn : this.colIndex + 1;
      // A damaged part can name any row or column: beyond Excel's sheet it is damage, not cells to make room for
      // (a row of a hundred million empty cells ends the process, not the reading).
      if (this.colIndex >= MAX_COLUMNS || this.rowIndex < 0) {
        throw new PackageError(`工作表中有单元格的位置不在 Excel 工作表的范围内（第 ${this.rowIndex + 1} 行第 ${this.colIndex + 1} 列）`);
      }
      if (selfClosing) {
        pos = gt + 1;
        continue;
      }
      // The usual cell, `<c …><v>…</v></c>`, without looking for the other children.
      if (xml.startsWith(tags.valueOpen, gt + 1)) {
        const start = gt + 1 + tags.valueOpen.length;
        const stop = xml.indexOf('<', start);
        if (xml.startsWith(tags.valueClose, stop) && xml.startsWith(tags.cellClose, stop + tags.valueClose.length) && cellType !== 'inlineStr') {
          const value = valueAt(cellType, xml, start, stop, cellStyle, ctx);
          if (value !== null) this.put(this.rowIndex, this.colIndex, value);
          pos = stop + tags.valueClose.length + tags.cellClose.length;
          continue;
        }
      }
      const close = xml.indexOf(tags.cellClose, gt);
      const bodyEnd = close === -1 || close > end ? end : close;
      pos = bodyEnd + tags.cellClose.length;
      if (xml.indexOf('<', gt + 1) >= bodyEnd) continue;
      this.readCellBody(xml.slice(gt + 1, bodyEnd));
    }
  }

  /** A cell with more than a value: an inline string, a formula, a value after a formula. */
  private readCellBody(body: string): void {
    const { prefix } = this.tags!;
    const row = this.rowIndex;
    const col = this.colIndex;
    const type = cellType;
    let value: CellValue = null;
    let hasValue = false;
    if (type === 'inlineStr') {
      const is = findTag(body, `${prefix}is`);
      if (is) value = stringItemText(inner(body, is.open, `${prefix}is`)) || null;
    } else {
      const v = findTag(body, `${prefix}v`);
      if (v) {
        hasValue = true;
        if (body.charCodeAt(v.open - 1) !== 47) value = valueOf(type, inner(body, v.open, `${prefix}v`), cellStyle, this.ctx);
      }
    }
    const f = findTag(body, `${prefix}f`);
    if (f) {
      const selfClosing = body.charCodeAt(f.open - 1) === 47;
      const attrs = body.slice(f.start + prefix.length + 2, selfClosing ? f.open - 1 : f.open);
      const formulaBody = selfClosing ? undefined : inner(body, f.open, `${prefix}f`);
      const formula = formulaOf({ attrs, body: formulaBody }, row, col, this.shared);
      if (formula) {
        this.formulas ??= [];
        (this.formulas[row] ??= [])[col] = formula;
        if (!hasValue && type !== 'inlineStr') this.uncalculated.push([row, col]);
      }
    }
    if (value !== null) this.put(row, col, value);
  }
}

export function readWorksheet(xml: string, ctx: SheetContext): SheetCells {
  const scanner = new SheetScanner(ctx);
  scanner.feed(xml, true);
  return scanner.finish();
}

// 64 KB: each piece's text an ordinary small string, gone at the next minor collection (Node makes decoded text of
// about a megabyte and more an external string, which lingers until a full one).
const PIECE_BYTES = 1 << 16;

/** Whether a byte continues a UTF-8 sequence (10xxxxxx) rather than starting a character. */
function continues(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0xc0) === 0x80;
}

/**
 * Where the piece from `at` ends: about `size` bytes on, at the start of a character, so that each piece decodes
 * whole. (A streaming decoder would carry a cut character over, but Node decodes a stream through ICU, several
 * times slower than one whole decode: it was an eighth of a check.)
 */
function pieceEnd(bytes: Uint8Array, at: number, size: number): number {
  let end = Math.min(at + size, bytes.length);
  while (end > at && continues(bytes[end])) end--;
  if (end > at) return end;
  // A piece smaller than a character: on to the end of it.
  end = Math.min(at + size, bytes.length);
  while (continues(bytes[end])) end++;
  return end;
}

/** The sheet read from its UTF-8 bytes a piece at a time (see `SheetScanner`). */
export function readWorksheetBytes(bytes: Uint8Array, ctx: SheetContext, pieceBytes = PIECE_BYTES): SheetCells {
  // A byte-order mark is dropped at the start of the part only, never at the start of a piece.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const scanner = new SheetScanner(ctx);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let at = bom;
  do {
    const end = pieceEnd(bytes, at, pieceBytes);
    scanner.feed(decoder.decode(bytes.subarray(at, end)), end >= bytes.length);
    at = end;
  } while (at < bytes.length);
  return scanner.finish();
}

/**
 * The widths of `<cols><col min max width hidden/>`, in Excel's unit (characters of the default font; a hidden
 * column is 0 wide), for the documents that lay a table out as the workbook does. The schema puts `<cols>` before
 * `<sheetData>`: only that head is scanned, with indexOf.
 */
function readColumnWidths(xml: string, prefix: string): (number | null)[] | undefined {
  const colTag = `<${prefix}col`;
  const widths: (number | null)[] = [];
  let any = false;
  let at = xml.indexOf(colTag);
  while (at !== -1) {
    const gt = xml.indexOf('>', at);
    if (gt === -1) break;
    // `<cols>` itself shares the prefix `<col`.
    if (endsName(xml.charCodeAt(at + colTag.length))) {
      const min = Number(attributeIn(xml, at, gt, 'min'));
      const max = Math.min(Number(attributeIn(xml, at, gt, 'max')), 16384);
      const hidden = attributeIn(xml, at, gt, 'hidden');
      const width = hidden === '1' || hidden === 'true' ? 0 : Number(attributeIn(xml, at, gt, 'width'));
      if (Number.isInteger(min) && Number.isInteger(max) && min >= 1 && Number.isFinite(width)) {
        // A range over every column (min=1 max=16384) sets the default; the used columns are cut later.
        for (let c = min; c <= Math.min(max, min + 255); c++) widths[c - 1] = width;
        any = true;
      }
    }
    at = xml.indexOf(colTag, gt);
  }
  if (!any) return undefined;
  for (let c = 0; c < widths.length; c++) widths[c] ??= null;
  return widths;
}

/** A cell's formula; the cells of a shared formula get the first cell's, moved. */
function formulaOf(f: { attrs: string; body: string | undefined }, row: number, col: number, shared: Map<string, SharedMaster>): string {
  const formula = f.body !== undefined ? decodeXml(f.body) : '';
  const si = attribute(f.attrs, 'si');
  if (attribute(f.attrs, 't') !== 'shared' || si === undefined) return formula;
  if (formula) {
    shared.set(si, { formula, row, col });
    return formula;
  }
  const master = shared.get(si);
  return master ? shiftFormula(master.formula, row - master.row, col - master.col) : '';
}

/**
 * The merged areas; their cells other than the top-left are emptied (Excel shows them empty whatever the file
 * holds), and rows that this leaves with trailing empties are trimmed, so that the grid stays dense.
 */
function readMerges(tail: string, head: string, rows: CellValue[][]): MergedArea[] {
  const merges = element(tail, 'mergeCells') ?? element(head, 'mergeCells');
  const areas: MergedArea[] = [];
  if (!merges?.body) return areas;
  for (const m of elements(merges.body, 'mergeCell')) {
    const ref = attribute(m.attrs, 'ref');
    if (!ref || !ref.includes(':')) continue;
    const [from, to] = ref.split(':').map(parseA1) as [{ row: number; col: number }, { row: number; col: number }];
    areas.push({ top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) });
    for (let r = from.row; r <= to.row; r++) {
      const cells = rows[r];
      if (!cells) continue;
      for (let c = from.col; c <= to.col; c++) if ((r !== from.row || c !== from.col) && c < cells.length) cells[c] = null;
      let length = cells.length;
      while (length > 0 && cells[length - 1] === null) length--;
      cells.length = length;
    }
  }
  let height = rows.length;
  while (height > 0 && rows[height - 1]!.length === 0) height--;
  rows.length = height;
  return areas;
}
