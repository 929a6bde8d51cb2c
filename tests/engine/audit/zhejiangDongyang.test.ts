/**
 * 浙江 金华 东阳市 2023年财政收支决算情况 (stored copy at http://www.dongyang.gov.cn/art/2024/9/18/art_1229304178_4185490.html):
 * each fund's income and expenditure in 亿元, each with its rates (完成调整后预算的…%，比上年增长…%), then, for the 社会保险基金,
 * the year's 收支结余 (22.39 − 19.85 = 2.54: right as published). The page prints no table and no 上年 figure: its rates
 * cannot be checked, its 收支结余 is read against its own income and expenditure. Unread before helper-257 (text-differences
 * read a 差额 right after its two amounts, in 万元 or 元): a wrong 收支结余 passed.
 */
import { textFindings } from '../../support/sampleText';

const differenceFindings = (lines: string | readonly string[]) =>
  textFindings(lines)
    .filter((f) => f.rule === 'text-differences')
    .map((f) => f.message);

const PAGE = [
  '2023年财政总收入146.43亿元，完成调整后预算的98.9%，比上年增长6.7%。',
  '2023年一般公共预算支出112.85亿元，完成调整后预算的94.8%，比上年下降2.2%。',
  '2023年完成政府性基金预算收入104亿元，完成调整后预算的91.6%，比上年增长4.1%。',
  '政府性基金预算支出140.42亿元，完成调整后预算的99.2%，比上年增长19.3%。',
  '2023年国有资本经营预算收入0.41亿元，完成调整后预算的100%，比上年增长16.1%；国有资本经营预算支出0.2亿元，完成调整后预算的100%，比上年增长16.1%。另调出0.2亿元至一般公共预算。',
  '2023年社会保险基金收入22.39亿元，比上年增长7.3%；社会保险基金支出19.85亿元，比上年增长19.8%。2023年收支结余2.54亿元，历年累计结余21.76亿元。',
];

describe('东阳 2023 (金华): …收入…亿元，比上年增长…%；…支出…亿元，比上年增长…%。收支结余…亿元', () => {
  it('as published: no finding on its text (its 收支结余 is its income less its expenditure)', () => {
    expect(textFindings(PAGE).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it.each([
    ['收支结余2.54亿元', '收支结余2.45亿元', '说明文字写“收支结余2.45亿元”，而前述 22.39亿元 与 19.85亿元 之差为 25,400.00 万元。'],
    ['社会保险基金支出19.85亿元', '社会保险基金支出18.95亿元', '说明文字写“收支结余2.54亿元”，而前述 22.39亿元 与 18.95亿元 之差为 34,400.00 万元。'],
  ])('a figure made wrong is found: %s → %s', (from, to, message) => {
    expect(differenceFindings(PAGE.map((l) => l.replace(from, to)))).toEqual([message]);
  });

  it('in 万元, with one rate or none, in one sentence or two', () => {
    expect(differenceFindings('本年收入合计1372.79万元，比上年增长5.2%；本年支出合计1200.00万元，比上年下降3.1%，收支结余172.79万元。')).toEqual([]);
    expect(differenceFindings('本年收入合计1372.79万元；本年支出合计1200.00万元。本年收支结余127.79万元。')).toHaveLength(1);
  });

  it('not after the last part of a 其中 list of the income (…其中：财政拨款收入…；其他收入115.50万元，占7.76%；本年支出合计…)', () => {
    // helper-h262: 其他收入 was read as the income (115.50 − 1,372.79): a right 收支结余 (1,488.29 − 1,372.79) was a 错误.
    expect(
      differenceFindings('本年收入合计1488.29万元，其中：财政拨款收入1372.79万元，占92.24%；其他收入115.50万元，占7.76%；本年支出合计1372.79万元。收支结余115.50万元。'),
    ).toEqual([]);
  });

  it('not after a 收入总计 (balanced by its 支出总计)', () => {
    expect(differenceFindings('收入总计1488.29万元，支出总计1488.29万元，收支结余115.50万元。')).toEqual([]);
    expect(differenceFindings('收入总计1488.29万元，本年支出合计1372.79万元，收支结余-72.79万元。')).toEqual([]);
  });
});
