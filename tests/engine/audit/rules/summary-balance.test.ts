import rule from '../../../../src/engine/audit/rules/summaryBalance';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: '支出总计 differs', edits: [['收入支出决算总表', 'F35', 1489.29]], errors: [{ severity: 'error', first: '收入支出决算总表!C35', includes: ['收入支出决算总表!F35'], message: '不相等' }] }],
});
