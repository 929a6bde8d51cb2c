/** The pane's view after an action (the plan applied to the grid) is what the workbook holds after the host applied it. */
import { promises as fs } from 'fs';
import { loadXlsx, workbookToGrid } from '../../../src/hosts/xlsx/read';
import { applyPlan } from '../../../src/hosts/xlsx/apply';
import { applyPlanToGrid } from '../../../src/engine/plan/applyToGrid';
import { explain, fillPlan, flagsPlan } from '../../../src/engine/workflow';
import { clearFlagsPlan } from '../../../src/engine/audit/flags';
import { xinjiang } from '../../../src/engine/narrative/presets';
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import type { Plan } from '../../../src/engine/plan/plan';
import { referencedSheet } from '../../../src/engine/plan/owned';
import { SAMPLE_DATA, SAMPLE_XLSX } from '../../../fixtures/build-sample';

/**
 * Values and formulas by sheet, with trailing empties dropped (ragged rows are the same grid). ExcelJS reads a
 * cached formula result of 0 back as no result, so a formula cell's 0 counts as empty on both sides.
 */
function normal(grid: WorkbookGrid) {
  grid = {
    sheets: grid.sheets.map((s) => ({
      ...s,
      rows: s.rows.map((r, i) => r.map((v, j) => (v === 0 && s.formulas?.[i]?.[j] ? null : v))),
    })),
  };
  const trim = <T>(rows: readonly (readonly T[])[] | undefined) =>
    (rows ?? []).map((r) => {
      const line = [...r];
      while (line.length && (line[line.length - 1] === null || line[line.length - 1] === undefined)) line.pop();
      return line;
    });
  const rows = (r: unknown[][]) => {
    while (r.length && r[r.length - 1]!.length === 0) r.pop();
    return r;
  };
  return grid.sheets.map((s) => ({ name: s.name, rows: rows(trim(s.rows)), formulas: rows(trim(s.formulas)) }));
}

/** The add-in's marks, as role name → the sheet it refers to (ExcelJS quotes every sheet name it writes). */
const marks = (grid: WorkbookGrid) => (grid.names ?? []).map((n) => [n.name, referencedSheet(n.formula)]);

describe('a plan applied to the grid', () => {
  it('equals the workbook the xlsx host writes, marks included: fill, flag, clear', async () => {
    const data = JSON.parse(await fs.readFile(SAMPLE_DATA, 'utf8'));
    const wb = await loadXlsx(await fs.readFile(SAMPLE_XLSX));
    let grid = workbookToGrid(wb);
    const steps: ((g: WorkbookGrid) => Plan)[] = [(g) => fillPlan(g, explain(g, xinjiang, data)), (g) => flagsPlan(g), (g) => clearFlagsPlan(g)];
    for (const step of steps) {
      const plan = step(grid);
      grid = applyPlanToGrid(grid, plan);
      applyPlan(wb, plan);
      const written = await loadXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
      expect(normal(grid)).toEqual(normal(workbookToGrid(written)));
      expect(marks(grid)).toEqual(marks(workbookToGrid(written)));
      // The accountant's sheets keep their merged areas and widths (the add-in's own are laid out by the plan).
      const owned = new Set(marks(grid).map(([, sheet]) => sheet));
      const layout = (g: WorkbookGrid) => g.sheets.filter((s) => !owned.has(s.name)).map((s) => [s.name, s.merges ?? [], s.columnWidths ?? null, s.hiddenColumns ?? null]);
      expect(layout(grid)).toEqual(layout(workbookToGrid(written)));
    }
    // Three full .xlsx writes and loads: seconds on a busy machine.
  }, 60_000);
});

describe('what a sheet is read with beside its values', () => {
  const sheet = {
    name: '收入决算表',
    rows: [['项目', '本年收入合计', '本年收入合计'], ['合计', null, 100]],
    formulas: [[], [null, 'SUM(B3:B9)']],
    state: 'visible' as const,
    uncalculated: [[1, 1], [5, 5]] as [number, number][],
    merges: [{ top: 0, left: 0, bottom: 0, right: 0 }],
    columnWidths: [20, 0, 12],
    hiddenColumns: [1],
  };

  it('stays after a plan (merged areas, widths, hidden columns), and a formula cell the plan wrote has its result', () => {
    const after = applyPlanToGrid({ sheets: [sheet] }, { ops: [{ op: 'setCells', sheet: '收入决算表', row: 1, col: 1, cells: [[{ value: 90, formula: 'SUM(B3:B9)' }]] }], summary: [] });
    const { rows: _rows, formulas: _formulas, uncalculated, ...rest } = after.sheets[0]!;
    expect(rest).toEqual({ name: '收入决算表', state: 'visible', merges: sheet.merges, columnWidths: sheet.columnWidths, hiddenColumns: [1] });
    expect(uncalculated).toEqual([[5, 5]]);
    expect(after.sheets[0]!.rows[1]).toEqual(['合计', 90, 100]);
  });

  it('a range cleared has no formula without a result either', () => {
    const after = applyPlanToGrid({ sheets: [sheet] }, { ops: [{ op: 'clearRange', sheet: '收入决算表', top: 0, left: 0, bottom: 9, right: 9 }], summary: [] });
    expect(after.sheets[0]!.uncalculated).toBeUndefined();
  });
});

