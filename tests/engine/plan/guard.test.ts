/**
 * The plan guard (engine/plan/guard.ts), the check every host runs before writing: what the add-in's writers
 * plan passes; any write, clear, widening or deletion of a sheet the add-in does not own is refused with a
 * Chinese message, except formulas into empty derived cells of a 自评表 and the one cell 对照 replaces.
 */
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import type { Plan, PlanOp } from '../../../src/engine/plan/plan';
import { guardPlan, sheetsToRead } from '../../../src/engine/plan/guard';
import { PlanRefused } from '../../../src/engine/plan/errors';
import { LEGACY_SIGNATURES } from '../../../src/engine/plan/legacy';
import { applyPlanToGrid } from '../../../src/engine/plan/applyToGrid';
import { explain, fillPlan, flagsPlan } from '../../../src/engine/workflow';
import { clearFlagsPlan } from '../../../src/engine/audit/flags';
import { xinjiang } from '../../../src/engine/narrative/presets';
import { sample, sampleData, sheet } from '../../support/ruleTester';

const plan = (...ops: PlanOp[]): Plan => ({ ops, summary: [] });
const user = (): WorkbookGrid => ({
  sheets: [sheet('公开说明', [['我写的说明'], ['第二段']]), sheet('表', [[1, null], [2, null]]), sheet('我的', [])],
  names: [{ name: '_juesuan_results', formula: '我的!$A$1' }],
});
const refusal = (grid: WorkbookGrid, p: Plan) => {
  try {
    guardPlan(grid, p);
  } catch (e) {
    expect(e).toBeInstanceOf(PlanRefused);
    return (e as Error).message;
  }
  return undefined;
};

