import rule from '../../../../src/engine/audit/rules/fiscalYearExpenditure';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample (its 类 mirror table 05, with the reference gap)', rounding: 2 }],
  invalid: [
    {
      name: 'a 类 changed',
      edits: [['财政拨款收入支出决算总表', 'F13', 48.25]],
      errors: [{ severity: 'error', first: '财政拨款收入支出决算总表!F35', includes: ['财政拨款收入支出决算总表!F13'] }, { severity: 'rounding', first: '财政拨款收入支出决算总表!G35' }],
    },
  ],
});
