/**
 * The write order every host follows (issue 14): structure first (sheets added and deleted, marks), then the
 * add-in's own sheets, the accountant's sheets last; each writer's plan means the same in that order; the steps a
 * protected workbook structure refuses are named before anything is written.
 */
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import type { Plan, PlanOp } from '../../../src/engine/plan/plan';
import { inWriteOrder, structuralSteps, WritePhase, writePhase } from '../../../src/engine/plan/writeOrder';
import { markedSheets } from '../../../src/engine/plan/owned';
import { applyPlanToGrid } from '../../../src/engine/plan/applyToGrid';
import { explain, fillPlan, flagsPlan } from '../../../src/engine/workflow';
import { clearFlagsPlan } from '../../../src/engine/audit/flags';
import { copySentencePlan } from '../../../src/engine/compare/copy';
import { xinjiang } from '../../../src/engine/narrative/presets';
import { sample, sampleData, sheet } from '../../support/ruleTester';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';

const data = sampleData();
const fill = (g: WorkbookGrid) => fillPlan(g, explain(g, xinjiang, data));
/** The sample with its 自评表 derived cells left empty: fill writes formulas into the accountant's sheets. */
const blankDerived = () => toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { projectBlankDerived: true }));
const json = (plan: Plan) => plan.ops.map((op) => JSON.stringify(op)).sort();

/** Each op's phase in the plan as ordered, with the sheets the add-in owns for that plan. */
function phases(plan: Plan, grid: WorkbookGrid): WritePhase[] {
  const owned = new Set([...markedSheets(grid).values()].map((s) => s.name.toUpperCase()));
  for (const op of plan.ops) if (op.op === 'ensureSheet' || op.op === 'markSheet') owned.add(op.sheet.toUpperCase());
  return plan.ops.map((op) => writePhase(op, owned));
}

const rank: Record<WritePhase, number> = { structure: 0, owned: 1, user: 2 };

describe('the write order', () => {
  it('puts structure first and the accountant’s sheets last in fill, flag and clear, and they mean the same in that order', () => {
    let grid = blankDerived();
    for (const step of [fill, flagsPlan, clearFlagsPlan, fill, flagsPlan]) {
      const plan = step(grid);
      const ordered = inWriteOrder(plan, grid);
      expect(json(ordered)).toEqual(json(plan));
      const order = phases(ordered, grid).map((p) => rank[p]);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(applyPlanToGrid(grid, ordered)).toEqual(applyPlanToGrid(grid, plan));
      grid = applyPlanToGrid(grid, plan);
    }
  });

  it('writes the 检查结果 sheet before any highlight or note, and the 自评表 formulas after the add-in’s sheets', () => {
    const grid = blankDerived();
    const flags = inWriteOrder(flagsPlan(grid), grid).ops.map((op) => op.op);
    expect(flags.slice(0, 3)).toEqual(['ensureSheet', 'markSheet', 'setCells']);
    expect(flags.indexOf('removeHighlights')).toBeGreaterThan(flags.lastIndexOf('setColumnWidths'));
    expect(flags.indexOf('removeNotes')).toBeLessThan(flags.indexOf('setNotes'));
    const filled = inWriteOrder(fill(grid), grid).ops;
    const owned = new Set(['说明数据', '公开说明']);
    const firstUser = filled.findIndex((op) => op.op === 'setCells' && !owned.has(op.sheet));
    expect(firstUser).toBeGreaterThan(filled.findIndex((op) => op.op === 'setColumnWidths'));
    expect(filled.slice(firstUser)).toHaveLength(27);
    expect(filled.slice(firstUser).every((op) => op.op === 'setCells' && !owned.has(op.sheet) && op.cells[0]![0]!.formula !== undefined)).toBe(true);
  });

  it('counts 对照’s replaced cell as the accountant’s', () => {
    const grid: WorkbookGrid = { sheets: [sheet('说明', [['旧的一句。']])] };
    const plan = copySentencePlan({ sheet: '说明', row: 0, col: 0 }, '旧的一句。', '新的一句。');
    expect(phases(plan, grid)).toEqual(['user']);
  });

  it('refuses a plan that writes into a sheet it deletes, rather than reorder it into another plan', () => {
    const plan: Plan = { ops: [{ op: 'deleteSheet', sheet: 'S' }, { op: 'setCells', sheet: 'S', row: 0, col: 0, cells: [[{ value: 1 }]] }], summary: [] };
    expect(() => inWriteOrder(plan, { sheets: [sheet('S', [])] })).toThrow(/after deleting it/);
  });
});

describe('the structural steps of a plan', () => {
  const ops = (...list: PlanOp[]): Plan => ({ ops: list, summary: [] });
  it('names the sheets added and deleted and the marks written, in Chinese', () => {
    const grid = sample();
    expect(structuralSteps(flagsPlan(grid), grid)).toEqual(['新建工作表“检查结果”', '给工作表“检查结果”加标记（工作簿名称 _juesuan_results）']);
    const flagged = applyPlanToGrid(grid, flagsPlan(grid));
    expect(structuralSteps(flagsPlan(flagged), flagged)).toEqual([]);
    expect(structuralSteps(clearFlagsPlan(flagged), flagged)).toEqual(['删除工作表“检查结果”']);
  });

  it('leaves out a sheet that exists and a mark that is already there', () => {
    const grid: WorkbookGrid = { sheets: [sheet('公开说明', [])], names: [{ name: '_juesuan_narrative', formula: '公开说明!$A$1' }] };
    expect(structuralSteps(ops({ op: 'ensureSheet', sheet: '公开说明' }, { op: 'markSheet', sheet: '公开说明', role: 'narrative' }), grid)).toEqual([]);
    expect(structuralSteps(ops({ op: 'deleteSheet', sheet: '不存在' }), grid)).toEqual([]);
  });
});
