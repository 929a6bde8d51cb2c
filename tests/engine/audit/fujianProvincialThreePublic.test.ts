/**
 * 福建省 2016年省级“三公”经费决算支出 (福建省财政厅's 账单 as a news report worded it, stored copy at
 * http://finance.3news.cn/gn/2017/0830/213068.html), read against a table 07 rebuilt from it in 万元: 决算 2.29亿元 = 0.61 + 1.41
 * (0.14 + 1.27) + 0.27. The rest of the tables are 教育部 2024's (a 省级 scale; the text reads none of them). The page works
 * its rates on this year's amounts, not last year's: wrong, each found where read — the total's (0.88 / 3.17 = 27.76%, not
 * 38.7%) and 公务接待费's (0.14 / 0.41 = 34.15%, not 51.7%); 因公出国（境）费's is right (48.45 / 6,148.45 = 0.79%).
 * Before helper-257 the total's was unread (降幅达到38.7%: 达到 no word of a rate), the page's wrong rate passing.
 * 购置费's and 运行费's, stated as a pair (分别减少0.18亿元和0.56亿元，下降133.1%和43.7%: 56.25% and 30.60%; a fall of over 100%
 * cannot be), were unread before helper-266 (the items in 亿元 named by no label): each rate is now held to its item's
 * change, or to its item's 上年数 where the 说明数据 holds one. And 因公出国（境）费's, its change a sentence of its own after the
 * amount (…费0.61亿元。比2015年减少48.45万元，下降0.8%), was held to no item before helper-266 (a sentence opening on 比 and a
 * year, not 上年): now the item and amount of the sentence before (in 亿元, as the tables' figure), its rate and its change
 * (where a 上年数 is known) read.
 */
import { textFindings } from '../../support/sampleText';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import type { FinalAccountsData } from '../../../fixtures/data';
import { moe2024 } from '../../../fixtures/moe-2024/tables';

const data: FinalAccountsData = {
  ...moe2024,
  department: '福建省省级',
  year: 2016,
  threePublicCosts: {
    // The page states no budget: one chosen above each 决算.
    budget: { total: 30000, overseasTravel: 7000, vehicles: 19000, vehiclePurchase: 2000, vehicleOperation: 17000, reception: 4000 },
    actual: { total: 22900, overseasTravel: 6100, vehicles: 14100, vehiclePurchase: 1400, vehicleOperation: 12700, reception: 2700 },
  },
};
const GRID = toGrid(buildWorkbook(data, standardPlan(data)));
const SUPPLEMENT = { ...JSON.parse(JSON.stringify(changji2022Supplement)), 单位名称: '福建省省级', 年度: 2016, 指标: {} };
// 上年数 (万元) as the page's changes give them: 购置费 0.14 + 0.18, 运行费 1.27 + 0.56, 因公出国（境）费 6,100 + 48.45.
const WITH_PRIORS = { ...SUPPLEMENT, 指标: { 公务用车购置费: { 上年数: 3200 }, 公务用车运行维护费: { 上年数: 18300 }, '因公出国（境）费': { 上年数: 6148.45 } } };

const PAGE = [
  '2016年省级“三公”经费支出2.29亿元，比上年减少支出0.88亿元，降幅达到38.7%。',
  '其中，因公出国（境）费0.61亿元。比2015年减少48.45万元，下降0.8%；公务用车购置及运行费1.41亿元，包括公务用车购置费0.14亿元和公务用车运行费1.27亿元，与2015年相比，分别减少0.18亿元和0.56亿元，下降133.1%和43.7%；公务接待费0.27亿元，比2015年减少0.14亿元，下降51.7%。',
];

function findings(lines: readonly string[], supplement: unknown = SUPPLEMENT): string[] {
  return textFindings(lines, GRID, supplement).map((f) => `${f.rule} ${f.cells[0]} ${f.message}`);
}

