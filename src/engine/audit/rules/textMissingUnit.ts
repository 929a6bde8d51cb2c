/**
 * A change, a share, a rate or an amount stated without its unit ("增长8.42。" for a percentage, "减少312.94，"
 * for an amount): the reader cannot tell 8.42% from 8.42 万元. Only a number that ends its phrase (punctuation or
 * the end of the text follows) is read: "增加12345云呼叫中心…" and "增加1人" are words and counts, not figures.
 */
import { defineRule } from '../rule';
import { escape, LABELS, NUMBER, textCells } from '../shared/textScan';

// The whole number (not "3,129" of "3,129,400.00元"), then punctuation or the end of the text.
const END = '(?![\\d,.]*\\d)(?=[,;:。、)]|$)';
/** Each kind of phrase and the unit it needs. */
const PHRASES: readonly [RegExp, string][] = [
  // Also 增支/减支, 增收/减收 (福建: 较上年增支204万元), a change's amount words in text-change-words too (helper-h213).
  [new RegExp(`(?:增加|减少|增支|减支|增收|减收)了?(${NUMBER})${END}`, 'g'), '万元（或元）'],
  [new RegExp(`(?:增长|下降|上升|降低|增幅为?|降幅为?)了?(${NUMBER})${END}`, 'g'), '%'],
  [new RegExp(`占(?:[\\u4e00-\\u9fa5]{0,20}的)?(?:比重|比例)?(?:为)?(${NUMBER})${END}`, 'g'), '%'],
  // The 预算 also named as adjusted (完成调整预算的, 完成调整后预算的, 完成年中调整预算的: helper-h95).
  [new RegExp(`完成(?:年初|全年|调整后?|年中调整)?预算(?:数)?的(${NUMBER})${END}`, 'g'), '%'],
  [new RegExp(`(?:预决算差异率|执行率|增减率|增长率|下降率)(?:为)?(${NUMBER})${END}`, 'g'), '%'],
];
/** An amount after a label of the tables, money-shaped (two decimals): "收入总计1,488.29，". */
const LABELLED = new RegExp(`(?:${LABELS.map(([l]) => escape(l)).join('|')})(?:支出决算数为|支出决算为|决算数为|决算为|支出为|支出|为|是|达)?(${NUMBER.replace('(?:\\.\\d+)?', '\\.\\d{2}')})${END}`, 'g');

/**
 * A list whose unit is written once, after its last figure: `本年收入合计1,372.79、使用非财政拨款结余115.50、年初结转和
 * 结余0.00万元` (each of its figures was said to have no unit).
 */
/**
 * What every number PHRASES and LABELLED read ends with (NUMBER, then END): a digit right before punctuation or the end of
 * the text (a number's last digit, or the comma after it, which is punctuation itself). A text without one (a table's
 * 注：本单位2023年度无…) has no number without its unit.
 */
const NUMBER_BEFORE_PUNCTUATION = /\d(?:[,;:。、)]|$)/;

function unitWrittenOnce(text: string, at: number, unit: string): boolean {
  if (text[at] !== '、') return false;
  const end = text.slice(at).search(/[,;:。]/);
  const list = end < 0 ? text.slice(at) : text.slice(at, at + end);
  return (unit === '%' ? /\d%/ : /\d(?:万元|元)/).test(list);
}

export default defineRule({
  id: 'text-missing-unit',
  title: '公开说明中的金额、增减和比例要写明单位',
  severity: 'error',
  tables: [],
  messages: { missing: '说明文字“{phrase}”中的 {number} 没有单位：应写明{unit}。' },
  check(ctx) {
    for (const t of textCells(ctx)) {
      if (!NUMBER_BEFORE_PUNCTUATION.test(t.text)) continue;
      const seen = new Set<number>();
      for (const [re, unit] of [...PHRASES, [LABELLED, '万元（或元）'] as const]) {
        for (const m of t.text.matchAll(re)) {
          const at = m.index! + m[0].length;
          // A 0 is 0 in any unit (预决算差异率为0: a 错误 on a correct sentence, helper-h111).
          if (seen.has(at) || unitWrittenOnce(t.text, at, unit) || /^0(?:\.0+)?$/.test(m[1]!)) continue;
          seen.add(at);
          ctx.report({ messageId: 'missing', data: { phrase: m[0], number: m[1]!, unit }, cells: [t.cell], key: `${at}${m[0]}` });
        }
      }
    }
  },
});
