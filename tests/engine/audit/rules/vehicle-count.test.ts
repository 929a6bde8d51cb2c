import rule from '../../../../src/engine/audit/rules/vehicleCount';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: 'one more 其他用车', data: (j) => (j.事项['其他用车'] = 2), errors: [{ severity: 'error', first: null, message: '车辆数为 3 辆，各类用车之和为 4 辆' }] }],
});
