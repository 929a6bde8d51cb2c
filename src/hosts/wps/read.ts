/**
 * Reading the open workbook through the ET object model: each sheet's used range whole, values and formulas in
 * one read each (Value2 and Formula of the used range as 2-D arrays), so the calls grow with the sheets, never
 * with the cells. WPS gives dates as serial numbers (as Office.js does) and errors as COM error codes or their
 * text; merged areas are not read (that would take a call per cell), so the grid leaves them unknown. Hidden
 * columns are (two calls, and one per column more only on a sheet that hides some), so that a hidden copy of last
 * year's figures is not read for this year's. Number formats are (one call where a sheet has one format, else one a
 * column of figures), so that 元 kept in the cells and shown as 万元 is read as shown. The workbook's names come with
 * the sheets: the add-in's marks are among them (names.ts).
 */
import { HIDDEN_COLUMNS_ASKED, HIDDEN_ROWS_ASKED } from '../../engine/grid/cell';
import type { CellValue, SheetGrid, SheetState, WorkbookGrid } from '../../engine/grid/cell';
import { toA1 } from '../../engine/grid/address';
import { showFigures } from '../../engine/grid/numberFormat';
import type { EtRange, EtValue, EtWorkbook, EtWorksheet } from './et';
import { XL_SHEET_HIDDEN, XL_SHEET_VERY_HIDDEN } from './et';
import { LoadedName, readNames } from './names';

// COM error codes (0x800A07xx) as Value2 may give them, and their text.
const COM_ERRORS: ReadonlyMap<number, string> = new Map([
  [-2146826288, '#NULL!'],
  [-2146826281, '#DIV/0!'],
  [-2146826273, '#VALUE!'],
  [-2146826265, '#REF!'],
  [-2146826259, '#NAME?'],
  [-2146826252, '#NUM!'],
  [-2146826246, '#N/A'],
]);

function toCellValue(value: EtValue): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number') {
    const error = COM_ERRORS.get(value);
    return error !== undefined ? { error } : value;
  }
  if (typeof value === 'boolean') return value;
  return String(value);
}

/** A used range's content as rows: a single cell comes back as one value, a block as rows of values. */
function block(content: EtValue | EtValue[][]): EtValue[][] {
  return Array.isArray(content) ? content : [[content]];
}

/** Pads a used range that starts below or right of A1 so that grid positions are sheet positions. */
function place<T>(lines: readonly (readonly EtValue[])[], top: number, left: number, map: (v: EtValue) => T, empty: T): T[][] {
  const rows: T[][] = Array.from({ length: top }, () => []);
  for (const line of lines) rows.push([...Array.from({ length: left }, () => empty), ...line.map(map)]);
  return rows;
}

