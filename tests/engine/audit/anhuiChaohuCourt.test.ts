/**
 * A real published 三公 page in a layout of its own: 巢湖市人民法院 2021 (安徽, 巢湖市人民法院2021年度一般公共预算及政府性基金财政
 * 拨款“三公”经费支出决算情况说明, http://hfchfy.ahcourt.gov.cn/article/detail/2022/08/id/6852877.shtml). Its table (单位:万元): the
 * items as rows, 总计 last; under 预算数 and under 决算数 a 合计 | 一般公共预算 | 政府性基金 block; titled 一般公共预算及政府性
 * 基金财政拨款“三公”经费支出决算表. 预算 80.7 = 0 + 8 + 72.7 (59.5 + 13.2); 决算 74.23 = 0 + 2.26 + 71.97 (59.46 + 12.51).
 * Before helper-h210 the title was no table 07's (the 07 missing, every 三公 figure of the text unchecked); titled as the
 * template, its 合计 columns were read as the 三公's total column and its rows went unread; and its text's wording
 * (一般公共预算及政府性基金财政拨款“三公”经费…) made its headings 政府性基金's sections (its 三公 amounts 错误 as amounts of an empty
 * 政府性基金 table) and left its list of shares unread. Its text agrees with its table. The page's text read here ends where the
 * stored copy does (its item 2).
 */
import { check, explain } from '../../../src/engine/workflow';
import { PRESETS } from '../../../src/engine/narrative/presets';
import { documentLines } from '../../../src/engine/narrative/sheet';
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import { recognise } from '../../../src/engine/recognise/recognise';
import { figureOf } from '../../../src/engine/tables/model';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { withSheetRows } from '../../support/layouts';
import type { FinalAccountsData } from '../../../fixtures/data';

const N = null;
const TITLE = '2021年度一般公共预算及政府性基金财政拨款“三公”经费支出决算表';
const ROWS: CellValue[][] = [
  [TITLE],
  [N, N, N, N, N, N, '单位:万元'],
  ['项目', '预算数', N, N, '决算数', N, N],
  [N, '合计', '一般公共预算', '政府性基金', '合计', '一般公共预算', '政府性基金'],
  ['因公出国(境)费', 0, 0, 0, 0, 0, 0],
  ['公务接待费', 8, 8, 0, 2.26, 2.26, 0],
  ['公务用车购置及运行费', 72.7, 72.7, 0, 71.97, 71.97, 0],
  ['其中:公务用车运行维护费', 59.5, 59.5, 0, 59.46, 59.46, 0],
  ['公务用车购置费', 13.2, 13.2, 0, 12.51, 12.51, 0],
  ['总计', 80.7, 80.7, 0, 74.23, 74.23, 0],
];
function pageBook(rows: readonly CellValue[][] = ROWS): WorkbookGrid {
  // The sample's tables, of the page's year.
  const data = { ...(JSON.parse(JSON.stringify(changji2022)) as FinalAccountsData), year: 2021 };
  const g = toGrid(buildWorkbook(data, standardPlan(data)));
  return withSheetRows(g, recognise(g).tables.threePublicCosts!.sheet, () => rows.map((r) => [...r]));
}
const json = JSON.parse(JSON.stringify(changji2022Supplement));
json.年度 = 2021;

const PUBLISHED = [
  '二、2021年度一般公共预算及政府性基金财政拨款“三公”经费支出决算情况说明',
  '(一)一般公共预算及政府性基金财政拨款“三公”经费支出决算总体情况',
  '2021年度一般公共预算及政府性基金财政拨款“三公”经费支出年初预算80.7万元,支出决算74.23万元,完成年初预算的91.98%。决算数小于年初预算数的主要原因:一是通过政府采购方式,节约了财政资金;二是响应政府号召,减少了经费支出;三是受疫情影响,公务接待费用大幅下降。',
  '(二)一般公共预算及政府性基金财政拨款“三公”经费支出决算具体情况',
  '2021年度一般公共预算及政府性基金财政拨款“三公”经费支出决算中,因公出国(境)费支出决算0万元,占0%;公务接待费支出决算2.26万元,占3.04%;公务用车购置及运行费支出决算71.97万元,占96.96%。具体情况如下:',
];
const findings = (lines: readonly string[]) => {
  const withText = { sheets: [...pageBook().sheets, { name: '公开说明', rows: lines.map((p): CellValue[] => [p]) }] };
  return check(withText, json).findings.filter((f) => f.severity !== 'rounding' && f.cells.some((c) => c.startsWith('公开说明!'))).map((f) => `${f.rule} ${f.cells[0]}: ${f.message}`);
};

