/**
 * A real published 决算 of a 事业单位 in the 北京 template: 北京学校2023年度部门决算公开 (https://www.bjs.net.cn/web/cases_37/670.html),
 * a school (公益一类事业单位). Its tables are attachments; §二 states table 01's totals, rebuilt here (the sample's workbook,
 * tables 01, 02 and 04's income the school's; what the page does not state assumed and marked so):
 *   本年收入合计 17,786.10 = 一般公共预算财政拨款 17,776.10 + 10.00 (its source not stated: 其他收入 here); 收、支总计 18,691.71
 *   (the 905.61 between: 年初结转和结余 here, its split with 使用非财政拨款结余 not stated).
 * 上年数 as its changes imply: 总计 18,691.71 + 12,258.84 = 30,950.55 (39.61%), 收入合计 17,786.10 + 3,433.46 = 21,219.56 (16.18%);
 * 17,776.10 / 17,786.10 = 99.94%. Every figure recomputes; every one made wrong is found (no gap found here by helper-h239).
 */
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { INCOME_COLUMNS, line, subjects } from '../../../fixtures/subjectLines';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import type { FinalAccountsData, FixedLine } from '../../../fixtures/data';
import { textFindings } from '../../support/sampleText';

function schoolBook(): WorkbookGrid {
  const data = JSON.parse(JSON.stringify(changji2022)) as FinalAccountsData & { year: number };
  data.year = 2023;
  const set = (lines: readonly FixedLine[], amounts: Record<string, number>) => {
    for (const l of lines) if (l.key in amounts || /^(?:\d{3}|opening\w*|useOf\w*)$/.test(l.key)) (l as { amount: number }).amount = amounts[l.key] ?? 0;
  };
  set(data.summary.income, { fiscalGeneralBudget: 17776.1, otherIncome: 10, yearIncome: 17786.1, openingBalance: 905.61, grandTotal: 18691.71 });
  set(data.summary.expenditure, { '205': 18691.71, yearExpenditure: 18691.71, closingBalance: 0, grandTotal: 18691.71 });
  set(data.fiscalSummary.income, { generalBudget: 17776.1, yearIncome: 17776.1, grandTotal: 17776.1 });
  Object.assign(data, {
    income: subjects(INCOME_COLUMNS, [
      line('total', '合计', 17786.1, 17776.1, 0, 0, 0, 0, 10),
      line('205', '教育支出', 17786.1, 17776.1, 0, 0, 0, 0, 10),
      line('20502', '普通教育', 17786.1, 17776.1, 0, 0, 0, 0, 10),
      line('2050204', '高中教育', 17786.1, 17776.1, 0, 0, 0, 0, 10),
    ]),
  });
  return toGrid(buildWorkbook(data, standardPlan(data)));
}

const supplement = JSON.parse(JSON.stringify(changji2022Supplement));
supplement.年度 = 2023;
Object.assign(supplement.指标.收入总计, { 上年数: 30950.55 });
Object.assign(supplement.指标.支出总计, { 上年数: 30950.55 });
supplement.指标.本年收入合计 = { 上年数: 21219.56 };

/** §二 as published, to the end of its first item of sources (the stored copy ends inside the next). */
const PUBLISHED = [
  '二、收入支出决算总体情况说明',
  '2023年度收、支总计18691.71万元，比上年减少12258.84万元，下降39.61%。',
  '（一）收入决算说明',
  '2023年度本年收入合计17786.10万元，比上年减少3433.46万元，下降16.18%。',
  '1.财政拨款收入17776.10万元，占收入合计的99.94%。其中：一般公共预算财政拨款收入17776.10万元，占收入合计的99.94%。',
];

const grid = schoolBook();
const findings = (lines: readonly string[]) => textFindings(lines, grid, supplement).map((f) => `${f.rule} ${f.cells[0]}: ${f.message}`);

describe('北京学校 2023: its §二 read against its table 01', () => {
  it('agrees with it: no finding', () => {
    expect(findings(PUBLISHED)).toEqual([]);
  });

  it.each([
    ['收、支总计18691.71', '收、支总计18619.71', 'text-figures'],
    ['减少12258.84', '减少12285.84', 'text-change-words'],
    ['下降39.61%', '下降39.16%', 'text-change-words'],
    // A pair agreeing with itself (18,691.71 + 11,258.84 = 29,950.55; 37.59%), wrong against the 上年数.
    ['减少12258.84万元，下降39.61%', '减少11258.84万元，下降37.59%', 'text-change-words'],
    ['本年收入合计17786.10', '本年收入合计17768.10', 'text-figures'],
    ['减少3433.46', '减少3343.46', 'text-change-words'],
    ['下降16.18%', '下降16.81%', 'text-change-words'],
    ['1.财政拨款收入17776.10', '1.财政拨款收入17767.10', 'text-figures'],
    ['占收入合计的99.94%。其中', '占收入合计的99.49%。其中', 'text-shares'],
    ['一般公共预算财政拨款收入17776.10', '一般公共预算财政拨款收入17767.10', 'text-figures'],
  ])('finds %s written as %s', (right, wrong, rule) => {
    const lines = PUBLISHED.map((l) => l.replace(right, wrong));
    expect(lines).not.toEqual(PUBLISHED);
    expect(findings(lines).map((f) => f.split(' ')[0])).toContain(rule);
  });
});
