/**
 * A real published 决算 of a 事业单位 in the 重庆 template: 重庆复旦中学2023年决算情况说明 (渝中区教委,
 * https://www.cqyz.gov.cn/bm_229/qjw/zwgk_97157/fdzdgknr_97159/ysjs1/js/202411/t20241104_13766665.html), a school (全额拨款事业单位)
 * with 事业收入 and 其他收入. The page's tables are attachments; its text states table 01's figures, rebuilt here (the sample's
 * workbook, tables 01–03 the school's, one subject 2050204 高中教育 standing for its 教育支出, the split by subject not stated):
 *   收入: 财政拨款 10,572.96 + 事业收入 508.04 + 其他收入 271.79 = 本年收入合计 11,352.79; 年初结转和结余 27.39; 总计 11,380.18
 *   支出: 本年支出合计 11,350.09 = 基本支出 8,468.07 + 项目支出 2,882.02 (the rest: no 经营支出 stated); 年末结转和结余 30.09
 * 上年数 as its changes imply: 总计 11,380.18 − 205.8 = 11,174.38 (1.84%), 收入合计 11,352.79 − 178.41 = 11,174.38 (1.6%),
 * 支出合计 11,350.09 − 203.1 = 11,146.99 (1.82%). Its shares: 93.13%, 4.48%, 2.39% of 11,352.79; 74.61% of 11,350.09. Every
 * figure of the text recomputes: the page has no error of its own.
 * Before helper-h239, the totals' change went unread (收支较上年决算数增加205.8万元，增长1.84%: a sentence opening on a bare 收支
 * after the one stating 收入总计 and 支出总计): a wrong amount or rate there passed. And 收入合计 and 支出合计 (the template's
 * names of 本年收入合计 and 本年支出合计) named no 说明数据 指标: a change agreeing with itself but not with the 上年数 passed.
 */
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import { explain } from '../../../src/engine/workflow';
import { PRESETS } from '../../../src/engine/narrative/presets';
import { documentLines } from '../../../src/engine/narrative/sheet';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { INCOME_COLUMNS, EXPENDITURE_COLUMNS, line, subjects } from '../../../fixtures/subjectLines';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import type { FinalAccountsData, FixedLine } from '../../../fixtures/data';
import { textFindings } from '../../support/sampleText';

function fudanBook(): WorkbookGrid {
  const data = JSON.parse(JSON.stringify(changji2022)) as FinalAccountsData & { year: number };
  data.year = 2023;
  const set = (lines: readonly FixedLine[], amounts: Record<string, number>) => {
    for (const l of lines) (l as { amount: number }).amount = amounts[l.key] ?? (/^\d{3}$/.test(l.key) || /Balance|Surplus/.test(l.key) ? 0 : l.amount);
  };
  set(data.summary.income, {
    fiscalGeneralBudget: 10572.96, fiscalGovFund: 0, fiscalStateCapital: 0, superiorSubsidy: 0, businessIncome: 508.04, operatingIncome: 0,
    affiliateRemittance: 0, otherIncome: 271.79, yearIncome: 11352.79, useOfNonFiscalSurplus: 0, openingBalance: 27.39, grandTotal: 11380.18,
  });
  set(data.summary.expenditure, { '205': 11350.09, yearExpenditure: 11350.09, surplusDistribution: 0, closingBalance: 30.09, grandTotal: 11380.18 });
  // Table 04: 财政拨款 10,572.96, all 一般公共预算 and all spent (its split and balances not stated).
  set(data.fiscalSummary.income, { generalBudget: 10572.96, yearIncome: 10572.96, grandTotal: 10572.96 });
  for (const l of data.fiscalSummary.expenditure) {
    const amount = ['205', 'yearExpenditure', 'grandTotal'].includes(l.key) ? 10572.96 : /^\d{3}$/.test(l.key) || l.key === 'closingBalance' ? 0 : undefined;
    if (amount !== undefined) Object.assign(l.values, { total: amount, generalBudget: amount, govFund: 0, stateCapital: 0 });
  }
  Object.assign(data, {
    income: subjects(INCOME_COLUMNS, [
      line('total', '合计', 11352.79, 10572.96, 0, 508.04, 0, 0, 271.79),
      line('205', '教育支出', 11352.79, 10572.96, 0, 508.04, 0, 0, 271.79),
      line('20502', '普通教育', 11352.79, 10572.96, 0, 508.04, 0, 0, 271.79),
      line('2050204', '高中教育', 11352.79, 10572.96, 0, 508.04, 0, 0, 271.79),
    ]),
    expenditure: subjects(EXPENDITURE_COLUMNS, [
      line('total', '合计', 11350.09, 8468.07, 2882.02),
      line('205', '教育支出', 11350.09, 8468.07, 2882.02),
      line('20502', '普通教育', 11350.09, 8468.07, 2882.02),
      line('2050204', '高中教育', 11350.09, 8468.07, 2882.02),
    ]),
  });
  return toGrid(buildWorkbook(data, standardPlan(data)));
}

const supplement = JSON.parse(JSON.stringify(changji2022Supplement));
supplement.年度 = 2023;
Object.assign(supplement.指标.收入总计, { 上年数: 11174.38 });
Object.assign(supplement.指标.支出总计, { 上年数: 11174.38 });
supplement.指标.本年收入合计 = { 上年数: 11174.38 };
supplement.指标.本年支出合计 = { 上年数: 11146.99 };

