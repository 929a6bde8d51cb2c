import rule from '../../../../src/engine/audit/rules/generalBudgetRow';
import { sample, testRule } from '../../../support/ruleTester';
import { JIANGSU_FISCAL_EXPENDITURE, withJiangsuFiscalTables } from '../../../support/layouts';

testRule(rule, {
  valid: [{ name: 'the sample' }, { name: 'the sample with 江苏’s 财政拨款支出决算表(功能科目)', grid: () => withJiangsuFiscalTables(sample()) }],
  invalid: [
    {
      name: '项目支出 of a 项 of 江苏’s 财政拨款支出决算表 changed',
      grid: () => withJiangsuFiscalTables(sample()),
      edits: [[JIANGSU_FISCAL_EXPENDITURE, 'E10', 719.22]],
      errors: [{ severity: 'error', first: `'${JIANGSU_FISCAL_EXPENDITURE}'!C10`, includes: [`'${JIANGSU_FISCAL_EXPENDITURE}'!E10`], message: '财政拨款支出决算表（功能科目）“2010302' }],
    },{ name: '项目支出 of a 项 changed', edits: [['一般公共预算财政拨款支出决算表', 'E10', 719.22]], errors: [{ severity: 'error', first: '一般公共预算财政拨款支出决算表!C10', includes: ['一般公共预算财政拨款支出决算表!E10'] }] }],
});
