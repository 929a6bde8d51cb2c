import rule from '../../../../src/engine/audit/rules/threePublicVehicles';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: '运行费 预算 changed', edits: [['财政拨款三公经费支出决算表', 'E7', 5.8]], errors: [{ severity: 'error', first: '财政拨款三公经费支出决算表!C7', includes: ['财政拨款三公经费支出决算表!E7'], message: '预算数' }] }],
});