/** §二（一） as published (its punctuation as the page has it; the sentence on 项目支出 is cut where the stored copy ends). */
const PUBLISHED = [
  '（一）收入支出决算总体情况说明。',
  '1.总体情况。2023年度收入总计11380.18万元,支出总计11380.18万元。收支较上年决算数增加205.8万元,增长1.84%,主要原因是事业收入增加。',
  '2.收入情况。2023年度收入合计11352.79万元,较上年决算数增加178.41万元,增长1.6%,主要原因是事业收入增加。其中:财政拨款收入10572.96万元,占93.13%;事业收入508.04万元,占4.48%;其他收入271.79万元,占2.39%。此外,未使用非财政拨款结余和专用结余,年初结转和结余27.39万元。',
  '3.支出情况。2023年度支出合计11350.09万元,较上年决算数增加203.1万元,增长1.82%,主要原因是事业支出增加。其中:基本支出8468.07万元,占74.61%。',
];

const grid = fudanBook();
const findings = (lines: readonly string[]) => textFindings(lines, grid, supplement).map((f) => `${f.rule} ${f.cells[0]}: ${f.message}`);

describe('重庆复旦中学 2023 (渝中区): its §二（一） read against its table 01', () => {
  it('agrees with it: no finding', () => {
    expect(findings(PUBLISHED)).toEqual([]);
  });

  it.each([
    ['收入总计11380.18', '收入总计11308.18', 'text-figures'],
    ['支出总计11380.18', '支出总计11308.18', 'text-figures'],
    // The totals' change, in a sentence opening on a bare 收支 (unread before helper-h239).
    ['增加205.8万元', '增加250.8万元', 'text-change-words'],
    ['增长1.84%', '增长1.48%', 'text-change-words'],
    ['收入合计11352.79', '收入合计11325.79', 'text-figures'],
    ['增加178.41', '增加187.41', 'text-change-words'],
    ['增长1.6%', '增长6.1%', 'text-change-words'],
    ['财政拨款收入10572.96', '财政拨款收入10527.96', 'text-figures'],
    ['占93.13%', '占93.31%', 'text-shares'],
    ['事业收入508.04', '事业收入580.04', 'text-figures'],
    ['占4.48%', '占4.84%', 'text-shares'],
    ['其他收入271.79', '其他收入217.79', 'text-figures'],
    ['占2.39%', '占2.93%', 'text-shares'],
    ['年初结转和结余27.39', '年初结转和结余72.39', 'text-figures'],
    ['支出合计11350.09', '支出合计11305.09', 'text-figures'],
    ['增加203.1万元', '增加230.1万元', 'text-change-words'],
    ['增长1.82%', '增长1.28%', 'text-change-words'],
    ['基本支出8468.07', '基本支出8486.07', 'text-figures'],
    // A pair agreeing with itself, wrong against the 上年数 (the totals' read before helper-h239; 收入合计 and 支出合计, the
    // 重庆 template's names of 本年收入合计 and 本年支出合计, held to none before it).
    ['增加205.8万元,增长1.84%', '增加305.8万元,增长2.76%', 'text-change-words'],
    ['增加178.41万元,增长1.6%', '增加278.41万元,增长2.51%', 'text-change-words'],
    ['增加203.1万元,增长1.82%', '增加303.1万元,增长2.74%', 'text-change-words'],
    ['占74.61%', '占74.16%', 'text-shares'],
  ])('finds %s written as %s', (right, wrong, rule) => {
    const lines = PUBLISHED.map((l) => l.replace(right, wrong));
    expect(lines).not.toEqual(PUBLISHED);
    expect(findings(lines).map((f) => f.split(' ')[0])).toContain(rule);
  });
});

/**
 * Our text for its tables (新疆 preset, the closest: §一–§三 of table 01 by totals, sources and kinds): the page's figures, the
 * rates on the same 万元 (the page writes 205.8 and 1.6%, we 205.80 and 1.84%: the same). §四 on are the sample's tables 05–07,
 * not the school's (not stated on the page), and are left aside.
 */
describe('our §一–§三 for the tables of 重庆复旦中学 2023 (新疆 preset)', () => {
  const lines = documentLines(explain(grid, PRESETS.xinjiang!, supplement).document).map((l) => l.text);
  const upTo = lines.slice(0, lines.findIndex((l) => l.startsWith('四、')));
  const text = upTo.join('\n');

  it.each([
    '收入总计11,380.18万元，其中：本年收入合计11,352.79万元，使用非财政拨款结余0.00万元，年初结转和结余27.39万元',
    '增加205.80万元，增长1.84%',
    '本年支出合计11,350.09万元',
    '财政拨款收入10,572.96万元，占93.13%',
    '事业收入508.04万元，占4.48%',
    '其他收入271.79万元，占2.39%',
    '基本支出8,468.07万元，占74.61%；项目支出2,882.02万元，占25.39%',
  ])('states %s, as the page does', (figure) => {
    expect(text).toContain(figure);
  });

  it('draws no finding from the audit of its own text', () => {
    expect(findings(upTo).filter((f) => !f.startsWith('text-template-leftovers'))).toEqual([]);
  });
});
