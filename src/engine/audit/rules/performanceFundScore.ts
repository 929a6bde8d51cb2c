/** T10: 预算执行 得分 = 分值 × min(执行率, 1). */
import { defineRule } from '../rule';
import { compareShown, percent, score, usable } from '../shared/performanceScoring';

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
