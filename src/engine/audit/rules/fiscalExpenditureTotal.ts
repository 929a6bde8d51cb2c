/** T4 each 支出 column: 支出总计 = 本年支出合计 + 年末财政拨款结转和结余. */
import { defineRule } from '../rule';
import { cell, checkSum, columnName, rowByKey } from '../relations';

export default defineRule({
  id: 'fiscal-expenditure-total',
  title: '财政拨款收入支出决算总表：支出总计等于本年支出合计与年末结转和结余之和',
  severity: 'error',
  tables: ['04'],
  messages: { mismatch: '财政拨款收入支出决算总表“{column}”列的支出总计 {left}，与本年支出合计、年末财政拨款结转和结余之和 {right}不符，{gap}。' },
  check(ctx) {
    const t = ctx.recognition.tables.fiscalSummary;
    if (!t) return;
    const row = (k: string) => rowByKey(t, k, 'expenditure');
    for (const column of t.columns.filter((c) => c.block === 'expenditure')) {
      checkSum(ctx, cell(t, row('grandTotal'), column.key), [cell(t, row('yearExpenditure'), column.key), cell(t, row('closingBalance'), column.key)], {
        messageId: 'mismatch',
        data: { column: columnName(t, column.key, 'expenditure') },
        skipMissing: true,
      });
    }
  },
});
