/**
 * An amount of the tables stated as a bound (收入总计1,400万元以上, 三公经费支出5万元以内): the bound must hold for the
 * table's figure. text-figures leaves bounds alone (compared as exact, a true bound was a 错误), so a false one
 * (收入总计1,500万元以上 where table 01 has 1,488.29) was published unflagged. Compared exactly in the bound's direction,
 * and held by any table that states the figure (MIRRORS, ALTERNATIVES, as text-figures).
 * 上下 and 左右 say "about", not a bound: not compared.
 */
import { defineRule } from '../rule';
import { amount, moneyValues } from '../measure';
import { ALTERNATIVES, mayStateAmount, MIRRORS, moneyText, namedAmounts, NUMBER, sentenceSpans, textCells } from '../shared/textScan';
import type { Lookup, NamedFigure } from '../shared/textScan';
import { occurrences } from '../shared/occurrences';
import { tablesYear } from '../shared/documentYear';

type Bound = '以上' | '之多' | '以下' | '以内';

/**
 * An amount (number and unit, as FIGURE_MONEY reads them) and the bound word right after it, ending its clause: one
 * that goes on (…1,000万元以上项目开展绩效评价, …100万元以上须经党组会研究, 200元以下/人次, …以上的) is a threshold or a
 * standard, not the label's figure (review77).
 */
const BOUND_MONEY = `(${NUMBER})(亿元|万元|元|亿|万)(以上|以下|以内|之多)(?=$|[,，。;；、)）])`;

/** Words before a label that make its bound a threshold (对项目支出1,000万元以上，实行…; 单项项目支出…以上，须报…: review79). */
const THRESHOLD_BEFORE = /(?:对|对于|单项|单个|单笔|每项|每笔|每个|每|凡)$/;

const BOUNDS: ReadonlySet<string> = new Set<Bound>(['以上', '之多', '以下', '以内']);
/** At least the amount (以上, 之多), or at most (以下, 以内). */
const AT_LEAST: ReadonlySet<Bound> = new Set(['以上', '之多']);

export default defineRule({
  id: 'text-bounds',
  title: '公开说明中以“以上”“以下”表述的金额与决算表相符',
  severity: 'error',
  tables: ['01', '02', '03', '04', '05', '06', '07'],
  messages: {
    atLeast: '说明文字写“{label}{stated}{bound}”，而{table}中为 {actual}，不到 {stated}：请改正说明文字。',
    atMost: '说明文字写“{label}{stated}{bound}”，而{table}中为 {actual}，超过了 {stated}：请改正说明文字。',
  },
  check(rule) {
    // Keyed by the label and the bound written: the same false bound written twice in one text had one id, the second
    // dropped (helper-h132): told apart by where the amount stands.
    const place = occurrences(rule);
    const ctx = place.context;
    const rec = ctx.recognition;
    const figuresOf = (lookups: readonly Lookup[]) =>
      lookups.map((l) => l(rec, ctx.supplement)).filter((f): f is NamedFigure => f !== undefined);
    for (const t of textCells(ctx)) {
      // A bound is an amount (BOUND_MONEY): a text stating none has none of its sentences to read.
      if (!mayStateAmount(t.text)) continue;
      for (const { sentence, start } of sentenceSpans(t.text)) {
        for (const n of namedAmounts(sentence, tablesYear(ctx), BOUND_MONEY, t.headings)) {
          const bound = sentence.slice(n.end - 2, n.end) as Bound;
          // A list stated with 分别 is read by namedAmounts whatever the pattern: only an amount with a bound is this rule's.
          if (!BOUNDS.has(bound) || THRESHOLD_BEFORE.test(sentence.slice(0, n.index))) continue;
          const figures = figuresOf([n.lookup, ...(MIRRORS[n.label] ?? []), ...(ALTERNATIVES[n.label] ?? [])]);
          const primary = figures[0];
          if (!primary) continue;
          const atLeast = AT_LEAST.has(bound);
          // Exactly, in the bound's direction: 1,488万元以上 holds for 1,488.29, 1,488.3万元以上 does not (rounded to the
          // digits written, 770万元以下 passed for 770.07 and 5万元以上 for 4.99: review77).
          const holds = (f: NamedFigure) => (atLeast ? f.fen >= n.money.fen : f.fen <= n.money.fen);
          if (figures.some(holds)) continue;
          place.at(start + n.end);
          ctx.report({
            messageId: atLeast ? 'atLeast' : 'atMost',
            data: { label: n.label, stated: moneyText(n.money), bound, table: primary.cell === t.cell ? '决算表' : primary.table, actual: amount(primary.fen, primary.unit) },
            cells: primary.cell === t.cell ? [t.cell] : [t.cell, primary.cell],
            key: `${n.label}${n.money.fen}${bound}`,
            ...moneyValues([n.money.fen, primary.fen], n.money.fen - primary.fen, n.money.unit),
          });
        }
      }
    }
  },
});
