/**
 * Real layouts made from a readable grid, for the tests of every host and of the engine: what an accountant's own
 * workbook does that our generated ones do not.
 */
import type { WorkbookGrid } from '../../src/engine/grid/cell';
import { recognise } from '../../src/engine/recognise/recognise';

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
