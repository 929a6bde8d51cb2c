/**
 * 江西's 国有资产占用情况表 (its 公开10表, tests/engine/audit/jiangxiTemplate.test.ts) on the sample's figures: 固定资产
 * 532.65 of which 房屋构筑物 0 and 车辆 72.85, as the sample's 说明数据 gives 房屋价值 and 车辆价值.
 */
import rule from '../../../../src/engine/audit/rules/supplementAssets';
import { sampleWithSupplementSheet, sheet, testRule } from '../../../support/ruleTester';
import { JIANGXI_ASSETS, jiangxiAssetsRows, jiangxiHousesRows } from '../../../support/layouts';

const TITLE = JIANGXI_ASSETS;
const assets = () => sheet(TITLE, jiangxiAssetsRows());
/** The table with 120.00 of 房屋构筑物, the column headed `header` (房屋构筑物, or 房屋 alone). */
const housesOf = (header: string) => sheet(TITLE, jiangxiHousesRows(header));

testRule(rule, {
  valid: [
    { name: 'the sample (no such table)' },
    { name: 'the sample with 江西’s table', sheets: [assets()] },
    { name: 'no 车辆价值 in the 说明数据: nothing to hold', sheets: [assets()], data: (j) => void delete j.事项.车辆价值 },
    // helper-h289: 房屋构筑物 other than 0 adds 构筑物 to the houses: a 房屋价值 of the houses alone (100.00) is not held to it.
    { name: 'a 房屋价值 below a 房屋构筑物 of 120.00: not held', sheets: [housesOf('房屋构筑物')], data: (j) => void (j.事项.房屋价值 = 100) },
    // helper-h301: at most the houses and the 构筑物 together; the edge, no 构筑物 at all.
    { name: 'a 房屋价值 equal to a 房屋构筑物 of 120.00', sheets: [housesOf('房屋构筑物')], data: (j) => void (j.事项.房屋价值 = 120) },
    { name: 'no 房屋价值 in the 说明数据 beside a 房屋构筑物 of 120.00: nothing to bound', sheets: [housesOf('房屋构筑物')], data: (j) => void delete j.事项.房屋价值 },
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
    {
      // helper-h289: a column of 房屋 alone is the houses' value: held.
      name: 'the 说明数据’s 房屋价值 differs from the table’s column of 房屋 alone',
      sheets: [housesOf('房屋')],
      data: (j) => void (j.事项.房屋价值 = 100),
      errors: [{ severity: 'error', first: `${TITLE}!F7`, message: '房屋构筑物 120.00' }],
    },
    {
      // helper-h301: the houses are part of the 房屋构筑物: a 房屋价值 above it cannot be right on one basis, and passed. A 提示
      // (review r307): the 说明数据's 原值 of the houses may be above the table's 净值 of both, right.
      name: 'a 房屋价值 above a 房屋构筑物 of 120.00',
      sheets: [housesOf('房屋构筑物')],
      data: (j) => void (j.事项.房屋价值 = 150),
      errors: [
        {
          severity: 'warning',
          first: `${TITLE}!F7`,
          message:
            '说明数据“事项·房屋价值” 150.00 万元，大于国有资产占用情况表合计行的房屋构筑物 120.00 万元（工作表“国有资产占用情况表”F7），多 30.00 万元：房屋是房屋构筑物的一部分，同为原值或同为账面净值时房屋价值不能大于它。请核对说明数据的房屋价值与该表是否同一口径（原值或账面净值），或该表的房屋构筑物。',
        },
      ],
    },
    {
      name: 'with the 说明数据 sheet: the 房屋价值’s cell first, then the table’s',
      grid: sampleWithSupplementSheet,
      sheets: [housesOf('房屋构筑物')],
      data: (j) => void (j.事项.房屋价值 = 150),
      errors: [{ severity: 'warning', first: '说明数据!B74', includes: [`${TITLE}!F7`], message: '说明数据“事项·房屋价值”（B74） 150.00 万元，大于' }],
    },
  ],
});
