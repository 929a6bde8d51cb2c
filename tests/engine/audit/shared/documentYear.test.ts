/**
 * The one reading of a clause opening on another year than the document's (documentYear.ts: otherYearOpening, openedOnOtherYear),
 * which text-figures, text-shares, text-change-words and text-change-way share (helper-h318: each read it its own way before).
 * The document here is 2022's; `@` marks where a figure stands in the sentence.
 */
import { openedOnOtherYear, otherYearAt, otherYearOpening } from '../../../../src/engine/audit/shared/documentYear';

const YEAR = 2022;
/** otherYearAt's year for the figure at `@` in `marked` (the sentence without the mark). */
function yearAt(marked: string, year: number | undefined, stated?: number): number | undefined {
  const at = marked.indexOf('@');
  return otherYearAt(marked.replace('@', ''), at, year, stated);
}

describe('otherYearOpening: which words open another year’s clause, and where it ends', () => {
  it.each<[string, number]>([
    // A year, 上年 or 去年 at a sentence's start or after a ，；：.
    ['2021年度，本部门收入总计1801.23万元，支出总计@1801.23万元', 2021],
    ['上年度人员经费598.00万元，公用经费@92.95万元', 2021],
    ['去年“三公”经费支出@5.01万元', 2021],
    ['2022年度“三公”经费支出4.99万元；2020年度“三公”经费支出@5.30万元', 2020],
    ['2022年度“三公”经费支出4.99万元，2021年，“三公”经费支出@5.01万元', 2021],
    ['主要情况如下：2021年度收入总计@1801.23万元', 2021],
    // After a numbering (review r309), or the department named.
    ['一是2021年度一般公共预算财政拨款支出@1801.23万元', 2021],
    ['(一)2021年度收入总计@1801.23万元', 2021],
    ['第一，上年收入总计@1801.23万元', 2021],
    ['本部门2021年度收入总计@1801.23万元', 2021],
    // It runs on past its names and a list's ；s, to the sentence's end.
    ['2021年度“三公”经费支出5.01万元，其中：公务用车购置及运行维护费4.75万元；公务接待费@0.26万元', 2021],
    ['2021年度收入总计1801.23万元；支出总计@1801.23万元', 2021],
    ['2023年预算安排“三公”经费5.00万元；公务接待费@0.30万元', 2023],
    ['2021年度收入总计1.80亿元；支出总计@1.80亿元', 2021],
    ['2021年度收入总计1801.23万；支出总计@1801.23万元', 2021],
    // A year by its number compares with its own 上年 past a ；; 上年's 其中 list's ； ends nothing (review r324).
    ['2021年度“三公”经费支出5.01万元；“三公”经费支出@5.01万元，比上年减少0.50万元', 2021],
    ['上年“三公”经费支出5.01万元，其中：公务接待费0.26万元；公务用车购置及运行维护费@4.75万元，比上年增加0.10万元', 2021],
    // 上年同期 is last year's (helper-h243); so is 本年 in a line's name of last year's 决算 (helper-h255).
    ['上年同期，一般行政管理事务@50.00万元', 2021],
    ['上年决算中，本年财政拨款支出主要用于：行政运行@403.53万元', 2021],
    ['2021年度本年支出@1801.23万元', 2021],
  ])('%s: %d’s', (marked, year) => {
    expect(yearAt(marked, YEAR)).toBe(year);
  });

  it.each<[string]>([
    // This year's: named so, or after another year's clause (the clause ends where this year is named).
    ['2022年度收入总计@1488.29万元'],
    ['本年度收入总计@1488.29万元'],
    ['2021年度收入总计1801.23万元，2022年度支出总计@1488.29万元'],
    ['2021年度收入总计1801.23万元；本年支出总计@1488.29万元'],
    ['上年“三公”经费支出5.01万元，本年支出较上年减少@0.02万元'],
    ['上年财政拨款支出703.00万元，本年财政拨款支出1363.45万元，主要用于：行政运行@223.14万元'],
    ['去年支出5.01万元，今年支出@4.99万元'],
    // Past a ； after 上年's words, a part compared with 上年 (上年 compared with 上年 is no year: review r324).
    ['上年“三公”经费支出5.01万元；“三公”经费支出@4.90万元，比上年减少0.11万元'],
    ['去年“三公”经费支出5.01万元；“三公”经费支出@4.90万元，同比减少0.11万元'],
    // Another year's clause in words alone ends at its ； (review r324).
    ['2023年，我单位将继续压减支出；“三公”经费支出@4.90万元'],
    ['主要原因是：上年度接待任务较多；公务接待费支出@0.30万元'],
    // No clause opening: a comparison's year, a balance brought forward, none at all.
    ['与上年相比，收入总计减少@312.94万元'],
    ['收入总计比2021年减少@312.94万元'],
    ['上年结转和结余@70.00万元'],
    ['年末结转和结余@70.00万元'],
    ['收入总计@1488.29万元'],
    // A period running on, or two years' (helper-h288).
    ['2021年以来，“三公”经费支出减少@0.50万元'],
    ['2021年起，“三公”经费支出减少@0.50万元'],
    ['2021年至2022年，本单位“三公”经费累计支出@10.00万元'],
    ['2020年与2021年相比，“三公”经费支出减少@0.30万元'],
    ['2021年、2022年“三公”经费累计支出@10.00万元'],
    // An aside stating last year's figure of the item before: the change after it is this year's.
    ['2022年度收入总计1488.29万元，2021年度为1801.23万元，比上年减少@312.94万元'],
    ['人员经费577.84万元，上年为598.00万元，减少@20.16万元'],
    // Another sentence's year is no clause of this one.
    ['2021年度收入总计1801.23万元。收入总计@1488.29万元'],
  ])('%s: not another year’s', (marked) => {
    expect(yearAt(marked, YEAR)).toBeUndefined();
  });

  it('reads no other year where the document’s is unknown, nor the 说明数据’s stated year', () => {
    expect(yearAt('2021年度收入总计@1801.23万元', undefined)).toBeUndefined();
    expect(yearAt('2021年度收入总计@1801.23万元', 2022, 2021)).toBeUndefined();
  });

  it('gives where the clause opens and its period’s words end', () => {
    const s = '2022年度“三公”经费支出4.99万元；2021年，“三公”经费支出5.01万元';
    expect(otherYearOpening(s, s.length, YEAR)).toEqual({ year: 2021, word: '2021年', index: s.indexOf('；'), end: s.indexOf('2021年') + 5 });
  });
});

