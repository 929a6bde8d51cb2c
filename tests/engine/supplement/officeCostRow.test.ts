/**
 * The 说明数据 sheet's 机关运行经费 row by 单位性质 (DOMAIN §1): a 行政单位's or 参公事业单位's is table 06's 公用经费合计,
 * a 混合 department's is typed, and a 事业单位 has none: 0, as the 公开说明 says (上海: …年度无机关运行经费支出; 新疆
 * speaks of its 公用经费, a row of its own). The sheet showed table 06's 公用经费 67.39 as a 事业单位's 机关运行经费.
 */
import { sample, sampleData } from '../../support/ruleTester';
import { supplementPlan } from '../../../src/engine/workflow';
import { planCell } from '../../support/supplementPlan';
import { withShanghaiDistrictThreePublic } from '../../support/layouts';

const planOf = (kind: string) => {
  const json = sampleData();
  (json as { 单位性质: string }).单位性质 = kind;
  return supplementPlan(sample(), json);
};

describe('the 说明数据 sheet’s 机关运行经费 本年数', () => {
  it('of a 事业单位 is 0, not its 公用经费 (the text says it has none)', () => {
    const plan = planOf('事业单位');
    expect(planCell(plan, '机关运行经费', '本年数')).toMatchObject({ formula: '0', value: 0 });
    // Its 公用经费 stays table 06's, which 新疆's sentence for a 事业单位 quotes.
    expect(planCell(plan, '公用经费', '本年数')).toMatchObject({ value: 67.39 });
  });

  it('of a 行政单位 or 参公事业单位 is table 06’s 公用经费合计; of a 混合 department, typed', () => {
    for (const kind of ['行政单位', '参公事业单位']) expect(planCell(planOf(kind), '机关运行经费', '本年数')).toMatchObject({ value: 67.39 });
    expect(planCell(planOf('混合'), '机关运行经费', '本年数')).toEqual({ value: null, style: 'inputAmount' });
  });

  it('of a 混合 department whose table 07 prints it (上海 district layout: 机关运行经费决算数) is that cell’s, as the text quotes it', () => {
    const json = sampleData();
    (json as { 单位性质: string }).单位性质 = '混合';
    const cell = planCell(supplementPlan(withShanghaiDistrictThreePublic(325.88), json), '机关运行经费', '本年数');
    expect(cell).toMatchObject({ value: 325.88 });
    expect(cell?.formula).toContain('财政拨款三公经费支出决算表');
  });
});
