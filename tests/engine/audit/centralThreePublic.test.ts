/**
 * Real published 三公 statements of 中央 (the 中央本级's, in the 国务院's 中央决算 reports, worded as a 中央部门's 部门决算 words its
 * §三公), read against a table 07 rebuilt from them: 预算 = 决算 + the stated 减少 (in 万元; the text writes 亿元).
 *   2022 (国务院关于2022年中央决算的报告 as 央视新闻 reported it; copy http://www.szbaichuanju.net/home/news/view/article_id/624.html,
 *   machine-reworded there: 一样平常 for 一般, 镌汰 for 减少, 中央部分 for 中央部门; its figures as reported): 决算 28.24 = 2.94 + 24.72
 *   + 0.58 亿元; 预算 53.00 = 6.64 + 43.61 + 2.75 (each 决算 + its 减少: 24.76 = 3.7 + 18.89 + 2.17).
 *   2015 (中国青年报 2016-06-30, http://zqb.cyol.com/html/2016-06/30/nw.D110000zgqnb_20160630_2-03.htm): 决算 53.73 = 17.44 + 30.87
 *   + 5.42; 预算 63.16 = 19.38 + 34.59 + 9.19 (9.43 = 1.94 + 3.72 + 3.77). Its first item 因公出国（境）经费.
 *   2023 (中新社 2024-07-25, copy http://g.golangjump.com/?RfATl=x.html): 38.72亿元，比2022年增加10.48亿元 (28.24 + 10.48 = 38.72;
 *   the 上年数 in 说明数据, the items' split not stated, chosen).
 * The rest of the tables are 教育部 2024's as centralMinistryOfEducation rebuilds them (a 中央 scale the 三公 fit in; the texts
 * read none of it). The texts agree with themselves and the tables: no finding.
 * Before helper-h242: every change of them was unread, a wrong one passing: a change written in 亿元 (LONE_AMOUNT read 万元 and
 * 元 only), and the items' 减少 of a list after the total's 比预算数减少 (其中 opening the next sentence, or the ； after an item
 * stated 比预算数: no budget words before them); 因公出国（境）经费 was no label (its amount unread).
 */
import { check, explain } from '../../../src/engine/workflow';
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import { PRESETS } from '../../../src/engine/narrative/presets';
import { documentLines } from '../../../src/engine/narrative/sheet';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import type { FinalAccountsData } from '../../../fixtures/data';
import { moe2024 } from '../../../fixtures/moe-2024/tables';

const base: FinalAccountsData = { ...moe2024, department: '中央本级', year: 2022 };

type Items = { total: number; overseasTravel: number; vehicles: number; vehiclePurchase: number; vehicleOperation: number; reception: number };

/** The tables with table 07 of a year (万元). */
function book(year: number, budget: Items, actual: Items): WorkbookGrid {
  const data: FinalAccountsData = { ...base, year, threePublicCosts: { budget, actual } };
  return toGrid(buildWorkbook(data, standardPlan(data)));
}

function supplement(year: number, priorThreePublic?: number) {
  const json = JSON.parse(JSON.stringify(changji2022Supplement));
  json.单位名称 = '中央本级';
  json.年度 = year;
  json.指标 = priorThreePublic === undefined ? {} : { 三公经费合计: { 上年数: priorThreePublic } };
  return json;
}

const BOOK_2022 = book(
  2022,
  { total: 530000, overseasTravel: 66400, vehicles: 436100, vehiclePurchase: 100000, vehicleOperation: 336100, reception: 27500 },
  { total: 282400, overseasTravel: 29400, vehicles: 247200, vehiclePurchase: 50000, vehicleOperation: 197200, reception: 5800 },
);
const BOOK_2015 = book(
  2015,
  { total: 631600, overseasTravel: 193800, vehicles: 345900, vehiclePurchase: 100000, vehicleOperation: 245900, reception: 91900 },
  { total: 537300, overseasTravel: 174400, vehicles: 308700, vehiclePurchase: 50000, vehicleOperation: 258700, reception: 54200 },
);
const BOOK_2023 = book(
  2023,
  { total: 450000, overseasTravel: 100000, vehicles: 320000, vehiclePurchase: 60000, vehicleOperation: 260000, reception: 30000 },
  { total: 387200, overseasTravel: 90000, vehicles: 280000, vehiclePurchase: 50000, vehicleOperation: 230000, reception: 17200 },
);

const PAGE_2022 = [
  '2022年，中央本级“三公”经费财政拨款支出合计28.24亿元，比预算数减少24.76亿元，主要是受疫情等因素影响，较多中央部门因公出国（境）、外事接待任务延后实施，公务用车和公务接待支出执行较大幅度低于正常水平。其中，因公出国（境）费2.94亿元，减少3.7亿元；公务用车购置及运行费24.72亿元，减少18.89亿元；公务接待费0.58亿元，减少2.17亿元。',
];
const PAGE_2015 = [
  '2015年中央行政事业单位财政拨款的“三公”经费支出合计53.73亿元，比预算数减少9.43亿元。“三公”经费中，因公出国（境）经费17.44亿元，比预算数减少1.94亿元；公务用车购置及运行费30.87亿元，减少3.72亿元；公务接待费5.42亿元，减少3.77亿元。',
];
const PAGE_2023 = ['2023年，中央本级“三公”经费财政拨款支出合计38.72亿元，比2022年增加10.48亿元，主要是对外交往、公务活动逐步恢复，总体上仍低于疫情前水平。'];

