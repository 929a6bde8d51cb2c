/** T4: 收入总计 = 本年收入合计 + 年初财政拨款结转和结余. */
import { defineRule } from '../rule';
import { cell, checkSum, rowByKey } from '../relations';

export default defineRule({
  id: 'fiscal-income-total',
  title: '财政拨款收入支出决算总表：收入总计等于本年收入合计与年初结转和结余之和',
  severity: 'error',
  tables: ['04'],
  messages: { mismatch: '财政拨款收入支出决算总表的收入总计 {left}，与本年收入合计、年初财政拨款结转和结余之和 {right}不符，{gap}。' },
  check(ctx) {
    const t = ctx.recognition.tables.fiscalSummary;
    if (!t) return;
    const row = (k: string) => rowByKey(t, k, 'income');
    checkSum(ctx, cell(t, row('grandTotal'), 'amount'), [cell(t, row('yearIncome'), 'amount'), cell(t, row('openingBalance'), 'amount')], {
      messageId: 'mismatch',
      skipMissing: true,
    });
  },
});
