import rule from '../../../../src/engine/audit/rules/performanceFundScore';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: 'a score that ignores the rate', edits: [['项目支出绩效自评表', 'I6', 9]], errors: [{ severity: 'error', first: '项目支出绩效自评表!I6', message: '应为 10' }] }],
});
