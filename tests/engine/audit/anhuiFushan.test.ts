/**
 * 枞阳县浮山中学 2022 (安徽, 枞阳县浮山中学2022年度单位决算之第三部分 情况说明,
 * http://www.ahfszx.com/DocHtml/1/Article_202310152241.html): its §一 to §五(二) as published (the stored page is cut in §五(二)
 * after 教育支出(类); the tables are on another page, not read). Its figures, each checked by hand against the others:
 *   收入总计 = 支出总计 = 收入合计 = 支出合计 6,503.68 = 财政拨款收入 5,939.19 + 事业收入 564.49 = 基本支出 5,583.01 + 项目支出 920.67;
 *   shares 91.3% / 8.7%, 85.8% / 14.2%; 增加1,785.35, 增长37.8% (上年 4,718.33); 财政拨款收、支总计 5,939.19, 增加1,891.86,
 *   增长46.7% (上年 4,047.33); 一般公共预算财政拨款支出 5,939.19, 占本年支出的91.3%; 教育支出(类) 4,836.62, 占81.4%.
 * All right: the page has no error of its own here.
 * Its tables rebuilt from those figures over the sample's: table 01's lines, tables 02 and 03's 合计 rows, table 04's totals,
 * table 05 as 205 教育支出 4,836.62 (20502 普通教育, 2050204 高中教育) and the rest one class, 208 1,102.57 (the page's text is
 * cut there; the split chosen); table 05's 基本/项目 columns chosen (5,018.52 / 920.67). 上年数 as its changes imply.
 * Its wordings, read before helper-h227 already: 收入总计…(含使用非财政拨款结转结余、年初结转和结余)、支出总计…(含…)，
 * 收、支总计各增加X万元 with one amount, shares at one decimal, 占0% lists closing without a stop, 财政拨款收、支总计各增加…,
 * 占本年支出的…, a 类 written 教育支出(类)X万元.
 */
import type { FinalAccountsData, FixedLine, FundLine, SubjectLine } from '../../../fixtures/data';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { GENERAL_BUDGET_COLUMNS, line, subjects } from '../../../fixtures/subjectLines';
import { textFindings } from '../../support/sampleText';
import { explain } from '../../../src/engine/workflow';
import { PRESETS } from '../../../src/engine/narrative/presets';
import { documentLines } from '../../../src/engine/narrative/sheet';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const data = JSON.parse(JSON.stringify(changji2022)) as Mutable<FinalAccountsData>;
const set = (lines: readonly FixedLine[], amounts: Readonly<Record<string, number>>) => {
  for (const l of lines) if (l.key in amounts) (l as { amount: number }).amount = amounts[l.key]!;
};
const setValues = (lines: readonly (SubjectLine | FundLine)[], at: (l: SubjectLine | FundLine) => boolean, values: Readonly<Record<string, number>>) => {
  for (const l of lines) if (at(l)) (l as { values: Record<string, number> }).values = { ...l.values, ...values };
};
set(data.summary.income, { fiscalGeneralBudget: 5939.19, businessIncome: 564.49, otherIncome: 0, yearIncome: 6503.68, useOfNonFiscalSurplus: 0, openingBalance: 0, grandTotal: 6503.68 });
set(data.summary.expenditure, { yearExpenditure: 6503.68, surplusDistribution: 0, closingBalance: 0, grandTotal: 6503.68 });
setValues(data.income, (l) => (l as SubjectLine).code === 'total', { yearIncome: 6503.68, fiscal: 5939.19, businessIncome: 564.49, otherIncome: 0 });
setValues(data.expenditure, (l) => (l as SubjectLine).code === 'total', { yearExpenditure: 6503.68, basic: 5583.01, project: 920.67 });
set(data.fiscalSummary.income, { generalBudget: 5939.19, yearIncome: 5939.19, openingBalance: 0, grandTotal: 5939.19 });
setValues(data.fiscalSummary.expenditure, (l) => ['yearExpenditure', 'grandTotal'].includes((l as FundLine).key), { total: 5939.19, generalBudget: 5939.19 });
// Table 04's 类 rows, table 05's.
const fiscalClasses: Readonly<Record<string, number>> = { '205': 4836.62, '208': 1102.57 };
setValues(data.fiscalSummary.expenditure, (l) => /^\d{3}$/.test((l as FundLine).key), { total: 0, generalBudget: 0 });
for (const [code, amount] of Object.entries(fiscalClasses)) setValues(data.fiscalSummary.expenditure, (l) => (l as FundLine).key === code, { total: amount, generalBudget: amount });
data.generalBudgetExpenditure = subjects(GENERAL_BUDGET_COLUMNS, [
  line('total', '合计', 5939.19, 5018.52, 920.67),
  line('205', '教育支出', 4836.62, 3915.95, 920.67),
  line('20502', '普通教育', 4836.62, 3915.95, 920.67),
  line('2050204', '高中教育', 4836.62, 3915.95, 920.67),
  line('208', '社会保障和就业支出', 1102.57, 1102.57, 0),
  line('20805', '行政事业单位养老支出', 1102.57, 1102.57, 0),
  line('2080505', '机关事业单位基本养老保险缴费支出', 1102.57, 1102.57, 0),
]);
const grid = toGrid(buildWorkbook(data, standardPlan(data)));
const json = JSON.parse(JSON.stringify(changji2022Supplement));
for (const k of ['收入总计', '支出总计']) Object.assign(json.指标[k], { 上年数: 4718.33 });
for (const k of ['财政拨款收入总计', '财政拨款支出总计', '一般公共预算财政拨款支出']) Object.assign(json.指标[k], { 上年数: 4047.33 });

