import rule from '../../../../src/engine/audit/rules/fiscalYearIncome';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: '一般公共预算财政拨款 changed', edits: [['财政拨款收入支出决算总表', 'C6', 1364.45]], errors: [{ severity: 'error', first: '财政拨款收入支出决算总表!C32', includes: ['财政拨款收入支出决算总表!C6'] }] }],
});
