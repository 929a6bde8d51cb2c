import { fenPerUnit, fenToWan, formatAmount, roundHalfAwayFromZero, shownFen, toFen, unitFromText, wholeFen } from '../../../src/engine/grid/money';

describe('amounts in 分', () => {
  it('rounds half away from zero, never to even, and survives binary representation error', () => {
    expect(roundHalfAwayFromZero(0.125, 2)).toBe(0.13);
    expect(roundHalfAwayFromZero(-0.125, 2)).toBe(-0.13);
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(1.3605, 2)).toBe(1.36);
    expect(roundHalfAwayFromZero(-0, 2)).toBe(0);
  });

  it('converts table values to exact integers of 分 whatever the unit', () => {
    expect(toFen(1372.79, '万元')).toBe(1_372_790_000);
    expect(toFen(13_727_900, '元')).toBe(1_372_790_000);
    expect(toFen(13_727.9, '千元')).toBe(1_372_790_000);
    expect(toFen(0.1 + 0.2, '万元')).toBe(300_000);
  });

  it('converts a figure that is not whole in 分 half away from zero, and gives no negative zero', () => {
    expect(toFen(-1372.79, '万元')).toBe(-1_372_790_000);
    expect(toFen(0.005, '元')).toBe(1);
    expect(toFen(-0.005, '元')).toBe(-1);
    expect(toFen(1.234565, '万元')).toBe(1_234_565);
    expect(toFen(12.345, '元')).toBe(1235);
    expect(toFen(-12.345, '元')).toBe(-1235);
    expect(Object.is(toFen(-0, '万元'), 0)).toBe(true);
    expect(Object.is(toFen(-0.001, '元'), 0)).toBe(true);
    expect(toFen(123_456_789_012.34, '元')).toBe(12_345_678_901_234);
  });

  it('reads a figure whole in 分 (the readers’ fast path) as toFen does, and leaves every other value to toFen', () => {
    for (const value of [1372.79, -1363.45, 0.1 + 0.2, 123_456.78, 9_999_999.99]) expect(wholeFen(value, fenPerUnit('万元'))).toBe(toFen(value, '万元'));
    expect(Object.is(wholeFen(-0, fenPerUnit('万元')), 0)).toBe(true);
    for (const value of [0.005, 12.345, Number.NaN, Number.POSITIVE_INFINITY, 1e15]) expect(wholeFen(value, fenPerUnit('元'))).toBeNaN();
  });

  it('keeps a figure finer than 分 on the side of the half of the unit’s second decimal it stands on (no double rounding)', () => {
    // 223.144999999 万元 shows 223.14; rounded to 分 first it was 223.1450 万元, shown 223.15.
    expect(toFen(223.144999999, '万元')).toBe(223_144_999);
    expect(fenToWan(toFen(223.144999999, '万元'))).toBe(223.14);
    expect(toFen(-223.144999999, '万元')).toBe(-223_144_999);
    expect(toFen(2231.444999999, '千元')).toBe(223_144_499);
    // At or past the half it stays where it rounds.
    expect(toFen(223.1450000004, '万元')).toBe(223_145_000);
    expect(toFen(223.145, '万元')).toBe(223_145_000);
    expect(toFen(223.1449999996, '万元')).toBe(223_144_999);
    expect(toFen(0.1449999999, '元')).toBe(14);
  });

  it('presents 万元 with two decimals and thousands separators', () => {
    expect(fenToWan(1_372_790_000)).toBe(1372.79);
    expect(fenToWan(1_372_785_000)).toBe(1372.79);
    expect(formatAmount(1488.29)).toBe('1,488.29');
    expect(formatAmount(1488.29, { separators: false })).toBe('1488.29');
    expect(formatAmount(0)).toBe('0.00');
    expect(formatAmount(-312.94)).toBe('-312.94');
    expect(formatAmount(1234567.891)).toBe('1,234,567.89');
  });

  it('reads the unit line in its spellings', () => {
    // Text without 元 is passed over unfolded (money.ts): a traditional 萬元 still has it.
    expect(unitFromText('单位：萬元')).toBe('万元');
    expect(unitFromText('单位：人民币')).toBeUndefined();
    expect(unitFromText('单位：万元')).toBe('万元');
    expect(unitFromText('金额单位: 元')).toBe('元');
    expect(unitFromText('单位:千元')).toBe('千元');
    expect(unitFromText('（万元）')).toBe('万元');
    expect(unitFromText('部门：某局')).toBeUndefined();
    expect(unitFromText('金额单位：人民币元')).toBe('元');
  });

  it('reads a unit after the ratio sign some input methods type for a colon, and one in brackets after 单位', () => {
    expect(unitFromText('单位\u2236元')).toBe('元');
    expect(unitFromText('金额单位\u2236万元')).toBe('万元');
    expect(unitFromText('单位（元）')).toBe('元');
    expect(unitFromText('单位(千元)')).toBe('千元');
    expect(unitFromText('单位（元阳县）')).toBeUndefined();
  });

  it('reads the unit lines departments write otherwise: a slash or 为 after 单位, the currency, 萬元, the unit as an amount', () => {
    // Each was read as no unit line, the table as 万元: one in 元 ten thousand times its size in the text, one in 千元 ten times.
    expect(unitFromText('单位/元')).toBe('元');
    expect(unitFromText('单位／万元')).toBe('万元');
    expect(unitFromText('金额单位为元')).toBe('元');
    expect(unitFromText('金额单位为：万元')).toBe('万元');
    expect(unitFromText('金额单位：RMB元')).toBe('元');
    expect(unitFromText('金额单位：ｒｍｂ万元')).toBe('万元');
    expect(unitFromText('单位：人民币（元）')).toBe('元');
    expect(unitFromText('单位：人民币(万元)')).toBe('万元');
    expect(unitFromText('单位：萬元')).toBe('万元');
    expect(unitFromText('（萬元）')).toBe('万元');
    expect(unitFromText('单位：10000元')).toBe('万元');
    expect(unitFromText('单位：1万元')).toBe('万元');
    expect(unitFromText('单位：1000元')).toBe('千元');
    expect(unitFromText('单位：1千元')).toBe('千元');
    // A department after 单位 still is none.
    expect(unitFromText('单位/元谋县财政局')).toBeUndefined();
    expect(unitFromText('单位为元阳县财政局')).toBeUndefined();
    expect(unitFromText('单位：人民币元宝区')).toBeUndefined();
  });

  it('does not take a department whose name starts with 元 for the unit (编制单位：元谋县…, 单位：元阳县…)', () => {
    expect(unitFromText('编制单位：元谋县政务服务管理局')).toBeUndefined();
    expect(unitFromText('单位：元阳县财政局')).toBeUndefined();
    expect(unitFromText('填报单位:元氏县教育局')).toBeUndefined();
    // The department and the unit in one cell: the unit is the second 单位.
    expect(unitFromText('编制单位：元谋县政务服务管理局    单位：万元')).toBe('万元');
    expect(unitFromText('单位：元（保留两位小数）')).toBe('元');
  });
});

describe('a table’s figure as the table shows it (two decimals of its unit)', () => {
  it('rounds a 万元 or 千元 figure held finer, half away from zero, with no double rounding', () => {
    expect(shownFen(4.794, '万元')).toBe(4_790_000);
    expect(shownFen(4.995, '万元')).toBe(5_000_000);
    expect(shownFen(-4.995, '万元')).toBe(-5_000_000);
    expect(shownFen(223.144999999, '万元')).toBe(223_140_000);
    expect(shownFen(47.944, '千元')).toBe(4_794_000);
    expect(shownFen(-0.004, '万元')).toBe(0);
  });

  it('keeps what is already shown, and a 元 figure to the 分', () => {
    expect(shownFen(1372.79, '万元')).toBe(1_372_790_000);
    expect(shownFen(1000.0049, '元')).toBe(100_000);
    expect(shownFen(1234.56, '元')).toBe(123_456);
  });
});
