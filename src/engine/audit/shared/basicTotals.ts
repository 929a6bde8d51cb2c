/** T6 (and 江苏's F06): 人员经费合计 = 301 + 303 and 公用经费合计 = 302 + 310 (+ 307 + 399): shared by the two rules. */
import type { RuleContext } from '../rule';
import { cell, checkSum, rowByKey } from '../relations';
import { shownTitle } from '../../tables/model';
import type { RowModel, TableModel } from '../../tables/model';

export function checkBasicTotal(ctx: RuleContext<'mismatch' | 'fiscal'>, totalKey: 'personnelTotal' | 'publicTotal', classes: readonly string[]): void {
  const { generalBudgetBasic, fiscalBasic } = ctx.recognition.tables;
  if (generalBudgetBasic) checkTotal(ctx, generalBudgetBasic, totalKey, classes, 'mismatch');
  // 江苏's 财政拨款基本支出决算表(经济科目) (F06, of every 财政拨款), named in its message.
  if (fiscalBasic) checkTotal(ctx, fiscalBasic, totalKey, classes, 'fiscal');
}

function checkTotal(
  ctx: RuleContext<'mismatch' | 'fiscal'>,
  t: TableModel,
  totalKey: 'personnelTotal' | 'publicTotal',
  classes: readonly string[],
  messageId: 'mismatch' | 'fiscal',
): void {
  const total = rowByKey(t, totalKey);
  // A class without a 类 row still counts through its 款.
  const parts: RowModel[] = [];
  for (const code of classes) {
    const cls = rowByKey(t, code);
    if (cls) parts.push(cls);
    else parts.push(...t.rows.filter((r) => r.level === 'section' && r.code!.startsWith(code)));
  }
  if (!total || parts.length === 0) return;
  checkSum(ctx, cell(t, total, 'amount'), parts.map((r) => cell(t, r, 'amount')), { messageId, data: { table: shownTitle(t) } });
}
