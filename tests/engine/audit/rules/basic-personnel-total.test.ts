import rule from '../../../../src/engine/audit/rules/basicPersonnelTotal';
import { sample, testRule } from '../../../support/ruleTester';
import { JIANGSU_FISCAL_BASIC, withJiangsuFiscalTables } from '../../../support/layouts';

testRule(rule, {
  valid: [{ name: 'the sample' }, { name: 'the sample with 江苏’s 财政拨款基本支出决算表(经济科目)', grid: () => withJiangsuFiscalTables(sample()) }],
  invalid: [
    {
      name: '301 of 江苏’s 财政拨款基本支出决算表 changed',
      grid: () => withJiangsuFiscalTables(sample()),
      edits: [[JIANGSU_FISCAL_BASIC, 'C6', 557.87]],
      errors: [{ severity: 'error', first: `'${JIANGSU_FISCAL_BASIC}'!C23`, includes: [`'${JIANGSU_FISCAL_BASIC}'!C6`], message: '财政拨款基本支出决算表（经济科目）的人员经费合计' }],
    },
    { name: '301 changed', edits: [['一般公共预算财政拨款基本支出决算表', 'C6', 557.87]], errors: [{ severity: 'error', first: '一般公共预算财政拨款基本支出决算表!C23', includes: ['一般公共预算财政拨款基本支出决算表!C6', '一般公共预算财政拨款基本支出决算表!C17'] }] }],
});
