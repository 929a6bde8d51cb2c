import rule from '../../../../src/engine/audit/rules/threePublicNegative';
import type { CellValue } from '../../../../src/engine/grid/cell';
import { withShanghaiDistrictThreePublic, withSheetRows, withThreePublicWithoutSubtotal } from '../../../support/layouts';
import { sample, testRule } from '../../../support/ruleTester';

const T7 = '财政拨款三公经费支出决算表';

/** Table 07 with a row per measure (项目 | 合计 | …), as some provinces print it. */
const measureRows = (data: CellValue[][]) => () =>
  withSheetRows(sample(), T7, () => [
    ['财政拨款“三公”经费支出决算表'],
    ['部门：新疆昌吉州政务服务和公共资源交易管理局', null, null, null, null, null, '单位：万元'],
    ['项目', '合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'],
    [null, null, null, '小计', '公务用车购置费', '公务用车运行费', null],
    ...data,
    ['注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。'],
  ]);

testRule(rule, {
  valid: [
    { name: 'the sample' },
    // The edge: 0 is no negative, and a blank or a dash is 0.
    { name: '决算 公务接待费 of 0', edits: [[T7, 'L7', 0]] },
    { name: 'blank and dashed items', edits: [[T7, 'B7', null], [T7, 'H7', '-'], [T7, 'J7', '—']] },
    { name: 'the table without the 小计 of 公务用车', grid: () => withThreePublicWithoutSubtotal(sample()) },
    // 上海's districts print 机关运行经费 in a last column: no 三公 amount, and a small office's may fall below zero
    // (收回以前年度支出), as narrative cases.test.ts's −1.03 万元.
    { name: 'a 机关运行经费 column below zero (上海 district layout)', grid: () => withShanghaiDistrictThreePublic(-1.03) },
  ],
  invalid: [
    {
      name: '决算 公务接待费 below zero',
      edits: [[T7, 'L7', -1]],
      errors: [
        {
          severity: 'error',
          first: `${T7}!L7`,
          message:
            '《财政拨款“三公”经费支出决算表》的决算数“公务接待费”（工作表“财政拨款三公经费支出决算表”L7）为 -1.00 万元，小于零：“三公”经费的预算和支出都不能为负数，公开说明也不计算负数的占比和完成率。请核对并改正该单元格（没有支出的留空或填 0）。',
        },
      ],
    },
    {
      name: '预算 因公出国（境）费 written in brackets, (0.50)',
      edits: [[T7, 'B7', '(0.50)']],
      errors: [{ severity: 'error', first: `${T7}!B7`, message: '的预算数“因公出国（境）费”（工作表“财政拨款三公经费支出决算表”B7）为 -0.50 万元' }],
    },
    {
      name: 'a negative 合计 and item: each cell (决算数 before 预算数)',
      edits: [
        [T7, 'A7', -0.2],
        [T7, 'F7', -5.2],
        [T7, 'K7', -0.01],
      ],
      errors: [
        { severity: 'error', first: `${T7}!K7`, message: '决算数“公务用车运行费”（工作表“财政拨款三公经费支出决算表”K7）为 -0.01 万元' },
        { severity: 'error', first: `${T7}!A7`, message: '预算数“合计”（工作表“财政拨款三公经费支出决算表”A7）为 -0.20 万元' },
        { severity: 'error', first: `${T7}!F7`, message: '预算数“公务接待费”（工作表“财政拨款三公经费支出决算表”F7）为 -5.20 万元' },
      ],
    },
    {
      name: 'a table in 元',
      edits: [
        [T7, 'L2', '单位：元'],
        [T7, 'L7', -2000],
      ],
      errors: [{ severity: 'error', first: `${T7}!L7`, message: '为 -2,000.00 元，小于零' }],
    },
    {
      name: 'the table without the 小计 of 公务用车: the 运行费 cell once',
      grid: () => withThreePublicWithoutSubtotal(sample()),
      edits: [[T7, 'I7', -4.79]],
      errors: [{ severity: 'error', first: `${T7}!I7`, message: '决算数“公务用车运行费”（工作表“财政拨款三公经费支出决算表”I7）为 -4.79 万元' }],
    },
    {
      name: 'a 年初预算数 row and a 全年预算数 row: the cell once, named by its own row (not again as the 预算数 it repeats)',
      grid: measureRows([
        ['年初预算数', 4, 0, 3.8, 0, 3.8, -0.2],
        ['全年预算数', 5, 0, 4.8, 0, 4.8, 0.2],
        ['决算数', 4.99, 0, 4.79, 0, 4.79, 0.2],
      ]),
      errors: [{ severity: 'error', first: `${T7}!G5`, message: '的年初预算数“公务接待费”（工作表“财政拨款三公经费支出决算表”G5）为 -0.20 万元' }],
    },
  ],
});
