/**
 * Relations between 说明数据 facts (政府采购, 车辆, 绩效). Amounts are compared in 0.01 万元 with the tolerance of
 * displayed figures, counts exactly. A finding names the 说明数据 cells, or the JSON paths when the facts came
 * from a file (those have no cell to point at).
 */
import type { CellRef } from '../../grid/address';
import { centsOfWan } from '../../derive/arithmetic';
import { formatAmount } from '../../grid/money';
import type { Sourced } from '../../supplement/supplement';
import type { RuleContext, Severity } from '../rule';

export interface Fact {
  readonly value: number;
  readonly cell?: CellRef;
  readonly where: string;
}

export function matterFact(ctx: RuleContext, key: string): Fact | undefined {
  return fact(ctx.supplement.事项.get(key), `事项.${key}`);
}

export function fact(v: Sourced<string | number> | undefined, where: string): Fact | undefined {
  if (!v || typeof v.value !== 'number') return undefined;
  return v.source.kind === 'cell' ? { value: v.value, cell: v.source.cell, where } : { value: v.value, where: v.source.path };
}

const cellsOf = (facts: readonly Fact[]) => facts.flatMap((f) => (f.cell ? [f.cell] : []));

/** left = Σ right; `count` compares exactly, otherwise amounts in 万元 with the rounding tolerance. */
export function checkFactSum<M extends string>(
  ctx: RuleContext<M>,
  left: Fact | undefined,
  right: readonly (Fact | undefined)[],
  options: { readonly messageId: M; readonly count?: boolean; readonly data?: Readonly<Record<string, string | number>> },
): void {
  if (!left || right.some((f) => !f)) return;
  const parts = right as Fact[];
  const unit = (v: number) => (options.count ? v : centsOfWan(v));
  const diff = unit(left.value) - parts.reduce((s, f) => s + unit(f.value), 0);
  if (diff === 0) return;
  const severity: Severity = options.count || Math.abs(diff) > parts.length / 2 ? 'error' : 'rounding';
  const show = (v: number) => (options.count ? String(v) : formatAmount(v));
  const rightValue = parts.reduce((s, f) => s + f.value, 0);
  ctx.report({
    messageId: options.messageId,
    data: { ...options.data, left: show(left.value), right: show(rightValue), difference: show(options.count ? diff : diff / 100), where: [left, ...parts].filter((f) => !f.cell).map((f) => f.where).join('、') },
    cells: cellsOf([left, ...parts]),
    values: [left.value, ...parts.map((f) => f.value)],
    difference: options.count ? diff : diff / 100,
    severity,
  });
}

/** part ≤ whole, a 提示 when not. */
export function checkFactAtMost<M extends string>(ctx: RuleContext<M>, part: Fact | undefined, whole: Fact | undefined, options: { readonly messageId: M }): void {
  if (!part || !whole || centsOfWan(part.value) <= centsOfWan(whole.value)) return;
  ctx.report({
    messageId: options.messageId,
    data: { left: formatAmount(part.value), right: formatAmount(whole.value), difference: formatAmount(part.value - whole.value) },
    cells: cellsOf([part, whole]),
    values: [part.value, whole.value],
    difference: part.value - whole.value,
    severity: 'warning',
  });
}