describe('巢湖市人民法院 2021: its table 07 split by fund, the items as rows', () => {
  it('is found and read whole: each measure from its 合计 column', () => {
    const r = recognise(pageBook());
    expect(r.missing).toEqual([]);
    const t = r.tables.threePublicCosts!;
    const fen = (m: string, i: string) => figureOf(t, m, i)?.fen;
    expect(['total', 'overseasTravel', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'reception'].map((i) => [fen('budget', i), fen('actual', i)])).toEqual([
      [80_700_000, 74_230_000], [0, 0], [72_700_000, 71_970_000], [13_200_000, 12_510_000], [59_500_000, 59_460_000], [8_000_000, 2_260_000],
    ]);
    expect(r.problems.filter((p) => p.sheet === t.sheet && true)).toEqual([]);
  });

  it('holds each 合计 to its funds: one off by 1.00 is said at its cell, with the funds’ cells', () => {
    // 公务接待费's 决算 合计 typed 3.26 beside its 一般公共预算 2.26 and 政府性基金 0 (read from the 合计, it passed unseen).
    const rows = ROWS.map((r) => (r[0] === '公务接待费' ? ['公务接待费', 8, 8, 0, 3.26, 2.26, 0] : r));
    const r = recognise(pageBook(rows));
    const t = r.tables.threePublicCosts!;
    const said = r.problems.filter((p) => p.sheet === t.sheet);
    expect(said.map((p) => [p.kind, p.cell])).toEqual([['fund-parts', `E${t.range.top + 6}`]]);
    expect(said[0]!.message).toContain(`工作表“${t.sheet}”E${t.range.top + 6}`);
    expect(said[0]!.message).toContain(`F${t.range.top + 6}`);
    expect(said[0]!.message).toContain(`G${t.range.top + 6}`);
    expect(said[0]!.message).toMatch(/3\.26.*2\.26.*1\.00.*请/);
    // And an 错误 among the check's findings, in the reader's words.
    const found = check(pageBook(rows), json).findings.filter((f) => f.rule === 'three-public-fund-parts');
    expect(found.map((f) => [f.severity, f.cells, f.message])).toEqual([['error', [`${t.sheet}!E${t.range.top + 6}`], `按资金来源分列的“三公”经费合计与各项资金不符：${said[0]!.message}`]]);
  });

  it('takes a 合计 within rounding of its funds', () => {
    const rows = ROWS.map((r) => (r[0] === '公务接待费' ? ['公务接待费', 8, 8, 0, 2.26, 1.13, 1.14] : r));
    const r = recognise(pageBook(rows));
    expect(r.problems.filter((p) => p.sheet === r.tables.threePublicCosts!.sheet)).toEqual([]);
  });

  it('its text agrees with it', () => {
    expect(findings(PUBLISHED)).toEqual([]);
  });

  it.each([
    ['年初预算80.7万元', '年初预算87.0万元', 'text-budget-figures'],
    ['支出决算74.23万元', '支出决算74.32万元', 'text-budget-figures'],
    ['完成年初预算的91.98%', '完成年初预算的91.89%', 'text-budget'],
    ['支出决算2.26万元', '支出决算2.62万元', 'text-figures'],
    ['占3.04%', '占3.40%', 'text-shares'],
    ['支出决算71.97万元', '支出决算71.79万元', 'text-figures'],
  ])('finds %s written as %s', (right, wrong, rule) => {
    const lines = PUBLISHED.map((l) => l.replace(right, wrong));
    expect(lines).not.toEqual(PUBLISHED);
    expect(findings(lines).map((f) => f.slice(0, f.indexOf(' ')))).toContain(rule);
  });
});

describe('our §七 for the table of 巢湖市人民法院 2021 (上海 preset)', () => {
  it('states the page’s figures', () => {
    const text = documentLines(explain(pageBook(), PRESETS.shanghai!, json).document)
      .map((l) => l.text)
      .join('\n');
    for (const published of ['年初预算为80.70万元，支出决算为74.23万元，完成预算的91.98%', '公务用车购置及运行维护费支出决算71.97万元，占96.96%', '公务接待费支出决算2.26万元，占3.04%', '公务用车运行维护支出59.46万元'])
      expect(text).toContain(published);
  });
});
