/** T10: 总分 = 预算执行得分 + Σ 指标得分, and its 分值 = Σ 分值. */
import { defineRule } from '../rule';
import { compareShown, score, usable } from '../shared/performanceScoring';

export default defineRule({
  id: 'performance-total-score',
  title: '项目支出绩效自评表：总分等于各项得分之和',
  severity: 'error',
  tables: ['10'],
  messages: {
    score: '绩效自评表“{project}”的总分为 {typed}，预算执行得分与各指标得分之和为 {expected}。',
    weight: '绩效自评表“{project}”的总分分值为 {typed}，预算执行与各指标分值之和为 {expected}。',
  },
  check(ctx) {
    for (const p of ctx.recognition.projects) {
      const total = p.total;
      const fund = p.funds.total;
      if (!total) continue;
      for (const [field, messageId] of [
        ['score', 'score'],
        ['weight', 'weight'],
      ] as const) {
        const typed = total[field];
        // A funds row read without its 分值 (得分) column (a header the reader did not know), or no funds row read at all
        // (its header unknown: said by the reader): the 总分 has a part unread, no sum to hold it to (9 false 错误 a
        // workbook, review40; 18 with the funds unread, helper-143).
        if (!fund || fund[field] === undefined) continue;
        const parts = [fund?.[field], ...p.indicators.map((i) => i[field])].filter((f) => f !== undefined);
        if (!usable(typed) || parts.length === 0 || parts.some((f) => f!.invalid)) continue;
        const expected = score(parts.reduce((s, f) => s + (f!.value ?? 0), 0));
        const severity = compareShown(typed, expected, 0.01, 'error', ctx.grid, 0.1);
        if (!severity) continue;
        ctx.report({
          messageId,
          data: { project: p.name?.text ?? '', typed: typed.value, expected },
          cells: [typed.cell, ...parts.map((f) => f!.cell)],
          values: [typed.value, ...parts.map((f) => f!.value)],
          difference: typed.value - expected,
          unit: '分',
          severity,
        });
      }
    }
  },
});
