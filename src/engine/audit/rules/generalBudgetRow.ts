/** T5 each row: 合计 = 基本支出 + 项目支出; so too 江苏's 财政拨款支出决算表(功能科目) (F05, of every 财政拨款). */
import { defineRule } from '../rule';
import { shownTitle } from '../../tables/model';
import type { RowModel } from '../../tables/model';
import { checkRowSum, rowName } from '../relations';

const USES = ['basic', 'project'] as const;

export default defineRule({
  id: 'general-budget-row',
  title: '一般公共预算财政拨款支出决算表、财政拨款支出决算表：每行合计等于基本支出与项目支出之和',
  severity: 'error',
  tables: ['05', 'F05'],
  messages: {
    mismatch: '一般公共预算财政拨款支出决算表“{row}”行的合计 {left}，与基本支出、项目支出之和 {right}不符，{gap}。',
    fiscal: '{table}“{row}”行的合计 {left}，与基本支出、项目支出之和 {right}不符，{gap}。',
  },
  check(ctx) {
    const t = ctx.recognition.tables.generalBudgetExpenditure;
    if (t) {
      const options = { messageId: 'mismatch', data: (r: RowModel) => ({ row: rowName(r) }) } as const;
      for (const r of t.rows) checkRowSum(ctx, t, r, 'total', USES, options);
    }
    const all = ctx.recognition.tables.fiscalExpenditure;
    if (all) {
      const options = { messageId: 'fiscal', data: (r: RowModel) => ({ table: shownTitle(all), row: rowName(r) }) } as const;
      for (const r of all.rows) checkRowSum(ctx, all, r, 'total', USES, options);
    }
  },
});
