/**
 * One worksheet's cells as the grid: values (a formula's cached result), formulas (shared ones expanded to each
 * cell), merged areas empty but for their top-left cell. A formula cell that has no cached result at all (a file
 * written by a program and never calculated) is listed, so that its figure is reported rather than read as 0.
 */
import type { CellValue, DisplayScale, MergedArea } from '../../../engine/grid/cell';
import { ShownFigures } from '../../../engine/grid/numberFormat';
import { parseA1 } from '../../../engine/grid/address';
import { find, indexOfBytes, indexOfBytesFar } from './bytes';
import { decimalBefore, indexBefore, ValueEnd } from './decimal';
import { PackageError } from './package';
import { shiftFormula } from './sharedFormula';
import { stringItemText } from './sharedStrings';
import { attribute, cellTextOf, decodeXml, element, elements } from './xml';

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  /** By style, the format code of those that may show a number scaled (styles.ts); absent: none does. */
  readonly scaledFormats?: readonly (string | undefined)[];
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
  /** The rows `<row hidden="1">` hides, 0-based and ascending, among the rows read (trailing empty ones are not). */
  readonly hiddenRows: number[];
  /** Figures read as their format shows them (元 stored, 万元 shown), by format: `SheetGrid.displayScales`. */
  readonly displayScales?: DisplayScale[];
  /** `<sheetProtection sheet="1">`: the sheet is protected. */
  readonly protected?: boolean;
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
      // A formula's text result carries escapes as shared strings do (一、一般公共预算_x000D_财政拨款收入).
      return cellTextOf(raw) || null;
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

// `ignoreBOM`: a U+FEFF inside a cell's text is text (the part's own byte-order mark is skipped before the scan).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/** The text of `bytes[from..to)`. */
function utf8(bytes: Uint8Array, from: number, to: number): string {
  return decoder.decode(bytes.subarray(from, to));
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

/** The attributes of a `<c>` start tag that the scan reads: the column and row (-1 without `r`), the type, the style. */
interface CellTag {
  column: number;
  row: number;
  type: string | undefined;
  style: number;
}

const TYPES: readonly string[] = ['s', 'str', 'b', 'e', 'n', 'd', 'inlineStr'];

/** The type names interned: the same string objects every time, no substring per cell. */
function typeAt(xml: string, start: number, end: number): string {
  for (const t of TYPES) if (t.length === end - start && xml.startsWith(t, start)) return t;
  return xml.slice(start, end);
}

/** A cell's start tag of any shape a valid file may write (the scan reads the usual one itself, on its bytes). */
function readCellTag(xml: string, from: number, to: number): CellTag {
  const tag: CellTag = { column: -1, row: -1, type: undefined, style: 0 };
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
    if (quote !== 34 && quote !== 39) return tag;
    const valueStart = i + 1;
    const valueEnd = xml.indexOf(quote === 34 ? '"' : "'", valueStart);
    if (valueEnd === -1 || valueEnd > to) return tag;
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
      let k = valueStart;
      for (; k < valueEnd; k++) {
        const code = xml.charCodeAt(k) | 32;
        if (code < 97 || code > 122) break;
        n = n * 26 + (code - 96);
      }
      tag.column = n - 1;
      let row = 0;
      for (; k < valueEnd && xml.charCodeAt(k) >= 48 && xml.charCodeAt(k) <= 57; k++) row = row * 10 + (xml.charCodeAt(k) - 48);
      tag.row = k === valueEnd && row > 0 ? row - 1 : -1;
    } else if (name === 116 /* t */) tag.type = typeAt(xml, valueStart, valueEnd);
    else if (name === 115 /* s */) {
      let n = 0;
      for (let k = valueStart; k < valueEnd; k++) n = n * 10 + (xml.charCodeAt(k) - 48);
      tag.style = n;
    }
  }
  return tag;
}

/** Whether `bytes` has ` x="` at `i` (x a one-letter attribute name, as a byte). */
function attributeStart(bytes: Uint8Array, i: number, name: number): boolean {
  return bytes[i] === 32 && bytes[i + 1] === name && bytes[i + 2] === 61 && bytes[i + 3] === 34;
}

/** The type names interned, from the bytes of a `t="…"` value (no string per cell). */
function typeIn(bytes: Uint8Array, start: number, end: number): string {
  const length = end - start;
  const first = bytes[start];
  if (length === 1) {
    if (first === 115) return 's';
    if (first === 98) return 'b';
    if (first === 101) return 'e';
    if (first === 110) return 'n';
    if (first === 100) return 'd';
  } else if (length === 3 && first === 115 && bytes[start + 1] === 116 && bytes[start + 2] === 114) return 'str';
  return typeAt(utf8(bytes, start, end), 0, length);
}

