import rule from '../../../../src/engine/audit/rules/summaryYearIncome';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [
    { name: 'a source changed by 1.00', edits: [['收入支出决算总表', 'C13', 10.34]], errors: [{ severity: 'error', first: '收入支出决算总表!C32', includes: ['收入支出决算总表!C13'], message: '少 1.00 万元' }] },
    { name: 'a source off by 0.01 is 尾差', edits: [['收入支出决算总表', 'C13', 9.35]], errors: [{ severity: 'rounding', first: '收入支出决算总表!C32' }] },
  ],
});
