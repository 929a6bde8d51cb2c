import { fundOfSubject, functionalSubject } from '../../../src/engine/subjects/functional';

describe('the fund a functional subject belongs to', () => {
  it('knows the 政府性基金 款 of a 类 shared with 一般公共预算 (229: 22904, 22908, 22960 彩票公益金)', () => {
    expect(fundOfSubject('2296002')).toBe('govFund');
    expect(fundOfSubject('22960')).toBe('govFund');
    expect(fundOfSubject('2290402')).toBe('govFund');
    expect(fundOfSubject('2290801')).toBe('govFund');
    expect(fundOfSubject('2299999')).toBeUndefined();
    expect(fundOfSubject('229')).toBeUndefined();
    expect(functionalSubject('22960')?.name).toBe('彩票公益金安排的支出');
  });

  it('knows the 类 of one fund alone (223 国有资本经营, 234 抗疫特别国债) and leaves 一般公共预算 subjects alone', () => {
    expect(fundOfSubject('2230199')).toBe('stateCapital');
    expect(fundOfSubject('2340101')).toBe('govFund');
    expect(fundOfSubject('2120801')).toBe('govFund');
    expect(fundOfSubject('2120101')).toBeUndefined();
    expect(fundOfSubject('2010301')).toBeUndefined();
  });
});
