/**
 * 机关运行经费 = T6 公用经费合计 for 行政单位 and 参公事业单位 (when 说明数据 gives a 本年数 for it, and where table 07
 * prints it in a last column, as 上海's districts do: 一般公共预算财政拨款“三公”经费及机关运行经费支出决算表). A 混合
 * department's 机关运行经费 is not table 06's: its 本年数 in 说明数据 is held to table 07's where that prints one.
 */
import { shownTitle } from '../../tables/model';
import { defineRule } from '../rule';
import { rowByKey } from '../relations';
import { checkFactSum, fact, figureFact } from '../shared/supplementFacts';

export default defineRule({
  id: 'office-cost',
  title: '行政单位和参公事业单位的机关运行经费等于基本支出决算表的公用经费合计',
  severity: 'error',
  tables: ['06'],
  messages: {
    mismatch: '{leftName} {left}，与基本支出决算表的公用经费合计 {right}不符，{gap}（{kind}的机关运行经费即公用经费）。',
    tableMismatch: '{leftName}的机关运行经费 {left}，与基本支出决算表的公用经费合计 {right}不符，{gap}（{kind}的机关运行经费即公用经费）。',
    typedMismatch: '{leftName} {left}，与{rightName}的机关运行经费 {right}不符，{gap}。',
  },
  check(ctx) {
    const kind = ctx.supplement.单位性质?.value;
    const t6 = ctx.recognition.tables.generalBudgetBasic;
    const t7 = ctx.recognition.tables.threePublicCosts;
    const publicTotal = t6 && rowByKey(t6, 'publicTotal')?.figures.amount;
    const printed = t7 && figureFact(rowByKey(t7, 'actual')?.figures.officeCost, t7.unit, shownTitle(t7));
    const typed = fact(ctx, ctx.supplement.指标.get('机关运行经费')?.本年数, { indicator: '机关运行经费', field: '本年数' }, 'amount');
    if (kind === '混合') {
      if (printed) checkFactSum(ctx, typed, [printed], { messageId: 'typedMismatch', data: { rightName: printed.source } });
      return;
    }
    if (!publicTotal || publicTotal.invalid || (kind !== '行政单位' && kind !== '参公事业单位')) return;
    const basic = figureFact(publicTotal, t6.unit, shownTitle(t6));
    checkFactSum(ctx, typed, [basic], { messageId: 'mismatch', data: { kind } });
    if (printed) checkFactSum(ctx, printed, [basic], { messageId: 'tableMismatch', data: { kind } });
  },
});
