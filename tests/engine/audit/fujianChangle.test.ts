/**
 * 福建 福州市长乐区 2017年区级“三公”经费公共财政拨款支出情况 (stored copy at
 * http://fzcl.gov.cn/xjwz/zwgk/zfxxgkzdgz/czzj/bjsgjfgk/201809/t20180913_2603583.htm), read against a table 07 rebuilt from its
 * figures: 决算 1,360.13 = 22.00 + 1,116.14 + 221.98 (1,360.12: a 尾差 of rounding from 元), 公务用车购置及运行费 1,116.14 =
 * 购置费 34.71 + 运行费 1,081.43. The rest of the tables are the sample's (昌吉 2022; the text reads none of them). Its 说明数据:
 * the total's 上年数 1,973.93 (1,360.13 + the 613.80 it states) and its counts (团组 10, 人次 16, 保有量 404, 接待 893 批次
 * 11,680 人次); the items' 上年数 not given (the page's disagree with its total: 50.23 + 114.11 + 1,713.12 + 220.62 ≠ 1,973.93).
 * The page is wrong three times, each found: the total's rate (613.80 / 1,973.93 = 31.10%, not 36.0%), 公务用车运行费 stated
 * as 1,116.14 (the 购置及运行费 whole; with its 购置费 34.71 the parts exceed it: 1,081.43) and its rate (596.98 / (1,081.43 +
 * 596.98) = 35.57%; from 1,116.14 it would be 34.85%: not 39.8% either way). The rest is right: 56.2%, 69.6%, 0.62%, 44.8%.
 * Before helper-257 three of its changes were unread, a wrong one passing: the total's (比上年减少支出613.80万元: 支出 between the
 * word and its amount; and “三公”经费公共财政拨款支出, 公共财政拨款 the 一般公共预算's name before 2015, named no 三公 total: held to
 * no 上年数), 因公出国（境）经费支出减少… and 公务接待费支出增加… (the 费's 支出 named no item). The 人次's change (出国人次从29人降为
 * 16人，下降44.8%) is still unread: a count's change from one figure to another is read nowhere.
 */
import { explain } from '../../../src/engine/workflow';
import { textFindings } from '../../support/sampleText';
import { PRESETS } from '../../../src/engine/narrative/presets';
import { documentLines } from '../../../src/engine/narrative/sheet';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import type { FinalAccountsData } from '../../../fixtures/data';

const data: FinalAccountsData = {
  ...changji2022,
  department: '福州市长乐区',
  year: 2017,
  threePublicCosts: {
    // The page states no budget: one chosen above each 决算 (the text compares none with it).
    budget: { total: 1400, overseasTravel: 30, vehicles: 1140, vehiclePurchase: 40, vehicleOperation: 1100, reception: 230 },
    actual: { total: 1360.13, overseasTravel: 22, vehicles: 1116.14, vehiclePurchase: 34.71, vehicleOperation: 1081.43, reception: 221.98 },
  },
};
const GRID = toGrid(buildWorkbook(data, standardPlan(data)));

const SUPPLEMENT = (() => {
  const json = JSON.parse(JSON.stringify(changji2022Supplement));
  json.单位名称 = '福州市长乐区';
  json.年度 = 2017;
  json.指标 = { 三公经费合计: { 上年数: 1973.93 } };
  Object.assign(json.事项, {
    '因公出国（境）团组数': 10,
    '因公出国（境）人次': 16,
    公务用车购置数: 1,
    公务用车保有量: 404,
    国内公务接待批次: 893,
    国内公务接待人次: 11680,
  });
  return json;
})();

const PAGE = [
  '经长乐区财政局汇总，2017年区级“三公”经费公共财政拨款支出1360.13万元，比上年减少支出613.80万元，下降36.0%。具体情况如下：',
  '（一）因公出国（境）费22.00万元。全年区级部门组织出国团组10个，因公出国（境）累计16人次。与2016年相比，因公出国（境）经费支出减少28.23万元，下降56.2%。主要是贯彻中央八项规定精神，严格出国审批，出国人次从29人降为16人，下降44.8%。',
  '（二）公务用车购置及运行费1116.14万元。其中：',
  '1、公务用车购置费34.71万元，公务用车购置1辆中巴车，用于政府系统公务活动使用等，与2016年相比，公务用车购置费减少79.4万元，下降69.6%。',
  '2、公务用车运行费1116.14万元，主要用于公务用车燃油、维修、保险等方面支出，年末公务用车保有量404辆，与2016年相比，公务用车运行费减少596.98万元，下降39.8%，主要是，有效推进公务改革，严格压缩公务用车购置和运行经费支出。',
  '（三）公务接待费221.98万元，国内公务接待893批次，11680人次。与2016年相比，公务接待费支出增加1.36万元，增长0.62%。',
];

