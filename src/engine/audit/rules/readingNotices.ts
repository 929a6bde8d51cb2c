/**
 * What reading the workbook assumed or set aside, said where the check's findings are: a table without a unit read
 * as 万元, a second copy of a table or a 自评表 of another year left out (or read for want of this year's), a table
 * read from a hidden sheet, a header that could not be read, a table or a 自评表 read in part, a continued part
 * with no table above it, a figure, a row or a column not read. `juesuan check` over a folder shows findings only;
 * without this a 财政局 would see a table read in the wrong unit only through the cross-table errors it causes,
 * and a table left out not at all. (Unreadable figures and missing tables have rules of their own:
 * unreadable-figure, missing-table.) The message is reading's own, which names the sheet and cell and says what
 * to do.
 */
import { defineRule } from '../rule';
import { parseA1 } from '../../grid/address';
import type { ProblemKind } from '../../tables/problems';

const NOTICED: ReadonlySet<ProblemKind> = new Set<ProblemKind>([
  'no-unit',
  'shown-scaled',
  'duplicate-table',
  'other-year',
  'other-unit',
  'hidden-sheet',
  'figure-without-label',
  'unknown-row',
  'unit-rows',
  'duplicate-row',
  'invalid-code',
  'unknown-column',
  'missing-column',
  'unmatched-header',
  'empty-table',
  'incomplete-form',
  'orphan-continuation',
]);

export default defineRule({
  id: 'reading-notices',
  title: '读取工作簿时的推断与取舍',
  severity: 'warning',
  tables: [],
  messages: { notice: '读取提示：{message}' },
  check(ctx) {
    // The key tells apart notices of one kind at one cell (two columns missing, named at the header's first cell) by
    // their order, not their wording: a notice the accountant marked 已说明 keeps its mark when a message is reworded.
    const seen = new Map<string, number>();
    for (const p of ctx.recognition.problems) {
      if (!NOTICED.has(p.kind)) continue;
      const cells = p.sheet !== null && p.cell !== null ? [{ sheet: p.sheet, ...parseA1(p.cell) }] : [];
      const at = `${p.kind}:${p.sheet ?? ''}!${p.cell ?? ''}`;
      const n = seen.get(at) ?? 0;
      seen.set(at, n + 1);
      ctx.report({ messageId: 'notice', data: { message: p.message }, cells, key: n === 0 ? p.kind : `${p.kind}#${n + 1}` });
    }
  },
});
