/**
 * 江西's 国有资产占用情况表 (its 公开10表, tests/engine/audit/jiangxiTemplate.test.ts) on the sample's figures: 固定资产
 * 532.65 of which 房屋构筑物 0 and 车辆 72.85, as the sample's 说明数据 gives 房屋价值 and 车辆价值.
 */
import rule from '../../../../src/engine/audit/rules/supplementAssets';
import { sheet, testRule } from '../../../support/ruleTester';
import { JIANGXI_ASSETS, jiangxiAssetsRows } from '../../../support/layouts';

const TITLE = JIANGXI_ASSETS;
const assets = () => sheet(TITLE, jiangxiAssetsRows());

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
