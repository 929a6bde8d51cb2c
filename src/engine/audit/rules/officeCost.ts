/** 机关运行经费 = T6 公用经费合计 for 行政单位 and 参公事业单位 (when 说明数据 gives a 本年数 for it). */
import { defineRule } from '../rule';
import { rowByKey } from '../relations';
import { checkFactSum, fact } from '../shared/supplementFacts';

export default defineRule({
  id: 'office-cost',
  title: '行政单位和参公事业单位的机关运行经费等于基本支出决算表的公用经费合计',
  severity: 'error',
  tables: ['06'],
  messages: { mismatch: '说明数据中机关运行经费本年数 {left} 万元，与基本支出决算表的公用经费合计 {right} 万元不符，相差 {difference} 万元（{kind}的机关运行经费即公用经费）。' },
  check(ctx) {
    const kind = ctx.supplement.单位性质?.value;
    const t6 = ctx.recognition.tables.generalBudgetBasic;
    const publicTotal = t6 && rowByKey(t6, 'publicTotal')?.figures.amount;
    if (!publicTotal || publicTotal.invalid || (kind !== '行政单位' && kind !== '参公事业单位')) return;
    const typed = fact(ctx.supplement.指标.get('机关运行经费')?.本年数, '指标.机关运行经费.本年数');
    checkFactSum(ctx, typed, [{ value: (publicTotal.fen ?? 0) / 1e6, cell: publicTotal.cell, where: '' }], { messageId: 'mismatch', data: { kind } });
  },
});
