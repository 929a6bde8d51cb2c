/**
 * Cell values as the engine sees them. Hosts convert whatever their workbook API returns into these
 * (dates become ISO date text, rich text becomes plain text, formula cells become their cached result).
 */
import { derived, derivedSlot } from './derived';

/** An Excel error value such as `#REF!` or `#DIV/0!`. */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | null | CellError;

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/** A merged area, 0-based and inclusive. */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetGrid {
  readonly name: string;
  /** Row-major, 0-based; rows may be ragged and shorter than the used range. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Formulas where the host knows them, same shape as `rows` (without the leading `=`). */
  readonly formulas?: readonly (readonly (string | null)[])[];
  readonly state?: SheetState;
  /**
   * [row, col] of formula cells that have no cached result (a file written by a program and never calculated in
   * Excel): their value reads as empty, but the figure is unknown, not 0.
   */
  readonly uncalculated?: readonly (readonly [number, number])[];
  /**
   * The merged areas, where the host can tell (an .xlsx file can; Office.js below ExcelApi 1.13 cannot). Absent
   * means unknown, not "none": a reader that needs them falls back on what the values show.
   */
  readonly merges?: readonly MergedArea[];
  /**
   * Column widths in Excel's unit (characters of the default font), null for the default width, up to the
   * sheet's last column; absent where the host did not read them. The .docx lays the tables out with them.
   */
  readonly columnWidths?: readonly (number | null)[];
  /**
   * The hidden columns, 0-based and ascending, where the host can tell; absent means unknown (read as none). A
   * sheet copied from last year often keeps last year's figures in a hidden column beside this year's, under the
   * same header: a reader takes the visible one.
   */
  readonly hiddenColumns?: readonly number[];
  /**
   * The hidden rows, 0-based and ascending, within the rows read, where the host can tell; absent means unknown
   * (read as none). A hidden row is still read (Excel's sums count it): the documents leave it out as the
   * workbook prints it, and of two rows of one subject the visible one is read.
   */
  readonly hiddenRows?: readonly number[];
  /**
   * The figures a number format shows scaled (元 kept in the cells, 万元 shown by `0!.0000`: numberFormat.ts), by
   * format, where the host read formats; absent means none (or unknown). `rows` holds them as shown, the figure
   * the published table prints: a formula that takes such a cell (the 说明数据's) divides by the same.
   */
  readonly displayScales?: readonly DisplayScale[];
  /**
   * The sheet is protected (审阅 › 保护工作表), where the host read it: no plan writes into it (guard.ts). Absent means
   * not protected or unknown (the Office.js and WPS hosts check protection apart, before writing).
   */
  readonly protected?: boolean;
}

/**
 * Cells whose number format shows a figure divided by `divisor` (a positive one: `0!.0000` 10,000, `#,##0.00,` 1,000),
 * those without a figure too where the host reads their format (a blank figure, a 0 shown as `-`).
 */
export interface DisplayScale {
  readonly format: string;
  readonly divisor: number;
  /** [row, col], 0-based, in reading order. */
  readonly cells: readonly (readonly [number, number])[];
}

/** A workbook-scoped defined name: its name and what it refers to, as Excel writes it (`'公开说明'!$A$1`, no `=`). */
export interface DefinedName {
  readonly name: string;
  readonly formula: string;
}

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
  /**
   * The workbook-scoped defined names the host could read. The add-in's own (see plan/owned.ts) mark the sheets
   * it created; a host that reads none leaves this out, and then no sheet counts as the add-in's.
   */
  readonly names?: readonly DefinedName[];
}

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/**
 * How many columns of a sheet a host that must ask column by column (Office.js, WPS) asks about: more than any
 * table is wide; a hidden column beyond (past a stray cell far right) is read as visible.
 */
export const HIDDEN_COLUMNS_ASKED = 256;

/**
 * How many rows of a sheet those hosts ask about, where some are hidden: more than any department's tables are long;
 * a hidden row beyond (in a ledger of many thousands) is read as visible, as a host that cannot tell reads it.
 */
export const HIDDEN_ROWS_ASKED = 4096;

/** The column is hidden, as far as the host could tell. */
export function isColumnHidden(sheet: SheetGrid, col: number): boolean {
  return sheet.hiddenColumns?.includes(col) ?? false;
}

/**
 * Of two columns of one 栏目, `col` wins over `bound`: it is shown and `bound` is hidden (last year's figures kept out
 * of sight beside this year's). Every reader that binds a column by its header asks this.
 */
