import rule from '../../../../src/engine/audit/rules/fiscalIncomeTotal';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: '本年收入合计 changed', edits: [['财政拨款收入支出决算总表', 'C32', 1364.45]], errors: [{ severity: 'error', first: '财政拨款收入支出决算总表!C37', includes: ['财政拨款收入支出决算总表!C32'] }] }],
});
