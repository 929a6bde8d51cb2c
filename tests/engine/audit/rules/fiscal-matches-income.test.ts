import rule from '../../../../src/engine/audit/rules/fiscalMatchesIncome';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: '财政拨款收入 of table 02 differs', edits: [['收入决算表', 'D6', 1364.45]], errors: [{ severity: 'error', first: '财政拨款收入支出决算总表!C32', includes: ['收入决算表!D6'] }] }],
});