function findings(grid: WorkbookGrid, json: unknown, lines: readonly string[]): string[] {
  const withText = { sheets: [...grid.sheets, { name: '公开说明', rows: lines.map((p): CellValue[] => [p]) }] };
  return check(withText, json)
    .findings.filter((f) => f.severity !== 'rounding')
    .map((f) => `${f.rule} ${f.cells[0]}`);
}

const JSON_2022 = supplement(2022);
const JSON_2015 = supplement(2015);
const JSON_2023 = supplement(2023, 282400);

describe('中央本级 “三公” 2022, 2015, 2023 (亿元)', () => {
  it('each text agrees with its table: no finding at all', () => {
    expect(findings(BOOK_2022, JSON_2022, PAGE_2022)).toEqual([]);
    expect(findings(BOOK_2015, JSON_2015, PAGE_2015)).toEqual([]);
    expect(findings(BOOK_2023, JSON_2023, PAGE_2023)).toEqual([]);
  });

  it.each([
    ['合计28.24亿元', '合计28.42亿元', 'text-figures'],
    ['比预算数减少24.76亿元', '比预算数减少24.67亿元', 'text-change-words'],
    ['因公出国（境）费2.94亿元', '因公出国（境）费2.49亿元', 'text-figures'],
    ['减少3.7亿元', '减少3.9亿元', 'text-change-words'],
    ['24.72亿元', '24.27亿元', 'text-figures'],
    ['减少18.89亿元', '减少18.98亿元', 'text-change-words'],
    ['公务接待费0.58亿元', '公务接待费0.85亿元', 'text-figures'],
    ['减少2.17亿元', '减少2.71亿元', 'text-change-words'],
  ])('2022: each figure made wrong is found: %s → %s', (from, to, rule) => {
    const wrong = PAGE_2022.map((l) => l.replace(from, to));
    expect(wrong).not.toEqual(PAGE_2022);
    expect(findings(BOOK_2022, JSON_2022, wrong)).toContain(`${rule} 公开说明!A1`);
  });

  it.each([
    ['合计53.73亿元', '合计53.37亿元', 'text-figures'],
    ['比预算数减少9.43亿元', '比预算数减少9.34亿元', 'text-change-words'],
    ['经费17.44亿元', '经费17.14亿元', 'text-figures'],
    ['比预算数减少1.94亿元', '比预算数减少1.49亿元', 'text-change-words'],
    ['减少3.72亿元', '减少3.27亿元', 'text-change-words'],
    ['减少3.77亿元', '减少3.37亿元', 'text-change-words'],
  ])('2015: each figure made wrong is found: %s → %s', (from, to, rule) => {
    const wrong = PAGE_2015.map((l) => l.replace(from, to));
    expect(wrong).not.toEqual(PAGE_2015);
    expect(findings(BOOK_2015, JSON_2015, wrong)).toContain(`${rule} 公开说明!A1`);
  });

  it('2023: the change from last year in 亿元, right and wrong', () => {
    expect(findings(BOOK_2023, JSON_2023, PAGE_2023.map((l) => l.replace('增加10.48亿元', '增加10.84亿元')))).toEqual(['text-change-words 公开说明!A1']);
    expect(findings(BOOK_2023, JSON_2023, PAGE_2023.map((l) => l.replace('38.72亿元', '38.27亿元')))).toContain('text-figures 公开说明!A1');
  });

  it('a change in 亿元 is held at the 0.01 亿 it is written to: a 决算 and budget off the 亿 by less pass', () => {
    // 决算 282,412.34 and 预算 530,000.00: 28.24亿元, 24.76亿元 (247,587.66) as written.
    const grid = book(
      2022,
      { total: 530000, overseasTravel: 66400, vehicles: 436100, vehiclePurchase: 100000, vehicleOperation: 336100, reception: 27500 },
      { total: 282412.34, overseasTravel: 29412.34, vehicles: 247200, vehiclePurchase: 50000, vehicleOperation: 197200, reception: 5800 },
    );
    expect(findings(grid, JSON_2022, PAGE_2022)).toEqual([]);
    expect(findings(grid, JSON_2022, PAGE_2022.map((l) => l.replace('减少24.76亿元', '减少24.74亿元')))).toContain('text-change-words 公开说明!A1');
  });

  it('the same in 万元: the items of the list opening the next sentence are held to their budgets', () => {
    const page = [
      '2022年，中央本级“三公”经费财政拨款支出合计282,400万元，比预算数减少247,600万元，主要是受疫情等因素影响。其中，因公出国（境）费29,400万元，减少37,000万元；公务用车购置及运行费247,200万元，减少188,900万元；公务接待费5,800万元，减少21,700万元。',
    ];
    expect(findings(BOOK_2022, JSON_2022, page)).toEqual([]);
    for (const [from, to] of [['减少37,000万元', '减少39,000万元'], ['减少188,900万元', '减少189,800万元'], ['减少21,700万元', '减少27,100万元']] as const)
      expect(findings(BOOK_2022, JSON_2022, page.map((l) => l.replace(from, to)))).toEqual(['text-change-words 公开说明!A1']);
  });

  it('a list after a budget change followed by one from last year: its items\' changes are not held to the budget (which one they follow is open)', () => {
    const page = [
      '2022年，中央本级“三公”经费财政拨款支出合计282,400万元，比预算数减少247,600万元，比上年减少10,000万元。其中，因公出国（境）费29,400万元，减少5,000万元。',
    ];
    expect(findings(BOOK_2022, JSON_2022, page).filter((f) => f.startsWith('text-change-words'))).toEqual([]);
  });

  it('our text (上海 preset) states the table\'s 三公 as the page does, in 万元', () => {
    const text = documentLines(explain(BOOK_2022, PRESETS.shanghai!, JSON_2022).document)
      .map((l) => l.text)
      .join('\n');
    for (const s of ['282400.00万元', '530000.00万元']) expect(text).toContain(s);
  });

  it('2023 with its items (their split chosen): a list opening the next sentence (其中，) after the change from last year is from last year too', () => {
    const json = supplement(2023, 282400);
    Object.assign(json.指标, { '因公出国（境）费': { 上年数: 29400 }, 公务用车购置及运行维护费: { 上年数: 247200 }, 公务接待费: { 上年数: 5800 } });
    const page = [
      `${PAGE_2023[0]}其中，因公出国（境）费9.00亿元，增加6.06亿元；公务用车购置及运行费28.00亿元，增加3.28亿元；公务接待费1.72亿元，增加1.14亿元。`,
    ];
    expect(findings(BOOK_2023, json, page)).toEqual([]);
    for (const [from, to] of [['增加6.06亿元', '增加6.60亿元'], ['增加3.28亿元', '增加3.82亿元'], ['增加1.14亿元', '增加1.41亿元']] as const)
      expect(findings(BOOK_2023, json, page.map((l) => l.replace(from, to)))).toEqual(['text-change-words 公开说明!A1']);
    // In 万元 and in the same sentence, after 其中，: the same.
    const same = ['2023年，中央本级“三公”经费财政拨款支出合计387,200万元，比2022年增加104,800万元，其中，因公出国（境）费90,000万元，增加60,600万元。'];
    expect(findings(BOOK_2023, json, same)).toEqual([]);
    expect(findings(BOOK_2023, json, same.map((l) => l.replace('增加60,600', '增加66,000')))).toEqual(['text-change-words 公开说明!A1']);
  });
});

