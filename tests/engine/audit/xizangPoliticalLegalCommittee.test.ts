/**
 * 西藏 中共西藏自治区委员会政法委员会2024年度部门决算公开报告 (https://zfw.xzdw.gov.cn/yw/202510/t20251025_617382.html, the
 * committee's own site; the stored copy ends in §一（一）: its 人员 and §一 are read here): 收入总计 7,562.45 = 本年收入 7,477.50 + 年初
 * 结转结余 84.95. Its 支出总计 6,632.48 is the 本年支出 (table 01's 总计 balances the 收入总计: 7,562.45, the 929.97 left the
 * 年末结转和结余), its 上年 4,569.69 (6,632.48 − 2,062.79); the 收入总计's 上年 6,149.75 (7,562.45 − 1,412.70).
 * Its rates are wrong as published: 1,412.70 ÷ (7,562.45 + 1,412.70) = 15.74% and 2,062.79 ÷ (6,632.48 + 2,062.79) = 23.72%,
 * each change over this year's amount plus itself, not over last year's (22.97%, 45.14%). The pair of changes and of rates
 * (收入、支出总计各增加1412.7万元、2062.79万元，增长15.74%、23.72%: a unit after each amount) was unread before helper-h335: both
 * wrong rates passed.
 */
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { textFindings } from '../../support/sampleText';
import { carryOverBook } from '../../support/oneItemBook';
import { shanghaiFixture } from '../../support/referenceText';
import { shanghai2024Supplement } from '../../../fixtures/shanghai-2024/supplement';

const grid = carryOverBook(2024, 7477.5, 84.95, 6632.48);
const supplement = JSON.parse(JSON.stringify(changji2022Supplement));
supplement.单位名称 = '中共西藏自治区委员会政法委员会';
supplement.年度 = 2024;
for (const key of ['收入总计', '支出总计']) Object.assign(supplement.指标[key], { 上年数: 6149.75 });
supplement.指标.本年支出合计 = { 上年数: 4569.69 };
supplement.事项.实有人数 = 107;

const REASON =
  '主要原因：一是2024年度基本支出中新增退休人员职业年金、因公未休假补助、医疗费补助等预算；二是2024年项目中新增机关办公楼维修经费、区党委政法委机关智能文件跟踪交换系统、机关物业管理费等预算，并按照合同约定支出。';
const STAFF =
  '（一）部门主要职责职能，组织架构、人员及资产等基本情况。区党委政法委为一级预算单位，无下属二级预算单位。我委下设13个内设机构，1个纪检派驻机构。2024年我委人员编制数为93人，其中：行政编制 64人，事业编制29人，截至2024年12月实有人数107人。';
const PUBLISHED = [
  STAFF,
  `2024年度收入总计7562.45万元，支出总计6632.48万元，与2023年度相比，收入、支出总计各增加1412.7万元、2062.79万元，增长15.74%、23.72%。${REASON}`,
  '（一）收入总计主要构成。',
  '本年收入7477.5万元；年初结转结余84.95万元。',
];
/** The published page with its 支出总计 the table's and its rates right: what each wrong figure is measured from. */
const RIGHT = [
  STAFF,
  `2024年度收入总计7562.45万元，支出总计7562.45万元，与2023年度相比，收入、支出总计各增加1412.7万元、1412.7万元，增长22.97%、22.97%。${REASON}`,
  ...PUBLISHED.slice(2),
];
const findings = (lines: readonly string[]) => textFindings(lines, grid, supplement).map((f) => `${f.rule} ${f.severity} ${f.cells[0]}: ${f.message}`);
/** RIGHT with the `nth` (1-based) `from` of line `at` made `to`. */
const wrongIn = (at: number, from: string, to: string, nth = 1) =>
  findings(
    RIGHT.map((l, i) => {
      if (i !== at - 1) return l;
      let seen = 0;
      return l.replace(new RegExp(from.replace(/[.%]/g, '\\$&'), 'g'), (m) => (++seen === nth ? to : m));
    }),
  );

