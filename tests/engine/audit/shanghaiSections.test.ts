/**
 * The 上海 2024 template's sections (/work/shared/reference/shanghai-2024-template.txt): §五 一般公共预算财政拨款支出决算情况说明, §六
 * 一般公共预算财政拨款基本支出决算情况说明, §八 政府性基金预算财政拨款收入支出决算情况说明. A sentence under them reads a label naming
 * no fund by the funds its heading names (TextCell.headings, passed down to every check as namedAmounts takes them): its figure,
 * and the 说明数据 指标 whose 上年数 and 预算 a change of it is held to. The fixture (上海市示范服务局 2024) spends 基本支出 3,474.51
 * (table 04) of which 3,109.01 from table 05, 项目支出 1,065.60 of which 920.00 from table 05 and 145.60 from table 08; its 说明数据
 * here gives 一般公共预算财政拨款基本支出 a 上年数 of 3,000.00 and a 年初预算数 of 3,200.00.
 */
import { textFindings } from '../../support/sampleText';
import { shanghai2024 } from '../../../fixtures/shanghai-2024/tables';
import { shanghai2024Supplement } from '../../../fixtures/shanghai-2024/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';

const grid = toGrid(buildWorkbook(shanghai2024, standardPlan(shanghai2024)));
const supplement = { ...shanghai2024Supplement, 指标: { ...shanghai2024Supplement.指标, 一般公共预算财政拨款基本支出: { 上年数: 3000, 年初预算数: 3200 } } };
const GENERAL = ['五、一般公共预算财政拨款支出决算情况说明'];
const BASIC = ['六、一般公共预算财政拨款基本支出决算情况说明'];
const GOV_FUND = ['八、政府性基金预算财政拨款收入支出决算情况说明'];
/** The messages of `rule`'s findings on a text under `headings`. */
const under = (headings: readonly string[], text: string, rule = 'text-change-words') =>
  textFindings([...headings, text], grid, supplement)
    .filter((f) => f.rule === rule)
    .map((f) => f.message);

/**
 * text-change-words keyed 财政拨款基本支出 to no 指标 whatever the section: under §六 (or §五) about 一般公共预算 it is table 05's, the
 * 说明数据's 一般公共预算财政拨款基本支出, and a wrong change, 上年 amount or change against its 预算 passed (keyOf).
 */
describe('text-change-words: 财政拨款基本支出 under §六 is 一般公共预算财政拨款基本支出, held to its 上年数 and 预算', () => {
  const PRIOR = '说明文字写上年为 2900.00万元，而说明数据中一般公共预算财政拨款基本支出的上年数为 3,000.00 万元。';
  it('a change right after its amount', () => {
    expect(under(BASIC, '财政拨款基本支出3109.01万元，比上年增加109.01万元。')).toEqual([]);
    expect(under(BASIC, '财政拨款基本支出3109.01万元，比上年增加209.01万元。')).toEqual([
      '说明文字“增加209.01万元”：一般公共预算财政拨款基本支出本年 3109.01万元，说明数据的上年数 3,000.00 万元，与上年相比应为增加109.01 万元。',
    ]);
    // Under §八 another fund's, or under no heading (all funds': no 指标), it is held to no 上年数.
    expect(under(GOV_FUND, '财政拨款基本支出3109.01万元，比上年增加209.01万元。')).toEqual([]);
    expect(under([], '财政拨款基本支出3109.01万元，比上年增加209.01万元。')).toEqual([]);
  });

  // totalBefore: a change opening its sentence on the comparison, of the amount the sentence before states.
  it('a change opening its sentence on the comparison', () => {
    expect(under(BASIC, '财政拨款基本支出3109.01万元。较上年增加109.01万元，增长3.63%。')).toEqual([]);
    expect(under(BASIC, '财政拨款基本支出3109.01万元。较上年增加209.01万元，增长7.21%。')).toEqual([
      '说明文字“增加209.01万元,增长7.21%”：一般公共预算财政拨款基本支出本年 3109.01万元，说明数据的上年数 3,000.00 万元，与上年相比应为增加109.01 万元。',
    ]);
    expect(under([], '财政拨款基本支出3109.01万元。较上年增加209.01万元，增长7.21%。')).toEqual([]);
  });

  // subjectBefore (fitsBudget) and the change against the budget: the 说明数据's 年初预算数 3,200.00.
  it('a change against the 年初预算 opening its sentence', () => {
    expect(under(BASIC, '财政拨款基本支出3109.01万元。较年初预算减少90.99万元，下降2.84%。')).toEqual([]);
    expect(under(BASIC, '财政拨款基本支出3109.01万元。较年初预算减少50.00万元，下降1.58%。')).toEqual([
      '说明文字“减少50.00万元,下降1.58%”：决算 3109.01万元，预算 3,200.00 万元（说明数据“一般公共预算财政拨款基本支出”的年初预算数），与预算相比应为减少90.99 万元。',
    ]);
    expect(under([], '财政拨款基本支出3109.01万元。较年初预算减少50.00万元，下降1.58%。')).toEqual([]);
  });

  // checkPriorsAfterAmounts, checkChangesFromTo, checkYearsListed, checkLastYearClauses.
  it('last year’s amount stated after its amount, from it to this year’s, listed with 分别, in a clause of last year', () => {
    const texts = [
      '财政拨款基本支出3109.01万元，上年为2900.00万元。',
      '财政拨款基本支出由上年的2900.00万元增加至3109.01万元。',
      '2023年和2024年财政拨款基本支出分别为2900.00万元、3109.01万元。',
      '2024年度财政拨款基本支出3109.01万元；2023年，财政拨款基本支出2900.00万元。',
    ];
    for (const text of texts) {
      expect([text, under(BASIC, text.replace('2900.00', '3000.00'))]).toEqual([text, []]);
      expect([text, under(BASIC, text)]).toEqual([text, [PRIOR]]);
      expect([text, under(GENERAL, text)]).toEqual([text, [PRIOR]]);
      expect([text, under(GOV_FUND, text)]).toEqual([text, []]);
      expect([text, under([], text)]).toEqual([text, []]);
    }
  });
});

