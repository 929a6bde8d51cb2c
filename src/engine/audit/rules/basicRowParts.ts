/**
 * T6 printed as one block whose columns split the amount (科目编码 | 科目名称 | 合计 | 人员经费 | 公用经费): each row's
 * 合计 = 人员经费 + 公用经费. Read but held to nothing, a wrong split passed (a reviewer's 301 with 100 万元 more 人员经费).
 */
import { defineRule } from '../rule';
import type { RowModel } from '../../tables/model';
import { hasColumn } from '../../tables/model';
import { checkRowSum, rowName } from '../relations';

const PARTS = ['personnel', 'public'] as const;

export default defineRule({
  id: 'basic-row-parts',
  title: '一般公共预算财政拨款基本支出决算表：每行合计等于人员经费与公用经费之和',
  severity: 'error',
  tables: ['06'],
  messages: { mismatch: '基本支出决算表“{row}”行的合计 {left}，与人员经费、公用经费之和 {right}不符，{gap}。' },
  check(ctx) {
    const t = ctx.recognition.tables.generalBudgetBasic;
    if (!t || !hasColumn(t, 'amount') || !PARTS.every((p) => hasColumn(t, p))) return;
    const options = { messageId: 'mismatch', data: (r: RowModel) => ({ row: rowName(r) }) } as const;
    // The rows read from the columns (人员经费合计 from the 合计 row's 人员经费) hold one figure of their own.
    for (const r of t.rows) if (PARTS.every((p) => r.figures[p] !== undefined)) checkRowSum(ctx, t, r, 'amount', PARTS, options);
  },
});
