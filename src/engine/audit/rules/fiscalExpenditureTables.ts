/**
 * 江苏's tables of every 财政拨款 (tables beyond the nine, specs/fiscalExpenditure.ts and fiscalBasic.ts):
 * - 财政拨款支出决算表(功能科目)'s 合计 = table 04's 本年支出合计 (合计 column), each 类 = table 04's row of it, and a 类 it
 *   spends on is one table 04 lists;
 * - its 合计, 基本支出 and 项目支出 = those of tables 05, 08 and 09 together (08's and 09's 本年支出 as their 合计);
 * - 财政拨款基本支出决算表(经济科目)'s 人员经费合计 + 公用经费合计 = its 基本支出.
 * Unread before, a wrong figure of theirs was published unchecked. Held to the other tables only where a table 05 stands
 * beside it: without one, 财政拨款支出决算表 may be a set's table 05 under a short title.
 */
import { defineRule } from '../rule';
import { cell, checkBalance, checkSum, classTerms, reportAlone, rowByKey, rowName, rowsOf } from '../relations';
import type { Term } from '../relations';
import { classParts, hasColumn, shownTitle } from '../../tables/model';
import type { MoneyFigure, RowModel, TableModel } from '../../tables/model';
import { functionalSubject } from '../../subjects/functional';
import type { ProblemKind } from '../../tables/problems';

/** Table 05's columns, and the same column of tables 08 and 09, by the word the message names it with. */
const COLUMNS = [
  ['total', 'yearExpenditure', '合计'],
  ['basic', 'basic', '基本支出'],
  ['project', 'project', '项目支出'],
] as const;

/** What a reader tells of rows of a table it did not read: a 类 may stand among them. */
const UNREAD_ROWS: ReadonlySet<ProblemKind> = new Set<ProblemKind>(['unknown-row', 'invalid-code', 'orphan-continuation']);

/** A 类 as a message names it: its row's code and name, or where the table prints its 款 alone, its code and catalogue name. */
function className(code: string, rows: readonly RowModel[]): string {
  const own = rows[0];
  if (own && own.level === 'class') return rowName(own);
  const name = functionalSubject(code)?.name;
  return name ? `${code} ${name}` : code;
}

/** A table's 合计 in `column`: its 合计 row's, or where it prints none, its 类 (or what makes them up) together. */
function totalTerms(t: TableModel, column: string): Term[] {
  const total = rowByKey(t, 'total');
  if (total) return [cell(t, total, column)];
  return [...classParts(t).values()].flat().map((r) => cell(t, r, column));
}

