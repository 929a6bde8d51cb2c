/** Subsets: T5[k] 基本 ≤ T3[k] 基本 and T5[k] 项目 ≤ T3[k] 项目 (财政拨款 is part of all funds). */
import { defineRule } from '../rule';
import { checkRowAtMost, rowByKey, rowName } from '../relations';

const COLUMNS = [
  ['basic', '基本支出'],
  ['project', '项目支出'],
] as const;

export default defineRule({
  id: 'general-budget-within-expenditure',
  title: '一般公共预算财政拨款的基本、项目支出不大于支出决算表的相应支出',
  severity: 'warning',
  tables: ['05', '03'],
  messages: { larger: '一般公共预算财政拨款支出决算表“{row}”的{column} {left}，大于支出决算表同一科目的{column} {right}（多 {difference}）。' },
  check(ctx) {
    const t5 = ctx.recognition.tables.generalBudgetExpenditure;
    const t3 = ctx.recognition.tables.expenditure;
    if (!t5 || !t3) return;
    for (const r of t5.rows.filter((x) => x.code)) {
      const other = rowByKey(t3, r.key);
      if (!other) continue;
      for (const [column, name] of COLUMNS) {
        const options = { messageId: 'larger', data: () => ({ row: rowName(r), column: name }) } as const;
        checkRowAtMost(ctx, { table: t5, row: r, column }, { table: t3, row: other, column }, options);
      }
    }
  },
});