// A sentence naming another fund says the label's funds itself (specificLabel: all funds'): under §六 its 财政拨款基本支出 is not
// 一般公共预算's 指标, whose 上年数 a right change of all funds' (08's basic spending of last year in it) was held to (review r296).
it('text-change-words: 财政拨款基本支出 of 一般公共预算 and 政府性基金 under §六 is held to no 指标', () => {
  for (const text of [
    '2024年度一般公共预算和政府性基金预算财政拨款基本支出3109.01万元，比上年增加59.01万元。',
    '一般公共预算和政府性基金预算财政拨款基本支出3109.01万元，上年为3050.00万元。',
    '一般公共预算和政府性基金预算财政拨款基本支出由上年的3050.00万元增加至3109.01万元。',
    // The amount in the sentence before a change opening on the comparison (totalBefore).
    '一般公共预算和政府性基金预算财政拨款基本支出3109.01万元。较上年增加59.01万元，增长1.93%。',
  ]) {
    expect([text, under(BASIC, text)]).toEqual([text, []]);
    // Naming 一般公共预算 alone, or no fund, the same words are that fund's: held to its 上年数 3,000.00.
    expect([text, under(BASIC, text.replace('和政府性基金预算', '')).length]).toEqual([text, 1]);
    expect([text, under(BASIC, text.replace('一般公共预算和政府性基金预算', '')).length]).toEqual([text, 1]);
  }
});

describe('text-change-words: a reason naming an item under a section’s heading', () => {
  // reasonItemRate looked 财政拨款项目支出 up with no heading: none where table 08 spends on 项目支出, the rate after it read as the
  // change's own (12.20% against 财政拨款支出's 2.45%, a 错误), where under §五 it is table 05's 920.00 (820.00 + 100.00: 12.20%),
  // whose 上年数 is not known.
  it('财政拨款项目支出 under §五 is table 05’s: the rate after it may be its own', () => {
    expect(under(GENERAL, '财政拨款支出增加100.00万元，主要是财政拨款项目支出，增长12.20%。')).toEqual([]);
    // A reason naming no item: the rate is the change's, held to it as before.
    expect(under(GENERAL, '财政拨款支出增加100.00万元，主要是年中追加经费，增长12.20%。')).toEqual([
      '说明文字“增加100.00万元,主要是年中追加经费,增长12.20%”：本年 4,174.61万元、增加 100.00万元，则上年为 4,074.61万元，增减率应为 2.45%，而文中为 12.20%。',
    ]);
  });

  // Under §八 a bare 项目支出 is unread (no table's figure of it): still an item named, its own rate unknown.
  it('项目支出 under §八 names an item whose rate is not known', () => {
    expect(under(GOV_FUND, '财政拨款支出增加100.00万元，主要是项目支出，增长12.20%。')).toEqual([]);
  });
});

// subjectBefore reads the sentence before without the headings: under §八 项目支出 is no table's figure, but the text's own amount is
// the subject of the change after it; read under the heading it was unread and a wrong rate passed.
it('text-change-words: under §八 项目支出’s amount stated before a change against the 预算 is its subject still', () => {
  expect(under(GOV_FUND, '项目支出145.60万元。较年初预算减少4.40万元，下降2.93%。')).toEqual([]);
  expect(under(GOV_FUND, '项目支出145.60万元。较年初预算减少4.40万元，下降5.00%。')).toEqual([
    '说明文字“减少4.40万元,下降5.00%”：决算 145.60万元、比预算减少 4.40万元，则预算为 150.00万元，增减率应为 2.93%，而文中为 5.00%。',
  ]);
});

/**
 * text-figures: a bare 项目支出 is table 04's 1,065.60 or table 05's 920.00 (ALTERNATIVES), under any heading but another fund's.
 * One that is neither under §五 about 一般公共预算 quoted table 04's: the section's table 05 is quoted now.
 */
describe('text-figures: a wrong bare 项目支出 under §五 quotes table 05’s figure', () => {
  const GENERAL_05 = '说明文字写“项目支出1000.00万元”，而一般公共预算财政拨款支出决算表中为 920.00 万元。';
  const ALL_04 = '说明文字写“项目支出1000.00万元”，而支出决算表中为 1,065.60 万元。';
  const figures = (headings: readonly string[], text: string) => under(headings, text, 'text-figures');
  it('alone, in a list with 分别, after a 财政拨款支出 naming no table', () => {
    for (const text of [
      '2024年度项目支出1000.00万元。',
      '财政拨款基本支出和项目支出分别为3109.01万元和1000.00万元。',
      '财政拨款支出4174.61万元，其中：基本支出3109.01万元，项目支出1000.00万元。',
    ]) {
      expect([text, figures(GENERAL, text)]).toEqual([text, [GENERAL_05]]);
      // Either table's figure is right under it.
      expect([text, figures(GENERAL, text.replace('1000.00', '920.00'))]).toEqual([text, []]);
      expect([text, figures(GENERAL, text.replace('1000.00', '1065.60'))]).toEqual([text, []]);
      // Under no heading, table 04's as before.
      expect([text, figures([], text)]).toEqual([text, [ALL_04]]);
    }
  });

  // A part of the department's 本年支出合计 is table 04's under any heading (wholeBefore).
  it('after the department’s 本年支出合计: table 04’s still', () => {
    expect(figures(GENERAL, '2024年度本年支出合计4540.11万元，其中：基本支出3474.51万元，项目支出1000.00万元。')).toEqual([ALL_04]);
  });
});