describe('中央本级 “三公” in 亿元 with each change\'s rate (helper-h247)', () => {
  // 2022: 24.76 / 53.00 = 46.72%; 3.7 / 6.64 = 55.72%; 18.89 / 43.61 = 43.32%; 2.17 / 2.75 = 78.91%.
  const PAGE_2022_RATES = [
    '2022年，中央本级“三公”经费财政拨款支出合计28.24亿元，比预算数减少24.76亿元，下降46.7%，主要是受疫情等因素影响。其中，因公出国（境）费2.94亿元，减少3.7亿元，下降55.7%；公务用车购置及运行费24.72亿元，减少18.89亿元，下降43.3%；公务接待费0.58亿元，减少2.17亿元，下降78.9%。',
  ];
  // 2023: 10.48 / 28.24 = 37.11%.
  const PAGE_2023_RATE = ['2023年，中央本级“三公”经费财政拨款支出合计38.72亿元，比2022年增加10.48亿元，增长37.1%，主要是对外交往、公务活动逐步恢复。'];

  it('right: no finding', () => {
    expect(findings(BOOK_2022, JSON_2022, PAGE_2022_RATES)).toEqual([]);
    expect(findings(BOOK_2023, JSON_2023, PAGE_2023_RATE)).toEqual([]);
  });

  it.each([
    ['减少24.76亿元', '减少24.67亿元'],
    ['下降46.7%', '下降47.6%'],
    ['减少3.7亿元', '减少3.9亿元'],
    ['下降55.7%', '下降57.5%'],
    ['减少18.89亿元', '减少18.98亿元'],
    ['下降43.3%', '下降34.3%'],
    ['减少2.17亿元', '减少2.71亿元'],
    ['下降78.9%', '下降79.8%'],
  ])('2022: a wrong amount or rate is found: %s → %s', (from, to) => {
    const wrong = PAGE_2022_RATES.map((l) => l.replace(from, to));
    expect(wrong).not.toEqual(PAGE_2022_RATES);
    // A wrong amount draws the rate's too (worked out from it, as in 万元).
    expect(findings(BOOK_2022, JSON_2022, wrong)).toContain('text-change-words 公开说明!A1');
  });

  it.each([
    ['增加10.48亿元', '增加10.84亿元'],
    ['增长37.1%', '增长31.7%'],
  ])('2023: a wrong amount or rate is found: %s → %s', (from, to) => {
    expect(findings(BOOK_2023, JSON_2023, PAGE_2023_RATE.map((l) => l.replace(from, to)))).toContain('text-change-words 公开说明!A1');
  });

  it('a message quotes the amount it expects, and the base it works out, in 亿元 as the text writes them', () => {
    const messages = (grid: WorkbookGrid, json: unknown, lines: readonly string[]) =>
      check({ sheets: [...grid.sheets, { name: '公开说明', rows: lines.map((p): CellValue[] => [p]) }] }, json)
        .findings.filter((f) => f.rule === 'text-change-words')
        .map((f) => f.message);
    const budget = messages(BOOK_2022, JSON_2022, PAGE_2022_RATES.map((l) => l.replace('减少24.76亿元', '减少24.67亿元')));
    expect(budget).toContainEqual(expect.stringContaining('与预算相比应为减少24.76亿元。'));
    // Its rate, 46.7%, is right for table 07's 预算 and 决算: no second 错误 worked back from the wrong amount (helper-h317).
    expect(budget.filter((m) => m.includes('则预算为'))).toEqual([]);
    // An item written to 0.1 亿 (减少3.7亿元): its expected amount at the 0.01 亿 it is held to.
    expect(messages(BOOK_2022, JSON_2022, PAGE_2022.map((l) => l.replace('减少3.7亿元', '减少3.9亿元')))).toContainEqual(expect.stringContaining('应为减少3.70亿元。'));
    const prior = messages(BOOK_2023, JSON_2023, PAGE_2023_RATE.map((l) => l.replace('增加10.48亿元', '增加10.84亿元')));
    expect(prior).toContainEqual(expect.stringContaining('与上年相比应为增加10.48亿元。'));
    for (const m of [...budget, ...prior]) expect(m).not.toMatch(/应为(?:减少|增加)[\d,.]+ ?万元|为 [\d,.]+万元/);
    // The tables' and the 说明数据's figures beside them too (helper-h255: 预算 530,000.00 万元, 上年数 282,400.00 万元 beside a
    // text in 亿元).
    expect(budget).toContainEqual(expect.stringContaining('决算 28.24亿元，预算 53.00亿元（'));
    expect(prior).toContainEqual(expect.stringContaining('本年 38.72亿元，说明数据的上年数 28.24亿元，与上年相比'));
    for (const m of [...budget, ...prior]) expect(m).not.toMatch(/[\d,.]+ ?万元/);
  });

  it('a rate from last year right after an amount in 亿元, no change amount between, is read (helper-h255: unread, a wrong one passed)', () => {
    const page = ['2023年，中央本级“三公”经费财政拨款支出合计38.72亿元，比上年增长37.1%。'];
    expect(findings(BOOK_2023, JSON_2023, page)).toEqual([]);
    expect(findings(BOOK_2023, JSON_2023, page.map((l) => l.replace('37.1%', '50.0%')))).toEqual(['text-change-words 公开说明!A1']);
  });

  it('与上年持平 after an amount in 亿元 is read, the 上年数 quoted in 亿元 (helper-h255: unread, a change called 持平 passed)', () => {
    const page = ['2023年，中央本级“三公”经费财政拨款支出合计38.72亿元，与上年持平。'];
    const messages = check({ sheets: [...BOOK_2023.sheets, { name: '公开说明', rows: page.map((p): CellValue[] => [p]) }] }, JSON_2023)
      .findings.filter((f) => f.severity !== 'rounding')
      .map((f) => `${f.rule} ${f.message}`);
    expect(messages).toEqual(['text-unchanged 说明文字“与上年持平”：本年 38.72亿元，上年 28.24亿元（说明数据），并未持平：请写明增减额和增减率。']);
    // Last year's as 本年 at the 0.01 亿 written: 持平 is right.
    expect(findings(BOOK_2023, supplement(2023, 387240), page)).toEqual([]);
  });

  it('a completion rate’s message quotes the 预算 and the 决算 it works from in 亿元 beside a text in 亿元 (helper-h255)', () => {
    const page = ['2023年，中央本级“三公”经费财政拨款支出合计38.72亿元，完成预算的80.00%。'];
    const rates = check({ sheets: [...BOOK_2023.sheets, { name: '公开说明', rows: page.map((p): CellValue[] => [p]) }] }, JSON_2023)
      .findings.filter((f) => f.rule === 'text-budget')
      .map((f) => f.message);
    expect(rates).toEqual(['说明文字“完成预算的80.00%”：按预算 45.00亿元、决算 38.72亿元 应为 86.04%，文中为 80.00%。']);
    // Right, no finding.
    expect(findings(BOOK_2023, JSON_2023, [page[0]!.replace('80.00%', '86.04%')])).toEqual([]);
  });

  /** 2023's tables with a 决算 (387,249.00 万元) that 38.72亿元 rounds, not equals: the 亿 amounts' exact figure matters. */
  const roundedBook = () =>
    book(2023, { total: 450000, overseasTravel: 100000, vehicles: 320000, vehiclePurchase: 60000, vehicleOperation: 260000, reception: 30000 }, {
      total: 387249,
      overseasTravel: 90000,
      vehicles: 280000,
      vehiclePurchase: 50000,
      vehicleOperation: 230000,
      reception: 17249,
    });
  /** Each finding's rule and message on one line of text beside `grid`'s tables, 尾差 left out. */
  const messagesBeside = (grid: WorkbookGrid, line: string) =>
    check({ sheets: [...grid.sheets, { name: '公开说明', rows: [[line]] }] }, JSON_2023)
      .findings.filter((f) => f.severity !== 'rounding')
      .map((f) => `${f.rule} ${f.message}`);

  it('a multiple of last year after an amount in 亿元 is read, the 上年数 quoted in 亿元 (helper-h264: unread, a wrong one passed)', () => {
    // 38.72 / 28.24 = 1.37.
    const page = ['2023年，中央本级“三公”经费财政拨款支出合计38.72亿元，是上年的1.37倍。'];
    expect(findings(BOOK_2023, JSON_2023, page)).toEqual([]);
    const messages = check({ sheets: [...BOOK_2023.sheets, { name: '公开说明', rows: page.map((p): CellValue[] => [p.replace('1.37倍', '3倍')]) }] }, JSON_2023)
      .findings.filter((f) => f.severity !== 'rounding')
      .map((f) => `${f.rule} ${f.message}`);
    expect(messages).toEqual([expect.stringMatching(/^text-change-words 说明文字“是上年的3倍”：.*本年 38\.72亿元，.* 28\.24亿元，本年应为上年的1\.37倍。$/)]);
    // Of the tables' figure the amount rounds (387,249.00万元 written 38.72亿元): ÷ 1,000.00 is 387.25, not 38.72 ÷ 0.10's 387.20.
    const grid = roundedBook();
    const rounded = ['2023年，中央本级“三公”经费财政拨款支出合计38.72亿元，是上年的387.25倍。'];
    expect(findings(grid, supplement(2023, 1000), rounded).filter((f) => f.startsWith('text-change-words'))).toEqual([]);
    expect(findings(grid, supplement(2023, 1000), rounded.map((l) => l.replace('387.25', '387.20'))).filter((f) => f.startsWith('text-change-words'))).toEqual(['text-change-words 公开说明!A1']);
  });

  it('a rate from last year after an amount in 亿元 is of the tables’ figure the amount rounds (helper-h264: a right one was a 错误)', () => {
    const grid = roundedBook();
    // 387,249 ÷ 282,400 − 1 = 37.13%; 38.72亿元 ÷ 28.24亿元 − 1 = 37.11%.
    const page = ['2023年，中央本级“三公”经费财政拨款支出合计38.72亿元，比上年增长37.13%。'];
    expect(findings(grid, JSON_2023, page).filter((f) => f.startsWith('text-change-words'))).toEqual([]);
    expect(findings(grid, JSON_2023, page.map((l) => l.replace('37.13%', '37.11%'))).filter((f) => f.startsWith('text-change-words'))).toEqual(['text-change-words 公开说明!A1']);
  });

  it('a saving or a difference from the 预算 in 亿元 is read at the 0.01 亿 written, its message in 亿元 (helper-h264: unread, a wrong one passed)', () => {
    const budgetMessages = (lines: readonly string[]) =>
      check({ sheets: [...BOOK_2023.sheets, { name: '公开说明', rows: lines.map((p): CellValue[] => [p]) }] }, JSON_2023)
        .findings.filter((f) => f.rule === 'text-budget')
        .map((f) => f.message);
    // 预算 45.00, 决算 38.72: 6.28亿元 saved.
    const saved = ['2023年，中央本级“三公”经费财政拨款支出决算38.72亿元，预算45.00亿元，节约6.28亿元。'];
    const below = ['2023年，中央本级“三公”经费财政拨款支出合计38.72亿元，决算数小于预算数6.28亿元。'];
    expect(findings(BOOK_2023, JSON_2023, saved)).toEqual([]);
    expect(findings(BOOK_2023, JSON_2023, below)).toEqual([]);
    expect(budgetMessages(saved.map((l) => l.replace('6.28', '7.00')))).toEqual(['说明文字“节约7.00亿元”：按预算 45.00亿元、决算 38.72亿元 应为节约 6.28亿元。']);
    expect(budgetMessages(below.map((l) => l.replace('6.28', '7.00')))).toEqual(['说明文字“小于预算数7.00亿元”：按预算 45.00亿元、决算 38.72亿元 应为决算比预算少 6.28亿元。']);
  });

  it('a saving in 万元 beside a 决算 in 亿元 is held at the 0.01 亿 the 决算 is written to (review h268: a right one was a 错误)', () => {
    const grid = roundedBook();
    const budget = (lines: readonly string[]) => findings(grid, JSON_2023, lines).filter((f) => f.startsWith('text-budget'));
    // 450,000.00 − 387,249.00 = 62,751.00 (right); 38.72亿元 read as 387,200.00 gives 62,800.00.
    const saved = ['2023年，中央本级“三公”经费财政拨款支出决算38.72亿元，预算450,000.00万元，节约62,751.00万元。'];
    const below = ['2023年，中央本级“三公”经费财政拨款支出决算38.72亿元，预算450,000.00万元，决算数小于预算数62,751.00万元。'];
    expect(budget(saved)).toEqual([]);
    expect(budget(below)).toEqual([]);
    // Wrong by more than 0.01 亿: still a 错误, quoted in 亿元.
    expect(budget(saved.map((l) => l.replace('62,751.00', '70,000.00')))).toEqual(['text-budget 公开说明!A1']);
    expect(budget(below.map((l) => l.replace('62,751.00', '70,000.00')))).toEqual(['text-budget 公开说明!A1']);
    const messages = check({ sheets: [...grid.sheets, { name: '公开说明', rows: saved.map((l): CellValue[] => [l.replace('62,751.00', '70,000.00')]) }] }, JSON_2023)
      .findings.filter((f) => f.rule === 'text-budget')
      .map((f) => f.message);
    expect(messages).toEqual(['说明文字“节约70,000.00万元”：按预算 450,000.00万元、决算 38.72亿元 应为节约 6.28亿元。']);
  });

  it('a completion or variance rate beside a 决算 and a 预算 in 亿元 may be of the amounts as written, or of the tables’ (helper-h274: 38.72 ÷ 45.00 was a 错误)', () => {
    const grid = roundedBook();
    const budget = (lines: readonly string[]) => findings(grid, JSON_2023, lines).filter((f) => f.startsWith('text-budget'));
    // 38.72 ÷ 45.00 = 86.04% as written; 387,249.00 ÷ 450,000.00 = 86.06% of the tables. (38.72 − 45.00) ÷ 45.00 = −13.96%; −13.94%.
    const pages = [
      '2023年，中央本级“三公”经费财政拨款支出决算38.72亿元，预算45.00亿元，完成预算的86.04%。',
      '2023年，中央本级“三公”经费财政拨款支出决算38.72亿元，预算45.00亿元，完成预算的86.06%。',
      '2023年，中央本级“三公”经费财政拨款支出决算38.72亿元，预算45.00亿元，占预算的86.04%。',
      '2023年，中央本级“三公”经费财政拨款支出合计38.72亿元，完成预算的86.04%。',
      '2023年，中央本级“三公”经费财政拨款支出决算38.72亿元，预算45.00亿元，预决算差异率-13.96%。',
      '2023年，中央本级“三公”经费财政拨款支出决算38.72亿元，预算45.00亿元，预决算差异率-13.94%。',
    ];
    for (const page of pages) expect(budget([page])).toEqual([]);
    const messages = (line: string) =>
      check({ sheets: [...grid.sheets, { name: '公开说明', rows: [[line]] }] }, JSON_2023)
        .findings.filter((f) => f.rule === 'text-budget')
        .map((f) => f.message);
    // Of neither: a 错误, quoting the amounts in 亿元 and the tables' rate.
    expect(messages(pages[0]!.replace('86.04%', '86.00%'))).toEqual(['说明文字“完成预算的86.00%”：按预算 45.00亿元、决算 38.72亿元 应为 86.06%，文中为 86.00%。']);
    expect(messages(pages[4]!.replace('-13.96%', '-13.99%'))).toEqual(['说明文字“预决算差异率-13.99%”：按预算 45.00亿元、决算 38.72亿元 应为 -13.94%，文中为 -13.99%。']);
    // The same amounts written in 万元 are exact: only the tables' rate.
    expect(budget(['2023年，中央本级“三公”经费财政拨款支出决算387,249.00万元，预算450,000.00万元，完成预算的86.04%。'])).toEqual(['text-budget 公开说明!A1']);
  });

  it('a difference from a 预算 named with its amount in 亿元 (比预算45.00亿元减少6.28亿元) is read (helper-h274: unread in either rule, a wrong one passed)', () => {
    const grid = roundedBook();
    const messages = (line: string) => messagesBeside(grid, line);
    const pages = [
      '2023年，中央本级“三公”经费财政拨款支出决算38.72亿元，比预算45.00亿元减少6.28亿元。',
      '2023年，中央本级“三公”经费财政拨款支出合计38.72亿元，比年初预算45.00亿元减少6.28亿元。',
      // In 万元 beside it, held at the 0.01 亿 (450,000.00 − 387,249.00 = 62,751.00).
      '2023年，中央本级“三公”经费财政拨款支出决算387,249.00万元，比预算45.00亿元减少62,751.00万元。',
    ];
    for (const page of pages) expect(messages(page)).toEqual([]);
    expect(messages(pages[0]!.replace('减少6.28', '减少7.28'))).toEqual(['text-budget 说明文字“比预算45.00亿元减少7.28亿元”：按预算 45.00亿元、决算 38.72亿元 应为决算比预算少 6.28亿元。']);
    expect(messages(pages[1]!.replace('减少6.28', '减少6.82'))).toEqual(['text-budget 说明文字“比年初预算45.00亿元减少6.82亿元”：按预算 45.00亿元、决算 38.72亿元 应为决算比预算少 6.28亿元。']);
    expect(messages(pages[2]!.replace('62,751.00', '72,751.00'))).toEqual(['text-budget 说明文字“比预算45.00亿元减少72,751.00万元”：按预算 45.00亿元、决算 387,249.00万元 应为决算比预算少 6.28亿元。']);
  });

  it('a rate against a 预算 named with its amount in 亿元 (比预算45.00亿元下降13.96%) is read, of the amounts as written or the tables’ (helper-h287: unread, a wrong one passed)', () => {
    const grid = roundedBook();
    const messages = (line: string) => messagesBeside(grid, line);
    // 38.72 ÷ 45.00 − 1 = −13.96% as written; 387,249.00 ÷ 450,000.00 − 1 = −13.94% of the tables.
    const pages = [
      '2023年，中央本级“三公”经费财政拨款支出38.72亿元，比预算45.00亿元下降13.96%。',
      '2023年，中央本级“三公”经费财政拨款支出合计38.72亿元，较年初预算45.00亿元下降13.94%。',
    ];
    for (const page of pages) expect(messages(page)).toEqual([]);
    expect(messages(pages[0]!.replace('13.96%', '12.96%'))).toEqual(['text-budget 说明文字“比预算45.00亿元下降12.96%”：按预算 45.00亿元、决算 38.72亿元 应为 下降13.94%，文中为 下降12.96%。']);
    // A rate against last year's amount (比上年28.24亿元增长37.1%) is no 预算's: text-change-words' alone.
    expect(messages('2023年，中央本级“三公”经费财政拨款支出38.72亿元，比上年28.24亿元增长37.13%。').filter((m) => m.startsWith('text-budget '))).toEqual([]);
  });

  it('a label’s amount right before its 预算 in 亿元 (合计38.72亿元，预算数为45.00亿元) is its 决算: the words comparing them are read (helper-h287: unread, wrong words passed)', () => {
    const page = ['2023年，中央本级“三公”经费财政拨款支出合计38.72亿元，预算数为45.00亿元，决算数小于预算数。'];
    expect(findings(BOOK_2023, JSON_2023, page)).toEqual([]);
    expect(findings(BOOK_2023, JSON_2023, page.map((l) => l.replace('小于', '大于')))).toEqual(['text-budget-comparison 公开说明!A1']);
  });

  it('a rate written as none after an amount in 亿元 is read, of the tables’ figure the amount rounds (helper-h274: unread alone; beside a change of 0, a right dash was a 错误)', () => {
    const grid = roundedBook();
    const changes = (json: unknown, line: string) =>
      check({ sheets: [...grid.sheets, { name: '公开说明', rows: [[line]] }] }, json)
        .findings.filter((f) => f.rule === 'text-change-words')
        .map((f) => f.message);
    // Last year's 387,249.00 万元 as this year's: the rate is 0, a dash right (of 38.72亿元's 387,200.00 it was 下降0.01%).
    const same = supplement(2023, 387249);
    expect(changes(same, '2023年，中央本级“三公”经费财政拨款支出合计38.72亿元，比上年增加0亿元，增长-。')).toEqual([]);
    expect(changes(same, '2023年，中央本级“三公”经费财政拨款支出合计38.72亿元，比上年增长-。')).toEqual([]);
    // Last year's 282,400.00 万元: no dash is right; alone after the amount it was unread. The rate of 387,249.00, 37.13%.
    expect(changes(JSON_2023, '2023年，中央本级“三公”经费财政拨款支出合计38.72亿元，比上年增长--（基数为0，不可比）。')).toEqual([
      '说明文字“增长--(基数为0,不可比)”写增减率不可比（上年为0），而三公经费合计说明数据的上年数为 28.24亿元，增减率应为增长37.13%。',
    ]);
  });
});

