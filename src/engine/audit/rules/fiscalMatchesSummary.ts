/** T4 收入 一/二/三 = T1 收入 一/二/三. */
import { defineRule } from '../rule';
import { cell, checkEqual, rowByKey } from '../relations';

const PAIRS = [
  ['generalBudget', 'fiscalGeneralBudget', '一般公共预算财政拨款'],
  ['govFund', 'fiscalGovFund', '政府性基金预算财政拨款'],
  ['stateCapital', 'fiscalStateCapital', '国有资本经营预算财政拨款'],
] as const;

export default defineRule({
  id: 'fiscal-matches-summary',
  title: '财政拨款收入支出决算总表与收入支出决算总表的财政拨款收入一致',
  severity: 'error',
  tables: ['04', '01'],
  messages: { mismatch: '财政拨款收入支出决算总表的{name}收入 {left}，与收入支出决算总表的{name}收入 {right}不符，{gap}。' },
  check(ctx) {
    const t4 = ctx.recognition.tables.fiscalSummary;
    const t1 = ctx.recognition.tables.summary;
    if (!t4 || !t1) return;
    for (const [k4, k1, name] of PAIRS) {
      checkEqual(ctx, cell(t4, rowByKey(t4, k4, 'income'), 'amount'), cell(t1, rowByKey(t1, k1, 'income'), 'amount'), { messageId: 'mismatch', data: { name } });
    }
  },
});
