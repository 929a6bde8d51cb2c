/** T3 each row: 本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助. */
import { defineRule } from '../rule';
import type { RowModel } from '../../tables/model';
import { checkRowSum, readsRequired, rowName } from '../relations';
import { EXPENDITURE_USES, expenditureSpec } from '../../tables/specs/expenditure';

export default defineRule({
  id: 'expenditure-row-uses',
  title: '支出决算表：每行本年支出合计等于基本、项目等各项支出之和',
  severity: 'error',
  tables: ['03'],
  messages: { mismatch: '支出决算表“{row}”行的本年支出合计 {left}，与基本支出至对附属单位补助支出之和 {right}不符，{gap}。' },
  check(ctx) {
    const t = ctx.recognition.tables.expenditure;
    if (!t || !readsRequired(t, expenditureSpec)) return;
    const options = { messageId: 'mismatch', data: (r: RowModel) => ({ row: rowName(r) }), skipMissing: true } as const;
    for (const r of t.rows) checkRowSum(ctx, t, r, 'yearExpenditure', EXPENDITURE_USES, options);
  },
});
