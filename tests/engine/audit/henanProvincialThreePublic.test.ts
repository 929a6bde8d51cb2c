/**
 * 河南 2013年省级“三公”经费 (新华网郑州 2013-08-30, quoting the 河南省财政厅's 决算; stored copy at
 * http://xczjs.com/content-10-733-1.html). Its figures in 亿元, each change a bare rate after the amount: 9.5亿元，下降13.4%;
 * 因公出国（境）费0.4亿元，下降30.9%; 公务接待费2.3亿元，下降36.4%; 公务用车购置及运行维护费6.8亿元，增长0.7%. Table 07 rebuilt with
 * amounts in 万元 that round to them (3,750 + 67,520 + 23,450 = 94,720; 购置 4,520 and 运行 63,000 chosen, the page has none; the
 * 预算 chosen, the page compares none), the 上年数 (说明数据) so that each rate is right at the 0.1% written (5,426.92; 67,050.65;
 * 36,871.07; total 109,348.64: 13.38%). Every figure of the page is right.
 * Before helper-h302 the total's rate was unread, a wrong rate or way passing: a bare rate after this year's figure was read
 * only in a sentence opening on the year (here …账本显示，2013年省级…: the year opens the figure's clause) and with an amount
 * in 万元 (9.5亿元 was no figure to it). Before helper-h313 the items' rates were unread too: in a sentence opening on 其中
 * after the total's bare rate (itemAfterComparison took only a head compared in words, 比上年…), and 公务用车购置及运行维护费6.8亿元，
 * 增长0.7% in a sentence of its own after that list, neither naming a year (listGoesOn).
 */
import { textFindings } from '../../support/sampleText';
import { threePublicBook, threePublicSupplement } from '../../support/threePublicPage';

const GRID = threePublicBook(
  2013,
  { total: 100000, overseasTravel: 4000, vehicles: 70000, vehiclePurchase: 5000, vehicleOperation: 65000, reception: 26000 },
  { total: 94720, overseasTravel: 3750, vehicles: 67520, vehiclePurchase: 4520, vehicleOperation: 63000, reception: 23450 },
);
const SUPPLEMENT = threePublicSupplement('河南省省级', 2013, { 三公经费合计: 109348.64, '因公出国（境）费': 5426.92, 公务用车购置及运行维护费: 67050.65, 公务接待费: 36871.07 });
const PAGE = [
  '河南省财政厅晒出的“账本”显示，2013年省级（包括省级行政单位、事业单位和其他单位）“三公”经费财政拨款支出9.5亿元，下降13.4%。其中，因公出国（境）费0.4亿元，下降30.9%；公务接待费2.3亿元，下降36.4%。',
  '公务用车购置及运行维护费6.8亿元，增长0.7%。据介绍，出现增长的主要原因是河南省从2011年4月份起在全省范围内开展公务用车清理核编工作，暂停行政事业单位新购车辆审批。',
];
const findings = (lines: readonly string[]) => textFindings(lines, GRID, SUPPLEMENT).map((f) => `${f.rule} ${f.severity} ${f.cells[0]}: ${f.message}`);
const wrongAt = (from: string, to: string) => {
  const wrong = PAGE.map((l) => l.replace(from, to));
  expect(wrong).not.toEqual(PAGE);
  return findings(wrong);
};
const TOTAL_RATE = (stated: string) =>
  `text-change-words error 公开说明!A1: 说明文字“${stated}”：三公经费合计本年 94,720.00万元，说明数据的上年数 109,348.64 万元，与上年相比应为下降13.38%。`;

const ITEM_RATE = (stated: string, item: string, current: string, prior: string, expected: string, what = '上年数') =>
  `text-change-words error 公开说明!A1: 说明文字“${stated}”：${item}本年 ${current}万元，说明数据的${what} ${prior} 万元，与上年相比应为${expected}。`;

