import rule from '../../../../src/engine/audit/rules/generalBudgetMatchesBasic';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: '人员经费合计 differs', edits: [['一般公共预算财政拨款基本支出决算表', 'C23', 578.84]], errors: [{ severity: 'error', first: '一般公共预算财政拨款支出决算表!D6', includes: ['一般公共预算财政拨款基本支出决算表!C23', '一般公共预算财政拨款基本支出决算表!F23'] }] }],
});
