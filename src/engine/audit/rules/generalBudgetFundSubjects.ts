/**
 * Table 05 lists 一般公共预算 spending only: a 款 the 政府收支分类科目 give to 政府性基金预算 (22960 彩票公益金安排的支出,
 * 21208 国有土地使用权出让收入安排的支出 …) or to 国有资本经营预算 (类 223) with a figure there was put in the wrong table,
 * and the 公开说明 would present it as 一般公共预算 money. A 提示: the accountant checks which table it belongs to.
 */
import { defineRule } from '../rule';
import type { CellRef } from '../../grid/address';
import { fundOfSubject, SubjectFund } from '../../subjects/functional';
import type { RowModel } from '../../tables/model';
import { exactFen } from '../../tables/model';
import { rowName } from '../relations';

const FUNDS: Readonly<Record<SubjectFund, { readonly name: string; readonly table: string }>> = {
  govFund: { name: '政府性基金预算', table: '政府性基金预算财政拨款收入支出决算表' },
  stateCapital: { name: '国有资本经营预算', table: '国有资本经营预算财政拨款收入支出决算表' },
};

/** Whether the row prints a figure other than 0 in any column (a template listing every subject prints zeros). */
function hasFigure(row: RowModel): boolean {
  return Object.keys(row.figures).some((column) => {
    const fen = exactFen(row, column);
    return typeof fen === 'number' && fen !== 0;
  });
}

export default defineRule({
  id: 'general-budget-fund-subjects',
  title: '一般公共预算财政拨款支出决算表不列政府性基金、国有资本经营预算的支出科目',
  severity: 'warning',
  tables: ['05'],
  messages: {
    otherFund: '一般公共预算财政拨款支出决算表列有“{row}”，这是{fund}的支出科目：请核对，如确属{fund}支出，应列入《{table}》。',
  },
  check(ctx) {
    const t = ctx.recognition.tables.generalBudgetExpenditure;
    if (!t) return;
    // One finding a fund subject, at its highest row (the 款 over its 项): one misplaced subject is one thing to move.
    const groups = new Map<string, { fund: SubjectFund; rows: RowModel[] }>();
    for (const row of t.rows) {
      const fund = row.code === undefined ? undefined : fundOfSubject(row.code);
      if (fund === undefined || !hasFigure(row)) continue;
      const key = fundOfSubject(row.code!.slice(0, 3)) === undefined ? row.code!.slice(0, 5) : row.code!.slice(0, 3);
      const group = groups.get(key) ?? { fund, rows: [] };
      group.rows.push(row);
      groups.set(key, group);
    }
    for (const { fund, rows } of groups.values()) {
      const cells = rows.map((r) => r.labelCell).filter((c): c is CellRef => c !== null);
      if (cells.length === 0) continue;
      ctx.report({ messageId: 'otherFund', data: { row: rowName(rows[0]!), fund: FUNDS[fund].name, table: FUNDS[fund].table }, cells });
    }
  },
});