/**
 * The closing quote of `<row r="12" …>`'s `r` when `r` comes first in plain digits (one to seven), as Excel, WPS and
 * ExcelJS write it; -1 otherwise, for the careful reading. The digits from `from + 4` to the quote are the row's
 * number (`digitsValue`): where they end is what `row` needs first, to search the rest of the tag from there.
 */
function leadingRowQuote(bytes: Uint8Array, from: number): number {
  if (!attributeStart(bytes, from, 114 /* r */)) return -1;
  let k = from + 4;
  for (let code = bytes[k]!; code >= 48 && code <= 57; code = bytes[++k]!);
  return k > from + 4 && k - from - 4 <= 7 && bytes[k] === 34 ? k : -1;
}

/** The number the ASCII digits `bytes[from..to)` write. */
function digitsValue(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) n = n * 10 + (bytes[k]! - 48);
  return n;
}

const HIDDEN = encoder.encode('hidden=');

/** `>` and `h` in each byte of a 32-bit word: a word XORed with one has a zero byte where the word has the character. */
const GT_BYTES = 0x3e3e3e3e;
const H_BYTES = 0x68686868;

/**
 * The high bit of each byte of `v` that is zero, and of some that follow one (the usual bit trick: a false alarm only
 * ever follows a zero, as the borrow runs upwards): 0 when none is zero; the lowest flagged byte is the first zero.
 */
function zeroBytes(v: number): number {
  return (v - 0x01010101) & ~v & 0x80808080;
}

/** Which byte of a little-endian word (0 to 3) the lowest flag of `zeroBytes`'s mask marks: the first zero in memory. */
function firstFlagged(mask: number): number {
  return (31 - Math.clz32(mask & -mask)) >> 3;
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

/** Whether `bytes` holds `pattern` at `at`. */
function bytesAt(bytes: Uint8Array, pattern: Uint8Array, at: number): boolean {
  for (let k = 0; k < pattern.length; k++) if (bytes[at + k] !== pattern[k]) return false;
  return true;
}

/**
 * Four ASCII characters as the little-endian 32-bit word their bytes make: what `wordAt` reads. The cell's fixed
 * pieces (` r="`, `s="`, `><v>`) are compared a word at a time (`</v></c>` eight bytes at a time), where a byte at a time cost compiled code four
 * reads of a typed array, each with its checks of the array and the index (measured: a tenth of reading a sheet's
 * cells; see rowTagEnd).
 */
function word(text: string): number {
  return text.charCodeAt(0) | (text.charCodeAt(1) << 8) | (text.charCodeAt(2) << 16) | (text.charCodeAt(3) << 24);
}

const R_ATTRIBUTE = word(' r="');
const S_ATTRIBUTE = word(' s="');
const T_ATTRIBUTE = word(' t="');
/** A start tag's end and a value's start tag: `><v>`. */
const VALUE_OPEN = word('><v>');
/** The usual cell's start, `<c r`: the next cell read on in `cell`'s loop. */
const CELL_START = word('<c r');

/**
 * `</v></c>`, the end of the usual cell, as the 64-bit float its eight bytes make (little-endian): one read and one
 * comparison for both end tags, where two words cost two reads with their checks. Exact: the bytes make a normal
 * number (no NaN, no zero), and two floats that are equal and normal have the same bits.
 */
const VALUE_CELL_CLOSE = ((bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, 8).getFloat64(0, true))(encoder.encode('</v></c>'));

/**
 * Whether the four bytes at `at` are `expected` (`word`); false where fewer than four are left (a part cut off): `last`
 * is the view's length less four, passed in, as a DataView's own length is a call in compiled code.
 */
function wordAt(view: DataView, last: number, at: number, expected: number): boolean {
  return at >= 0 && at <= last && view.getInt32(at, true) === expected;
}

/** The end tags of one sheet's cells, with the namespace prefix its `<sheetData>` uses (most files: none). */
class Tags {
  readonly prefixBytes: Uint8Array;
  readonly valueClose: Uint8Array;
  readonly cellClose: Uint8Array;
  readonly sheetDataClose: Uint8Array;

  constructor(readonly prefix: string) {
    this.prefixBytes = encoder.encode(prefix);
    this.valueClose = encoder.encode(`</${prefix}v>`);
    this.cellClose = encoder.encode(`</${prefix}c>`);
    this.sheetDataClose = encoder.encode(`</${prefix}sheetData>`);
  }
}

/**
 * The end tags of the unprefixed sheet most files are, encoded once: four `TextEncoder.encode` calls a sheet each
 * allocated a buffer of its own (a backing store the young-generation collector then sweeps).
 */
const PLAIN_TAGS = new Tags('');

/** The end tags for a sheet whose `<sheetData>` has `prefix`. */
function tagsFor(prefix: string): Tags {
  return prefix === '' ? PLAIN_TAGS : new Tags(prefix);
}

const SHEET_DATA_NAME = encoder.encode('sheetData');

/** A name character of a namespace prefix (`[\w.-]`). */
function isPrefixByte(code: number | undefined): boolean {
  return code !== undefined && ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 46 || code === 45);
}

