import rule from '../../../../src/engine/audit/rules/performanceRate';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [
    { name: 'the sample (rates rounded to 0.01%)' },
    { name: 'a rate written as text', edits: [['项目支出绩效自评表', 'H6', '100.00%']] },
    // 41.60 ÷ 74.90 = 55.54%: right at the precision it is written to.
    { name: 'a rate written as text to 0.1% or to 1% (55.5%, 83%)', edits: [['项目支出绩效自评表', 'H64', '55.5%'], ['项目支出绩效自评表', 'H92', '83%']] },
    { name: 'a rate in percentage points (98.5 under 执行率（%）)', edits: [['项目支出绩效自评表', 'H64', 55.54], ['项目支出绩效自评表', 'H175', '35.7']] },
    {
      // The sheet's rate of the amounts it holds (41.596 ÷ 74.904 = 55.53%), shown 41.60 and 74.90 (55.54%): a 自评表's
      // funds are read as held, not as the two decimals shown that tables 01–09 are read as.
      name: 'a rate of amounts held finer than shown (a formula of 元 ÷ 10,000)',
      edits: [
        ['项目支出绩效自评表', 'E64', 74.904],
        ['项目支出绩效自评表', 'F64', 41.596],
        ['项目支出绩效自评表', 'H64', 41.596 / 74.904],
      ],
    },
  ],
  invalid: [
    { name: 'a rate written to 1% that is not the rate (50% for 55.54%)', edits: [['项目支出绩效自评表', 'H64', '50%']], errors: [{ severity: 'error', first: '项目支出绩效自评表!H64', message: '应为 55.54%' }] },
    { name: 'a number short of the rate (0.555 for 55.54%: its cell shows 55.50%)', edits: [['项目支出绩效自评表', 'H64', 0.555]], errors: [{ severity: 'error', first: '项目支出绩效自评表!H64', message: '应为 55.54%' }] },
    { name: 'a wrong rate', edits: [['项目支出绩效自评表', 'H6', 0.9]], errors: [{ severity: 'error', first: '项目支出绩效自评表!H6', includes: ['项目支出绩效自评表!F6', '项目支出绩效自评表!E6'], message: '应为 100.00%' }] },
    { name: 'a 执行数 changed', edits: [['项目支出绩效自评表', 'F6', 227]], errors: [{ severity: 'error', first: '项目支出绩效自评表!H6', includes: ['项目支出绩效自评表!F6'] }] },
  ],
});