/**
 * 财政拨款基本支出/项目支出 after the whole 财政拨款支出 its sentence names (no fund said) are that whole's parts, table 05's with 08's
 * (namesWholeFiscal): 3,109.01 and 1,065.60 = 920.00 + 145.60, under §五 and §六 too. Under §五 the right 1,065.60 was told it
 * should be 05's 920.00 (a false 错误); under no heading the part was unread (08 spends on 项目支出) and a wrong one passed.
 */
describe('text-figures: 财政拨款项目支出 after the whole 财政拨款支出 is all funds’, under a heading about 一般公共预算 too', () => {
  const WHOLE = '财政拨款支出4174.61万元，其中：财政拨款基本支出3109.01万元，财政拨款项目支出1065.60万元。';
  /** Every 错误 of every rule on a text under `headings`. */
  const errors = (headings: readonly string[], text: string) =>
    textFindings([...headings, text], grid, supplement)
      .filter((f) => f.severity === 'error')
      .map((f) => f.message);
  const ALL_FUNDS = (stated: string) => `说明文字写“财政拨款项目支出${stated}万元”，而一般公共预算财政拨款支出决算表、政府性基金预算财政拨款收入支出决算表中为 1,065.60 万元。`;

  it('the right parts: no 错误 under §五, §六 or no heading', () => {
    for (const headings of [GENERAL, BASIC, []]) expect([headings, errors(headings, WHOLE)]).toEqual([headings, []]);
  });

  it('a wrong 项目支出 (or table 05’s alone, after the whole’s all funds’ 4,174.61) is one 错误 quoting all funds’ 1,065.60', () => {
    for (const headings of [GENERAL, BASIC, []]) {
      expect([headings, errors(headings, WHOLE.replace('1065.60', '1000.00'))]).toEqual([headings, [ALL_FUNDS('1000.00')]]);
      expect([headings, errors(headings, WHOLE.replace('1065.60', '920.00'))]).toEqual([headings, [ALL_FUNDS('920.00')]]);
    }
  });

  // Under §五/§六 the writer may mean the section's fund by 财政拨款 (sectionAlternative): where no whole's all funds' amount says
  // otherwise (wholeOfAllFunds), table 05's 920.00 is right there too, as a bare 项目支出's two tables are; held to all funds' alone,
  // a right text was a 错误 (review r305). Under no heading the whole 财政拨款's alone.
  it('under a heading about 一般公共预算, table 05’s figure is right too', () => {
    for (const text of ['财政拨款支出中，财政拨款项目支出920.00万元。', '财政拨款支出中，财政拨款基本支出3109.01万元，财政拨款项目支出920.00万元。']) {
      expect([text, errors([], text)]).toEqual([text, [ALL_FUNDS('920.00')]]);
      for (const headings of [GENERAL, BASIC]) {
        expect([headings, text, errors(headings, text)]).toEqual([headings, text, []]);
        expect([headings, text, errors(headings, text.replace('920.00', '900.00'))]).toEqual([headings, text, [ALL_FUNDS('900.00')]]);
      }
    }
  });

  it('not a sentence naming 一般公共预算, nor one naming no whole, nor one under §八', () => {
    // 一般公共预算's whole: its parts are table 05's, under any heading.
    const general = '一般公共预算财政拨款支出4029.01万元，其中：财政拨款基本支出3109.01万元，财政拨款项目支出920.00万元。';
    for (const headings of [GENERAL, BASIC, []]) expect([headings, errors(headings, general)]).toEqual([headings, []]);
    // No whole named: the heading's funds (§五: table 05's) as before.
    expect(errors(GENERAL, '2024年度财政拨款项目支出920.00万元。')).toEqual([]);
    expect(under(GENERAL, '2024年度财政拨款项目支出1065.60万元。', 'text-figures')).toEqual([
      '说明文字写“财政拨款项目支出1065.60万元”，而一般公共预算财政拨款支出决算表中为 920.00 万元。',
    ]);
    // Under §八 the 财政拨款 may be the fund's: its parts stay unread.
    expect(under(GOV_FUND, WHOLE.replace('1065.60', '145.60'), 'text-figures')).toEqual([]);
  });
});

/**
 * text-change-words: the same part is no 一般公共预算's 指标 under §六 (labelUnderHeadings): its change was held to 一般公共预算财政拨款
 * 基本支出's 上年数 3,000.00, where all funds' of last year may hold 08's basic spending too (a right 增加59.01万元 was a 错误).
 */
it('text-change-words: 财政拨款基本支出 after the whole 财政拨款支出 under §六 is held to no 指标', () => {
  for (const text of [
    '财政拨款支出中，财政拨款基本支出3109.01万元，比上年增加59.01万元。',
    '2024年度财政拨款支出4174.61万元，比上年增加100.00万元；财政拨款基本支出3109.01万元，比上年增加59.01万元。',
    '财政拨款支出4174.61万元，其中：财政拨款基本支出3109.01万元，上年为3050.00万元。',
    '财政拨款支出4174.61万元，其中：财政拨款基本支出由上年的3050.00万元增加至3109.01万元。',
  ]) {
    expect([text, under(BASIC, text)]).toEqual([text, []]);
    expect([text, under(GENERAL, text)]).toEqual([text, []]);
  }
  // Naming no whole, the part is 一般公共预算's under §六: held to its 上年数 as before.
  expect(under(BASIC, '2024年度财政拨款基本支出3109.01万元，比上年增加59.01万元。')).toEqual([
    '说明文字“增加59.01万元”：一般公共预算财政拨款基本支出本年 3109.01万元，说明数据的上年数 3,000.00 万元，与上年相比应为增加109.01 万元。',
  ]);
});

/**
 * text-change-words: a change against the 年初预算 opening its sentence, after a sentence of a whole and its part (subjectBefore). The
 * part's 预算 not known (all funds' 财政拨款基本支出 has no 指标), the one the change and its rate agree with is its subject: held to
 * the first amount, 4,174.61, a right text was a 错误 under §八 or no heading, where under §六 一般公共预算's 年初预算数 3,200.00
 * happened to fit the part.
 */
