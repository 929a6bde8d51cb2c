import rule from '../../../../src/engine/audit/rules/officeCost';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [
    { name: 'a 事业单位 (its 公用经费 is not 机关运行经费)', data: (j) => (j.指标['机关运行经费'] = { 本年数: 70 }) },
    { name: 'a 行政单位 with the right figure', data: (j) => { j.单位性质 = '行政单位'; j.指标['机关运行经费'] = { 本年数: 67.39 }; } },
  ],
  invalid: [
    {
      name: 'a 行政单位 whose 机关运行经费 is not its 公用经费',
      data: (j) => { j.单位性质 = '行政单位'; j.指标['机关运行经费'] = { 本年数: 70 }; },
      errors: [{ severity: 'error', first: '一般公共预算财政拨款基本支出决算表!F23', message: '行政单位的机关运行经费即公用经费' }],
    },
  ],
});
