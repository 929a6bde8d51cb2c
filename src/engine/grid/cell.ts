/**
 * Cell values as the engine sees them. Hosts convert whatever their workbook API returns into these
 * (dates become ISO date text, rich text becomes plain text, formula cells become their cached result).
 */

/** An Excel error value such as `#REF!` or `#DIV/0!`. */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | null | CellError;

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetGrid {
  readonly name: string;
  /** Row-major, 0-based; rows may be ragged and shorter than the used range. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Formulas where the host knows them, same shape as `rows` (without the leading `=`). */
  readonly formulas?: readonly (readonly (string | null)[])[];
  readonly state?: SheetState;
}

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
}

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
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

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** Number of columns of the widest row. */
export function sheetWidth(sheet: SheetGrid): number {
  let width = 0;
  for (const row of sheet.rows) if (row.length > width) width = row.length;
  return width;
}
