/**
 * 山西 省级 “三公”经费 (山西日报 2022-02-20, “山西：厉行勤俭节约 ‘三公’经费已连续五年呈下降状态”; a stored repost in traditional
 * characters at http://foggame.cn/news/20220220/85084.html, its words put back in simplified characters as the paper printed them).
 * Its year of account is 2020 (以2020年为例): table 07 here holds 预算 3.49亿元 = 因公出国（境）0.40 + 公务接待 0.52 + 公务用车 2.57
 * (each item's 决算 plus the 比预算减少 it states: 0.02 + 0.38, 0.12 + 0.4, 1.64 + 0.93) and 决算 1.78亿元 = 0.02 + 0.12 + 1.64
 * (1.78 + 1.71 = 3.49: right). The page does not split 公务用车 into 购置 and 运行: all of it is put in 运行费 here (the text reads
 * neither). Its other years (2018, 2019, 2021, 2022) are not the tables': never held to them.
 * Read: each item's amount and its 比预算减少; the year's total, stated with its subject a sentence before (“三公”经费节支力度更为显著。
 * 以2020年为例，实际支出1.78亿元，比预算减少1.71亿元: since helper-h330). Unread (left): the budget in a list of years (2020年为3.49亿元). The same total with its subject (2020年“三公”经费执行支出…, as the page words its 2019 and 2018) was unread
 * before helper-h320: a wrong one passed.
 */
import { textFindings } from '../../support/sampleText';
import { threePublicBook, threePublicSupplement } from '../../support/threePublicPage';

const GRID = threePublicBook(
  2020,
  { total: 34900, overseasTravel: 4000, vehicles: 25700, vehiclePurchase: 0, vehicleOperation: 25700, reception: 5200 },
  { total: 17800, overseasTravel: 200, vehicles: 16400, vehiclePurchase: 0, vehicleOperation: 16400, reception: 1200 },
);
const SUPPLEMENT = threePublicSupplement('山西省省级预算部门', 2020, {});
const PAGE = [
  '“三公”经费是指财政拨款支出安排的因公出国（境）费、公务接待费、公务用车购置及运行费三项经费。数字显示，从2018年到2022年我省省级财政预算来看，2022年，省级公共预算安排“三公”经费为3.35亿元，2021年为3.42亿元，2020年为3.49亿元，2019年为3.6亿元，2018年为4.3亿元，其中，2022年比2018年减少近1亿元。',
  '从预算执行情况看，“三公”经费节支力度更为显著。以2020年为例，实际支出1.78亿元，比预算减少1.71亿元，主要原因是落实中央和省委、省政府“过紧日子”要求，严格财政支出管理，对公务接待费及公务用车购置及运行费按50%进行压减，因公出国（境）费按80%进行压减。因公出国（境）费0.02亿元，比预算减少0.38亿元；公务接待费0.12亿元，比预算减少0.4亿元；公务用车购置及运行费1.64亿元，比预算减少0.93亿元。2019年“三公”经费执行支出2.52亿元，比预算减少1.08亿元；2018年“三公”经费执行支出2.73亿元，比预算减少1.57亿元，主要原因均是严格执行“三公”经费只减不增要求，大力压缩“三公”经费支出。',
];
const findings = (lines: readonly string[]) => textFindings(lines, GRID, SUPPLEMENT).map((f) => `${f.rule} ${f.severity} ${f.cells[0]}: ${f.message}`);
const errors = (lines: readonly string[]) => findings(lines).filter((f) => f.includes(' error '));
const wrongAt = (from: string, to: string) => {
  const wrong = PAGE.map((l) => l.replace(from, to));
  expect(wrong).not.toEqual(PAGE);
  return errors(wrong);
};

