/**
 * Two real 云南 寻甸县 三公 pages of 2023 (the 云南 template: 预算为…，支出决算为…，完成预算的…; 比2022年减少…，下降…; 占…):
 * - 寻甸回族彝族自治县塘子街道2023年度“三公”经费决算情况说明 (http://www.kmxd.gov.cn/c/2024-08-26/6893569.shtml). Its figures
 *   agree with a table 07 of 预算 24.50 = 0 + 4.50 + 20.00 and 决算 11.96 = 0 + 4.02 + 7.94 (4.02 / 4.50 = 89.33%, 7.94 / 20 = 39.7%,
 *   11.96 / 24.5 = 48.82%); its 上年数 as its changes imply (12.37, 3.97, 8.40). Its errors, each found: the shares of §二 are the
 *   completion rates copied (占89.33% and 占39.7% of 11.96: 33.61% and 66.39%), and 公务用车运行维护支出0万元 where its 购置 is 0 and
 *   the 购置及运行维护费 4.02. Its rates 3.34% (0.41 / 12.37 = 3.31%) and 5.44% (0.46 / 8.40 = 5.48%) stand: within what amounts
 *   rounded from 元 allow (0.413 / 12.373 = 3.34%), as a rate of rounded figures is held.
 * - 云南寻甸产业园区管理委员会2023年度“三公”经费决算情况说明 (http://www.kmxd.gov.cn/c/2024-08-28/6894825.shtml): 完成预算的59.5%
 *   (3.58 / 5.92 = 60.47%: 60.5% mistyped); its items' 20.3% and 40.2% are each 决算 over the whole 预算 5.92 (1.2 / 5.92, 2.38 /
 *   5.92), which no split of 5.92 allows (1.2 / 20.3% + 2.38 / 40.2% = 11.83): the page prints no table, the items' 预算 here
 *   (2.00 and 3.92) are chosen, so those two findings are of this split. Its shares (33.5%, 66.5%) and changes are right.
 * Both print 因公出国(境)费…为0万元,完成预算的0.00% (0%) over a 预算 of 0 and a 决算 of 0: text-zero-budget says so as a 提示
 * (DOMAIN §5: no rate over a zero 预算; 0 of 0 is 云南's template wording, no wrong figure).
 * Read already but for nothing (helper-h275 found every figure read); kept so that it stays read.
 */
import type { Finding } from '../../../src/engine/audit/finding';
import { textFindings } from '../../support/sampleText';
import { threePublicBook, threePublicSupplement } from '../../support/threePublicPage';

const TANGZI_GRID = threePublicBook(
  2023,
  { total: 24.5, overseasTravel: 0, vehicles: 4.5, vehiclePurchase: 0, vehicleOperation: 4.5, reception: 20 },
  { total: 11.96, overseasTravel: 0, vehicles: 4.02, vehiclePurchase: 0, vehicleOperation: 4.02, reception: 7.94 },
);
const TANGZI_SUPPLEMENT = threePublicSupplement(
  '寻甸县塘子街道办事处',
  2023,
  { 三公经费合计: 12.37, '因公出国（境）费': 0, 公务用车购置及运行维护费: 3.97, 公务接待费: 8.4 },
  { '因公出国（境）团组数': 0, '因公出国（境）人次': 0, 公务用车购置数: 0, 公务用车保有量: 7 },
);
const TANGZI = [
  '一、一般公共预算财政拨款“三公”经费支出决算总体情况',
  '寻甸县塘子街道办事处2023年度一般公共预算财政拨款“三公”经费支出预算为24.5万元,支出决算为11.96万元,完成预算的48.82%。其中:因公出国(境)费支出决算为0万元,完成预算的0.00%;公务用车购置及运行费支出决算为4.02万元,完成预算的89.33%;公务接待费支出决算为7.94万元,完成预算的39.7%。2023年度一般公共预算财政拨款“三公”经费支出决算数小于预算数的主要原因是本年度无公务用车购置支出,且压缩公务接待支出。',
  '2023年度一般公共预算财政拨款“三公”经费支出决算数比2022年减少0.41万元,下降3.34%。其中:因公出国(境)费支出决算增加0万元,增长0.00%;公务用车购置及运行费支出决算增加0.05万元,增长1.26%;公务接待费支出决算减少0.46万元,下降5.44%。2023年度一般公共预算财政拨款“三公”经费支出决算减少主要原因是本年度无公务用车购置支出,且压缩公务接待支出。',
  '二、一般公共预算财政拨款“三公”经费支出决算具体情况',
  '2023年度一般公共预算财政拨款“三公”经费支出决算中,因公出国(境)费支出0万元,占0.00%;公务用车购置及运行维护费支出4.02万元,占89.33%;公务接待费支出7.94万元,占39.7%。具体情况如下:',
  '1.因公出国(境)费支出0万元,共安排因公出国(境)团组0个,累计0人次。本单位2023年度无此项支出。',
  '2.公务用车购置及运行维护费支出4.02万元。其中:',
  '公务用车购置支出0万元,购置车辆0辆。本单位2023年度无此项支出。',
  // The stored page ends in this sentence (…车辆燃料费、维修): ended here.
  '公务用车运行维护支出0万元,开支一般公共预算财政拨款的公务用车保有量为7辆。主要用于单位开展检查、调研、到县外开会、报送材料等所需车辆燃料费、维修费等。',
];
const ZERO_BUDGET = (line: string) => `text-zero-budget warning ${line} 说明文字“完成预算的0.00%”：预算数和决算数都为 0，完成率无从计算；建议写明预算数为 0，不写比例。`;
/** A finding as a line; text-zero-budget's with its severity (a 提示 where 预算 and 决算 are both 0). */
const shown = (f: Finding) => (f.rule === 'text-zero-budget' ? `${f.rule} ${f.severity} ${f.cells[0]} ${f.message}` : `${f.rule} ${f.cells[0]} ${f.message}`);
const tangzi = (lines: readonly string[]) => textFindings(lines, TANGZI_GRID, TANGZI_SUPPLEMENT).map(shown);

