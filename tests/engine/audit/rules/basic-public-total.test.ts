import rule from '../../../../src/engine/audit/rules/basicPublicTotal';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: '302 changed', edits: [['一般公共预算财政拨款基本支出决算表', 'F6', 65.11]], errors: [{ severity: 'error', first: '一般公共预算财政拨款基本支出决算表!F23', includes: ['一般公共预算财政拨款基本支出决算表!F6', '一般公共预算财政拨款基本支出决算表!F21'] }] }],
});
