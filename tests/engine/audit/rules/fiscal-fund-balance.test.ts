import rule from '../../../../src/engine/audit/rules/fiscalFundBalance';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [
    {
      name: '本年支出 of a fund changed',
      edits: [['财政拨款收入支出决算总表', 'G35', 1364.45]],
      errors: [{ severity: 'error', first: '财政拨款收入支出决算总表!C6', includes: ['财政拨款收入支出决算总表!G35', '财政拨款收入支出决算总表!C34', '财政拨款收入支出决算总表!G36'], message: '一般公共预算财政拨款' }],
    },
  ],
});
