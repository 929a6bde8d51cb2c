import rule from '../../../../src/engine/audit/rules/summaryYearExpenditure';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: 'a 类 changed', edits: [['收入支出决算总表', 'F13', 48.25]], errors: [{ severity: 'error', first: '收入支出决算总表!F32', includes: ['收入支出决算总表!F13'] }] }],
});
