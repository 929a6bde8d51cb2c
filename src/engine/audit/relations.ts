/**
 * Helpers the rules share: a relation "left = Σ right" or "part ≤ whole" over figures of the tables, with the
 * tolerance of DOMAIN §6 deciding 错误 or 尾差. A blank figure counts as 0 (the tables print blanks for 0); an
 * unreadable one is left to the unreadable-figure rule and stops the relation.
 */
import { formatAmount } from '../grid/money';
import type { Unit } from '../grid/money';
import { findRow } from '../tables/model';
import type { MoneyFigure, RowModel, TableModel } from '../tables/model';
import type { RuleContext, Severity } from './rule';
import { classify, coarser, tolerance } from './tolerance';

export interface Term {
  readonly figure: MoneyFigure | undefined;
  readonly unit: Unit;
}

export const term = (table: TableModel, figure: MoneyFigure | undefined): Term => ({ figure, unit: table.unit });

/** A figure of a row as a term. */
export const cell = (table: TableModel, row: RowModel | undefined, column: string): Term => term(table, row?.figures[column]);

const wan = (fen: number) => fen / 1_000_000;

/** `1,372.79`: how messages print amounts. */
export function amount(fen: number): string {
  return formatAmount(wan(fen));
}

function usable(terms: readonly Term[]): terms is readonly (Term & { figure: MoneyFigure })[] {
  return terms.every((t) => t.figure !== undefined && !t.figure.invalid);
}

export interface RelationOptions {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  /** Leave out summands that are absent (a column the layout does not have) instead of skipping. */
  readonly skipMissing?: boolean;
}

/**
 * Checks Σ left = Σ right. Reports 错误 beyond the tolerance, 尾差 within it; `{left}`, `{right}` and
 * `{difference}` (left − right) are added to the message data.
 */
export function checkBalance<M extends string>(
  ctx: RuleContext<M>,
  left: readonly Term[],
  right: readonly Term[],
  options: RelationOptions & { messageId: M },
): void {
  const keep = (terms: readonly Term[]) => (options.skipMissing ? terms.filter((t) => t.figure !== undefined) : terms);
  const l = keep(left);
  const r = keep(right);
  const all = [...l, ...r];
  if (!usable(all) || l.length === 0 || r.length === 0) return;
  const sum = (terms: readonly Term[]) => terms.reduce((s, t) => s + (t.figure!.fen ?? 0), 0);
  const diff = sum(l) - sum(r);
  const severity = classify(diff, all.length - 1, coarser(...all.map((t) => t.unit)));
  if (!severity) return;
  ctx.report({
    messageId: options.messageId,
    data: { ...options.data, left: amount(sum(l)), right: amount(sum(r)), difference: amount(diff) },
    cells: all.map((t) => t.figure!.cell),
    values: all.map((t) => (t.figure!.fen === null ? null : wan(t.figure!.fen))),
    difference: wan(diff),
    severity,
  });
}

/** Checks left = Σ right (a total and its parts). */
export function checkSum<M extends string>(ctx: RuleContext<M>, left: Term, right: readonly Term[], options: RelationOptions & { messageId: M }): void {
  checkBalance(ctx, [left], right, options);
}

/** Checks left = right for two figures that should be the same. */
export function checkEqual<M extends string>(ctx: RuleContext<M>, left: Term, right: Term, options: RelationOptions & { messageId: M }): void {
  checkSum(ctx, left, [right], options);
}

/** Checks part ≤ whole (a subset): 提示 when the part is larger beyond the tolerance. */
export function checkAtMost<M extends string>(ctx: RuleContext<M>, part: Term, whole: Term, options: RelationOptions & { messageId: M }): void {
  if (!usable([part, whole])) return;
  const p = part.figure!.fen ?? 0;
  const w = whole.figure!.fen ?? 0;
  if (p - w <= tolerance(2, coarser(part.unit, whole.unit))) return;
  const severity: Severity = 'warning';
  ctx.report({
    messageId: options.messageId,
    data: { ...options.data, left: amount(p), right: amount(w), difference: amount(p - w) },
    cells: [part.figure!.cell, whole.figure!.cell],
    values: [wan(p), wan(w)],
    difference: wan(p - w),
    severity,
  });
}

/** Rows of a table in a block. */
export function rowsOf(table: TableModel, block?: string): readonly RowModel[] {
  return block === undefined ? table.rows : table.rows.filter((r) => r.block === block);
}

export const rowByKey = findRow;

/** A row's name for messages: its label, or its code and label. */
export function rowName(row: RowModel): string {
  const label = row.label.replace(/\s+/g, '');
  return row.code && !label.startsWith(row.code) ? `${row.code} ${label}` : label || row.key;
}

/** A column's name for messages: the lowest label of its header. */
export function columnName(table: TableModel, key: string, block?: string): string {
  const column = table.columns.find((c) => c.key === key && (block === undefined || c.block === block));
  return column?.header[column.header.length - 1] ?? key;
}
