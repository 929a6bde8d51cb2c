import rule from '../../../../src/engine/audit/rules/performanceIndicatorScore';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample with 1.18 for the TV notice cost', edits: [['项目支出绩效自评表', 'H188', 1.18]] }],
  invalid: [
    { name: 'the reference scores 1.2 where 6 × 1.5697 / 8 = 1.18', errors: [{ severity: 'warning', first: '项目支出绩效自评表!H188', includes: ['项目支出绩效自评表!F188', '项目支出绩效自评表!E188'], message: '应为 1.18' }] },
    { name: 'a short quantity scored in full', edits: [['项目支出绩效自评表', 'H188', 1.18], ['项目支出绩效自评表', 'H13', 5], ['项目支出绩效自评表', 'F13', '0套']], errors: [{ severity: 'warning', first: '项目支出绩效自评表!H13', message: '应为 0' }] },
  ],
});
