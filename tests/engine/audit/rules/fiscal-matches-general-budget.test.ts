import rule from '../../../../src/engine/audit/rules/fiscalMatchesGeneralBudget';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [
    { name: 'a 类 of table 05 differs', edits: [['一般公共预算财政拨款支出决算表', 'C12', 48.25]], errors: [{ severity: 'error', first: '财政拨款收入支出决算总表!G13', includes: ['一般公共预算财政拨款支出决算表!C12'] }] },
    { name: 'a 类 table 05 does not list', edits: [['财政拨款收入支出决算总表', 'G7', 5]], errors: [{ severity: 'error', first: '财政拨款收入支出决算总表!G7', message: '没有这一类' }] },
  ],
});
