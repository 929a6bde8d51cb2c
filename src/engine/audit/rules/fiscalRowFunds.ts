/** T4 each 支出 row: 合计 = 一般公共预算 + 政府性基金 + 国有资本经营. */
import { defineRule } from '../rule';
import type { RowModel } from '../../tables/model';
import { checkRowSum, rowName, rowsOf } from '../relations';
import { FISCAL_FUNDS } from '../../tables/specs/fiscalSummary';

export default defineRule({
  id: 'fiscal-row-funds',
  title: '财政拨款收入支出决算总表：每行支出合计等于三类财政拨款之和',
  severity: 'error',
  tables: ['04'],
  messages: { mismatch: '财政拨款收入支出决算总表“{row}”行的合计 {left}，与一般公共预算、政府性基金、国有资本经营预算财政拨款之和 {right}不符，{gap}。' },
  check(ctx) {
    const t = ctx.recognition.tables.fiscalSummary;
    if (!t) return;
    const options = { messageId: 'mismatch', data: (r: RowModel) => ({ row: rowName(r) }), skipMissing: true } as const;
    // A fund printed as its parts alone (基本支出 | 项目支出, no 小计) is their sum (TableModel.printedAsParts).
    for (const r of rowsOf(t, 'expenditure')) checkRowSum(ctx, t, r, 'total', FISCAL_FUNDS, options);
  },
});
