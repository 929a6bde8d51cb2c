/** Σ 自评表 全年预算数 / 全年执行数 = the figures 说明数据 gives for §十一 (绩效全年预算数 / 绩效全年执行数). */
import { defineRule } from '../rule';
import { checkFactSum, Fact, matterFact } from '../shared/supplementFacts';

export default defineRule({
  id: 'performance-summary',
  title: '说明数据的绩效项目数、全年预算数和执行数与各自评表一致',
  severity: 'error',
  tables: ['10'],
  messages: {
    budget: '说明数据的绩效全年预算数 {left} 万元，与各绩效自评表年度资金总额的全年预算数之和 {right} 万元不符，相差 {difference} 万元。',
    actual: '说明数据的绩效全年执行数 {left} 万元，与各绩效自评表年度资金总额的全年执行数之和 {right} 万元不符，相差 {difference} 万元。',
    count: '说明数据的绩效评价项目数为 {left} 个，工作簿中有 {right} 张绩效自评表。',
  },
  check(ctx) {
    const projects = ctx.recognition.projects;
    if (projects.length === 0) return;
    for (const [key, field, messageId] of [
      ['绩效全年预算数', 'adjustedBudget', 'budget'],
      ['绩效全年执行数', 'actual', 'actual'],
    ] as const) {
      const parts: Fact[] = projects.flatMap((p) => {
        const f = p.funds.total?.[field];
        return f && !f.invalid ? [{ value: (f.fen ?? 0) / 1e6, cell: f.cell, where: '' }] : [];
      });
      checkFactSum(ctx, matterFact(ctx, key), parts, { messageId });
    }
    const count = matterFact(ctx, '绩效评价项目数');
    if (count) checkFactSum(ctx, count, projects.map((p) => ({ value: 1, cell: p.titleCell, where: '' })), { messageId: 'count', count: true });
  },
});
