/** T6: 人员经费合计 = 301 + 303 and 公用经费合计 = 302 + 310 (+ 307 + 399): shared by the two rules. */
import type { RuleContext } from '../rule';
import { cell, checkSum, rowByKey } from '../relations';
import type { RowModel } from '../../tables/model';

export function checkBasicTotal(ctx: RuleContext<'mismatch'>, totalKey: 'personnelTotal' | 'publicTotal', classes: readonly string[]): void {
  const t = ctx.recognition.tables.generalBudgetBasic;
  if (!t) return;
  const total = rowByKey(t, totalKey);
  // A class without a 类 row still counts through its 款.
  const parts: RowModel[] = [];
  for (const code of classes) {
    const cls = rowByKey(t, code);
    if (cls) parts.push(cls);
    else parts.push(...t.rows.filter((r) => r.level === 'section' && r.code!.startsWith(code)));
  }
  if (!total || parts.length === 0) return;
  checkSum(ctx, cell(t, total, 'amount'), parts.map((r) => cell(t, r, 'amount')), { messageId: 'mismatch' });
}
