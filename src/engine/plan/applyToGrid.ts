/**
 * A plan applied to the engine's own grid: what the workbook holds after the host applied it (a formula cell
 * holds the engine's value, which is what Excel computes). The pane keeps its view of the workbook current this
 * way, without reading it again (which inside Excel would cost syncs).
 */
import type { CellValue, DefinedName, SheetGrid, WorkbookGrid } from '../grid/cell';
import { parseA1 } from '../grid/address';
import type { Plan, PlanOp } from './plan';
import { ownerMarkName, ownerMarkReference, referencedSheet, sameSheetName } from './owned';

interface MutableSheet {
  name: string;
  rows: CellValue[][];
  formulas: (string | null)[][];
  state: SheetGrid['state'];
  /**
   * What the sheet was read with beside its values, kept: no plan merges, hides or shows the cells of a sheet (widths
   * it sets only on the add-in's own sheets, which no reader lays out). Without them the pane, after an action, read
   * a table without its merged areas and a hidden copy of last year's figures for this year's. The figures read as
   * their format shows them are kept too: no plan writes over a figure of the accountant's.
   */
  readonly layout: Pick<SheetGrid, 'merges' | 'columnWidths' | 'hiddenColumns' | 'hiddenRows' | 'displayScales'>;
  /** Formula cells read without a result, less those the plan wrote (their value is the engine's now). */
  uncalculated: (readonly [number, number])[];
}

function copy(sheet: SheetGrid): MutableSheet {
  const { merges, columnWidths, hiddenColumns, hiddenRows, displayScales } = sheet;
  return {
    name: sheet.name,
    rows: sheet.rows.map((r) => [...r]),
    formulas: (sheet.formulas ?? []).map((r) => [...r]),
    state: sheet.state ?? 'visible',
    layout: { ...(merges ? { merges } : {}), ...(columnWidths ? { columnWidths } : {}), ...(hiddenColumns ? { hiddenColumns } : {}), ...(hiddenRows ? { hiddenRows } : {}), ...(displayScales ? { displayScales } : {}) },
    uncalculated: [...(sheet.uncalculated ?? [])],
  };
}

/** The cells of a rectangle written: none of them is a formula without a result any more. */
function written(sheet: MutableSheet, top: number, left: number, bottom: number, right: number): void {
  if (sheet.uncalculated.length === 0) return;
  sheet.uncalculated = sheet.uncalculated.filter(([r, c]) => r < top || r > bottom || c < left || c > right);
}

function put<T>(rows: T[][], row: number, col: number, value: T, empty: T): void {
  while (rows.length <= row) rows.push([]);
  const line = rows[row]!;
  while (line.length < col) line.push(empty);
  line[col] = value;
}

function apply(sheets: MutableSheet[], names: DefinedName[], op: PlanOp): void {
  const find = (name: string) => sheets.find((s) => s.name === name);
  const unmark = (keep: (n: DefinedName) => boolean) => names.splice(0, names.length, ...names.filter(keep));
  switch (op.op) {
    case 'ensureSheet':
      if (!find(op.sheet)) sheets.push({ name: op.sheet, rows: [], formulas: [], state: 'visible', layout: {}, uncalculated: [] });
      return;
    case 'markSheet':
      unmark((n) => n.name !== ownerMarkName(op.role));
      names.push({ name: ownerMarkName(op.role), formula: ownerMarkReference(op.sheet) });
      return;
    case 'deleteSheet': {
      const i = sheets.findIndex((s) => s.name === op.sheet);
      if (i >= 0) sheets.splice(i, 1);
      unmark((n) => !sameSheetName(referencedSheet(n.formula) ?? '', op.sheet));
      return;
    }
    case 'replaceCellText': {
      const s = find(op.sheet);
      if (!s) return;
      const { row, col } = parseA1(op.cell);
      put<CellValue>(s.rows, row, col, op.after, null);
      written(s, row, col, row, col);
      return;
    }
    case 'setCells': {
      const s = find(op.sheet);
      if (!s) return;
      op.cells.forEach((line, r) =>
        line.forEach((cell, c) => {
          if (!cell) return;
          const value = cell.value === undefined || cell.value === '' ? null : cell.value;
          put<CellValue>(s.rows, op.row + r, op.col + c, value, null);
          put<string | null>(s.formulas, op.row + r, op.col + c, cell.formula ?? null, null);
          written(s, op.row + r, op.col + c, op.row + r, op.col + c);
        }),
      );
      return;
    }
    case 'clearRange': {
      const s = find(op.sheet);
      if (!s) return;
      for (let r = op.top; r <= op.bottom && r < s.rows.length; r++) {
        for (let c = op.left; c <= op.right; c++) {
          if (s.rows[r]![c] !== undefined) s.rows[r]![c] = null;
          if (s.formulas[r]?.[c] !== undefined) s.formulas[r]![c] = null;
        }
      }
      written(s, op.top, op.left, op.bottom, op.right);
      return;
    }
    default:
      // Widths, heights, layout, charts, highlights and notes do not change values.
      return;
  }
}

export function applyPlanToGrid(grid: WorkbookGrid, plan: Plan): WorkbookGrid {
  const sheets = grid.sheets.map(copy);
  const names = [...(grid.names ?? [])];
  for (const op of plan.ops) apply(sheets, names, op);
  return {
    ...(names.length > 0 || grid.names ? { names } : {}),
    sheets: sheets.map((s) => {
      const hasFormula = s.formulas.some((r) => r.some((f) => f !== null && f !== undefined));
      const formulas = s.formulas.map((r) => Array.from(r, (f) => f ?? null));
      return {
        name: s.name,
        rows: s.rows,
        ...(hasFormula ? { formulas } : {}),
        state: s.state,
        ...(s.uncalculated.length > 0 ? { uncalculated: s.uncalculated } : {}),
        ...s.layout,
      };
    }),
  };
}
