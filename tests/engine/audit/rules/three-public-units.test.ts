import rule from '../../../../src/engine/audit/rules/threePublicUnits';
import type { CellValue } from '../../../../src/engine/grid/cell';
import { testRule, sample } from '../../../support/ruleTester';
import { withSheetRows } from '../../../support/layouts';

const SHEET = '财政拨款三公经费支出决算表';
const items = ['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'];
const vehicles = [null, null, '小计', '公务用车购置费', '公务用车运行费', null];

/** The sample's 07 laid out unit by unit: 项目 | 预算数 block | 决算数 block, two units' rows and the 合计 row (row 8). */
const byUnit = (second: readonly CellValue[]) => () =>
  withSheetRows(sample(), SHEET, () => [
    ['财政拨款“三公”经费支出决算表'],
    ['部门：新疆昌吉州政务服务和公共资源交易管理局', ...Array<null>(11), '单位：万元'],
    ['项目', '预算数', null, null, null, null, null, '决算数', null, null, null, null, null],
    [null, ...items, ...items],
    [null, ...vehicles, ...vehicles],
    ['昌吉州政务服务中心', 3, 0, 3, 0, 3, 0, 2.99, 0, 2.99, 0, 2.99, 0],
    ['昌吉州公共资源交易中心', ...second],
    ['合计', 5, 0, 4.8, 0, 4.8, 0.2, 4.99, 0, 4.79, 0, 4.79, 0.2],
  ]);

/** byUnit's second unit split in two, the second of them hidden (row 8): the 合计 row (row 9) their sum. */
const withHiddenUnit = () => {
  const g = byUnit([1, 0, 0.8, 0, 0.8, 0.2, 1, 0, 0.8, 0, 0.8, 0.2])();
  return {
    ...g,
    sheets: g.sheets.map((s) => {
      if (s.name !== SHEET) return s;
      const rows = [...s.rows];
      rows.splice(7, 0, ['机关服务中心', 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0]);
      return { ...s, rows, hiddenRows: [7] };
    }),
  };
};

testRule(rule, {
  valid: [
    { name: 'the sample (one data row)' },
    { name: 'two units adding up to the 合计 row', grid: byUnit([2, 0, 1.8, 0, 1.8, 0.2, 2, 0, 1.8, 0, 1.8, 0.2]) },
    { name: 'three units adding up to the 合计 row, one of them hidden (still a unit)', grid: withHiddenUnit },
  ],
  invalid: [
    {
      name: 'a unit’s 预算数 公务用车运行费 not adding up to the 合计 row’s (and its 小计)',
      grid: byUnit([2, 0, 2, 0, 2, 0.2, 2, 0, 1.8, 0, 1.8, 0.2]),
      errors: [
        { severity: 'error', first: `${SHEET}!D8`, includes: [`${SHEET}!D6`, `${SHEET}!D7`], message: '《财政拨款“三公”经费支出决算表》的预算数“公务用车购置及运行费” 4.80 万元，与各单位之和 5.00 万元不符，少 0.20 万元。' },
        { severity: 'error', first: `${SHEET}!F8`, message: '《财政拨款“三公”经费支出决算表》的预算数“公务用车运行费” 4.80 万元，与各单位之和 5.00 万元不符' },
      ],
    },
  ],
});
