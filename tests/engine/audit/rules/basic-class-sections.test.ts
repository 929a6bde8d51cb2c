import rule from '../../../../src/engine/audit/rules/basicClassSections';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: 'a 款 changed', edits: [['一般公共预算财政拨款基本支出决算表', 'C7', 136.62]], errors: [{ severity: 'error', first: '一般公共预算财政拨款基本支出决算表!C6', includes: ['一般公共预算财政拨款基本支出决算表!C7'], message: '301 工资福利支出' }] }],
});