describe('text-change-words: a change against the 预算 after a whole and its part is the one its rate agrees with', () => {
  const text = '财政拨款支出4174.61万元，其中：财政拨款基本支出3109.01万元。较年初预算减少90.99万元，下降2.84%。';
  it('right under any heading', () => {
    for (const headings of [[], GENERAL, BASIC, GOV_FUND]) expect([headings, under(headings, text)]).toEqual([headings, []]);
  });

  it('a rate that agrees with no amount: one 错误, of the sentence’s first amount as before', () => {
    const wrong = text.replace('2.84%', '5.00%');
    for (const headings of [[], GOV_FUND])
      expect([headings, under(headings, wrong)]).toEqual([
        headings,
        ['说明文字“减少90.99万元,下降5.00%”：决算 4174.61万元、比预算减少 90.99万元，则预算为 4,265.60万元，增减率应为 2.13%，而文中为 5.00%。'],
      ]);
  });

  it('not an amount whose 预算 is known and missed: under §六 the part is 一般公共预算’s (3,200.00)', () => {
    // The change and rate agree with 3,109.01 (50.00 of 3,159.01), but its 预算 is known: not its subject; the first's rate is held.
    expect(under(BASIC, '2024年度财政拨款基本支出3109.01万元，人员经费2492.10万元。较年初预算减少50.00万元，下降1.58%。')).toEqual([
      '说明文字“减少50.00万元,下降1.58%”：决算 3109.01万元，预算 3,200.00 万元（说明数据“一般公共预算财政拨款基本支出”的年初预算数），与预算相比应为减少90.99 万元。',
    ]);
  });
});

/**
 * A fund's label right after another fund joined to it (wholeOfJoinedFunds): one amount of both, the whole 财政拨款's. Read as the
 * last fund's (政府性基金预算财政拨款支出, 145.60), a right text was a 错误 under any heading (helper h300's note, review r305).
 */
describe('text-figures: 一般公共预算和政府性基金预算财政拨款支出 is the whole 财政拨款’s', () => {
  const figures = (headings: readonly string[], text: string) => under(headings, text, 'text-figures');
  it('right, either fund first, of 支出 and 收入', () => {
    for (const text of [
      '一般公共预算和政府性基金预算财政拨款支出4174.61万元。',
      '政府性基金预算和一般公共预算财政拨款支出4174.61万元。',
      '2024年度一般公共预算与政府性基金预算财政拨款收入4179.01万元。',
    ])
      for (const headings of [[], GENERAL, GOV_FUND]) expect([headings, text, figures(headings, text)]).toEqual([headings, text, []]);
  });

  it('wrong: one 错误 quoting the whole’s figure', () => {
    expect(figures([], '一般公共预算和政府性基金预算财政拨款支出4000.00万元。')).toEqual(['说明文字写“财政拨款支出4000.00万元”，而财政拨款收入支出决算总表中为 4,174.61 万元。']);
    expect(figures([], '一般公共预算和政府性基金预算财政拨款收入4000.00万元。')).toEqual(['说明文字写“财政拨款收入4000.00万元”，而收入决算表中为 4,179.01 万元。']);
  });

  it('not the funds each with its own amount', () => {
    for (const text of [
      '一般公共预算财政拨款支出4029.01万元和政府性基金预算财政拨款支出145.60万元。',
      '一般公共预算、政府性基金预算财政拨款支出分别为4029.01万元、145.60万元。',
    ])
      expect([text, figures([], text)]).toEqual([text, []]);
    expect(figures([], '一般公共预算财政拨款支出4029.01万元和政府性基金预算财政拨款支出4174.61万元。')).toEqual([
      '说明文字写“政府性基金预算财政拨款支出4174.61万元”，而财政拨款收入支出决算总表中为 145.60 万元。',
    ]);
  });
});

/**
 * subjectBefore's fallback to an amount whose 预算 is not known: not where the rate agrees with one whose 预算 is known too (a change
 * of 0.00, or one too small for its rate to tell amounts apart): which is meant is not told, the first (the whole, whose 预算 is the
 * 说明数据's 4,052.43) is held as before. Read as the part, a wrong change of the whole passed (review r305).
 */
it('text-change-words: a change against the 预算 whose rate any amount agrees with is the first amount’s', () => {
  const whole = '一般公共预算财政拨款支出4029.01万元，其中：财政拨款项目支出920.00万元。';
  const message = (stated: string) =>
    `说明文字“减少${stated}万元,下降0.00%”：决算 4029.01万元，预算 4,052.43 万元（说明数据“一般公共预算财政拨款支出”的年初预算数），与预算相比应为减少23.42 万元。`;
  for (const stated of ['0.00', '0.01'])
    for (const headings of [[], GENERAL]) {
      expect([stated, headings, under(headings, `${whole}较年初预算减少${stated}万元，下降0.00%。`)]).toEqual([stated, headings, [message(stated)]]);
    }
  // The part's own change and rate (30.00 of 950.00), its 预算 not known: its subject, not held to the whole's.
  for (const headings of [[], GENERAL]) expect([headings, under(headings, `${whole}较年初预算减少30.00万元，下降3.16%。`)]).toEqual([headings, []]);
});

/**
 * text-shares: a share of a 财政拨款 part is of its part's basis. Under §五 财政拨款支出中，财政拨款项目支出920.00万元 is 05's part
 * (sectionAlternative), its share of 05's whole 4,029.01 (22.83%); held to all funds' 1,065.60 ÷ 4,174.61 (25.53%), a right text
 * was a 错误 (onBasis). 财政拨款基本支出 3,109.01 is both funds' figure (08 spends none on it): a share of either whole is right.
 */