describe('河南 省级 2013: “三公”经费财政拨款支出9.5亿元，下降13.4%', () => {
  it('as published: no finding (amounts in 亿元 held at the 0.1 亿 written, rates at the 0.1%)', () => {
    expect(findings(PAGE)).toEqual([]);
  });

  it.each([
    ['支出9.5亿元', '支出9.7亿元', 'text-figures error 公开说明!A1: 说明文字写“三公经费财政拨款支出9.7亿元”，而财政拨款“三公”经费支出决算表中为 94,720.00 万元。'],
    ['费0.4亿元', '费0.6亿元', 'text-figures error 公开说明!A1: 说明文字写“因公出国(境)费0.6亿元”，而财政拨款“三公”经费支出决算表中为 3,750.00 万元。'],
    ['接待费2.3亿元', '接待费2.5亿元', 'text-figures error 公开说明!A1: 说明文字写“公务接待费2.5亿元”，而财政拨款“三公”经费支出决算表中为 23,450.00 万元。'],
    ['维护费6.8亿元', '维护费6.5亿元', 'text-figures error 公开说明!A2: 说明文字写“公务用车购置及运行维护费6.5亿元”，而财政拨款“三公”经费支出决算表中为 67,520.00 万元。'],
    // Unread before helper-h302:
    ['下降13.4%', '下降14.3%', TOTAL_RATE('下降14.3%')],
    ['下降13.4%', '下降13.5%', TOTAL_RATE('下降13.5%')],
    ['下降13.4%', '增长13.4%', TOTAL_RATE('增长13.4%')],
    // Unread before helper-h313:
    ['下降30.9%', '下降20.9%', ITEM_RATE('下降20.9%', '因公出国（境）费', '3,750.00', '5,426.92', '下降30.90%')],
    ['下降36.4%', '增长36.4%', ITEM_RATE('增长36.4%', '公务接待费', '23,450.00', '36,871.07', '下降36.40%')],
    ['增长0.7%', '增长1.7%', ITEM_RATE('增长1.7%', '公务用车购置及运行维护费', '67,520.00', '67,050.65', '增长0.70%').replace('A1', 'A2')],
    ['增长0.7%', '下降0.7%', ITEM_RATE('下降0.7%', '公务用车购置及运行维护费', '67,520.00', '67,050.65', '增长0.70%').replace('A1', 'A2')],
  ])('a figure made wrong is one 错误 at it: %s → %s', (from, to, finding) => {
    expect(wrongAt(from, to)).toEqual([finding]);
  });

  it('each half alone: the year opening the clause (in 万元), the amount in 亿元 (the sentence opening on the year)', () => {
    expect(findings(['经汇总，2013年省级“三公”经费财政拨款支出94720万元，下降14.3%。'])).toEqual([TOTAL_RATE('下降14.3%').replace('94,720.00万元', '94720万元')]);
    expect(findings(['经汇总，2013年省级“三公”经费财政拨款支出94720万元，下降13.4%。'])).toEqual([]);
    expect(findings(['2013年省级“三公”经费财政拨款支出9.5亿元，下降14.3%。'])).toEqual([TOTAL_RATE('下降14.3%')]);
    expect(findings(['2013年省级“三公”经费财政拨款支出9.5亿元，下降13.4%。'])).toEqual([]);
  });

  it('a change in 亿 after an amount in 亿 is of the tables’ figure it rounds (94,720.00万元), not of 9.5亿元 itself', () => {
    // Review r310: 10.93亿 − 9.5亿 gave 应为减少1.43亿元, a right 减少1.46亿元 a 错误 (比上年… before helper-h302 too). Quoted in the
    // text's 亿元, at two decimals: 9.47, whose difference from 10.93 is the 1.46 wanted (helper-h333: it said 本年 94,720.00万元).
    expect(findings(['经汇总，2013年省级“三公”经费财政拨款支出9.5亿元，减少1.46亿元。'])).toEqual([]);
    expect(findings(['2013年省级“三公”经费财政拨款支出9.5亿元，比上年减少1.46亿元。'])).toEqual([]);
    expect(findings(['经汇总，2013年省级“三公”经费财政拨款支出9.5亿元，减少1.43亿元。'])).toEqual([
      'text-change-words error 公开说明!A1: 说明文字“减少1.43亿元”：三公经费合计本年 9.47亿元，说明数据的上年数 10.93亿元，与上年相比应为减少1.46亿元。',
    ]);
  });

  it('the year opening the figure’s clause is the document’s: another year’s figure and rate stay unread', () => {
    expect(findings(['河南省财政厅晒出的“账本”显示，2012年省级“三公”经费财政拨款支出10.9亿元，下降5.0%。'])).toEqual([]);
  });

  it('nor after words of a comparison with another year before the clause (湖北 鄂城区’s 与2019年相比，2022年…，增加…)', () => {
    expect(findings(['与2012年相比，2013年省级“三公”经费财政拨款支出9.5亿元，下降5.3%。'])).toEqual([]);
    expect(findings(['经汇总，较2012年，2013年省级“三公”经费财政拨款支出9.5亿元，下降5.3%。'])).toEqual([]);
    // Nor after words of other bases (review r310: held to the 上年数, each a 错误).
    expect(findings(['剔除一次性因素后，2013年省级“三公”经费财政拨款支出9.5亿元，下降5.3%。'])).toEqual([]);
    expect(findings(['扣除新增机构支出，2013年省级“三公”经费财政拨款支出9.5亿元，下降5.3%。'])).toEqual([]);
    expect(findings(['同口径，2013年省级“三公”经费财政拨款支出9.5亿元，下降5.3%。'])).toEqual([]);
  });

  it('a rate after a 预算 named in the paragraph is not held to last year', () => {
    expect(findings(['据介绍，2013年省级“三公”经费预算10亿元。河南省财政厅晒出的“账本”显示，2013年省级“三公”经费财政拨款支出9.5亿元，下降5.3%。'])).toEqual([]);
  });
});

