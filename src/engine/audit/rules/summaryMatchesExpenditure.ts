/** T1 against T3: 本年支出合计 = T3 合计 本年支出合计; each 类 of T1 = that 类 of T3. */
import { defineRule } from '../rule';
import { cell, checkEqual, checkSum, classTerms, reportAlone, rowByKey, rowName, rowsOf } from '../relations';

export default defineRule({
  id: 'summary-matches-expenditure',
  title: '收入支出决算总表与支出决算表的支出一致',
  severity: 'error',
  tables: ['01', '03'],
  messages: {
    total: '收入支出决算总表的本年支出合计 {left}，与支出决算表合计行的本年支出合计 {right}不符，{gap}。',
    class: '收入支出决算总表的“{row}” {left}，与支出决算表该类的本年支出合计 {right}不符，{gap}。',
    missing: '收入支出决算总表列有“{row}” {left}，支出决算表却没有这一类。',
  },
  check(ctx) {
    const t1 = ctx.recognition.tables.summary;
    const t3 = ctx.recognition.tables.expenditure;
    if (!t1 || !t3) return;
    checkEqual(ctx, cell(t1, rowByKey(t1, 'yearExpenditure', 'expenditure'), 'amount'), cell(t3, rowByKey(t3, 'total'), 'yearExpenditure'), { messageId: 'total' });
    for (const r of rowsOf(t1, 'expenditure').filter((x) => x.level === 'class')) {
      const other = classTerms(t3, r.key, 'yearExpenditure');
      const mine = r.figures.amount;
      if (!other) {
        if (mine && !mine.invalid && mine.fen) {
          reportAlone(ctx, t1, mine, { messageId: 'missing', data: () => ({ row: rowName(r) }) });
        }
        continue;
      }
      checkSum(ctx, cell(t1, r, 'amount'), other, { messageId: 'class', data: () => ({ row: rowName(r) }) });
    }
  },
});
