/**
 * A column of figures under the header of the “三公” table (07) or of a 项目支出绩效自评表, or right of it with no header
 * text, that the reader does not read: said as a reading notice naming its cells (unknown-column, as the block tables
 * say theirs), not passed over without a word. Built from the sample's readable 07 and first 自评表.
 */
import { recognise } from '../../../src/engine/recognise/recognise';
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import { check } from '../../../src/engine/workflow';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { withSheetRows } from '../../support/layouts';

const plain = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
const plainRec = recognise(plain);
const THREE = plainRec.tables.threePublicCosts!.sheet;
const FORM = plainRec.projects[0]!.sheet;
const TITLE = '财政拨款“三公”经费支出决算表';
const ADVICE = '未读取：如是这张表的数字，请按模板把它们放回对应的行和栏目（或把表头改回模板的文字）；如不是，请移到表外。';

const said = (g: WorkbookGrid, table: string) => recognise(g).problems.filter((p) => p.table === table).map((p) => [p.kind, p.cell, p.message]);

/** Row `r` of the sheet with `cells` put from column `col` on (the row widened with blanks as needed). */
function put(rows: readonly (readonly CellValue[])[], r: number, col: number, cells: readonly CellValue[]): CellValue[][] {
  return rows.map((row, i) => (i === r ? [...row, ...Array<CellValue>(Math.max(0, col - row.length)).fill(null)].slice(0, col).concat(cells) : [...row]));
}

describe('the “三公” table (07)', () => {
  // The sample's 07: 预算数 A–F | 决算数 G–L over rows 3–5, 栏次 on row 6, the figures on row 7.
  it('says a figure right of the header with no header text over it (last year’s 决算 typed beside the table)', () => {
    const g = withSheetRows(plain, THREE, (rows) => put(rows, 6, 12, [5.01]));
    expect(said(g, '07')).toEqual([['unknown-column', 'M7', `工作表“${THREE}”M7的数字（没有表头）不在《${TITLE}》的栏目之下，${ADVICE}`]]);
    expect(check(g).findings.filter((f) => f.rule === 'reading-notices').map((f) => f.cells)).toEqual([[`${THREE}!M7`]]);
  });

  const itemsAsRows = (head: readonly CellValue[], more: readonly number[]): WorkbookGrid =>
    withSheetRows(plain, THREE, () => {
      const items = ['合计', '因公出国（境）费', '公务用车购置及运行费', '其中：公务用车购置费', '公务用车运行费', '公务接待费'];
      const budget = [5, 0, 4.8, 0, 4.8, 0.2];
      const actual = [4.99, 0, 4.79, 0, 4.79, 0.2];
      return [
        [TITLE],
        ['部门：新疆昌吉州政务服务和公共资源交易管理局', null, null, '单位：万元'],
        [...head],
        ...items.map((n, i) => [n, budget[i]!, actual[i]!, more[i]!]),
        ['注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。'],
      ];
    });

  it('says a column under a header naming no measure, its items as rows (项目 | 预算数 | 决算数 | 追加数)', () => {
    const g = itemsAsRows(['项目', '预算数', '决算数', '追加数'], [0.5, 0, 0.5, 0, 0.5, 0]);
    expect(said(g, '07')).toEqual([['unknown-column', 'D4', `工作表“${THREE}”D4至D9这一列的 6 个数字（表头“追加数”）不在《${TITLE}》的栏目之下，${ADVICE}`]]);
    // The measures are read as ever.
    expect(recognise(g).tables.threePublicCosts!.rows.find((r) => r.key === 'actual')!.figures.total!.fen).toBe(4_990_000);
  });

  it('says an item’s row typed again under the first (items as rows), and reads the first', () => {
    const g = withSheetRows(itemsAsRows(['项目', '预算数', '决算数'], []), THREE, (rows) => {
      const out = rows.map((x, i) => (i < 2 ? [...x] : [...x].slice(0, 3)));
      out.splice(9, 0, ['公务接待费', 0.5, 0.4]);
      return out;
    });
    expect(said(g, '07')).toEqual([
      ['unknown-row', 'A10', `工作表“${THREE}”B10至C10这一行的 2 个数字（行“公务接待费”：0.50、0.40 万元）在《${TITLE}》读取的数据行（第 9 行）之下，未读取：本表只读一行数据；如是本部门的数字，请并入读取的那一行（或删去重复的行）；如不是，请移到表外。`],
    ]);
    expect(recognise(g).tables.threePublicCosts!.rows.find((r) => r.key === 'actual')!.figures.reception!.fen).toBe(200_000);
  });

  it('says nothing of the sample’s table, of last year’s column, or of a column of the change (增减额)', () => {
    expect(said(plain, '07')).toEqual([]);
    expect(said(itemsAsRows(['项目', '预算数', '决算数', '增减额'], [-0.01, 0, -0.01, 0, -0.01, 0]), '07')).toEqual([]);
    expect(said(itemsAsRows(['项目', '预算数', '决算数', '上年决算数'], [5.01, 0, 4.75, 0, 4.75, 0.26]), '07')).toEqual([]);
  });
});

