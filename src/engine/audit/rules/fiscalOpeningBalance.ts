/** T4: 年初财政拨款结转和结余 = Σ its three fund rows. */
import { defineRule } from '../rule';
import { cell, checkSum, rowByKey } from '../relations';

export default defineRule({
  id: 'fiscal-opening-balance',
  title: '财政拨款收入支出决算总表：年初财政拨款结转和结余等于其下三类之和',
  severity: 'error',
  tables: ['04'],
  messages: { mismatch: '财政拨款收入支出决算总表的年初财政拨款结转和结余 {left}，与其下三类之和 {right}不符，{gap}。' },
  check(ctx) {
    const t = ctx.recognition.tables.fiscalSummary;
    if (!t) return;
    const row = (k: string) => rowByKey(t, k, 'income');
    const parts = ['openingGeneralBudget', 'openingGovFund', 'openingStateCapital'].filter((k) => row(k));
    if (parts.length === 0) return;
    checkSum(ctx, cell(t, row('openingBalance'), 'amount'), parts.map((k) => cell(t, row(k), 'amount')), { messageId: 'mismatch' });
  },
});
