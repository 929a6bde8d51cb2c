/**
 * The grid of an .xls, .et or .ods file from the workbook SheetJS parsed it into (legacyParse.ts): the same grid
 * our .xlsx reader gives for the same workbook (values, formula cached results, formulas, merges, hidden sheets,
 * date-formatted numbers as ISO dates). Plain data in, plain data out: the workbook may have been parsed on
 * another thread.
 */
import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import type { CellValue, DefinedName, MergedArea, SheetGrid, SheetState, WorkbookGrid } from '../../engine/grid/cell';
import { hiddenColumnsOf, sortMerges, usedColumnWidths } from '../../engine/grid/cell';
import { displayDivisor, ShownFigures } from '../../engine/grid/numberFormat';
import { formatAmount } from '../../engine/grid/money';
import { isDateFormat } from '../xlsx/ooxml/styles';
import { serialToIso } from '../xlsx/ooxml/worksheet';

// BIFF error codes, for an error cell whose text SheetJS did not keep.
const ERRORS: Readonly<Record<number, string>> = { 0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A' };

/**
 * What an .ods cell's display factor divides its figure by: LibreOffice writes `number:display-factor="1000"` for a
 * format that scales (`#,##0.00,`), and SheetJS gives the code without the comma, but the text it read (`w`, parsed
 * for .ods only) is the figure as shown: the stored number over that one, where it is a thousand, ten thousand or a
 * million. Read stored, the figures were a thousand times too large in the text, and 8 false 错误 (review37).
 */
function displayFactor(n: number, text: string | undefined): number {
  if (text === undefined || n === 0) return 1;
  const written = text.replace(/[,\s]/g, '');
  const shown = Number(written);
  if (!/^-?\d+(\.\d+)?$/.test(written)) return 1;
  const half = 0.5 * 10 ** -(written.split('.')[1]?.length ?? 0);
  // A figure shown as 0 (0.00) though it is too large to round to 0 unscaled is scaled too: by the least factor that
  // shows it as 0, which gives the figure as shown whatever the true one. Read stored, 2,100.37 元 under `#,##0.00,,`
  // (0.00 shown) was a figure of 2,100.37 in the text and the .docx.
  if (shown === 0) return Math.abs(n) > half + 1e-9 ? ([1_000, 10_000, 1_000_000].find((d) => Math.abs(n / d) <= half + 1e-9) ?? 1) : 1;
  return [1_000, 10_000, 1_000_000].find((d) => Math.abs(n / d - shown) <= half + 1e-9) ?? 1;
}

/** The cell's value; a figure its format shows scaled (元 stored, 万元 shown) as shown, its place noted in `shown`. */
function cellValue(cell: CellObject | undefined, date1904: boolean, shown: ShownFigures, row: number, col: number): CellValue {
  if (!cell) return null;
  switch (cell.t) {
    case 'n': {
      const n = cell.v as number;
      if (!Number.isFinite(n)) return null;
      if (typeof cell.z !== 'string') return n;
      if (isDateFormat(cell.z)) return serialToIso(n, date1904);
      const factor = displayDivisor(cell.z, n) === 1 ? displayFactor(n, cell.w) : 1;
      return factor === 1 ? shown.shown(n, cell.z, row, col) : shown.shownWith(n, factor, `${cell.z}（显示比例 1/${formatAmount(factor, { decimals: 0 })}）`, row, col);
    }
    case 's':
      return cell.v === '' || cell.v === undefined ? null : String(cell.v);
    case 'b':
      return Boolean(cell.v);
    case 'e':
      return { error: cell.w ?? ERRORS[cell.v as number] ?? '#VALUE!' };
    case 'd':
      return cell.v instanceof Date && !Number.isNaN(cell.v.getTime()) ? serialToIso(cell.v.getTime() / 86_400_000 + 25569, false) : null;
    default:
      return null;
  }
}

/** Rows as the .xlsx reader gives them: no trailing empty cells, no trailing empty rows. */
function trimmed<T>(rows: T[][], empty: (v: T) => boolean): T[][] {
  for (const row of rows) while (row.length > 0 && empty(row[row.length - 1]!)) row.pop();
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

function sheetState(book: WorkBook, index: number): SheetState {
  const hidden = book.Workbook?.Sheets?.[index]?.Hidden;
  return hidden === 2 ? 'veryHidden' : hidden === 1 ? 'hidden' : 'visible';
}

/** A worksheet's cells (dense mode: `!data`, rows of cells, 0-based). */
export function denseCells(sheet: WorkSheet): readonly (readonly (CellObject | undefined)[] | undefined)[] {
  return (sheet as { '!data'?: (CellObject | undefined)[][] })['!data'] ?? [];
}

function sheetGrid(book: WorkBook, name: string, index: number): SheetGrid | undefined {
  const sheet = book.Sheets[name];
  // Chart, dialog and macro sheets hold no cells.
  if (!sheet || ((sheet as { '!type'?: string })['!type'] ?? 'sheet') !== 'sheet') return undefined;
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  const cells = denseCells(sheet);
  const shown = new ShownFigures();
  const rows = trimmed(
    Array.from(cells, (line, row) => Array.from(line ?? [], (cell, col) => cellValue(cell, date1904, shown, row, col))),
    (v) => v === null,
  );
  const formulas = trimmed(
    Array.from(cells, (line) => Array.from(line ?? [], (cell) => (typeof cell?.f === 'string' && cell.f !== '' ? cell.f.replace(/^=/, '') : null))),
    (f) => f === null,
  );
  const merges: MergedArea[] = (sheet['!merges'] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
  // Widths as the .xlsx readers take them (a hidden column 0 wide), cut to the used columns: the same hidden columns.
  const widths = (sheet['!cols'] ?? []).map((col) => (col?.hidden ? 0 : (col?.wch ?? (col?.wpx !== undefined ? col.wpx / 7 : null))));
  const used = rows.reduce((n, r) => Math.max(n, r.length), 0);
  return {
    name,
    rows,
    ...(formulas.length > 0 ? { formulas } : {}),
    state: sheetState(book, index),
    merges: sortMerges(merges),
    ...hiddenColumnsOf(usedColumnWidths(widths, used)),
    ...hiddenRowsOf(sheet, rows.length),
    ...shown.grid,
  };
}

/** The rows SheetJS read as hidden (`!rows`), among the rows read, as the .xlsx readers give them. */
function hiddenRowsOf(sheet: WorkSheet, height: number): { hiddenRows?: number[] } {
  const hidden: number[] = [];
  (sheet['!rows'] ?? []).forEach((row, r) => {
    if (row?.hidden && r < height) hidden.push(r);
  });
  return hidden.length > 0 ? { hiddenRows: hidden } : {};
}

/**
 * The workbook-scoped names (a name with a sheet index is that sheet's own: not one of the add-in's marks), as
 * the .xlsx reader gives them. SheetJS reads them from .xls and .et (NAME records) and .ods (named ranges), the
 * reference as `公开说明!$A$1`; tests/hosts/files/legacy.test.ts checks the marks of a file LibreOffice converted.
 */
export function legacyNames(book: WorkBook): DefinedName[] {
  // A damaged file's name record may give SheetJS no name or no reference: no name of the workbook (read as one, the
  // search for the add-in's marks threw on it).
  return (book.Workbook?.Names ?? [])
    .filter((n) => (n.Sheet === undefined || n.Sheet === null) && typeof n.Name === 'string' && typeof n.Ref === 'string')
    .map((n) => ({ name: n.Name, formula: n.Ref.replace(/^=/, '') }));
}

export function legacyGrid(book: WorkBook): WorkbookGrid {
  const sheets = book.SheetNames.flatMap((name, i) => sheetGrid(book, name, i) ?? []);
  const names = legacyNames(book);
  return names.length > 0 ? { sheets, names } : { sheets };
}

