/**
 * 乌鲁木齐市政务服务中心 2023 (新疆, 乌鲁木齐市政务服务中心2023年度部门决算公开说明; read from a mirror of the page,
 * http://upcchem.com/wlmqs/c119485/202501/b6ed714d8d334d43bcd1e201fd61491c.shtml, printed there in traditional characters,
 * here in the simplified ones the page publishes). Its §一 as printed: 收入总计434.72万元 = 本年收入合计434.16 + 使用非财政拨款结余
 * 0.00 + 年初结转和结余0.55 (its own 0.01 尾差); 支出总计434.72 = 本年支出合计434.16 + 结余分配0.00 + 年末结转和结余0.55;
 * “收入支出总体与上年相比,增加58.21万元,增长15.46%” (上年 376.51: 58.21 / 376.51 = 15.46%, right).
 * Its table 01 is rebuilt from those figures over the sample's (the page's tables are not in the mirror), its 上年数 as its
 * change implies. Before helper-h227 the 新疆 words 收入支出总体 named no figure: its change and rate went unread, a wrong one
 * passed.
 */
import type { FinalAccountsData, FixedLine } from '../../../fixtures/data';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { textFindings } from '../../support/sampleText';

const data = { ...(JSON.parse(JSON.stringify(changji2022)) as FinalAccountsData), year: 2023 };
const set = (lines: readonly FixedLine[], amounts: Readonly<Record<string, number>>) => {
  for (const l of lines) if (l.key in amounts) (l as { amount: number }).amount = amounts[l.key]!;
};
set(data.summary.income, { fiscalGeneralBudget: 434.16, otherIncome: 0, yearIncome: 434.16, useOfNonFiscalSurplus: 0, openingBalance: 0.55, grandTotal: 434.72 });
set(data.summary.expenditure, { yearExpenditure: 434.16, surplusDistribution: 0, closingBalance: 0.55, grandTotal: 434.72 });
// Tables 02 and 03 state the same 本年 totals (their other figures the sample's: the text names none of them).
for (const [table, column] of [[data.income, 'yearIncome'], [data.expenditure, 'yearExpenditure']] as const) {
  const total = table.find((l) => l.code === 'total')!;
  (total as { values: Record<string, number> }).values = { ...total.values, [column]: 434.16 };
}
const grid = toGrid(buildWorkbook(data, standardPlan(data)));
const json = JSON.parse(JSON.stringify(changji2022Supplement));
json.年度 = 2023;
Object.assign(json.指标.收入总计, { 上年数: 376.51 });
Object.assign(json.指标.支出总计, { 上年数: 376.51 });

const PUBLISHED = [
  '一、收入支出决算总体情况说明',
  '2023年度收入总计434.72万元,其中:本年收入合计434.16万元,使用非财政拨款结余0.00万元,年初结转和结余0.55万元。',
  '2023年度支出总计434.72万元,其中:本年支出合计434.16万元,结余分配0.00万元,年末结转和结余0.55万元。',
  '收入支出总体与上年相比,增加58.21万元,增长15.46%,主要原因是业务量增加。',
];
const findings = (lines: readonly string[]) => textFindings(lines, grid, json).map((f) => `${f.rule} ${f.cells[0]}: ${f.message}`);

describe('乌鲁木齐市政务服务中心 2023 §一, read against its table 01', () => {
  it('agrees with it', () => {
    expect(findings(PUBLISHED)).toEqual([]);
  });

  it.each([
    ['收入总计434.72', '收入总计437.42', 'text-figures'],
    ['本年收入合计434.16', '本年收入合计431.46', 'text-figures'],
    ['年初结转和结余0.55', '年初结转和结余5.55', 'text-figures'],
    ['支出总计434.72', '支出总计437.42', 'text-figures'],
    ['本年支出合计434.16', '本年支出合计431.46', 'text-figures'],
    ['年末结转和结余0.55', '年末结转和结余5.55', 'text-figures'],
    // Unread before helper-h227.
    ['增加58.21万元', '增加52.81万元', 'text-change-words'],
    ['增长15.46%', '增长16.45%', 'text-change-words'],
    ['增加58.21万元,增长15.46%', '减少58.21万元,下降15.46%', 'text-change-words'],
  ])('finds %s written as %s', (right, wrong, rule) => {
    const lines = PUBLISHED.map((l) => l.replace(right, wrong));
    expect(lines).not.toEqual(PUBLISHED);
    expect(findings(lines).map((f) => f.slice(0, f.indexOf(' ')))).toContain(rule);
  });

  it('reads no amount after 收入支出总体情况 as the 总计', () => {
    expect(findings(['收入支出总体情况:2023年度收入总计434.72万元,支出总计434.72万元。'])).toEqual([]);
  });

  it('reads 财政拨款收入支出总体 as the 财政拨款 total', () => {
    const fiscal = '2022年度财政拨款收入总计1363.45万元。财政拨款收入支出总体与上年相比,增加660.56万元,增长93.98%。';
    expect(textFindings(fiscal).map((f) => f.message)).toEqual([]);
    expect(textFindings(fiscal.replace('增长93.98%', '增长39.98%')).map((f) => f.rule)).toContain('text-change-words');
  });
});
