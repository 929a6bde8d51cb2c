import rule from '../../../../src/engine/audit/rules/threePublicFundParts';
import type { CellValue } from '../../../../src/engine/grid/cell';
import { withSheetRows } from '../../../support/layouts';
import { sample, testRule } from '../../../support/ruleTester';

const T7 = '财政拨款三公经费支出决算表';
const N = null;
/** Table 07 as 安徽 巢湖市人民法院 2021 prints it: each measure a 合计 | 一般公共预算 | 政府性基金 block, the items as rows. */
const split = (reception: CellValue[], third = '政府性基金') => () =>
  withSheetRows(sample(), T7, () => [
    ['2021年度一般公共预算及政府性基金财政拨款“三公”经费支出决算表'],
    [N, N, N, N, N, N, '单位:万元'],
    ['项目', '预算数', N, N, '决算数', N, N],
    [N, '合计', '一般公共预算', third, '合计', '一般公共预算', third],
    ['因公出国(境)费', 0, 0, 0, 0, 0, 0],
    ['公务接待费', ...reception],
    ['公务用车购置及运行费', 72.7, 72.7, 0, 71.97, 71.97, 0],
    ['其中:公务用车运行维护费', 59.5, 59.5, 0, 59.46, 59.46, 0],
    ['公务用车购置费', 13.2, 13.2, 0, 12.51, 12.51, 0],
    ['总计', 80.7, 80.7, 0, 74.23, 74.23, 0],
  ]);

testRule(rule, {
  valid: [
    { name: 'the sample (no block split by fund)' },
    { name: 'each 合计 its funds added up', grid: split([8, 8, 0, 2.26, 2.26, 0]) },
    { name: 'a 合计 within rounding of its funds (1.13 + 1.14 shown for 2.26)', grid: split([8, 8, 0, 2.26, 1.13, 1.14]) },
    { name: 'a blank fund is 0', grid: split([8, 8, N, 2.26, 2.26, N]) },
    // helper-h218: a column beside the funds naming something else is a part too, though not read: held to the funds
    // alone (6.00), a right 合计 (6.00 + 2.00) was a 错误.
    { name: 'a block with a column other than a fund (合计 | 一般公共预算 | 其他资金): not held', grid: split([8, 6, 2, 2.26, 2.26, 0], '其他资金') },
  ],
  invalid: [
    {
      name: 'a 决算 合计 off by 1.00',
      grid: split([8, 8, 0, 3.26, 2.26, 0]),
      errors: [
        {
          severity: 'error',
          first: `${T7}!E6`,
          message: `按资金来源分列的“三公”经费合计与各项资金不符：工作表“${T7}”E6的“合计”3.26万元与其旁各项资金（“一般公共预算”F6、“政府性基金”G6）之和 2.26万元不符，相差 1.00万元：公开说明按“合计”读取，请核对这一行的数字，使“合计”等于各项资金之和。`,
        },
      ],
    },
    {
      name: 'a 预算 合计 whose 政府性基金 is left out of it',
      grid: split([8, 7, 2, 2.26, 2.26, 0]),
      errors: [{ severity: 'error', first: `${T7}!B6`, message: '之和 9.00万元不符，相差 1.00万元' }],
    },
  ],
});
