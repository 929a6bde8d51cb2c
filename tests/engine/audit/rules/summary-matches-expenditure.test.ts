import rule from '../../../../src/engine/audit/rules/summaryMatchesExpenditure';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [
    { name: 'a 类 differs', edits: [['支出决算表', 'C12', 48.25]], errors: [{ severity: 'error', first: '收入支出决算总表!F13', includes: ['支出决算表!C12'], message: '社会保障和就业支出' }] },
    { name: '本年支出合计 differs', edits: [['支出决算表', 'C6', 1489.29]], errors: [{ severity: 'error', first: '收入支出决算总表!F32', includes: ['支出决算表!C6'] }] },
  ],
});
