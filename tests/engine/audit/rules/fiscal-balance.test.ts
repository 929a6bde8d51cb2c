import rule from '../../../../src/engine/audit/rules/fiscalBalance';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: '支出总计 differs', edits: [['财政拨款收入支出决算总表', 'F37', 1364.45]], errors: [{ severity: 'error', first: '财政拨款收入支出决算总表!C37', includes: ['财政拨款收入支出决算总表!F37'] }] }],
});
