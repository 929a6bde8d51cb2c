import rule from '../../../../src/engine/audit/rules/officeCost';
import { testRule } from '../../../support/ruleTester';
import { changji2022 } from '../../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../../fixtures/workbook';
import { withShanghaiDistrictThreePublic } from '../../../support/layouts';

/** The sample with every table in 元: table 06's 公用经费合计 is 673,900.00 元. */
const inYuan = () => toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { unit: '元' }));

testRule(rule, {
  valid: [
    { name: 'a 事业单位 (its 公用经费 is not 机关运行经费)', data: (j) => (j.指标['机关运行经费'] = { 本年数: 70 }) },
    { name: 'a 行政单位 with the right figure', data: (j) => { j.单位性质 = '行政单位'; j.指标['机关运行经费'] = { 本年数: 67.39 }; } },
    { name: 'the same with table 06 in 元 (673,900.00 元 is 67.39 万元)', grid: inYuan, data: (j) => { j.单位性质 = '行政单位'; j.指标['机关运行经费'] = { 本年数: 67.39 }; } },
    // 上海's districts print 机关运行经费 in a last column of table 07.
    { name: 'a 行政单位 whose table 07 prints its 公用经费 as 机关运行经费', grid: () => withShanghaiDistrictThreePublic(67.39), data: (j) => (j.单位性质 = '行政单位') },
    { name: 'a 事业单位 whose table 07 prints another 机关运行经费 (its 公用经费 is not one)', grid: () => withShanghaiDistrictThreePublic(325.88) },
    { name: 'a 混合 department whose 机关运行经费 本年数 is table 07’s', grid: () => withShanghaiDistrictThreePublic(325.88), data: (j) => { j.单位性质 = '混合'; j.指标['机关运行经费'] = { 本年数: 325.88 }; } },
  ],
  invalid: [
    {
      name: 'a 行政单位 whose 机关运行经费 is not its 公用经费',
      data: (j) => { j.单位性质 = '行政单位'; j.指标['机关运行经费'] = { 本年数: 70 }; },
      errors: [{ severity: 'error', first: '一般公共预算财政拨款基本支出决算表!F23', message: '说明数据“指标·机关运行经费·本年数” 70.00 万元，与基本支出决算表的公用经费合计 67.39 万元不符，多 2.61 万元（行政单位的机关运行经费即公用经费）。' }],
    },
    {
      name: 'the same with table 06 in 元: compared in 万元, the 说明数据 unit, and said so',
      grid: inYuan,
      data: (j) => { j.单位性质 = '行政单位'; j.指标['机关运行经费'] = { 本年数: 70 }; },
      errors: [{ severity: 'error', first: '一般公共预算财政拨款基本支出决算表!F23', message: '多 2.61 万元（行政单位的机关运行经费即公用经费；一般公共预算财政拨款基本支出决算表的金额单位为元，按万元比较）。' }],
    },
    {
      name: 'a 行政单位 whose table 07 prints a 机关运行经费 that is not its 公用经费 (上海 district layout)',
      grid: () => withShanghaiDistrictThreePublic(325.88),
      data: (j) => (j.单位性质 = '行政单位'),
      errors: [{ severity: 'error', first: '财政拨款三公经费支出决算表!M7', message: '一般公共预算财政拨款“三公”经费及机关运行经费支出决算表的机关运行经费 325.88 万元，与基本支出决算表的公用经费合计 67.39 万元不符，多 258.49 万元（行政单位的机关运行经费即公用经费）。' }],
    },
    {
      name: 'a 混合 department whose 说明数据 本年数 is not table 07’s 机关运行经费',
      grid: () => withShanghaiDistrictThreePublic(325.88),
      data: (j) => { j.单位性质 = '混合'; j.指标['机关运行经费'] = { 本年数: 300 }; },
      errors: [{ severity: 'error', first: '财政拨款三公经费支出决算表!M7', message: '说明数据“指标·机关运行经费·本年数” 300.00 万元，与一般公共预算财政拨款“三公”经费及机关运行经费支出决算表的机关运行经费 325.88 万元不符，少 25.88 万元。' }],
    },
  ],
});
