import rule from '../../../../src/engine/audit/rules/basicWithinThreePublic';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: '公务接待费 决算 smaller than 30217', edits: [['财政拨款三公经费支出决算表', 'L7', 0.1]], errors: [{ severity: 'warning', first: '一般公共预算财政拨款基本支出决算表!F13', includes: ['财政拨款三公经费支出决算表!L7'], message: '公务接待费' }] }],
});
