import rule from '../../../../src/engine/audit/rules/summaryExpenditureTotal';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: '年末结转和结余 changed', edits: [['收入支出决算总表', 'F34', 1]], errors: [{ severity: 'error', first: '收入支出决算总表!F35', includes: ['收入支出决算总表!F34'] }] }],
});