const PARK_GRID = threePublicBook(
  2023,
  { total: 5.92, overseasTravel: 0, vehicles: 2, vehiclePurchase: 0, vehicleOperation: 2, reception: 3.92 },
  { total: 3.58, overseasTravel: 0, vehicles: 1.2, vehiclePurchase: 0, vehicleOperation: 1.2, reception: 2.38 },
);
const PARK_SUPPLEMENT = threePublicSupplement(
  '云南寻甸产业园区管理委员会',
  2023,
  { 三公经费合计: 3.42, '因公出国（境）费': 0, 公务用车购置及运行维护费: 1.2, 公务接待费: 2.22 },
  { '因公出国（境）团组数': 0, '因公出国（境）人次': 0, 公务用车购置数: 0, 公务用车保有量: 1 },
);
const PARK = [
  '云南寻甸产业园区管理委员会2023年度一般公共预算财政拨款“三公”经费支出预算为5.92万元,支出决算为3.58万元,完成预算的59.5%。其中:因公出国(境)费支出决算为0.00万元,完成预算的0%;公务用车购置及运行费支出决算为1.2万元,完成预算的20.3%;公务接待费支出决算为2.38万元,完成预算的40.2%。2023年度一般公共预算财政拨款“三公”经费支出决算数小于预算数的主要原因是我单位节约资源,保证园区正常工作的情况下,牢固树立过“紧日子”思想,勤俭办事、厉行节约。',
  '2023年度一般公共预算财政拨款“三公”经费支出决算数比2022年增加0.16万元,增长4.8%。其中:因公出国(境)费支出决算增加0万元,增长0%;公务用车购置及运行费支出决算增加0万元,增长0%;公务接待费支出决算增加0.16万元,增长7.4%。2023年度一般公共预算财政拨款“三公”经费支出决算公务接待增加的主要原因是2023年度上级部门到园区调研次数增多,故接待数比上年度增加。',
  '二、一般公共预算财政拨款“三公”经费支出决算具体情况',
  '2023年度一般公共预算财政拨款“三公”经费支出决算中,因公出国(境)费支出0万元,占0%;公务用车购置及运行维护费支出1.2万元,占33.5%;公务接待费支出2.38万元,占66.5%。具体情况如下:',
  '1.因公出国(境)费支出0万元,共安排因公出国(境)团组0个,累计0人次。开展内容包括:具体出国开支及开展工作情况等。',
  '2. 公务用车购置及运行维护费支出1.2万元。其中:',
  '公务用车购置支出0万元,购置车辆0辆。',
  '公务用车运行维护支出1.2万元,开支一般公共预算财政拨款的公务用车保有量为1辆。主要用于园区所需车辆燃料费等。',
];
const park = (lines: readonly string[]) => textFindings(lines, PARK_GRID, PARK_SUPPLEMENT).map(shown);

/** The findings `wrong` has that `right` has not, by rule. */
const added = (read: (lines: readonly string[]) => string[], right: readonly string[], from: string, to: string) => {
  const wrong = right.map((l) => l.replace(from, to));
  expect(wrong).not.toEqual(right);
  const before = read(right);
  return read(wrong).filter((f) => !before.includes(f)).map((f) => f.slice(0, f.indexOf(' ')));
};

