import rule from '../../../../src/engine/audit/rules/expenditureRowUses';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: '基本支出 of a 项 changed', edits: [['支出决算表', 'D9', 224.14]], errors: [{ severity: 'error', first: '支出决算表!C9', includes: ['支出决算表!D9'] }] }],
});
