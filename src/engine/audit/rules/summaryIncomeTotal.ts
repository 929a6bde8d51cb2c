/** T1: 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余. */
import { defineRule } from '../rule';
import { cell, checkSum, rowByKey } from '../relations';

export default defineRule({
  id: 'summary-income-total',
  title: '收入支出决算总表：收入总计等于本年收入合计、使用非财政拨款结余与年初结转和结余之和',
  severity: 'error',
  tables: ['01'],
  messages: { mismatch: '收入支出决算总表的收入总计 {left}，与本年收入合计、使用非财政拨款结余、年初结转和结余之和 {right}不符，{gap}。' },
  check(ctx) {
    const t = ctx.recognition.tables.summary;
    if (!t) return;
    const row = (k: string) => rowByKey(t, k, 'income');
    checkSum(
      ctx,
      cell(t, row('grandTotal'), 'amount'),
      ['yearIncome', 'useOfNonFiscalSurplus', 'openingBalance'].map((k) => cell(t, row(k), 'amount')),
      { messageId: 'mismatch', skipMissing: true },
    );
  },
});
