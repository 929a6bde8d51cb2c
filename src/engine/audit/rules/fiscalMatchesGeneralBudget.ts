/** T4 一般公共预算 column = T5 合计: the 本年支出合计 and each 类. */
import { defineRule } from '../rule';
import { cell, checkBalance, classTerms, reportAlone, rowByKey, rowName, rowsOf } from '../relations';
import type { RowModel } from '../../tables/model';

export default defineRule({
  id: 'fiscal-matches-general-budget',
  title: '财政拨款收入支出决算总表的一般公共预算财政拨款支出与一般公共预算财政拨款支出决算表一致',
  severity: 'error',
  tables: ['04', '05'],
  messages: {
    total: '财政拨款收入支出决算总表的一般公共预算财政拨款本年支出合计 {left}，与一般公共预算财政拨款支出决算表的合计 {right}不符，{gap}。',
    class: '财政拨款收入支出决算总表“{row}”的一般公共预算财政拨款 {left}，与一般公共预算财政拨款支出决算表该类的合计 {right}不符，{gap}。',
    missing: '财政拨款收入支出决算总表“{row}”的一般公共预算财政拨款 {left}，一般公共预算财政拨款支出决算表却没有这一类。',
  },
  check(ctx) {
    const t4 = ctx.recognition.tables.fiscalSummary;
    const t5 = ctx.recognition.tables.generalBudgetExpenditure;
    if (!t4 || !t5) return;
    // The fund's column, or its 基本支出 and 项目支出 where the table prints no 小计 (their sum: TableModel.printedAsParts).
    const mine = (r: RowModel | undefined) => [cell(t4, r, 'generalBudget')];
    checkBalance(ctx, mine(rowByKey(t4, 'yearExpenditure', 'expenditure')), [cell(t5, rowByKey(t5, 'total'), 'total')], { messageId: 'total' });
    for (const r of rowsOf(t4, 'expenditure').filter((x) => x.level === 'class')) {
      const other = classTerms(t5, r.key, 'total');
      if (other) {
        checkBalance(ctx, mine(r), other, { messageId: 'class', data: () => ({ row: rowName(r) }) });
        continue;
      }
      // A 类 of 0 that table 05 leaves out is consistent; one with a figure must be in table 05.
      const figure = r.figures.generalBudget;
      if (figure && !figure.invalid && figure.fen) reportAlone(ctx, t4, figure, { messageId: 'missing', data: () => ({ row: rowName(r) }) });
    }
  },
});
