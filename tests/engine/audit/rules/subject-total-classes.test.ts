import rule from '../../../../src/engine/audit/rules/subjectTotalClasses';
import { sample, testRule } from '../../../support/ruleTester';
import { withItemsOnly } from '../../../support/layouts';

/** Table 05 as some departments print it: its 项 alone, no 类 or 款 rows (the 合计 is the sum of the 项). */
const itemsOnly = () => withItemsOnly(sample(), 'generalBudgetExpenditure');

testRule(rule, {
  valid: [
    { name: 'the sample (table 05 keeps the reference gaps)', rounding: 2 },
    { name: 'table 05 listing its 项 alone', grid: itemsOnly, rounding: 2 },
  ],
  invalid: [
    {
      name: 'a 类 of table 02 changed',
      edits: [['收入决算表', 'C7', 1236.07]],
      errors: [{ severity: 'error', first: '收入决算表!C6', includes: ['收入决算表!C7'] }, { severity: 'rounding', first: '一般公共预算财政拨款支出决算表!C6' }, { severity: 'rounding', first: '一般公共预算财政拨款支出决算表!D6' }],
    },
    {
      name: 'a 项 of table 05 listing its 项 alone changed',
      grid: itemsOnly,
      edits: [['一般公共预算财政拨款支出决算表', 'C7', 224.14]],
      errors: [{ severity: 'error', first: '一般公共预算财政拨款支出决算表!C6', includes: ['一般公共预算财政拨款支出决算表!C7', '一般公共预算财政拨款支出决算表!C18'] }, { severity: 'rounding', first: '一般公共预算财政拨款支出决算表!D6' }],
    },
  ],
});