describe('塘子街道 2023 (寻甸, 云南): 完成预算的…; 比2022年减少…; 占…', () => {
  it('as published: its shares copied from its completion rates and its 运行维护 0, each found', () => {
    expect(tangzi(TANGZI)).toEqual([
      'text-figures 公开说明!A9 说明文字写“公务用车运行维护0万元”，而财政拨款“三公”经费支出决算表中为 4.02 万元。',
      'text-shares 公开说明!A5 说明文字“4.02万元,占89.33%”：占比应为 33.61%（4.02万元 ÷ 11.96 万元），文中为 89.33%。',
      'text-shares 公开说明!A5 说明文字“7.94万元,占39.7%”：占比应为 66.39%（7.94万元 ÷ 11.96 万元），文中为 39.7%。',
      ZERO_BUDGET('公开说明!A2'),
    ]);
  });

  it('corrected: no finding but the rate over a zero 预算', () => {
    const right = TANGZI.map((l) => l.replace('占89.33%', '占33.61%').replace('占39.7%', '占66.39%').replace('运行维护支出0万元', '运行维护支出4.02万元'));
    expect(tangzi(right)).toEqual([ZERO_BUDGET('公开说明!A2')]);
  });

  it.each([
    ['预算为24.5万元', '预算为25.4万元', 'text-budget-figures'],
    ['支出决算为11.96万元', '支出决算为11.69万元', 'text-budget-figures'],
    ['完成预算的48.82%', '完成预算的48.28%', 'text-budget'],
    ['运行费支出决算为4.02万元', '运行费支出决算为4.20万元', 'text-figures'],
    ['完成预算的89.33%', '完成预算的83.93%', 'text-budget'],
    ['接待费支出决算为7.94万元', '接待费支出决算为7.49万元', 'text-figures'],
    ['完成预算的39.7%', '完成预算的37.9%', 'text-budget'],
    ['减少0.41万元', '减少0.14万元', 'text-change-words'],
    ['下降3.34%', '下降4.33%', 'text-change-words'],
    ['增加0.05万元', '增加0.50万元', 'text-change-words'],
    ['增长1.26%', '增长2.16%', 'text-change-words'],
    ['减少0.46万元', '减少0.64万元', 'text-change-words'],
    ['下降5.44%', '下降4.45%', 'text-change-words'],
    ['维护费支出4.02万元,占', '维护费支出4.20万元,占', 'text-figures'],
    ['公务接待费支出7.94万元,占', '公务接待费支出7.49万元,占', 'text-figures'],
    ['2.公务用车购置及运行维护费支出4.02万元', '2.公务用车购置及运行维护费支出4.20万元', 'text-figures'],
    ['保有量为7辆', '保有量为6辆', 'text-counts'],
  ])('%s written as %s: found', (from, to, rule) => {
    expect(added(tangzi, TANGZI, from, to)).toContain(rule);
  });
});

describe('云南寻甸产业园区管理委员会 2023: the same template', () => {
  it('as published: 完成预算的59.5% found, and its items’ rates over the whole 预算', () => {
    expect(park(PARK)).toEqual([
      'text-budget 公开说明!A1 说明文字“完成预算的59.5%”：按预算 5.92万元、决算 3.58万元 应为 60.47%，文中为 59.5%。',
      'text-budget 公开说明!A1 说明文字“完成预算的20.3%”：按预算 2.00万元、决算 1.2万元 应为 60.00%，文中为 20.3%。',
      'text-budget 公开说明!A1 说明文字“完成预算的40.2%”：按预算 3.92万元、决算 2.38万元 应为 60.71%，文中为 40.2%。',
      'text-zero-budget warning 公开说明!A1 说明文字“完成预算的0%”：预算数和决算数都为 0，完成率无从计算；建议写明预算数为 0，不写比例。',
    ]);
  });

  it.each([
    ['增加0.16万元,增长4.8%', '增加0.61万元,增长4.8%', 'text-change-words'],
    ['增长4.8%', '增长8.4%', 'text-change-words'],
    ['增长7.4%', '增长4.7%', 'text-change-words'],
    ['占33.5%', '占35.3%', 'text-shares'],
    ['占66.5%', '占65.6%', 'text-shares'],
    ['公务用车运行维护支出1.2万元', '公务用车运行维护支出2.1万元', 'text-figures'],
  ])('%s written as %s: found', (from, to, rule) => {
    expect(added(park, PARK, from, to)).toContain(rule);
  });
});
