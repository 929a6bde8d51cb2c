import rule from '../../../../src/engine/audit/rules/subjectTotalClasses';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample (table 05 keeps the reference gaps)', rounding: 2 }],
  invalid: [
    {
      name: 'a 类 of table 02 changed',
      edits: [['收入决算表', 'C7', 1236.07]],
      errors: [{ severity: 'error', first: '收入决算表!C6', includes: ['收入决算表!C7'] }, { severity: 'rounding', first: '一般公共预算财政拨款支出决算表!C6' }, { severity: 'rounding', first: '一般公共预算财政拨款支出决算表!D6' }],
    },
  ],
});
