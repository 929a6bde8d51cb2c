/** T4 本年收入合计 = T2 合计 财政拨款收入. */
import { defineRule } from '../rule';
import { cell, checkEqual, rowByKey } from '../relations';

export default defineRule({
  id: 'fiscal-matches-income',
  title: '财政拨款收入支出决算总表的本年收入合计等于收入决算表的财政拨款收入',
  severity: 'error',
  tables: ['04', '02'],
  messages: { mismatch: '财政拨款收入支出决算总表的本年收入合计 {left}，与收入决算表合计行的财政拨款收入 {right}不符，{gap}。' },
  check(ctx) {
    const t4 = ctx.recognition.tables.fiscalSummary;
    const t2 = ctx.recognition.tables.income;
    if (!t4 || !t2) return;
    checkEqual(ctx, cell(t4, rowByKey(t4, 'yearIncome', 'income'), 'amount'), cell(t2, rowByKey(t2, 'total'), 'fiscal'), { messageId: 'mismatch' });
  },
});
