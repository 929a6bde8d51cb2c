/**
 * 名词解释: one paragraph per term. A term may say what an income mainly was (上海: 主要是：…收入等); a unit
 * without that income keeps the term but not the list (the optional part `[…]` holding it is left out).
 */
import type { NarrativeContext } from '../context';
import type { Block } from '../document';
import { Fragment, when } from '../fragment';
import { chineseNumber } from '../chinese';

/** The income of table 02 behind each placeholder, and the 事项 that lists what it was. */
const INCOMES = [
  ['事业收入主要内容', 'businessIncome'],
  ['经营收入主要内容', 'operatingIncome'],
  ['其他收入主要内容', 'otherIncome'],
] as const;

export function glossaryBlocks(ctx: NarrativeContext, item: string, terms: readonly { readonly term: string; readonly text: string }[]): Block[] {
  const values = Object.fromEntries(
    INCOMES.map(([key, column]) => [
      key,
      // Without table 02 nobody knows: ask for it.
      when(() => ctx.table('income', 'total', column)?.cents !== 0, () => ctx.matterText(key)),
    ]),
  );
  return terms.map((term, i) => {
    const explanation: Fragment = ctx.render(term.text, values);
    return { kind: 'paragraph' as const, runs: ctx.render(item, { 序号: () => [{ text: chineseNumber(i + 1) }], 术语: () => [{ text: term.term }], 解释: () => explanation }) };
  });
}
