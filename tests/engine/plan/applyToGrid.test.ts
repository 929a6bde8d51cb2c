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
    }
    // Three full .xlsx writes and loads: seconds on a busy machine.
  }, 60_000);
});