describe('西藏 区党委政法委 2024: 收入、支出总计各增加1412.7万元、2062.79万元，增长15.74%、23.72%', () => {
  // Its rates each a change over this year's plus itself: one 错误 at the pair (the message the first's). Its 支出 side, the
  // 本年支出 named 支出总计, is held to table 01's 总计: its amount and change are 错误 too (the report of helper-h335).
  it('as published: its wrong rates are a 错误 (unread before helper-h335), its 支出总计 (the 本年支出) is not the table’s 总计', () => {
    expect(findings(PUBLISHED)).toEqual([
      'text-change-words error 公开说明!A2: 说明文字“,增长15.74%、23.72%”：收入总计本年 7,562.45万元，说明数据的上年数 6,149.75 万元，与上年相比应为增长22.97%。',
      'text-change-words error 公开说明!A2: 说明文字“收入、支出总计各增加1412.7万元、2062.79万元”：支出总计本年 7,562.45万元，说明数据的上年数 6,149.75 万元，与上年相比应为增加1,412.70 万元。',
      'text-figures error 公开说明!A2: 说明文字写“支出总计6632.48万元”，而收入支出决算总表中为 7,562.45 万元。',
    ]);
  });

  it('with its 支出总计 the table’s and its rates right: no finding', () => {
    expect(findings(RIGHT)).toEqual([]);
  });

  it.each([
    [2, '7562.45', '7526.45', 1, 'text-figures error 公开说明!A2: 说明文字写“收入总计7526.45万元”，而收入支出决算总表中为 7,562.45 万元。'],
    [2, '7562.45', '7526.45', 2, 'text-figures error 公开说明!A2: 说明文字写“支出总计7526.45万元”，而收入支出决算总表中为 7,562.45 万元。'],
    [2, '1412.7', '1421.7', 1, 'text-change-words error 公开说明!A2: 说明文字“收入、支出总计各增加1421.7万元、1412.7万元”：收入总计本年 7,562.45万元，说明数据的上年数 6,149.75 万元，与上年相比应为增加1,412.70 万元。'],
    [2, '1412.7', '1421.7', 2, 'text-change-words error 公开说明!A2: 说明文字“收入、支出总计各增加1412.7万元、1421.7万元”：支出总计本年 7,562.45万元，说明数据的上年数 6,149.75 万元，与上年相比应为增加1,412.70 万元。'],
    [2, '22.97%', '29.27%', 1, 'text-change-words error 公开说明!A2: 说明文字“,增长29.27%、22.97%”：收入总计本年 7,562.45万元，说明数据的上年数 6,149.75 万元，与上年相比应为增长22.97%。'],
    [2, '22.97%', '29.27%', 2, 'text-change-words error 公开说明!A2: 说明文字“,增长22.97%、29.27%”：支出总计本年 7,562.45万元，说明数据的上年数 6,149.75 万元，与上年相比应为增长22.97%。'],
    [4, '7477.5', '7747.5', 1, 'text-figures error 公开说明!A4: 说明文字写“本年收入7747.5万元”，而收入支出决算总表中为 7,477.50 万元。'],
    [1, '实有人数107人', '实有人数108人', 1, 'text-counts error 公开说明!A1: 说明文字写“实有人数108人”，而说明数据“事项·实有人数”为 107。'],
    // 年初结转结余 (no 和) was unread before helper-h335.
    [4, '84.95', '89.45', 1, 'text-figures error 公开说明!A4: 说明文字写“年初结转结余89.45万元”，而收入支出决算总表中为 84.95 万元。'],
  ])('line %i: %s made %s (occurrence %i) is one 错误', (at, from, to, nth, finding) => {
    expect(wrongIn(at, from, to, nth)).toEqual([finding]);
  });

  // Table 04's in a sentence about 财政拨款 (0 in this book: the sample's), a fund table's in one about 政府性基金: not table 01's 84.95.
  it('年初结转结余 about 财政拨款 or 政府性基金 is that table’s, not table 01’s', () => {
    expect(findings(['2024年度财政拨款收入总计1363.45万元，其中：年初结转结余0万元。'])).toEqual([]);
    expect(findings(['2024年度财政拨款收入总计1363.45万元，其中：年初结转结余84.95万元。'])).toEqual([
      expect.stringMatching(/^text-figures error 公开说明!A1: 说明文字写“年初财政拨款结转和结余84\.95万元”，而财政拨款收入支出决算总表中为 0\.00 万元。$/),
    ]);
    expect(findings(['2024年度政府性基金预算财政拨款年初结转结余0万元，本年收入0万元。'])).toEqual([]);
  });

  // A part's balance (基本支出, 项目支出, a project's, a 项's) or the part a year used is no table's: held to table 01's 929.97 or
  // 84.95, each right text was a 错误 (review r336); the whole before its parts is still read.
  it.each([
    '年末结转结余929.97万元，其中：基本支出年末结转结余100.00万元，项目支出年末结转结余829.97万元。',
    '项目支出年末结转和结余829.97万元。',
    '网络安全项目年末结转结余10.00万元。',
    '行政运行（2010301）年初结转结余10.00万元。',
    '2024年度本年支出6632.48万元，其中使用年初结转结余10.00万元。',
    '动用上年结转和结余10.00万元。',
  ])('a part’s balance is not table 01’s: %s', (line) => {
    expect(findings([line])).toEqual([]);
  });

  it('the whole before its parts is still read: 年末结转结余929.79万元，其中：基本支出年末结转结余…', () => {
    expect(findings(['年末结转结余929.79万元，其中：基本支出年末结转结余100.00万元，项目支出年末结转结余829.97万元。'])).toEqual([
      'text-figures error 公开说明!A1: 说明文字写“年末结转结余929.79万元”，而收入支出决算总表中为 929.97 万元。',
    ]);
  });

  // §四's sentence whose subject is 财政拨款: its balances are table 04's (0.00 here), not table 01's 84.95 and 929.97 (review r336:
  // held to table 01's, a right text was two 错误); of 一般公共预算 alone no labelled figure: unread.
  it('a balance in a sentence opening on 财政拨款 is table 04’s', () => {
    const balances = (line: string) => findings([line]).filter((f) => f.includes('结转'));
    expect(balances('2024年度财政拨款收入1363.45万元，年初结转结余0万元，本年支出1363.45万元，年末结转结余0万元。')).toEqual([]);
    expect(balances('2024年度财政拨款收入1363.45万元，年初结转和结余0万元，本年支出1363.45万元，年末结转和结余5.00万元。')).toEqual([
      'text-figures error 公开说明!A1: 说明文字写“年末财政拨款结转和结余5.00万元”，而财政拨款收入支出决算总表中为 0.00 万元。',
    ]);
    expect(balances('2024年度一般公共预算财政拨款支出1363.45万元，年末结转结余0万元。')).toEqual([]);
    // 财政拨款 as a part listed after the department's total: the department's balance.
    expect(balances('2024年度收入总计7562.45万元，其中：财政拨款收入7477.5万元，年初结转结余0万元。')).toEqual([
      'text-figures error 公开说明!A1: 说明文字写“年初结转结余0万元”，而收入支出决算总表中为 84.95 万元。',
    ]);
  });

  // The filled 上海 fixture's table 08: 年初 10.00 (table 01's is another figure).
  it('政府性基金预算财政拨款年初结转结余 is table 08’s', () => {
    const fund = (line: string) => textFindings([line], shanghaiFixture(), shanghai2024Supplement).map((f) => `${f.rule} ${f.severity}: ${f.message}`);
    expect(fund('政府性基金预算财政拨款年初结转结余10.00万元，本年收入150.00万元，本年支出145.60万元，年末结转结余14.40万元。')).toEqual([]);
    expect(fund('政府性基金预算财政拨款年初结转结余11.00万元，本年收入150.00万元，本年支出145.60万元，年末结转结余14.40万元。')).toEqual([
      'text-figures error: 说明文字写“政府性基金年初结转结余11.00万元”，而政府性基金预算财政拨款收入支出决算表中为 10.00 万元。',
    ]);
  });
});
