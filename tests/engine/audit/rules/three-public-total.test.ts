import rule from '../../../../src/engine/audit/rules/threePublicTotal';
import type { CellValue } from '../../../../src/engine/grid/cell';
import { sample, testRule } from '../../../support/ruleTester';
import { withSheetRows } from '../../../support/layouts';
import { changji2022 } from '../../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../../fixtures/workbook';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [
    {
      name: '公务接待费 决算 changed',
      edits: [['财政拨款三公经费支出决算表', 'L7', 1.2]],
      errors: [{ severity: 'error', first: '财政拨款三公经费支出决算表!G7', includes: ['财政拨款三公经费支出决算表!L7'], message: '《财政拨款“三公”经费支出决算表》的决算数合计' }],
    },
    {
      // Named 《“三公”经费支出决算表》 before, a title neither template prints.
      name: '公务接待费 决算 changed in a table titled as older templates title it: named as its page is titled',
      grid: () => toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { oldTitles: true })),
      edits: [['财政拨款三公经费支出决算表', 'L7', 1.2]],
      errors: [{ severity: 'error', first: '财政拨款三公经费支出决算表!G7', message: '《一般公共预算财政拨款“三公”经费支出决算表》的决算数合计' }],
    },
  ],
});

const SHEET = '财政拨款三公经费支出决算表';
const items = ['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'];
const vehicles = [null, null, '小计', '公务用车购置费', '公务用车运行费', null];

/** The sample's 07 laid out unit by unit (as three-public-units' tests): two units' rows and the 合计 row (row 8). */
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

testRule(rule, {
  valid: [{ name: 'two units, each adding up', grid: byUnit([2, 0, 1.8, 0, 1.8, 0.2, 2, 0, 1.8, 0, 1.8, 0.2]) }],
  invalid: [
    {
      // Its 合计 the 合计 row's share (5.00 = 3.00 + 2.00, the 合计 row adding up): nothing else tells it.
      name: 'a unit’s 预算数 合计 not its three items’ sum: flagged at the unit’s row, named',
      grid: byUnit([2, 0, 2, 0, 2, 0.2, 2, 0, 1.8, 0, 1.8, 0.2]),
      errors: [{ severity: 'error', first: `${SHEET}!B7`, includes: [`${SHEET}!D7`, `${SHEET}!G7`], message: '《财政拨款“三公”经费支出决算表》的“昌吉州公共资源交易中心”预算数合计 2.00 万元，与三项之和 2.20 万元不符，少 0.20 万元。' }],
    },
  ],
});
