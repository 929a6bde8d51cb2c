/** T1: 收入总计 = 支出总计. */
import { defineRule } from '../rule';
import { cell, checkEqual, rowByKey } from '../relations';

export default defineRule({
  id: 'summary-balance',
  title: '收入支出决算总表：收入总计等于支出总计',
  severity: 'error',
  tables: ['01'],
  messages: { mismatch: '收入支出决算总表的收入总计 {left}与支出总计 {right}不相等，收入总计{gap}。' },
  check(ctx) {
    const t = ctx.recognition.tables.summary;
    if (!t) return;
    checkEqual(ctx, cell(t, rowByKey(t, 'grandTotal', 'income'), 'amount'), cell(t, rowByKey(t, 'grandTotal', 'expenditure'), 'amount'), { messageId: 'mismatch' });
  },
});
