import rule from '../../../../src/engine/audit/rules/performanceTotalScore';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: 'a 总分 that does not add up', edits: [['项目支出绩效自评表', 'H29', 99]], errors: [{ severity: 'error', first: '项目支出绩效自评表!H29', includes: ['项目支出绩效自评表!I6', '项目支出绩效自评表!H13'], message: '之和为 100' }] }],
});
