/** A1 addresses and sheet-qualified references, as Excel writes them. */

/** A cell position, 0-based row and column, on a named sheet. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export interface RangeRef {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`bad column index ${col}`);
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new RangeError(`bad column letters ${letters}`);
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

/** `C12` for row 11, column 2. */
export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/**
 * `B12` by its characters: one to three letters, then up to nine digits, nothing else; undefined for any other shape
 * (`$B$12`, spaces, longer), which the expression reads. Every merged area, finding and mark is read through
 * parseA1: no match array and no substrings for the usual address.
 */
function plainA1(a1: string): { row: number; col: number } | undefined {
  let i = 0;
  let col = 0;
  for (; i < a1.length && i < 4; i++) {
    const code = a1.charCodeAt(i) | 0x20; // lower case
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  if (i === 0 || i > 3) return undefined;
  const digits = a1.length - i;
  if (digits < 1 || digits > 9) return undefined;
  let row = 0;
  for (; i < a1.length; i++) {
    const d = a1.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    row = row * 10 + d;
  }
  return { row: row - 1, col: col - 1 };
}

export function parseA1(a1: string): { row: number; col: number } {
  const plain = plainA1(a1);
  if (plain) return plain;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new RangeError(`bad A1 address ${a1}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
}

export function rangeA1(range: Omit<RangeRef, 'sheet'>): string {
  const start = toA1(range.top, range.left);
  const end = toA1(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

/**
 * Excel leaves a sheet name bare in a reference only when it is a plain identifier: letters (CJK included),
 * digits, `_` and `.`, not starting with a digit, and not itself readable as a cell address. Anything else
 * (spaces, parentheses, dashes, quotes …) is wrapped in single quotes with inner quotes doubled.
 */
export function quoteSheetName(name: string): string {
  const plain = isIdentifier(name) && !looksLikeReference(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

// Letters (CJK included), digits, `_` and `.`, not starting with a digit or `.`. Most names are decided by the two
// plain expressions; only a name with letters beyond ASCII and CJK needs the Unicode one, whose letter tables take
// milliseconds to build the first time (a one-file `check` builds them for nothing otherwise).
const ASCII_OR_CJK_IDENTIFIER = /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/;
const ASCII_OUTSIDE_IDENTIFIERS = /[\x00-\x2d\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f]/;

/** Whether a sheet name is an identifier in the sense of Excel's references (see `quoteSheetName`). */
export function isIdentifier(name: string): boolean {
  if (ASCII_OR_CJK_IDENTIFIER.test(name)) return true;
  if (ASCII_OUTSIDE_IDENTIFIERS.test(name)) return false;
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name);
}

function looksLikeReference(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^R\d*C\d*$/i.test(name) || /^(R|C)$/i.test(name);
}

/** `收入支出决算总表!C12`, `'Z01 收入支出决算总表(财决01表)'!C12`. */
export function qualifiedA1(ref: CellRef): string {
  return `${quoteSheetName(ref.sheet)}!${toA1(ref.row, ref.col)}`;
}

export function qualifiedRangeA1(range: RangeRef): string {
  return `${quoteSheetName(range.sheet)}!${rangeA1(range)}`;
}

/** A cell reference made by a constructor rather than a literal: see `Row` in tables/readers/blockTable.ts. */
class Cell implements CellRef {
  // Declared and set by the constructor alone (as Row's fields): as parameter properties (ES2022 class fields) each
  // reference ran an initializer defining them as undefined first. The same own properties, in the same order.
  declare readonly sheet: string;
  declare readonly row: number;
  declare readonly col: number;

  constructor(sheet: string, row: number, col: number) {
    this.sheet = sheet;
    this.row = row;
    this.col = col;
  }
}

export function cellRef(sheet: string, row: number, col: number): CellRef {
  return new Cell(sheet, row, col);
}
