/**
 * The subject hierarchy of tables 02, 03, 05, 08 and 09 (and 江苏's F05), column by column: 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项
 * (by code prefix). Shared by the three rules that check one level each.
 */
import { childRows, classParts, rowsAtLevel, shownTitle } from '../../tables/model';
import type { RowModel, TableModel } from '../../tables/model';
import type { RuleContext } from '../rule';
import { checkColumnSums, columnName, rowByKey, rowName } from '../relations';
import { PARTIAL_COLUMNS } from '../../tables/specs/generalBudgetExpenditure';

export const SUBJECT_TABLES = ['income', 'expenditure', 'generalBudgetExpenditure', 'govFund', 'stateCapital', 'fiscalExpenditure'] as const;

export function subjectTables(ctx: RuleContext): TableModel[] {
  // Read by name, not as `tables[id]` over SUBJECT_TABLES: that keyed read, inlined into checkLevel, deoptimised it
  // ("wrong map") in the checks the bench counts, and its recompiling was counted with them.
  // 江苏's 财政拨款支出决算表(功能科目) (a table beyond the nine) last.
  const { income, expenditure, generalBudgetExpenditure, govFund, stateCapital, fiscalExpenditure } = ctx.recognition.tables;
  return [income, expenditure, generalBudgetExpenditure, govFund, stateCapital, fiscalExpenditure].filter((t): t is TableModel => t !== undefined);
}

export function checkLevel(ctx: RuleContext<'mismatch'>, level: 'total' | 'class' | 'section'): void {
  // Indexed loops, not `for…of`: each `for…of` is a try…finally in the bytecode (the iterator closed on a throw), and
  // every call TurboFan inlined inside it took an exception edge. checkLevel is optimised late, in the checks the bench
  // counts (the tenth), and its compiling was the largest there.
  const tables = subjectTables(ctx);
  for (let i = 0; i < tables.length; i++) {
    const t = tables[i]!;
    const total = level === 'total' ? rowByKey(t, 'total') : undefined;
    const parents = level === 'total' ? (total ? [total] : []) : rowsAtLevel(t, level);
    const options = {
      messageId: 'mismatch',
      data: (parent: RowModel, column: string) => ({ table: shownTitle(t), row: rowName(parent), column: columnName(t, column) }),
      partial: PARTIAL_COLUMNS,
    } as const;
    for (let p = 0; p < parents.length; p++) {
      const parent = parents[p]!;
      // The 合计's parts are its 类, or where a table lists no 类 row the rows that make one up (classParts).
      const children = level === 'total' ? [...classParts(t).values()].flat() : childRows(t, parent.code!);
      if (children.length === 0) continue;
      checkColumnSums(ctx, t, parent, children, options);
    }
  }
}
