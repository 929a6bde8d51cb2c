/**
 * A protected sheet (审阅 › 保护工作表) is written by no plan, in any host: the guard refuses the plan whole before
 * anything is written, naming the sheet, the cells it meant to write, and what to do. The .xlsx readers say which
 * sheets are protected.
 */
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import { guardPlan } from '../../../src/engine/plan/guard';
import { PlanRefused } from '../../../src/engine/plan/errors';
import { recognise } from '../../../src/engine/recognise/recognise';
import { selfEvaluationPlan } from '../../../src/engine/derive/selfEvaluation';
import { readXlsx, loadXlsx, workbookToGrid } from '../../../src/hosts/xlsx/read';
import { applyPlan } from '../../../src/hosts/xlsx/apply';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid, toXlsx } from '../../../fixtures/workbook';

const blank = () => buildWorkbook(changji2022, standardPlan(changji2022), { projectBlankDerived: true });

function protect(grid: WorkbookGrid, sheet: string): WorkbookGrid {
  return { ...grid, sheets: grid.sheets.map((s) => (s.name === sheet ? { ...s, protected: true } : s)) };
}

describe('a protected sheet', () => {
  it('refuses a plan writing 自评表 formulas into it, naming the sheet and the cells, before anything is written', () => {
    const grid = toGrid(blank());
    const p = selfEvaluationPlan(grid, recognise(grid).projects);
    const first = p.ops.find((op) => op.op === 'setCells')!;
    expect(first).toBeDefined();
    const sheet = (first as { sheet: string }).sheet;
    expect(() => guardPlan(grid, p)).not.toThrow();
    const locked = protect(grid, sheet);
    expect(() => guardPlan(locked, p)).toThrow(PlanRefused);
    expect(() => guardPlan(locked, p)).toThrow(
      new RegExp(`^没有写入任何内容：工作表“${sheet}”（要写入 [A-Z]+\\d+(、[A-Z]+\\d+)*( 等)?）受保护。请在“审阅”选项卡点“撤销工作表保护”（设有密码时输入密码）后再试，写入后可以再保护。$`),
    );
  });

  it('is read as protected from an .xlsx, by both readers, and the xlsx host writes nothing into it', async () => {
    const wb = await loadXlsx(await toXlsx(blank()));
    const grid = workbookToGrid(wb);
    const p = selfEvaluationPlan(grid, recognise(grid).projects);
    const sheet = (p.ops.find((op) => op.op === 'setCells') as { sheet: string }).sheet;
    await wb.getWorksheet(sheet)!.protect('', {});
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect((await readXlsx(bytes)).sheets.find((s) => s.name === sheet)!.protected).toBe(true);
    expect((await readXlsx(bytes)).sheets.filter((s) => s.protected).map((s) => s.name)).toEqual([sheet]);
    const again = await loadXlsx(bytes);
    expect(workbookToGrid(again, []).sheets.filter((s) => s.protected).map((s) => s.name)).toEqual([sheet]);
    expect(() => applyPlan(again, p)).toThrow(/受保护/);
    const first = p.ops.find((op) => op.op === 'setCells') as { row: number; col: number };
    expect(again.getWorksheet(sheet)!.getCell(first.row + 1, first.col + 1).value).toBeNull();
  });
});
