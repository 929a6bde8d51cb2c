/**
 * A real published 决算 of a 事业单位 with 事业收入 and 经营收入, in the 重庆 template: 重庆市水产科学研究所 2019年度部门决算情况说明
 * (http://cqfsri.net/article/1421.html). Its tables are attachments; its §二（一） states table 01's income side, rebuilt here
 * (the sample's workbook, tables 01–04 the institute's, as far as stated; the rest assumed and marked so):
 *   财政拨款 1,015.31 + 事业收入 765.83 + 经营收入 433.86 + 其他收入 105.51 = 收入合计 2,320.51; 年初结转和结余 143.22;
 *   收入总计 2,463.74 (0.01 more: its 用事业基金弥补收支差额, 使用非财政拨款结余 here); 支出合计 2,299.93 (all 基本支出 here:
 *   the split is past where the stored copy ends), 年末结转和结余 163.81; one subject, 2060302 (assumed).
 * 上年数 as its changes imply: 总计 2,463.74 + 306.3 = 2,770.04 (11.06%: its 11.1% right), 收入合计 2,320.51 − 941.42 = 1,379.09
 * (68.26%: 68.3%). Its shares, of 2,320.51: 43.75%, 33.00%, 18.70%, 4.55% (43.8%, 33.0%, 18.7%, 4.5%: right). No error of its own.
 * Its shares stand in a paragraph of their own opening on 其中, the whole (收入合计) in the paragraph before. Before helper-h239
 * they were read only while they added up to 100% (of their own sum): one written wrong, the list no longer did, and it passed.
 */
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { INCOME_COLUMNS, EXPENDITURE_COLUMNS, line, subjects } from '../../../fixtures/subjectLines';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { textFindings } from '../../support/sampleText';
import { sampleTablesOf, setAmounts } from '../../support/oneItemBook';

function instituteBook(): WorkbookGrid {
  const data = sampleTablesOf(2019);
  setAmounts(data.summary.income, {
    fiscalGeneralBudget: 1015.31, businessIncome: 765.83, operatingIncome: 433.86, otherIncome: 105.51, yearIncome: 2320.51,
    useOfNonFiscalSurplus: 0.01, openingBalance: 143.22, grandTotal: 2463.74,
  });
  setAmounts(data.summary.expenditure, { '206': 2299.93, yearExpenditure: 2299.93, closingBalance: 163.81, grandTotal: 2463.74 });
  setAmounts(data.fiscalSummary.income, { generalBudget: 1015.31, yearIncome: 1015.31, grandTotal: 1015.31 });
  const income = [2320.51, 1015.31, 0, 765.83, 433.86, 0, 105.51];
  const spent = [2299.93, 2299.93, 0];
  Object.assign(data, {
    income: subjects(INCOME_COLUMNS, [line('total', '合计', ...income), line('206', '科学技术支出', ...income), line('20603', '应用研究', ...income), line('2060302', '社会公益研究', ...income)]),
    expenditure: subjects(EXPENDITURE_COLUMNS, [line('total', '合计', ...spent), line('206', '科学技术支出', ...spent), line('20603', '应用研究', ...spent), line('2060302', '社会公益研究', ...spent)]),
  });
  return toGrid(buildWorkbook(data, standardPlan(data)));
}

const supplement = JSON.parse(JSON.stringify(changji2022Supplement));
supplement.年度 = 2019;
Object.assign(supplement.指标.收入总计, { 上年数: 2770.04 });
Object.assign(supplement.指标.支出总计, { 上年数: 2770.04 });
supplement.指标.本年收入合计 = { 上年数: 1379.09 };

/** §二（一）1–2 as published, paragraph by paragraph (its punctuation as the page has it). */
const PUBLISHED = [
  '（一）收入支出决算总体情况说明。',
  '1.总体情况。2019年度收入总计2,463.74万元,支出总计2,463.74万元。收支较上年决算数减少306.3万元、下降11.1%,主要原因是:一是财政拨款收入减少7.33万元;二是其他收入减少104.14万元;三是年初结转和结余减少1,247.72万元;四是事业收入增加687.73万元;五是经营收入增加365.16万元。',
  '本部分的收入总计包括收入合计、用事业基金弥补收支差额、年初结转和结余,支出总计包括本年支出合计、结余分配、年末结转和结余。',
  '2.收入情况。2019年度收入合计2,320.51万元,较上年决算数增加941.42万元,增长68.3%,主要原因是:事业收入增加687.73万元;经营收入增加365.16万元;财政拨款收入减少7.33万元;其他收入减少104.14万元;',
  '其中:财政拨款收入1,015.31万元,占43.8%;事业收入765.83万元,占33.0%;经营收入433.86万元,占18.7%;其他收入105.51万元,占4.5%;此外,年初结转和结余143.22万元。',
];

const grid = instituteBook();
const findings = (lines: readonly string[]) => textFindings(lines, grid, supplement).map((f) => `${f.rule} ${f.cells[0]}: ${f.message}`);

