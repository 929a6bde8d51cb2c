import rule from '../../../../src/engine/audit/rules/fundTableExpenditure';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample (empty tables)' }],
  invalid: [{ name: '基本支出 without 本年支出', edits: [['国有资本经营预算财政拨款收入支出决算表', 'F6', 1]], errors: [{ severity: 'error', first: '国有资本经营预算财政拨款收入支出决算表!E6', includes: ['国有资本经营预算财政拨款收入支出决算表!F6'] }] }],
});
