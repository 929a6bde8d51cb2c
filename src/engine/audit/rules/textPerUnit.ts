/**
 * Averages of a “三公” item the explanation works out (the 中央 and several provinces' wordings): "国内公务接待3批次，18人次，
 * 人均接待费111.11元" (公务接待费 ÷ 国内公务接待人次), 批均接待费 (÷ 批次), "公务用车保有量3辆，车均运行维护费1.60万元"
 * (公务用车运行维护费 ÷ 保有量; a bare 车均 too, of what its words say): table 07's 决算 over the 说明数据's count, within one unit of the stated figure's last
 * place (either may be worked from 元). Unread, a wrong one passed (helper-h105).
 */
import { defineRule } from '../rule';
import type { RuleContext } from '../rule';
import { amount, moneyValues } from '../measure';
import { atCommonPrecision, labelFigure, mayStateAmount, MONEY, parseMoney, textCells } from '../shared/textScan';
import { matterFact } from '../shared/supplementFacts';
import { toFen } from '../../grid/money';
import type { Unit } from '../../grid/money';

/** 分 in one of a unit (grid/money's scale, not a table of its own). */
const fenPer = (unit: Unit) => toFen(1, unit);

/** Each average: its words (the amount last, two groups), the item of table 07, the 说明数据 count it is over. */
const AVERAGES: readonly (readonly [RegExp, string, string])[] = [
  // A bare 车均 (…保有量3辆，车均1.60万元): its item the words nearest before it say (bareVehicleAverage).
  [new RegExp(`车均(?!运行|购置|公务用车)(?:约)?(?:为|是|:)?${MONEY}`, 'g'), '', ''],
  [new RegExp(`人均(?:公务)?接待(?:费|费用|支出)?(?:约)?(?:为|是|:)?${MONEY}`, 'g'), '公务接待费', '国内公务接待人次'],
  [new RegExp(`(?:批均|每批次?(?:平均)?)(?:公务)?接待(?:费|费用|支出)?(?:约)?(?:为|是|:)?${MONEY}`, 'g'), '公务接待费', '国内公务接待批次'],
  [new RegExp(`(?:车均|单车(?:平均)?|每辆车?(?:平均)?)(?:公务用车)?运行(?:维护)?(?:费|费用|支出)?(?:约)?(?:为|是|:)?${MONEY}`, 'g'), '公务用车运行维护费', '公务用车保有量'],
];

const BARE = AVERAGES[0]![0];

/**
 * The item of a bare 车均 (helper-h114: unread, a wrong one passed): the words nearest before it in its sentence, 运行 or
 * the vehicles held (保有量, 实有) for 运行维护费 over 保有量, a purchase (购置, 更新, 新购: 更新公务用车8辆，车均17.39万元) for
 * 购置费 over 购置数. None where neither is said: which average it is the text does not tell.
 */
function bareVehicleAverage(before: string): readonly [string, string] | readonly [undefined, undefined] {
  const sentence = before.slice(before.lastIndexOf('。') + 1);
  const words = [...sentence.matchAll(/购置及运行|运行|保有|实有|购置|更新|新购/g)].pop()?.[0];
  // Nor after 购置及运行维护费 alone: an average of the two, or of the 运行 alone. Nor after another amount (原值54.00万元，
  // 车均18.00万元; 燃油费2.40万元，…保有量3辆，车均0.80万元): the average may be of it (helper-h117: a correct sentence was a 错误).
  const amounts = [...sentence.matchAll(new RegExp(`[^,;]*?${MONEY}`, 'g'))];
  if (words === undefined || words === '购置及运行' || (amounts.length > 0 && !/运行|购置/.test(amounts.pop()![0]))) return [undefined, undefined];
  return /运行|保有|实有/.test(words) ? ['公务用车运行维护费', '公务用车保有量'] : ['公务用车购置费', '公务用车购置数'];
}

function check(ctx: RuleContext<'mismatch'>): void {
  for (const t of textCells(ctx)) {
    if (!mayStateAmount(t.text)) continue;
    for (const [pattern, ownItem, ownCount] of AVERAGES) {
      for (const m of t.text.matchAll(pattern)) {
        const [item, countKey] = pattern === BARE ? bareVehicleAverage(t.text.slice(0, m.index)) : [ownItem, ownCount];
        if (!item) continue;
        const total = labelFigure(item, ctx.recognition, ctx.supplement);
        const count = matterFact(ctx, countKey, 'count');
        // None over a count of 0, nor of a refund (an amount below 0).
        if (!total || !count || count.value <= 0 || total.fen < 0) continue;
        const stated = parseMoney(m[1]!, m[2]!);
        const expected = Math.round(total.fen / count.value);
        // The total is rounded to its table's last place (0.20万元 may be 1,950 to 2,050 元), and the stated average to its own:
        // right wherever the two ranges meet.
        const half = (fenPer(total.unit) / 100) / 2;
        const statedHalf = fenPer(stated.unit) / 10 ** (stated.written.split('.')[1]?.length ?? 0) / 2;
        const low = (total.fen - half) / count.value - statedHalf;
        const high = (total.fen + half) / count.value + statedHalf;
        if (stated.fen >= low - 0.5 && stated.fen <= high + 0.5) continue;
        const at = atCommonPrecision(stated, expected, stated.unit);
        ctx.report({
          messageId: 'mismatch',
          data: { phrase: m[0], item, total: amount(total.fen, total.unit), countName: countKey, count: count.value, expected: amount(expected, stated.unit) },
          cells: [t.cell, total.cell, ...(count.cell ? [count.cell] : [])],
          key: `${m.index}${m[0]}`,
          ...moneyValues([stated.fen, expected], (at.stated - at.table) * at.step, stated.unit),
        });
      }
    }
  }
}

export default defineRule({
  id: 'text-per-unit',
  title: '公开说明中的人均、批均接待费和车均运行维护费与三公经费表、说明数据一致',
  severity: 'error',
  tables: [],
  messages: { mismatch: '说明文字写“{phrase}”，而{item} {total} ÷ {countName} {count} 为 {expected}。' },
  check,
});
