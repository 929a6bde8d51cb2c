import rule from '../../../../src/engine/audit/rules/fiscalMatchesGeneralBudget';
import { sample, testRule } from '../../../support/ruleTester';
import { withItemsOnly } from '../../../support/layouts';

/** Table 05 as some departments print it: its 项 alone, no 类 or 款 rows (each 类 of table 04 is the sum of its 项). */
const itemsOnly = () => withItemsOnly(sample(), 'generalBudgetExpenditure');

testRule(rule, {
  valid: [{ name: 'the sample' }, { name: 'table 05 listing its 项 alone (the reference’s own gaps of 0.01 in 201 and 210)', grid: itemsOnly, rounding: 2 }],
  invalid: [
    { name: 'a 类 of table 05 differs', edits: [['一般公共预算财政拨款支出决算表', 'C12', 48.25]], errors: [{ severity: 'error', first: '财政拨款收入支出决算总表!G13', includes: ['一般公共预算财政拨款支出决算表!C12'] }] },
    { name: 'a 项 of table 05 listing its 项 alone differs', grid: itemsOnly, edits: [['一般公共预算财政拨款支出决算表', 'C11', 42.9]], errors: [{ severity: 'error', first: '财政拨款收入支出决算总表!G13', includes: ['一般公共预算财政拨款支出决算表!C10', '一般公共预算财政拨款支出决算表!C11', '一般公共预算财政拨款支出决算表!C12'] }, { severity: 'rounding', first: '财政拨款收入支出决算总表!G6' }, { severity: 'rounding', first: '财政拨款收入支出决算总表!G14' }] },
    { name: 'a 类 table 05 does not list', edits: [['财政拨款收入支出决算总表', 'G7', 5]], errors: [{ severity: 'error', first: '财政拨款收入支出决算总表!G7', message: '没有这一类' }] },
  ],
});
