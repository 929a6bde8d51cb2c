/** T10: 预算执行 得分 = 分值 × min(执行率, 1). */
import { defineRule } from '../rule';
import { compareShown, percent, score, usable } from '../shared/performanceScoring';
import type { MoneyFigure } from '../../tables/model';

/** 全年执行数 ÷ 全年预算数 of the 年度资金总额 row, where both are read. */
function exactRate(total: { readonly adjustedBudget?: MoneyFigure; readonly actual?: MoneyFigure } | undefined): number | undefined {
  const budget = total?.adjustedBudget;
  const actual = total?.actual;
  if (!budget || !actual || budget.invalid || actual.invalid || !budget.fen || actual.fen === null) return undefined;
  return actual.fen / budget.fen;
}

export default defineRule({
  id: 'performance-fund-score',
  title: '项目支出绩效自评表：预算执行得分等于分值乘以执行率（不超过 100%）',
  severity: 'error',
  tables: ['10'],
  messages: { mismatch: '绩效自评表“{project}”的预算执行得分为 {typed}，按分值 {weight} × 执行率 {rate} 应为 {expected}。' },
  check(ctx) {
    for (const p of ctx.recognition.projects) {
      const total = p.funds.total;
      const [s, w, r] = [total?.score, total?.weight, total?.rate];
      if (!usable(s) || !usable(w) || !usable(r)) continue;
      const expected = score(w.value * Math.min(r.value, 1));
      const severity = compareShown(s, expected, 0.01, 'error', ctx.grid, 0.1);
      if (!severity) continue;
      // The 得分 worked from the amounts, where the 执行率 is shown rounded (56% for 4.16 ÷ 7.49 = 55.54%: 5.55 is right).
      const exact = exactRate(total);
      if (exact !== undefined && !compareShown(s, score(w.value * Math.min(exact, 1)), 0.01, 'error', ctx.grid, 0.1)) continue;
      ctx.report({
        messageId: 'mismatch',
        data: { project: p.name?.text ?? '', typed: s.value, weight: w.value, rate: percent(r.value), expected },
        cells: [s.cell, w.cell, r.cell],
        values: [s.value, expected],
        difference: s.value - expected,
        unit: '分',
        severity,
      });
    }
  },
});
