/**
 * Reading the open workbook: every sheet's used range in one `Excel.run` with two syncs (the sheet list and the
 * workbook's names, then all values and formulas at once). Excel returns merged cells other than the top-left as
 * empty and errors as their text (`#REF!`), which the engine reads as errors. Where the cells are too many for one
 * response (Excel on the web's 5 MB: a ledger of some 100,000 cells beside the tables), they are read in blocks of
 * rows instead (`syncWithCells`).
 */
import { HIDDEN_COLUMNS_ASKED, HIDDEN_ROWS_ASKED } from '../../engine/grid/cell';
import { showFigures } from '../../engine/grid/numberFormat';
import type { CellValue, DefinedName, SheetGrid, WorkbookGrid } from '../../engine/grid/cell';
import { explainOfficeError, HostError, OfficeEnvironment } from './environment';
import { markedSheets } from '../../engine/plan/owned';

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

/** What a range's cells hold, as `gridOf` reads them. */
export const CELLS = 'values,formulas,numberFormat';
/** Where a used range is and whether its columns and rows are hidden, without its cells. */
const PLACE = 'rowIndex,columnIndex,rowCount,columnCount,columnHidden,rowHidden';

/**
 * Queues the load of a sheet's used range: values, formulas and number formats (a figure kept in 元 and shown in 万元
 * is read as shown), where it starts, and whether its columns and rows are hidden (false: none is; true: all are;
 * null: some are — see `loadHidden`).
 */
function loadUsedRange(sheet: Excel.Worksheet): Excel.Range {
  const range = sheet.getUsedRangeOrNullObject(true);
  range.load(`${CELLS},${PLACE}`);
  return range;
}

/** A used range's cells as read, whole or block by block: what `gridOf` needs of it. */
export type UsedCells = Pick<Excel.Range, 'isNullObject' | 'rowIndex' | 'columnIndex' | 'values' | 'formulas' | 'numberFormat'>;

/** A sheet whose used range is to be read, by its name (for messages: the proxy's name may not be loaded). */
export interface SheetToRead {
  readonly name: string;
  readonly sheet: Excel.Worksheet;
}

/** The sheets' own list, each read. */
export function everySheet(sheets: readonly Excel.Worksheet[]): SheetToRead[] {
  return sheets.map((sheet) => ({ name: sheet.name, sheet }));
}

/** The used ranges of the sheets asked for, read: their place (for `loadHidden`) and their cells. */
export interface SheetsRead<T> {
  readonly used: (Excel.Range | undefined)[];
  readonly cells: (UsedCells | undefined)[];
  /** What `queue` loaded in the same sync. */
  readonly queued: T;
}

/** Excel on the web refuses a response over 5 MB with this code (the Office Add-ins resource limits). */
const TOO_LARGE: `${Excel.ErrorCodes}` = 'ResponsePayloadSizeLimitExceeded';

export function tooLarge(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && (e as { code: unknown }).code === TOO_LARGE;
}

/**
 * The used ranges of `sheets` (undefined: not read), loaded in the sync that `queue` fills with whatever else the
 * caller needs: one sync, as before. Where Excel refuses that response as too large, the same loads are queued again
 * with only the ranges' places, and the cells are read in blocks of rows (`readInBlocks`): a workbook that fits
 * costs nothing more, and one that does not is read rather than refused.
 */
export async function syncWithCells<T>(context: Excel.RequestContext, sheets: readonly (SheetToRead | undefined)[], queue: () => T): Promise<SheetsRead<T>> {
  const whole = sheets.map((s) => (s ? loadUsedRange(s.sheet) : undefined));
  const queued = queue();
  try {
    await context.sync();
    return { used: whole, cells: whole, queued };
  } catch (e) {
    if (!tooLarge(e)) throw e;
  }
  const used = sheets.map((s) => {
    if (!s) return undefined;
    const range = s.sheet.getUsedRangeOrNullObject(true);
    range.load(PLACE);
    return range;
  });
  const again = queue();
  await context.sync();
  return { used, cells: await (await blockReader()).readInBlocks(context, sheets, used), queued: again };
}

/** Said when the block reader cannot be fetched (the add-in's server unreachable since the pane opened). */
const BLOCKS_UNAVAILABLE = '工作簿的内容超过了 Excel 一次能读取的大小，而分块读取所需的程序文件无法载入（可能是网络中断）：请检查网络后再试一次。没有写入任何内容。';

/** The block reader, a chunk of its own: only a workbook past the limit needs it, so the pane's first load does not carry it. */
async function blockReader(): Promise<typeof import('./readBlocks')> {
  try {
    return await import(/* webpackChunkName: "office-blocks" */ './readBlocks');
  } catch {
    throw new HostError(BLOCKS_UNAVAILABLE);
  }
}

/** Columns and rows asked about in one sync, over all sheets: some 2 MB of request. */
export const HIDDEN_ASKED_IN_ALL = 8192;

const NO_SHEETS: ReadonlySet<number> = new Set();

/**
 * The sheets the workbook marks as the add-in's own (engine/plan/owned.ts), by index: their hidden columns are none
 * of the engine's business (公开说明's fingerprint column B, which the add-in hides itself), and asking them cost every
 * read after a fill a sync of its own (3 to 4 for each field the 说明数据 form writes).
 */
export function addinSheets(sheets: readonly Excel.Worksheet[], names: Excel.NamedItemCollection): ReadonlySet<number> {
  const owned = markedSheets({ names: namesOf(names), sheets: sheets.map((s) => ({ name: s.name, rows: [] })) });
  const ours = new Set([...owned.values()].map((s) => s.name));
  return new Set(sheets.flatMap((s, i) => (ours.has(s.name) ? [i] : [])));
}

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
export async function loadHidden(context: Excel.RequestContext, used: readonly (Excel.Range | undefined)[], addins: ReadonlySet<number> = NO_SHEETS): Promise<HiddenParts[]> {
  const read = (r: Excel.Range | undefined): r is Excel.Range => r !== undefined && !r.isNullObject;
  // One request holds every load, and Excel on the web refuses a request over 5 MB (a load is a few hundred bytes):
  // past HIDDEN_ASKED_IN_ALL, a sheet's further columns and rows are read as shown, as a host that cannot tell.
  let budget = HIDDEN_ASKED_IN_ALL;
  const ask = (count: number, cap: number) => {
    const n = Math.min(count, cap, budget);
    budget -= n;
    return n;
  };
  const columns = used.map((r, i) =>
    read(r) && r.columnHidden === null && !addins.has(i) ? Array.from({ length: ask(r.columnCount, HIDDEN_COLUMNS_ASKED) }, (_, c) => r.getColumn(c).load('columnHidden')) : undefined,
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
  used: readonly (UsedCells | undefined)[],
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
      const { used, cells } = await syncWithCells(context, everySheet(sheets.items), () => undefined);
      return gridOf(sheets.items, cells, names, await loadHidden(context, used, addinSheets(sheets.items, names)));
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