describe('text-shares: a 财政拨款 part’s share under §五 is of its part’s basis', () => {
  const shares = (headings: readonly string[], text: string) => under(headings, text, 'text-shares');
  const errors = (headings: readonly string[], text: string) =>
    textFindings([...headings, text], grid, supplement)
      .filter((f) => f.severity === 'error')
      .map((f) => f.message);
  const PROJECT = '财政拨款支出中，财政拨款项目支出920.00万元，占22.83%。';

  it('05’s part with 05’s whole, all funds’ with all funds’: right', () => {
    expect(errors(GENERAL, PROJECT)).toEqual([]);
    expect(errors(GENERAL, '财政拨款支出中，财政拨款项目支出1065.60万元，占25.53%。')).toEqual([]);
    for (const rate of ['77.17%', '74.47%']) expect(errors(GENERAL, `财政拨款支出中，财政拨款基本支出3109.01万元，占${rate}。`)).toEqual([]);
  });

  it('a wrong share: one 错误 on the part’s basis', () => {
    expect(errors(GENERAL, PROJECT.replace('22.83%', '25.53%'))).toEqual(['说明文字“920.00万元,占25.53%”：占比应为 22.83%（920.00 万元 ÷ 4,029.01 万元），文中为 25.53%。']);
    expect(errors(GENERAL, '财政拨款支出中，财政拨款基本支出3109.01万元，占70.00%。')).toEqual(['说明文字“3109.01万元,占70.00%”：占比应为 74.47%（3109.01万元 ÷ 4,174.61 万元），文中为 70.00%。']);
  });

  it('not under no heading, nor after the whole stated as all funds’: all funds’ basis as before', () => {
    expect(shares([], PROJECT)).toEqual(['说明文字“920.00万元,占22.83%”：占比应为 25.53%（1,065.60 万元 ÷ 4,174.61 万元），文中为 22.83%。']);
    expect(shares([], '财政拨款支出中，财政拨款基本支出3109.01万元，占77.17%。')).toEqual(['说明文字“3109.01万元,占77.17%”：占比应为 74.47%（3109.01万元 ÷ 4,174.61 万元），文中为 77.17%。']);
    expect(shares(GENERAL, '财政拨款支出4174.61万元，其中：财政拨款项目支出920.00万元，占22.83%。')).toEqual([
      '说明文字“920.00万元,占22.83%”：占比应为 25.53%（1,065.60 万元 ÷ 4174.61万元），文中为 22.83%。',
    ]);
  });
});

/**
 * A whole 财政拨款支出 in one sentence, its parts in the next opening on 其中 (carriesWholeFiscal): all funds' parts as in one sentence.
 * Read sentence by sentence, under §五 the right 1,065.60 was held to 05's 920.00 (a 错误), and under no heading it was unread.
 */
describe('text-figures: 财政拨款项目支出 in a 其中 sentence after the whole 财政拨款支出 is all funds’', () => {
  const WHOLE = '财政拨款支出4174.61万元。其中：财政拨款基本支出3109.01万元，财政拨款项目支出1065.60万元。';
  const errors = (headings: readonly string[], text: string) =>
    textFindings([...headings, text], grid, supplement)
      .filter((f) => f.severity === 'error')
      .map((f) => f.message);
  const ALL_FUNDS = (stated: string) => `说明文字写“财政拨款项目支出${stated}万元”，而一般公共预算财政拨款支出决算表、政府性基金预算财政拨款收入支出决算表中为 1,065.60 万元。`;

  it('right: no 错误 under §五, §六 or no heading, with a share too', () => {
    for (const headings of [GENERAL, BASIC, []]) {
      expect([headings, errors(headings, WHOLE)]).toEqual([headings, []]);
      expect([headings, errors(headings, '财政拨款支出4174.61万元。其中：财政拨款项目支出1065.60万元，占25.53%。')]).toEqual([headings, []]);
    }
  });

  it('wrong (or 05’s after all funds’ whole): one 错误 quoting all funds’ 1,065.60', () => {
    for (const headings of [GENERAL, BASIC, []]) {
      expect([headings, errors(headings, WHOLE.replace('1065.60', '1000.00'))]).toEqual([headings, [ALL_FUNDS('1000.00')]]);
      expect([headings, errors(headings, WHOLE.replace('1065.60', '920.00'))]).toEqual([headings, [ALL_FUNDS('920.00')]]);
    }
  });

  // Review r326: a whole of another year lists that year's parts (unread, as in one sentence), this year's named still carries.
  it('not after last year’s whole: its parts unread, as in one sentence; this year’s named by its year carries', () => {
    for (const whole of ['上年财政拨款支出4000.00万元', '2023年度财政拨款支出4000.00万元']) {
      expect([whole, under([], `${whole}。其中：财政拨款项目支出1000.00万元，占25.00%。`, 'text-figures')]).toEqual([whole, []]);
      expect([whole, under([], `${whole}。其中：财政拨款项目支出1000.00万元，占25.00%。`, 'text-shares')]).toEqual([whole, []]);
    }
    expect(errors([], '2024年度财政拨款支出4174.61万元。其中：财政拨款项目支出1000.00万元。')).toEqual([ALL_FUNDS('1000.00')]);
  });

  it('not after a sentence naming 一般公共预算, nor one naming no 财政拨款 spending, nor a sentence not opening on 其中', () => {
    expect(errors(GENERAL, '一般公共预算财政拨款支出4029.01万元。其中：财政拨款项目支出920.00万元。')).toEqual([]);
    expect(under(GENERAL, '财政拨款收入4179.01万元。其中：财政拨款项目支出1065.60万元。', 'text-figures')).toEqual([
      '说明文字写“财政拨款项目支出1065.60万元”，而一般公共预算财政拨款支出决算表中为 920.00 万元。',
    ]);
    expect(under(GENERAL, '财政拨款支出4174.61万元。财政拨款项目支出1065.60万元。', 'text-figures')).toEqual([
      '说明文字写“财政拨款项目支出1065.60万元”，而一般公共预算财政拨款支出决算表中为 920.00 万元。',
    ]);
  });
});