describe('河南 2013: the items’ rates after 其中 and the car items’ sentence after that list (helper-h313)', () => {
  const LIST = '2013年省级“三公”经费财政拨款支出94720万元，下降13.4%。其中，因公出国（境）费3750万元，下降30.9%；公务接待费23450万元，下降36.4%。';

  it('in 万元 too: right, nothing; one rate wrong, one 错误 at it', () => {
    expect(findings([LIST])).toEqual([]);
    expect(findings([LIST.replace('下降36.4%', '下降26.4%')])).toEqual([ITEM_RATE('下降26.4%', '公务接待费', '23450', '36,871.07', '下降36.40%')]);
    // The list in the total's sentence, after its rate.
    expect(findings([LIST.replace('下降13.4%。其中', '下降13.4%，其中').replace('下降30.9%', '下降31.9%')])).toEqual([
      ITEM_RATE('下降31.9%', '因公出国（境）费', '3750', '5,426.92', '下降30.90%'),
    ]);
  });

  it('not where the whole’s clause compares no year: a 预算’s rate, another year, words of other bases', () => {
    const wrongItems = (head: string) => [`${head}其中，因公出国（境）费0.4亿元，下降20.9%；公务接待费2.3亿元，下降26.4%。`, '公务用车购置及运行维护费6.8亿元，增长1.7%。'];
    expect(findings(wrongItems('2013年省级“三公”经费财政拨款支出9.5亿元，完成预算的94.7%。'))).toEqual([]);
    expect(findings(wrongItems('2012年省级“三公”经费财政拨款支出10.9亿元，下降5.0%。'))).toEqual([]);
    expect(findings(wrongItems('剔除一次性因素后，2013年省级“三公”经费财政拨款支出9.5亿元，下降5.3%。'))).toEqual([]);
    expect(findings(wrongItems('2013年省级“三公”经费财政拨款支出9.5亿元。'))).toEqual([]);
  });

  // review r327: items of the whole by scope, each naming the “三公” again, read as the whole (合计: 下降13.38%), were 错误.
  it('not items naming the whole again (行政单位“三公”经费…, a fund’s): a part by scope, its rate not the whole’s', () => {
    const rates = (list: string) => findings([`2013年省级“三公”经费财政拨款支出9.5亿元，下降13.4%。其中，${list}`]).filter((f) => f.startsWith('text-change-words'));
    expect(rates('行政单位“三公”经费6.0亿元，下降10.0%；事业单位“三公”经费3.5亿元，下降18.0%。')).toEqual([]);
    expect(rates('一般公共预算财政拨款“三公”经费9.0亿元，下降10.0%；政府性基金预算财政拨款“三公”经费0.5亿元，增长5.0%。')).toEqual([]);
    // Its items still read after such a list of another scope’s.
    expect(rates('行政单位“三公”经费6.0亿元，下降10.0%；公务接待费2.3亿元，下降26.4%。')).toEqual([ITEM_RATE('下降26.4%', '公务接待费', '23,450.00', '36,871.07', '下降36.40%')]);
  });

  it('the car items’ sentence only right after such a list: alone, or after a list of the items’ 预算, unread', () => {
    expect(findings(['公务用车购置及运行维护费6.8亿元，增长1.7%。'])).toEqual([]);
    // The list’s paragraph right over it only (河南’s), not with another paragraph between.
    expect(findings([PAGE[0]!, '据介绍，省级“三公”经费支出有所下降。', '公务用车购置及运行维护费6.8亿元，增长1.7%。'])).toEqual([]);
    expect(findings(['据介绍，省级“三公”经费支出有所下降。公务用车购置及运行维护费6.8亿元，增长1.7%。'])).toEqual([]);
    expect(
      findings(['2013年省级“三公”经费财政拨款支出9.5亿元，下降13.4%。其中，因公出国（境）费0.4亿元，比预算减少0.0亿元；公务接待费2.3亿元，减少0.3亿元。公务用车购置及运行维护费6.8亿元，减少0.2亿元。']),
    ).toEqual([]);
  });

  // A 说明数据 typing the 上年数 of 购置费 and 运行维护费 alone (4,000.00 + 63,050.65 = 67,050.65): the sum's is theirs.
  const PARTS_ONLY = threePublicSupplement('河南省省级', 2013, {
    三公经费合计: 109348.64,
    '因公出国（境）费': 5426.92,
    公务用车购置费: 4000,
    公务用车运行维护费: 63050.65,
    公务接待费: 36871.07,
  });
  const withParts = (lines: readonly string[]) => textFindings(lines, GRID, PARTS_ONLY).map((f) => `${f.rule} ${f.severity} ${f.cells[0]}: ${f.message}`);
  const OF_PARTS = '购置费与运行维护费上年数之和';

  it('the car items’ sum held to its parts’ 上年数 where the 说明数据 gives none of its own', () => {
    expect(withParts(PAGE)).toEqual([]);
    expect(withParts(PAGE.map((l) => l.replace('增长0.7%', '增长1.7%')))).toEqual([
      ITEM_RATE('增长1.7%', '公务用车购置及运行维护费', '67,520.00', '67,050.65', '增长0.70%', OF_PARTS).replace('A1', 'A2'),
    ]);
    expect(withParts(['2013年公务用车购置费及运行维护费比上年增加469.35万元。'])).toEqual([]);
    expect(withParts(['2013年公务用车购置费及运行维护费比上年增加496.35万元。'])).toEqual([
      `text-change-words error 公开说明!A1: 说明文字“增加496.35万元”：公务用车购置及运行维护费本年 67,520.00万元，说明数据的${OF_PARTS} 67,050.65 万元，与上年相比应为增加469.35 万元。`,
    ]);
    expect(withParts(['2013年公务用车购置费及运行维护费比上年有所增加。'])).toEqual([]);
    expect(withParts(['2013年公务用车购置费及运行维护费比上年有所减少。']).map((f) => f.split(':')[0])).toEqual(['text-change-way error 公开说明!A1']);
  });

  // review r327: the sum's own 上年数 first where the 说明数据 gives it and its parts' too (67,050.65, not 4,000 + 60,000 = 64,000).
  it('the car items’ sum held to its own 上年数 where the 说明数据 gives its parts’ too', () => {
    const both = threePublicSupplement('河南省省级', 2013, { 三公经费合计: 109348.64, '因公出国（境）费': 5426.92, 公务接待费: 36871.07, 公务用车购置及运行维护费: 67050.65, 公务用车购置费: 4000, 公务用车运行维护费: 60000 });
    const withBoth = (lines: readonly string[]) => textFindings(lines, GRID, both).filter((f) => f.rule === 'text-change-words').map((f) => `${f.rule} ${f.severity} ${f.cells[0]}: ${f.message}`);
    expect(withBoth(PAGE)).toEqual([]);
    expect(withBoth(PAGE.map((l) => l.replace('增长0.7%', '增长5.5%')))).toEqual([
      ITEM_RATE('增长5.5%', '公务用车购置及运行维护费', '67,520.00', '67,050.65', '增长0.70%').replace('A1', 'A2'),
    ]);
  });

  // helper-h333: a change in 亿元 with no rate was held to the tables' 63,000.00 万元 it rounds, and its message quoted that and the
  // 上年数 in 万元 beside the 亿元 it wants (本年 63,000.00万元，…上年数 60,000.00 万元，…应为增加0.30亿元): one unit, the text's.
  it('a wrong change in 亿元 quoted in the text’s unit', () => {
    const operation = threePublicSupplement('河南省省级', 2013, { 三公经费合计: 109348.64, 公务用车运行维护费: 60000 });
    const changes = (line: string) => textFindings([line], GRID, operation).filter((f) => f.rule === 'text-change-words').map((f) => f.message);
    expect(changes('公务用车运行维护费6.3亿元，比上年增加0.3亿元。')).toEqual([]);
    expect(changes('公务用车运行维护费6.3亿元，比上年增加0.5亿元。')).toEqual([
      '说明文字“增加0.5亿元”：公务用车运行维护费本年 6.30亿元，说明数据的上年数 6.00亿元，与上年相比应为增加0.30亿元。',
    ]);
  });

  // Review r339: the 上年 stated in 亿 after the item's amount was not read (PRIOR_CLAUSE in 万元 or 元 only): a wrong one passed.
  it('a 上年 in 亿元 after the item’s amount held to its 上年数 at the digits written', () => {
    const operation = threePublicSupplement('河南省省级', 2013, { 三公经费合计: 109348.64, 公务用车运行维护费: 60000 });
    const errors = (line: string) => textFindings([line], GRID, operation).map((f) => `${f.rule} ${f.severity}: ${f.message}`);
    expect(errors('公务用车运行维护费6.3亿元，上年6.0亿元。')).toEqual([]);
    expect(errors('公务用车运行维护费6.3亿元（上年为6.00亿元）。')).toEqual([]);
    expect(errors('公务用车运行维护费6.3亿元，上年6.1亿元。')).toEqual([
      'text-change-words error: 说明文字写上年为 6.1亿元，而说明数据中公务用车运行维护费的上年数为 6.00亿元。',
    ]);
    // One unit of 0.01 亿 is 100 万元, no 尾差.
    expect(errors('公务用车运行维护费6.3亿元，上年同期6.01亿元。')).toEqual([
      'text-change-words error: 说明文字写上年为 6.01亿元，而说明数据中公务用车运行维护费的上年数为 6.00亿元。',
    ]);
  });

  it('not where one part’s 上年数 is not given', () => {
    const onePart = threePublicSupplement('河南省省级', 2013, { 三公经费合计: 109348.64, 公务用车运行维护费: 63050.65 });
    expect(textFindings(['2013年公务用车购置费及运行维护费比上年增加496.35万元。', '2013年公务用车购置费及运行维护费比上年有所减少。'], GRID, onePart)).toEqual([]);
  });
});

