import rule from '../../../../src/engine/audit/rules/generalBudgetRow';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: '项目支出 of a 项 changed', edits: [['一般公共预算财政拨款支出决算表', 'E10', 719.22]], errors: [{ severity: 'error', first: '一般公共预算财政拨款支出决算表!C10', includes: ['一般公共预算财政拨款支出决算表!E10'] }] }],
});
