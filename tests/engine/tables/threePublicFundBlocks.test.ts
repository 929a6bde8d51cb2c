/**
 * Table 07 split by fund (安徽 巢湖市人民法院 2021's layout: each measure a block of fund columns, the items as rows), in
 * the variants its reading left unchecked (helper-h221): a block with no 合计 column (预算数 over 一般公共预算 | 政府性基金
 * alone), and a block of another year beside this year's.
 */
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import { recognise } from '../../../src/engine/recognise/recognise';
import { check } from '../../../src/engine/workflow';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { figureOf } from '../../../src/engine/tables/model';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { withSheetRows } from '../../support/layouts';
import type { FinalAccountsData } from '../../../fixtures/data';

const N = null;
const TITLE = '2021年度一般公共预算及政府性基金财政拨款“三公”经费支出决算表';
function book(rows: readonly CellValue[][]): WorkbookGrid {
  const data = { ...(JSON.parse(JSON.stringify(changji2022)) as FinalAccountsData), year: 2021 };
  const g = toGrid(buildWorkbook(data, standardPlan(data)));
  return withSheetRows(g, recognise(g).tables.threePublicCosts!.sheet, () => rows.map((r) => [...r]));
}
const json = { ...(JSON.parse(JSON.stringify(changji2022Supplement)) as Record<string, unknown>), 年度: 2021 };
const ITEMS = ['total', 'overseasTravel', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'reception'];
const read = (g: WorkbookGrid) => {
  const r = recognise(g);
  const t = r.tables.threePublicCosts!;
  return { r, t, figures: ITEMS.map((i) => [figureOf(t, 'budget', i)?.fen, figureOf(t, 'actual', i)?.fen]) };
};

describe('a fund block with no 合计 column', () => {
  const rows = (reception: CellValue[], total: CellValue[] = [80.7, 1, 74.23, 0.5]): CellValue[][] => [
    [TITLE],
    [N, N, N, N, '单位:万元'],
    ['项目', '预算数', N, '决算数', N],
    [N, '一般公共预算', '政府性基金', '一般公共预算', '政府性基金'],
    ['因公出国(境)费', 0, 0, 0, 0],
    ['公务接待费', ...reception],
    ['公务用车购置及运行费', 72.7, 0, 71.97, 0],
    ['其中:公务用车运行维护费', 59.5, 0, 59.46, 0],
    ['公务用车购置费', 13.2, 0, 12.51, 0],
    ['总计', ...total],
  ];

  it('each measure is its funds added up (the items and the 总计 as rows)', () => {
    const { figures } = read(book(rows([8, 1, 2.26, 0.5])));
    expect(figures).toEqual([
      [81_700_000, 74_730_000], [0, 0], [72_700_000, 71_970_000], [13_200_000, 12_510_000], [59_500_000, 59_460_000], [9_000_000, 2_760_000],
    ]);
  });

  it('its 总计 held to its items: a wrong one found', () => {
    const ids = (g: WorkbookGrid) => check(g, json).findings.filter((f) => f.cells.some((c) => c.includes('三公'))).map((f) => f.rule);
    expect(ids(book(rows([8, 1, 2.26, 0.5])))).toEqual([]);
    expect(ids(book(rows([8, 1, 2.26, 0.5], [80.7, 1, 75.23, 0.5])))).toContain('three-public-total');
  });
});

describe('a block of another year beside this year’s', () => {
  const rows: CellValue[][] = [
    [TITLE],
    [N, N, N, N, N, N, '单位:万元'],
    ['项目', '2020年决算数', N, N, '2021年决算数', N, N],
    [N, '合计', '一般公共预算', '政府性基金', '合计', '一般公共预算', '政府性基金'],
    ['因公出国(境)费', 1, 1, 0, 0, 0, 0],
    ['公务接待费', 5, 5, 0, 2.26, 2.26, 0],
    ['公务用车购置及运行费', 60, 60, 0, 71.97, 71.97, 0],
    ['其中:公务用车运行维护费', 50, 50, 0, 59.46, 59.46, 0],
    ['公务用车购置费', 10, 10, 0, 12.51, 12.51, 0],
    ['总计', 66, 66, 0, 74.23, 74.23, 0],
  ];

  it('this year’s block is the 决算, never last year’s', () => {
    const { figures } = read(book(rows));
    expect(figures.map((f) => f[1])).toEqual([74_230_000, 0, 71_970_000, 12_510_000, 59_460_000, 2_260_000]);
  });

  it('the year’s block swapped to the left: still this year’s', () => {
    const swapped = rows.map((r) => (r.length === 7 ? [r[0]!, ...r.slice(4), ...r.slice(1, 4)] : r));
    swapped[2] = ['项目', '2021年决算数', N, N, '2020年决算数', N, N];
    const { figures } = read(book(swapped));
    expect(figures.map((f) => f[1])).toEqual([74_230_000, 0, 71_970_000, 12_510_000, 59_460_000, 2_260_000]);
  });
});
