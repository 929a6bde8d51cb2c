/**
 * Derived figures (DOMAIN §5), computed on the displayed figures: amounts in integer 0.01 万元 ("cents"),
 * rates in integer 0.01 % ("basis"). Working in integers makes every printed figure exact and reproducible:
 * the reference's figures all recompute with these rules.
 */
import { roundHalfAwayFromZero } from '../grid/money';

/** An amount in 0.01 万元, as displayed. */
export type Cents = number;
/** A rate in 0.01 %, as displayed (1737 is 17.37%). */
export type Basis = number;

const FEN_PER_CENT = 10_000;

/** A figure in 分 as displayed in 万元 with two decimals. */
export function centsOfFen(fen: number): Cents {
  return roundHalfAwayFromZero(fen / FEN_PER_CENT);
}

/** An amount typed in 万元 (说明数据) as displayed with two decimals. */
export function centsOfWan(wan: number): Cents {
  return roundHalfAwayFromZero(wan * 100);
}

/** part / base × 100, in 0.01 %; undefined for a zero base (never divide by zero). */
export function ratio(part: Cents, base: Cents): Basis | undefined {
  if (base === 0) return undefined;
  return roundHalfAwayFromZero((part * 10_000) / base);
}

export type ChangeKind = 'increase' | 'decrease' | 'unchanged' | 'bothZero' | 'fromZero' | 'fromZeroDown' | 'toZero';

export interface Change {
  readonly kind: ChangeKind;
  /** |本年 − 上年| */
  readonly amount: Cents;
  /** |增减额| / |上年| in 0.01 %: 10000 from and to zero, 0 for bothZero and unchanged. */
  readonly rate: Basis;
}

/**
 * 增减额 and 增减率 against the prior year, with the case that decides the wording. The zero-base cases are the
 * preset's (DOMAIN §5: from 0 up to a figure, from a figure down to 0); a figure below zero moves the other way
 * (0 → −1.03 is a 减少 of 1.03, `fromZeroDown`, worded as a move from 0 is; −0.20 → 0 an 增加 of 0.20), at 100% as a
 * move from or to zero always is.
 */
export function change(current: Cents, prior: Cents): Change {
  const diff = current - prior;
  const amount = Math.abs(diff);
  if (prior === 0) {
    if (current === 0) return { kind: 'bothZero', amount: 0, rate: 0 };
    return { kind: current > 0 ? 'fromZero' : 'fromZeroDown', amount, rate: 10_000 };
  }
  if (current === 0 && prior > 0) return { kind: 'toZero', amount, rate: 10_000 };
  if (diff === 0) return { kind: 'unchanged', amount: 0, rate: 0 };
  return { kind: diff > 0 ? 'increase' : 'decrease', amount, rate: ratio(amount, Math.abs(prior))! };
}

/**
 * The signed change rate as the 说明数据 sheet shows it: ±100 from zero (by the figure's sign), the rate over |上年|
 * otherwise (−100 down to zero, +100 up to zero from below), 0 for both zero.
 */
export function signedChangeRate(current: Cents, prior: Cents): Basis {
  if (prior === 0) return Math.sign(current) * 10_000;
  return roundHalfAwayFromZero(((current - prior) * 10_000) / Math.abs(prior));
}

/** 预决算差异率 (新疆): (决算 − 预算) / 预算 × 100, signed; undefined when the budget is 0. */
export function varianceRate(actual: Cents, budget: Cents): Basis | undefined {
  return budget === 0 ? undefined : roundHalfAwayFromZero(((actual - budget) * 10_000) / budget);
}

/** 完成预算的 X% (上海, 中央): 决算 / 预算 × 100; undefined when the budget is 0. */
export function completionRate(actual: Cents, budget: Cents): Basis | undefined {
  return ratio(actual, budget);
}

/**
 * Shares of one base listed in one sentence. With `tailAdjust` the last non-zero item takes the residual of the shares'
 * own rounding, so that the printed shares sum to 100.00% [ref: 其他支出 18.55 / 1,363.45 = 1.3605 is printed 1.35].
 *
 * Only a residual of rounding is taken. The parts must make up the base (their sum's share rounds to 100.00%: the
 * reference's 类 add up to 1,363.44 of 1,363.45), else the shares print what the parts are: 49.99 of 100.00 is 49.99%
 * beside 50.00 of it (a 尾差 of 元 rounding; it printed 50.00% for both). And each share of a part other than 0 is
 * rounded by at most half a 0.01 %, so the residual is at most ⌊n/2⌋ for n such parts: a larger one is a 尾差 too
 * (0.21 of 4.99 万元 with parts summing to 5.00 would print 4.01% for 4.21%).
 * Of a base of 0 no part has a share: 占0.00% of nothing states nothing (a section leaves the share out where the part
 * is 0 too, and asks for the figures where it is not).
 * Nor is anything adjusted where a part is below 0 (a refund): the text prints no share of it (a gap), so the printed
 * shares cannot sum to 100.00% whatever is done, and the residual of its rounding moved onto another part misprinted
 * that one (公务接待费 12.36 of a 合计 of 22.61 beside 出国 −0.01: 54.66% for 54.67%). Each is its own rounding.
 */
