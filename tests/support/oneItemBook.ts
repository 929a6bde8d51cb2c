/**
 * A real document's tables where its 说明 states only the totals and one source: the sample's workbook, every amount of table 01
 * in 一般公共预算财政拨款 and spent on one 项 (2010301 行政运行), the rest of table 01 0, tables 02 and 03 that one 项. The
 * 重庆 pages that state no more than their §二（一）'s totals (大进镇 2024, 綦江区公路事务中心 2023) are read against it.
 */
import type { WorkbookGrid } from '../../src/engine/grid/cell';
import { changji2022 } from '../../fixtures/changji-2022/tables';
import { INCOME_COLUMNS, EXPENDITURE_COLUMNS, line, subjects } from '../../fixtures/subjectLines';
import { buildWorkbook, standardPlan, toGrid } from '../../fixtures/workbook';
import type { FinalAccountsData, FixedLine } from '../../fixtures/data';

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
  return toGrid(buildWorkbook(data, standardPlan(data)));
}