/**
 * The `<sheetData>` (or `<x:sheetData>`) start tag: where it starts, its prefix, where it ends; undefined if none.
 * Searched with the platform's indexOf (indexOfBytesFar): once a sheet, through a head of some 700 bytes whose every
 * `s` (sheetPr, sheetViews, spans…) stops `find`'s byte loop, interpreted in a fresh process: 1.3 ms of the command
 * line's `check` of the sample (ten sheets), measured there; now a few hundredths.
 */
function findSheetData(bytes: Uint8Array, from: number): { lt: number; prefix: string; gt: number } | undefined {
  for (let at = indexOfBytesFar(bytes, SHEET_DATA_NAME, from); at !== -1; at = indexOfBytesFar(bytes, SHEET_DATA_NAME, at + 1)) {
    const after = bytes[at + SHEET_DATA_NAME.length];
    if (!(after !== undefined && (endsName(after) || after === 12))) continue;
    let lt = at - 1;
    if (bytes[lt] === 58 /* : */) {
      lt--;
      while (isPrefixByte(bytes[lt])) lt--;
      if (lt === at - 2) continue;
    }
    if (bytes[lt] !== 60) continue;
    const gt = find(bytes, 62, at);
    if (gt === -1) return undefined;
    return { lt, prefix: utf8(bytes, lt + 1, at), gt };
  }
  return undefined;
}

/** Excel's sheet: 1,048,576 rows of 16,384 columns. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/**
 * One forward pass over the bytes of `<sheetData>`: each value goes straight into its row, no object and no string
 * per cell (a shared string is the table's own, a number is read from its digits). Rows come out dense (holes are
 * null, no trailing nulls, no trailing empty rows), as the engine reads them. A tag or body of another shape than
 * the usual (prefixed attributes, a formula, an inline string) is decoded alone and read from its text.
 */
class SheetScanner {
  private readonly rows: CellValue[][] = [];
  private formulas: (string | null)[][] | undefined;
  private readonly uncalculated: [number, number][] = [];
  private readonly hiddenRows: number[] = [];
  private readonly shownFigures = new ShownFigures();
  private readonly shared = new Map<string, SharedMaster>();
  private rowIndex = -1;
  private colIndex = -1;
  /**
   * The row tag had no `r`: its place is the first cell's `r` (`<row>` bare, `<c r="B10">`), else the row after the one
   * before. Placed one after the other, rows a file skipped moved up, under merges of their real rows (review35).
   */
  private rowFromCell = false;
  private rowHidden = false;
  /** Where the last value read in place ended (`decimalBefore`, `indexBefore`): one object a sheet. */
  private readonly valueEnd: ValueEnd = { end: -1 };
  /** The `<` of the cell `cell` reads (it reads on from one cell to the next): where a cut-off one is looked past. */
  private cellStart = -1;
  /** What `rowTagEnd` read of the last row tag beside where it ends. */
  private rowTagHidden = false;
  /**
   * The row tag's `r` digits and their closing quote (`98"` of `<row r="98">`), as one or two little-endian words
   * masked to their length (`rowDigitsLength`, 0: none known): a cell's `r="C98"` names its row with the same bytes,
   * compared a word at a time instead of read digit by digit (the digit loop was the costliest line of `cell`).
   */
  private rowDigitsLength = 0;
  private rowWord0 = 0;
  private rowWord1 = 0;
  private rowMask0 = 0;
  private rowMask1 = 0;
  /** The row whose cells are gathering in `cells` (-1: none), and how many cells it has so far. */
  private open = -1;
  private readonly cells: CellValue[] = [];
  private count = 0;

