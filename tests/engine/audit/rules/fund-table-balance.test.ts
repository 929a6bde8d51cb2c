import rule from '../../../../src/engine/audit/rules/fundTableBalance';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample (empty tables)' }],
  invalid: [{ name: '年初结转和结余 without anything else', edits: [['政府性基金预算财政拨款收入支出决算表', 'C6', 1]], errors: [{ severity: 'error', first: '政府性基金预算财政拨款收入支出决算表!C6', includes: ['政府性基金预算财政拨款收入支出决算表!H6'] }] }],
});