describe('中央本级 “三公” 2023 in 2015\'s list form (“三公”经费中，…) after the change from last year (helper-h247)', () => {
  const json = supplement(2023, 282400);
  Object.assign(json.指标, { '因公出国（境）费': { 上年数: 29400 }, 公务用车购置及运行维护费: { 上年数: 247200 }, 公务接待费: { 上年数: 5800 } });
  const PAGES = [
    // The list opening its own sentence, its first item compared again (比上年), the rest bare after the ；.
    `${PAGE_2023[0]}“三公”经费中，因公出国（境）经费9.00亿元，比上年增加6.06亿元；公务用车购置及运行费28.00亿元，增加3.28亿元；公务接待费1.72亿元，增加1.14亿元。`,
    // Every item bare.
    `${PAGE_2023[0]}“三公”经费中，因公出国（境）经费9.00亿元，增加6.06亿元；公务用车购置及运行费28.00亿元，增加3.28亿元；公务接待费1.72亿元，增加1.14亿元。`,
    // In the same sentence.
    '2023年，中央本级“三公”经费财政拨款支出合计38.72亿元，比2022年增加10.48亿元，“三公”经费中，因公出国（境）经费9.00亿元，增加6.06亿元；公务用车购置及运行费28.00亿元，增加3.28亿元；公务接待费1.72亿元，增加1.14亿元。',
  ];

  it.each(PAGES.map((p, i) => [i, p]))('page %i: right, no finding; each item\'s change made wrong is found', (_, page) => {
    expect(findings(BOOK_2023, json, [page])).toEqual([]);
    for (const [from, to] of [['增加6.06亿元', '增加6.60亿元'], ['增加3.28亿元', '增加3.82亿元'], ['增加1.14亿元', '增加1.41亿元']] as const)
      expect(findings(BOOK_2023, json, [page.replace(from, to)])).toEqual(['text-change-words 公开说明!A1']);
  });
});

