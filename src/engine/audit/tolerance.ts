/**
 * The tolerance model (DOMAIN §6). A figure shown with two decimals of 万元 may be off by 0.005 万元 from the
 * exact amount, so a relation over n displayed figures tolerates |Δ| ≤ 0.005 × n (at most 0.05); two cells
 * that should be equal tolerate 0.01. Tables in 元 round whole 元: 0.5 元 per figure; those that print 分
 * (TableModel.cents) show the exact amount, half a 分 per figure (a figure 1.23 元 off was a 尾差 of such a table).
 */
import { fenPerUnit } from '../grid/money';
import type { Unit } from '../grid/money';
import type { Severity } from './rule';

/** Half of the smallest displayed step, in 分. */
const HALF_STEP_FEN: Readonly<Record<Unit, number>> = { 万元: 5_000, 千元: 500, 元: 50 };

/** Half of the step of a table in 元 that prints 分, in 分. */
const HALF_FEN = 0.5;

/**
 * Tolerance in 分 for a relation between `figures` displayed figures (at least two) in `unit`; `cents`: every figure is
 * of a table in 元 that prints 分.
 */
export function tolerance(figures: number, unit: Unit, cents = false): number {
  // Half a 分 a figure, with no cap: figures stored finer than the 分 they show (a formula's allocation) are each off
  // by up to that, and twenty of them by 10 分 (helper-84: a 尾差 of the printed figures called a 错误 at the cap of 5).
  if (cents && unit === '元') return Math.max(2, figures) * HALF_FEN;
  return Math.min(Math.max(2, figures), 10) * HALF_STEP_FEN[unit];
}

/** The coarser of two units. */
export function coarserOf(a: Unit, b: Unit): Unit {
  return HALF_STEP_FEN[b] > HALF_STEP_FEN[a] ? b : a;
}

/** The coarser of the units of the tables a relation spans. */
export function coarser(...units: readonly Unit[]): Unit {
  return units.reduce(coarserOf, '元');
}

/** 错误 beyond the tolerance, 尾差 within it (and not exactly equal), none when equal. */
export function classify(differenceFen: number, figures: number, unit: Unit, cents = false): Severity | undefined {
  const d = Math.abs(differenceFen);
  if (d === 0) return undefined;
  return d <= tolerance(figures, unit, cents) ? 'rounding' : 'error';
}

/**
 * What a tolerance of figures of a table in `actual` read as `read` is, over the one applied as read (both in 分 as
 * read): 100 for 元 read as 万元 (half a 元 a figure, not 0.005 万元), 1 between 千元 and 万元 (half of the second
 * decimal either way). Figures not of a table in 元 that prints 分 (its half a 分 a figure): `read` is 万元 or 千元.
 */
export function toleranceAtActualUnit(read: Unit, actual: Unit): number {
  return (HALF_STEP_FEN[actual] * fenPerUnit(read)) / (HALF_STEP_FEN[read] * fenPerUnit(actual));
}
