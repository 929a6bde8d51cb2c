/** T2 each row: 本年收入合计 = Σ six sources. */
import { defineRule } from '../rule';
import type { RowModel } from '../../tables/model';
import { checkRowSum, readsRequired, rowName } from '../relations';
import { INCOME_SOURCES, incomeSpec } from '../../tables/specs/income';

export default defineRule({
  id: 'income-row-sources',
  title: '收入决算表：每行本年收入合计等于各项收入之和',
  severity: 'error',
  tables: ['02'],
  messages: { mismatch: '收入决算表“{row}”行的本年收入合计 {left}，与财政拨款收入至其他收入之和 {right}不符，{gap}。' },
  check(ctx) {
    const t = ctx.recognition.tables.income;
    if (!t || !readsRequired(t, incomeSpec)) return;
    const options = { messageId: 'mismatch', data: (r: RowModel) => ({ row: rowName(r) }), skipMissing: true } as const;
    for (const r of t.rows) checkRowSum(ctx, t, r, 'yearIncome', INCOME_SOURCES, options);
  },
});
