/**
 * 预算 statements: with 预算 Y and 决算 Z stated in the clause (Y, where it is not, the one the tables or the 说明数据
 * give), "完成…预算的 X%" must be Z ÷ Y and "预决算差异率 X%" must be (Z − Y) ÷ Y, within half a unit of X's last written digit (rateTolerance). (A rate over a zero 预算 is the
 * text-zero-budget rule's.)
 */
import { defineRule } from '../rule';
import { completionRate, formatBasis, varianceRate } from '../../derive/arithmetic';
import type { RuleContext } from '../rule';
import type { CellRef } from '../../grid/address';
import { amount, moneyValues } from '../measure';
import { budgetStatements, BudgetStatement } from '../shared/budgetText';
import { atCommonPrecision, MONEY, moneyText, parseMoney, rateTolerance, scalesOf, statedWithin, textCells, textMoneyOf } from '../shared/textScan';
import { knownBudget } from '../shared/knownFigures';

/**
 * The amount the 决算 fell short of its 预算 or passed it, stated after both in their clause (河南: 预算5.00万元，实际支出4.99
 * 万元，节约0.01万元): 预算 − 决算 for 节约/节省, 决算 − 预算 for 超支, within 0.01 万元 (either may be rounded from 元).
 * Unread, a wrong one passed (helper-82).
 */
const SAVED = new RegExp(`(节约|节省|超支)了?(?:资金)?${MONEY}`, 'g');

function checkDifference(ctx: RuleContext<'rate' | 'difference'>, cell: CellRef, s: BudgetStatement): void {
  if (!s.budget || !s.actual) return;
  for (const m of s.clause.matchAll(SAVED)) {
    const stated = parseMoney(m[2]!, m[3]!);
    const overspent = m[1] === '超支';
    const expected = overspent ? s.actual.fen - s.budget.fen : s.budget.fen - s.actual.fen;
    const at = atCommonPrecision(stated, expected, '万元');
    if (Math.abs(at.stated - at.table) <= 1) continue;
    const word = expected < 0 ? (overspent ? '节约' : '超支') : m[1]!;
    ctx.report({
      messageId: 'difference',
      data: { phrase: m[0], budget: moneyText(s.budget), actual: moneyText(s.actual), expected: `${word} ${amount(Math.abs(expected), stated.unit === '元' ? '元' : '万元')}` },
      cells: [cell],
      key: `${s.start}${m[0]}`,
      ...moneyValues([stated.fen, expected], (at.stated - at.table) * at.step, stated.unit),
    });
  }
}

export default defineRule({
  id: 'text-budget',
  title: '公开说明中的预算完成率、预决算差异率与预算数、决算数一致',
  severity: 'error',
  tables: [],
  messages: {
    rate: '说明文字“{phrase}”：按预算 {budget}、决算 {actual} 应为 {expected}%，文中为 {stated}%。',
    difference: '说明文字“{phrase}”：按预算 {budget}、决算 {actual} 应为{expected}。',
  },
  check(ctx) {
    for (const t of textCells(ctx)) {
      const seen = new Set<number>();
      for (const s of budgetStatements(t.text)) {
        if (!seen.has(s.start)) {
          seen.add(s.start);
          checkDifference(ctx, t.cell, s);
        }
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
          // A worded variance (较预算下降…) is said back in words: 应为下降0.20%，文中为下降2.20%.
          data: {
            phrase: rate.phrase,
            budget: moneyText(budget),
            actual: moneyText(s.actual),
            expected: rate.word ? `${expected < 0 ? '下降' : '增长'}${formatBasis(Math.abs(expected))}` : formatBasis(expected),
            stated: rate.word ? `${rate.word}${rate.written}` : rate.written,
          },
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
