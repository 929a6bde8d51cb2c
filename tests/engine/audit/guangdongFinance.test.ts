/**
 * 广东省财政厅 2023年度一般公共预算财政拨款“三公”经费支出决算情况说明 (http://czt.gd.gov.cn/sgjf/content/post_4484831.html; the page
 * prints no table): “…“三公”经费财政拨款支出决算为62.07万元，完成全年预算84.82万元的73.2%，比上年决算数增加38.97万元，增长168.7%；
 * 比2019年(疫情前)决算数减少24.87万元，降低28.6%。其中：…公务用车购置及运行维护费支出决算为27.46万元，完成预算29.6万元的92.8%，
 * 比上年决算数增加6.32万元，增长29.9%…”. Its figures recompute (62.07 / 84.82 = 73.18%; 38.97 / 23.10 = 168.70%; 6.32 / 21.14 =
 * 29.90%). Its wording put on the sample's figures (决算 4.99 of 预算 5.00, 上年 5.01; 公务用车 4.79 of 4.80, 上年 4.75).
 * The budget amount between the 决算 and its change (完成全年预算5万元的99.8%，比上年决算数…) was taken for this year's: the
 * change was measured from the budget, never from the 说明数据's 上年数, and a wrong one whose rate fits the budget passed
 * (helper-h201).
 */
import { explain } from '../../../src/engine/workflow';
import { PRESETS } from '../../../src/engine/narrative/presets';
import { documentLines } from '../../../src/engine/narrative/sheet';
import type { FinalAccountsData } from '../../../fixtures/data';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { sampleGrid, textFindings } from '../../support/sampleText';

function findings(text: string): string[] {
  return textFindings(text).map((f) => `${f.rule}: ${f.message}`);
}

// The change against 2019 (疫情前) on the sample's 4.99 too: 2.00 / 6.99 = 28.61% (the page's own 24.87 / 86.94 is 62.07's).
const TOTAL = '2022年度“三公”经费财政拨款支出决算为4.99万元,完成全年预算5万元的99.8%,比上年决算数减少0.02万元,降低0.4%;比2019年(疫情前)决算数减少2.00万元,降低28.6%。';
const ITEM = '其中:公务用车购置及运行维护费支出决算为4.79万元,完成预算4.8万元的99.8%,比上年决算数增加0.04万元,增长0.8%;公务接待费支出决算为0.2万元,完成预算0.2万元的100%,比上年决算数减少0.06万元,降低23.1%。';

describe('广东: 决算为X万元，完成全年预算Y万元的Z%，比上年决算数增加…', () => {
  it('right: no finding (the comparison with 2019 is no change from last year, its rate from this year’s amount)', () => {
    expect(findings(TOTAL)).toEqual([]);
    expect(findings(ITEM)).toEqual([]);
  });

  it('a wrong change whose rate fits the budget is found against the 上年数 (the total)', () => {
    // 0.05 / (5.00 + 0.05) = 0.99%: the rate fits the budget taken for this year's.
    expect(findings(TOTAL.replace('减少0.02万元,降低0.4%', '减少0.05万元,降低1.0%'))).toContain(
      'text-change-words: 说明文字“减少0.05万元,降低1.0%”：三公经费合计本年 4.99万元，说明数据的上年数 5.01 万元，与上年相比应为减少0.02 万元。',
    );
  });

  it('a wrong change whose rate fits the budget is found against the 上年数 (an item)', () => {
    expect(findings(ITEM.replace('增加0.04万元,增长0.8%', '增加0.09万元,增长1.9%'))).toContain(
      'text-change-words: 说明文字“增加0.09万元,增长1.9%”：公务用车购置及运行维护费本年 4.79万元，说明数据的上年数 4.75 万元，与上年相比应为增加0.04 万元。',
    );
  });

  it('the rate is worked out on the 决算, not the budget', () => {
    expect(findings(TOTAL.replace('降低0.4%', '降低0.6%')).map((f) => f.slice(0, f.indexOf('：')))).toContain('text-change-words: 说明文字“减少0.02万元,降低0.6%”');
  });
});

/**
 * The same page writes a rate over 1,000% with a thousands separator (公务接待费…比上年决算数增加20.63万元，增长1,055.4%): the rate
 * was not read at all, a wrong one passed (helper-h201). On the sample's 公务接待费 0.20, its 上年数 put at 0.01: 增加0.19万元,
 * 增长1,900.0%.
 */
