import rule from '../../../../src/engine/audit/rules/threePublicTotal';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: '公务接待费 决算 changed', edits: [['财政拨款三公经费支出决算表', 'L7', 1.2]], errors: [{ severity: 'error', first: '财政拨款三公经费支出决算表!G7', includes: ['财政拨款三公经费支出决算表!L7'], message: '决算数' }] }],
});
