/** The few statistics the benchmark reports. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * The exponent b of time ≈ a · rows^b, fitted by least squares on the logarithms of all the sizes measured
 * (1 is linear). Fitted over every size rather than from the two ends, so that one noisy size moves it less.
 */
export function growthExponent(points: readonly { readonly rows: number; readonly ms: number }[]): number {
  const xs = points.map((p) => Math.log(p.rows));
  const ys = points.map((p) => Math.log(p.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const sxy = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0);
  const sxx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  return sxy / sxx;
}
