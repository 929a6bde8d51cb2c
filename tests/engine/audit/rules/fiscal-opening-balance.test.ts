import rule from '../../../../src/engine/audit/rules/fiscalOpeningBalance';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: 'a sub-row changed', edits: [['财政拨款收入支出决算总表', 'C34', 1]], errors: [{ severity: 'error', first: '财政拨款收入支出决算总表!C33', includes: ['财政拨款收入支出决算总表!C34'] }] }],
});
