import rule from '../../../../src/engine/audit/rules/subjectClassSections';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: 'a 类 of table 03 changed', edits: [['支出决算表', 'C12', 48.25]], errors: [{ severity: 'error', first: '支出决算表!C12', includes: ['支出决算表!C13'], message: '208 社会保障和就业支出（类）' }] }],
});
