/**
 * Every figure the explanation names must be the figure of the tables: 收入总计 1,488.29 万元 is 收入支出决算总表's
 * 总计; 一般公共服务支出(类) 1,225.73 万元 is that 类 of table 05; …(项)：支出决算数为 223.14 万元 is that 项.
 */
import { defineRule } from '../rule';
import { centsOfFen, formatCents } from '../../derive/arithmetic';
import { functionalClassByName } from '../../subjects/functional';
import { normalizeText } from '../../grid/normalize';
import type { RowModel } from '../../tables/model';
import { AMOUNT, namedAmounts, parseAmount, sentences, textCells } from '../shared/textScan';

function subjectByNames(rows: readonly RowModel[], names: readonly string[]): RowModel | undefined {
  const norm = (s: string) => normalizeText(s).replace(/支出$/, '');
  const cls = functionalClassByName(names[0]!);
  let candidates = rows.filter((r) => r.code && r.code.startsWith(cls?.code ?? '---'));
  let found: RowModel | undefined = candidates.find((r) => r.level === 'class');
  for (const [i, name] of names.slice(1).entries()) {
    const length = 5 + i * 2;
    found = candidates.find((r) => r.code!.length === length && norm(r.label) === norm(name));
    if (!found) return undefined;
    candidates = candidates.filter((r) => r.code!.startsWith(found!.code!));
  }
  return found;
}

export default defineRule({
  id: 'text-figures',
  title: '公开说明中的金额与决算表一致',
  severity: 'error',
  tables: ['01', '02', '03', '04', '05', '06', '07'],
  messages: { mismatch: '说明文字写“{label}{stated}万元”，而决算表中为 {actual} 万元。' },
  check(ctx) {
    const rec = ctx.recognition;
    const t5 = rec.tables.generalBudgetExpenditure;
    for (const t of textCells(ctx)) {
      const claims: { label: string; stated: number; actual?: { cents: number; cell: typeof t.cell } }[] = [];
      for (const sentence of sentences(t.text)) {
        for (const n of namedAmounts(sentence)) {
          const actual = n.lookup(rec);
          if (actual) claims.push({ label: n.label, stated: n.cents, actual });
        }
      }
      if (t5) {
        // 一般公共服务支出(类)1,225.73万元 and …(类)…(款)…(项):支出决算数为223.14万元
        for (const m of t.text.matchAll(new RegExp(`([\\u4e00-\\u9fa5()]+?)\\(类\\)${AMOUNT}`, 'g'))) {
          const row = subjectByNames(t5.rows, [m[1]!.replace(/^\d+\.?/, '')]);
          const f = row?.figures.total;
          if (f && !f.invalid) claims.push({ label: `${m[1]}(类)`, stated: parseAmount(m[2]!), actual: { cents: centsOfFen(f.fen ?? 0), cell: f.cell } });
        }
        for (const m of t.text.matchAll(new RegExp(`(.+?)\\(类\\)(.+?)\\(款\\)(.+?)\\(项\\)[:：]?支出决算数?为${AMOUNT}`, 'g'))) {
          const names = [m[1]!.replace(/^.*?(\d+\.)?(?=[^\d.]*$)/, '').replace(/^\d+\.?/, ''), m[2]!, m[3]!];
          const row = subjectByNames(t5.rows, names);
          const f = row?.figures.total;
          const stated = parseAmount(m[4]!);
          // A 项 the table does not list had no expenditure: the text must say 0.00.
          const actual = f && !f.invalid ? { cents: centsOfFen(f.fen ?? 0), cell: f.cell } : row ? undefined : { cents: 0, cell: t.cell };
          if (actual) claims.push({ label: `${names[2]}(项)`, stated, actual });
        }
      }
      for (const c of claims) {
        if (!c.actual || c.actual.cents === c.stated) continue;
        ctx.report({
          messageId: 'mismatch',
          data: { label: c.label, stated: formatCents(c.stated, true), actual: formatCents(c.actual.cents, true) },
          cells: c.actual.cell === t.cell ? [t.cell] : [t.cell, c.actual.cell],
          key: `${c.label}${c.stated}`,
          values: [c.stated / 100, c.actual.cents / 100],
          difference: (c.stated - c.actual.cents) / 100,
        });
      }
    }
  },
});
