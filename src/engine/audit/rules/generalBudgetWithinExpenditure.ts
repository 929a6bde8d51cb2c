/** Subsets: T5[k] 基本 ≤ T3[k] 基本 and T5[k] 项目 ≤ T3[k] 项目 (财政拨款 is part of all funds). */
import { defineRule } from '../rule';
import type { RowModel } from '../../tables/model';
import { checkRowAtMost, rowByKey, rowName } from '../relations';

const COLUMN_NAMES = { basic: '基本支出', project: '项目支出' } as const;
const COLUMNS = Object.keys(COLUMN_NAMES) as (keyof typeof COLUMN_NAMES)[];

export default defineRule({
  id: 'general-budget-within-expenditure',
  title: '一般公共预算财政拨款的基本、项目支出不大于支出决算表的相应支出',
  severity: 'warning',
  tables: ['05', '03'],
  messages: { larger: '一般公共预算财政拨款支出决算表“{row}”的{column} {left}，大于支出决算表同一科目的{column} {right}（多 {difference}）。' },
  check(ctx) {
    const t5 = ctx.recognition.tables.generalBudgetExpenditure;
    const t3 = ctx.recognition.tables.expenditure;
    if (!t5 || !t3) return;
    const tables = { part: t5, whole: t3 };
    const options = { messageId: 'larger', data: (row: RowModel, column: string) => ({ row: rowName(row), column: COLUMN_NAMES[column as keyof typeof COLUMN_NAMES] }) } as const;
    for (const r of t5.rows) {
      const other = r.code ? rowByKey(t3, r.key) : undefined;
      if (!other) continue;
      for (const column of COLUMNS) checkRowAtMost(ctx, tables, r, other, column, options);
    }
  },
});