const PUBLISHED = [
  '一、收入支出决算总体情况说明',
  '2022年度收入总计6503.68万元(含使用非财政拨款结转结余、年初结转和结余)、支出总计6503.68万元(含结余分配、年末结转和结余)。与2021年相比,收、支总计各增加1785.35万元,增长37.8%,主要原因:一般公共预算财政拨款收入增加。',
  '二、收入决算情况说明',
  '2022年度收入合计6503.68万元,其中:财政拨款收入5939.19万元,占91.3%;上级补助收入0万元,占0%;事业收入564.49万元,占8.7%;经营收入0万元,占0%;附属单位上缴收入0万元,占0%;其他收入0万元,占0%  ',
  '三、支出决算情况说明',
  '2022年度支出合计6503.68万元,其中:基本支出5583.01万元,占85.8%;项目支出920.67万元,占14.2%;上缴上级支出0万元,占0%;经营支出0万元,占0%;对附属单位补助支出0万元,占0%',
  '四、财政拨款收入支出决算总体情况说明',
  '2022年度财政拨款收入总计5939.19万元(含年初财政拨款结转和结余),支出总计5939.19万元(含年末财政拨款结转和结余)。与2021年相比,财政拨款收、支总计各增加1891.86万元,增长46.7%,主要原因:教育支出增加。  ',
  '五、一般公共预算财政拨款支出决算情况说明',
  '(一)一般公共预算财政拨款支出决算总体情况。',
  '2022年度一般公共预算财政拨款支出5939.19万元,占本年支出的91.3%。与2021年相比,一般公共预算财政拨款支出增加1891.86万元,增长46.7%。主要原因是一是基本支出增加;二是项目支出增加。',
  '(二)一般公共预算财政拨款支出决算结构情况。',
  '2022年度一般公共预算财政拨款支出5939.19万元,主要用于以下方面:教育支出(类)4836.62万元,占81.4%。',
];
const findings = (lines: readonly string[]) => textFindings(lines, grid, json).map((f) => `${f.rule} ${f.cells[0]}: ${f.message}`);

