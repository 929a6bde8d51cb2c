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

  it('formats amounts with or without separators', () => {
    expect(formatCents(148829, true)).toBe('1,488.29');
    expect(formatCents(148829, false)).toBe('1488.29');
    expect(formatCents(-20, false)).toBe('-0.20');
    expect(formatCents(123456789, true)).toBe('1,234,567.89');
  });
});
