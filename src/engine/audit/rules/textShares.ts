/**
 * 占比 statements: "Y 万元，占 P%" must be Y ÷ base within 0.01 percentage points. The base is the sentence's first
 * amount when it introduces a list (…万元，其中：…), the previous sentence's when the sentence starts with 其中,
 * the named total for "占本年支出合计的 P%", and table 05's 合计 for the (类) lines. Where the listed shares add
 * up to 100.00%, the last one may carry the rounding residual.
 */
import { defineRule } from '../rule';
import { Cents, centsOfFen, formatBasis, ratio } from '../../derive/arithmetic';
import { rowByKey } from '../relations';
import { AMOUNT, namedAmounts, parseAmount, sentences, textCells } from '../shared/textScan';
import type { CellRef } from '../../grid/address';

interface Share {
  readonly part: Cents;
  readonly stated: number;
  readonly base: Cents;
  readonly phrase: string;
}

const SHARE = new RegExp(`${AMOUNT}[,，]占([\\d.]+)%`, 'g');
const NAMED_SHARE = new RegExp(`${AMOUNT}[,，]占([\\u4e00-\\u9fa5]+?)的([\\d.]+)%`, 'g');
const CLASS_SHARE = new RegExp(`\\(类\\)${AMOUNT}[,，]占([\\d.]+)%`);

export default defineRule({
  id: 'text-shares',
  title: '公开说明中的占比与金额一致',
  severity: 'error',
  tables: [],
  messages: { mismatch: '说明文字“{phrase}”：占比应为 {expected}%（{part} ÷ {base}），文中为 {stated}%。' },
  check(ctx) {
    const t5 = ctx.recognition.tables.generalBudgetExpenditure;
    const t5Total = t5 && rowByKey(t5, 'total')?.figures.total;
    const classBase = t5Total && !t5Total.invalid ? centsOfFen(t5Total.fen ?? 0) : undefined;
    /** A list of shares of one base; where they add up to 100.00% the last may carry the residual. */
    const checkList = (list: readonly { share: Share; cell: CellRef }[]) => {
      const total = list.reduce((s, x) => s + Math.round(x.share.stated * 100), 0);
      list.forEach(({ share, cell }, i) => {
        const expected = ratio(share.part, share.base);
        if (expected === undefined) return;
        const stated = Math.round(share.stated * 100);
        const residual = i === list.length - 1 && total === 10_000 ? Math.ceil(list.length / 2) : 1;
        if (Math.abs(stated - expected) <= residual) return;
        ctx.report({
          messageId: 'mismatch',
          data: { phrase: share.phrase, expected: formatBasis(expected), stated: share.stated.toFixed(2), part: (share.part / 100).toFixed(2), base: (share.base / 100).toFixed(2) },
          cells: [cell],
          key: share.phrase,
          values: [share.stated, expected / 100],
          difference: (stated - expected) / 100,
        });
      });
    };
    // The (类) lines of §五（二） stand one per paragraph but make one list.
    const classShares: { share: Share; cell: CellRef }[] = [];
    for (const t of textCells(ctx)) {
      const classMatch = CLASS_SHARE.exec(t.text);
      if (classMatch && classBase !== undefined) {
        classShares.push({ share: { part: parseAmount(classMatch[1]!), stated: Number(classMatch[2]), base: classBase, phrase: classMatch[0] }, cell: t.cell });
        continue;
      }
      let previousFirst: Cents | undefined;
      for (const sentence of sentences(t.text)) {
        const first = new RegExp(AMOUNT).exec(sentence);
        const base = sentence.startsWith('其中') ? previousFirst : first && sentence.slice(first.index).includes('其中') ? parseAmount(first[1]!) : undefined;
        if (base !== undefined) {
          checkList([...sentence.matchAll(SHARE)].map((m) => ({ share: { part: parseAmount(m[1]!), stated: Number(m[2]), base, phrase: m[0] }, cell: t.cell })));
        }
        for (const m of sentence.matchAll(NAMED_SHARE)) {
          const named = namedAmounts(`${m[2]}${m[1]}万元`)[0];
          const actual = named?.lookup(ctx.recognition);
          if (actual) checkList([{ share: { part: parseAmount(m[1]!), stated: Number(m[3]), base: actual.cents, phrase: m[0] }, cell: t.cell }]);
        }
        previousFirst = first ? parseAmount(first[1]!) : previousFirst;
      }
    }
    checkList(classShares);
  },
});
