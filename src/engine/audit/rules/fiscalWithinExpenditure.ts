/** Subset: T4[k] 合计 ≤ T3[k] 本年支出合计. */
import { defineRule } from '../rule';
import { cell, checkAtMost, rowByKey, rowName, rowsOf } from '../relations';

export default defineRule({
  id: 'fiscal-within-expenditure',
  title: '各类财政拨款支出不大于支出决算表的该类支出',
  severity: 'warning',
  tables: ['04', '03'],
  messages: { larger: '财政拨款收入支出决算总表“{row}”的合计 {left}，大于支出决算表该类的本年支出合计 {right}（多 {difference}）。' },
  check(ctx) {
    const t4 = ctx.recognition.tables.fiscalSummary;
    const t3 = ctx.recognition.tables.expenditure;
    if (!t4 || !t3) return;
    for (const r of rowsOf(t4, 'expenditure').filter((x) => x.level === 'class')) {
      const other = rowByKey(t3, r.key);
      if (other) checkAtMost(ctx, cell(t4, r, 'total'), cell(t3, other, 'yearExpenditure'), { messageId: 'larger', data: () => ({ row: rowName(r) }) });
    }
  },
});
