/**
 * Reading an .xlsx into the engine's grid (in Node and in the browser): from the file with our own reader, or
 * from an ExcelJS workbook being edited. Merged cells other than the top-left read as empty, formula cells as
 * their cached result, rich text as plain text, dates as ISO dates. A file that is not an .xlsx, is encrypted
 * or is damaged gives an `XlsxReadError`.
 */
import ExcelJS from 'exceljs';
import { CellValue, DefinedName, DisplayScale, hiddenColumnsOf, MergedArea, SheetGrid, SheetState, sortMerges, usedColumnWidths, WorkbookGrid } from '../../engine/grid/cell';
import { parseA1 } from '../../engine/grid/address';
import { displayDivisor, mayScale, ShownFigures } from '../../engine/grid/numberFormat';
import { corrupt, xlsxBytes } from './file';
import { keepFor, keepPageNumbering, setAside } from './keep';

export { readXlsx, XlsxReadError } from './file';
export type { XlsxReadErrorReason } from './file';

function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

type ExcelValue = ExcelJS.CellValue;

/** The engine's value of an ExcelJS value (for formulas: the cached result). */
export function toCellValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    if ('error' in value && typeof value.error === 'string') return { error: value.error };
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      return toCellValue(result as ExcelValue);
    }
    if ('text' in value && typeof (value as ExcelJS.CellHyperlinkValue).text === 'string') {
      return (value as ExcelJS.CellHyperlinkValue).text;
    }
    if ('hyperlink' in value) return String((value as ExcelJS.CellHyperlinkValue).hyperlink);
  }
  return String(value);
}

/**
 * The engine's value of a cell. A formula's cached result is read from the cell itself: ExcelJS's `value` getter
 * drops a falsy result (a formula worth 0 would read as blank).
 */
export function cellValueOf(cell: ExcelJS.Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const result = cell.result as ExcelValue | undefined;
    return result === undefined ? null : toCellValue(result);
  }
  return toCellValue(cell.value);
}

function formulaOf(cell: ExcelJS.Cell): string | null {
  const v = cell.value;
  if (v && typeof v === 'object' && 'formula' in v && typeof v.formula === 'string') return v.formula;
  if (v && typeof v === 'object' && 'sharedFormula' in v) return cell.formula ?? null;
  return null;
}

/**
 * The formulas a file held without a result (`SheetGrid.uncalculated`, which our reader finds), by sheet name.
 * ExcelJS's model cannot say which they are: a formula the add-in wrote without a value (a blank result) looks the
 * same. The web page keeps what our reader found when it opened the file and asks ExcelJS only whether each is
 * still that: a formula with no result.
 */
export type UncalculatedCells = ReadonlyMap<string, readonly (readonly [number, number])[]>;

/** What our reader found in each sheet (a sheet without any is left out). */
export function uncalculatedCellsOf(grid: WorkbookGrid): UncalculatedCells {
  return new Map(grid.sheets.flatMap((sheet) => (sheet.uncalculated?.length ? [[sheet.name, sheet.uncalculated] as const] : [])));
}

/** Those of the listed cells that still hold a formula without a result (not typed over, not written by a plan). */
function stillUncalculated(ws: ExcelJS.Worksheet, listed: readonly (readonly [number, number])[] | undefined): (readonly [number, number])[] {
  return (listed ?? []).filter(([row, col]) => {
    const cell = ws.findCell(row + 1, col + 1);
    return cell !== undefined && cell.type === ExcelJS.ValueType.Formula && cell.result === undefined;
  });
}

/** `protected: true` for a sheet protected in the file (ExcelJS keeps `<sheetProtection>` as `sheetProtection`). */
function protectionOf(ws: ExcelJS.Worksheet): { protected?: true } {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return p?.sheet ? { protected: true } : {};
}

function readSheet(ws: ExcelJS.Worksheet, listed?: readonly (readonly [number, number])[]): SheetGrid {
  const rows: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  let anyFormula = false;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    const rowFormulas: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = cellValueOf(cell);
      cells[colNumber - 1] = typeof value === 'number' && cell.numFmt && mayScale(cell.numFmt) ? value / displayDivisor(cell.numFmt, value) : value;
      const f = formulaOf(cell);
      if (f !== null) {
        rowFormulas[colNumber - 1] = f;
        anyFormula = true;
      }
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows[rowNumber - 1] = cells;
    formulas[rowNumber - 1] = rowFormulas;
  });
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
  const state: SheetState = ws.state === 'hidden' || ws.state === 'veryHidden' ? ws.state : 'visible';
  const merges = mergesOf(ws);
  const widths = columnWidthsOf(ws, Math.max(0, ...rows.map((r) => r.length)));
  // Every row read, a hidden one without values too (eachRow passes over it), as our reader gives them.
  const hiddenRows: number[] = [];
  for (let r = 0; r < rows.length; r++) if (ws.findRow(r + 1)?.hidden) hiddenRows.push(r);
  const layout = { state, merges, ...widths, ...(hiddenRows.length > 0 ? { hiddenRows } : {}), ...shownScales(ws), ...protectionOf(ws) };
  if (!anyFormula) return { name: ws.name, rows, ...layout };
  for (let i = 0; i < formulas.length; i++) {
    const f = formulas[i] ?? [];
    for (let c = 0; c < f.length; c++) if (f[c] === undefined) f[c] = null;
    formulas[i] = f;
  }
  const uncalculated = stillUncalculated(ws, listed);
  return { name: ws.name, rows, formulas, ...layout, ...(uncalculated.length > 0 ? { uncalculated } : {}) };
}

