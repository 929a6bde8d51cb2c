import rule from '../../../../src/engine/audit/rules/fiscalWithinExpenditure';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: 'a 类 of table 03 smaller', edits: [['支出决算表', 'C12', 40]], errors: [{ severity: 'warning', first: '财政拨款收入支出决算总表!F13', includes: ['支出决算表!C12'] }] }],
});
