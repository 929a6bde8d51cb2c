import rule from '../../../../src/engine/audit/rules/vehicleCount';
import { sampleWithSupplementSheet, testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [
    { name: 'one more 其他用车', data: (j) => (j.事项['其他用车'] = 2), errors: [{ severity: 'error', first: null, message: '说明数据“事项·车辆数”为 3 辆，各类用车之和为 4 辆。' }] },
    {
      name: 'the same with a 说明数据 sheet: the cells of 车辆数 and 其他用车 there',
      grid: sampleWithSupplementSheet,
      data: (j) => (j.事项['其他用车'] = 2),
      errors: [{ severity: 'error', first: '说明数据!B75', includes: ['说明数据!B84'], message: '说明数据“事项·车辆数”（B75）为 3 辆' }],
    },
  ],
});
