/**
 * Amounts. Every figure is kept as an integer number of 分 (0.01 元) so that sums and comparisons are exact;
 * 万元 values are presented with two decimals, rounding half away from zero (never banker's rounding).
 */

export type Unit = '万元' | '千元' | '元';

export const UNITS: readonly Unit[] = ['万元', '千元', '元'];

const FEN_PER_UNIT: Readonly<Record<Unit, number>> = { 万元: 1_000_000, 千元: 100_000, 元: 100 };

/** Half away from zero: 0.125 → 0.13, -0.125 → -0.13. */
export function roundHalfAwayFromZero(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  const exact = Math.abs(value) * factor;
  const nearest = Math.round(exact);
  // Most values are already whole after scaling (up to binary noise): no half to decide, and toPrecision is slow.
  if (Math.abs(exact - nearest) < 1e-6 && exact < 1e15) return nearest === 0 ? 0 : (Math.sign(value) * nearest) / factor;
  // 15 significant digits absorb binary representation error (1.005 × 100 is 100.49999999999999).
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = Math.floor(scaled + 0.5);
  const result = (Math.sign(value) * rounded) / factor;
  return result === 0 ? 0 : result;
}

/** How many 分 one of the unit is: for wholeFen, looked up once for a table rather than for every figure. */
export function fenPerUnit(unit: Unit): number {
  return FEN_PER_UNIT[unit];
}

/**
 * toFen's common case: a value that is whole in 分 once scaled by `perUnit` (up to binary noise), so there is no half
 * to decide; NaN for any other value (not finite, finer than 分, or too large), which toFen decides. Runs for every
 * figure of a workbook, hence `+ 0` (turns -0 into 0) rather than a branch.
 */
export function wholeFen(value: number, perUnit: number): number {
  const scaled = value * perUnit;
  const nearest = Math.round(scaled);
  return Math.abs(scaled - nearest) < 1e-6 && Math.abs(scaled) < 1e15 ? nearest + 0 : Number.NaN;
}

/** A value as written in a table of the given unit, in 分. */
export function toFen(value: number, unit: Unit): number {
  const whole = wholeFen(value, FEN_PER_UNIT[unit]);
  if (!Number.isNaN(whole)) return whole;
  const scaled = value * FEN_PER_UNIT[unit];
  const fen = roundHalfAwayFromZero(scaled);
  // A figure finer than 分 (a formula's quotient in a 万元 or 千元 table) rounded up to 分 may land on the half of the
  // unit's second decimal that the figure itself falls short of: 223.144999999 万元 is shown 223.14, but as 223.1450 万元
  // it was printed 223.15 in the text and the .docx's table. Such a figure is kept one 分 short of that half.
  const step = FEN_PER_UNIT[unit] / 100;
  if (step > 1 && Math.abs(fen) % step === step / 2 && Math.abs(fen) > Math.abs(scaled) && roundHalfAwayFromZero(value, 2) !== roundHalfAwayFromZero(fen / FEN_PER_UNIT[unit], 2)) {
    return fen - Math.sign(fen);
  }
  return fen === 0 ? 0 : fen;
}

/** 分 back to the unit, unrounded. */
export function fromFen(fen: number, unit: Unit): number {
  return fen / FEN_PER_UNIT[unit];
}

/**
 * 分 rounded to two decimals of the unit, as a table in that unit would show the amount (6,452,305.96 元 is
 * 645.23 万元): how a figure of a finer table is compared with a coarser one.
 */
export function roundToUnit(fen: number, unit: Unit): number {
  const step = FEN_PER_UNIT[unit] / 100;
  return roundHalfAwayFromZero(fen / step) * step;
}

/**
 * A table's figure as the table shows it, in 分: to two decimals of its unit (DOMAIN §3, §6). A 万元 table's cell may
 * hold more (a formula dividing 元 by 10,000 leaves 4.794 where 4.79 shows): the published table, the text and the
 * .docx all show 4.79, so the audit weighs 4.79 too. Weighing the stored 4.794, a 合计 shown 5.00 over items shown
 * 4.79 and 0.20 was no 尾差, and two figures both shown 1,372.79 a 尾差 of "少 0.00 万元".
 */
export function shownFen(value: number, unit: Unit): number {
  const fen = toFen(value, unit);
  const step = FEN_PER_UNIT[unit] / 100;
  return step === 1 || fen % step === 0 ? fen : roundHalfAwayFromZero(fen / step) * step;
}

/** 分 to 万元 rounded to two decimals (the displayed figure). */
export function fenToWan(fen: number): number {
  return roundHalfAwayFromZero(fen / FEN_PER_UNIT['万元'], 2);
}

/** `1,372.79` (thousands separators optional). */
export function formatAmount(value: number, options: { readonly separators?: boolean; readonly decimals?: number } = {}): string {
  const decimals = options.decimals ?? 2;
  const rounded = roundHalfAwayFromZero(value, decimals);
  const [int, frac] = Math.abs(rounded).toFixed(decimals).split('.') as [string, string | undefined];
  const grouped = options.separators === false ? int : int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = rounded < 0 ? '-' : '';
  return frac === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${frac}`;
}

/**
 * A unit after 单位, not followed by another ideograph: `编制单位：元谋县…` and `单位：元阳县…` name a department (元谋县,
 * 元阳县, 元氏县, 元宝区 …), and read as the unit 元 they made every table ten thousand times too small. After 单位: a colon,
 * a slash (`单位/元`) or 为 (`金额单位为元`), or a bracket; then the currency or not (`人民币`, `RMB`), in brackets or not
 * (`单位：人民币（元）`); then the unit, spelt as a name (traditional `萬元` too) or as an amount (`1000元`, `10000元`, `1万元`).
 * Each of those was read as no unit line, the table as 万元: a table in 元 ten thousand times its size in the text, one in
 * 千元 ten times, with a hint and no 错误 where no other table's figure stands against it.
 */
const UNIT_AFTER_LABEL = /单位(?:[:/]|为:?|\()?(?:人民币|RMB)?\(?(10000元|1万元|万元|萬元|1000元|1千元|千元|元)\)?(?![\u3400-\u9fff\uf900-\ufaff])/i;

/** The unit each spelling after 单位 names. */
const UNIT_SPELLINGS: Readonly<Record<string, Unit>> = {
  '10000元': '万元',
  '1万元': '万元',
  万元: '万元',
  萬元: '万元',
  '1000元': '千元',
  '1千元': '千元',
  千元: '千元',
  元: '元',
};

/**
 * Reads a unit name out of text such as `单位：万元`, `金额单位: 元`, `单位（元）`, `(万元)`. The ratio sign `∶` that some
 * input methods type for a colon (NFKC keeps it) is a colon here: read as no unit, a table in 元 was taken for 万元, ten
 * thousand times its size.
 */
export function unitFromText(text: string): Unit | undefined {
  // Every spelling ends in 元, and no character NFKC folds is one or makes one: text without it names no unit (nearly
  // every cell of the meta and header rows read for a unit), told without folding it.
  if (text.indexOf('元') === -1) return undefined;
  const t = text.normalize('NFKC').replace(/\s+/g, '').replace(/\u2236/g, ':');
  const m = UNIT_AFTER_LABEL.exec(t) ?? /^\((万元|萬元|千元|元)\)$/.exec(t);
  return m ? UNIT_SPELLINGS[m[1]!] : undefined;
}