/**
 * 一般公共预算和政府性基金预算财政拨款支出 where 国有资本经营预算 spends too (table 09: 20.00; the whole 财政拨款 4,194.61) is 05's with
 * 08's, 4,174.61 (namedFundsOf): held to the whole's, a right text was a 错误. All three funds named, or 09 spending none, the whole's.
 */
describe('text-figures: 一般公共预算和政府性基金预算财政拨款支出 is those funds’ where 国有资本经营预算 spends too', () => {
  const STATE_CAPITAL = { openingBalance: 0, yearIncome: 20, yearExpenditure: 20, basic: 0, project: 20, closingBalance: 0 };
  const withStateCapital = {
    ...shanghai2024,
    stateCapital: [
      { code: 'total', name: '合计', values: STATE_CAPITAL },
      { code: '223', name: '国有资本经营预算支出', values: STATE_CAPITAL },
      { code: '22301', name: '解决历史遗留问题及改革成本支出', values: STATE_CAPITAL },
      { code: '2230105', name: '国有企业退休人员社会化管理补助支出', values: STATE_CAPITAL },
    ],
    fiscalSummary: {
      ...shanghai2024.fiscalSummary,
      expenditure: shanghai2024.fiscalSummary.expenditure.map((l) =>
        l.key === 'yearExpenditure' ? { ...l, values: { ...l.values, total: 4194.61, stateCapital: 20 } } : l,
      ),
    },
  };
  const stateGrid = toGrid(buildWorkbook(withStateCapital, standardPlan(withStateCapital)));
  const figures = (text: string) =>
    textFindings([text], stateGrid, supplement)
      .filter((f) => f.rule === 'text-figures')
      .map((f) => f.message);

  it('right: the two funds’ 4,174.61, either first; the three funds’ or the whole’s 4,194.61', () => {
    expect(figures('一般公共预算和政府性基金预算财政拨款支出4174.61万元。')).toEqual([]);
    expect(figures('政府性基金预算和一般公共预算财政拨款支出4174.61万元。')).toEqual([]);
    expect(figures('一般公共预算、政府性基金预算和国有资本经营预算财政拨款支出4194.61万元。')).toEqual([]);
    expect(figures('财政拨款支出4194.61万元。')).toEqual([]);
  });

  it('wrong: one 错误 quoting the named funds’ figure (the whole’s 4,194.61 is wrong for two funds)', () => {
    const twoFunds = (stated: string) =>
      `说明文字写“财政拨款支出${stated}万元”，而一般公共预算财政拨款支出决算表、财政拨款收入支出决算总表中为 4,174.61 万元。`;
    expect(figures('一般公共预算和政府性基金预算财政拨款支出4194.61万元。')).toEqual([twoFunds('4194.61')]);
    expect(figures('一般公共预算和政府性基金预算财政拨款支出4000.00万元。')).toEqual([twoFunds('4000.00')]);
    expect(figures('一般公共预算、政府性基金预算和国有资本经营预算财政拨款支出4174.61万元。')).toEqual([
      '说明文字写“财政拨款支出4174.61万元”，而财政拨款收入支出决算总表中为 4,194.61 万元。',
    ]);
  });

  // Review r326: text-change-words worked the rate out from the whole's 4,194.61 (correctedCurrent), a right one a 错误 where
  // text-figures takes the amount: the amount as the sentence reads it (CurrentRead's lookup).
  it('text-change-words: the change’s rate of the two funds’ amount as stated', () => {
    const changes = (text: string) =>
      textFindings([text], stateGrid, supplement)
        .filter((f) => f.rule === 'text-change-words')
        .map((f) => f.message);
    const TWO = '一般公共预算和政府性基金预算财政拨款支出4174.61万元，比上年增加174.61万元，';
    expect(changes(`${TWO}增长4.37%。`)).toEqual([]);
    expect(changes(`${TWO}增长5.00%。`)).toEqual([
      '说明文字“增加174.61万元,增长5.00%”：本年 4174.61万元、增加 174.61万元，则上年为 4,000.00万元，增减率应为 4.37%，而文中为 5.00%。',
    ]);
  });
});

/**
 * More of a 财政拨款 part's share under §五, each on its part's basis: listed with 分别 after 财政拨款支出中 (sectionBasis in
 * checkRespective), or of 财政拨款支出 named after it (占财政拨款支出的…: under §五 05's whole too, first where the part is 05's).
 * Held to all funds' 4,174.61 alone, each right text was a 错误.
 */
