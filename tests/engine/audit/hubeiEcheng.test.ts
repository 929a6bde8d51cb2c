/**
 * 鄂城区 2022年一般公共预算“三公”经费决算执行情况说明 (湖北 鄂州, https://www.echeng.gov.cn/ecqxxgk/xxgkml/czgk1/bmyjs/202312/t20231212_599416.html):
 * the district's 三公 of 2022 and 2021, each 合计 with 会议费 and 培训费 in (1,000.86 = 0 + 399.25 + 472.38 + 43.77 + 34.10 + 51.37
 * − 0.01; 807.95 = 0 + 272.53 + 327.67 + 39.43 + 121.61 + 46.71), then 相较于上年增加275.76万元: the 三公 proper's change (915.40 −
 * 639.63 = 275.77), its items' after it (126.72, 144.71, 4.34, right). Read against a table 07 of the 三公 proper (915.40 = 0 +
 * 871.63 + 43.77; its 预算 not in the text: chosen) and 说明数据 of 2021's 三公 proper.
 * Before helper-h275 the change after 相较于上年 was unread (a wrong one passed). Still unread: the 合计为1000.86万 and 807.95万 (合计
 * between the 决算数 and its amount; they count 会议费 and 培训费 in, so no 三公 figure either way) and the items' changes with no
 * comparison word (公务用车运行维护费增加144.71万元: its sentence's 主要原因是 list after the total's change), nor 公务用车购置全区增加….
 */
import { textFindings } from '../../support/sampleText';
import { threePublicBook, threePublicSupplement } from '../../support/threePublicPage';

const GRID = threePublicBook(
  2022,
  { total: 1000, overseasTravel: 0, vehicles: 900, vehiclePurchase: 400, vehicleOperation: 500, reception: 100 },
  { total: 915.4, overseasTravel: 0, vehicles: 871.63, vehiclePurchase: 399.25, vehicleOperation: 472.38, reception: 43.77 },
);
const SUPPLEMENT = threePublicSupplement('鄂城区', 2022, { 三公经费合计: 639.63, '因公出国（境）费': 0, 公务用车购置费: 272.53, 公务用车运行维护费: 327.67, 公务接待费: 39.43 });
const PAGE = [
  '鄂城区2022年的“三公"经费决算数合计为1000.86万,其中:因公出国(境)费0万元、公务用车购置费399.25万元、公务用车运行维护费472.38万元、公务接待费43.77万元、会议费34.10万元、培训费51.37万元。2021年的三公经费决算数合计为807.95万,其中:因公出国(境)费0万元、公务用车购置费272.53万元、公务用车运行维护费327.67万元、公务接待费39.43万元、会议费121.61万元、培训费46.71万元。',
  '2022年“三公"经费决算数相较于上年增加275.76万元,主要原因是:',
  '1、公务用车购置全区增加126.72万元,增加的原因是编制内公务用车使用年限到期,更换车辆。',
  '2、公务用车运行维护费增加144.71万元,增加的原因是多数车辆由于使用年限过长已接近报废期,导致车辆维修费逐年上升。',
  '3、公务接待费增加4.34万元,增加的原因是机关事务中心的商务接待费与公务接待费合并记账,未拆分,造成公务接待账面数增加;会议费减少87.51万元,培训费增加4.66万。',
];
const findings = (lines: readonly string[]) => textFindings(lines, GRID, SUPPLEMENT).map((f) => `${f.rule} ${f.cells[0]} ${f.message}`);

describe('鄂城区 2022 (湖北): “三公”经费决算数相较于上年增加…', () => {
  it('right: no finding', () => {
    expect(findings(PAGE)).toEqual([]);
  });

  it('the change after 相较于上年 is read', () => {
    expect(findings(PAGE.map((l) => l.replace('增加275.76万元', '增加257.76万元')))).toEqual([
      'text-change-words 公开说明!A2 说明文字“增加257.76万元”：三公经费合计本年 915.40万元，说明数据的上年数 639.63 万元，与上年相比应为增加275.77 万元。',
    ]);
  });

  it('one after 相较于 another year is not held to last year’s', () => {
    // 2022's 三公 against 2019's: a figure no 说明数据 holds, neither read nor a 错误.
    expect(findings(['2022年“三公"经费决算数相较于2019年增加75.76万元,主要原因是公务用车更新。'])).toEqual([]);
    expect(findings(['2022年“三公"经费决算数相较于2021年增加75.76万元,主要原因是公务用车更新。'])).toHaveLength(1);
  });

  it('one after 相较于上年 following a comparison with another year is held to last year’s (review r278)', () => {
    // The opening 与2019年相比 ends at the later comparison (LATER_COMPARISON): the change after 相较于上年 is from 2021’s.
    const later = (change: string) => findings([`与2019年相比,2022年“三公"经费决算数915.40万元,增加75.76万元,相较于上年增加${change}万元。`]).filter((f) => f.startsWith('text-change-words'));
    expect(later('275.76')).toEqual([]);
    expect(later('257.76')).toEqual([
      'text-change-words 公开说明!A1 说明文字“增加257.76万元”：三公经费合计本年 915.40万元，说明数据的上年数 639.63 万元，与上年相比应为增加275.77 万元。',
    ]);
  });

  it('公务用车购置费 in the list is read', () => {
    expect(findings(PAGE.map((l) => l.replace('购置费399.25万元', '购置费393.25万元')))).toEqual([
      'text-figures 公开说明!A1 说明文字写“公务用车购置费393.25万元”，而财政拨款“三公”经费支出决算表中为 399.25 万元。',
    ]);
  });
});
