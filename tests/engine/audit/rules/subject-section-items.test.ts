import rule from '../../../../src/engine/audit/rules/subjectSectionItems';
import { sample, testRule } from '../../../support/ruleTester';
import { JIANGSU_FISCAL_EXPENDITURE, withJiangsuFiscalTables } from '../../../support/layouts';

testRule(rule, {
  valid: [{ name: 'the sample (table 05 keeps the reference gaps)', rounding: 4 }],
  invalid: [
    {
      name: 'a 款 of 江苏’s 财政拨款支出决算表(功能科目) changed (its table 05 copy keeps the reference gaps too)',
      grid: () => withJiangsuFiscalTables(sample()),
      edits: [[JIANGSU_FISCAL_EXPENDITURE, 'C13', 48.25]],
      errors: [
        { severity: 'error', first: `'${JIANGSU_FISCAL_EXPENDITURE}'!C13`, includes: [`'${JIANGSU_FISCAL_EXPENDITURE}'!C14`, `'${JIANGSU_FISCAL_EXPENDITURE}'!C15`, `'${JIANGSU_FISCAL_EXPENDITURE}'!C16`] },
        { severity: 'rounding', first: '一般公共预算财政拨款支出决算表!C8' },
        { severity: 'rounding', first: '一般公共预算财政拨款支出决算表!D8' },
        { severity: 'rounding', first: '一般公共预算财政拨款支出决算表!C18' },
        { severity: 'rounding', first: '一般公共预算财政拨款支出决算表!D18' },
        { severity: 'rounding', first: `'${JIANGSU_FISCAL_EXPENDITURE}'!C8` },
        { severity: 'rounding', first: `'${JIANGSU_FISCAL_EXPENDITURE}'!D8` },
        { severity: 'rounding', first: `'${JIANGSU_FISCAL_EXPENDITURE}'!C18` },
        { severity: 'rounding', first: `'${JIANGSU_FISCAL_EXPENDITURE}'!D18` },
      ],
    },
    {
      name: 'a 款 of table 03 changed',
      edits: [['支出决算表', 'C13', 48.25]],
      errors: [
        { severity: 'error', first: '支出决算表!C13', includes: ['支出决算表!C14', '支出决算表!C15', '支出决算表!C16'] },
        { severity: 'rounding', first: '一般公共预算财政拨款支出决算表!C8' },
        { severity: 'rounding', first: '一般公共预算财政拨款支出决算表!D8' },
        { severity: 'rounding', first: '一般公共预算财政拨款支出决算表!C18' },
        { severity: 'rounding', first: '一般公共预算财政拨款支出决算表!D18' },
      ],
    },
  ],
});
