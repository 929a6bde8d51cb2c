/**
 * 八、政府性基金 and 九、国有资本经营预算财政拨款收入支出决算情况说明: the fixed sentence when the fund has nothing the
 * section would quote, else its 合计 row, then (上海) one paragraph per 项 against its 年初预算.
 */
import type { NarrativeContext } from '../context';
import type { Block } from '../document';
import { text } from '../fragment';
import type { FundTableTemplates } from '../templates';
import { columnsOf } from '../../tables/model';
import { FUND_COLUMN_BY_NAME } from '../../tables/specs/govFund';
import { FundTableId as FundId, fundTotal } from '../../tables/specs/fiscalSummary';
import type { Amount } from '../context';
import { figureWithoutRow, renderWithoutItemsLead, itemCodes, itemsWithoutRow, rowAmount, spokenOfWithoutFigure, SubjectLine, subjectItemValues, tableItems, tableOfItem, underLeaf } from './subjectItems';


const BALANCES = ['年初结转和结余', '年末结转和结余'];

const nonZero = (fen: number | null | undefined) => fen !== null && fen !== undefined && fen !== 0;

/**
 * Whether table 04's column of the fund (its 支出 side: the 类, 本年支出合计, and 年末结转和结余 and 总计 when the
 * paragraphs quote balances) holds a figure.
 */
function inFiscalSummary(ctx: NarrativeContext, id: FundId, balances: boolean): boolean {
  const rows = ctx.recognition.tables.fiscalSummary?.rows ?? [];
  return rows.some((r) => (balances || (r.key !== 'closingBalance' && r.key !== 'grandTotal')) && nonZero(r.figures[id]?.fen));
}

/**
 * Whether the fund has a figure that the section's paragraphs quote, in its own table or in table 04. The fixed
 * sentences say what the fund lacks: 新疆 收入、支出及结转和结余 (its paragraph quotes all six figures), 上海 收入和支出
 * (its paragraph quotes those two: a balance carried over alone is no 收入 or 支出).
 */
function fundHasFigures(ctx: NarrativeContext, id: FundId, paragraphs: readonly string[]): boolean {
  const quoted = Object.keys(FUND_COLUMN_BY_NAME).filter((placeholder) => paragraphs.some((p) => p.includes(`{${placeholder}}`)));
  const columns = quoted.map((placeholder) => FUND_COLUMN_BY_NAME[placeholder]!);
  const inTable = ctx.recognition.tables[id]?.rows.some((r) => columns.some((c) => nonZero(r.figures[c]?.fen))) ?? false;
  return inTable || inFiscalSummary(ctx, id, quoted.some((p) => BALANCES.includes(p)));
}

/**
 * 项 that spent this year, then 项 that spent nothing but have a 年初预算 (or 上年数) to speak of: the table's own
 * rows, and 说明数据 项 with no row whose 款 (or 类) only this table prints.
 */
function fundItems(ctx: NarrativeContext, id: FundId, item: string): SubjectLine[] {
  const spent = spendingColumns(ctx, id);
  const present = tableItems(ctx, id, spent);
  const listed = new Set(present.map((l) => l.code));
  // Only beside a table that was read: of one left out, no 项's figure is known (its 合计 comes from table 04).
  const read = ctx.recognition.tables[id] !== undefined;
  const withoutRow = itemsWithoutRow(ctx).filter((code) => read && tableOfItem(ctx, code) === id && !underLeaf(ctx, id, code));
  const unspent = spokenOfWithoutFigure(ctx, item, [...itemCodes(ctx, id).filter((c) => !listed.has(c)), ...withoutRow]);
  const none = figureWithoutRow(ctx, id, spent);
  const hasRow = (code: string) => ctx.recognition.tables[id]?.rows.some((r) => r.key === code) === true;
  // A row without the figure (unreadable) is a gap, never the 0 of a 项 the table does not list.
  return [...present, ...unspent.map((code) => ({ code, amount: rowAmount(ctx, id, code, spent) ?? (hasRow(code) ? undefined : none) }))];
}

/**
 * The columns a fund table's 本年支出 is read from: its own, or 基本支出 + 项目支出 where the table prints only those
 * (本年支出 {基本支出 | 项目支出} with no 小计). Unread, §八 said a 项 of 145.60万元 spent 0.00万元.
 */
function spendingColumns(ctx: NarrativeContext, id: FundId): readonly string[] {
  return columnsOf(ctx.recognition.tables[id], 'yearExpenditure', ['basic', 'project']);
}

/**
 * The 合计 row's figure as the table displays it, or table 04's where the fund's table does not print the column (the
 * older 09 prints 本年支出 only): the same figure by DOMAIN §6, where the sentence would otherwise have a gap.
 */
function totalFigure(ctx: NarrativeContext, id: FundId, column: string): Amount | undefined {
  const found = fundTotal(ctx.recognition.tables, id, column);
  return found && ctx.displayed(found.figure);
}

export function fundTable(ctx: NarrativeContext, t: FundTableTemplates, id: FundId): Block[] {
  // A fund without 收入 or 支出 gets its fixed sentence, even where a 项 had a 年初预算 (the table is then published
  // empty, with its 说明).
  const name = ctx.tableTitle(id);
  if (!fundHasFigures(ctx, id, t.paragraphs)) return [{ kind: 'paragraph', runs: ctx.render(t.empty, { 表名: () => text(name) }) }];
  const code = id === 'govFund' ? '08' : '09';
  const values = Object.fromEntries(
    Object.entries(FUND_COLUMN_BY_NAME).map(([label, column]) => [label, () => ctx.money(totalFigure(ctx, id, column), `表${code}.合计.${label}`, `${name}合计“${label}”`)]),
  );
  const item = t.item;
  const items = item === undefined ? [] : fundItems(ctx, id, item);
  // The last paragraph leads into the 项 (`支出具体情况如下：`) where the preset lists them: not when there are none.
  const leadsNowhere = (i: number) => item !== undefined && items.length === 0 && i === t.paragraphs.length - 1;
  const blocks: Block[] = t.paragraphs.map((pattern, i) => ({
    kind: 'paragraph' as const,
    runs: leadsNowhere(i) ? renderWithoutItemsLead(ctx, pattern, values) : ctx.render(pattern, values),
  }));
  if (item !== undefined) {
    items.forEach((line, i) => {
      blocks.push({ kind: 'paragraph', runs: ctx.render(item, subjectItemValues(ctx, id, line, i, { ...t, item })) });
    });
  }
  return blocks;
}
