/**
 * T2 each row: 财政拨款收入 = Σ its funds, where the table splits it under its header into a 小计 and the funds
 * (财政拨款收入 {小计 | 一般公共预算财政拨款 | 政府性基金预算财政拨款 | …}). Without a 小计 the column is their sum already
 * (TableModel.printedAsParts): nothing to check.
 */
import { defineRule } from '../rule';
import { checkRowSum, rowName } from '../relations';
import type { RowModel } from '../../tables/model';
import { FISCAL_INCOME_PARTS } from '../../tables/specs/income';

export default defineRule({
  id: 'income-fiscal-parts',
  title: '收入决算表：每行财政拨款收入的小计等于各项财政拨款之和',
  severity: 'error',
  tables: ['02'],
  messages: { mismatch: '收入决算表“{row}”行的财政拨款收入小计 {left}，与其下各项财政拨款之和 {right}不符，{gap}：请核对这一行的小计和各项财政拨款。' },
  check(ctx) {
    const t = ctx.recognition.tables.income;
    const subtotal = t?.columns.find((c) => c.key === 'fiscal');
    // The 小计 under a 财政拨款收入 header, and the funds beside it under the same: a fund printed beside a 财政拨款收入 of
    // its own (其中：政府性基金预算财政拨款) is a part of it, not its split.
    if (!t || !subtotal || subtotal.header.length < 2) return;
    const group = subtotal.header.slice(0, -1).join('/');
    const parts = FISCAL_INCOME_PARTS.filter((key) => t.columns.some((c) => c.key === key && c.header.slice(0, -1).join('/') === group));
    // Every fund but those a form leaves out (as for a 财政拨款收入 printed as its funds alone): its 一般公共预算 at least.
    if (!parts.includes('fiscalGeneralBudget')) return;
    const options = { messageId: 'mismatch', data: (r: RowModel) => ({ row: rowName(r) }), skipMissing: true } as const;
    for (const r of t.rows) checkRowSum(ctx, t, r, 'fiscal', parts, options);
  },
});
