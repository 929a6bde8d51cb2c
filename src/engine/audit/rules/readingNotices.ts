/**
 * What reading the workbook assumed or set aside, said where the check's findings are: a table without a unit read
 * as 万元, a second copy of a table or a 自评表 of another year left out, a table read from a hidden sheet, a figure,
 * a row or a column not read. `juesuan check` over a folder shows findings only; without this a 财政局 would see a
 * table read in the wrong unit only through the cross-table errors it causes, and a table left out not at all.
 * (Unreadable figures and missing tables have rules of their own: unreadable-figure, missing-table.)
 */
import { defineRule } from '../rule';
import { parseA1 } from '../../grid/address';
import type { ProblemKind } from '../../tables/problems';

const NOTICED: ReadonlySet<ProblemKind> = new Set<ProblemKind>([
  'no-unit',
  'duplicate-table',
  'other-year',
  'hidden-sheet',
  'figure-without-label',
  'unknown-row',
  'duplicate-row',
  'invalid-code',
  'unknown-column',
  'missing-column',
]);

export default defineRule({
  id: 'reading-notices',
  title: '读取工作簿时的推断与取舍',
  severity: 'warning',
  tables: [],
  messages: { notice: '读取提示：{message}' },
  check(ctx) {
    for (const p of ctx.recognition.problems) {
      if (!NOTICED.has(p.kind)) continue;
      const cells = p.sheet !== null && p.cell !== null ? [{ sheet: p.sheet, ...parseA1(p.cell) }] : [];
      ctx.report({ messageId: 'notice', data: { message: p.message }, cells, key: `${p.kind}:${p.message}` });
    }
  },
});
