/** T4 each 支出 row: a fund's 小计 = its 基本支出 + 项目支出, where the table splits the fund so (财政部's form). */
import { defineRule } from '../rule';
import { hasColumn } from '../../tables/model';
import type { RowModel } from '../../tables/model';
import { checkRowSum, rowName, rowsOf } from '../relations';
import { FISCAL_FUNDS, FUND_NAMES, FUND_PARTS } from '../../tables/specs/fiscalSummary';

export default defineRule({
  id: 'fiscal-fund-parts',
  title: '财政拨款收入支出决算总表：各类财政拨款支出的小计等于其基本支出与项目支出之和',
  severity: 'error',
  tables: ['04'],
  messages: { mismatch: '财政拨款收入支出决算总表“{row}”行的{fund}小计 {left}，与其基本支出、项目支出之和 {right}不符，{gap}。' },
  check(ctx) {
    const t = ctx.recognition.tables.fiscalSummary;
    if (!t) return;
    const has = (key: string) => hasColumn(t, key, 'expenditure');
    for (const fund of FISCAL_FUNDS) {
      const parts = FUND_PARTS[fund];
      if (!has(fund) || !parts.every(has)) continue;
      const options = { messageId: 'mismatch', data: (r: RowModel) => ({ row: rowName(r), fund: FUND_NAMES[fund][0]! }) } as const;
      for (const r of rowsOf(t, 'expenditure')) checkRowSum(ctx, t, r, fund, parts, options);
    }
  },
});
