/**
 * 预算 statements: "完成年初预算的 X%" is impossible when the 年初预算 is 0; with 预算 Y and 决算 Z stated in the
 * sentence, "完成…预算的 X%" must be Z ÷ Y and "预决算差异率 X%" must be (Z − Y) ÷ Y, within 0.01.
 */
import { defineRule } from '../rule';
import { completionRate, formatBasis, varianceRate } from '../../derive/arithmetic';
import { AMOUNT, parseAmount, sentences, textCells } from '../shared/textScan';

const BUDGET = new RegExp(`(?:年初|全年)?预算(?:数)?(?:为)?${AMOUNT}`);
const ACTUAL = new RegExp(`决算(?:数)?(?:为)?${AMOUNT}`);
const COMPLETION = /完成(年初|全年)?预算的(-?[\d.]+)%/;
const VARIANCE = /预决算差异率(-?[\d.]+)%/;

export default defineRule({
  id: 'text-budget',
  title: '公开说明中的预算完成率、预决算差异率与预算数、决算数一致',
  severity: 'error',
  tables: [],
  messages: {
    zero: '说明文字“{phrase}”：预算数为 0，不能计算完成预算的比例。',
    rate: '说明文字“{phrase}”：按预算 {budget} 万元、决算 {actual} 万元应为 {expected}%，文中为 {stated}%。',
  },
  check(ctx) {
    for (const t of textCells(ctx)) {
      for (const sentence of sentences(t.text)) {
        // A sentence may list several items (…；…): each clause carries its own 预算 and 决算.
        for (const clause of sentence.split(/[；;]/)) {
          const budget = BUDGET.exec(clause);
          const actual = ACTUAL.exec(clause.slice(budget ? budget.index + budget[0].length : 0));
          const completion = COMPLETION.exec(clause);
          const variance = VARIANCE.exec(clause);
          if (!budget) continue;
          const b = parseAmount(budget[1]!);
          if (completion && b === 0) {
            ctx.report({ messageId: 'zero', data: { phrase: completion[0] }, cells: [t.cell], key: clause });
            continue;
          }
          if (!actual) continue;
          const a = parseAmount(actual[1]!);
          const checks: [RegExpExecArray | null, number | undefined][] = [
            [completion, completion ? completionRate(a, b) : undefined],
            [variance, variance ? (b === 0 ? (a === 0 ? 0 : undefined) : varianceRate(a, b)) : undefined],
          ];
          for (const [m, expected] of checks) {
            if (!m || expected === undefined) continue;
            const statedText = m[m.length - 1]!;
            const stated = Math.round(Number(statedText) * 100);
            if (Math.abs(stated - expected) <= 1) continue;
            ctx.report({
              messageId: 'rate',
              data: { phrase: m[0], budget: (b / 100).toFixed(2), actual: (a / 100).toFixed(2), expected: formatBasis(expected), stated: statedText },
              cells: [t.cell],
              key: clause,
              values: [stated / 100, expected / 100],
              difference: (stated - expected) / 100,
            });
          }
        }
      }
    }
  },
});
