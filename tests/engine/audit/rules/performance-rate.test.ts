import rule from '../../../../src/engine/audit/rules/performanceRate';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample (rates rounded to 0.01%)' }, { name: 'a rate written as text', edits: [['项目支出绩效自评表', 'H6', '100.00%']] }],
  invalid: [
    { name: 'a wrong rate', edits: [['项目支出绩效自评表', 'H6', 0.9]], errors: [{ severity: 'error', first: '项目支出绩效自评表!H6', includes: ['项目支出绩效自评表!F6', '项目支出绩效自评表!E6'], message: '应为 100.00%' }] },
    { name: 'a 执行数 changed', edits: [['项目支出绩效自评表', 'F6', 227]], errors: [{ severity: 'error', first: '项目支出绩效自评表!H6', includes: ['项目支出绩效自评表!F6'] }] },
  ],
});
