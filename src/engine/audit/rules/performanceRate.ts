/** T10: 执行率 = 全年执行数 / 全年预算数. */
import { defineRule } from '../rule';
import { amount } from '../measure';
import { compareShown, percent, usable } from '../shared/performanceScoring';

export default defineRule({
  id: 'performance-rate',
  title: '项目支出绩效自评表：执行率等于全年执行数除以全年预算数',
  severity: 'error',
  tables: ['10'],
  messages: { mismatch: '绩效自评表“{project}”的执行率为 {typed}，按全年执行数 {actual} ÷ 全年预算数 {budget} 应为 {expected}。' },
  check(ctx) {
    for (const p of ctx.recognition.projects) {
      const total = p.funds.total;
      const rate = total?.rate;
      const actual = total?.actual;
      const budget = total?.adjustedBudget;
      if (!usable(rate) || !actual || actual.invalid || !budget || budget.invalid || !budget.fen) continue;
      const expected = (actual.fen ?? 0) / budget.fen;
      const severity = compareShown(rate, expected, 0.0001, 'error', ctx.grid, 0.01);
      if (!severity) continue;
      ctx.report({
        messageId: 'mismatch',
        data: { project: p.name?.text ?? '', typed: percent(rate.value), actual: amount(actual.fen ?? 0, p.unit), budget: amount(budget.fen, p.unit), expected: percent(expected) },
        cells: [rate.cell, actual.cell, budget.cell],
        // The rate typed and the rate due, in % (the amounts are in the message, in the form's unit).
        values: [rate.value * 100, expected * 100],
        difference: (rate.value - expected) * 100,
        unit: '%',
        severity,
      });
    }
  },
});
