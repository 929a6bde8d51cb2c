import rule from '../../../../src/engine/audit/rules/threePublicVehicles';
import type { CellValue } from '../../../../src/engine/grid/cell';
import { sample, testRule } from '../../../support/ruleTester';
import { withSheetRows } from '../../../support/layouts';

testRule(rule, {
  valid: [{ name: 'the sample' }],
  invalid: [{ name: '运行费 预算 changed', edits: [['财政拨款三公经费支出决算表', 'E7', 5.8]], errors: [{ severity: 'error', first: '财政拨款三公经费支出决算表!C7', includes: ['财政拨款三公经费支出决算表!E7'], message: '预算数' }] }],
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
      name: 'a unit’s 决算数 公务用车购置及运行费 not its 购置费 and 运行费’s sum: flagged at the unit’s row, named',
      grid: byUnit([2, 0, 1.8, 0, 1.8, 0.2, 2, 0, 1.8, 0, 1.6, 0.2]),
      errors: [{ severity: 'error', first: `${SHEET}!J7`, includes: [`${SHEET}!L7`], message: '《财政拨款“三公”经费支出决算表》的“昌吉州公共资源交易中心”决算数公务用车购置及运行费 1.80 万元，与购置费、运行费之和 1.60 万元不符，多 0.20 万元。' }],
    },
  ],
});
