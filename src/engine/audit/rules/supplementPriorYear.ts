/**
 * The 说明数据's 上年数 agree with each other as last year's tables did: 收入总计 = 支出总计, 财政拨款收入总计 =
 * 财政拨款支出总计, “三公”经费合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费, and 公务用车购置及运行维护费 =
 * 购置费 + 运行维护费. Typed from last year's document by hand, a 上年数 off by a digit made every 比上年增加/减少 of its
 * sentence wrong, with nothing in this year's tables to hold it to.
 */
import { defineRule } from '../rule';
import type { RuleContext } from '../rule';
import { checkFactSum, fact } from '../shared/supplementFacts';

const RELATIONS: readonly (readonly [string, readonly string[]])[] = [
  ['收入总计', ['支出总计']],
  ['财政拨款收入总计', ['财政拨款支出总计']],
  ['三公经费合计', ['因公出国（境）费', '公务用车购置及运行维护费', '公务接待费']],
  ['公务用车购置及运行维护费', ['公务用车购置费', '公务用车运行维护费']],
];

function prior(ctx: RuleContext, indicator: string) {
  return fact(ctx, ctx.supplement.指标.get(indicator)?.上年数, { indicator, field: '上年数' }, 'amount');
}

export default defineRule({
  id: 'supplement-prior-year',
  title: '说明数据的上年数彼此一致（收入总计等于支出总计，“三公”经费合计等于各项之和）',
  severity: 'error',
  tables: [],
  messages: { mismatch: '{leftName} {left}，与{parts}的上年数之和 {right}不符，{gap}：上年的决算表中两者相等，请核对上年数。' },
  check(ctx) {
    for (const [whole, parts] of RELATIONS) {
      checkFactSum(
        ctx,
        prior(ctx, whole),
        parts.map((p) => prior(ctx, p)),
        { messageId: 'mismatch', data: { parts: parts.join('、') } },
      );
    }
  },
});