describe('text-shares: a 财政拨款 part’s share under §五 listed with 分别, or of 财政拨款支出 named after it', () => {
  const errors = (headings: readonly string[], text: string) =>
    textFindings([...headings, text], grid, supplement)
      .filter((f) => f.severity === 'error')
      .map((f) => f.message);
  const LISTED = '财政拨款支出中，财政拨款基本支出、财政拨款项目支出分别为3109.01万元、920.00万元，分别占77.17%、22.83%。';

  it('right: 05’s parts of 05’s whole, all funds’ of all funds’', () => {
    expect(errors(GENERAL, LISTED)).toEqual([]);
    expect(errors(GENERAL, LISTED.replace('920.00', '1065.60').replace('77.17%、22.83%', '74.47%、25.53%'))).toEqual([]);
    expect(errors(GENERAL, '财政拨款项目支出920.00万元，占财政拨款支出的22.83%。')).toEqual([]);
    expect(errors(GENERAL, '财政拨款支出中，财政拨款项目支出920.00万元，占财政拨款支出的22.83%。')).toEqual([]);
    expect(errors(GENERAL, '财政拨款支出中，财政拨款项目支出1065.60万元，占财政拨款支出的25.53%。')).toEqual([]);
  });

  it('wrong: one 错误 on the part’s basis', () => {
    expect(errors(GENERAL, LISTED.replace('22.83%', '20.00%'))).toEqual([
      '说明文字“分别为3109.01万元、920.00万元,分别占77.17%、20.00%”：占比应为 22.83%（920.00 万元 ÷ 4,029.01 万元），文中为 20.00%。',
    ]);
    expect(errors(GENERAL, '财政拨款项目支出920.00万元，占财政拨款支出的20.00%。')).toEqual(['说明文字“920.00万元,占财政拨款支出的20.00%”：占比应为 22.83%（920.00万元 ÷ 4,029.01 万元），文中为 20.00%。']);
    expect(errors(GENERAL, '财政拨款支出中，财政拨款项目支出1065.60万元，占财政拨款支出的20.00%。')).toEqual([
      '说明文字“1065.60万元,占财政拨款支出的20.00%”：占比应为 25.53%（1065.60万元 ÷ 4,174.61 万元），文中为 20.00%。',
    ]);
  });

  it('under no heading, all funds’ whole alone as before', () => {
    expect(under([], '财政拨款项目支出920.00万元，占财政拨款支出的22.83%。', 'text-shares')).toEqual([
      '说明文字“920.00万元,占财政拨款支出的22.83%”：占比应为 22.04%（920.00万元 ÷ 4,174.61 万元），文中为 22.83%。',
    ]);
    expect(under([], LISTED, 'text-shares')).toHaveLength(2);
  });
});

/**
 * A 财政拨款 part's share of 财政拨款支出 named after it, under §五, is held to one basis (mixesBases): 05's part 920.00 of 05's whole
 * 4,029.01 (22.83%) or all funds' 1,065.60 of all funds' 4,174.61 (25.53%). 920.00 ÷ 4,174.61 = 22.04% is right for neither: both
 * wholes tried with either part, it passed.
 */
describe('text-shares: a 财政拨款 part’s share of 财政拨款支出 under §五 mixes no bases', () => {
  const errors = (headings: readonly string[], text: string) =>
    textFindings([...headings, text], grid, supplement)
      .filter((f) => f.severity === 'error')
      .map((f) => f.message);

  it('05’s part of all funds’ whole: one 错误 asking 05’s share, the part stated alone or after 财政拨款支出中', () => {
    expect(errors(GENERAL, '财政拨款项目支出920.00万元，占财政拨款支出的22.04%。')).toEqual([
      '说明文字“920.00万元,占财政拨款支出的22.04%”：占比应为 22.83%（920.00万元 ÷ 4,029.01 万元），文中为 22.04%。',
    ]);
    expect(errors(GENERAL, '财政拨款支出中，财政拨款项目支出920.00万元，占财政拨款支出的22.04%。')).toEqual([
      '说明文字“920.00万元,占财政拨款支出的22.04%”：占比应为 22.83%（920.00 万元 ÷ 4,029.01 万元），文中为 22.04%。',
    ]);
  });

  it('all funds’ part of 05’s whole: one 错误 asking all funds’ share', () => {
    for (const text of ['财政拨款支出中，财政拨款项目支出1065.60万元，占财政拨款支出的26.45%。', '财政拨款支出4174.61万元，其中：财政拨款项目支出1065.60万元，占财政拨款支出的26.45%。']) {
      expect([text, errors(GENERAL, text)]).toEqual([text, ['说明文字“1065.60万元,占财政拨款支出的26.45%”：占比应为 25.53%（1065.60万元 ÷ 4,174.61 万元），文中为 26.45%。']]);
    }
  });

  it('right on either basis, a part both funds’ figure of either whole, other wholes as before', () => {
    for (const text of [
      '财政拨款项目支出920.00万元，占财政拨款支出的22.83%。',
      '财政拨款支出中，财政拨款项目支出1065.60万元，占财政拨款支出的25.53%。',
      '财政拨款支出4174.61万元，其中：财政拨款项目支出1065.60万元，占财政拨款支出的25.53%。',
      '财政拨款基本支出3109.01万元，占财政拨款支出的74.47%。',
      '财政拨款基本支出3109.01万元，占财政拨款支出的77.17%。',
      '财政拨款项目支出920.00万元，占一般公共预算财政拨款支出的22.83%。',
      '财政拨款项目支出920.00万元，占本年支出合计的20.26%。',
    ]) {
      expect([text, errors(GENERAL, text)]).toEqual([text, []]);
    }
    // Under no heading 财政拨款支出 is all funds' alone, as before.
    expect(errors([], '财政拨款支出4174.61万元，其中：财政拨款项目支出1065.60万元，占财政拨款支出的25.53%。')).toEqual([]);
  });

  // The part named alone, no amount (partNamedBefore): under §五 05's or all funds', each of its own whole. Read with no heading,
  // all funds' 项目支出 (08 spends on it) was none and the share unread: the mixed 22.04% passed.
  it('the part named alone: either basis right, a mixed or wrong share one 错误 asking 05’s', () => {
    const alone = (rate: string) => `财政拨款项目支出占财政拨款支出的${rate}。`;
    for (const headings of [GENERAL, BASIC]) {
      for (const rate of ['22.83%', '25.53%']) expect([headings, rate, errors(headings, alone(rate))]).toEqual([headings, rate, []]);
      for (const rate of ['22.04%', '26.45%']) {
        expect([headings, rate, errors(headings, alone(rate))]).toEqual([headings, rate, [`说明文字“${alone(rate).slice(0, -1)}”：占比应为 22.83%（920.00 万元 ÷ 4,029.01 万元），文中为 ${rate}。`]]);
      }
    }
    for (const rate of ['74.47%', '77.17%']) expect(errors(GENERAL, `财政拨款基本支出占财政拨款支出的${rate}。`)).toEqual([]);
    // Under no heading, unread as before (all funds' 项目支出 is no figure where 08 spends on it).
    expect(errors([], alone('22.04%'))).toEqual([]);
  });
});

