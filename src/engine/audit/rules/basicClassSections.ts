/** T6: each 经济分类 类 = Σ its 款. */
import { defineRule } from '../rule';
import { childRows } from '../../tables/model';
import { cell, checkSum, rowName } from '../relations';

export default defineRule({
  id: 'basic-class-sections',
  title: '一般公共预算财政拨款基本支出决算表：各类等于其下各款之和',
  severity: 'error',
  tables: ['06'],
  messages: { mismatch: '基本支出决算表“{row}”{left}，与其下各款之和 {right}不符，相差 {difference}。' },
  check(ctx) {
    const t = ctx.recognition.tables.generalBudgetBasic;
    if (!t) return;
    for (const cls of t.rows.filter((r) => r.level === 'class')) {
      const sections = childRows(t, cls.code!);
      if (sections.length === 0) continue;
      checkSum(ctx, cell(t, cls, 'amount'), sections.map((r) => cell(t, r, 'amount')), { messageId: 'mismatch', data: () => ({ row: rowName(cls) }) });
    }
  },
});
