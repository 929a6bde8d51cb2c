/**
 * Real layouts made from a readable grid, for the tests of every host and of the engine: what an accountant's own
 * workbook does that our generated ones do not.
 */
import type { CellValue, WorkbookGrid } from '../../src/engine/grid/cell';
import { BlockTableId, recognise } from '../../src/engine/recognise/recognise';

/**
 * The table on `sheetName` with a copy of its first figure column put in before it, holding last year's figures
 * (nine tenths of this year's, the header's text the same), as a sheet copied forward keeps them; `hidden` hides the
 * copy (as an .xlsx says with `<col hidden="1">`). Merged areas move with the columns. Gives the copy's column.
 */
export function withHiddenCopy(g: WorkbookGrid, sheetName: string, hidden: boolean): { grid: WorkbookGrid; col: number } {
  const table = Object.values(recognise(g).tables).find((t) => t.sheet === sheetName)!;
  const col = table.columns[0]!.col;
  const firstData = Math.min(...table.rows.flatMap((r) => Object.values(r.figures).map((f) => f.cell.row)));
  return { grid: withColumnCopy(g, sheetName, col, firstData, hidden), col };
}

/** Column `col` of the sheet copied in before itself, its numbers from row `firstData` down nine tenths of them. */
export function withColumnCopy(g: WorkbookGrid, sheetName: string, col: number, firstData: number, hidden: boolean): WorkbookGrid {
  const sheets = g.sheets.map((s) => {
    if (s.name !== sheetName) return s;
    const rows = s.rows.map((row, r) => {
      const copy = [...row];
      while (copy.length < col) copy.push(null);
      const v = row[col] ?? null;
      copy.splice(col, 0, typeof v === 'number' && r >= firstData ? Math.round(v * 90) / 100 : v);
      return copy;
    });
    const merges = (s.merges ?? []).map((m) => (m.left >= col ? { ...m, left: m.left + 1, right: m.right + 1 } : m.right >= col ? { ...m, right: m.right + 1 } : m));
    const shifted = <T>(line: readonly T[], inserted: T, empty: T) => {
      const out = [...line];
      while (out.length < col) out.push(empty);
      out.splice(col, 0, inserted);
      return out;
    };
    // The copy holds figures, never formulas; a hidden column is 0 wide, as the .xlsx readers give it.
    const formulas = s.formulas?.map((line) => shifted<string | null>(line, null, null));
    const columnWidths = s.columnWidths ? shifted<number | null>(s.columnWidths, hidden ? 0 : null, null) : undefined;
    const uncalculated = s.uncalculated?.map(([r, c]) => [r, c >= col ? c + 1 : c] as const);
    return {
      ...s,
      rows,
      merges,
      ...(formulas ? { formulas } : {}),
      ...(columnWidths ? { columnWidths } : {}),
      ...(uncalculated ? { uncalculated } : {}),
      ...(hidden ? { hiddenColumns: [col] } : {}),
    };
  });
  return { ...g, sheets };
}

/**
 * The table on `sheetName` with a copy of one of its subject rows (the first 项 row, with a 7-digit code) put in
 * above it, holding last year's figures (nine tenths of this year's), as a sheet copied forward keeps them; `hidden`
 * hides the copy (as an .xlsx says with `<row hidden="1">`). Merged areas and the sheet's hidden rows move down with
 * the rows. Gives the copy's row (the original is the row below it).
 */
export function withHiddenRowCopy(g: WorkbookGrid, sheetName: string, hidden: boolean): { grid: WorkbookGrid; row: number } {
  const table = Object.values(recognise(g).tables).find((t) => t.sheet === sheetName)!;
  const subject = table.rows.find((r) => r.code?.length === 7)!;
  const row = Math.min(...Object.values(subject.figures).map((f) => f.cell.row));
  const figureCols = new Set(table.columns.map((c) => c.col));
  const sheet = g.sheets.find((s) => s.name === sheetName)!;
  const copy = (sheet.rows[row] ?? []).map((v, c) => (typeof v === 'number' && figureCols.has(c) ? Math.round(v * 90) / 100 : v));
  return { grid: withRowsAbove(g, sheetName, row, [copy], hidden), row };
}

/**
 * The sheet with `copies` put in above its row `at` (figures, never formulas), `hidden` hiding them; merged areas,
 * formulas, formulas without a result and the sheet's hidden rows move down with the rows below.
 */
export function withRowsAbove(g: WorkbookGrid, sheetName: string, at: number, copies: readonly (readonly CellValue[])[], hidden: boolean): WorkbookGrid {
  const n = copies.length;
  const down = (r: number) => (r >= at ? r + n : r);
  const sheets = g.sheets.map((s) => {
    if (s.name !== sheetName) return s;
    const rows = [...s.rows.slice(0, at), ...copies.map((c) => [...c]), ...s.rows.slice(at)];
    const merges = (s.merges ?? []).map((m) => ({ ...m, top: down(m.top), bottom: down(m.bottom) }));
    const formulas = s.formulas ? [...s.formulas.slice(0, at), ...copies.map((c) => c.map(() => null)), ...s.formulas.slice(at)] : undefined;
    const uncalculated = s.uncalculated?.map(([r, c]) => [down(r), c] as const);
    const hiddenRows = [...(s.hiddenRows ?? []).map(down), ...(hidden ? copies.map((_, i) => at + i) : [])].sort((a, b) => a - b);
    return {
      ...s,
      rows,
      merges,
      ...(formulas ? { formulas } : {}),
      ...(uncalculated ? { uncalculated } : {}),
      ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    };
  });
  return { ...g, sheets };
}

/** The sheet laid out anew: its rows as `layout` gives them from the old, without merged areas (a layout of its own). */
export function withSheetRows(g: WorkbookGrid, sheetName: string, layout: (rows: readonly (readonly CellValue[])[]) => CellValue[][]): WorkbookGrid {
  return { ...g, sheets: g.sheets.map((s) => (s.name === sheetName ? { ...s, merges: [], rows: layout(s.rows) } : s)) };
}

/** The subject table `id` as some departments print it: its 项 rows alone, without the 类 and 款 subtotals. */
export function withItemsOnly(g: WorkbookGrid, id: BlockTableId): WorkbookGrid {
  const table = recognise(g).tables[id]!;
  const subtotals = new Set(table.rows.filter((r) => r.level === 'class' || r.level === 'section').map((r) => r.labelCell!.row));
  return withSheetRows(g, table.sheet, (rows) => rows.filter((_, r) => !subtotals.has(r)).map((row) => [...row]));
}
