/** T1: 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余. */
import { defineRule } from '../rule';
import { cell, checkSum, rowByKey } from '../relations';

export default defineRule({
  id: 'summary-expenditure-total',
  title: '收入支出决算总表：支出总计等于本年支出合计、结余分配与年末结转和结余之和',
  severity: 'error',
  tables: ['01'],
  messages: { mismatch: '收入支出决算总表的支出总计 {left}，与本年支出合计、结余分配、年末结转和结余之和 {right}不符，{gap}。' },
  check(ctx) {
    const t = ctx.recognition.tables.summary;
    if (!t) return;
    const row = (k: string) => rowByKey(t, k, 'expenditure');
    checkSum(
      ctx,
      cell(t, row('grandTotal'), 'amount'),
      ['yearExpenditure', 'surplusDistribution', 'closingBalance'].map((k) => cell(t, row(k), 'amount')),
      { messageId: 'mismatch', skipMissing: true },
    );
  },
});