describe('广东: a rate written with a thousands separator (增长1,055.4%)', () => {
  const json = JSON.parse(JSON.stringify(changji2022Supplement));
  json.指标.公务接待费.上年数 = 0.01;
  const findingsOf = (text: string) => textFindings(text, sampleGrid(), json).map((f) => `${f.rule}: ${f.message}`);
  const text = '公务接待费支出决算为0.2万元,完成预算0.2万元的100%,比上年决算数增加0.19万元,增长1,900.0%。';

  it('is read: right, no finding; wrong, found', () => {
    expect(findingsOf(text)).toEqual([]);
    expect(findingsOf(text.replace('1,900.0%', '1,800.0%'))).toEqual([
      'text-change-words: 说明文字“增加0.19万元,增长1,800.0%”：本年 0.2万元、增加 0.19万元，则上年为 0.01万元，增减率应为 1900.00%，而文中为 1,800.0%。',
    ]);
  });

  it('alone after the comparison too (比上年增长1,800.0%)', () => {
    expect(findingsOf('公务接待费支出决算为0.2万元,比上年增长1,900.0%。')).toEqual([]);
    expect(findingsOf('公务接待费支出决算为0.2万元,比上年增长1,800.0%。').map((f) => f.slice(0, f.indexOf(':')))).toEqual(['text-change-words']);
  });
});

/** The separator in a completion rate over 1,000% (a 项 whose 决算 is eleven times its 年初预算): unread too (helper-h201). */
describe('a completion rate written with a thousands separator (完成年初预算的1,115.70%)', () => {
  const text = '1.一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)。年初预算为20万元,支出决算为223.14万元,完成年初预算的1,115.70%。';

  it('is read: right, no finding; wrong, found', () => {
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('1,115.70%', '1,215.70%'))).toEqual(['text-budget: 说明文字“完成年初预算的1,215.70%”：按预算 20万元、决算 223.14万元 应为 1115.70%，文中为 1,215.70%。']);
  });
});

/**
 * The page itself, its table 07 rebuilt from the figures it states (in the sample's workbook, years 2023): 预算 84.82 = 12.02 +
 * (0 + 29.60) + 43.20; 决算 62.07 = 12.02 + (0 + 27.46) + 22.59; 上年 23.10 = 0 + 21.14 + 1.96 (62.07 − 38.97, 27.46 − 6.32,
 * 22.59 − 20.63). Every figure of its §七 recomputes from these but one: 公务接待费 增长1,055.4%, where 20.63 / 1.96 = 1,052.55%
 * (the page worked on 元: a 上年 of about 1.955 万元 gives it). The audit works rates on the 万元 shown (DOMAIN §5); the rate is
 * within what the amounts' rounding allows, so it is a 尾差, not a 错误 (helper-h200). The change against 2019 has its rate
 * checked against this year's amount (24.87 / (62.07 + 24.87) = 28.61%).
 */