describe('重庆市水产科学研究所 2019: its §二（一） read against its table 01', () => {
  it('agrees with it: no finding', () => {
    expect(findings(PUBLISHED)).toEqual([]);
  });

  it.each([
    ['收入总计2,463.74', '收入总计2,436.74', 'text-figures'],
    ['减少306.3万元', '减少360.3万元', 'text-change-words'],
    ['下降11.1%', '下降11.7%', 'text-change-words'],
    ['减少306.3万元、下降11.1%', '减少406.3万元、下降14.2%', 'text-change-words'],
    ['收入合计2,320.51', '收入合计2,302.51', 'text-figures'],
    ['增加941.42', '增加914.42', 'text-change-words'],
    ['增长68.3%', '增长63.8%', 'text-change-words'],
    ['财政拨款收入1,015.31', '财政拨款收入1,051.31', 'text-figures'],
    ['事业收入765.83', '事业收入756.83', 'text-figures'],
    ['经营收入433.86', '经营收入433.68', 'text-figures'],
    ['其他收入105.51', '其他收入150.51', 'text-figures'],
    ['年初结转和结余143.22', '年初结转和结余143.12', 'text-figures'],
    // Each share written wrong, the list no longer adding up to 100%: of the 收入合计 the paragraph before states (unread
    // before helper-h239).
    ['占43.8%', '占48.3%', 'text-shares'],
    ['占33.0%', '占30.0%', 'text-shares'],
    ['占18.7%', '占17.8%', 'text-shares'],
    ['占4.5%', '占5.4%', 'text-shares'],
  ])('finds %s written as %s', (right, wrong, rule) => {
    const lines = PUBLISHED.map((l) => l.replace(right, wrong));
    expect(lines).not.toEqual(PUBLISHED);
    expect(findings(lines).map((f) => f.split(' ')[0])).toContain(rule);
  });

  it('says a wrong share of the 收入合计 before: 2,320.51', () => {
    const lines = PUBLISHED.map((l) => l.replace('占33.0%', '占30.0%'));
    expect(findings(lines).filter((f) => f.startsWith('text-shares'))).toEqual([
      'text-shares 公开说明!A5: 说明文字“765.83万元,占30.0%”：占比应为 33.00%（765.83万元 ÷ 2,320.51万元），文中为 30.0%。',
    ]);
  });
});

describe('重庆市水产科学研究所 2019: the paragraph before ending on another sentence than its whole’s', () => {
  it('reads a 其中 paragraph after reasons stated in a sentence of their own as of its whole, not of a reason’s amount', () => {
    // helper-h244: the paragraph before ending on its reasons (…增长68.3%。主要原因是:事业收入增加687.73万元;…。), the reason's
    // 687.73 was taken for the 其中 list's whole: each right share a 错误 (财政拨款收入 1,015.31 ÷ 687.73 = 147.63%).
    const lines = PUBLISHED.map((l) => l.replace('增长68.3%,主要原因是', '增长68.3%。主要原因是').replace(/;$/, '。'));
    expect(lines).not.toEqual(PUBLISHED);
    expect(findings(lines)).toEqual([]);
    // Its share written wrong is still found, of the 收入合计 its paragraph's first sentence states.
    expect(findings(lines.map((l) => l.replace('占33.0%', '占30.0%')))).toEqual([
      'text-shares 公开说明!A5: 说明文字“765.83万元,占30.0%”：占比应为 33.00%（765.83万元 ÷ 2,320.51万元），文中为 30.0%。',
    ]);
  });
});

describe('重庆市水产科学研究所 2019: a 其中 paragraph whose every share is wrong', () => {
  // helper-h254: carriedWhole took the whole the parts fit (one share right of it at least): every share written wrong, no
  // whole fit, none was taken and every wrong share passed. Of the paragraph before's stated whole (its total's 2,320.51).
  const ALL_WRONG: [string, string][] = [['占43.8%', '占40.8%'], ['占33.0%', '占30.0%'], ['占18.7%', '占17.7%'], ['占4.5%', '占5.5%']];
  const allWrong = (lines: readonly string[]) => lines.map((l) => ALL_WRONG.reduce((s, [right, wrong]) => s.replace(right, wrong), l));
  const SAID = [
    'text-shares 公开说明!A5: 说明文字“1,015.31万元,占40.8%”：占比应为 43.75%（1,015.31万元 ÷ 2,320.51万元），文中为 40.8%。',
    'text-shares 公开说明!A5: 说明文字“765.83万元,占30.0%”：占比应为 33.00%（765.83万元 ÷ 2,320.51万元），文中为 30.0%。',
    'text-shares 公开说明!A5: 说明文字“433.86万元,占17.7%”：占比应为 18.70%（433.86万元 ÷ 2,320.51万元），文中为 17.7%。',
    'text-shares 公开说明!A5: 说明文字“105.51万元,占5.5%”：占比应为 4.55%（105.51万元 ÷ 2,320.51万元），文中为 5.5%。',
  ];

  it('finds each, of the whole the paragraph before states', () => {
    expect(findings(allWrong(PUBLISHED))).toEqual(SAID);
  });

  it('so too where that paragraph ends on a sentence of reasons', () => {
    const lines = PUBLISHED.map((l) => l.replace('增长68.3%,主要原因是', '增长68.3%。主要原因是').replace(/;$/, '。'));
    expect(findings(allWrong(lines))).toEqual(SAID);
  });
});