describe('枞阳县浮山中学 2022 §一–§五, read against its tables', () => {
  it('agrees with them: the page has no error here', () => {
    expect(findings(PUBLISHED)).toEqual([]);
  });

  // Every figure of the page made wrong in turn: each is found.
  it.each([
    ['收入总计6503.68', '收入总计6503.86', 'text-figures'],
    ['支出总计6503.68万元(含结余', '支出总计6503.86万元(含结余', 'text-figures'],
    ['各增加1785.35', '各增加1758.35', 'text-change-words'],
    ['增长37.8%', '增长38.7%', 'text-change-words'],
    ['收入合计6503.68', '收入合计6503.86', 'text-figures'],
    ['财政拨款收入5939.19', '财政拨款收入5939.91', 'text-figures'],
    ['占91.3%;', '占93.1%;', 'text-shares'],
    ['上级补助收入0万元', '上级补助收入5万元', 'text-figures'],
    ['上级补助收入0万元,占0%', '上级补助收入0万元,占5%', 'text-shares'],
    ['事业收入564.49', '事业收入546.49', 'text-figures'],
    ['占8.7%', '占7.8%', 'text-shares'],
    ['支出合计6503.68', '支出合计6503.86', 'text-figures'],
    ['基本支出5583.01', '基本支出5538.01', 'text-figures'],
    ['占85.8%', '占88.5%', 'text-shares'],
    ['项目支出920.67', '项目支出902.67', 'text-figures'],
    ['占14.2%', '占12.4%', 'text-shares'],
    ['对附属单位补助支出0万元,占0%', '对附属单位补助支出0万元,占5%', 'text-shares'],
    ['财政拨款收入总计5939.19', '财政拨款收入总计5939.91', 'text-figures'],
    ['支出总计5939.19', '支出总计5939.91', 'text-figures'],
    ['各增加1891.86', '各增加1819.86', 'text-change-words'],
    ['增长46.7%,主要原因:教育', '增长47.6%,主要原因:教育', 'text-change-words'],
    ['财政拨款支出5939.19万元,占本年', '财政拨款支出5939.91万元,占本年', 'text-figures'],
    ['占本年支出的91.3%', '占本年支出的93.1%', 'text-shares'],
    ['财政拨款支出增加1891.86', '财政拨款支出增加1819.86', 'text-change-words'],
    ['增长46.7%。主要原因是', '增长47.6%。主要原因是', 'text-change-words'],
    ['财政拨款支出5939.19万元,主要用于', '财政拨款支出5939.91万元,主要用于', 'text-figures'],
    ['教育支出(类)4836.62', '教育支出(类)4863.62', 'text-figures'],
    ['占81.4%', '占84.1%', 'text-shares'],
  ])('finds %s written as %s', (right, wrong, rule) => {
    const lines = PUBLISHED.map((l) => l.replace(right, wrong));
    expect(lines).not.toEqual(PUBLISHED);
    expect(findings(lines).map((f) => f.slice(0, f.indexOf(' ')))).toContain(rule);
  });
});

/** Our §一–§五 for its tables (新疆 preset: its 收入总计…，其中：本年收入合计… the nearest of ours), at two decimals where the page has one. */
describe('our text for the tables of 枞阳县浮山中学 2022', () => {
  const lines = documentLines(explain(grid, PRESETS.xinjiang!, json).document).map((l) => l.text);
  const text = lines.join('\n');

  it('states every figure of the page', () => {
    for (const published of [
      '2022年度收入总计6,503.68万元',
      '本年支出总计6,503.68万元',
      '增加1,785.35万元，增长37.84%',
      '财政拨款收入5,939.19万元，占91.32%',
      '事业收入564.49万元，占8.68%',
      '基本支出5,583.01万元，占85.84%；项目支出920.67万元，占14.16%',
      '财政拨款收入总计5,939.19万元',
      '财政拨款支出总计5,939.19万元',
      '增加1,891.86万元，增长46.74%',
      '一般公共预算财政拨款支出5,939.19万元，占本年支出合计的91.32%，与上年相比，增加1,891.86万元，增长46.74%',
      '教育支出(类)4,836.62万元，占81.44%',
    ])
      expect(text).toContain(published);
  });

  it('draws no finding from the audit of its own text (but the gap left for a 上年数 the sample lacks)', () => {
    expect(textFindings(lines, grid, json).map((f) => f.rule)).toEqual(['text-template-leftovers']);
  });
});
