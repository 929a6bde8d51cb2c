/**
 * 福建 福州市鼓楼区 2021年度全区及区本级财政决算收支情况 (stored copy at
 * http://gl.gov.cn/xjwz/zwgkml/zdlyxxgk/czzj/bjzfyjsgk/bjzfjsgk/202210/t20221012_4449761.htm): each fund's balance in 亿元,
 * its parts, 收入合计, 支出合计 and 年终结余 (一般公共预算 55.60 − 49.10 = 6.50; 区本级 54.95 − 48.54 = 6.41; 政府性基金
 * 42.5 − 19.43 = 23.07: all right as published). The page prints no table: its 年终结余 is read against its own 收入合计 and
 * 支出(合计). Unread before helper-257 (text-differences read 差额 alone, in 万元 or 元): a wrong 年终结余 passed.
 */
import { textFindings } from '../../support/sampleText';

const differenceFindings = (lines: string | readonly string[]) =>
  textFindings(lines)
    .filter((f) => f.rule === 'text-differences')
    .map((f) => f.message);

const PAGE = [
  '全区一般公共预算收入35.01亿元，上级补助收入11.96亿元，上年结余2.38亿元，债务转贷收入2.67亿元，动用预算稳定调节基金3.56亿元，调入资金229万元（从国有资本经营预算收入调入）。一般公共预算支出30.09亿元，上解上级支出11.30亿元，债务还本支出0.22亿元，安排预算稳定调节基金7.49亿元。收入合计55.60亿元，支出合计49.10亿元，年终结余6.50亿元。',
  '全区政府性基金上年结余26.38亿元，上级补助收入14.78亿元，债券转贷收入1.34亿元，调入资金10万元，收入合计42.5亿元，支出19.43亿元，年终结余23.07亿元。',
  '区本级一般公共预算支出29.35亿元，上解上级支出11.30亿元，补助下级（洪山镇）支出0.23亿元，债务还本支出0.22亿元，安排预算稳定调节基金7.44亿元。区本级财政收入合计54.95亿元，支出48.54亿元，年终结余6.41亿元。',
  '全区社会保险基金预算收入0.28亿元，上年结余0.28亿元，支出0.28亿元，年末滚存结余0.28亿元。',
];

describe('鼓楼区 2021 (福州): 收入合计…亿元，支出合计…亿元，年终结余…亿元', () => {
  it('as published: each 年终结余 is its 收入合计 less its 支出', () => {
    expect(differenceFindings(PAGE)).toEqual([]);
  });

  it.each([
    ['年终结余6.50亿元', '年终结余6.05亿元', '说明文字写“年终结余6.05亿元”，而前述 55.60亿元 与 49.10亿元 之差为 65,000.00 万元。'],
    ['收入合计55.60亿元', '收入合计56.60亿元', '说明文字写“年终结余6.50亿元”，而前述 56.60亿元 与 49.10亿元 之差为 75,000.00 万元。'],
    ['年终结余23.07亿元', '年终结余32.07亿元', '说明文字写“年终结余32.07亿元”，而前述 42.5亿元 与 19.43亿元 之差为 230,700.00 万元。'],
    ['年终结余6.41亿元', '年终结余6.14亿元', '说明文字写“年终结余6.14亿元”，而前述 54.95亿元 与 48.54亿元 之差为 64,100.00 万元。'],
  ])('a figure made wrong is found: %s → %s', (from, to, message) => {
    const at = PAGE.findIndex((l) => l.includes(from));
    expect(differenceFindings(PAGE.map((l, i) => (i === at ? l.replace(from, to) : l)))).toEqual([message]);
  });

  it('rounded to 0.01 亿元 each, a 结余 one step off the difference of the rounded two is right', () => {
    expect(differenceFindings('收入合计55.60亿元，支出合计49.10亿元，年终结余6.51亿元。')).toEqual([]);
    expect(differenceFindings('收入合计55.60亿元，支出合计49.10亿元，年终结余6.52亿元。')).toHaveLength(1);
  });

  it('not a 年终结余 of the year’s income alone (本年收入合计 leaves out the 上年结余), nor after other names', () => {
    expect(differenceFindings('本年收入合计1372.79万元，本年支出合计1200.00万元，年终结余300.00万元。')).toEqual([]);
    expect(differenceFindings('上级补助收入86万元，调出资金229万元，年终结余86万元。')).toEqual([]);
  });

  it('a 差额 in 亿元 is read as one in 万元', () => {
    expect(differenceFindings('本年收入合计1.37亿元，本年支出合计1.49亿元，差额0.12亿元。')).toEqual([]);
    expect(differenceFindings('本年收入合计1.37亿元，本年支出合计1.49亿元，差额0.21亿元。')).toHaveLength(1);
  });
});