/**
 * helper-h331: the same items written in other ways after the whole's compared rate, each rate against its own item: a share
 * between the amount in 亿 and the rate (占4.0%, whose digits hid the 亿: IN_YI_LAST), the items' amounts then 分别 and their
 * rates with no comparison (BARE_IN_TURN), the rate before the amount (下降30.9%，为0.4亿元: checkRateBeforeAmount). All unread
 * before: a wrong rate passed.
 */
describe('河南 2013’s items in other forms: 占4.0%，下降…; 分别下降…、…; 下降…，为0.4亿元 (helper-h331)', () => {
  const HEAD = '2013年省级“三公”经费财政拨款支出9.5亿元，下降13.4%。';
  const rates = (text: string) => findings([text]).filter((f) => f.startsWith('text-change-words'));
  const FORMS = [
    `${HEAD}其中，因公出国（境）费0.4亿元，占4.0%，下降30.9%；公务接待费2.3亿元，占24.8%，下降36.4%。`,
    `${HEAD}其中，因公出国（境）费0.4亿元、公务接待费2.3亿元，分别下降30.9%、36.4%。`,
    `${HEAD}其中，因公出国（境）费0.4亿元，公务接待费2.3亿元，分别下降30.9%、36.4%。`,
    `${HEAD}其中，因公出国（境）费和公务接待费分别为0.4亿元、2.3亿元，分别下降30.9%、36.4%。`,
    `${HEAD}其中，因公出国（境）费下降30.9%，为0.4亿元；公务接待费下降36.4%，为2.3亿元。`,
  ];

  it('right: no finding of any rule', () => {
    for (const text of FORMS) expect([text, findings([text])]).toEqual([text, []]);
  });

  it('one rate wrong: one 错误 at it, asking its own item’s rate', () => {
    const first = ITEM_RATE('下降20.9%', '因公出国（境）费', '3,750.00', '5,426.92', '下降30.90%');
    const second = ITEM_RATE('下降26.4%', '公务接待费', '23,450.00', '36,871.07', '下降36.40%');
    expect(rates(FORMS[0]!.replace('下降30.9%', '下降20.9%'))).toEqual([first]);
    expect(rates(FORMS[0]!.replace('下降36.4%', '下降26.4%'))).toEqual([second]);
    for (const text of FORMS.slice(1, 4)) {
      // Of the item's figure, as one item's rate (review r338: of the amount as stated, a wrong 0.6亿元 made a right rate a 错误).
      expect([text, rates(text.replace('30.9%', '20.9%'))]).toEqual([text, [first]]);
      expect([text, rates(text.replace('36.4%', '26.4%'))]).toEqual([text, [ITEM_RATE('26.4%', '公务接待费', '23,450.00', '36,871.07', '下降36.40%')]]);
      // The amount wrong, its right rate: text-figures' 错误 at the amount alone.
      const wrongAmount = findings([text.replace('0.4亿元', '0.6亿元')]);
      expect([text, wrongAmount]).toEqual([text, [expect.stringMatching(/^text-figures error 公开说明!A1: 说明文字写“因公出国\(境\)费(?:和公务接待费分别为)?0\.6亿元/)]]);
    }
    expect(rates(FORMS[4]!.replace('下降30.9%', '下降20.9%'))).toEqual([first]);
    expect(rates(FORMS[4]!.replace('下降36.4%', '下降26.4%'))).toEqual([second]);
  });

  it('not where the whole compares no year (a 预算’s, another year’s, none), nor names listed with no amounts', () => {
    for (const head of ['2013年省级“三公”经费财政拨款支出9.5亿元，完成预算的94.7%。', '2012年省级“三公”经费财政拨款支出10.9亿元，下降5.0%。', '2013年省级“三公”经费财政拨款支出9.5亿元。', '']) {
      for (const text of FORMS) {
        const wrong = text.replace(HEAD, head).replace('30.9%', '20.9%').replace('36.4%', '26.4%');
        expect([wrong, rates(wrong)]).toEqual([wrong, []]);
      }
    }
    // Items against their 预算: the bare rates are of it.
    expect(rates(`${HEAD}其中，因公出国（境）费0.4亿元，比预算减少0.0亿元；公务接待费下降26.4%，为2.3亿元。`)).toEqual([]);
    expect(rates(`${HEAD}其中，因公出国（境）费、公务接待费分别下降20.9%、26.4%。`)).toEqual([]);
  });
});

