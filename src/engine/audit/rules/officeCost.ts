/** 机关运行经费 = T6 公用经费合计 for 行政单位 and 参公事业单位 (when 说明数据 gives a 本年数 for it). */
import { shownTitle } from '../../tables/model';
import { defineRule } from '../rule';
import { rowByKey } from '../relations';
import { checkFactSum, fact, figureFact } from '../shared/supplementFacts';

export default defineRule({
  id: 'office-cost',
  title: '行政单位和参公事业单位的机关运行经费等于基本支出决算表的公用经费合计',
  severity: 'error',
  tables: ['06'],
  messages: { mismatch: '{leftName} {left}，与基本支出决算表的公用经费合计 {right}不符，{gap}（{kind}的机关运行经费即公用经费）。' },
  check(ctx) {
    const kind = ctx.supplement.单位性质?.value;
    const t6 = ctx.recognition.tables.generalBudgetBasic;
    const publicTotal = t6 && rowByKey(t6, 'publicTotal')?.figures.amount;
    if (!publicTotal || publicTotal.invalid || (kind !== '行政单位' && kind !== '参公事业单位')) return;
    const typed = fact(ctx, ctx.supplement.指标.get('机关运行经费')?.本年数, { indicator: '机关运行经费', field: '本年数' }, 'amount');
    checkFactSum(ctx, typed, [figureFact(publicTotal, t6.unit, shownTitle(t6))], { messageId: 'mismatch', data: { kind } });
  },
});
