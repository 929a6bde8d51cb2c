/** T4: 本年收入合计 = 一 + 二 + 三. */
import { defineRule } from '../rule';
import { cell, checkSum, rowByKey } from '../relations';
import { FISCAL_FUNDS } from '../../tables/specs/fiscalSummary';

export default defineRule({
  id: 'fiscal-year-income',
  title: '财政拨款收入支出决算总表：本年收入合计等于三类财政拨款收入之和',
  severity: 'error',
  tables: ['04'],
  messages: { mismatch: '财政拨款收入支出决算总表的本年收入合计 {left}，与三类财政拨款收入之和 {right}不符，{gap}。' },
  check(ctx) {
    const t = ctx.recognition.tables.fiscalSummary;
    if (!t) return;
    const row = (k: string) => rowByKey(t, k, 'income');
    checkSum(ctx, cell(t, row('yearIncome'), 'amount'), FISCAL_FUNDS.map((f) => cell(t, row(f), 'amount')), { messageId: 'mismatch', skipMissing: true });
  },
});
