/**
 * 三公 figures of a scope other than table 07's (财政拨款 of the department as a whole, this year's 决算): right texts about them were
 * 错误, held to table 07's figures (helper-h332). Each read against a table 07 that makes it right: the sample's (昌吉 2022: 预算
 * 5.00 = 0 + 4.80 + 0.20, 决算 4.99 = 0 + 4.79 + 0.20), a 中央 scale one in 亿元 (the sample's tables with table 07 of 预算 3.49亿元
 * = 0.40 + 2.79 + 0.30, 决算 3.94亿元 = 0.41 + 3.20 + 0.33), 上海 2024's (项目支出 1,065.60 of which 920.00 from table 05).
 * The same texts with a wrong figure of table 07's own are still one 错误.
 */
import { textFindings } from '../../support/sampleText';
import { threePublicBook, threePublicSupplement } from '../../support/threePublicPage';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { shanghai2024 } from '../../../fixtures/shanghai-2024/tables';
import { shanghai2024Supplement } from '../../../fixtures/shanghai-2024/supplement';

const centralGrid = threePublicBook(
  2022,
  { total: 34900, overseasTravel: 4000, vehicles: 27900, vehiclePurchase: 5000, vehicleOperation: 22900, reception: 3000 },
  { total: 39400, overseasTravel: 4100, vehicles: 32000, vehiclePurchase: 6000, vehicleOperation: 26000, reception: 3300 },
);
const centralSupplement = threePublicSupplement('中央本级', 2022, {});
const central = (text: string) => shown(textFindings([text], centralGrid, centralSupplement));

/** The sample's findings on lines of text: level, rule and message. */
const sample = (...lines: string[]) => shown(textFindings(lines));
const shown = (found: ReturnType<typeof textFindings>) => found.map((f) => `${f.severity} ${f.rule} ${f.message}`);

describe('a 三公 budget listed in 亿元: its items are the budget’s', () => {
  const TEXT = '“三公”经费预算3.49亿元，其中：因公出国（境）费0.40亿元，公务接待费0.30亿元，公务用车购置及运行费2.79亿元。';
  it('right: no finding (its items were held to the 决算, three 错误)', () => {
    expect(central(TEXT)).toEqual([]);
  });
  it('the budget wrong: one 错误, at it', () => {
    expect(central(TEXT.replace('3.49亿元', '3.94亿元'))).toEqual([
      'error text-budget-figures 说明文字“三公经费预算3.94亿元”写预算为 3.94亿元，而财政拨款“三公”经费支出决算表中为 34,900.00 万元。',
    ]);
  });
  it('the 决算 listed so is still held to the 决算', () => {
    expect(central('“三公”经费支出3.94亿元，其中：因公出国（境）费0.50亿元，公务接待费0.33亿元，公务用车购置及运行费3.20亿元。')).toEqual([
      'error text-figures 说明文字写“因公出国(境)费0.50亿元”，而财政拨款“三公”经费支出决算表中为 4,100.00 万元。',
    ]);
  });
});

describe('an amount marked （年初预算） after it is the budget, not the 决算', () => {
  it('right: no finding', () => {
    expect(central('2022年“三公”经费3.49亿元（年初预算），决算3.94亿元。')).toEqual([]);
    expect(central('一般公共预算“三公”经费3.49亿元（年初预算数）。')).toEqual([]);
    expect(sample('“三公”经费5.00万元（年初预算数），其中公务接待费0.20万元（年初预算数）。')).toEqual([]);
  });
  it('the 决算 or the budget wrong: one 错误', () => {
    expect(central('2022年“三公”经费3.49亿元（年初预算），决算3.49亿元。')).toEqual([
      'error text-budget-figures 说明文字“2022年三公经费3.49亿元(年初预算),决算3.49亿元”写决算为 3.49亿元，而财政拨款“三公”经费支出决算表中为 39,400.00 万元。',
    ]);
    expect(central('一般公共预算“三公”经费预算数为3.94亿元（年初预算数）。')).toEqual([
      'error text-budget-figures 说明文字“一般公共预算三公经费预算数为3.94亿元(年初预算数)”写预算为 3.94亿元，而财政拨款“三公”经费支出决算表中为 34,900.00 万元。',
    ]);
  });
  it('with no mark, the amount is the 决算', () => {
    expect(sample('“三公”经费5.00万元。')).toEqual(['error text-figures 说明文字写“三公经费5.00万元”，而财政拨款“三公”经费支出决算表中为 4.99 万元。']);
  });
});

