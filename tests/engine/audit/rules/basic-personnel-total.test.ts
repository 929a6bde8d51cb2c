import rule from '../../../../src/engine/audit/rules/basicPersonnelTotal';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: '301 changed', edits: [['一般公共预算财政拨款基本支出决算表', 'C6', 557.87]], errors: [{ severity: 'error', first: '一般公共预算财政拨款基本支出决算表!C23', includes: ['一般公共预算财政拨款基本支出决算表!C6', '一般公共预算财政拨款基本支出决算表!C17'] }] }],
});
