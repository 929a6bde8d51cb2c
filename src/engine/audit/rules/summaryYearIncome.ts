/** T1: 本年收入合计 = Σ 八项收入 (the official 财决01 formula). */
import { defineRule } from '../rule';
import { cell, checkSum, hasFigure, rowByKey } from '../relations';
import { summaryIncomeSources } from '../../tables/specs/summary';

export default defineRule({
  id: 'summary-year-income',
  title: '收入支出决算总表：本年收入合计等于八项收入之和',
  severity: 'error',
  tables: ['01'],
  messages: { mismatch: '收入支出决算总表的本年收入合计 {left}，与一至八项收入之和 {right}不符，{gap}。' },
  check(ctx) {
    const t = ctx.recognition.tables.summary;
    if (!t) return;
    const row = (k: string) => rowByKey(t, k, 'income');
    const sources = summaryIncomeSources((k) => hasFigure(row(k), 'amount'));
    checkSum(ctx, cell(t, row('yearIncome'), 'amount'), sources.map((k) => cell(t, row(k), 'amount')), { messageId: 'mismatch', skipMissing: true });
  },
});