describe('中央本级 “三公” 2022 items joined or listed in turn, in 亿元 (h236\'s forms; helper-h247)', () => {
  const HEAD = '2022年，中央本级“三公”经费财政拨款支出合计28.24亿元。';
  it.each([
    ['因公出国（境）费和公务接待费共3.52亿元。', '3.52亿元', '3.25亿元'],
    ['因公出国（境）费和公务接待费合计3.52亿元。', '3.52亿元', '3.62亿元'],
    ['公务用车购置费和运行维护费分别为5.00亿元、19.72亿元。', '5.00亿元、19.72亿元', '19.72亿元、5.00亿元'],
    ['因公出国（境）费、公务接待费2.94亿元、0.58亿元。', '2.94亿元、0.58亿元', '0.58亿元、2.94亿元'],
    ['因公出国（境）费、公务接待费分别为2.94亿元和0.58亿元。', '2.94亿元和0.58亿元', '0.58亿元和2.94亿元'],
  ])('%s right passes, wrong is found', (words, from, to) => {
    expect(findings(BOOK_2022, JSON_2022, [HEAD + words])).toEqual([]);
    expect(findings(BOOK_2022, JSON_2022, [HEAD + words.replace(from, to)])).toContain('text-figures 公开说明!A1');
  });
});

describe('中央本级 “三公” 2023 items\' changes listed in turn with 分别, in 亿元 (helper-h247)', () => {
  const json = supplement(2023, 282400);
  Object.assign(json.指标, { '因公出国（境）费': { 上年数: 29400 }, 公务用车购置及运行维护费: { 上年数: 247200 }, 公务接待费: { 上年数: 5800 } });
  // 6.06 / 2.94 = 206.12%; 3.28 / 24.72 = 13.27%; 1.14 / 0.58 = 196.55%.
  const PAGE = `${PAGE_2023[0]}其中，因公出国（境）费、公务用车购置及运行费、公务接待费分别为9.00亿元、28.00亿元、1.72亿元，分别比上年增加6.06亿元、3.28亿元、1.14亿元，分别增长206.1%、13.3%、196.6%。`;
  it.each([
    ['增加6.06亿元', '增加6.60亿元'],
    ['3.28亿元、1.14亿元', '3.82亿元、1.14亿元'],
    ['1.14亿元，', '1.41亿元，'],
    ['206.1%', '260.1%'],
    ['196.6%', '169.6%'],
  ])('right passes; %s → %s is found', (from, to) => {
    expect(findings(BOOK_2023, json, [PAGE])).toEqual([]);
    expect(findings(BOOK_2023, json, [PAGE.replace(from, to)])).toContain('text-change-words 公开说明!A1');
  });
});