function trimmed<T>(rows: T[][], isEmpty: (v: T) => boolean): T[][] {
  for (const row of rows) while (row.length > 0 && isEmpty(row[row.length - 1]!)) row.pop();
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

function stateOf(visible: number): SheetState {
  return visible === XL_SHEET_HIDDEN ? 'hidden' : visible === XL_SHEET_VERY_HIDDEN ? 'veryHidden' : 'visible';
}

/**
 * The used range's hidden columns or rows (sheet positions), from what its whole columns or rows say at once (`all`:
 * true, false, or null when some are hidden) and only then each one's answer (`each`, the range's Columns or Rows:
 * one call, then one per column or row, up to `cap`).
 */
function hiddenOf(all: boolean | null, first: number, count: number, cap: number, each: () => (i: number) => boolean): number[] {
  if (all === false) return [];
  if (all === true) return Array.from({ length: count }, (_, i) => first + i);
  const hidden = each();
  return Array.from({ length: Math.min(count, cap) }, (_, i) => i).filter(hidden).map((i) => first + i);
}

/** Calls at most a sheet's figures' formats take where its cells differ in format (beyond: none is read as shown). */
export const FORMAT_CALLS_ASKED = 4096;

/**
 * The number format of each figure of the sheet (`rows` in sheet positions): the used range's, where all its cells
 * have one; else each run of figures down a column asked whole (a table's column of figures has one format). A run
 * whose cells differ is asked again without its first cell (the 栏次 row, 1 2 3 …, above a table's figures is the
 * usual difference), then in halves. Blank cells are not asked (a run over them split wherever one had General).
 * Past FORMAT_CALLS_ASKED calls, no figure of the sheet is read as shown: some shown and some stored would be worse.
 */
function figureFormats(sheet: EtWorksheet, used: EtRange, rows: readonly (readonly CellValue[])[]): (row: number, col: number) => string | undefined {
  const all = used.NumberFormat;
  if (typeof all === 'string') return () => all;
  const formats = new Map<number, string>();
  let calls = 0;
  const ask = (from: number, to: number, col: number, peel: boolean): void => {
    if (calls++ >= FORMAT_CALLS_ASKED) return;
    const format = sheet.Range(`${toA1(from, col)}:${toA1(to, col)}`).NumberFormat;
    if (typeof format === 'string') {
      for (let r = from; r <= to; r++) formats.set(r * 16384 + col, format);
    } else if (from < to && peel) {
      ask(from, from, col, true);
      ask(from + 1, to, col, false);
    } else if (from < to) {
      const middle = Math.floor((from + to) / 2);
      ask(from, middle, col, true);
      ask(middle + 1, to, col, true);
    }
  };
  const isFigure = (r: number, c: number) => typeof rows[r]?.[c] === 'number';
  const width = rows.reduce((n, line) => Math.max(n, line.length), 0);
  for (let c = 0; c < width; c++) {
    for (let r = 0; r < rows.length; r++) {
      if (!isFigure(r, c)) continue;
      let end = r;
      while (isFigure(end + 1, c)) end++;
      ask(r, end, c, true);
      r = end;
    }
  }
  if (calls > FORMAT_CALLS_ASKED) return () => undefined;
  return (row, col) => formats.get(row * 16384 + col);
}

/** One sheet's visibility and used range (a fixed number of calls whatever its size), under its name as read. */
export function readSheet(sheet: EtWorksheet, name: string): SheetGrid {
  const state = stateOf(sheet.Visible);
  const used = sheet.UsedRange;
  const top = used.Row - 1;
  const left = used.Column - 1;
  const values = block(used.Value2);
  const rows = trimmed(place(values, top, left, toCellValue, null), (v) => v === null);
  const scales = showFigures(rows, figureFormats(sheet, used, rows));
  // Formula gives a constant as it is, so a text starting with `=` reads the same in both (as in Office.js): a
  // formula is what starts with `=` and differs from the value.
  const formulaText = block(used.Formula).map((line, r) => line.map((f, c) => (typeof f === 'string' && f.startsWith('=') && f !== values[r]?.[c] ? f.slice(1) : null)));
  const formulas = trimmed(place(formulaText, top, left, (f) => f as string | null, null), (f) => f === null);
  const hidden = hiddenOf(used.EntireColumn.Hidden, left, values[0]?.length ?? 0, HIDDEN_COLUMNS_ASKED, () => {
    const columns = used.Columns;
    return (c) => columns.Item(c + 1).EntireColumn.Hidden === true;
  });
  const hiddenRows = hiddenOf(used.EntireRow.Hidden, top, values.length, HIDDEN_ROWS_ASKED, () => {
    const lines = used.Rows;
    return (r) => lines.Item(r + 1).EntireRow.Hidden === true;
  }).filter((r) => r < rows.length);
  return {
    name,
    rows,
    ...(formulas.length > 0 ? { formulas } : {}),
    state,
    ...(hidden.length > 0 ? { hiddenColumns: hidden } : {}),
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...scales,
  };
}

/** The worksheets in order (1-based, as the object model counts). */
export function worksheets(workbook: EtWorkbook): EtWorksheet[] {
  const sheets = workbook.Worksheets;
  const count = sheets.Count;
  return Array.from({ length: count }, (_, i) => sheets.Item(i + 1));
}

/** What a session of the host holds: the open workbook as read, and the objects to write it through. */
export interface ReadWorkbook {
  readonly workbook: EtWorkbook;
  readonly sheets: readonly EtWorksheet[];
  /** The workbook-scoped names (the add-in's marks among them), with their objects. */
  readonly names: LoadedName[];
  /** Every sheet by name, in order; the content of those `withContent` accepts; the names. */
  readonly grid: WorkbookGrid;
}

/**
 * Reads the sheet list and the names, and the used range of the sheets `withContent` accepts (a sheet left out is
 * listed with its name only, as the Office host lists the sheets it did not load).
 */
export function readWorkbook(workbook: EtWorkbook, withContent: (name: string) => boolean = () => true): ReadWorkbook {
  const sheets = worksheets(workbook);
  const grids = sheets.map((sheet) => {
    const name = sheet.Name;
    return withContent(name) ? readSheet(sheet, name) : { name, rows: [] };
  });
  const names = readNames(workbook);
  return { workbook, sheets, names, grid: { names: names.map(({ name, formula }) => ({ name, formula })), sheets: grids } };
}
