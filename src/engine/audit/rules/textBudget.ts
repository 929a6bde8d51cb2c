/**
 * 预算 statements: with 预算 Y and 决算 Z stated in the clause (Y, where it is not, the one the tables or the 说明数据
 * give), "完成…预算的 X%" must be Z ÷ Y and "预决算差异率 X%" must be (Z − Y) ÷ Y, within half a unit of X's last written digit (rateTolerance). (A rate over a zero 预算 is the
 * text-zero-budget rule's.)
 */
import { defineRule } from '../rule';
import { completionRate, formatBasis, varianceRate } from '../../derive/arithmetic';
import { budgetStatements } from '../shared/budgetText';
import { moneyText, rateTolerance, scalesOf, statedWithin, textCells, textMoneyOf } from '../shared/textScan';
import { knownBudget } from '../shared/knownFigures';

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
        if (!s.actual || !s.rate) continue;
        // A 预算 the clause does not restate (上海 §七: 其中：因公出国（境）费决算为…，完成预算的…%) is the known one.
        const known = s.budget ? undefined : knownBudget(ctx, s, t.text);
        const budget = s.budget ?? (known && textMoneyOf(known.fen, known.unit));
        if (!budget) continue;
        const rate = s.rate;
        const expectations = scalesOf(s.actual, budget).flatMap(([a, b]) => {
          const worked = b === 0 ? undefined : rate.kind === 'completion' ? completionRate(a!, b!) : varianceRate(a!, b!);
          return worked === undefined ? [] : [worked];
        });
        const expected = expectations[0];
        if (expected === undefined) continue;
        const stated = Math.round(rate.value * 100);
        if (statedWithin(stated, expectations, rateTolerance(rate.written))) continue;
        ctx.report({
          messageId: 'rate',
          data: { phrase: rate.phrase, budget: moneyText(budget), actual: moneyText(s.actual), expected: formatBasis(expected), stated: rate.written },
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