describe('the plan guard', () => {
  it('lets every plan of the writers through: fill, flag, clear, fill again', () => {
    let grid = sample();
    const data = sampleData();
    for (const step of [(g: WorkbookGrid) => fillPlan(g, explain(g, xinjiang, data)), flagsPlan, clearFlagsPlan, (g: WorkbookGrid) => fillPlan(g, explain(g, xinjiang, data))]) {
      const p = step(grid);
      expect(refusal(grid, p)).toBeUndefined();
      grid = applyPlanToGrid(grid, p);
    }
  });

  it.each<[string, PlanOp, RegExp]>([
    ['a new sheet over a sheet of the user’s', { op: 'ensureSheet', sheet: '公开说明' }, /要覆盖工作表“公开说明”，但它不是决算公开助手创建的工作表/],
    ['values into a sheet of the user’s', { op: 'setCells', sheet: '公开说明', row: 0, col: 0, cells: [[{ value: '生成的' }]] }, /要改写工作表“公开说明”的单元格 A1/],
    ['a formula over a value the user typed', { op: 'setCells', sheet: '表', row: 1, col: 0, cells: [[{ formula: 'A1*2' }]] }, /单元格 A2（不是空白的派生单元格）/],
    ['clearing a sheet of the user’s', { op: 'clearRange', sheet: '公开说明', top: 0, left: 0, bottom: 5, right: 0 }, /要清除工作表“公开说明”/],
    ['widening its columns', { op: 'setColumnWidths', sheet: '表', widths: [10] }, /要改动工作表“表”/],
    ['deleting it', { op: 'deleteSheet', sheet: '公开说明' }, /要删除工作表“公开说明”/],
    ['marking it as ours', { op: 'markSheet', sheet: '公开说明', role: 'narrative' }, /要标记并改写工作表“公开说明”/],
    ['writing into a sheet that is gone', { op: 'setCells', sheet: '不存在', row: 0, col: 0, cells: [[{ value: 1 }]] }, /工作表“不存在”已不存在/],
  ])('refuses %s', (_what, op, message) => {
    expect(refusal(user(), plan(op))).toMatch(message);
    expect(refusal(user(), plan(op))).toMatch(/^没有写入任何内容：/);
  });

  it('allows formulas into empty cells (or over the same formula) of a sheet of the user’s: the 自评表 derived cells', () => {
    expect(refusal(user(), plan({ op: 'setCells', sheet: '表', row: 0, col: 1, cells: [[{ formula: 'A1*2', value: 2 }], [{ formula: 'A2*2' }]] }))).toBeUndefined();
    const withFormula: WorkbookGrid = { sheets: [{ name: '表', rows: [[1, 2]], formulas: [[null, 'a1*2']] }] };
    expect(refusal(withFormula, plan({ op: 'setCells', sheet: '表', row: 0, col: 1, cells: [[{ formula: 'A1 * 2' }]] }))).toBeUndefined();
    expect(refusal(withFormula, plan({ op: 'setCells', sheet: '表', row: 0, col: 1, cells: [[{ formula: 'A1*3' }]] }))).toMatch(/单元格 B1/);
  });

  it('allows anything on a marked sheet, and on a sheet the plan creates and marks', () => {
    expect(refusal(user(), plan({ op: 'clearRange', sheet: '我的', top: 0, left: 0, bottom: 9, right: 9 }, { op: 'deleteSheet', sheet: '我的' }))).toBeUndefined();
    const created = plan({ op: 'ensureSheet', sheet: '公开说明（生成）' }, { op: 'markSheet', sheet: '公开说明（生成）', role: 'narrative' }, { op: 'setCells', sheet: '公开说明（生成）', row: 0, col: 0, cells: [[{ value: 'x' }]] });
    expect(refusal(user(), created)).toBeUndefined();
    // A sheet deleted by the plan is no longer ours to write.
    expect(refusal(user(), plan({ op: 'deleteSheet', sheet: '我的' }, { op: 'clearRange', sheet: '我的', top: 0, left: 0, bottom: 0, right: 0 }))).toMatch(/要清除工作表“我的”/);
  });

  it('adopts an unmarked sheet only with the content an earlier version wrote', () => {
    const { title, headerRow, header } = LEGACY_SIGNATURES.supplement;
    const rows: (string | null)[][] = [[title]];
    rows[headerRow] = [...header];
    const legacy: WorkbookGrid = { sheets: [sheet('说明数据', rows)] };
    const adopt = plan({ op: 'markSheet', sheet: '说明数据', role: 'supplement' }, { op: 'clearRange', sheet: '说明数据', top: 9, left: 0, bottom: 20, right: 12 });
    expect(refusal(legacy, adopt)).toBeUndefined();
    expect(refusal(legacy, plan({ op: 'markSheet', sheet: '说明数据', role: 'results' }))).toMatch(/要标记并改写工作表“说明数据”/);
    // 公开说明: only when the plan writes exactly what is there.
    const text = plan({ op: 'markSheet', sheet: '公开说明', role: 'narrative' }, { op: 'setCells', sheet: '公开说明', row: 0, col: 0, cells: [[{ value: '我写的说明' }], [{ value: '第二段' }]] });
    expect(refusal(user(), text)).toBeUndefined();
    const other = plan({ op: 'markSheet', sheet: '公开说明', role: 'narrative' }, { op: 'setCells', sheet: '公开说明', row: 0, col: 0, cells: [[{ value: '生成的说明' }], [{ value: '第二段' }]] });
    expect(refusal(user(), other)).toMatch(/要标记并改写工作表“公开说明”/);
  });

  it('replaces the text of a cell of the user’s only while it still holds what the user saw', () => {
    const op: PlanOp = { op: 'replaceCellText', sheet: '公开说明', cell: 'A2', before: '第二段', after: '第二段，改过。' };
    expect(refusal(user(), plan(op))).toBeUndefined();
    expect(refusal(user(), plan({ ...op, before: '第二段。' }))).toMatch(/单元格“公开说明”!A2 在显示替换内容之后已被修改/);
    const formula: WorkbookGrid = { sheets: [{ name: '公开说明', rows: [[null], ['第二段']], formulas: [[null], ['"第二段"']] }] };
    expect(refusal(formula, plan(op))).toMatch(/已被修改/);
  });

  it('needs the content only of the sheets a plan writes cells into without creating them', () => {
    const p = plan(
      { op: 'ensureSheet', sheet: '新' },
      { op: 'setCells', sheet: '新', row: 0, col: 0, cells: [] },
      { op: 'setCells', sheet: '表', row: 0, col: 0, cells: [] },
      { op: 'markSheet', sheet: '说明数据', role: 'supplement' },
      { op: 'replaceCellText', sheet: '公开说明', cell: 'A1', before: '', after: '' },
      { op: 'deleteSheet', sheet: '我的' },
    );
    expect(sheetsToRead(p)).toEqual(['表', '说明数据', '公开说明']);
  });
});
