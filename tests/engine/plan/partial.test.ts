/**
 * What a write that failed half-way left (issue 14): the comparison of the workbook before and after says exactly
 * what was written, and the take-back plan undoes what the add-in may undo — sheets it added and marked, the cells
 * of its own sheets, the text 对照 replaced, its highlights and notes — and names what it leaves in the
 * accountant's sheets.
 */
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import type { Plan, PlanOp } from '../../../src/engine/plan/plan';
import { FlagCount, partialWrite, WorkbookTrace } from '../../../src/engine/plan/partial';
import { PartialWriteError } from '../../../src/engine/plan/errors';
import { applyPlanToGrid } from '../../../src/engine/plan/applyToGrid';
import { guardPlan } from '../../../src/engine/plan/guard';
import { sheet } from '../../support/ruleTester';

const plan = (...ops: PlanOp[]): Plan => ({ ops, summary: [] });
const trace = (grid: WorkbookGrid, flags: Record<string, FlagCount> = {}): WorkbookTrace => ({ grid, flags: new Map(Object.entries(flags)) });
/** The workbook after the first `n` operations of the plan took effect. */
const after = (grid: WorkbookGrid, p: Plan, n: number) => applyPlanToGrid(grid, { ops: p.ops.slice(0, n), summary: [] });

const before: WorkbookGrid = {
  sheets: [sheet('表', [[1, null], [2, null]]), sheet('说明', [['旧的一句。']]), sheet('说明数据', [['说明数据'], ['旧值']])],
  names: [{ name: '_juesuan_supplement', formula: '说明数据!$A$1' }],
};

const fillLike = plan(
  { op: 'ensureSheet', sheet: '公开说明' },
  { op: 'markSheet', sheet: '公开说明', role: 'narrative' },
  { op: 'setCells', sheet: '公开说明', row: 0, col: 0, cells: [[{ value: '标题' }], [{ value: '-（见说明）' }]] },
  { op: 'setCells', sheet: '说明数据', row: 1, col: 0, cells: [[{ value: '新值' }, { formula: 'A2', value: '新值' }]] },
  { op: 'setCells', sheet: '表', row: 0, col: 1, cells: [[{ formula: 'A1*2', value: 2 }], [{ formula: 'A2*2', value: 4 }]] },
  { op: 'replaceCellText', sheet: '说明', cell: 'A1', before: '旧的一句。', after: '新的一句。' },
);

describe('a write that failed half-way', () => {
  it('finds nothing written when nothing changed', () => {
    const result = partialWrite(fillLike, trace(before), trace(before));
    expect(result.written).toEqual([]);
    expect(result.takeBack.ops).toEqual([]);
  });

  it('says what it wrote, and takes back every part of it the add-in may: the workbook is as before but the formulas left in the accountant’s table', () => {
    const failed = after(before, fillLike, 6);
    const result = partialWrite(fillLike, trace(before), trace(failed));
    expect(result.written).toEqual([
      '新建了工作表“公开说明”并写入 2 个单元格',
      '改写了工作表“说明数据”的 2 个单元格（A2、B2）',
      '改写了工作表“表”的 2 个单元格（B1、B2）',
      '改写了工作表“说明”的 1 个单元格（A1）',
    ]);
    expect(result.kept).toEqual(['工作表“表”是您的工作表，单元格 B1、B2 已写入决算公开助手的公式，“清除”不改动它们：不需要时请手动删除。']);
    expect(result.takeBack.summary).toEqual(['删除新建的工作表“公开说明”。', '把工作表“说明数据”的 2 个单元格恢复为写入前的内容。', '把单元格“说明”!A1 恢复为原来的文字。']);
    // The take-back passes the guard every host runs, and gives back the workbook as it was, but those formulas.
    expect(() => guardPlan(failed, result.takeBack)).not.toThrow();
    const back = applyPlanToGrid(failed, result.takeBack);
    expect(back.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    expect(back.names).toEqual(before.names);
    expect(back.sheets.find((s) => s.name === '说明')!.rows).toEqual([['旧的一句。']]);
    expect(back.sheets.find((s) => s.name === '说明数据')!.rows[1]).toEqual(['旧值', null]);
    expect(back.sheets.find((s) => s.name === '说明数据')!.formulas?.[1]?.[1] ?? null).toBeNull();
    expect(back.sheets.find((s) => s.name === '表')!.formulas).toEqual([[null, 'A1*2'], [null, 'A2*2']]);
  });

  it('counts only what changed: a write that failed after the new sheet was added but before it was marked leaves it to the accountant', () => {
    const result = partialWrite(fillLike, trace(before), trace(after(before, fillLike, 1)));
    expect(result.written).toEqual(['新建了工作表“公开说明”']);
    expect(result.takeBack.ops).toEqual([]);
    expect(result.kept).toEqual(['新建的工作表“公开说明”还没有加上决算公开助手的标记，“清除”不会删除它：请核对后手动删除。']);
  });

  it('takes back the highlights and notes that changed, and says when earlier ones are gone for good', () => {
    const flags = plan({ op: 'removeHighlights', sheets: ['表', '说明'] }, { op: 'removeNotes', sheets: ['表', '说明'] }, { op: 'addHighlights', sheet: '表', level: 'error', cells: ['A1'] });
    const result = partialWrite(flags, trace(before, { 表: { highlights: 2, notes: 1 }, 说明: { highlights: 0, notes: 0 } }), trace(before, { 表: { highlights: 1, notes: 0 }, 说明: { highlights: 0, notes: 0 } }));
    expect(result.written).toEqual(['工作表“表”上决算公开助手的标色由 2 处变为 1 处', '工作表“表”上决算公开助手的批注由 1 条变为 0 条']);
    expect(result.takeBack.ops).toEqual([{ op: 'removeHighlights', sheets: ['表'] }]);
    expect(result.kept).toEqual(['先前检查留下的标色和批注已有部分移除，“清除”不能恢复它们：需要时请再次检查。']);
  });

  it('reports a sheet it deleted, which cannot come back', () => {
    const marked: WorkbookGrid = { sheets: [...before.sheets, sheet('检查结果', [['检查结果（决算公开助手）']])], names: [{ name: '_juesuan_results', formula: '检查结果!$A$1' }] };
    const clear = plan({ op: 'deleteSheet', sheet: '检查结果' }, { op: 'removeHighlights', sheets: ['表'] });
    const result = partialWrite(clear, trace(marked, { 表: { highlights: 3, notes: 0 } }), trace(after(marked, clear, 1), { 表: { highlights: 3, notes: 0 } }));
    expect(result.written).toEqual(['删除了工作表“检查结果”']);
    expect(result.kept).toEqual(['工作表“检查结果”已删除，“清除”不能恢复它。']);
  });

  it('makes an error whose message says why, what was written and that 清除 takes it back', () => {
    const failed = after(before, fillLike, 3);
    const error = new PartialWriteError('Excel 返回错误：合并单元格。', partialWrite(fillLike, trace(before), trace(failed)), failed);
    expect(error.message).toBe('写入没有完成：Excel 返回错误：合并单元格。已经写入的有：新建了工作表“公开说明”并写入 2 个单元格。可以点“清除”撤回。');
  });
});
