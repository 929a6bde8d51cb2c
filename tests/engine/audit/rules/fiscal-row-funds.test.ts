import rule from '../../../../src/engine/audit/rules/fiscalRowFunds';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: 'a fund column changed', edits: [['财政拨款收入支出决算总表', 'G6', 1226.73]], errors: [{ severity: 'error', first: '财政拨款收入支出决算总表!F6', includes: ['财政拨款收入支出决算总表!G6'] }] }],
});
