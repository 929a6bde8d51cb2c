/**
 * How findings speak of quantities. An amount is carried in 分 and spoken in the unit of the table it is about,
 * with two decimals and thousands separators as that table shows it (`6,452,305.96 元` in a 元 table, `645.23 万元`
 * in a 万元 one); a relation spanning tables of different units speaks the coarser unit. Scores, rates and counts
 * have units of their own. The generated narrative is another matter: it always speaks 万元 (DOMAIN §5).
 */
import { formatAmount, fromFen } from '../grid/money';
import type { Unit } from '../grid/money';

/** What a finding's values measure: money in a table's unit, a rate in %, a 自评 score in 分, or a count. */
export type MeasureUnit = Unit | '%' | '分' | '个' | '辆';

const COUNTS: readonly MeasureUnit[] = ['个', '辆'];

/** A value as a finding prints it: `6,452,305.96 元`, `98.50%`, `1.20 分`, `3 辆`. */
export function formatMeasure(value: number, unit: MeasureUnit | null): string {
  if (unit === null) return formatAmount(value);
  if (unit === '%') return `${formatAmount(value, { separators: false })}%`;
  if (COUNTS.includes(unit)) return `${value} ${unit}`;
  return `${formatAmount(value)} ${unit}`;
}

/** An amount in 分 as a table in `unit` shows it, with the unit: `1,372.79 万元`. */
export function amount(fen: number, unit: Unit): string {
  return formatMeasure(fromFen(fen, unit), unit);
}

/**
 * A difference in 分 (the first side − the second) as a message words it after naming both sides: which is larger and
 * by how much, never a signed number (`少 10.00 万元`, not `相差 -10.00 万元`).
 */
export function amountGap(fen: number, unit: Unit): string {
  return `${fen < 0 ? '少' : '多'} ${amount(Math.abs(fen), unit)}`;
}

/**
 * The values and difference of a money finding, in `unit`: each computed once from whole 分, so that a figure on
 * the unit's two-decimal grid is that decimal exactly (0.02, never 0.020000000000000018).
 */
export function moneyValues(fen: readonly (number | null)[], differenceFen: number, unit: Unit) {
  return { values: fen.map((f) => (f === null ? null : fromFen(f, unit))), difference: fromFen(differenceFen, unit), unit } as const;
}
