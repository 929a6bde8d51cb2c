/** T6: each 经济分类 类 = Σ its 款. */
import { defineRule } from '../rule';
import { childRows, hasColumn } from '../../tables/model';
import { cell, checkSum, rowName } from '../relations';

/** The columns each 类 is held to its 款 in, with how the message names them (the 合计 as before: by nothing). */
const COLUMNS = [
  ['amount', ''],
  ['personnel', '的人员经费'],
  ['public', '的公用经费'],
] as const;

export default defineRule({
  id: 'basic-class-sections',
  title: '一般公共预算财政拨款基本支出决算表：各类等于其下各款之和',
  severity: 'error',
  tables: ['06'],
  messages: { mismatch: '基本支出决算表“{row}”{column}{left}，与其下各款之和 {right}不符，{gap}。' },
  check(ctx) {
    const t = ctx.recognition.tables.generalBudgetBasic;
    if (!t) return;
    // Printed as one block whose columns split the amount (合计 | 人员经费 | 公用经费), each column adds up as the 合计 does.
    const columns = COLUMNS.filter(([key]) => key === 'amount' || hasColumn(t, key));
    for (const cls of t.rows.filter((r) => r.level === 'class')) {
      const sections = childRows(t, cls.code!);
      if (sections.length === 0) continue;
      for (const [key, column] of columns) {
        checkSum(ctx, cell(t, cls, key), sections.map((r) => cell(t, r, key)), { messageId: 'mismatch', data: () => ({ row: rowName(cls), column }) });
      }
    }
  },
});