export default defineRule({
  id: 'fiscal-expenditure-tables',
  title: '财政拨款支出决算表（功能科目）、财政拨款基本支出决算表（经济科目）与财政拨款收入支出决算总表及各项财政拨款支出决算表一致',
  severity: 'error',
  tables: ['F05', 'F06'],
  messages: {
    summary: '{table}的合计 {left}，与财政拨款收入支出决算总表的本年支出合计 {right}不符，{gap}。',
    class: '{table}“{row}”的合计 {left}，与财政拨款收入支出决算总表该类的合计 {right}不符，{gap}。',
    missing: '财政拨款收入支出决算总表“{row}”的合计 {left}，{table}却没有这一类。',
    extra: '{table}列有“{row}” {left}，财政拨款收入支出决算总表却没有这一类。',
    funds: '{table}合计行的{column} {left}，与{parts}合计行的{column}之和 {right}不符，{gap}。',
    basic: '{expenditure}合计行的基本支出 {left}，与{table}的人员经费合计、公用经费合计之和 {right}不符，{gap}。',
  },
  check(ctx) {
    const { fiscalExpenditure: all, fiscalBasic, fiscalSummary: t4, generalBudgetExpenditure: t5, govFund: t8, stateCapital: t9 } = ctx.recognition.tables;
    if (all) {
      const table = shownTitle(all);
      const total = rowByKey(all, 'total');
      // Only beside a table 05 (江苏 prints both): the bare title alone may be a set's table 05 under a short title, held to
      // every fund's total a right table was a 错误 where table 08 or 09 spends (review h261).
      if (t4 && t5) {
        checkBalance(ctx, totalTerms(all, 'total'), [cell(t4, rowByKey(t4, 'yearExpenditure', 'expenditure'), 'total')], { messageId: 'summary', data: { table } });
        // Each 类, where the table lists its subjects (a page of its 合计 alone lists none to miss).
        const listed = classParts(all).size > 0;
        for (const r of rowsOf(t4, 'expenditure').filter((x) => listed && x.level === 'class')) {
          const mine = classTerms(all, r.key, 'total');
          if (mine) {
            checkBalance(ctx, mine, [cell(t4, r, 'total')], { messageId: 'class', data: () => ({ table, row: rowName(r) }) });
            continue;
          }
          const figure = r.figures.total;
          if (figure && !figure.invalid && figure.fen) reportAlone(ctx, t4, figure, { messageId: 'missing', data: () => ({ table, row: rowName(r) }) });
        }
        // And each 类 it spends on that table 04 does not list (unread before: its amount went nowhere), where table 04
        // lists its 类 at all (a page of its totals alone lists none to miss), and every row of it was read: a 类 04
        // prints under a name we do not know (二十三、其它支出, told as unknown-row) or on a page not read (a 续表) was
        // said to be missing, a 错误 on a right table (review r295).
        const classes4 = new Set(rowsOf(t4, 'expenditure').filter((x) => x.level === 'class').map((x) => x.key));
        const unread4 = ctx.recognition.problems.some((p) => p.table === t4.code && UNREAD_ROWS.has(p.kind));
        for (const [code, rows] of classes4.size > 0 && !unread4 ? classParts(all) : []) {
          if (classes4.has(code)) continue;
          const figures = rows.map((r) => r.figures.total).filter((f): f is MoneyFigure => f !== undefined);
          if (figures.length === 0 || figures.some((f) => f.invalid) || figures.every((f) => !f.fen)) continue;
          reportAlone(ctx, all, figures, { messageId: 'extra', data: () => ({ table, row: className(code, rows) }) });
        }
      }
      // Against the tables of each fund: only where table 05 is read (the most of it), and a column only where every
      // fund table read prints it (an older 09 prints 本年支出 alone).
      const funds = [t5 && ([t5, 'generalBudget'] as const), t8 && ([t8, 'govFund'] as const), t9 && ([t9, 'stateCapital'] as const)].filter((x) => !!x);
      if (t5 && total) {
        const parts = funds.map(([t]) => `《${shownTitle(t)}》`).join('、');
        for (const [key, fundKey, column] of COLUMNS) {
          if (!hasColumn(all, key)) continue;
          if (!funds.every(([t, id]) => hasColumn(t, id === 'generalBudget' ? key : fundKey))) continue;
          const right = funds.flatMap(([t, id]) => totalTerms(t, id === 'generalBudget' ? key : fundKey));
          checkBalance(ctx, [cell(all, total, key)], right, { messageId: 'funds', data: { table, column, parts }, skipMissing: true });
        }
      }
    }
    if (fiscalBasic && all) {
      const personnel = rowByKey(fiscalBasic, 'personnelTotal');
      const publicTotal = rowByKey(fiscalBasic, 'publicTotal');
      const total = rowByKey(all, 'total');
      if (personnel && publicTotal && total && hasColumn(all, 'basic')) {
        checkSum(ctx, cell(all, total, 'basic'), [cell(fiscalBasic, personnel, 'amount'), cell(fiscalBasic, publicTotal, 'amount')], {
          messageId: 'basic',
          data: { table: shownTitle(fiscalBasic), expenditure: shownTitle(all) },
        });
      }
    }
  },
});
