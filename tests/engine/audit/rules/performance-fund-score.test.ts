import rule from '../../../../src/engine/audit/rules/performanceFundScore';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [
    { name: 'the sample' },
    { name: 'a score written as text to 0.1 (5.6分 for 5.55)', edits: [['项目支出绩效自评表', 'I64', '5.6分']] },
    // 10 × 4.16 ÷ 7.49 = 5.55, the score from the amounts; 10 × 56% would be 5.6.
    { name: 'a score worked from the amounts beside a rate shown rounded (5.55 beside 56%)', edits: [['项目支出绩效自评表', 'H64', '56%']] },
  ],
  invalid: [
    { name: 'a score written whole that is not the score (5 for 5.55)', edits: [['项目支出绩效自评表', 'I64', '5分']], errors: [{ severity: 'error', first: '项目支出绩效自评表!I64', message: '应为 5.55' }] },{ name: 'a score that ignores the rate', edits: [['项目支出绩效自评表', 'I6', 9]], errors: [{ severity: 'error', first: '项目支出绩效自评表!I6', message: '应为 10' }] }],
});