describe('福建省 2016 省级“三公”: …比上年减少支出0.88亿元，降幅达到38.7%', () => {
  it('as published: the rates worked on this year’s amounts are found', () => {
    expect(findings(PAGE)).toEqual([
      'text-change-words 公开说明!A1 说明文字“减少支出0.88亿元,降幅达到38.7%”：本年 2.29亿元、减少 0.88亿元，则上年为 3.17亿元，增减率应为 27.76%，而文中为 38.7%。',
      'text-change-words 公开说明!A2 说明文字“下降133.1%”：本年 0.14亿元、减少 0.18亿元，则上年为 0.32亿元，增减率应为 56.25%，而文中为 133.1%。',
      'text-change-words 公开说明!A2 说明文字“43.7%”：本年 1.27亿元、减少 0.56亿元，则上年为 1.83亿元，增减率应为 30.60%，而文中为 43.7%。',
      'text-change-words 公开说明!A2 说明文字“减少0.14亿元,下降51.7%”：本年 0.27亿元、减少 0.14亿元，则上年为 0.41亿元，增减率应为 34.15%，而文中为 51.7%。',
    ]);
  });

  it('with the rates right, no finding', () => {
    expect(findings(PAGE.map((l) => l.replace('38.7%', '27.8%').replace('51.7%', '34.1%').replace('133.1%', '56.3%').replace('43.7%', '30.6%')))).toEqual([]);
  });

  it.each([
    ['降幅达到27.8%', '降幅达到37.8%'],
    ['降幅达到27.8%', '增幅达到27.8%'],
    ['减少0.14亿元', '减少0.41亿元'],
  ])('with the rates right, one made wrong is found: %s → %s', (from, to) => {
    const right = PAGE.map((l) => l.replace('38.7%', '27.8%').replace('51.7%', '34.1%').replace('133.1%', '56.3%').replace('43.7%', '30.6%'));
    expect(findings(right.map((l) => l.replace(from, to)))).toHaveLength(1);
  });
});

describe('福建省 2016 省级“三公”: …分别减少0.18亿元和0.56亿元，下降133.1%和43.7%', () => {
  const RIGHT = PAGE.map((l) => l.replace('38.7%', '27.8%').replace('51.7%', '34.1%'));

  it('as published, no 上年数: each rate held to its own item’s amount and change', () => {
    expect(findings(RIGHT)).toEqual([
      'text-change-words 公开说明!A2 说明文字“下降133.1%”：本年 0.14亿元、减少 0.18亿元，则上年为 0.32亿元，增减率应为 56.25%，而文中为 133.1%。',
      'text-change-words 公开说明!A2 说明文字“43.7%”：本年 1.27亿元、减少 0.56亿元，则上年为 1.83亿元，增减率应为 30.60%，而文中为 43.7%。',
    ]);
  });

  it('as published, with the 上年数: each rate held to its item’s', () => {
    expect(findings(RIGHT, WITH_PRIORS)).toEqual([
      'text-change-words 公开说明!A2 说明文字“下降133.1%”：公务用车购置费本年 0.14亿元，说明数据的上年数 0.32亿元，与上年相比应为下降56.25%。',
      'text-change-words 公开说明!A2 说明文字“43.7%”：公务用车运行维护费本年 1.27亿元，说明数据的上年数 1.83亿元，与上年相比应为下降30.60%。',
    ]);
  });

  it.each([SUPPLEMENT, WITH_PRIORS])('with the rates right, no finding (%#)', (supplement) => {
    expect(findings(RIGHT.map((l) => l.replace('133.1%', '56.3%').replace('43.7%', '30.6%')), supplement)).toEqual([]);
  });

  it('with the 上年数, a change made wrong is held to its own item’s', () => {
    const wrong = RIGHT.map((l) => l.replace('133.1%', '56.3%').replace('43.7%', '30.6%').replace('0.18亿元和0.56亿元', '0.18亿元和0.65亿元'));
    expect(findings(wrong, WITH_PRIORS).map((f) => f.split('：')[0])).toEqual(['text-change-words 公开说明!A2 说明文字“0.65亿元”']);
  });
});

describe('福建省 2016 省级“三公”: 因公出国（境）费0.61亿元。比2015年减少48.45万元，下降0.8%', () => {
  const RIGHT = PAGE.map((l) => l.replace('38.7%', '27.8%').replace('51.7%', '34.1%').replace('133.1%', '56.3%').replace('43.7%', '30.6%'));

  it.each([SUPPLEMENT, WITH_PRIORS])('as published (right), no finding (%#)', (supplement) => {
    expect(findings(RIGHT, supplement)).toEqual([]);
  });

  it('a wrong rate is held to the sentence before’s amount', () => {
    expect(findings(RIGHT.map((l) => l.replace('下降0.8%', '下降8.0%')))).toEqual([
      'text-change-words 公开说明!A2 说明文字“减少48.45万元,下降8.0%”：本年 6,100.00万元、减少 48.45万元，则上年为 6,148.45万元，增减率应为 0.79%，而文中为 8.0%。',
    ]);
  });

  it('with the 上年数, a wrong change is held to the item’s', () => {
    expect(findings(RIGHT.map((l) => l.replace('减少48.45万元，下降0.8%', '减少84.45万元，下降1.4%')), WITH_PRIORS)).toEqual([
      'text-change-words 公开说明!A2 说明文字“减少84.45万元,下降1.4%”：因公出国（境）费本年 6,100.00万元，说明数据的上年数 6,148.45 万元，与上年相比应为减少48.45 万元。',
    ]);
  });
});
