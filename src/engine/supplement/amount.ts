/**
 * How a figure of the 说明数据 is read, wherever it comes from (the sheet, the form, the JSON file): an amount in 万元
 * typed with that unit (`12.50万元`), a zero typed with any unit of money (`0元`: nothing is nothing in any unit, as a
 * table cell reads it), an area typed with its unit (`1200平方米`), a number kept as text (`'1801.23`).
 */
import type { CellValue } from '../grid/cell';
import { parseNumber } from '../grid/number';
import type { ParsedNumber } from '../grid/number';
import { amountInOtherUnit, yuanSignOutOfUnit } from '../tables/readers/figures';

/** The unit of every amount of the 说明数据 (indicators and 事项 alike): a figure typed with it (`12.50万元`) is read. */
export const AMOUNT_UNIT = '万元';

/** The units an area (房屋面积) may be typed with: `1200平方米` is 1200. */
export const AREA_UNITS: readonly string[] = ['平方米', '平米', '㎡', 'm²', 'm2'];

/** An amount of the 说明数据 as parsed: a number, or one typed with the field's own unit (`12.50万元` is 12.5), as a table cell. */
export function parseAmount(v: CellValue): ParsedNumber {
  const p = parseNumber(v, { suffixes: [AMOUNT_UNIT] });
  // Nothing is nothing in any unit: `0元` is 0, as in a table in 万元 (readFigure).
  return p.kind !== 'number' && amountInOtherUnit(v) === 0 ? { kind: 'number', value: 0 } : p;
}

/** A figure of the 说明数据 of a kind as parsed: an amount as parseAmount, an area with its unit, any other as a number. */
export function parseFigure(v: CellValue, kind: 'amount' | 'count' | 'area' | 'year'): ParsedNumber {
  if (kind === 'amount') return parseAmount(v);
  return parseNumber(v, kind === 'area' ? { suffixes: AREA_UNITS } : {});
}

/**
 * The amount a 说明数据 cell holds as the engine reads it (a number, or text it reads as one: `12.50万元`, `1,801.23`,
 * `0元`), or undefined (blank, another unit, a yuan sign, no number): what the sheet's 增减额 and 增减率 work from.
 */
export function readAmount(v: CellValue): number | undefined {
  const p = parseAmount(v);
  return p.kind === 'number' && Number.isFinite(p.value) && !yuanSignOutOfUnit(v, AMOUNT_UNIT) ? p.value : undefined;
}
