/**
 * 江西's 国有资产占用情况表 (its 公开10表, tests/engine/audit/jiangxiTemplate.test.ts) on the sample's figures: 固定资产
 * 532.65 of which 房屋构筑物 0 and 车辆 72.85, as the sample's 说明数据 gives 房屋价值 and 车辆价值.
 */
import rule from '../../../../src/engine/audit/rules/supplementAssets';
import type { CellValue } from '../../../../src/engine/grid/cell';
import { sheet, testRule } from '../../../support/ruleTester';

const TITLE = '国有资产占用情况表';
const assets = () =>
  sheet(TITLE, [
    [TITLE, null, null, null, null, null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, null, null, null, null, '公开10表'],
    ['部门：新疆昌吉州政务服务和公共资源交易管理局', null, null, null, null, null, null, null, null, null, null, '金额单位：万元'],
    ['项目', '行次', '资产总额', '流动资产', '固定资产', null, null, null, null, '对外投资', '无形资产', '其他资产'],
    [null, null, null, null, '小计', '房屋构筑物', '车辆', '单价200万元以上大型设备', '其他固定资产', null, null, null],
    ['栏次', null, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    ['合计', 1, 600.5, 67.85, 532.65, 0, 72.85, 0, 459.8, 0, 0, 0],
  ] as CellValue[][]);

testRule(rule, {
  valid: [
    { name: 'the sample (no such table)' },
    { name: 'the sample with 江西’s table', sheets: [assets()] },
    { name: 'no 车辆价值 in the 说明数据: nothing to hold', sheets: [assets()], data: (j) => void delete j.事项.车辆价值 },
  ],
  invalid: [
    {
      name: 'the table’s 车辆 differs from the 说明数据’s 车辆价值',
      sheets: [assets()],
      edits: [[TITLE, 'G7', 70.85]],
      errors: [{ severity: 'error', first: `${TITLE}!G7`, message: '说明数据“事项·车辆价值”' }],
    },
    {
      name: 'the 说明数据’s 房屋价值 differs from the table’s 房屋构筑物',
      sheets: [assets()],
      data: (j) => void (j.事项.房屋价值 = 120),
      errors: [{ severity: 'error', first: `${TITLE}!F7`, message: '房屋构筑物 0.00' }],
    },
  ],
});
