/**
 * Σ 自评表 全年预算数 / 全年执行数 = the figures 说明数据 gives for §十一 (绩效全年预算数 / 绩效全年执行数) and for 上海's §十
 * (绩效自评金额); the number of forms = 绩效评价项目数 / 绩效自评项目数.
 */
import { defineRule } from '../rule';
import { checkFactSum, figureFact, matterFact } from '../shared/supplementFacts';

export default defineRule({
  id: 'performance-summary',
  title: '说明数据的绩效项目数、全年预算数和执行数与各自评表一致',
  severity: 'error',
  tables: ['10'],
  messages: {
    budget: '{leftName} {left}，与各绩效自评表年度资金总额的全年预算数之和 {right}不符，{gap}。',
    actual: '{leftName} {left}，与各绩效自评表年度资金总额的全年执行数之和 {right}不符，{gap}。',
    count: '{leftName}为 {left} 个，工作簿中有 {right} 张绩效自评表。',
  },
  check(ctx) {
    const projects = ctx.recognition.projects;
    if (projects.length === 0) return;
    // 新疆's keys and 上海's (§十 "绩效自评的项目X个，涉及预算金额X万元": its 预算金额 the forms' 全年预算数), which the 上海
    // text quotes from the 说明数据 alone: unchecked, a count or sum the forms do not give was published (review40).
    for (const [key, field, messageId] of [
      ['绩效全年预算数', 'adjustedBudget', 'budget'],
      ['绩效全年执行数', 'actual', 'actual'],
      ['绩效自评金额', 'adjustedBudget', 'budget'],
    ] as const) {
      const parts = projects.flatMap((p) => figureFact(p.funds.total?.[field], p.unit, '绩效自评表') ?? []);
      checkFactSum(ctx, matterFact(ctx, key, 'amount'), parts, { messageId });
    }
    for (const key of ['绩效评价项目数', '绩效自评项目数']) {
      const count = matterFact(ctx, key, 'count');
      if (count) checkFactSum(ctx, count, projects.map((p) => ({ value: 1, cell: p.titleCell, source: '绩效自评表' })), { messageId: 'count', count: '个' });
    }
  },
});
