import rule from '../../../../src/engine/audit/rules/summaryMatchesExpenditure';
import { sample, testRule } from '../../../support/ruleTester';
import { withItemsOnly } from '../../../support/layouts';

/** Table 03 as some departments print it: its 项 alone, no 类 or 款 rows (each 类 of table 01 is the sum of its 项). */
const itemsOnly = () => withItemsOnly(sample(), 'expenditure');

testRule(rule, {
  valid: [{ name: 'the sample' }, { name: 'table 03 listing its 项 alone', grid: itemsOnly }],
  invalid: [
    { name: 'a 类 differs', edits: [['支出决算表', 'C12', 48.25]], errors: [{ severity: 'error', first: '收入支出决算总表!F13', includes: ['支出决算表!C12'], message: '社会保障和就业支出' }] },
    { name: 'a 项 of table 03 listing its 项 alone differs', grid: itemsOnly, edits: [['支出决算表', 'C11', 42.9]], errors: [{ severity: 'error', first: '收入支出决算总表!F13', includes: ['支出决算表!C10', '支出决算表!C11', '支出决算表!C12'], message: '社会保障和就业支出' }] },
    { name: '本年支出合计 differs', edits: [['支出决算表', 'C6', 1489.29]], errors: [{ severity: 'error', first: '收入支出决算总表!F32', includes: ['支出决算表!C6'] }] },
  ],
});