/**
 * review r338: the whole compared with its budget and with last year (…9.5亿元，比预算减少0.5亿元，比上年下降13.4%), its items' bare
 * changes after may be of either (6.3% and 9.8% are each item's fall from its 预算 4,000 and 26,000): which one the text leaves open,
 * as listAfterBudgetChange reads it. Read as last year's, the right text was a 错误 at each rate.
 */
describe('河南 2013’s items after a whole compared with its budget and last year: their bare rates unread (review r338)', () => {
  const rates = (text: string) => findings([text]).filter((f) => f.startsWith('text-change-words'));
  const HEADS = ['2013年省级“三公”经费财政拨款支出9.5亿元，比预算减少0.5亿元，比上年下降13.4%。', '2013年省级“三公”经费财政拨款支出9.5亿元，比上年下降13.4%，比预算下降5.3%。'];
  const ITEMS = ['其中，因公出国（境）费0.4亿元、公务接待费2.3亿元，分别下降6.3%、9.8%。', '其中，因公出国（境）费0.4亿元，下降6.3%；公务接待费2.3亿元，下降9.8%。'];

  it('the budget’s rates: no 错误; compared with last year alone they are read (one 错误 each)', () => {
    for (const head of HEADS) for (const items of ITEMS) expect([head, items, rates(`${head}${items}`)]).toEqual([head, items, []]);
    const lastYearOnly = rates(`2013年省级“三公”经费财政拨款支出9.5亿元，比上年下降13.4%。${ITEMS[0]}`);
    expect(lastYearOnly).toHaveLength(2);
    expect(lastYearOnly[0]).toContain('与上年相比应为下降30.90%');
  });
});
