import type { CellValue, WorkbookGrid } from '../../src/engine/grid/cell';
import { sample } from './ruleTester';
import { withSheetRows } from './layouts';

/** The sample's table 07 sheet, as the unit-by-unit layouts below rewrite it. */
export const THREE_PUBLIC_SHEET = '财政拨款三公经费支出决算表';

const items = ['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'];
const vehicles = [null, null, '小计', '公务用车购置费', '公务用车运行费', null];

/**
 * The sample's 07 laid out unit by unit: 项目 | 预算数 block | 决算数 block, the first unit's row (row 6), the second
 * unit's (row 7, its twelve figures given) and the 合计 row (row 8). Shared by the 07 rules' tests, which hold each
 * unit's row to its own sums and the units to the 合计.
 */
export const threePublicByUnit = (second: readonly CellValue[]) => (): WorkbookGrid =>
  withSheetRows(sample(), THREE_PUBLIC_SHEET, () => [
    ['财政拨款“三公”经费支出决算表'],
    ['部门：新疆昌吉州政务服务和公共资源交易管理局', ...Array<null>(11), '单位：万元'],
    ['项目', '预算数', null, null, null, null, null, '决算数', null, null, null, null, null],
    [null, ...items, ...items],
    [null, ...vehicles, ...vehicles],
    ['昌吉州政务服务中心', 3, 0, 3, 0, 3, 0, 2.99, 0, 2.99, 0, 2.99, 0],
    ['昌吉州公共资源交易中心', ...second],
    ['合计', 5, 0, 4.8, 0, 4.8, 0.2, 4.99, 0, 4.79, 0, 4.79, 0.2],
  ]);
