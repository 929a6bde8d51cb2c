/** T5 each row: 基本支出 = 人员经费 + 公用经费, where the table splits its 基本支出 so (上海's form). */
import { defineRule } from '../rule';
import { hasColumn } from '../../tables/model';
import type { RowModel } from '../../tables/model';
import { checkRowSum, rowName } from '../relations';

const PARTS = ['basicPersonnel', 'basicPublic'] as const;

export default defineRule({
  id: 'general-budget-basic-parts',
  title: '一般公共预算财政拨款支出决算表：每行基本支出等于人员经费与公用经费之和',
  severity: 'error',
  tables: ['05'],
  messages: { mismatch: '一般公共预算财政拨款支出决算表“{row}”行的基本支出 {left}，与人员经费、公用经费之和 {right}不符，{gap}。' },
  check(ctx) {
    const t = ctx.recognition.tables.generalBudgetExpenditure;
    if (!t || !['basic', ...PARTS].every((key) => hasColumn(t, key))) return;
    const options = { messageId: 'mismatch', data: (r: RowModel) => ({ row: rowName(r) }) } as const;
    for (const r of t.rows) checkRowSum(ctx, t, r, 'basic', PARTS, options);
  },
});