describe('全口径 and one project’s 三公 are no figure of table 07', () => {
  it('right: no finding', () => {
    expect(sample('2022年度全口径“三公”经费支出8.00万元，比上年增加1.00万元。')).toEqual([]);
    expect(sample('2022年度财政拨款“三公”经费支出4.99万元，全口径“三公”经费支出8.00万元。')).toEqual([]);
    expect(sample('办公楼维修项目绩效自评中，“三公”经费实际支出3.00万元。')).toEqual([]);
    expect(sample('（三）项目支出绩效自评情况', '“三公”经费实际支出3.00万元，主要用于项目调研。')).toEqual([]);
  });
  it('table 07’s beside them wrong: one 错误', () => {
    expect(sample('2022年度财政拨款“三公”经费支出4.89万元，全口径“三公”经费支出8.00万元。')).toEqual([
      'error text-figures 说明文字写“三公经费支出4.89万元”，而财政拨款“三公”经费支出决算表中为 4.99 万元。',
    ]);
  });
  it('a project named in a reason makes no project’s sentence', () => {
    expect(sample('“三公”经费支出4.99万元，主要原因是严格执行项目预算管理，公务接待费支出0.30万元。')).toEqual([
      'error text-figures 说明文字写“公务接待费0.30万元”，而财政拨款“三公”经费支出决算表中为 0.20 万元。',
    ]);
  });
  it('an opening clause that is a reason naming a project’s 绩效 or 预算 makes no project’s sentence', () => {
    expect(sample('因项目绩效管理加强，“三公”经费支出4.89万元。')).toEqual(['error text-figures 说明文字写“三公经费支出4.89万元”，而财政拨款“三公”经费支出决算表中为 4.99 万元。']);
    expect(sample('由于严格执行项目预算，“三公”经费支出4.89万元。')).toEqual(['error text-figures 说明文字写“三公经费支出4.89万元”，而财政拨款“三公”经费支出决算表中为 4.99 万元。']);
    expect(sample('严格执行项目预算，“三公”经费支出4.89万元。')).toEqual(['error text-figures 说明文字写“三公经费支出4.89万元”，而财政拨款“三公”经费支出决算表中为 4.99 万元。']);
    expect(sample('因项目绩效管理加强，“三公”经费支出4.99万元。')).toEqual([]);
  });
  it('the budget’s alike: one project’s unread, the department’s after a reason read', () => {
    expect(sample('该项目“三公”经费预算3.00万元，决算2.00万元。')).toEqual([]);
    expect(sample('由于项目调整，该项目“三公”经费预算3.00万元，决算2.00万元。')).toEqual([]);
    expect(sample('由于项目调整，该项目“三公”经费支出3.00万元。')).toEqual([]);
    expect(sample('办公楼维修项目绩效自评中，“三公”经费预算3.00万元，决算2.00万元。')).toEqual([]);
    expect(sample('因项目绩效管理加强，“三公”经费预算5.00万元，决算4.99万元。')).toEqual([]);
    expect(sample('因项目绩效管理加强，“三公”经费预算5.00万元，决算4.89万元。')).toEqual([
      'error text-budget-figures 说明文字“因项目绩效管理加强,三公经费预算5.00万元,决算4.89万元”写决算为 4.89万元，而财政拨款“三公”经费支出决算表中为 4.99 万元。',
    ]);
  });
  it('under a heading about 绩效 alone the department’s is still read', () => {
    expect(sample('十、预算绩效情况说明', '“三公”经费实际支出4.89万元。')).toEqual(['error text-figures 说明文字写“三公经费实际支出4.89万元”，而财政拨款“三公”经费支出决算表中为 4.99 万元。']);
  });
});

describe('another fund’s and one kind of unit’s 三公 are no figure of table 07', () => {
  it('right: no finding', () => {
    expect(sample('政府性基金“三公”经费比预算少1.00万元。')).toEqual([]);
    expect(sample('政府性基金“三公”经费预算2.00万元，决算1.00万元，比预算少1.00万元。')).toEqual([]);
    expect(sample('政府性基金预算财政拨款“三公”经费支出2.00万元。')).toEqual([]);
    expect(sample('“三公”经费支出4.99万元，其中行政单位“三公”经费3.00万元，事业单位“三公”经费1.99万元。')).toEqual([]);
    expect(sample('行政单位“三公”经费支出3.00万元，比预算少1.00万元。')).toEqual([]);
  });
  it('the items after the units listed as 其中 parts of table 07’s total are table 07’s', () => {
    const TEXT = '2022年度一般公共预算财政拨款“三公”经费支出4.99万元，其中：行政单位“三公”经费3.00万元，事业单位“三公”经费1.99万元，因公出国（境）费0.00万元，公务用车购置及运行维护费4.79万元，公务接待费0.20万元。';
    expect(sample(TEXT)).toEqual([]);
    expect(sample(TEXT.replace('公务接待费0.20', '公务接待费0.30'))).toEqual(['error text-figures 说明文字写“公务接待费0.30万元”，而财政拨款“三公”经费支出决算表中为 0.20 万元。']);
    expect(sample('“三公”经费支出4.99万元，其中行政单位“三公”经费3.00万元，公务接待费0.30万元。')).toEqual(['error text-figures 说明文字写“公务接待费0.30万元”，而财政拨款“三公”经费支出决算表中为 0.20 万元。']);
  });
  it('a unit’s own 其中 after it lists that unit’s items', () => {
    expect(sample('“三公”经费支出4.99万元，其中行政单位“三公”经费3.00万元，其中公务接待费0.10万元。')).toEqual([]);
    expect(sample('“三公”经费支出4.99万元，其中：行政单位“三公”经费3.00万元（公务接待费0.10万元），事业单位“三公”经费1.99万元。')).toEqual([]);
  });
  it('table 07’s total wrong beside them: one 错误', () => {
    expect(sample('“三公”经费支出4.89万元，其中行政单位“三公”经费3.00万元，事业单位“三公”经费1.89万元。')).toEqual([
      'error text-figures 说明文字写“三公经费支出4.89万元”，而财政拨款“三公”经费支出决算表中为 4.99 万元。',
    ]);
    expect(sample('“三公”经费支出4.99万元，比预算少1.00万元。')).toEqual(['error text-budget 说明文字“比预算少1.00万元”：按预算 5.00万元、决算 4.99万元 应为决算比预算少 0.01 万元。']);
  });
  it('一般公共预算’s and the 行政事业单位’s (the whole) are table 07’s', () => {
    expect(sample('一般公共预算财政拨款“三公”经费支出4.89万元。')).toEqual(['error text-figures 说明文字写“三公经费支出4.89万元”，而财政拨款“三公”经费支出决算表中为 4.99 万元。']);
    expect(sample('行政事业单位“三公”经费支出4.98万元。')).toEqual(['error text-figures 说明文字写“三公经费支出4.98万元”，而财政拨款“三公”经费支出决算表中为 4.99 万元。']);
  });
});