describe('a further data row of the “三公” table (07)', () => {
  // The sample's 07 (measures in the header) reads its one data row, row 7; a second row of figures under it (a second
  // unit's, typed below the 部门's) was passed over without a word. Layout D (项目 | the items, rows 预算数 | 决算数)
  // read the first of two 决算数 rows and passed over the second.
  const row8 = [3, 0, 3, 0, 3, 0, 2.5, 0, 2.5, 0, 2.5, 0];
  const withRow8 = (label?: string): WorkbookGrid =>
    withSheetRows(plain, THREE, (rows) => {
      const out = rows.map((x) => [...x]);
      out.splice(7, 0, [...row8]);
      if (label === undefined) return out;
      return out.map((x, i) => [i === 0 || i === 1 ? x[0] ?? null : i < 5 ? '项目' : i === 5 ? '栏次' : i === 6 ? '决算' : label, ...x]);
    });
  const ROW_ADVICE = '未读取：本表只读一行数据；如是本部门的数字，请并入读取的那一行（或删去重复的行）；如不是，请移到表外。';

  it('says a second data row of figures under the header (measures in the header)', () => {
    expect(said(withRow8(), '07')).toEqual([
      ['unknown-row', 'A8', `工作表“${THREE}”A8至L8这一行的 12 个数字（3.00、0.00、3.00、0.00 万元 等）在《${TITLE}》读取的数据行（第 7 行）之下，${ROW_ADVICE}`],
    ]);
    expect(check(withRow8()).findings.filter((f) => f.rule === 'reading-notices').map((f) => f.cells)).toEqual([[`${THREE}!A8`]]);
    // With a label column (项目), named by its label, at it.
    expect(said(withRow8('二级单位'), '07')).toEqual([
      ['unknown-row', 'A8', `工作表“${THREE}”B8至M8这一行的 12 个数字（行“二级单位”：3.00、0.00、3.00、0.00 万元 等）在《${TITLE}》读取的数据行（第 7 行）之下，${ROW_ADVICE}`],
    ]);
    // The first row is read as ever.
    expect(recognise(withRow8()).tables.threePublicCosts!.rows.find((r) => r.key === 'actual')!.figures.total!.fen).toBe(4_990_000);
  });

  it('says nothing of a row of the change (增减额) or of last year’s (上年决算数) under the data row', () => {
    expect(said(withRow8('增减额'), '07')).toEqual([]);
    expect(said(withRow8('上年决算数'), '07')).toEqual([]);
  });

  const layoutD = (labels: readonly string[]): WorkbookGrid =>
    withSheetRows(plain, THREE, () => [
      [TITLE],
      ['部门：新疆昌吉州政务服务和公共资源交易管理局', null, null, '单位：万元'],
      ['项目', '合计', '因公出国（境）费', '公务用车购置及运行费', '其中：公务用车购置费', '公务用车运行费', '公务接待费'],
      [labels[0]!, 5, 0, 4.8, 0, 4.8, 0.2],
      [labels[1]!, 4.99, 0, 4.79, 0, 4.79, 0.2],
      [labels[2]!, 2.5, 0, 2.5, 0, 2.5, 0],
      ['注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。'],
    ]);

  it('says a second 决算数 row (layout D), and reads the first', () => {
    const g = layoutD(['预算数', '决算数', '决算数']);
    expect(said(g, '07')).toEqual([['unknown-row', 'A6', `工作表“${THREE}”B6至G6这一行的 6 个数字（行“决算数”：2.50、0.00、2.50、0.00 万元 等）在《${TITLE}》读取的数据行（第 5 行）之下，${ROW_ADVICE}`]]);
    expect(recognise(g).tables.threePublicCosts!.rows.find((r) => r.key === 'actual')!.figures.total!.fen).toBe(4_990_000);
  });

  it('quotes the row’s figures in the table’s unit (a table in 元)', () => {
    // Before: only the count of figures, in no unit, where the accountant is to add them to the row read.
    const g = withSheetRows(layoutD(['预算数', '决算数', '决算数']), THREE, (rows) => rows.map((x, i) => (i === 1 ? [x[0]!, null, null, '单位：元'] : i === 5 ? ['决算数', 25_000, 0, 24_000, 0, 24_000, 1_000] : [...x])));
    expect(said(g, '07')).toEqual([['unknown-row', 'A6', `工作表“${THREE}”B6至G6这一行的 6 个数字（行“决算数”：25,000.00、0.00、24,000.00、0.00 元 等）在《${TITLE}》读取的数据行（第 5 行）之下，${ROW_ADVICE}`]]);
  });

  it('says nothing of layout D’s 上年决算数 or 增减 row', () => {
    expect(said(layoutD(['预算数', '决算数', '上年决算数']), '07')).toEqual([]);
    expect(said(layoutD(['预算数', '决算数', '增减额']), '07')).toEqual([]);
  });
});