export function visibleOver(sheet: SheetGrid, col: number, bound: number): boolean {
  return isColumnHidden(sheet, bound) && !isColumnHidden(sheet, col);
}

const HIDDEN_ROWS = derivedSlot<ReadonlySet<number>>('hidden rows');

/** The row is hidden, as far as the host could tell (a sheet may hide thousands of rows: asked of a set). */
export function isRowHidden(sheet: SheetGrid, row: number): boolean {
  if (!sheet.hiddenRows || sheet.hiddenRows.length === 0) return false;
  return derived(sheet, HIDDEN_ROWS, (s) => new Set(s.hiddenRows)).has(row);
}

export function cellAt(sheet: SheetGrid, row: number, col: number): CellValue {
  const r = sheet.rows[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

/** The text a user sees in a cell, for labels (numbers as written, errors as their code). */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value.error;
}

/**
 * Whether a cell holds nothing a reader sees: empty, or only white space. Asked many times of every row a table
 * reads; a text starting with a printable ASCII character or a CJK ideograph (nearly every label and code), which
 * `trim` keeps, is not blank without the call.
 */
export function isBlank(value: CellValue): boolean {
  if (value === null) return true;
  if (typeof value !== 'string') return false;
  const first = value.charCodeAt(0);
  if ((first > 0x20 && first < 0x7f) || (first >= 0x4e00 && first <= 0x9fff)) return false;
  return value.trim() === '';
}

/** Number of columns of row `row` (0 past the last row). */
export function rowWidth(sheet: SheetGrid, row: number): number {
  return sheet.rows[row]?.length ?? 0;
}

/** Number of columns of the widest row. */
export function sheetWidth(sheet: SheetGrid): number {
  let width = 0;
  for (const row of sheet.rows) if (row.length > width) width = row.length;
  return width;
}

const UNCALCULATED = derivedSlot<ReadonlySet<number>>('uncalculated cells');

/** Whether the cell holds a formula that was never calculated (see `SheetGrid.uncalculated`). */
export function isUncalculated(sheet: SheetGrid, row: number, col: number): boolean {
  if (!sheet.uncalculated) return false;
  const index = derived(sheet, UNCALCULATED, (s) => new Set((s.uncalculated ?? []).map(([r, c]) => r * 16384 + c)));
  return index.has(row * 16384 + col);
}

const DIVISORS = derivedSlot<ReadonlyMap<number, number>>('display divisors');

/**
 * What the stored figure at (row, col) was divided by to read it as shown, among one sheet's scaled figures (1 for
 * nearly every cell). `owner` keeps the index: the sheet, or whatever else holds the same list.
 */
export function displayDivisorIn(owner: object, scales: readonly DisplayScale[] | undefined, row: number, col: number): number {
  if (!scales || scales.length === 0) return 1;
  const index = derived(owner, DIVISORS, () => new Map(scales.flatMap((d) => d.cells.map(([r, c]) => [r * 16384 + c, d.divisor] as const))));
  return index.get(row * 16384 + col) ?? 1;
}

/** What the cell's stored figure was divided by to read it as shown (1 for nearly every cell: see `displayScales`). */
export function displayDivisorAt(sheet: SheetGrid, row: number, col: number): number {
  return displayDivisorIn(sheet, sheet.displayScales, row, col);
}

/** The merged area that covers a cell, if the sheet's merges are known and one does. */
export function mergeAt(sheet: SheetGrid, row: number, col: number): MergedArea | undefined {
  return sheet.merges?.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** Merged areas in reading order, so that two hosts listing the same areas give equal grids. */
export function sortMerges(merges: readonly MergedArea[]): MergedArea[] {
  return [...merges].sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Widths for the columns of a sheet of `width` columns: what was read, cut to the used columns; nothing when all are default. */
export function usedColumnWidths(widths: readonly (number | null | undefined)[] | undefined, width: number): (number | null)[] | undefined {
  if (!widths) return undefined;
  const out = Array.from({ length: Math.min(widths.length, width) }, (_, c) => widths[c] ?? null);
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out.length > 0 ? out : undefined;
}

/**
 * The columns a file's widths hide: a column hidden, or 0 wide (Excel shows both alike), as `{ hiddenColumns }`
 * when any is. The widths are those `usedColumnWidths` keeps, with a hidden column 0 wide.
 */
export function hiddenColumnsOf(widths: readonly (number | null)[] | undefined): { hiddenColumns?: number[] } {
  const hidden: number[] = [];
  for (let c = 0; c < (widths?.length ?? 0); c++) if (widths![c] === 0) hidden.push(c);
  return hidden.length > 0 ? { hiddenColumns: hidden } : {};
}
