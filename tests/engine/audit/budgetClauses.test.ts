/**
 * 预算 clauses in the sample's text, read by every rule together (helper-h297): the amount a 决算 passes its 年初预算 by before a
 * 主要用于 list, worded 超出…, 超过…, 比年初预算超出…, and an amount added to a budget in the year (年中追加预算…) of the clause or of an
 * item in its list. Right, nothing is said; one figure wrong, exactly one 错误 quoting the right figure.
 */
import { textFindings } from '../../support/sampleText';

const RIGHT: readonly string[] = [
  '2022年度财政拨款支出总计决算1,363.45万元，超出年初预算157.11万元，主要用于：一般行政管理事务718.22万元。',
  '财政拨款支出总计决算数为1,363.45万元，比年初预算超出157.11万元，主要用于：一般行政管理事务718.22万元。',
  '财政拨款支出总计年初预算为1,206.34万元，支出决算为1,363.45万元，超过年初预算157.11万元，主要用于：一般行政管理事务718.22万元。',
  '“三公”经费支出决算4.99万元，完成预算的99.80%，主要用于：一般行政管理事务年中追加预算800.00万元。',
  '“三公”经费预算5.00万元，决算4.99万元，主要用于：一般行政管理事务年中追加预算800.00万元。',
  // An item's difference past a comma (helper-h313: unread since 2449bf92), in each word, 减少 read by text-change-words alone.
  '“三公”经费支出决算4.99万元，其中公务用车运行维护费比预算少支出0.01万元。',
  '“三公”经费支出决算4.99万元，其中公务用车运行维护费比预算减少0.01万元。',
  '“三公”经费支出决算4.99万元，其中公务用车运行维护费低于预算0.01万元。',
  // A second difference of an item after the clause's own (helper-h313: only the first was read).
  '“三公”经费支出决算4.99万元，比预算少0.01万元，其中公务用车运行维护费比预算少支出0.01万元。',
];

/** Each with one figure wrong, and what the one 错误 must say. */
const WRONG: readonly [string, string][] = [
  ['2022年度财政拨款支出总计决算1,363.45万元，超出年初预算150.11万元，主要用于：一般行政管理事务718.22万元。', '应为决算比预算多 157.11 万元'],
  ['财政拨款支出总计决算数为1,363.45万元，比年初预算超出150.11万元，主要用于：一般行政管理事务718.22万元。', '应为决算比预算多 157.11 万元'],
  ['财政拨款支出总计年初预算为1,206.34万元，支出决算为1,363.45万元，超过年初预算157.11万元，主要用于：一般行政管理事务710.22万元。', '为 718.22 万元'],
  ['“三公”经费支出决算4.99万元，完成预算的98.80%，主要用于：一般行政管理事务年中追加预算800.00万元。', '应为 99.80%，文中为 98.80%'],
  ['“三公”经费预算5.50万元，决算4.99万元，主要用于：一般行政管理事务年中追加预算800.00万元。', '写预算为 5.50万元，而财政拨款“三公”经费支出决算表中为 5.00 万元'],
  ['“三公”经费支出决算4.99万元，其中公务用车运行维护费比预算少支出0.21万元。', '按预算 4.80万元、决算 4.79万元 应为决算比预算少 0.01 万元'],
  ['“三公”经费支出决算4.99万元，其中公务用车运行维护费比预算减少0.21万元。', '与预算相比应为减少0.01 万元'],
  ['“三公”经费支出决算4.99万元，其中公务用车运行维护费低于预算0.21万元。', '按预算 4.80万元、决算 4.79万元 应为决算比预算少 0.01 万元'],
  ['“三公”经费支出决算4.99万元，比预算少0.01万元，其中公务用车运行维护费比预算少支出0.21万元。', '按预算 4.80万元、决算 4.79万元 应为决算比预算少 0.01 万元'],
  ['“三公”经费支出决算4.99万元，比预算少0.21万元，其中公务用车运行维护费比预算少支出0.01万元。', '按预算 5.00万元、决算 4.99万元 应为决算比预算少 0.01 万元'],
];

describe('预算 clauses of the sample read by every rule', () => {
  it.each(RIGHT)('right: nothing said on %s', (line) => {
    expect(textFindings([line]).map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });

  it.each(WRONG)('one figure wrong: one 错误 on %s', (line, says) => {
    const findings = textFindings([line]);
    expect(findings.map((f) => f.severity)).toEqual(['error']);
    expect(findings[0]!.message).toContain(says);
  });
});
