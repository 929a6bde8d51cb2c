import rule from '../../../../src/engine/audit/rules/subjectSectionItems';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample (table 05 keeps the reference gaps)', rounding: 4 }],
  invalid: [
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
