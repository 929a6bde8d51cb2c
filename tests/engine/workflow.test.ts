/** The pane's actions as engine functions: 上年数 from last year's workbook, filling only what is empty. */
import { priorYearPlan, resolveSupplement, supplementPlan } from '../../src/engine/workflow';
import { applyPlanToGrid } from '../../src/engine/plan/applyToGrid';
import { sample, sampleData } from '../support/ruleTester';

describe('taking 上年数 from last year’s workbook', () => {
  it('fills each empty 上年数 with last year’s 本年数, and keeps what was typed', () => {
    // This year's workbook with its 说明数据 sheet, 收入总计 上年数 typed; last year's is the sample too.
    const data = sampleData();
    data.指标 = { 收入总计: { 上年数: 1801.23 } };
    let grid = sample();
    grid = applyPlanToGrid(grid, supplementPlan(grid, data));
    const { plan, filled } = priorYearPlan(grid, sample());
    expect(plan.summary[0]).toBe(`从上年工作簿取得 ${filled} 个上年数（只填空白的上年数）。`);
    const after = resolveSupplement(applyPlanToGrid(grid, plan)).supplement;
    const prior = (key: string) => after.指标.get(key)?.上年数?.value;
    expect(prior('收入总计')).toBe(1801.23);
    expect(prior('支出总计')).toBe(1488.29);
    expect(prior('财政拨款收入总计')).toBe(1363.45);
    expect(prior('2010301')).toBe(223.14);
    expect(prior('三公经费合计')).toBe(4.99);
    expect(filled).toBeGreaterThan(30);
  });
});
