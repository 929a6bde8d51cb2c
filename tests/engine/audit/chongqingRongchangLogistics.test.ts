/**
 * A new 事业单位's first 决算 in the 重庆 template: 重庆市荣昌区商贸物流服务中心 2022年度部门决算情况说明
 * (http://rongchang.gov.cn/bm/qsww/zwgk_70831/fdzdgknr_70834/ysjs/jsgk/202310/t20231010_12412997.html). Its text states its
 * tables whole: 收入总计 = 收入合计 = 财政拨款 (all 一般公共预算) = 支出合计 237.52, 基本支出 217.52 + 项目支出 20.00, no balances;
 * no 上年 (新增单位: every change 增加237.52万元，增长100%). Rebuilt here on the sample's workbook (its subject 2160250 assumed;
 * tables 06–09 left the sample's). Its 一般公共预算财政拨款收入 较年初预算数减少15.22万元，下降6%: 预算 252.74, 15.22 / 252.74 =
 * 6.02%, right. No error of its own.
 * Before helper-h239 that budget change went unread (a sentence opening on 较年初预算数 after a sentence of reasons alone,
 * 主要原因是新增单位，无上年数据。): a wrong amount or rate passed. (Its 年初预算数 is no 说明数据 of ours: a pair agreeing with
 * itself is still unchecked.)
 */
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { INCOME_COLUMNS, EXPENDITURE_COLUMNS, line, subjects } from '../../../fixtures/subjectLines';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { textFindings } from '../../support/sampleText';
import { sampleTablesOf, setAmounts } from '../../support/oneItemBook';

function rcBook(): WorkbookGrid {
  const data = sampleTablesOf(2022);
  setAmounts(data.summary.income, { fiscalGeneralBudget: 237.52, yearIncome: 237.52, grandTotal: 237.52 });
  setAmounts(data.summary.expenditure, { '216': 237.52, yearExpenditure: 237.52, grandTotal: 237.52 });
  setAmounts(data.fiscalSummary.income, { generalBudget: 237.52, yearIncome: 237.52, grandTotal: 237.52 });
  for (const l of data.fiscalSummary.expenditure) {
    const amount = ['216', 'yearExpenditure', 'grandTotal'].includes(l.key) ? 237.52 : 0;
    Object.assign(l.values, { total: amount, generalBudget: amount, govFund: 0, stateCapital: 0 });
  }
  const inc = [237.52, 237.52, 0, 0, 0, 0, 0];
  const exp = [237.52, 217.52, 20];
  const gb = [237.52, 217.52, 20];
  Object.assign(data, {
    income: subjects(INCOME_COLUMNS, [line('total', '合计', ...inc), line('216', '商业服务业等支出', ...inc), line('21602', '商业流通事务', ...inc), line('2160250', '事业运行', ...inc)]),
    expenditure: subjects(EXPENDITURE_COLUMNS, [line('total', '合计', ...exp), line('216', '商业服务业等支出', ...exp), line('21602', '商业流通事务', ...exp), line('2160250', '事业运行', ...exp)]),
    generalBudgetExpenditure: subjects(['total', 'basic', 'project'], [line('total', '合计', ...gb), line('216', '商业服务业等支出', ...gb), line('21602', '商业流通事务', ...gb), line('2160250', '事业运行', ...gb)]),
  });
  return toGrid(buildWorkbook(data, standardPlan(data)));
}
const supplement = JSON.parse(JSON.stringify(changji2022Supplement));
for (const k of ['收入总计', '支出总计', '本年收入合计', '本年支出合计', '财政拨款收入总计', '财政拨款支出总计', '一般公共预算财政拨款支出']) supplement.指标[k] = { ...(supplement.指标[k] ?? {}), 上年数: 0 };
supplement.指标.财政拨款收入总计.年初预算数 = 252.74; supplement.指标.财政拨款支出总计.年初预算数 = 252.74;
/** §二（一）–（三）1 as published (its punctuation as the page has it), to the end of its budget sentence. */
const PUBLISHED = [
  '(一)收入支出决算总体情况说明',
  '1.总体情况。2022年度收入总计237.52万元,支出总计237.52万元。收支较上年决算数增加237.52万元,增长100%,主要原因是新增单位,无上年数据。',
  '2.收入情况。2022年度收入合计237.52万元,较上年决算数增加237.52万元,增长100%,主要原因是新增单位,无上年数据。其中:财政拨款收入237.52万元,占100%。',
  '3.支出情况。2022年度支出合计237.52万元,较上年决算增加237.52万元,增长100%,主要原因是新增单位,无上年数据。其中:基本支出217.52万元,占91.6%;项目支出20.00万元,占8.4%。',
  '4.结转结余情况。2022年度年末结转和结余0.00万元,与上年决算数持平,主要原因是新增单位,无上年数据。',
  '(二)财政拨款收入支出决算总体情况说明',
  '2022年度财政拨款收、支总计237.52万元。与2021年相比,财政拨款收、支总计各增加237.52万元,增长100%。主要原因是新增单位,无上年数据。',
  '(三)一般公共预算财政拨款收入支出决算情况说明',
  '1.收入情况。2022年度一般公共预算财政拨款收入237.52万元,较上年决算数增加237.52万元,增长100%。主要原因是新增单位,无上年数据。较年初预算数减少15.22万元,下降6%。',
];

const grid = rcBook();
const findings = (lines: readonly string[]) => textFindings(lines, grid, supplement).map((f) => `${f.rule} ${f.cells[0]}: ${f.message}`);

describe('重庆市荣昌区商贸物流服务中心 2022: its §二 read against its tables', () => {
  it('agrees with them: no finding', () => {
    expect(findings(PUBLISHED)).toEqual([]);
  });

  it.each([
    ['收支较上年决算数增加237.52', '收支较上年决算数增加227.52', 'text-change-words'],
    ['收入合计237.52万元,较上年决算数增加237.52', '收入合计237.52万元,较上年决算数增加227.52', 'text-change-words'],
    ['支出合计237.52万元,较上年决算增加237.52', '支出合计237.52万元,较上年决算增加227.52', 'text-change-words'],
    ['基本支出217.52', '基本支出271.52', 'text-figures'],
    ['占91.6%', '占96.1%', 'text-shares'],
    ['占8.4%', '占4.8%', 'text-shares'],
    ['年末结转和结余0.00', '年末结转和结余1.00', 'text-figures'],
    ['财政拨款收、支总计237.52', '财政拨款收、支总计273.52', 'text-figures'],
    ['各增加237.52', '各增加227.52', 'text-change-words'],
    ['一般公共预算财政拨款收入237.52', '一般公共预算财政拨款收入273.52', 'text-figures'],
    // The budget change after the sentence of reasons (unread before helper-h239).
    ['较年初预算数减少15.22万元', '较年初预算数减少12.22万元', 'text-change-words'],
    ['下降6%。', '下降9%。', 'text-change-words'],
  ])('finds %s written as %s', (right, wrong, rule) => {
    const lines = PUBLISHED.map((l) => l.replace(right, wrong));
    expect(lines).not.toEqual(PUBLISHED);
    expect(findings(lines).map((f) => f.split(' ')[0])).toContain(rule);
  });

  it('holds the budget change to the amount the sentence before the reasons states', () => {
    const lines = PUBLISHED.map((l) => l.replace('下降6%。', '下降9%。'));
    expect(findings(lines)).toEqual([
      'text-change-words 公开说明!A9: 说明文字“减少15.22万元,下降9%”：决算 237.52万元、比预算减少 15.22万元，则预算为 252.74万元，增减率应为 6.02%，而文中为 9%。',
    ]);
  });
});
