/**
 * A difference is worded as which side is larger and by how much (少 10.00 万元), never as a signed number
 * (相差 -10.00 万元, which reads oddly in Chinese).
 */
import { amountGap } from '../../../src/engine/audit/measure';
import summaryBalance from '../../../src/engine/audit/rules/summaryBalance';
import summaryYearIncome from '../../../src/engine/audit/rules/summaryYearIncome';
import { findingsOf } from '../../support/ruleTester';

describe('the wording of a difference', () => {
  it('says 多 or 少 with the absolute amount in the unit', () => {
    expect(amountGap(-10_000_000, '万元')).toBe('少 10.00 万元');
    expect(amountGap(50_000, '万元')).toBe('多 0.05 万元');
    expect(amountGap(-30, '元')).toBe('少 0.30 元');
  });

  it('a 收入总计 smaller than the 支出总计: 收入总计少 1.00 万元; larger: 多', () => {
    const smaller = findingsOf(summaryBalance, { name: 'smaller', edits: [['收入支出决算总表', 'F35', 1489.29]] });
    expect(smaller.map((f) => f.message)).toEqual(['收入支出决算总表的收入总计 1,488.29 万元与支出总计 1,489.29 万元不相等，收入总计少 1.00 万元。']);
    const larger = findingsOf(summaryBalance, { name: 'larger', edits: [['收入支出决算总表', 'F35', 1487.29]] });
    expect(larger.map((f) => f.message)).toEqual(['收入支出决算总表的收入总计 1,488.29 万元与支出总计 1,487.29 万元不相等，收入总计多 1.00 万元。']);
  });

  it('a 本年收入合计 below the sum of its sources reads 少, never 相差 -', () => {
    const messages = findingsOf(summaryYearIncome, { name: 'a source up', edits: [['收入支出决算总表', 'C13', 10.34]] }).map((f) => f.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/不符，少 1\.00 万元。$/);
    expect(messages[0]).not.toContain('相差');
  });
});
