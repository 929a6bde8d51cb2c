/** What the 自评表 rules share: comparing a score or a rate typed in the form with the one computed. */
import type { CellRef } from '../../grid/address';
import { cellAt } from '../../grid/cell';
import type { WorkbookGrid } from '../../grid/cell';
import { roundHalfAwayFromZero } from '../../grid/money';
import { normalizeText } from '../../grid/normalize';
import type { NumberFigure } from '../../tables/model';
import type { Severity } from '../rule';

/** The number a cell's text writes, and its decimals (`55.5%` → 55.5 and 1, `56%` → 56 and 0, `5.6分` → 5.6 and 1). */
function numberWritten(text: string): { readonly value: number; readonly decimals: number } | undefined {
  const m = /\d+(?:\.(\d+))?/.exec(normalizeText(text).replace(/,/g, ''));
  return m ? { value: Number(m[0]), decimals: m[1]?.length ?? 0 } : undefined;
}

/**
 * Within half a displayed step: fine; within a step: 尾差; beyond: the rule's severity. `step` is the finest the
 * figure is shown to (0.01 for scores, 0.0001 for rates: 0.01%). A figure typed as text (`55.5%`, `56%`) shows the
 * precision it is written to, and is compared at it, down to `coarsest` (55.5% for 55.54% is right as written: 错误
 * before), never coarser (50% is a figure, not a rounding). A number's display is its cell format's, which the grid
 * does not hold: compared at `step`.
 */
export function compareShown(
  typed: { readonly value: number; readonly cell: CellRef },
  expected: number,
  step: number,
  severity: Severity,
  grid: WorkbookGrid,
  coarsest = step,
): Severity | undefined {
  const sheet = grid.sheets.find((s) => s.name === typed.cell.sheet);
  const written = sheet && cellAt(sheet, typed.cell.row, typed.cell.col);
  const number = typeof written === 'string' ? numberWritten(written) : undefined;
  if (number) {
    // The text's decimals in the unit the value is kept in: a rate written in % (55.5%, or 55.5 in points) is a
    // fraction two places finer.
    const places = number.decimals + (Math.abs(number.value - typed.value) > 1e-9 ? 2 : 0);
    step = Math.min(coarsest, Math.max(step, 10 ** -places));
  }
  const d = Math.abs(typed.value - expected);
  if (d <= step / 2 + 1e-9) return undefined;
  return d <= step + 1e-9 ? 'rounding' : severity;
}

export function usable(f: NumberFigure | undefined): f is NumberFigure & { value: number } {
  return f !== undefined && !f.invalid && f.value !== null;
}

export const score = (v: number) => roundHalfAwayFromZero(v, 2);

export const percent = (rate: number) => `${(rate * 100).toFixed(2)}%`;
