import rule from '../../../../src/engine/audit/rules/generalBudgetWithinExpenditure';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: '基本支出 of table 03 smaller', edits: [['支出决算表', 'D9', 200]], errors: [{ severity: 'warning', first: '一般公共预算财政拨款支出决算表!D9', includes: ['支出决算表!D9'], message: '行政运行' }] }],
});
