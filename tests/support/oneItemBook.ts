/**
 * A real document's tables where its 说明 states only the totals and one source: the sample's workbook, every amount of table 01
 * in 一般公共预算财政拨款 and spent on one 项 (2010301 行政运行), the rest of table 01 0, tables 02 and 03 that one 项. The
 * 重庆 pages that state no more than their §二（一）'s totals (大进镇 2024, 綦江区公路事务中心 2023) are read against it.
 */
import type { WorkbookGrid } from '../../src/engine/grid/cell';
import { changji2022 } from '../../fixtures/changji-2022/tables';
import { INCOME_COLUMNS, EXPENDITURE_COLUMNS, GENERAL_BUDGET_COLUMNS, line, subjects } from '../../fixtures/subjectLines';
import { buildWorkbook, standardPlan, toGrid } from '../../fixtures/workbook';
import type { FinalAccountsData, FixedLine, FundLine } from '../../fixtures/data';

/** The sample's tables, deep-copied, of `year`. */
export function sampleTablesOf(year: number): FinalAccountsData & { year: number } {
  const data = JSON.parse(JSON.stringify(changji2022)) as FinalAccountsData & { year: number };
  data.year = year;
  return data;
}

/** Each line's amount from `amounts` by its key, 0 where it names none. */
export function setAmounts(lines: readonly FixedLine[], amounts: Readonly<Record<string, number>>): void {
  for (const l of lines) (l as { amount: number }).amount = amounts[l.key] ?? 0;
}

export function oneItemBook(year: number, total: number): WorkbookGrid {
  return toGrid(buildWorkbook(oneItemTables(year, total), standardPlan(sampleTablesOf(year))));
}

/** oneItemBook's tables: table 01's amounts and 02, 03 on 2010301 alone. */
function oneItemTables(year: number, total: number): FinalAccountsData {
  const data = sampleTablesOf(year);
  setAmounts(data.summary.income, { fiscalGeneralBudget: total, yearIncome: total, grandTotal: total });
  setAmounts(data.summary.expenditure, { '201': total, yearExpenditure: total, grandTotal: total });
  const subject = (columns: readonly string[], amounts: readonly number[]) =>
    subjects(columns, [
      line('total', '合计', ...amounts),
      line('201', '一般公共服务支出', ...amounts),
      line('20103', '政府办公厅(室)及相关机构事务', ...amounts),
      line('2010301', '行政运行', ...amounts),
    ]);
  Object.assign(data, { income: subject(INCOME_COLUMNS, [total, total]), expenditure: subject(EXPENDITURE_COLUMNS, [total, total, 0]) });
  return data;
}

/**
 * oneItemBook where tables 04 and 05 say the same: a page whose 收、支总计, 财政拨款收、支总计 and 一般公共预算财政拨款支出 are one
 * amount (甘肃 兰州市委网信办 2023), all 基本支出 of 2010301. Tables 06 and 07 stay the sample's (the text reads none of them).
 */
export function oneFiscalItemBook(year: number, total: number): WorkbookGrid {
  const tables = oneItemTables(year, total);
  setAmounts(tables.fiscalSummary.income, { generalBudget: total, yearIncome: total, grandTotal: total });
  const fund = (l: FundLine): FundLine => {
    const amount = l.key === '201' || l.key === 'yearExpenditure' || l.key === 'grandTotal' ? total : 0;
    return { ...l, values: { total: amount, generalBudget: amount, govFund: 0, stateCapital: 0 } };
  };
  const data: FinalAccountsData = {
    ...tables,
    fiscalSummary: { ...tables.fiscalSummary, expenditure: tables.fiscalSummary.expenditure.map(fund) },
    generalBudgetExpenditure: subjects(GENERAL_BUDGET_COLUMNS, [
      line('total', '合计', total, total, 0),
      line('201', '一般公共服务支出', total, total, 0),
      line('20103', '政府办公厅(室)及相关机构事务', total, total, 0),
      line('2010301', '行政运行', total, total, 0),
    ]),
  };
  return toGrid(buildWorkbook(data, standardPlan(data)));
}

/**
 * oneItemBook with table 01 unbalanced by a year's carry-overs: 本年收入合计 `yearIncome` (all 一般公共预算财政拨款) and
 * 年初结转和结余 `openingBalance` make the 总计; 本年支出合计 `yearExpenditure` (all 2010301), 年末结转和结余 the rest. Tables
 * 02 and 03 that year's one 项 (西藏 区党委政法委 2024: 收入总计 7,562.45 = 7,477.50 + 84.95, 本年支出 6,632.48).
 */
export function carryOverBook(year: number, yearIncome: number, openingBalance: number, yearExpenditure: number): WorkbookGrid {
  const data = oneItemTables(year, yearIncome);
  const total = Math.round((yearIncome + openingBalance) * 100) / 100;
  setAmounts(data.summary.income, { fiscalGeneralBudget: yearIncome, yearIncome, openingBalance, grandTotal: total });
  const closingBalance = Math.round((total - yearExpenditure) * 100) / 100;
  setAmounts(data.summary.expenditure, { '201': yearExpenditure, yearExpenditure, closingBalance, grandTotal: total });
  const spent = (columns: readonly string[], amounts: readonly number[]) =>
    subjects(columns, [
      line('total', '合计', ...amounts),
      line('201', '一般公共服务支出', ...amounts),
      line('20103', '政府办公厅(室)及相关机构事务', ...amounts),
      line('2010301', '行政运行', ...amounts),
    ]);
  Object.assign(data, { expenditure: spent(EXPENDITURE_COLUMNS, [yearExpenditure, yearExpenditure, 0]) });
  return toGrid(buildWorkbook(data, standardPlan(data)));
}