describe('山西 省级 2020: 以2020年为例，实际支出1.78亿元，比预算减少1.71亿元…因公出国（境）费0.02亿元，比预算减少0.38亿元', () => {
  it('as published: no finding (its 2022年比2018年 compares two other years: no 提示 since helper-h320)', () => {
    expect(findings(PAGE)).toEqual([]);
  });

  it.each([
    ['因公出国（境）费0.02亿元', '因公出国（境）费0.03亿元', 'text-figures error 公开说明!A2: 说明文字写“因公出国(境)费0.03亿元”，而财政拨款“三公”经费支出决算表中为 200.00 万元。'],
    ['公务接待费0.12亿元', '公务接待费0.21亿元', 'text-figures error 公开说明!A2: 说明文字写“公务接待费0.21亿元”，而财政拨款“三公”经费支出决算表中为 1,200.00 万元。'],
    ['公务用车购置及运行费1.64亿元', '公务用车购置及运行费1.46亿元', 'text-figures error 公开说明!A2: 说明文字写“公务用车购置及运行费1.46亿元”，而财政拨款“三公”经费支出决算表中为 16,400.00 万元。'],
  ])('an item’s amount made wrong is found at it (its 比预算减少, now off, too): %s → %s', (from, to, finding) => {
    const found = wrongAt(from, to);
    expect(found.filter((f) => f.startsWith('text-figures '))).toEqual([finding]);
    for (const f of found) expect(f).toMatch(/^text-(?:figures|budget|change-words) error 公开说明!A2: /);
  });

  it.each([
    ['减少0.38亿元', '减少0.83亿元', '0.38亿元'],
    ['减少0.4亿元', '减少0.5亿元', '0.40亿元'],
    ['减少0.93亿元', '减少0.39亿元', '0.93亿元'],
  ])('an item’s 比预算减少 made wrong is found, the right one in the message: %s → %s', (from, to, right) => {
    const found = wrongAt(from, to);
    // text-budget and text-change-words both hold it to table 07 (the same 错误 said twice: see the report).
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f).toMatch(new RegExp(`^text-(?:budget|change-words) error 公开说明!A2: .*${right.replace('.', '\\.')}`));
  });

  it('the total as the page words its other years (“三公”经费执行支出…), said of the year of account, is read (unread before helper-h320)', () => {
    expect(errors(['2020年“三公”经费执行支出1.78亿元，比预算减少1.71亿元。'])).toEqual([]);
    expect(errors(['2020年“三公”经费执行支出1.87亿元，比预算减少1.62亿元。'])).toEqual([
      'text-figures error 公开说明!A1: 说明文字写“三公经费执行支出1.87亿元”，而财政拨款“三公”经费支出决算表中为 17,800.00 万元。',
    ]);
    expect(errors(['以2020年为例，“三公”经费实际支出1.78亿元，比预算减少1.71亿元。'])).toEqual([]);
    expect(errors(['“三公”经费实际支出1.87亿元。'])).toEqual([
      'text-figures error 公开说明!A1: 说明文字写“三公经费实际支出1.87亿元”，而财政拨款“三公”经费支出决算表中为 17,800.00 万元。',
    ]);
  });

  it('another year’s total and budget are not the tables’: no 错误 whatever they say', () => {
    expect(wrongAt('执行支出2.52亿元，比预算减少1.08亿元', '执行支出2.25亿元，比预算减少1.80亿元')).toEqual([]);
    expect(wrongAt('安排“三公”经费为3.35亿元', '安排“三公”经费为1.78亿元')).toEqual([]);
    // A budget (预算安排“三公”经费为…) is no 决算, even of the year of account.
    expect(errors(['2020年，省级公共预算安排“三公”经费为3.49亿元。'])).toEqual([]);
  });

  it('a 预算 or 决算 written in 亿 in a 预算 statement is read (unread before helper-h320), at the digits it writes', () => {
    for (const right of ['“三公”经费预算为3.49亿元。', '“三公”经费预算为3.5亿元。', '“三公”经费预算3.49亿元，实际支出1.78亿元，完成预算的51%。', '公务接待费预算0.52亿元，决算0.12亿元。'])
      expect(errors([right])).toEqual([]);
    expect(errors(['“三公”经费预算为3.94亿元。'])).toEqual([
      'text-budget-figures error 公开说明!A1: 说明文字“三公经费预算为3.94亿元”写预算为 3.94亿元，而财政拨款“三公”经费支出决算表中为 34,900.00 万元。',
    ]);
    expect(errors(['公务接待费预算0.25亿元，决算0.12亿元。'])).toEqual([
      'text-budget-figures error 公开说明!A1: 说明文字“公务接待费预算0.25亿元,决算0.12亿元”写预算为 0.25亿元，而财政拨款“三公”经费支出决算表中为 5,200.00 万元。',
    ]);
    // 执行支出 as the page words it, after its 预算 (review r322: unread, a wrong one passed).
    expect(errors(['“三公”经费预算3.49亿元，执行支出1.78亿元。'])).toEqual([]);
    expect(errors(['2020年“三公”经费预算3.49亿元，执行支出1.87亿元。'])).toEqual([
      'text-budget-figures error 公开说明!A1: 说明文字“2020年三公经费预算3.49亿元,执行支出1.87亿元”写决算为 1.87亿元，而财政拨款“三公”经费支出决算表中为 17,800.00 万元。',
    ]);
    expect(errors(['“三公”经费预算3.49亿元，实际支出1.87亿元，完成预算的51%。'])).toEqual([
      'text-budget-figures error 公开说明!A1: 说明文字“三公经费预算3.49亿元,实际支出1.87亿元,完成预算的51%”写决算为 1.87亿元，而财政拨款“三公”经费支出决算表中为 17,800.00 万元。',
    ]);
    // A 决算 after its label is text-figures' to say: once.
    expect(errors(['“三公”经费决算数为1.87亿元，预算数为3.49亿元。'])).toEqual([
      'text-figures error 公开说明!A1: 说明文字写“三公经费1.87亿元”，而财政拨款“三公”经费支出决算表中为 17,800.00 万元。',
    ]);
    // Another year's 预算 is not the tables'.
    expect(errors(['2019年“三公”经费预算为3.6亿元，决算2.52亿元。', '上年“三公”经费预算为3.6亿元。'])).toEqual([]);
    // Nor next year's (review r322: held to table 07's 34,900 万元, a false 错误).
    expect(errors(['下年“三公”经费预算为3.42亿元。', '明年“三公”经费预算为3.42亿元。'])).toEqual([]);
  });

  it('an item’s amount written as spent (实际支出, 执行支出) or without 费 (购置及运行维护支出) is read (unread before helper-h330)', () => {
    for (const right of ['公务接待费实际支出0.12亿元。', '因公出国（境）费执行支出0.02亿元。', '公务用车购置及运行维护支出1.64亿元。', '公务用车购置及运行支出1.64亿元。', '因公出国（境）费和公务接待费实际支出0.14亿元。'])
      expect(findings([right])).toEqual([]);
    expect(errors(['公务接待费实际支出0.21亿元。'])).toEqual(['text-figures error 公开说明!A1: 说明文字写“公务接待费0.21亿元”，而财政拨款“三公”经费支出决算表中为 1,200.00 万元。']);
    expect(errors(['因公出国（境）费实际支出0.03亿元。'])).toEqual(['text-figures error 公开说明!A1: 说明文字写“因公出国(境)费0.03亿元”，而财政拨款“三公”经费支出决算表中为 200.00 万元。']);
    expect(errors(['公务接待费执行支出0.21亿元。'])).toEqual(['text-figures error 公开说明!A1: 说明文字写“公务接待费0.21亿元”，而财政拨款“三公”经费支出决算表中为 1,200.00 万元。']);
    expect(errors(['公务用车购置及运行维护支出1.46亿元。'])).toEqual(['text-figures error 公开说明!A1: 说明文字写“公务用车购置及运行维护1.46亿元”，而财政拨款“三公”经费支出决算表中为 16,400.00 万元。']);
    expect(errors(['公务用车购置及运行支出1.46亿元。'])).toEqual(['text-figures error 公开说明!A1: 说明文字写“公务用车购置及运行1.46亿元”，而财政拨款“三公”经费支出决算表中为 16,400.00 万元。']);
    // Not another year's, nor the 公务接待's foreign part, nor a sum of two items held to the last.
    expect(errors(['2019年公务接待费实际支出0.21亿元。', '国（境）外公务接待费实际支出0.21亿元。', '因公出国（境）费和公务接待费实际支出0.14亿元。'])).toEqual([]);
  });

  it('a 预算 and a 决算 named together with 分别 (预算、决算分别为…) are read, each held to table 07 (unread before helper-h330)', () => {
    for (const right of ['“三公”经费预算、决算分别为3.49亿元、1.78亿元。', '“三公”经费预算数、决算数分别为3.49亿元、1.78亿元，完成预算的51%。', '“三公”经费决算、预算分别为1.78亿元、3.49亿元。'])
      expect(findings([right])).toEqual([]);
    expect(errors(['“三公”经费预算、决算分别为3.94亿元、1.78亿元。'])).toEqual([
      'text-budget-figures error 公开说明!A1: 说明文字“三公经费预算、决算分别为3.94亿元、1.78亿元”写预算为 3.94亿元，而财政拨款“三公”经费支出决算表中为 34,900.00 万元。',
    ]);
    expect(errors(['“三公”经费预算数、决算数分别为3.49亿元、1.87亿元。'])).toEqual([
      'text-budget-figures error 公开说明!A1: 说明文字“三公经费预算数、决算数分别为3.49亿元、1.87亿元”写决算为 1.87亿元，而财政拨款“三公”经费支出决算表中为 17,800.00 万元。',
    ]);
    expect(errors(['“三公”经费决算、预算分别为1.78亿元、3.94亿元。'])).toEqual([
      'text-budget-figures error 公开说明!A1: 说明文字“三公经费决算、预算分别为1.78亿元、3.94亿元”写预算为 3.94亿元，而财政拨款“三公”经费支出决算表中为 34,900.00 万元。',
    ]);
    expect(errors(['公务接待费预算、决算分别为0.52亿元、0.21亿元。'])).toEqual([
      'text-budget-figures error 公开说明!A1: 说明文字“公务接待费预算、决算分别为0.52亿元、0.21亿元”写决算为 0.21亿元，而财政拨款“三公”经费支出决算表中为 1,200.00 万元。',
    ]);
    // Its rate is of the two (text-budget).
    expect(errors(['“三公”经费预算、决算分别为3.49亿元、1.78亿元，完成预算的61%。'])).toEqual([
      'text-budget error 公开说明!A1: 说明文字“完成预算的61%”：按预算 3.49亿元、决算 1.78亿元 应为 51.00%，文中为 61%。',
    ]);
    // Another year's pair is not the tables'.
    expect(errors(['2019年“三公”经费预算、决算分别为3.6亿元、2.52亿元。'])).toEqual([]);
    // Nor two items' (分别 may share the amounts out among them: 因公出国's budget, 因公出国's 决算), held to the last (review r341).
    expect(errors(['因公出国（境）费、公务接待费预算、决算分别为0.4亿元、0.02亿元。', '因公出国（境）费和公务接待费预算、决算分别为0.4亿元、0.02亿元。'])).toEqual([]);
  });

  it('the 三公 of another scope (全口径, 行政单位, 政府性基金) is no figure of table 07: no 错误 (held to it before helper-h330)', () => {
    expect(
      errors([
        '全口径“三公”经费预算、决算分别为3.94亿元、1.87亿元。',
        '全口径“三公”经费实际支出1.87亿元。',
        '全口径“三公”经费预算为3.94亿元。',
        '行政单位“三公”经费预算3.94亿元，决算1.87亿元。',
        '行政单位“三公”经费支出1.87亿元。',
        '全口径公务接待费实际支出0.21亿元。',
        '政府性基金“三公”经费预算、决算分别为3.94亿元、1.87亿元。',
      ]),
    ).toEqual([]);
    // The department's units together (行政事业单位) are its whole: held to table 07 still.
    expect(errors(['行政事业单位“三公”经费支出1.87亿元。'])).toEqual([
      'text-figures error 公开说明!A1: 说明文字写“三公经费支出1.87亿元”，而财政拨款“三公”经费支出决算表中为 17,800.00 万元。',
    ]);
  });

  it('the year’s total with its subject in the sentence before (“三公”经费节支力度更为显著。以2020年为例，实际支出1.78亿元) is read (unread before helper-h330)', () => {
    // Its 比预算减少, now off, too (text-budget), as an item's is.
    expect(wrongAt('实际支出1.78亿元', '实际支出1.87亿元')).toEqual([
      'text-budget error 公开说明!A2: 说明文字“比预算减少1.71亿元”：按预算 3.49亿元、决算 1.87亿元 应为决算比预算少 1.62亿元。',
      'text-figures error 公开说明!A2: 说明文字写“三公经费实际支出1.87亿元”，而财政拨款“三公”经费支出决算表中为 17,800.00 万元。',
    ]);
    // Its 比预算减少 held to table 07's 预算 (unread before helper-h330).
    expect(wrongAt('比预算减少1.71亿元', '比预算减少1.17亿元')).toEqual([
      'text-budget error 公开说明!A2: 说明文字“比预算减少1.17亿元”：按预算 3.49亿元、决算 1.78亿元 应为决算比预算少 1.71亿元。',
    ]);
    // Only after a sentence about the 三公 alone, of this year and of table 07's scope: not a project's, another item's or scope's.
    expect(
      errors([
        '从预算执行情况看，“三公”经费节支力度更为显著。以2019年为例，实际支出1.87亿元，比预算减少1.17亿元。',
        '该项目绩效目标完成较好。实际支出1.87亿元，比预算减少1.17亿元。',
        '全口径“三公”经费节支力度更为显著。实际支出1.87亿元，比预算减少1.17亿元。',
        '“三公”经费和会议费节支力度更为显著。实际支出1.87亿元，比预算减少1.17亿元。',
        '“三公”经费节支力度更为显著，公务接待费压减明显。实际支出1.87亿元，比预算减少1.17亿元。',
        // A measure or plan for the 三公 is a 项's or a section's point, the amount after it maybe the 项's (review r341).
        '下一步将严控“三公”经费。实际支出1.87亿元，比预算减少1.17亿元。',
        '严控“三公”经费。实际支出1.87亿元，比预算减少1.17亿元。',
        '加强“三公”经费管理。以2020年为例，实际支出1.87亿元，比预算减少1.17亿元。',
        '七、绩效情况。严格控制“三公”经费。2020年实际支出1.87亿元。',
        // A statement naming nothing, not even that it is spent, may be another's (a 项's, named before: 上海 §五（三）).
        '主要用于：严格控制“三公”经费。年初预算为3.94亿元，支出决算为1.78亿元。',
        // …after a sentence telling how the 三公 went too (its 严格控制 above is a measure, kept out by that alone: review r341).
        '“三公”经费节支力度更为显著。年初预算为3.94亿元，支出决算为1.78亿元。',
      ]),
    ).toEqual([]);
  });

  it('a 压减 share (按50%进行压减) is no rate of the items', () => {
    expect(errors(['对公务接待费及公务用车购置及运行费按50%进行压减，因公出国（境）费按80%进行压减。'])).toEqual([]);
  });
});