describe('广东省财政厅 2023 §七, read against its table 07', () => {
  const data = JSON.parse(JSON.stringify(changji2022)) as FinalAccountsData & { year: number };
  data.year = 2023;
  Object.assign(data.threePublicCosts.budget, { total: 84.82, overseasTravel: 12.02, vehicles: 29.6, vehiclePurchase: 0, vehicleOperation: 29.6, reception: 43.2 });
  Object.assign(data.threePublicCosts.actual, { total: 62.07, overseasTravel: 12.02, vehicles: 27.46, vehiclePurchase: 0, vehicleOperation: 27.46, reception: 22.59 });
  const pageGrid = toGrid(buildWorkbook(data, standardPlan(data)));
  const json = JSON.parse(JSON.stringify(changji2022Supplement));
  json.年度 = 2023;
  Object.assign(json.指标.三公经费合计, { 上年数: 23.1 });
  Object.assign(json.指标['因公出国（境）费'], { 上年数: 0 });
  Object.assign(json.指标.公务用车购置及运行维护费, { 上年数: 21.14 });
  Object.assign(json.指标.公务用车购置费, { 上年数: 0 });
  Object.assign(json.指标.公务用车运行维护费, { 上年数: 21.14 });
  Object.assign(json.指标.公务接待费, { 上年数: 1.96 });
  const page = [
    '(一)“三公”经费财政拨款支出决算总体情况说明',
    '广东省财政厅2023年度“三公”经费财政拨款支出决算为62.07万元,完成全年预算84.82万元的73.2%,比上年决算数增加38.97万元,增长168.7%;比2019年(疫情前)决算数减少24.87万元,降低28.6%。其中:因公出国(境)费支出决算为12.02万元,完成预算12.02万元的100%,比上年决算数增加12.02万元,增长--(基数为0,不可比);公务用车购置及运行维护费支出决算为27.46万元,完成预算29.6万元的92.8%,比上年决算数增加6.32万元,增长29.9%;其中:公务用车购置支出决算为0万元,完成预算0万元的--%(基数为0,不可比),比上年决算数增加0万元,增长--(基数为0,不可比);公务用车运行维护费支出决算为27.46万元,完成预算29.6万元的92.8%,比上年决算数增加6.32万元,增长29.9%;公务接待费支出决算为22.59万元,完成预算43.2万元的52.3%,比上年决算数增加20.63万元,增长1,055.4%。',
    '(二)“三公”经费财政拨款支出决算具体情况说明',
    '2023年度“三公”经费财政拨款支出决算中,因公出国(境)费12.02万元,占19.4%;公务用车购置及运行维护费支出27.46万元,占44.2%;公务接待费支出22.59万元,占36.4%。具体情况如下:',
    '1.因公出国(境)费支出12.02万元。',
  ];
  const pageFindings = (lines: readonly string[]) => textFindings(lines, pageGrid, json).map((f) => `${f.rule} ${f.cells[0]}`);

  it('agrees with it (增长1,055.4% of 20.63 over 1.96, worked on 元, a 尾差 only)', () => {
    expect(pageFindings(page)).toEqual([]);
  });

  it.each([
    ['决算为62.07', '决算为62.70', 'text-figures 公开说明!A2'],
    ['预算84.82', '预算84.28', 'text-budget-figures 公开说明!A2'],
    ['的73.2%', '的72.3%', 'text-budget 公开说明!A2'],
    ['增加38.97', '增加39.87', 'text-change-words 公开说明!A2'],
    ['增长168.7%', '增长186.7%', 'text-change-words 公开说明!A2'],
    ['费支出决算为12.02', '费支出决算为12.20', 'text-figures 公开说明!A2'],
    ['预算29.6万元的92.8%', '预算29.6万元的93.8%', 'text-budget 公开说明!A2'],
    ['预算12.02万元的100%', '预算12.02万元的--%(基数为0,不可比)', 'text-budget 公开说明!A2'],
    ['增加6.32万元,增长29.9%', '增加6.23万元,增长29.9%', 'text-change-words 公开说明!A2'],
    ['接待费支出决算为22.59', '接待费支出决算为22.95', 'text-figures 公开说明!A2'],
    ['预算43.2万元的52.3%', '预算43.2万元的53.2%', 'text-budget 公开说明!A2'],
    ['购置支出决算为0万元', '购置支出决算为1万元', 'text-figures 公开说明!A2'],
    ['费12.02万元,占19.4%', '费12.02万元,占18.4%', 'text-shares 公开说明!A4'],
    ['支出22.59万元,占36.4%', '支出22.59万元,占34.6%', 'text-shares 公开说明!A4'],
    ['1.因公出国(境)费支出12.02', '1.因公出国(境)费支出12.20', 'text-figures 公开说明!A5'],
  ])('each figure made wrong is found: %s → %s', (from, to, finding) => {
    const wrong = page.map((l) => l.replace(from, to));
    expect(wrong).not.toEqual(page);
    expect(pageFindings(wrong)).toContain(finding);
  });

  it('its 增长--（基数为0，不可比） found where last year’s 因公出国(境)费 was not 0 (5.00万元; the change made to fit)', () => {
    const other = JSON.parse(JSON.stringify(json));
    other.指标['因公出国（境）费'].上年数 = 5;
    Object.assign(other.指标.三公经费合计, { 上年数: 28.1 });
    const wrong = page.map((l) => l.replace('增加12.02万元,增长--', '增加7.02万元,增长--').replace('增加38.97万元,增长168.7%', '增加33.97万元,增长120.9%'));
    expect(textFindings(wrong, pageGrid, other).map((f) => `${f.rule}: ${f.message}`)).toEqual([
      'text-change-words: 说明文字“增加7.02万元,增长--(基数为0,不可比)”写增减率不可比（上年为0），而因公出国（境）费说明数据的上年数为 5.00 万元，增减率应为增长140.40%。',
    ]);
  });

  it('our §七 (上海 preset) states the page’s figures, its rates at two decimals', () => {
    const text = documentLines(explain(pageGrid, PRESETS.shanghai!, json).document)
      .map((l) => l.text)
      .join('\n');
    for (const stated of [
      '年初预算为84.82万元，支出决算为62.07万元，完成预算的73.18%',
      '因公出国（境）费决算为12.02万元，完成预算的100.00%',
      '公务用车购置及运行维护费支出决算为27.46万元，完成预算的92.77%',
      '公务接待费支出决算为22.59万元，完成预算的52.29%',
      '增加38.97万元，增长168.70%',
      '公务用车购置及运行维护费支出决算增加6.32万元，增长29.90%',
      '因公出国（境）费支出决算12.02万元，占19.37%；公务用车购置及运行维护费支出决算27.46万元，占44.24%；公务接待费支出决算22.59万元，占36.39%',
    ])
      expect(text).toContain(stated);
  });
});

