/** What the 自评表 rules share: comparing a score or a rate typed in the form with the one computed. */
import { roundHalfAwayFromZero } from '../../grid/money';
import type { NumberFigure } from '../../tables/model';
import type { Severity } from '../rule';

/**
 * Within half a displayed step: fine; within a step: 尾差; beyond: the rule's severity. `step` is 0.01 for
 * scores and 0.0001 for rates (shown as 0.01%).
 */
export function compareShown(typed: number, expected: number, step: number, severity: Severity): Severity | undefined {
  const d = Math.abs(typed - expected);
  if (d <= step / 2 + 1e-9) return undefined;
  return d <= step + 1e-9 ? 'rounding' : severity;
}

export function usable(f: NumberFigure | undefined): f is NumberFigure & { value: number } {
  return f !== undefined && !f.invalid && f.value !== null;
}

export const score = (v: number) => roundHalfAwayFromZero(v, 2);

export const percent = (rate: number) => `${(rate * 100).toFixed(2)}%`;
