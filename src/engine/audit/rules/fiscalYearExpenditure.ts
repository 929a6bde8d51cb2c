/** T4 each 支出 column: 本年支出合计 = Σ 类. */
import { defineRule } from '../rule';
import { cell, checkSum, columnName, rowByKey, rowsOf } from '../relations';

export default defineRule({
  id: 'fiscal-year-expenditure',
  title: '财政拨款收入支出决算总表：本年支出合计等于各类支出之和',
  severity: 'error',
  tables: ['04'],
  messages: { mismatch: '财政拨款收入支出决算总表“{column}”列的本年支出合计 {left}，与各类支出之和 {right}不符，{gap}。' },
  check(ctx) {
    const t = ctx.recognition.tables.fiscalSummary;
    if (!t) return;
    const classes = rowsOf(t, 'expenditure').filter((r) => r.level === 'class');
    const total = rowByKey(t, 'yearExpenditure', 'expenditure');
    for (const column of t.columns.filter((c) => c.block === 'expenditure')) {
      checkSum(ctx, cell(t, total, column.key), classes.map((r) => cell(t, r, column.key)), {
        messageId: 'mismatch',
        data: { column: columnName(t, column.key, 'expenditure') },
      });
    }
  },
});
