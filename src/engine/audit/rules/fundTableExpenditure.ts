/** T8/T9 each row: 本年支出 = 基本支出 + 项目支出. */
import { shownTitle } from '../../tables/model';
import { defineRule } from '../rule';
import type { RowModel } from '../../tables/model';
import { checkRowSum, rowName } from '../relations';

const USES = ['basic', 'project'] as const;

export default defineRule({
  id: 'fund-table-expenditure',
  title: '政府性基金、国有资本经营预算财政拨款收入支出决算表：本年支出等于基本支出与项目支出之和',
  severity: 'error',
  tables: ['08', '09'],
  messages: { mismatch: '{table}“{row}”行的本年支出 {left}，与基本支出、项目支出之和 {right}不符，{gap}。' },
  check(ctx) {
    for (const t of [ctx.recognition.tables.govFund, ctx.recognition.tables.stateCapital]) {
      if (!t) continue;
      const options = { messageId: 'mismatch', data: (r: RowModel) => ({ table: shownTitle(t), row: rowName(r) }) } as const;
      for (const r of t.rows) checkRowSum(ctx, t, r, 'yearExpenditure', USES, options);
    }
  },
});
