import rule from '../../../../src/engine/audit/rules/summaryIncomeTotal';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: '使用非财政拨款结余 changed', edits: [['收入支出决算总表', 'C33', 116.5]], errors: [{ severity: 'error', first: '收入支出决算总表!C35', includes: ['收入支出决算总表!C33'] }] }],
});
