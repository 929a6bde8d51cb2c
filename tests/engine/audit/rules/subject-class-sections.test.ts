import rule from '../../../../src/engine/audit/rules/subjectClassSections';
import { testRule } from '../../../support/ruleTester';
import { changji2022 } from '../../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../../fixtures/workbook';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [
    { name: 'a 类 of table 03 changed', edits: [['支出决算表', 'C12', 48.25]], errors: [{ severity: 'error', first: '支出决算表!C12', includes: ['支出决算表!C13'], message: '208 社会保障和就业支出（类）' }] },
    {
      // Named 《一般公共预算财政拨款支出决算表》, a page the accountant could not find.
      name: 'a 类 of table 05 changed where 05 is titled as older templates title it: named as its page is titled',
      grid: () => toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { withoutZong: true, oldTitles: true })),
      edits: [['一般公共预算财政拨款支出决算表', 'E12', 48.25]],
      errors: [{ severity: 'error', first: '一般公共预算财政拨款支出决算表!E12', message: '一般公共预算财政拨款收入支出决算表“小计”列：208' }],
    },
  ],
});