export function shares(parts: readonly Cents[], base: Cents, tailAdjust: boolean): (Basis | undefined)[] {
  if (base === 0) return parts.map(() => undefined);
  const rates = parts.map((p) => ratio(p, base)!);
  if (!tailAdjust || parts.some((p) => p < 0) || ratio(parts.reduce((s, p) => s + p, 0), base) !== 10_000) return rates;
  const residual = 10_000 - rates.reduce((s, r) => s + r, 0);
  const nonZero = parts.filter((p) => p !== 0).length;
  if (residual === 0 || Math.abs(residual) > Math.floor(nonZero / 2)) return rates;
  const taker = residualTaker(parts, base, rates, residual);
  if (taker !== undefined) rates[taker] = rates[taker]! + residual;
  return rates;
}

/**
 * The item that takes a residual of rounding: the last non-zero one, as the reference does. DOMAIN §5 says "the last
 * listed item"; in every list the references print the two are one: the residual the reference adjusts is in §五（二）,
 * which lists only the 类 spent (其他支出 18.55, last, prints 1.35%), and the 上海 template lists no item of 0 (不涉及的不列).
 * Where zeros are listed (新疆 §二/§三/§七) the reference prints each 0.00 万元 item 占0.00%, the last listed included
 * (对附属单位补助支出0.00万元，占0.00%): given the residual, it would print 占0.01% (or -0.01%) of nothing spent.
 * None where its share is
 * exact (nothing of it was rounded: 25.00% would print 24.99%) or would fall to 0 or below (0.01 万元 of 1,250.21 is
 * 0.00%: taking −0.01 it printed 占-0.01%; 12.00 of 100,000.00 is 0.012%, printed 0.01%: taking −0.01 it printed
 * 0.00%, said 不足0.01% (NarrativeContext.share), false of money spent), nor where it is 0.00% (under 0.005%, the text's
 * 不足0.01%: 0.01 of 100,000.00 taking +0.01 printed 占0.01%); the shares are then each their own rounding, summing to
 * 100.01% or 99.99%. The rule
 * is the last item's: moved to the one before it, 19.6054% printed 19.60% (and equal amounts, 3,333.66 万元 twice, got
 * 33.34% and 33.33% where another was chosen).
 */
function residualTaker(parts: readonly Cents[], base: Cents, rates: readonly Basis[], residual: number): number | undefined {
  const last = parts.map((p, i) => (p === 0 ? -1 : i)).reduce((a, b) => Math.max(a, b), -1);
  if (last < 0 || rates[last]! * base === parts[last]! * 10_000 || rates[last]! === 0 || rates[last]! + residual <= 0) return undefined;
  return last;
}

/** 100.00% in 0.01 %. */
export const FULL_SHARE: Basis = 10_000;

/**
 * Whether a part is larger than its whole beyond the 0.01 万元 of rounding 元 to 万元 (`rate`: its share): no share of it
 * is stated (NarrativeContext.share), nor shown on a chart or in the 说明数据 sheet. Over it by that 0.01 it prints 100.00%
 * (true to the rounding, a 尾差 to the audit), or more of a small whole (1.01 of 1.00 is 101.00%): that is over it too.
 */
export function overWhole(part: Cents, whole: Cents, rate: Basis): boolean {
  return part > whole && (rate > FULL_SHARE || part - whole > 1);
}

/** Whether a share is printed 不足0.01: a part other than 0 whose share rounds to 0.00 (NarrativeContext.share). */
export function belowShownShare(rate: Basis, part: Cents): boolean {
  return rate === 0 && part !== 0;
}

/** 0.01 万元 as text: `1,488.29` (or `1488.29` without separators). */
export function formatCents(cents: Cents, separators: boolean): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100));
  const frac = String(abs % 100).padStart(2, '0');
  return `${sign}${separators ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int}.${frac}`;
}

/** 0.01 % as text: `17.37`, `-0.20`. */
export function formatBasis(basis: Basis): string {
  return formatCents(basis, false);
}
