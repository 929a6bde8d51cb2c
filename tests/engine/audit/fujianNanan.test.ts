/**
 * 福建 南安市 2023 “三公经费”一般公共预算财政拨款支出情况说明 (http://nanan.gov.cn/zwgk/zfxxgkzdgz/yjsgk/sgjf/202407/t20240715_3060276.htm):
 * each item's 支出数, 比年初预算减少…, 下降…% (1827 of 2571: 744, 28.94%; 因公出国（境）经费 95 of 127; 公务接待费 202 of 471;
 * 公务用车购置及运行费 1530 of 1973, of it 购置费 454 of 712 and 运行费 1076 of 1261). Table 07 rebuilt from the page's figures
 * (万元; the 预算 as 支出数 + 减少数) on the sample's other tables, the year the page's. All the page's figures agree.
 * Unread before helper-h208: the 支出数 of a clause opening on words before its label (经汇总，…“三公”经费支出数为1827万元; 其中：
 * 一、因公出国（境）经费支出数95万元; 其中，公务用车购置费支出数454万元) and any written with 为: a wrong one, its difference
 * and rate made to agree with it, passed.
 */
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { textFindings } from '../../support/sampleText';

const data = JSON.parse(JSON.stringify(changji2022)) as typeof changji2022;
(data as { year: number }).year = 2023;
(data as { threePublicCosts: unknown }).threePublicCosts = {
  budget: { total: 2571, overseasTravel: 127, vehicles: 1973, vehiclePurchase: 712, vehicleOperation: 1261, reception: 471 },
  actual: { total: 1827, overseasTravel: 95, vehicles: 1530, vehiclePurchase: 454, vehicleOperation: 1076, reception: 202 },
};
const grid = toGrid(buildWorkbook(data, standardPlan(data)));
const findings = (text: string) => textFindings(text, grid).map((f) => `${f.rule} ${f.message}`);

const PAGE =
  '经汇总，2023年度南安市本级使用一般公共预算拨款安排的“三公”经费支出数为1827万元，比年初预算减少744万元，下降28.94%。主要是：各部门落实过紧日子要求，厉行节约，从严控制三公经费支出。其中：一、因公出国（境）经费支出数95万元，比年初预算减少32万元，下降25.2%。主要是：落实过紧日子政策，从严控制因公出国（境）费用。二、公务接待费支出数202万元，比年初预算减少269万元，下降57.11%。主要是：加强公务接待管理，严格执行公务接待费等相关规定。三、公务用车购置及运行费支出数1530万元，比年初预算减少443万元，下降22.45%。其中，公务用车购置费支出数454万元，比年初预算减少258万元，下降36.24%。主要是：从严控制公务用车采购；公务用车运行费支出数1076万元，比年初预算减少185万元，下降14.67%。主要是：各部门加强公务用车管理，认真落实公务用车运维费标准。';

describe('南安市 2023 (福建): the 三公 paragraph against table 07', () => {
  it('as published: no finding', () => {
    expect(findings(PAGE)).toEqual([]);
  });

  // Each 支出数 made wrong with its difference and rate made to agree (so only the table can tell).
  it.each([
    ['为1827万元，比年初预算减少744万元，下降28.94%', '为1900万元，比年初预算减少671万元，下降26.10%', '1900万元', '1,827.00'],
    ['经费支出数95万元，比年初预算减少32万元，下降25.2%', '经费支出数100万元，比年初预算减少27万元，下降21.26%', '100万元', '95.00'],
    ['购置费支出数454万元，比年初预算减少258万元，下降36.24%', '购置费支出数460万元，比年初预算减少252万元，下降35.39%', '460万元', '454.00'],
    ['接待费支出数202万元，比年初预算减少269万元，下降57.11%', '接待费支出数210万元，比年初预算减少261万元，下降55.41%', '210万元', '202.00'],
    ['运行费支出数1530万元，比年初预算减少443万元，下降22.45%', '运行费支出数1500万元，比年初预算减少473万元，下降23.97%', '1500万元', '1,530.00'],
  ])('a wrong 支出数 is found against table 07: %s → %s', (from, to, written, table) => {
    const found = findings(PAGE.replace(from, to));
    expect(found.filter((f) => f.startsWith('text-budget-figures'))).toEqual([expect.stringContaining(`写决算为 ${written}，而财政拨款“三公”经费支出决算表中为 ${table} 万元。`)]);
  });

  it('a wrong difference is found against table 07’s 预算', () => {
    expect(findings(PAGE.replace('比年初预算减少744万元，下降28.94%', '比年初预算减少700万元，下降27.70%'))).toContain(
      'text-budget 说明文字“比年初预算减少700万元”：按预算 2,571.00万元、决算 1827万元 应为决算比预算少 744.00 万元。',
    );
  });

  // The opening words in another order, or another one of them (2023年度，经汇总，…; 另外，…): stripped in any order, the
  // 支出数 is read; before helper-h217 the year before 经汇总 (or 另外) left it unread and a wrong one passed. Read with the
  // page's year as the 说明数据's (the sample's is 2022's: a text opening on 2023年度 would be a leftover year).
  const findings2023 = (text: string) => textFindings(text, grid, { ...changji2022Supplement, 年度: 2023 }).map((f) => `${f.rule} ${f.message}`);
  it.each([
    ['经汇总，2023年度南安市', '2023年度，经汇总，南安市'],
    ['经汇总，2023年度南安市', '另外，经汇总，2023年度南安市'],
    ['经汇总，2023年度南安市', '2023年，汇总：南安市'],
  ])('with the opening %s written %s, a wrong 支出数 is found', (from, to) => {
    const page = PAGE.replace(from, to);
    expect(findings2023(page)).toEqual([]);
    const found = findings2023(page.replace('为1827万元，比年初预算减少744万元，下降28.94%', '为1900万元，比年初预算减少671万元，下降26.10%'));
    expect(found.filter((f) => f.startsWith('text-budget-figures'))).toEqual([expect.stringContaining('写决算为 1900万元，而财政拨款“三公”经费支出决算表中为 1,827.00 万元。')]);
  });

  // Other words before a comma are no opening words: they may name the item the amount is of (its 支出数 left unread, not
  // held to the 三公 total's).
  it('a clause opening on another item’s words is not read as the label’s', () => {
    const page = PAGE.replace('经汇总，2023年度南安市', '2023年度，经汇总，公务接待费，南安市').replace('为1827万元，比年初预算减少744万元，下降28.94%', '为1900万元，比年初预算减少671万元，下降26.10%');
    expect(findings2023(page).filter((f) => f.startsWith('text-budget-figures'))).toEqual([]);
  });
});
