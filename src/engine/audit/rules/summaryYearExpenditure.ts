/** T1: 本年支出合计 = Σ 类. */
import { defineRule } from '../rule';
import { cell, checkSum, rowByKey, rowsOf } from '../relations';

export default defineRule({
  id: 'summary-year-expenditure',
  title: '收入支出决算总表：本年支出合计等于各类支出之和',
  severity: 'error',
  tables: ['01'],
  messages: { mismatch: '收入支出决算总表的本年支出合计 {left}，与各类支出之和 {right}不符，{gap}。' },
  check(ctx) {
    const t = ctx.recognition.tables.summary;
    if (!t) return;
    const classes = rowsOf(t, 'expenditure').filter((r) => r.level === 'class');
    checkSum(ctx, cell(t, rowByKey(t, 'yearExpenditure', 'expenditure'), 'amount'), classes.map((r) => cell(t, r, 'amount')), { messageId: 'mismatch' });
  },
});
