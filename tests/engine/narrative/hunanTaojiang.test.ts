/**
 * A real published 三公 text from 湖南: 桃江县 2019年度“三公”经费决算 (http://taojiang.gov.cn/26631/26632/content_2001885.html; the
 * text only, no table on the page). 湖南's wording: 2019年实际支出“三公经费”决算为…, shares after 为X万元，占…, and the counts as
 * 国内公务接待批次为520个，接待人次为4200人. Table 07 rebuilt from its text, in the sample's workbook (years the sample's: 2022 for
 * 2019, 2021 for 2018): 决算 22.62 = 0 + 2.52 (0 + 2.52) + 20.10; of the 预算 the page states the total alone (44.52), its split
 * here assumed (0 + 4.52 + 40.00). 20.10 / 22.62 = 88.86%, 2.52 / 22.62 = 11.14%: every figure agrees.
 * Found unread (helper-h200): the 国内公务接待 counts as 湖南 words them (批次为N个, 接待人次为N人): a wrong one passed.
 */
import { check, explain } from '../../../src/engine/workflow';
import { PRESETS } from '../../../src/engine/narrative/presets';
import { documentLines } from '../../../src/engine/narrative/sheet';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { sheet } from '../../support/ruleTester';

const budget = { total: 44.52, overseasTravel: 0, vehicles: 4.52, vehiclePurchase: 0, vehicleOperation: 4.52, reception: 40 };
const actual = { total: 22.62, overseasTravel: 0, vehicles: 2.52, vehiclePurchase: 0, vehicleOperation: 2.52, reception: 20.1 };
const data = { ...changji2022, threePublicCosts: { budget, actual } };
const grid = toGrid(buildWorkbook(data, standardPlan(data)));
const json = JSON.parse(JSON.stringify(changji2022Supplement));
Object.assign(json.事项, { 公务用车保有量: 2, 国内公务接待批次: 520, 国内公务接待人次: 4200 });
// The page gives no 上年 of the 三公 items; the sample's (昌吉's, 公务接待费 0.26) are not 桃江's: held to them, its 相比2018年公务接待费
// 有所减少 (20.10 against 0.26) was a 错误 of the fixture's making (helper-h288, text-change-way).
for (const item of ['三公经费合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务用车购置费', '公务用车运行维护费', '公务接待费']) delete json.指标[item]?.上年数;
// The 公务接待费's 上年 assumed above 20.10, as the page's 有所减少 says (review r293: so its way is read and held, not left unread).
json.指标.公务接待费.上年数 = 25;

/** The page's text as published (its years the sample's). */
const PAGE = [
  '2022年度“三公”经费财政拨款支出预算为44.52万元，2022年实际支出“三公经费”决算为22.62万元。其中公务接待费为20.10万元，占88.86%；公务用车运行维护费为2.52万元，占11.14%。本年度“三公经费”决算数未超过2022年预算数。相比2021年公务接待费有所减少，主要是因为认真贯彻落实中央八项规定精神和厉行节约要求，从严控制“三公”经费开支，全年实际支出比预算有所节约。无因公出国（境）人数，公务用车保有量为2辆，国内公务接待批次为520个，接待人次为4200人。',
];

const findingsOf = (lines: readonly string[]) => {
  const withText = { sheets: [...grid.sheets, sheet('公开说明', lines.map((l) => [l]))] };
  return check(withText, json).findings.filter((f) => f.severity !== 'rounding' && f.cells.some((c) => c.startsWith('公开说明!')));
};

describe('the published 三公 text of 桃江县 2019 (湖南), read against its table', () => {
  it('agrees with it: no finding', () => {
    expect(findingsOf(PAGE).map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });

  it.each([
    ['预算为44.52', '预算为45.52', 'text-budget-figures'],
    ['决算为22.62', '决算为22.82', 'text-figures'],
    ['公务接待费为20.10', '公务接待费为20.70', 'text-figures'],
    ['占88.86%', '占86.86%', 'text-shares'],
    ['维护费为2.52', '维护费为2.92', 'text-figures'],
    ['占11.14%', '占13.14%', 'text-shares'],
    ['保有量为2辆', '保有量为4辆', 'text-counts'],
    // Unread before helper-h200.
    ['批次为520个', '批次为52个', 'text-counts'],
    ['接待人次为4200人', '接待人次为420人', 'text-counts'],
    // The way alone against last year (review r293: text-change-way, its 上年 the assumed 25.00).
    ['公务接待费有所减少', '公务接待费有所增加', 'text-change-way'],
  ])('a wrong figure is found: %s → %s', (from, to, rule) => {
    const lines = PAGE.map((l) => l.replace(from, to));
    expect(lines).not.toEqual(PAGE);
    expect(findingsOf(lines).map((f) => f.rule)).toContain(rule);
  });
});

describe('our §七 for the table of 桃江县 2019', () => {
  it.each([
    ['xinjiang', ['支出决算22.62万元', '公务用车购置及运行维护费支出2.52万元，占11.14%', '公务接待费支出20.10万元，占88.86%', '国内公务接待520批次，4200人次', '公务用车保有量2辆']],
    ['shanghai', ['支出决算为22.62万元', '公务用车购置及运行维护费支出决算2.52万元，占11.14%', '公务接待费支出决算20.10万元，占88.86%', '共接待520批次、4200人次']],
  ])('states the page’s figures (%s preset), and its audit finds no 错误 in it', (id, published) => {
    const lines = documentLines(explain(grid, PRESETS[id]!, json).document).map((l) => l.text);
    const text = lines.join('\n');
    for (const p of published) expect(text).toContain(p);
    expect(findingsOf(lines).filter((f) => f.rule !== 'text-template-leftovers').map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });
});
