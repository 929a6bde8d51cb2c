/**
 * Reading the open workbook: every sheet's used range in one `Excel.run` with two syncs (the sheet list and the
 * workbook's names, then all values and formulas at once). Excel returns merged cells other than the top-left as
 * empty and errors as their text (`#REF!`), which the engine reads as errors.
 */
import { HIDDEN_COLUMNS_ASKED, HIDDEN_ROWS_ASKED } from '../../engine/grid/cell';
import { showFigures } from '../../engine/grid/numberFormat';
import type { CellValue, DefinedName, SheetGrid, WorkbookGrid } from '../../engine/grid/cell';
import { explainOfficeError, OfficeEnvironment } from './environment';

function toCellValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

function visibility(v: string): SheetGrid['state'] {
  return v === 'Hidden' ? 'hidden' : v === 'VeryHidden' ? 'veryHidden' : 'visible';
}

/** Pads a used range that starts below or right of A1 so that grid positions are sheet positions. */
function place<T>(lines: readonly (readonly unknown[])[], rowIndex: number, columnIndex: number, map: (v: unknown) => T, empty: T): T[][] {
  const rows: T[][] = Array.from({ length: rowIndex }, () => []);
  for (const line of lines) rows.push([...Array.from({ length: columnIndex }, () => empty), ...line.map(map)]);
  return rows;
}

/**
 * Queues the load of a sheet's used range: values, formulas and number formats (a figure kept in 元 and shown in 万元
 * is read as shown), where it starts, and whether its columns and rows are hidden (false: none is; true: all are;
 * null: some are — see `loadHidden`).
 */
export function loadUsedRange(sheet: Excel.Worksheet): Excel.Range {
  const range = sheet.getUsedRangeOrNullObject(true);
  range.load('values,formulas,numberFormat,rowIndex,columnIndex,rowCount,columnCount,columnHidden,rowHidden');
  return range;
}

/** Columns and rows asked about in one sync, over all sheets: some 2 MB of request. */
export const HIDDEN_ASKED_IN_ALL = 8192;

/** The hidden columns and rows of one sheet's used range (sheet positions, ascending); undefined: not read. */
export interface HiddenParts {
  readonly columns?: readonly number[];
  readonly rows?: readonly number[];
}

/**
 * The hidden columns and rows of each loaded used range. A range says at once when none or all of its columns (rows)
 * are hidden; where some are, each column (row) is asked, in one more sync, which a workbook with nothing hidden
 * never waits for.
 */
export async function loadHidden(context: Excel.RequestContext, used: readonly (Excel.Range | undefined)[]): Promise<HiddenParts[]> {
  const read = (r: Excel.Range | undefined): r is Excel.Range => r !== undefined && !r.isNullObject;
  // One request holds every load, and Excel on the web refuses a request over 5 MB (a load is a few hundred bytes):
  // past HIDDEN_ASKED_IN_ALL, a sheet's further columns and rows are read as shown, as a host that cannot tell.
  let budget = HIDDEN_ASKED_IN_ALL;
  const ask = (count: number, cap: number) => {
    const n = Math.min(count, cap, budget);
    budget -= n;
    return n;
  };
  const columns = used.map((r) =>
    read(r) && r.columnHidden === null ? Array.from({ length: ask(r.columnCount, HIDDEN_COLUMNS_ASKED) }, (_, i) => r.getColumn(i).load('columnHidden')) : undefined,
  );
  const rows = used.map((r) =>
    read(r) && r.rowHidden === null ? Array.from({ length: ask(r.rowCount, HIDDEN_ROWS_ASKED) }, (_, i) => r.getRow(i).load('rowHidden')) : undefined,
  );
  if ([...columns, ...rows].some((asked) => asked !== undefined)) await context.sync();
  return used.map((r, i) => {
    if (!read(r)) return {};
    const allColumns = r.columnHidden === true ? Array.from({ length: r.columnCount }, (_, c) => r.columnIndex + c) : undefined;
    const allRows = r.rowHidden === true ? Array.from({ length: r.rowCount }, (_, k) => r.rowIndex + k) : undefined;
    return {
      columns: allColumns ?? columns[i]?.flatMap((column, c) => (column.columnHidden ? [r.columnIndex + c] : [])) ?? [],
      rows: allRows ?? rows[i]?.flatMap((row, k) => (row.rowHidden ? [r.rowIndex + k] : [])) ?? [],
    };
  });
}

/**
 * Queues the load of the workbook-scoped names, where the add-in's marks are (engine/plan/owned.ts): read in the
 * same sync as the sheet list. `formula` needs ExcelApi 1.7, the manifest's minimum.
 */
export function loadNames(workbook: Excel.Workbook): Excel.NamedItemCollection {
  const names = workbook.names;
  names.load('items/name,items/formula');
  return names;
}

export function namesOf(names: Excel.NamedItemCollection): DefinedName[] {
  return names.items.map((n) => ({ name: n.name, formula: typeof n.formula === 'string' ? n.formula.replace(/^=/, '') : String(n.formula) }));
}

/**
 * The engine's grid from loaded sheets (name and visibility loaded), their used ranges (a sheet without one is
 * listed without its cells), the loaded names and, where read, the hidden columns and rows of each.
 */
export function gridOf(
  sheets: readonly Excel.Worksheet[],
  used: readonly (Excel.Range | undefined)[],
  names: Excel.NamedItemCollection,
  hidden: readonly HiddenParts[] = [],
): WorkbookGrid {
  return {
    names: namesOf(names),
    sheets: sheets.map((sheet, i): SheetGrid => {
      const range = used[i];
      const state = visibility(sheet.visibility);
      if (!range || range.isNullObject) return { name: sheet.name, rows: [], state };
      const rows = place(range.values, range.rowIndex, range.columnIndex, toCellValue, null);
      const scales = showFigures(rows, (r, c) => range.numberFormat?.[r - range.rowIndex]?.[c - range.columnIndex]);
      // `formulas` gives a cell's value where it has no formula (its declaration), so a text starting with `=` reads
      // the same in both: a formula is what starts with `=` and differs from the value.
      const formulaText = range.formulas.map((line, r) => line.map((f, c) => (typeof f === 'string' && f.startsWith('=') && f !== range.values[r]?.[c] ? f.slice(1) : null)));
      const formulas = place(formulaText, range.rowIndex, range.columnIndex, (f) => f as string | null, null);
      const { columns: hiddenColumns, rows: hiddenRows } = hidden[i] ?? {};
      return {
        name: sheet.name,
        rows,
        ...(formulas.some((r) => r.some((f) => f !== null)) ? { formulas } : {}),
        state,
        ...(hiddenColumns && hiddenColumns.length > 0 ? { hiddenColumns } : {}),
        ...(hiddenRows && hiddenRows.length > 0 ? { hiddenRows } : {}),
        ...scales,
      };
    }),
  };
}

/** Every sheet in one Excel.run with two syncs: the sheet list, then all used ranges at once (a third for hidden columns or rows). */
export async function readWorkbook(env: OfficeEnvironment): Promise<WorkbookGrid> {
  try {
    return await env.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      const names = loadNames(context.workbook);
      await context.sync();
      const used = sheets.items.map(loadUsedRange);
      await context.sync();
      return gridOf(sheets.items, used, names, await loadHidden(context, used));
    });
  } catch (e) {
    throw explainOfficeError(e);
  }
}

export async function selectCell(env: OfficeEnvironment, sheet: string, cell: string): Promise<void> {
  try {
    await env.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  } catch (e) {
    throw explainOfficeError(e);
  }
}