/**
 * The cells whose format scales a figure (元 kept, 万元 shown), as our reader lists them: in reading order, those with a
 * number and those without a value (a blank figure, a merged cell), never a text or a formula without a result.
 */
function shownScales(ws: ExcelJS.Worksheet): { displayScales?: DisplayScale[] } {
  const shown = new ShownFigures();
  // findRow and findCell, not eachRow and eachCell with includeEmpty: those add the cells they visit to the model.
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    for (let c = 1; row && c <= row.cellCount; c++) {
      const cell = row.findCell(c);
      if (!cell?.numFmt || !mayScale(cell.numFmt)) continue;
      const blank = cell.type === ExcelJS.ValueType.Null || cell.type === ExcelJS.ValueType.Merge;
      if (blank || typeof cellValueOf(cell) === 'number') shown.note(cell.numFmt, r - 1, c - 1);
    }
  }
  return shown.grid;
}

/** The widths ExcelJS read (its column models; a hidden column is 0 wide), as `{ columnWidths }` when any is set, and the hidden columns. */
function columnWidthsOf(ws: ExcelJS.Worksheet, width: number): { columnWidths?: (number | null)[]; hiddenColumns?: number[] } {
  // `columns` lists the columns the file defines; `getColumn` would create the others.
  const columns = (ws.columns ?? []) as Partial<ExcelJS.Column>[];
  const widths = usedColumnWidths(
    columns.map((c) => (c.hidden ? 0 : (c.width ?? null))),
    width,
  );
  return widths ? { columnWidths: widths, ...hiddenColumnsOf(widths) } : {};
}

/** The sheet's merged areas, from the `A1:B2` ranges ExcelJS keeps in its model. */
function mergesOf(ws: ExcelJS.Worksheet): MergedArea[] {
  const areas = (ws.model.merges ?? []).flatMap((ref): MergedArea[] => {
    const [from, to] = ref.split(':');
    if (!from || !to) return [];
    const a = parseA1(from);
    const b = parseA1(to);
    return [{ top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) }];
  });
  return sortMerges(areas);
}

/** The whole workbook model, to edit and save. */
export async function loadXlsx(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const bytes = xlsxBytes(data);
  const wb = new ExcelJS.Workbook();
  try {
    // What ExcelJS would choke on or lose is taken out first, and put back when the workbook is written (keep.ts).
    const { input: data, kept } = await setAside(bytes);
    // ExcelJS accepts a Buffer in Node and an ArrayBuffer in the browser.
    const input = typeof Buffer !== 'undefined' ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
    await wb.xlsx.load(input as ArrayBuffer);
    keepFor(wb, kept);
    keepPageNumbering(wb);
  } catch (e) {
    throw corrupt(e);
  }
  return wb;
}

/** ExcelJS's defined names, which its types leave out: cell and range references only (it drops the others). */
export function definedNamesModel(wb: ExcelJS.Workbook): ExcelJS.DefinedNamesModel {
  return (wb.definedNames as unknown as { model: ExcelJS.DefinedNamesModel }).model;
}

export function workbookNames(wb: ExcelJS.Workbook): DefinedName[] {
  return definedNamesModel(wb)
    .filter((n) => !n.name.startsWith('_xlnm.'))
    .map((n) => ({ name: n.name, formula: n.ranges.join(',') }));
}

/**
 * The grid of the workbook; with `only`, the other sheets are listed without their cells (for the plan guard); with
 * `uncalculated`, the formulas the file held without a result that still hold none are said so in the grid.
 */
export function workbookToGrid(wb: ExcelJS.Workbook, only?: readonly string[], uncalculated?: UncalculatedCells): WorkbookGrid {
  // A sheet not read still says whether it is protected: the guard refuses a plan that writes into one.
  const read = (ws: ExcelJS.Worksheet): SheetGrid => (only && !only.includes(ws.name) ? { name: ws.name, rows: [], ...protectionOf(ws) } : readSheet(ws, uncalculated?.get(ws.name)));
  const names = workbookNames(wb);
  return names.length > 0 ? { sheets: wb.worksheets.map(read), names } : { sheets: wb.worksheets.map(read) };
}
