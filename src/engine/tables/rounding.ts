/**
 * The readers' rounding rule for "is this row the others added up": a table shows each figure to two decimals of its
 * unit (shownFen), so a shown figure may be off the exact amount by half that step, and a figure and the parts it adds
 * up agree within half a shown step per figure added (the parts and the figure itself). Both readers that ask it use
 * this rule: the 三公 table's department row among its units' rows (threePublicCosts.ts), a 小计 under a subject
 * heading (blockTable.ts). The audit's own tolerance (audit/tolerance.ts) weighs 尾差 against 错误; this one only tells
 * a sum from a figure that is none.
 */
import { fenPerUnit } from '../grid/money';
import type { Unit } from '../grid/money';

/** How far apart, in 分, a sum of `figures` shown figures (the parts and the figure itself) may be from the figure. */
export function roundingSlack(figures: number, unit: Unit): number {
  return (figures * fenPerUnit(unit)) / 200;
}

/** Whether `own` (分) is `sum` (分, of `parts` shown figures) within the rounding of the figures added. */
export function addsUpWithinRounding(own: number, sum: number, parts: number, unit: Unit): boolean {
  return Math.abs(own - sum) <= roundingSlack(parts + 1, unit) + 1e-9;
}