// text-change-words: the same part in a 其中 sentence after the whole (carriesWholeFiscal in labelUnderHeadings) is keyed to no 指标,
// as in one sentence: held to 一般公共预算's 上年数 3,000.00, a right 增加59.01万元 of all funds' was a 错误 under §五 and §六.
it('text-change-words: 财政拨款基本支出 in a 其中 sentence after the whole 财政拨款支出 is held to no 指标', () => {
  const text = '财政拨款支出4174.61万元。其中：财政拨款基本支出3109.01万元，比上年增加59.01万元。';
  for (const headings of [GENERAL, BASIC, []]) expect([headings, under(headings, text)]).toEqual([headings, []]);
  // After a sentence naming 一般公共预算, 05's part: held to its 上年数 as before.
  expect(under(BASIC, '一般公共预算财政拨款支出4029.01万元。其中：财政拨款基本支出3109.01万元，比上年增加59.01万元。')).toEqual([
    '说明文字“增加59.01万元”：一般公共预算财政拨款基本支出本年 3109.01万元，说明数据的上年数 3,000.00 万元，与上年相比应为增加109.01 万元。',
  ]);
});

/**
 * helper-h331: all funds' 财政拨款基本支出 after its whole in one sentence has no 指标, and no table prints its 上年: a change stated
 * with last year's amount at its own comparison (比上年（3050.00万元）增加…; 上年为3050.00万元，增加…) is held to that amount, as
 * after the whole's own sentence it was. Read as a 其中 list's item whose change may be the whole's, it was unread.
 */
describe('text-change-words: all funds’ 财政拨款基本支出 after its whole, last year’s amount stated at its change', () => {
  const WHOLE = '财政拨款支出4174.61万元，其中：财政拨款基本支出3109.01万元，';
  const STATED = (stated: string) => `说明文字“增加${stated}万元”：本年 3109.01万元，文中所写上年 3050.00万元，与上年相比应为增加59.01 万元。`;

  it('right: nothing; wrong: one 错误 quoting the difference from the stated amount', () => {
    for (const headings of [BASIC, GENERAL, []]) {
      for (const change of ['比上年（3050.00万元）增加', '上年为3050.00万元，增加']) {
        expect([headings, change, under(headings, `${WHOLE}${change}59.01万元。`)]).toEqual([headings, change, []]);
        expect([headings, change, under(headings, `${WHOLE}${change}50.01万元。`)]).toEqual([headings, change, [STATED('50.01')]]);
      }
    }
  });

  it('not a change the whole’s amount less the stated one fits, nor one with no amount stated (no 上年 known)', () => {
    expect(under(BASIC, `${WHOLE}比上年（3050.00万元）增加1124.61万元。`)).toEqual([]);
    expect(under(BASIC, `${WHOLE}比上年增加50.01万元。`)).toEqual([]);
    // The whole's own 上年数 known (支出总计: 4,540.11 of which 3,474.51 basic; 说明数据 here 4,000.00) and fitting: the whole's.
    const withTotal = { ...supplement, 指标: { ...supplement.指标, 支出总计: { 上年数: 4000 } } };
    const total = '支出总计4540.11万元，其中：基本支出3474.51万元，上年为3400.00万元，比上年增加540.11万元。';
    expect(textFindings([total], grid, withTotal).filter((f) => f.rule === 'text-change-words')).toEqual([]);
  });
});

/**
 * review r338: a 分别 list of 财政拨款 parts' shares of 财政拨款支出 under §五, each of a whole on its own part's basis (mixesBases),
 * as one share alone is. 基本支出 3,109.01 is both funds' figure (of 4,029.01 77.17% or of 4,174.61 74.47%), 05's 项目支出 920.00
 * of 05's whole only (22.83%). Of all funds' whole alone, the mixed 22.04% passed and 05's right 77.17%、22.83% were two 错误.
 */
describe('text-shares: a 分别 list of 财政拨款 parts’ shares of 财政拨款支出 under §五 mixes no bases', () => {
  const errors = (text: string) =>
    textFindings([...GENERAL, text], grid, supplement)
      .filter((f) => f.severity === 'error')
      .map((f) => f.message);
  const LISTS = [
    (rates: string) => `财政拨款基本支出3109.01万元、财政拨款项目支出920.00万元，分别占财政拨款支出的${rates}。`,
    (rates: string) => `财政拨款支出中，财政拨款基本支出、财政拨款项目支出分别为3109.01万元、920.00万元，分别占财政拨款支出的${rates}。`,
  ];
  const phrase = (text: string) => text.slice(text.indexOf(text.includes('分别为') ? '分别为' : '3109.01'), -1).replace('，分别占', ',分别占');

  it('right on 05’s basis, or each part’s share right of a whole on its basis: nothing', () => {
    for (const list of LISTS) {
      for (const rates of ['77.17%、22.83%', '74.47%、22.83%']) expect([rates, errors(list(rates))]).toEqual([rates, []]);
    }
  });

  it('05’s part of all funds’ whole: one 错误 at it asking 05’s share; a wrong 基本支出 share asked of the list’s basis', () => {
    for (const list of LISTS) {
      const text = list('74.47%、22.04%');
      expect([text, errors(text)]).toEqual([text, [expect.stringMatching(new RegExp(`^说明文字“${phrase(text).replace(/[()（）]/g, '.')}”：占比应为 22\\.83%（920\\.00 ?万元 ÷ 4,029\\.01 万元），文中为 22\\.04%。$`))]]);
    }
    const wrongBasic = LISTS[0]!('80.17%、22.83%');
    expect(errors(wrongBasic)).toEqual([`说明文字“${phrase(wrongBasic)}”：占比应为 77.17%（3109.01万元 ÷ 4,029.01 万元），文中为 80.17%。`]);
  });
});