describe('openedOnOtherYear: a sentence opening on another year, the document’s named nowhere in it', () => {
  it.each<[string, boolean]>([
    ['2021年度，“三公”经费支出较上年下降', true],
    ['2020年，“三公”经费支出5.30万元，比上年减少', true],
    ['一是2021年度“三公”经费支出较上年减少', true],
    ['2021年度为598.00万元，比上年减少', true],
    ['2020年与2021年相比，“三公”经费支出减少', true],
    ['2023年起，“三公”经费支出减少', true],
    ['2022年度“三公”经费支出4.99万元，比上年减少', false],
    ['本年“三公”经费支出比上年减少', false],
    // 上年's clause is otherYearOpening's to read (its change may be the pair's, this year's).
    ['上年“三公”经费支出5.01万元，比上年减少', false],
    // The document's year named after it: 2022年, 本年, 今年.
    ['2021年“三公”经费支出5.01万元，2022年度支出4.99万元，比上年减少', false],
    ['2021年“三公”经费支出5.01万元，本年支出4.99万元，比上年减少', false],
    ['2021年“三公”经费支出5.01万元，今年比上年减少', false],
    // A period from an earlier year on (helper-h288).
    ['2021年以来，“三公”经费支出较上年减少', false],
    ['2021年至今，公务接待费支出较上年减少', false],
  ])('%s: %s', (said, opened) => {
    expect(openedOnOtherYear(said, YEAR)).toBe(opened);
  });

  it('is false where the document’s year is unknown', () => {
    expect(openedOnOtherYear('2021年度，“三公”经费支出较上年下降', undefined)).toBe(false);
  });
});