/**
 * 广东's 增长--（基数为0，不可比） says last year's figure was 0 and no rate can be worked out: right where the 上年数 is 0 (the
 * page's 因公出国(境)费 and 公务用车购置费, above). Where it is not (the sample's 公务接待费: 0.26 last year), the rate is
 * computable and the words are wrong: unread, they passed silently (helper-h207). The same wording after a change's
 * amount (比上年决算数减少0.06万元，降低--(基数为0,不可比)) or alone (比上年降低--（基数为0，不可比）), with -- or —% and
 * either width of brackets.
 */
describe('广东: 增长--（基数为0，不可比） where last year’s figure is not 0', () => {
  const item = '公务接待费支出决算为0.2万元,完成预算0.2万元的100%,比上年决算数减少0.06万元,';

  it.each([
    ['降低--(基数为0,不可比)'],
    ['降低--（基数为0，不可比）'],
    ['降低—%（基数为0，不可比）'],
    ['降低——（基数为0，不可比）'],
    ['降幅--(基数为0,不可比)'],
    ['降低--'],
    ['增长--(基数为0,不可比)'],
  ])('after the change’s amount: %s is found, the rate computable', (words) => {
    expect(findings(`${item}${words}。`)).toEqual([
      expect.stringMatching(/^text-change-words: 说明文字“减少0\.06万元,.+”写增减率不可比（上年为0），而公务接待费说明数据的上年数为 0\.26 万元，增减率应为下降23\.08%。$/),
    ]);
  });

  // Before a 、 or a ： ending its clause (降低--、主要是…; 降低--：主要是…), as a rate is (增长0.8%、主要是…): unread, a mark where
  // last year's was not 0 passed (helper-h219).
  it.each([['降低--、主要是压减接待'], ['降低--：主要是压减接待'], ['降低—%、主要是压减接待']])('after the change’s amount, before a 、 or ：: %s is found', (words) => {
    expect(findings(`${item}${words}。`)).toEqual([
      expect.stringMatching(/^text-change-words: 说明文字“减少0\.06万元,.+”写增减率不可比（上年为0），而公务接待费说明数据的上年数为 0\.26 万元，增减率应为下降23\.08%。$/),
    ]);
    expect(findings(`公务接待费支出决算为0.2万元,比上年${words}。`)).toHaveLength(1);
  });

  // In brackets after the amount (减少0.06万元（降低--）), as a rate is (减少312.94万元（下降17.37%）).
  it.each([['（降低--）'], ['（降低—%）']])('after the change’s amount in brackets: %s is found', (words) => {
    expect(findings(`${item.replace(/,$/, '')}${words}。`)).toEqual([
      expect.stringMatching(/^text-change-words: 说明文字“减少0\.06万元\(.+”写增减率不可比（上年为0），而公务接待费说明数据的上年数为 0\.26 万元，增减率应为下降23\.08%。$/),
    ]);
  });

  it.each([['比上年增长--(基数为0,不可比)'], ['比上年决算数增幅--（基数为0，不可比）'], ['比上年下降—%']])('alone after the comparison: %s is found', (words) => {
    expect(findings(`公务接待费支出决算为0.2万元,${words}。`)).toEqual([
      expect.stringMatching(/^text-change-words: 说明文字“.+”写增减率不可比（上年为0），而公务接待费说明数据的上年数为 0\.26 万元，增减率应为下降23\.08%。$/),
    ]);
  });

  // helper-h219: a text with no figure at all (公务接待费支出决算比上年增长--) was skipped unread; its 本年 and 上年 are the tables'.
  it('no figure in the text: the item’s 本年 and 上年数 the tables’ and the 说明数据’s', () => {
    expect(findings('公务接待费支出决算比上年增长--。')).toEqual([
      'text-change-words: 说明文字“增长--”写增减率不可比（上年为0），而公务接待费说明数据的上年数为 0.26 万元，增减率应为下降23.08%。',
    ]);
    expect(findings('因公出国(境)费支出决算比上年增长--(基数为0,不可比)。')).toEqual([]);
  });

  it('where last year’s figure is 0 (因公出国(境)费): right, no finding', () => {
    for (const words of ['增长--(基数为0,不可比)', '增长--（基数为0，不可比）', '增长—%（基数为0，不可比）', '增幅--'])
      expect(findings(`因公出国(境)费支出决算为0万元,比上年决算数增加0万元,${words}。`)).toEqual([]);
  });

  // A bare dash where this year's is last year's (the rate 0) writes nil, as a table's “-” does and as against the 预算
  // (1860eaa); 不可比 written beside it is still wrong (helper-h219: a 错误 on a right text).
  it.each([
    ['公务接待费支出决算为0.2万元,比上年决算数增加0万元,增长-。', true],
    ['公务接待费支出决算为0.2万元,比上年决算数增加0万元,增长--。', true],
    ['公务接待费支出决算为0.2万元,比上年增长-。', true],
    ['公务接待费支出决算为0.2万元,比上年决算数增加0万元,增长-。', false],
  ])('a bare dash where this year’s is last year’s (%s; the 上年数 known: %s): no finding', (text, known) => {
    const json = JSON.parse(JSON.stringify(changji2022Supplement));
    if (known) json.指标.公务接待费.上年数 = 0.2;
    else delete json.指标.公务接待费.上年数;
    expect(textFindings(text, sampleGrid(), json).map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
    expect(textFindings(text.replace(/增长--?/, '增长--(基数为0,不可比)'), sampleGrid(), json).map((f) => f.rule)).toEqual(['text-change-words']);
  });

  // A dash opening the words after a change's word (比上年增加——主要是…, 增长——详见…) states no rate: read as 增长--, a text
  // stating none was a 错误 (helper-h213).
  it.each([['比上年增加——主要是接待次数增加'], ['比上年决算数减少0.06万元，降低——主要是压减接待'], ['比上年增长--详见附表']])(
    'a dash opening the words after it, no rate written: %s, no finding',
    (words) => {
      expect(findings(`公务接待费支出决算为0.2万元,${words}。`)).toEqual([]);
    },
  );

  it('the 上年数 not known: held to the one the text’s amounts give (本年 0.2 减少 0.06: 上年 0.26)', () => {
    const json = JSON.parse(JSON.stringify(changji2022Supplement));
    delete json.指标.公务接待费.上年数;
    const found = textFindings(`${item}降低--(基数为0,不可比)。`, sampleGrid(), json).map((f) => `${f.rule}: ${f.message}`);
    expect(found).toEqual(['text-change-words: 说明文字“减少0.06万元,降低--(基数为0,不可比)”写增减率不可比（上年为0），而本年 0.2万元、减少 0.06万元，则上年为 0.26万元，增减率应为下降23.08%。']);
  });

  // The two amounts written at different precisions (0.20万元 and 1,995元; 2,004元 and 0.20万元): last year's 0 within
  // their rounding, no rate computable. Worked out exactly (5.00元), a right text was a 错误 saying 增长39900.00% (helper-h213).
  it.each([
    ['公务接待费支出决算为0.20万元,比上年决算数增加1,995元,增长--(基数为0,不可比)。'],
    ['公务接待费支出决算为2,004元,比上年决算数增加0.20万元,增长--(基数为0,不可比)。'],
  ])('the 上年数 not known, the amounts at different precisions giving 0: %s, no finding', (text) => {
    const json = JSON.parse(JSON.stringify(changji2022Supplement));
    delete json.指标.公务接待费.上年数;
    expect(textFindings(text, sampleGrid(), json).map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });
});

/**
 * The same page writes a completion rate as none where the 预算 is 0 (公务用车购置支出决算为0万元，完成预算0万元的--%(基数为0,不可比)):
 * right there. Where the 预算 (written, else the 说明数据's or the table's) is not 0, the rate is computable and the words
 * are wrong: unread, they passed silently (helper-h215). So for a variance written as none (比预算下降--). On the sample's
 * 公务接待费 (决算 0.20 of 预算 0.20), 公务用车购置及运行维护费 (4.79 of 4.80) and “三公” total (4.99 of 5.00).
 */
describe('广东: a completion or variance rate written as none (完成预算…的--%(基数为0,不可比)) where the 预算 is not 0', () => {
  it.each([
    ['公务接待费支出决算为0.2万元,完成预算0.2万元的--%(基数为0,不可比),比上年决算数减少0.06万元,降低23.1%。', '完成预算0.2万元的--%(基数为0,不可比)', '0.2万元', '0.2万元', '100.00%'],
    ['公务接待费支出决算为0.2万元,完成预算0.2万元的--%,比上年决算数减少0.06万元,降低23.1%。', '完成预算0.2万元的--%', '0.2万元', '0.2万元', '100.00%'],
    ['“三公”经费财政拨款支出决算为4.99万元,完成年初预算的--%,比上年决算数减少0.02万元,降低0.4%。', '完成年初预算的--%', '5.00万元', '4.99万元', '99.80%'],
    ['公务用车购置及运行维护费支出决算为4.79万元,年初预算4.8万元,预决算差异率--。', '预决算差异率--', '4.8万元', '4.79万元', '-0.21%'],
    ['公务用车购置及运行维护费支出决算为4.79万元,年初预算4.8万元,预算执行率--。', '预算执行率--', '4.8万元', '4.79万元', '99.79%'],
    ['公务用车购置及运行维护费支出决算为4.79万元,预算4.8万元,比预算下降--(基数为0,不可比)。', '比预算下降--(基数为0,不可比)', '4.8万元', '4.79万元', '下降0.21%'],
  ])('%s: found, with the rate it should be', (text, phrase, budget, actual, expected) => {
    expect(findings(text)).toEqual([`text-budget: 说明文字“${phrase}”写比例不可比（预算为0），而预算为 ${budget}、决算为 ${actual}，应为${expected}。`]);
  });

  // helper-h219: a clause naming its item and stating no figure at all (“三公”经费预算执行率--): no digit, the text was not read;
  // its 预算 and 决算 are the tables'. Where that 预算 is 0 (因公出国(境)费), right.
  it.each([
    ['“三公”经费预算执行率--。', '预算执行率--', '5.00万元', '4.99万元', '99.80%'],
    ['公务接待费完成预算的--%(基数为0,不可比)。', '完成预算的--%(基数为0,不可比)', '0.20万元', '0.20万元', '100.00%'],
    ['公务用车购置及运行维护费比预算下降--。', '比预算下降--', '4.80万元', '4.79万元', '下降0.21%'],
  ])('no figure in the text: %s found, its figures the tables’', (text, phrase, budget, actual, expected) => {
    expect(findings(text)).toEqual([`text-budget: 说明文字“${phrase}”写比例不可比（预算为0），而预算为 ${budget}、决算为 ${actual}，应为${expected}。`]);
    expect(findings('因公出国(境)费完成预算的--%(基数为0,不可比)。')).toEqual([]);
  });

  // helper-h219: a 预算 stated with its item named and no 决算 (…年初预算4.8万元，预算执行率--): the item's 决算 is the tables',
  // where the 预算 stated is theirs too (else text-budget-figures says the 预算 is wrong, and no rate is held to it).
  it('a 预算 stated with its item named and no 决算: the 决算 the tables’', () => {
    expect(findings('公务用车购置及运行维护费年初预算4.8万元,预算执行率--。')).toEqual([
      'text-budget: 说明文字“预算执行率--”写比例不可比（预算为0），而预算为 4.8万元、决算为 4.79万元，应为99.79%。',
    ]);
    expect(findings('公务用车购置及运行维护费年初预算4.8万元,预算执行率98%。')).toEqual(['text-budget: 说明文字“预算执行率98%”：按预算 4.8万元、决算 4.79万元 应为 99.79%，文中为 98%。']);
    expect(findings('公务用车购置及运行维护费年初预算4.8万元,完成预算的99.8%。')).toEqual([]);
    expect(findings('公务用车购置及运行维护费年初预算5.8万元,预算执行率98%。').map((f) => f.slice(0, f.indexOf(':')))).toEqual(['text-budget-figures']);
  });

  // helper-h229: not where the rate or the difference is of another 预算 than the one stated (调整预算…，较年初预算减少…): the
  // 预算's own adjustment. Held to the 决算, a right text was a 错误.
  it('a 预算 stated, its rate or difference of another 预算: not the 决算’s', () => {
    expect(findings('公务用车购置及运行维护费调整预算4.8万元,较年初预算减少0.2万元。')).toEqual([]);
    expect(findings('公务用车购置及运行维护费调整后预算4.8万元,为年初预算的110%。')).toEqual([]);
    expect(findings('公务用车购置及运行维护费年初预算4.8万元,较年初预算减少0.2万元。').map((f) => f.slice(0, f.indexOf(':')))).toEqual(['text-budget', 'text-change-words']);
  });

  // helper-h218: after the change's amount (比预算减少0.01万元，下降--): unread, it passed silently.
  it('after a change against the 预算 (比预算减少0.01万元,下降--): found, with the rate it should be', () => {
    expect(findings('公务用车购置及运行维护费支出决算为4.79万元,比预算减少0.01万元,下降--。')).toEqual([
      'text-change-words: 说明文字“减少0.01万元,下降--”写增减率不可比（预算为0），而决算 4.79万元、预算 4.80 万元（《财政拨款“三公”经费支出决算表》的预算数），增减率应为下降0.21%。',
    ]);
    expect(findings('公务用车购置费支出决算为0万元,比预算增加0万元,增长--(基数为0,不可比)。')).toEqual([]);
    // A bare dash where the rate is 0 writes nil, as a table's “-” does (helper-h218: a 错误).
    expect(findings('公务用车购置及运行维护费支出决算为4.8万元,比预算增加0万元,增长-。')).toEqual([]);
  });

  it('where the 预算 is 0: right, no finding', () => {
    expect(findings('其中:公务用车购置费支出决算为0万元,完成预算0万元的--%(基数为0,不可比),比上年决算数增加0万元,增长--(基数为0,不可比)。')).toEqual([]);
    expect(findings('公务用车购置费支出决算为0万元,预算0万元,比预算增长--(基数为0,不可比)。')).toEqual([]);
    // A bare dash where the 决算 is the 预算 (the rate 0) writes nil, as a table's “-” does (helper-h218: a 错误).
    expect(findings('公务用车购置及运行维护费支出决算为4.8万元,年初预算4.8万元,预决算差异率-。')).toEqual([]);
    expect(findings('公务用车购置及运行维护费支出决算为4.8万元,预算4.8万元,比预算增长-。')).toEqual([]);
    // A rate naming no 预算 beside a 年初 one of 0 and a 全年 one: of either, right of the 年初 one (that 年初 预算 is not the
    // table's: text-budget-figures' to say).
    expect(findings('公务接待费全年预算0.2万元,年初预算0万元,决算0.2万元,预算执行率--。').filter((f) => f.startsWith('text-budget:'))).toEqual([]);
  });
});

/**
 * 广东's second reference point (比2019年(疫情前)决算数减少24.87万元，降低28.6%): a wrong rate's message named the amount it gives
 * last year's (则上年为…), and where the document's year was not known (no table title, no 年度 in the 说明数据) the change
 * was held to the 上年数: a right sentence was a 错误, and a change made to fit last year's could pass (helper-h207).
 */
describe('广东: a change against 2019 (比2019年(疫情前)决算数减少…)', () => {
  const noYear = JSON.parse(JSON.stringify(changji2022Supplement));
  delete noYear.年度;
  const right = '“三公”经费财政拨款支出决算为4.99万元,比上年决算数减少0.02万元,降低0.4%;比2019年(疫情前)决算数减少2.00万元,降低28.6%。';
  const unknownYear = (text: string) => textFindings(text, { sheets: [] }, noYear).map((f) => `${f.rule}: ${f.message}`);

  it('a wrong rate’s message names 2019, not 上年', () => {
    expect(findings(right.replace('降低28.6%', '降低38.6%'))).toEqual([
      'text-change-words: 说明文字“减少2.00万元,降低38.6%”：本年 4.99万元、减少 2.00万元，则2019年为 6.99万元，增减率应为 28.61%，而文中为 38.6%。',
    ]);
  });

  it('the document’s year not known: never held to the 上年数 (right, no finding; its rate still read)', () => {
    expect(unknownYear(right)).toEqual([]);
    expect(unknownYear('“三公”经费财政拨款支出决算为4.99万元,比2019年决算数减少2.00万元。')).toEqual([]);
    expect(unknownYear(right.replace('降低28.6%', '降低38.6%'))).toEqual([
      'text-change-words: 说明文字“减少2.00万元,降低38.6%”：本年 4.99万元、减少 2.00万元，则2019年为 6.99万元，增减率应为 28.61%，而文中为 38.6%。',
    ]);
  });

  it('the document’s year not known: 比上年 still held to the 上年数', () => {
    expect(unknownYear(right.replace('减少0.02万元,降低0.4%', '减少0.05万元,降低1.0%'))).toEqual([
      'text-change-words: 说明文字“减少0.05万元,降低1.0%”：三公经费合计本年 4.99万元，说明数据的上年数 5.01 万元，与上年相比应为减少0.02 万元。',
    ]);
  });
});

/**
 * 广东's thousands separator (增长1,055.4%, 完成年初预算的1,115.70%) in every other rule that reads a rate: a share, a
 * 执行率, a change against the budget in words (比预算增长…), a change of two totals at once. Each was read in
 * text-change-words and text-budget alone: elsewhere a rate over 1,000% went unread, a wrong one passed (helper-h207). Each
 * rule reads it with textScan's RATE_NUMBER and rateNumber.
 */
describe('a rate over 1,000% written with a thousands separator, in every rule reading a rate', () => {
  const ruleOf = (text: string) => findings(text).map((f) => f.slice(0, f.indexOf(':')));

  it('a share (占1,004.01% for 4.01%: text-shares)', () => {
    expect(findings('2022年度“三公”经费财政拨款支出4.99万元，其中：公务接待费0.20万元，占1,004.01%。')).toEqual([
      'text-shares: 说明文字“0.20万元,占1,004.01%”：占比应为 4.01%（0.20万元 ÷ 4.99万元），文中为 1,004.01%。',
    ]);
  });

  it('a 执行率 (1,055.54% for 55.54%: text-performance)', () => {
    const text = '本年度共完成绩效自评项目9个，其中“访惠聚”工作队经费（区级）全年预算数7.49万元，全年执行数4.16万元，执行率55.54%。';
    expect(findings(text)).toEqual([]);
    expect(ruleOf(text.replace('55.54%', '1,055.54%'))).toContain('text-performance');
  });

  it('a change against the budget in words (比预算增长1,015.70%: text-budget)', () => {
    const text = '1.一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)。年初预算为20万元,支出决算为223.14万元,比预算增长1,015.70%。';
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('1,015.70%', '1,115.70%'))).toEqual([
      'text-budget: 说明文字“比预算增长1,115.70%”：按预算 20万元、决算 223.14万元 应为 增长1015.70%，文中为 增长1,115.70%。',
    ]);
  });

  it('a change of the two totals at once (财政拨款收入、支出总计各增加…，增长1,093.98%: text-change-words)', () => {
    const text = '2022年度财政拨款收入、支出决算总计均为1,363.45万元。与2021年度相比，财政拨款收入、支出总计各增加660.56万元，增长93.98%。';
    expect(findings(text)).toEqual([]);
    expect(ruleOf(text.replace('93.98%', '1,093.98%'))).toContain('text-change-words');
  });

  it('two totals’ amounts and rates listed (收、支总计分别增加…，各增长93.98%、1,093.98%: text-change-words)', () => {
    const text = '2022年度财政拨款收入、支出决算总计均为1,363.45万元。与2021年度相比，财政拨款收、支总计分别增加660.56、660.56万元，各增长93.98%、93.98%。';
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('93.98%、93.98%', '93.98%、1,093.98%'))).toEqual([
      'text-change-words: 说明文字“,各增长93.98%、1,093.98%”：财政拨款支出总计本年 1,363.45万元，说明数据的上年数 702.89 万元，与上年相比应为增长93.98%。',
    ]);
  });
});
