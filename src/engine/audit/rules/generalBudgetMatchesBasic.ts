/** T5 合计 基本支出 = T6 人员经费合计 + 公用经费合计. */
import { defineRule } from '../rule';
import { cell, checkSum, rowByKey } from '../relations';

export default defineRule({
  id: 'general-budget-matches-basic',
  title: '一般公共预算财政拨款基本支出等于基本支出决算表的人员经费与公用经费之和',
  severity: 'error',
  tables: ['05', '06'],
  messages: { mismatch: '一般公共预算财政拨款支出决算表的基本支出合计 {left}，与基本支出决算表人员经费、公用经费合计之和 {right}不符，{gap}。' },
  check(ctx) {
    const t5 = ctx.recognition.tables.generalBudgetExpenditure;
    const t6 = ctx.recognition.tables.generalBudgetBasic;
    if (!t5 || !t6) return;
    checkSum(ctx, cell(t5, rowByKey(t5, 'total'), 'basic'), [cell(t6, rowByKey(t6, 'personnelTotal'), 'amount'), cell(t6, rowByKey(t6, 'publicTotal'), 'amount')], {
      messageId: 'mismatch',
    });
  },
});
