/**
 * Table 05 printing each subject's 上年决算数, 年初预算数 or 全年预算数 beside its 决算 (a province's form): those are
 * the figures §五（三） compares the 决算 with, and the text takes them from the 说明数据 (上年数, 年初预算数, 全年预算数;
 * the total's as 一般公共预算财政拨款支出). Two sources of one published figure must agree: where they differ, either
 * the table or every 比上年增加/减少 and 完成预算的…% of the subject's paragraph is wrong. Unread, the columns were
 * "not a 栏目 of the table" and a wrong one passed.
 */
import { defineRule } from '../rule';
import { rowByKey } from '../relations';
import { checkFactSum, fact, figureFact } from '../shared/supplementFacts';
import { hasColumn } from '../../tables/model';
import type { AmountField } from '../../supplement/keys';

/** Each column the table may print, and the 说明数据 field that holds the same figure. */
const FIELDS: readonly (readonly [string, AmountField])[] = [
  ['priorActual', '上年数'],
  ['initialBudget', '年初预算数'],
  ['adjustedBudget', '全年预算数'],
];

/** The 说明数据's 指标 of the table's 合计 row (its subjects' are their codes). */
const TOTAL_INDICATOR = '一般公共预算财政拨款支出';

export default defineRule({
  id: 'general-budget-supplement-figures',
  title: '一般公共预算财政拨款支出决算表印出的上年决算数、预算数与说明数据一致',
  severity: 'error',
  tables: ['05'],
  messages: {
    mismatch: '{leftName} {left}，与{table}同一科目的“{column}” {right}不符，相差 {difference}：公开说明按说明数据写增减和完成率，请核对哪一个有误。',
  },
  check(ctx) {
    const t5 = ctx.recognition.tables.generalBudgetExpenditure;
    if (!t5) return;
    for (const [column, field] of FIELDS) {
      if (!hasColumn(t5, column)) continue;
      const name = t5.columns.find((c) => c.key === column)!.header.at(-1) ?? column;
      const total = rowByKey(t5, 'total');
      const rows = [...(total ? [[TOTAL_INDICATOR, total] as const] : []), ...t5.rows.flatMap((r) => (r.code ? [[r.code, r] as const] : []))];
      for (const [indicator, row] of rows) {
        const typed = fact(ctx, ctx.supplement.指标.get(indicator)?.[field], { indicator, field }, 'amount');
        checkFactSum(ctx, typed, [figureFact(row.figures[column], t5.unit, t5.title)], { messageId: 'mismatch', data: { table: t5.title, column: name } });
      }
    }
  },
});