describe('a 项目支出绩效自评表', () => {
  // The sample's first form: its funds header on row 5 (年初预算数 D … 得分 I), the fund rows 6–9; the indicators'
  // header on row 12 (一级指标 B … 偏差原因分析及改进措施 I), the indicators on rows 13–28, 总分 on row 29.
  it('says a funds column under a label that is none of the block’s (上年执行数), right of its header', () => {
    const g = withSheetRows(plain, FORM, (rows) => [4, 5, 6, 7, 8].reduce<CellValue[][]>((acc, r, i) => put(acc, r, 9, [['上年执行数', 200, 190, 10, 0][i]!]), rows.map((x) => [...x])));
    expect(said(g, '10')).toEqual([['unknown-column', 'J6', `工作表“${FORM}”J6至J9这一列的 4 个数字（表头“上年执行数”）不在项目支出绩效自评表项目资金的栏目之下，${ADVICE}`]]);
  });

  it('says a second funds column of a label read once (two 全年执行数: the first read)', () => {
    const g = withSheetRows(plain, FORM, (rows) => [4, 5, 6, 7, 8].reduce<CellValue[][]>((acc, r, i) => put(acc, r, 9, [['全年执行数', 229, 229, 0, 0][i]!]), rows.map((x) => [...x])));
    expect(said(g, '10').map(([kind, cell]) => [kind, cell])).toEqual([['unknown-column', 'J6']]);
  });

  it('says an indicators column with no header text (分值 typed again beside the 偏差原因)', () => {
    const g = withSheetRows(plain, FORM, (rows) => [12, 13, 14].reduce<CellValue[][]>((acc, r) => put(acc, r, 9, [5]), rows.map((x) => [...x])));
    expect(said(g, '10')).toEqual([['unknown-column', 'J13', `工作表“${FORM}”J13至J15这一列的 3 个数字（没有表头）不在项目支出绩效自评表绩效指标的栏目之下，${ADVICE}`]]);
  });

  it('says nothing of the sample’s forms', () => {
    expect(said(plain, '10')).toEqual([]);
  });
});
