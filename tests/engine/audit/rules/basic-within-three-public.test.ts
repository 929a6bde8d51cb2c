import rule from '../../../../src/engine/audit/rules/basicWithinThreePublic';
import { testRule } from '../../../support/ruleTester';
import { changji2022 } from '../../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../../fixtures/workbook';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [
    {
      name: '公务接待费 决算 smaller than 30217',
      edits: [['财政拨款三公经费支出决算表', 'L7', 0.1]],
      errors: [
        {
          severity: 'warning',
          first: '一般公共预算财政拨款基本支出决算表!F13',
          includes: ['财政拨款三公经费支出决算表!L7'],
          message: '《一般公共预算财政拨款基本支出决算表》“30217 公务接待费” 0.20 万元，大于《财政拨款“三公”经费支出决算表》的公务接待费决算数 0.10 万元',
        },
      ],
    },
    {
      name: 'the same in tables titled as older templates title them: each named as its page is titled',
      grid: () => toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { oldTitles: true })),
      edits: [['财政拨款三公经费支出决算表', 'L7', 0.1]],
      errors: [{ severity: 'warning', first: '一般公共预算财政拨款基本支出决算表!F13', message: '《一般公共预算财政拨款基本支出决算明细表》“30217 公务接待费” 0.20 万元，大于《一般公共预算财政拨款“三公”经费支出决算表》' }],
    },
  ],
});