describe('the items of a 三公 of another scope, and its change in words, are that one’s', () => {
  it('right: no finding (the items held to table 07’s, the 持平 to 三公经费合计’s 上年数)', () => {
    expect(sample('全口径“三公”经费支出8.00万元，其中：因公出国（境）费1.00万元，公务用车购置及运行维护费5.00万元，公务接待费2.00万元。')).toEqual([]);
    expect(sample('政府性基金“三公”经费支出1.00万元，其中：因公出国（境）费0.00万元，公务接待费1.00万元。')).toEqual([]);
    expect(sample('事业单位“三公”经费较上年持平。')).toEqual([]);
    expect(sample('全口径“三公”经费支出8.00万元；其中：因公出国（境）费1.00万元，公务接待费2.00万元。')).toEqual([]);
  });
  it('after a ；, the items are the whole’s again', () => {
    expect(sample('全口径“三公”经费支出8.00万元；公务接待费0.30万元。')).toEqual(['error text-figures 说明文字写“公务接待费0.30万元”，而财政拨款“三公”经费支出决算表中为 0.20 万元。']);
  });
  it('table 07’s named after it is read again, and its 持平 held to its 上年数', () => {
    expect(sample('全口径“三公”经费支出8.00万元，财政拨款“三公”经费支出4.99万元，其中：因公出国（境）费0.00万元，公务接待费0.30万元。')).toEqual([
      'error text-figures 说明文字写“公务接待费0.30万元”，而财政拨款“三公”经费支出决算表中为 0.20 万元。',
    ]);
    expect(sample('“三公”经费较上年持平。')).toEqual(['error text-unchanged 说明文字“三公经费较上年持平”：本年 4.99 万元，上年 5.01 万元（说明数据），并未持平：请写明增减额和增减率。']);
  });
});

describe('上海 §五: the parts of last year’s 财政拨款支出 are last year’s', () => {
  const grid = toGrid(buildWorkbook(shanghai2024, standardPlan(shanghai2024)));
  const GENERAL = '五、一般公共预算财政拨款支出决算情况说明';
  const figures = (text: string) => shown(textFindings([GENERAL, text], grid, shanghai2024Supplement).filter((f) => f.rule === 'text-figures'));
  it('right: no finding (held to table 05’s 920.00, a 错误)', () => {
    expect(figures('上年财政拨款支出4000.00万元。其中：财政拨款项目支出1000.00万元。')).toEqual([]);
  });
  const WRONG = [
    'error text-figures 说明文字写“财政拨款项目支出1000.00万元”，而一般公共预算财政拨款支出决算表、政府性基金预算财政拨款收入支出决算表中为 1,065.60 万元。',
  ];
  it('this year’s parts are still read', () => {
    expect(figures('财政拨款支出4174.61万元。其中：财政拨款项目支出1000.00万元。')).toEqual(WRONG);
  });
  it('after last year’s whole and this year’s, the parts are this year’s', () => {
    expect(figures('上年财政拨款支出4000.00万元，本年财政拨款支出4174.61万元。其中：财政拨款项目支出1000.00万元。')).toEqual(WRONG);
    expect(figures('上年财政拨款支出4000.00万元，本年财政拨款支出4174.61万元。其中：财政拨款项目支出1065.60万元。')).toEqual([]);
  });
});
