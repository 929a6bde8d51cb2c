/**
 * 预算 statements: with 预算 Y and 决算 Z stated in the clause, "完成…预算的 X%" must be Z ÷ Y and "预决算差异率 X%"
 * must be (Z − Y) ÷ Y, within half a unit of X's last written digit (rateTolerance). (A rate over a zero 预算 is the
 * text-zero-budget rule's.)
 */
import { defineRule } from '../rule';
import { completionRate, formatBasis, varianceRate } from '../../derive/arithmetic';
import { budgetStatements } from '../shared/budgetText';
import { moneyText, oneScale, rateTolerance, textCells } from '../shared/textScan';

export default defineRule({
  id: 'text-budget',
  title: '公开说明中的预算完成率、预决算差异率与预算数、决算数一致',
  severity: 'error',
  tables: [],
  messages: {
    rate: '说明文字“{phrase}”：按预算 {budget}、决算 {actual} 应为 {expected}%，文中为 {stated}%。',
  },
  check(ctx) {
    for (const t of textCells(ctx)) {
      for (const s of budgetStatements(t.text)) {
        if (!s.budget || !s.actual || !s.rate) continue;
        const [a, b] = oneScale(s.actual, s.budget) as [number, number];
        if (b === 0) continue;
        const expected = s.rate.kind === 'completion' ? completionRate(a, b) : varianceRate(a, b);
        if (expected === undefined) continue;
        const stated = Math.round(s.rate.value * 100);
        if (Math.abs(stated - expected) <= rateTolerance(s.rate.written)) continue;
        ctx.report({
          messageId: 'rate',
          data: { phrase: s.rate.phrase, budget: moneyText(s.budget), actual: moneyText(s.actual), expected: formatBasis(expected), stated: s.rate.written },
          cells: [t.cell],
          key: s.clause,
          values: [stated / 100, expected / 100],
          unit: '%',
          difference: (stated - expected) / 100,
        });
      }
    }
  },
});