function findings(lines: readonly string[]): string[] {
  return textFindings(lines, GRID, SUPPLEMENT).map((f) => `${f.rule} ${f.cells[0]} ${f.message}`);
}

describe('长乐区 2017 (福州): “三公”经费…支出1360.13万元，比上年减少支出613.80万元，下降36.0%', () => {
  it('as published: the page’s three errors, nothing else', () => {
    expect(findings(PAGE)).toEqual([
      'text-change-words 公开说明!A1 说明文字“减少支出613.80万元,下降36.0%”：本年 1360.13万元、减少 613.80万元，则上年为 1,973.93万元，增减率应为 31.10%，而文中为 36.0%。',
      'text-change-words 公开说明!A5 说明文字“减少596.98万元,下降39.8%”：本年 1,081.43万元、减少 596.98万元，则上年为 1,678.41万元，增减率应为 35.57%，而文中为 39.8%。',
      'text-figures 公开说明!A5 说明文字写“公务用车运行费1116.14万元”，而财政拨款“三公”经费支出决算表中为 1,081.43 万元。',
    ]);
  });

  it('corrected, no finding', () => {
    const right = PAGE.map((l) => l.replace('下降36.0%', '下降31.1%').replace('公务用车运行费1116.14万元', '公务用车运行费1081.43万元').replace('下降39.8%', '下降35.6%'));
    expect(findings(right)).toEqual([]);
  });

  it.each([
    ['减少支出613.80万元', '减少支出631.80万元'],
    ['下降56.2%', '下降65.2%'],
    ['减少28.23万元', '减少82.23万元'],
    ['减少79.4万元', '减少97.4万元'],
    ['下降69.6%', '下降96.6%'],
    ['增加1.36万元', '增加3.16万元'],
    ['增长0.62%', '增长6.2%'],
  ])('a right figure made wrong is found: %s → %s', (from, to) => {
    const right = PAGE.map((l) => l.replace('下降36.0%', '下降31.1%'));
    const at = right.findIndex((l) => l.includes(from));
    const wrong = right.map((l, i) => (i === at ? l.replace(from, to) : l));
    expect(findings(wrong).length).toBeGreaterThan(findings(right).length);
  });

  it('增加支出 as 减少支出: the change of the amount before it', () => {
    const rising = ['2017年区级“三公”经费公共财政拨款支出1360.13万元，比上年增加支出613.80万元，增长82.2%。'];
    // Right in itself (1,360.13 − 613.80 = 746.33; 613.80 / 746.33 = 82.24%), not by the 说明数据's 上年数 (1,973.93: a 减少).
    expect(findings(rising)).toEqual([
      'text-change-words 公开说明!A1 说明文字“增加支出613.80万元,增长82.2%”：三公经费合计本年 1360.13万元，说明数据的上年数 1,973.93 万元，与上年相比应为减少613.80 万元。',
    ]);
    expect(findings(['2017年区级“三公”经费公共财政拨款支出1360.13万元，比上年减少支出613.80万元。'])).toEqual([]);
    expect(findings(['2017年区级“三公”经费公共财政拨款支出1360.13万元，比上年减少支出600.00万元。'])).toHaveLength(1);
  });

  it('our text (上海 preset) states the total’s change and the 运行费 as the table has them, not as the page wrote them', () => {
    const lines = documentLines(explain(GRID, PRESETS.shanghai!, SUPPLEMENT).document).map((l) => l.text);
    const text = lines.join('\n');
    for (const s of ['支出决算为1360.13万元', '比2016年度减少613.80万元，下降31.10%', '公务用车运行维护支出1081.43万元', '公务接待费支出决算221.98万元'])
      expect(text).toContain(s);
    expect(text).not.toContain('36.0');
    // Read back, our own figures draw no finding of a change or a figure.
    expect(findings(lines).filter((f) => /^text-(?:change-words|figures) /.test(f))).toEqual([]);
  });
});
