/**
 * 说明数据 values no department can have: an amount or an area below zero, a count that is not a whole number.
 * Typed by hand (a minus sign carried over from a 增减额 column, a 2.5 for 公务用车保有量), such a value reaches the
 * 公开说明 as written: a 上年数 below zero turns every 比上年增加/减少 of its sentence, a fractional count prints
 * “公务用车保有量2.5辆”. Nothing else holds these values to anything: no table has them.
 *
 * Which values cannot be below zero (DOMAIN §4), and why only these are checked:
 * - The named totals and the “三公” items (收入总计, 支出总计, 本年收入合计, 本年支出合计, 财政拨款收入总计, 财政拨款支出总计,
 *   一般公共预算财政拨款支出, 一般公共预算财政拨款基本支出, 人员经费, 三公经费合计 and its items), all four amount fields
 *   (本年数, 上年数, 年初预算数, 全年预算数): each is a year's whole income or spending of its kind, or a budget for it; a
 *   “三公” amount is never below zero (three-public-negative holds table 07 to the same). None is a balance (结余,
 *   年末结转和结余, which can be below zero in some departments) or a difference: the 说明数据 has no such indicator.
 * - A 功能分类 code (类, 款, 项), 公用经费 and 机关运行经费: only their 年初预算数 and 全年预算数. A budget is money allowed,
 *   never below zero; but their 决算 figures (本年数, 上年数) can be: a refund of an earlier year's spending booked
 *   against this year's (收回以前年度支出) leaves a 项, or a small office's 机关运行经费, below zero in real tables (the
 *   tables' own rules accept a 项 below zero, and the 公开说明 words such a move: narrative cases.test.ts's 机关运行经费
 *   −1.03 万元). 公用经费 is 机关运行经费 for a 行政单位 or 参公事业单位, so it is taken as the same.
 * - Every 事项 amount (政府采购, 资产 values, 绩效 amounts, 外宾接待费, 中小企业 amounts) and area (房屋面积): money spent,
 *   awarded or held, a floor space.
 * Counts below zero never get here: both readers of the 说明数据 refuse them (json.ts, readSheet.ts), with a message
 * naming the entry. A count that is not a whole number is this rule's, except 绩效平均得分, an average score kept
 * with the counts (92.5 分 is a score).
 */
import { roundHalfAwayFromZero, toFen } from '../../grid/money';
import { AMOUNT_FIELDS, MATTER_KEYS } from '../../supplement/keys';
import type { AmountField } from '../../supplement/keys';
import type { Sourced } from '../../supplement/supplement';
import { amount, moneyValues } from '../measure';
import { defineRule } from '../rule';
import type { RuleContext } from '../rule';
import { fact } from '../shared/supplementFacts';
import type { Fact } from '../shared/supplementFacts';

/** The budget fields: the only ones that cannot be below zero for a 功能分类 code, 公用经费 and 机关运行经费 (see above). */
const BUDGET_FIELDS: readonly AmountField[] = ['年初预算数', '全年预算数'];

/** Named indicators whose 决算 figures may be below zero after a refund, as a 功能分类 code's may. */
const REFUNDABLE: ReadonlySet<string> = new Set(['公用经费', '机关运行经费']);

/** Counts that are not counted: an average score may have decimals. */
const NOT_WHOLE_COUNTS: ReadonlySet<string> = new Set(['绩效平均得分']);

const onlyBudgets = (key: string) => /^\d+$/.test(key) || REFUNDABLE.has(key);

type MessageId = 'negativeIndicator' | 'negativeMatter' | 'negativeArea' | 'fractionalCount';

/** An amount in 万元 as a message shows it; one shown as 0.00 but below zero as typed (−0.004). */
function shownWan(value: number): string {
  return roundHalfAwayFromZero(value, 2) === 0 ? `${value} 万元` : amount(toFen(value, '万元'), '万元');
}

function reportAmount(ctx: RuleContext<MessageId>, f: Fact, value: number, messageId: MessageId, path: string, data: Record<string, string>): void {
  ctx.report({
    messageId,
    data: { ...data, name: f.source, value: shownWan(value) },
    cells: f.cell ? [f.cell] : [],
    ...moneyValues([f.value], f.value, '万元'),
    key: path,
  });
}

export default defineRule({
  id: 'supplement-impossible-value',
  title: '说明数据的金额和面积不为负数，数量为整数',
  severity: 'error',
  tables: [],
  messages: {
    negativeIndicator:
      '{name}为 {value}，小于零：{indicator}的{field}是收入、支出或预算的金额，不能为负数。请核对说明数据中的这一项并改正（没有的填 0，不知道时留空）。',
    negativeMatter: '{name}为 {value}，小于零：{matter}是金额，不能为负数。请核对说明数据中的这一项并改正（没有的填 0，不知道时留空）。',
    negativeArea: '{name}为 {value} 平方米，小于零：面积不能为负数。请核对说明数据中的这一项并改正（没有房屋的填 0）。',
    fractionalCount: '{name}为 {value}，不是整数：{matter}是个数，只能是整数。请改为实际的数量（没有的填 0）。',
  },
  check(ctx) {
    for (const [indicator, input] of ctx.supplement.指标) {
      const fields = onlyBudgets(indicator) ? BUDGET_FIELDS : AMOUNT_FIELDS;
      for (const field of fields) {
        const v = input[field];
        if (!v || !(v.value < 0)) continue;
        const f = fact(ctx, v, { indicator, field }, 'amount');
        if (f) reportAmount(ctx, f, v.value, 'negativeIndicator', `指标.${indicator}.${field}`, { indicator, field });
      }
    }
    for (const [matter, v] of ctx.supplement.事项) {
      if (typeof v.value !== 'number') continue;
      const kind = MATTER_KEYS[matter];
      const path = `事项.${matter}`;
      if (kind === 'amount' && v.value < 0) {
        const f = fact(ctx, v, { matter }, 'amount');
        if (f) reportAmount(ctx, f, v.value, 'negativeMatter', path, { matter });
      } else if ((kind === 'area' && v.value < 0) || (kind === 'count' && !Number.isInteger(v.value) && !NOT_WHOLE_COUNTS.has(matter))) {
        const f = fact(ctx, v as Sourced<number>, { matter }, 'count');
        if (!f) continue;
        ctx.report({
          messageId: kind === 'area' ? 'negativeArea' : 'fractionalCount',
          data: { name: f.source, value: String(v.value), matter },
          cells: f.cell ? [f.cell] : [],
          values: [v.value],
          key: path,
        });
      }
    }
  },
});
