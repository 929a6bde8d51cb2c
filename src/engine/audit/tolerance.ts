/**
 * The tolerance model (DOMAIN §6). A figure shown with two decimals of 万元 may be off by 0.005 万元 from the
 * exact amount, so a relation over n displayed figures tolerates |Δ| ≤ 0.005 × n (at most 0.05); two cells
 * that should be equal tolerate 0.01. Tables in 元 round whole 元: 0.5 元 per figure.
 */
import type { Unit } from '../grid/money';
import type { Severity } from './rule';

/** Half of the smallest displayed step, in 分. */
const HALF_STEP_FEN: Readonly<Record<Unit, number>> = { 万元: 5_000, 千元: 500, 元: 50 };

/** Tolerance in 分 for a relation between `figures` displayed figures (at least two) in `unit`. */
export function tolerance(figures: number, unit: Unit): number {
  const half = HALF_STEP_FEN[unit];
  return Math.min(Math.max(2, figures), 10) * half;
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
export function classify(differenceFen: number, figures: number, unit: Unit): Severity | undefined {
  const d = Math.abs(differenceFen);
  if (d === 0) return undefined;
  return d <= tolerance(figures, unit) ? 'rounding' : 'error';
}