  /** The bytes four at a time, for `rowTagEnd` and the cell's fixed pieces (`wordAt`). */
  private readonly view: DataView;
  /**
   * What every cell asks of the context and the tags, read once a sheet: through `ctx` and `tags` each cell paid a
   * check of each object's shape and of the array's bounds for every step of the chain.
   */
  private readonly sharedStrings: readonly string[];
  private readonly dateStyles: readonly boolean[];
  /** The formats that may scale, by style; undefined when no style's may (most workbooks): no look-up per number. */
  private readonly scaledFormats: readonly (string | undefined)[] | undefined;
  /** The length of the sheet's namespace prefix (0: none, most files). */
  private readonly prefixLength: number;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly ctx: SheetContext,
    private readonly tags: Tags,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.sharedStrings = ctx.sharedStrings;
    this.dateStyles = ctx.dateStyles;
    this.scaledFormats = ctx.scaledFormats?.some((f) => f !== undefined) ? ctx.scaledFormats : undefined;
    this.prefixLength = tags.prefixBytes.length;
  }

  /**
   * The end of a row's start tag, its attributes from `from`: where its `>` is (-1 when the tag is cut off); and in
   * `rowTagHidden` whether it says `hidden="1"` (or `"true"`, or in single quotes). One pass over the tag's bytes,
   * four at a time while none is `>` or `h`: a row tag is some 45 bytes (`r`, `spans`, `x14ac:dyDescent`), and a byte
   * of a typed array read alone in a loop costs compiled code some thirty instructions (the checks of the array, its
   * length and the index, repeated for each), one read of four bytes about as much. The first `hidden=` with a quote
   * decides.
   */
  private rowTagEnd(from: number): number {
    const b = this.bytes;
    const n = b.length;
    this.rowTagHidden = false;
    let decided = false;
    let i = from;
    for (;;) {
      while (i + 4 <= n) {
        const v = this.view.getInt32(i, true);
        const gt = zeroBytes(v ^ GT_BYTES);
        const h = zeroBytes(v ^ H_BYTES);
        // A `>` and no `h` (the word that ends most row tags): its place from the mask, not read again byte by byte.
        if (gt !== 0 && h === 0) return i + firstFlagged(gt);
        if ((gt | h) !== 0) break;
        i += 4;
      }
      // The word holding a `>` or an `h` (or the part's last bytes), byte by byte.
      const stop = Math.min(i + 4, n);
      for (; i < stop; i++) {
        const code = b[i];
        if (code === 62) return i;
        // None of the bytes of `hidden="` is `>`: the tag's `>` comes after them.
        if (code !== 104 /* h */ || decided || !isSpace(b[i - 1]!) || !bytesAt(b, HIDDEN, i)) continue;
        const quote = b[i + 7];
        if (quote !== 34 && quote !== 39) continue;
        decided = true;
        const v = i + 8;
        this.rowTagHidden = (b[v] === 49 /* 1 */ && b[v + 1] === quote) || (b[v] === 116 && b[v + 1] === 114 && b[v + 2] === 117 && b[v + 3] === 101 && b[v + 4] === quote);
      }
      if (i >= n) return -1;
    }
  }

  /** Reads the cells from `from` to `</sheetData>` (or the end of a part cut off); where the cells end. */
  scan(from: number): number {
    const b = this.bytes;
    const p = this.prefixLength;
    let pos = from;
    for (;;) {
      const lt = find(b, 60, pos);
      if (lt === -1) return b.length;
      const name = lt + 1 + p;
      if (p === 0 || bytesAt(b, this.tags.prefixBytes, lt + 1)) {
        // Cells first: there are many more of them than rows.
        if (b[name] === 99 /* c */ && endsName(b[name + 1]!)) {
          this.cellStart = lt;
          const next = this.cell(name + 1);
          if (next === -1) return this.cellsEnd(this.cellStart);
          pos = next;
          continue;
        }
        if (b[name] === 114 && b[name + 1] === 111 && b[name + 2] === 119 && endsName(b[name + 3]!)) {
          const next = this.row(name + 3);
          if (next === -1) return this.cellsEnd(lt);
          pos = next;
          continue;
        }
      }
      if (b[lt + 1] === 47) {
        // A row's end tag, `</row>`, passed over whole: not searched through for the next `<` byte by byte. Asked
        // before `</sheetData>`, which ends a sheet once where `</row>` ends each row.
        if (p === 0 && b[lt + 2] === 114 && b[lt + 3] === 111 && b[lt + 4] === 119 && b[lt + 5] === 62) {
          pos = lt + 6;
          continue;
        }
        if (bytesAt(b, this.tags.sheetDataClose, lt)) return lt;
      }
      pos = lt + 1;
    }
  }

  /** A part cut off inside a tag (damaged): nothing more is read, and never a step back to the start. */
  private cellsEnd(from: number): number {
    const close = indexOfBytes(this.bytes, this.tags.sheetDataClose, from);
    return close === -1 ? this.bytes.length : close;
  }

  /** The row start tag whose attributes begin at `from`; where the scan goes on, or -1 when the tag is cut off. */
  private row(from: number): number {
    const b = this.bytes;
    const quote = leadingRowQuote(b, from);
    // ` r="12"` holds no `>` and no `h`: the usual tag's end (and `hidden`) is searched for from `r`'s closing quote.
    const gt = this.rowTagEnd(quote >= 0 ? quote + 1 : from);
    if (gt === -1) return -1;
    const hidden = this.rowTagHidden;
    this.noteRowDigits(from + 4, quote);
    let r: number | string | undefined = quote >= 0 ? digitsValue(b, from + 4, quote) : -1;
    if (quote < 0) {
      const text = utf8(b, from, gt);
      r = attributeIn(text, 0, text.length, 'r');
    }
    this.settle();
    this.placeRow();
    this.rowIndex = r === undefined ? this.rowIndex + 1 : Number(r) - 1;
    if (!(Number.isInteger(this.rowIndex) && this.rowIndex >= 0 && this.rowIndex < MAX_ROWS)) {
      throw new PackageError(`工作表中有一行的行号“${r ?? ''}”不在 1 到 ${MAX_ROWS} 之间`);
    }
    this.rowFromCell = r === undefined;
    this.rowHidden = hidden;
    if (!this.rowFromCell) this.placeRow();
    this.colIndex = -1;
    return gt + 1;
  }

  /**
   * Keeps the row tag's digits from `at` to their closing quote at `quote` (`leadingRowQuote`, within eight bytes) as
   * the words `rowDigitsMatch` compares a cell's with; `quote` -1, or a part too short to read two words there: none kept.
   */
  private noteRowDigits(at: number, quote: number): void {
    const b = this.bytes;
    if (quote < 0 || at + 8 > b.length) {
      this.rowDigitsLength = 0;
      return;
    }
    const length = quote - at + 1;
    this.rowMask0 = length >= 4 ? -1 : (1 << (8 * length)) - 1;
    this.rowMask1 = length >= 8 ? -1 : length <= 4 ? 0 : (1 << (8 * (length - 4))) - 1;
    this.rowWord0 = this.view.getInt32(at, true) & this.rowMask0;
    this.rowWord1 = this.view.getInt32(at + 4, true) & this.rowMask1;
    this.rowDigitsLength = length;
  }

  /** Whether the bytes at `at` are the row tag's digits and quote (`noteRowDigits`); false where none are kept. */
  private rowDigitsMatch(view: DataView, last: number, at: number): boolean {
    const length = this.rowDigitsLength;
    if (length === 0 || at + 4 > last) return false;
    return (view.getInt32(at, true) & this.rowMask0) === this.rowWord0 && (length <= 4 || (view.getInt32(at + 4, true) & this.rowMask1) === this.rowWord1);
  }

  /** The row is where it is: said hidden if its tag says so. */
  private placeRow(): void {
    if (this.rowHidden) this.hiddenRows.push(this.rowIndex);
    this.rowHidden = false;
    this.rowFromCell = false;
  }

  /** A row tag without `r` takes its first cell's row (a row number past the one before it only). */
  private rowOfCell(row: number): void {
    if (row > this.rowIndex && row < MAX_ROWS) this.rowIndex = row;
    this.placeRow();
  }

  /** The cell whose start tag's attributes begin at `from`; where the scan goes on, or -1 when it is cut off. */
  private cell(from: number): number {
    const b = this.bytes;
    const tags = this.tags;
    const view = this.view;
    const last = b.length - 4;
    const p = this.prefixLength;
    // The cells of a row follow one another (`…</c><c r="D98" …`): the next is read here, not back through `scan`'s
    // search for a `<` and its tests of the name and a call of this function again, each cell.
    for (;;) {
      // The start tag most cells have, `<c r="B12" s="5" t="s">` (each attribute optional, in this order, one space
      // apart, double quotes: as Excel, WPS and ExcelJS write them), read here on its bytes into locals: this runs for
      // every cell. Any other shape (`ok` false) is decoded and read by `readCellTag`.
      let i = from;
      let column = -1;
      let row = -1;
      let type: string | undefined;
      let style = 0;
      let ok = true;
      if (wordAt(view, last, i, R_ATTRIBUTE)) {
        let n = 0;
        let k = i + 4;
        for (let code = b[k]!; code >= 65 && code <= 90; code = b[++k]!) n = n * 26 + (code - 64);
        // No capital letter first (`r="a1"`, `r=""`): the careful reading decides.
        ok = k > i + 4;
        column = n - 1;
        if (ok && this.rowDigitsMatch(view, last, k)) {
          // The row tag's own digits: its row, without reading them.
          row = this.rowIndex;
          i = k + this.rowDigitsLength;
        } else {
          let m = 0;
          for (let code = b[k]!; code >= 48 && code <= 57; code = b[++k]!) m = m * 10 + (code - 48);
          ok &&= b[k] === 34;
          row = m - 1;
          i = k + 1;
        }
      }
      if (ok && wordAt(view, last, i, S_ATTRIBUTE)) {
        let k = i + 4;
        for (let code = b[k]!; code >= 48 && code <= 57; code = b[++k]!) style = style * 10 + (code - 48);
        ok = b[k] === 34;
        i = k + 1;
      }
      if (ok && wordAt(view, last, i, T_ATTRIBUTE)) {
        if (b[i + 4] === 115 && b[i + 5] === 34) {
          // `t="s"`, a shared string: the type of most texts, not looked up.
          type = 's';
          i += 6;
        } else {
          let k = i + 4;
          while (k < i + 14 && b[k] !== 34 && b[k] !== undefined) k++;
          ok = b[k] === 34;
          if (ok) type = typeIn(b, i + 4, k);
          i = k + 1;
        }
      }
      let tagEnd = i;
      let gt = i;
      // `><v>` right after the attributes: the usual cell's value, asked first.
      let valueOpen = ok && p === 0 && wordAt(view, last, i, VALUE_OPEN);
      if (!valueOpen) {
        if (ok && b[i] === 47 && b[i + 1] === 62) gt = i + 1;
        else if (!ok || b[i] !== 62) {
          gt = find(b, 62, from);
          if (gt === -1) return -1;
          tagEnd = b[gt - 1] === 47 ? gt - 1 : gt;
          const text = utf8(b, from, tagEnd);
          ({ column, row, type, style } = readCellTag(text, 0, text.length));
        }
      }
      if (this.rowFromCell) this.rowOfCell(row);
      const selfClosing = tagEnd !== gt;
      this.colIndex = column >= 0 ? column : this.colIndex + 1;
      // A damaged part can name any row or column: beyond Excel's sheet it is damage, not cells to make room for
      // (a row of a hundred million empty cells ends the process, not the reading).
      if (this.colIndex >= MAX_COLUMNS || this.rowIndex < 0) {
        throw new PackageError(`工作表中有单元格的位置不在 Excel 工作表的范围内（第 ${this.rowIndex + 1} 行第 ${this.colIndex + 1} 列）`);
      }
      if (selfClosing) {
        // A blank figure in a format that scales: a formula taking it divides as the format shows what is typed there.
        const format = this.scaledFormats?.[style];
        if (format !== undefined) this.shownFigures.note(format, this.rowIndex, this.colIndex);
        if (p === 0 && wordAt(view, last, gt + 1, CELL_START)) {
          from = gt + 3;
          this.cellStart = gt + 1;
          continue;
        }
        return gt + 1;
      }
      // The usual cell, `<c …><v>…</v></c>`, without looking for the other children.
      valueOpen ||= p === 0 ? wordAt(view, last, gt, VALUE_OPEN) : b[gt + 1] === 60 && b[gt + 2 + p] === 118 && b[gt + 3 + p] === 62 && bytesAt(b, tags.prefixBytes, gt + 2);
      if (valueOpen) {
        const start = gt + 4 + p;
        // A shared string's index or a plain number is read as its end is looked for; anything else is found its end first.
        const end = this.valueEnd;
        let read: CellValue | undefined;
        if (type === 's') {
          const index = indexBefore(b, start, end);
          if (index !== undefined) read = this.sharedStrings[index] || null;
        } else if ((type === undefined || type === 'n') && !this.dateStyles[style]) read = decimalBefore(b, start, end);
        const stop = read !== undefined ? end.end : find(b, 60, start);
        const closed =
          p === 0
            ? stop >= 0 && stop <= last - 4 && view.getFloat64(stop, true) === VALUE_CELL_CLOSE
            : bytesAt(b, tags.valueClose, stop) && bytesAt(b, tags.cellClose, stop + tags.valueClose.length);
        if (stop !== -1 && closed && type !== 'inlineStr') {
          // Not read in place (an exponent, a text, a date): from its text, the in-place readers not asked twice.
          const value = read !== undefined ? read : valueOf(type, utf8(b, start, stop), style, this.ctx);
          if (value !== null) this.put(this.rowIndex, this.colIndex, this.shown(value, style));
          // `</v></c>`, eight bytes, in the usual cell (no prefix): not two lengths read through `tags` each cell.
          const next = p === 0 ? stop + 8 : stop + tags.valueClose.length + tags.cellClose.length;
          if (p === 0 && wordAt(view, last, next, CELL_START)) {
            from = next + 2;
            this.cellStart = next;
            continue;
          }
          return next;
        }
      }
      const close = indexOfBytes(b, tags.cellClose, gt);
      // No end tag: the part is cut off inside the cell (damaged), and so may its value be (`<v>12` of 12.5). Not read.
      if (close === -1) return this.cellsEnd(gt);
      const body = find(b, 60, gt + 1);
      if (body !== -1 && body < close) this.readCellBody(utf8(b, gt + 1, close), type, style);
      return close + tags.cellClose.length;
    }
  }

  finish(): Omit<SheetCells, 'merges' | 'columnWidths'> {
    this.settle();
    this.placeRow();
    const { rows, formulas, uncalculated } = this;
    // In the order the file lists its rows (ascending in any file Excel opens), among the rows read.
    const hiddenRows = this.hiddenRows.filter((r) => r < rows.length).sort((a, b) => a - b);
    return { rows, formulas, uncalculated, hiddenRows, ...this.shownFigures.grid };
  }

  /**
   * A value into the row being read. Its cells gather in one scratch array reused for every row, and the row is
   * copied out whole when it ends (`settle`): one array a row, of exactly its cells, instead of an array grown cell
   * by cell (V8 grows by half again plus 16, leaving room a ledger of 200,000 short rows cannot afford) and then
   * copied to its size.
   */
  private put(row: number, col: number, value: CellValue): void {
    if (row !== this.open) this.reopen(row);
    const cells = this.cells;
    let n = this.count;
    while (n < col) cells[n++] = null;
    cells[col] = value;
    this.count = Math.max(n, col + 1);
  }

  /** Starts gathering row `row`, from its cells so far when it was read before (a damaged part repeating a row). */
  private reopen(row: number): void {
    this.settle();
    this.open = row;
    const before = this.rows[row];
    if (before === undefined) return;
    for (let c = 0; c < before.length; c++) this.cells[c] = before[c]!;
    this.count = before.length;
  }

  /** The row being gathered, copied into the grid (rows above it without cells as empty arrays). */
  private settle(): void {
    if (this.open < 0) return;
    const rows = this.rows;
    while (rows.length < this.open) rows.push([]);
    // The scratch array cut to the row's cells, then copied whole: `slice()` without arguments is compiled to a
    // clone of the array, where `slice(0, count)` called the generic builtin (its arguments converted, the species
    // looked up) for every row. The length changes only where this row has fewer cells than the one before.
    const cells = this.cells;
    if (cells.length !== this.count) cells.length = this.count;
    rows[this.open] = cells.slice();
    this.open = -1;
    this.count = 0;
  }

  /** A cell with more than a value: an inline string, a formula, a value after a formula. */
  private readCellBody(body: string, type: string | undefined, style: number): void {
    const { prefix } = this.tags;
    const row = this.rowIndex;
    const col = this.colIndex;
    let value: CellValue = null;
    let hasValue = false;
    if (type === 'inlineStr') {
      const is = findTag(body, `${prefix}is`);
      if (is) value = stringItemText(inner(body, is.open, `${prefix}is`)) || null;
    } else {
      const v = findTag(body, `${prefix}v`);
      if (v) {
        const raw = body.charCodeAt(v.open - 1) === 47 ? '' : inner(body, v.open, `${prefix}v`);
        // An empty <v/> after a formula is no result (openpyxl writes `<f>…</f><v />` for every formula): uncalculated,
        // not a blank read as 0. A text result may be empty (="").
        hasValue = raw !== '' || type === 'str';
        if (raw !== '') value = valueOf(type, raw, style, this.ctx);
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
    if (value !== null) this.put(row, col, this.shown(value, style));
  }

  /** A number as its cell's format shows it (元 stored, 万元 shown), the cell noted; any other value as read. */
  private shown(value: CellValue, style: number): CellValue {
    const format = typeof value === 'number' ? this.scaledFormats?.[style] : undefined;
    return format === undefined ? value : this.shownFigures.shown(value as number, format, this.rowIndex, this.colIndex);
  }
}

/**
 * The sheet read from its UTF-8 bytes. What comes before the cells (`<cols>`) and after them (`<mergeCells>`) is
 * decoded and read as text, and is small; the cells are read from the bytes (see `SheetScanner`), so that a sheet
 * of 30 MB is never held as a string beside its bytes.
 */
export function readWorksheetBytes(part: Uint8Array, ctx: SheetContext): SheetCells {
  // A plain view: Node's Buffer has an indexOf of its own, made for long searches, many times slower per call.
  const bytes = new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const sheetData = findSheetData(bytes, start);
  // A part without <sheetData> is all head.
  if (!sheetData) return { rows: [], formulas: undefined, uncalculated: [], merges: readMerges(utf8(bytes, start, bytes.length), '', []), columnWidths: undefined, hiddenRows: [] };
  const tags = tagsFor(sheetData.prefix);
  // What comes before the cells, apart: a search there must not run on through every cell of a large sheet.
  const head = utf8(bytes, start, sheetData.lt);
  const columnWidths = readColumnWidths(head, tags.prefix);
  const scanner = new SheetScanner(bytes, ctx, tags);
  const empty = bytes[sheetData.gt - 1] === 47;
  const cellsEnd = empty ? sheetData.gt + 1 : scanner.scan(sheetData.gt + 1);
  const cells = scanner.finish();
  // The schema puts <mergeCells> after <sheetData>: that tail is searched first, the head (a file out of order)
  // second, never the cells between.
  const tail = utf8(bytes, cellsEnd, bytes.length);
  const merges = readMerges(tail, head, cells.rows);
  return { ...cells, merges, columnWidths, ...(isProtected(tail, head) ? { protected: true } : {}) };
}

/** `<sheetProtection sheet="1"/>` (after the cells in the schema; before them in a file out of order). */
function isProtected(tail: string, head: string): boolean {
  const p = element(tail, 'sheetProtection') ?? element(head, 'sheetProtection');
  const sheet = p ? attribute(p.attrs, 'sheet') : undefined;
  return sheet === '1' || sheet === 'true';
}

/** The sheet from its text (tests, and hosts that have the text already). */
export function readWorksheet(xml: string, ctx: SheetContext): SheetCells {
  return readWorksheetBytes(encoder.encode(xml), ctx);
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

/** A merged area's two corners as its `ref` names them (`from` first, whichever corner that is). */
interface MergeRef {
  readonly from: { row: number; col: number };
  readonly to: { row: number; col: number };
}

/**
 * The refs of `<mergeCell ref="A1:F1"/>` elements as Excel, WPS and ExcelJS write them (no prefix, `ref` alone, plain
 * addresses): read character by character; undefined when any element of `body` has another shape or none is
 * unprefixed, which `mergeRefsOf` reads. The regular expressions of `elements` and `attribute`, a split and two parsed addresses cost
 * each merged area some 30,000 instructions (h181: 2.8 M for the 5,000-row workbook's 93 areas).
 */
function plainMergeRefs(body: string): MergeRef[] | undefined {
  const refs: MergeRef[] = [];
  const open = '<mergeCell ref="';
  let at = body.indexOf('<mergeCell');
  while (at !== -1) {
    if (!body.startsWith(open, at)) return undefined;
    const i = at + open.length;
    const from = plainAddress(body, i);
    if (from === undefined || body.charCodeAt(from.end) !== 58 /* : */) return undefined;
    const to = plainAddress(body, from.end + 1);
    if (to === undefined || body.charCodeAt(to.end) !== 34 || body.charCodeAt(to.end + 1) !== 47 || body.charCodeAt(to.end + 2) !== 62) return undefined;
    refs.push({ from: { row: from.row, col: from.col }, to: { row: to.row, col: to.col } });
    at = body.indexOf('<mergeCell', to.end + 3);
  }
  // None unprefixed: `<x:mergeCell>` elements, or none at all.
  return refs.length > 0 ? refs : undefined;
}

/**
 * The address at `i` read as `parseA1` reads a plain one (one to three letters of either case, one to nine digits),
 * and where it ends; undefined for any other shape.
 */
function plainAddress(text: string, i: number): { row: number; col: number; end: number } | undefined {
  const start = i;
  let col = 0;
  for (; i - start < 4; i++) {
    const code = text.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  if (i === start || i - start > 3) return undefined;
  const digits = i;
  let row = 0;
  for (; i - digits < 10; i++) {
    const d = text.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) break;
    row = row * 10 + d;
  }
  if (i === digits || i - digits > 9) return undefined;
  return { row: row - 1, col: col - 1, end: i };
}

/** The refs of the `<mergeCell>` elements of `body`, any shape a valid file may write. */
function mergeRefsOf(body: string): MergeRef[] {
  const refs: MergeRef[] = [];
  for (const m of elements(body, 'mergeCell')) {
    const ref = attribute(m.attrs, 'ref');
    if (!ref || !ref.includes(':')) continue;
    const [from, to] = ref.split(':').map(parseA1) as [{ row: number; col: number }, { row: number; col: number }];
    refs.push({ from, to });
  }
  return refs;
}

/**
 * The merged areas; their cells other than the top-left are emptied (Excel shows them empty whatever the file
 * holds), and rows that this leaves with trailing empties are trimmed, so that the grid stays dense.
 */
function readMerges(tail: string, head: string, rows: CellValue[][]): MergedArea[] {
  const merges = element(tail, 'mergeCells') ?? element(head, 'mergeCells');
  const areas: MergedArea[] = [];
  if (!merges?.body) return areas;
  for (const { from, to } of plainMergeRefs(merges.body) ?? mergeRefsOf(merges.body)) {
    areas.push({ top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) });
    emptyMerged(rows, from, to);
  }
  let height = rows.length;
  while (height > 0 && rows[height - 1]!.length === 0) height--;
  if (height !== rows.length) rows.length = height;
  return areas;
}

/**
 * Empties the cells of the area from `from` to `to` but `from`'s, and trims the trailing empties this leaves. Only
 * the rows the grid has are visited (a read past an array's end cost the compiled loop a deoptimisation), and a
 * row's length is set only when it changes (each setting is a call into the runtime).
 */
function emptyMerged(rows: CellValue[][], from: { row: number; col: number }, to: { row: number; col: number }): void {
  const last = Math.min(to.row, rows.length - 1);
  for (let r = Math.max(from.row, 0); r <= last; r++) {
    const cells = rows[r]!;
    const end = Math.min(to.col, cells.length - 1);
    let emptied = false;
    for (let c = Math.max(from.col, 0); c <= end; c++) {
      if (r !== from.row || c !== from.col) {
        cells[c] = null;
        emptied = true;
      }
    }
    if (!emptied) continue;
    let length = cells.length;
    while (length > 0 && cells[length - 1] === null) length--;
    if (length !== cells.length) cells.length = length;
  }
}