describe('中央本级 “三公” 2022: the rate written first, or after a reason, in 亿元 (helper-h247)', () => {
  it.each([
    ['2022年，中央本级“三公”经费财政拨款支出合计28.24亿元，比预算数下降46.7%（减少24.76亿元）。', ['下降46.7%', '下降47.6%'], ['减少24.76亿元', '减少24.67亿元']],
    ['2022年，中央本级“三公”经费财政拨款支出合计28.24亿元，比预算数减少24.76亿元，主要是受疫情等因素影响，下降46.7%。', ['下降46.7%', '下降47.6%'], ['减少24.76亿元', '减少24.67亿元']],
  ])('%s right passes; a wrong rate or amount is found', (page, ...wrongs) => {
    expect(findings(BOOK_2022, JSON_2022, [page])).toEqual([]);
    // (A wrong rate against the budget written first, text-budget finds too.)
    for (const [from, to] of wrongs) expect(findings(BOOK_2022, JSON_2022, [page.replace(from!, to!)])).toContain('text-change-words 公开说明!A1');
  });
});

describe('a list whose items are compared with the budget, after a sentence comparing with last year (helper-h250)', () => {
  const json = supplement(2023, 282400);
  Object.assign(json.指标, { '因公出国（境）费': { 上年数: 29400 }, 公务用车购置及运行维护费: { 上年数: 247200 }, 公务接待费: { 上年数: 5800 } });
  const LIST = '因公出国（境）经费9.00亿元，比预算数减少1.00亿元；公务用车购置及运行费28.00亿元，减少4.00亿元；公务接待费1.72亿元，减少1.28亿元。';

  it.each([['“三公”经费中，'], ['其中，']])('%s: the bare changes are against the budget, as the first item\'s: right, no finding; wrong, found', (opener) => {
    const page = `${PAGE_2023[0]}${opener}${LIST}`;
    expect(findings(BOOK_2023, json, [page])).toEqual([]);
    for (const [from, to] of [['减少4.00亿元', '减少4.40亿元'], ['减少1.28亿元', '减少1.82亿元']] as const)
      expect(findings(BOOK_2023, json, [page.replace(from, to)])).toEqual(['text-change-words 公开说明!A1']);
  });

  it('a clause opened on the budget\'s execution (预算执行中，) is no list of the whole from last year: not held to the 上年数', () => {
    expect(findings(BOOK_2023, json, [`${PAGE_2023[0]}预算执行中，公务用车购置及运行费28.00亿元，减少4.00亿元。`])).toEqual([]);
  });
});
