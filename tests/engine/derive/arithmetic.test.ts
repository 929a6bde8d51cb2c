import { centsOfFen, centsOfWan, change, formatCents, ratio, shares, signedChangeRate, varianceRate, completionRate } from '../../../src/engine/derive/arithmetic';

describe('derived figures (DOMAIN §5)', () => {
  it('works on the displayed two decimals of 万元', () => {
    expect(centsOfFen(1_372_785_000)).toBe(137279);
    expect(centsOfWan(1488.29)).toBe(148829);
    expect(centsOfWan(0.005)).toBe(1);
  });

  it('computes 增减额 and 增减率 with the case that decides the wording', () => {
    expect(change(148829, 180123)).toEqual({ kind: 'decrease', amount: 31294, rate: 1737 });
    expect(change(136345, 70289)).toEqual({ kind: 'increase', amount: 66056, rate: 9398 });
    expect(change(103, 0)).toEqual({ kind: 'fromZero', amount: 103, rate: 10000 });
    expect(change(0, 7290)).toEqual({ kind: 'toZero', amount: 7290, rate: 10000 });
    expect(change(0, 0)).toEqual({ kind: 'bothZero', amount: 0, rate: 0 });
    expect(change(500, 500)).toEqual({ kind: 'unchanged', amount: 0, rate: 0 });
  });

  it('words a move below zero by its direction, not as the preset from-zero and to-zero cases', () => {
    // 0 → −1.03 is a fall (it printed 增加1.03万元，增长100.00%), from zero as a rise from it is (上海: no rate over 0);
    // −0.20 → 0 a rise (it printed 减少…下降100%).
    expect(change(-103, 0)).toEqual({ kind: 'fromZeroDown', amount: 103, rate: 10000 });
    expect(change(0, -20)).toEqual({ kind: 'increase', amount: 20, rate: 10000 });
    expect(change(-320, 2175)).toEqual({ kind: 'decrease', amount: 2495, rate: 11471 });
    expect(change(146345, -10000)).toEqual({ kind: 'increase', amount: 156345, rate: 156345 });
    expect(signedChangeRate(-103, 0)).toBe(-10000);
    expect(signedChangeRate(0, -20)).toBe(10000);
  });

  it('reproduces the rates of the reference', () => {
    expect(change(71822, 6800).rate).toBe(95621); // 956.21%
    expect(change(41, 50).rate).toBe(1800);
    expect(change(499, 501).rate).toBe(40); // 0.40%
    expect(change(20, 26).rate).toBe(2308); // 23.08%
  });

  it('signs the 说明数据 sheet rate: +100 from zero, −100 to zero, 0 for both zero', () => {
    expect(signedChangeRate(148829, 180123)).toBe(-1737);
    expect(signedChangeRate(103, 0)).toBe(10000);
    expect(signedChangeRate(0, 7290)).toBe(-10000);
    expect(signedChangeRate(0, 0)).toBe(0);
  });

  it('never divides by a zero base', () => {
    expect(ratio(5, 0)).toBeUndefined();
    expect(varianceRate(100, 0)).toBeUndefined();
    expect(completionRate(100, 0)).toBeUndefined();
    expect(varianceRate(499, 500)).toBe(-20); // -0.20%
    expect(varianceRate(136345, 120634)).toBe(1302);
    expect(completionRate(499, 500)).toBe(9980);
  });

  it('makes shares listed together sum to 100.00%, the last non-zero item taking the residual', () => {
    const classes = [122573, 4725, 3407, 3784, 1855];
    expect(shares(classes, 136345, false)).toEqual([8990, 347, 250, 278, 136]);
    expect(shares(classes, 136345, true)).toEqual([8990, 347, 250, 278, 135]);
    expect(shares([77007, 71822, 0, 0, 0], 148829, true)).toEqual([5174, 4826, 0, 0, 0]);
    // Parts that do not make up the base are not adjusted.
    expect(shares([100, 100], 1000, true)).toEqual([1000, 1000]);
  });

  it('never makes a share negative, nor moves the residual off the last item: a last item of 0.00% leaves each share its own rounding', () => {
    // 1,000.00 + 200.00 + 50.20 + 0.01 of 1,250.21: 79.99 + 16.00 + 4.02 + 0.00 = 100.01 (其他收入 printed 占-0.01%, then
    // 4.02% printed 4.01%).
    expect(shares([100000, 20000, 5020, 1], 125021, true)).toEqual([7999, 1600, 402, 0]);
    // 123.98 + 73.99 + 48.28 + 0.01 of 246.26: 19.6054% is 19.61% (it printed 19.60%, the item before the last).
    expect(shares([12398, 7399, 4828, 1], 24626, true)).toEqual([5035, 3005, 1961, 0]);
  });

  it('never takes a tiny last share to 0.00%: a part other than 0 keeps its own rounding, the others theirs', () => {
    // 30,006.00 + 30,006.00 + 39,976.00 + 12.00 of 100,000.00: 30.01 + 30.01 + 39.98 + 0.01 = 100.01. Taking −0.01 the
    // last printed 0.00% (the text 不足0.01%) for 0.012%.
    expect(shares([3000600, 3000600, 3997600, 1200], 10000000, true)).toEqual([3001, 3001, 3998, 1]);
  });

  it('never gives the residual to a last share of 0.00% (under 0.005%, 不足0.01% in the text): 0.01 of 100,000.00 is not 0.01%', () => {
    // 33,333.33 three times and 0.01 of 100,000.00: 33.33% three times (99.99%); taking +0.01 the last printed 占0.01%
    // for 0.00001%.
    expect(shares([3333333, 3333333, 3333333, 1], 10000000, true)).toEqual([3333, 3333, 3333, 0]);
  });

  it('never takes a share other than 0 to 0.00 (printed 不足0.01, false of 0.0150%): it keeps its own rounding', () => {
    // 21.94 + 13.58 + 31.35 + 0.01 of 66.88: 32.81 + 20.31 + 46.88 + 0.01 = 100.01; the last would take −0.01.
    expect(shares([2194, 1358, 3135, 1], 6688, true)).toEqual([3281, 2031, 4688, 1]);
  });

  it('never moves an exact share, nor one where the parts do not make up the base', () => {
    // 50.00 + 49.99 of 100.00 (a 尾差 of 元 rounding): 49.99% (it printed 50.00%).
    expect(shares([5000, 4999], 10000, true)).toEqual([5000, 4999]);
    // 33.335 + 41.665 + 25.00 = 100.01 with the last exact: 25.00% stays (it printed 24.99%).
    expect(shares([6667, 8333, 5000], 20000, true)).toEqual([3334, 4167, 2500]);
  });

  it('lets the last share take only the residual of rounding the shares, never a 尾差 between parts and base', () => {
    // 表07: 合计 4.99 with 出国 0 + 用车 4.79 + 接待 0.21 = 5.00: 接待 is 4.21% (it printed 4.01%).
    expect(shares([0, 479, 21], 499, true)).toEqual([0, 9599, 421]);
    // Three items of 0.11 of 0.32 (1,050 元 each of 3,150 元): each 34.38% (the last printed 31.24%).
    expect(shares([11, 11, 11], 32, true)).toEqual([3438, 3438, 3438]);
    // Three parts round by at most 1 together: 2 is a 尾差 (3.20 of 52.24 万元 is 6.13%, it printed 6.11%).
    expect(shares([1237, 3668, 320], 5224, true)).toEqual([2368, 7021, 613]);
    // 12.36 + 36.68 + 3.20 = 52.24 of a 合计 of 52.25: a residual of 2, a 尾差 (it printed 6.14% for 6.12%).
    expect(shares([1236, 3668, 320], 5225, true)).toEqual([2366, 7020, 612]);
    // A residual of 1 is what rounding three shares can leave: taken, as in the reference.
    expect(shares([1237, 3668, 320], 5225, true)).toEqual([2367, 7020, 613]);
    // A residual of rounding alone is still taken, with a cent of 尾差 on a large base [ref].
    expect(shares([33333, 33333, 33334], 100000, true)).toEqual([3333, 3333, 3334]);
    expect(shares([1, 1, 1], 3, true)).toEqual([3333, 3333, 3334]);
  });

  it('adjusts nothing where a part is below 0 (a refund, whose share the text does not print): each share its own rounding', () => {
    // 出国 −0.01, 用车 10.26, 接待 12.36 of 22.61: 12.36 / 22.61 = 54.666% is 54.67% (it printed 54.66%, taking the
    // residual of the −0.04% that no sentence prints).
    expect(shares([-1, 1026, 1236], 2261, true)).toEqual([-4, 4538, 5467]);
    expect(shares([1026, 1236, -1], 2261, true)).toEqual([4538, 5467, -4]);
  });

  it('gives no part of a base of 0 a share (0.00% of nothing states nothing)', () => {
    expect(shares([0, 0, 0], 0, true)).toEqual([undefined, undefined, undefined]);
    expect(shares([0, 5], 0, false)).toEqual([undefined, undefined]);
  });

  it('formats amounts with or without separators', () => {
    expect(formatCents(148829, true)).toBe('1,488.29');
    expect(formatCents(148829, false)).toBe('1488.29');
    expect(formatCents(-20, false)).toBe('-0.20');
    expect(formatCents(123456789, true)).toBe('1,234,567.89');
  });
});
