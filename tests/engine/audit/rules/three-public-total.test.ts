import rule from '../../../../src/engine/audit/rules/threePublicTotal';
import { testRule } from '../../../support/ruleTester';
import { changji2022 } from '../../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../../fixtures/workbook';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [
    {
      name: '公务接待费 决算 changed',
      edits: [['财政拨款三公经费支出决算表', 'L7', 1.2]],
      errors: [{ severity: 'error', first: '财政拨款三公经费支出决算表!G7', includes: ['财政拨款三公经费支出决算表!L7'], message: '《财政拨款“三公”经费支出决算表》的决算数合计' }],
    },
    {
      // Named 《“三公”经费支出决算表》 before, a title neither template prints.
      name: '公务接待费 决算 changed in a table titled as older templates title it: named as its page is titled',
      grid: () => toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { oldTitles: true })),
      edits: [['财政拨款三公经费支出决算表', 'L7', 1.2]],
      errors: [{ severity: 'error', first: '财政拨款三公经费支出决算表!G7', message: '《一般公共预算财政拨款“三公”经费支出决算表》的决算数合计' }],
    },
  ],
});
