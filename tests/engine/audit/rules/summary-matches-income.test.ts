import rule from '../../../../src/engine/audit/rules/summaryMatchesIncome';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [
    { name: '其他收入 differs', edits: [['收入支出决算总表', 'C13', 10.34]], errors: [{ severity: 'error', first: '收入支出决算总表!C13', includes: ['收入决算表!I6'], message: '其他收入' }] },
    { name: '财政拨款收入 differs', edits: [['收入决算表', 'D6', 1364.45]], errors: [{ severity: 'error', first: '收入决算表!D6', includes: ['收入支出决算总表!C6', '收入支出决算总表!C7', '收入支出决算总表!C8'] }] },
  ],
});
