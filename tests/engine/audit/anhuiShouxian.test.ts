/**
 * A real published 三公 page: 寿县文物保护中心 2023 (安徽, 寿县文物保护中心2023年度一般公共预算财政拨款“三公”经费支出决算,
 * https://www.shouxian.gov.cn/public/118322773/1260348611.html). Its table, as printed (单位:万元; 项目 | 预算数 | 决算数, rows down,
 * 公务接待费 above 公务用车, blanks for nothing): 合计 3 | 1.71; 因公出国(境)费 blank; 公务接待费 1 | 0.53; 公务用车购置及运行维护费
 * 2 | 1.18; 其中:公务用车运行维护费 blank; 公务用车购置费 blank. Rebuilt in that layout over the sample's table 07 (the other
 * tables the sample's); 上年数 as its changes imply (合计 3.00 = 1.71 + 1.29, 接待 1.00 = 0.53 + 0.47, 用车 2.00), its 10 批次 and
 * 100 人次 as 说明数据.
 * The page's own errors, each found: the table's 公务用车 小计 (2 and 1.18) over blank 购置费 and 运行维护费; 完成预算的43% (1.71 / 3 =
 * 57%); the two shares swapped (接待 0.53 占69%, 用车 1.18 占31%: 31% and 69%); 公务接待费 完成预算的47% (0.53 / 1 = 53%). Its
 * changes (减少1.29万元,下降43%; 减少0.47万元,下降47 %) are right. Every figure of its text is read: each made wrong is found
 * (helper-h210: all were already read; the page's text was cut after its item 3's heading, not read here).
 */
import { check } from '../../../src/engine/workflow';
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import { recognise } from '../../../src/engine/recognise/recognise';
import { figureOf } from '../../../src/engine/tables/model';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import type { FinalAccountsData } from '../../../fixtures/data';
import { withSheetRows } from '../../support/layouts';

function shouxianBook(operation: number): WorkbookGrid {
  const data = JSON.parse(JSON.stringify(changji2022)) as FinalAccountsData;
  Object.assign(data.threePublicCosts.budget, { total: 3, overseasTravel: 0, vehicles: 2, vehiclePurchase: 0, vehicleOperation: operation ? 2 : 0, reception: 1 });
  Object.assign(data.threePublicCosts.actual, { total: 1.71, overseasTravel: 0, vehicles: 1.18, vehiclePurchase: 0, vehicleOperation: operation ? 1.18 : 0, reception: 0.53 });
  return toGrid(buildWorkbook(data, standardPlan(data)));
}
const N = null;
function pageBook(): WorkbookGrid {
  const g = shouxianBook(0);
  return withSheetRows(g, recognise(g).tables.threePublicCosts!.sheet, () => [
    ['2023年度一般公共预算财政拨款“三公”经费支出决算表'],
    [N, N, '单位:万元'],
    ['项 目', '预 算 数', '决 算 数'],
    ['合 计', 3, 1.71],
    ['因公出国(境)费', N, N],
    ['公务接待费', 1, 0.53],
    ['公务用车购置及运行维护费', 2, 1.18],
    ['其中:公务用车运行维护费', N, N],
    ['公务用车购置费', N, N],
  ]);
}
const json = JSON.parse(JSON.stringify(changji2022Supplement));
Object.assign(json.指标.三公经费合计, { 上年数: 3 });
json.年度 = 2023;
Object.assign(json.事项, { 国内公务接待批次: 10, 国内公务接待人次: 100 });
Object.assign(json.指标.公务用车购置及运行维护费, { 上年数: 2 });
Object.assign(json.指标.公务接待费, { 上年数: 1 });

const PUBLISHED = [
  '二、2023年度一般公共预算财政拨款“三公”经费支出情况说明',
  '(一)一般公共预算财政拨款“三公”经费支出决算总体情况说明。',
  '安徽省寿县文物保护中心2023年度一般公共预算财政拨款“三公”经费支出预算为3万元,支出决算为1.71万元,完成预算的43%,较上年减少1.29万元,下降43%。决算数小于预算数的主要原因是公务接待减少。决算数较上年减少的主要原因是公务接待减少。',
  '(二)一般公共预算财政拨款“三公”经费支出决算具体情况说明。',
  '安徽省寿县文物保护中心2023年度一般公共预算财政拨款“三公”经费支出决算中,公务接待费支出决算0.53万元,占69%;公务用车购置及运行维护费支出决算1.18万元,占31%。具体情况如下:',
  '1.公务接待费预算为1万元,支出决算为0.53万元,完成预算的47%;较上年减少0.47万元,下降47 %。决算数小于预算数的主要原因是公务接待费减少。决算数较上年减少原因是严格执行中央八项规定,勤俭节约。2023年寿县文物保护中心国内公务接待共10批次,100人次,主要是用于寿县文物保护项目专家评审接待招待费支出。',
];

const all = (grid: WorkbookGrid, lines: readonly string[]) => {
  const withText = { sheets: [...grid.sheets, { name: '公开说明', rows: lines.map((p): CellValue[] => [p]) }] };
  return check(withText, json).findings.filter((f) => f.severity !== 'rounding');
};

const findings = (lines: readonly string[]) => all(pageBook(), lines).filter((f) => f.cells.some((c) => c.startsWith('公开说明!'))).map((f) => `${f.rule} ${f.cells[0]}: ${f.message}`);
describe('寿县文物保护中心 2023: its table 07 as the page prints it', () => {
  it('is read, blanks as blanks', () => {
    const t = recognise(pageBook()).tables.threePublicCosts!;
    const fen = (m: string, i: string) => figureOf(t, m, i)?.fen ?? null;
    expect(['total', 'overseasTravel', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'reception'].map((i) => [fen('budget', i), fen('actual', i)])).toEqual([
      [3_000_000, 1_710_000], [null, null], [2_000_000, 1_180_000], [null, null], [null, null], [1_000_000, 530_000],
    ]);
  });

  it('is found wrong where its 公务用车 小计 stands over a blank 运行维护费 and 购置费', () => {
    const vehicles = all(pageBook(), []).filter((f) => f.rule === 'three-public-vehicles').map((f) => `${f.severity} ${f.message}`);
    expect(vehicles).toEqual([
      'error 《一般公共预算财政拨款“三公”经费支出决算表》的决算数公务用车购置及运行费 1.18 万元，与购置费、运行费之和 0.00 万元不符，多 1.18 万元。',
      'error 《一般公共预算财政拨款“三公”经费支出决算表》的预算数公务用车购置及运行费 2.00 万元，与购置费、运行费之和 0.00 万元不符，多 2.00 万元。',
    ]);
  });
});

describe('the published text of 寿县文物保护中心 2023, read against its table', () => {
  it('finds the page’s own errors, and nothing else', () => {
    expect(findings(PUBLISHED)).toEqual([
      'text-budget 公开说明!A3: 说明文字“完成预算的43%”：按预算 3万元、决算 1.71万元 应为 57.00%，文中为 43%。',
      'text-budget 公开说明!A6: 说明文字“完成预算的47%”：按预算 1万元、决算 0.53万元 应为 53.00%，文中为 47%。',
      'text-shares 公开说明!A5: 说明文字“0.53万元,占69%”：占比应为 30.99%（0.53万元 ÷ 1.71 万元），文中为 69%。',
      'text-shares 公开说明!A5: 说明文字“1.18万元,占31%”：占比应为 69.01%（1.18万元 ÷ 1.71 万元），文中为 31%。',
    ]);
  });

  it('passes it once its errors are put right', () => {
    const fixed = PUBLISHED.map((l) => l.replace('完成预算的43%', '完成预算的57%').replace('完成预算的47%', '完成预算的53%').replace('占69%', '占31%').replace('1.18万元,占31%', '1.18万元,占69%'));
    expect(findings(fixed)).toEqual([]);
  });

  it.each([
    ['the total’s 预算', '预算为3万元', '预算为4万元', 'text-budget-figures'],
    ['the total’s 决算', '支出决算为1.71万元', '支出决算为1.77万元', 'text-budget-figures'],
    ['the total’s change', '较上年减少1.29万元', '较上年减少1.92万元', 'text-change-words'],
    ['the total’s rate', '下降43%。', '下降34%。', 'text-change-words'],
    ['接待 in the shares', '决算0.53万元,占', '决算0.55万元,占', 'text-figures'],
    ['用车 in the shares', '决算1.18万元,占', '决算1.81万元,占', 'text-figures'],
    ['接待’s 预算', '公务接待费预算为1万元', '公务接待费预算为2万元', 'text-budget-figures'],
    ['接待’s 决算', '支出决算为0.53万元', '支出决算为0.58万元', 'text-budget-figures'],
    ['接待’s change', '减少0.47万元', '减少0.74万元', 'text-change-words'],
    ['接待’s rate, a space before its %', '下降47 %', '下降74 %', 'text-change-words'],
    ['the 批次', '共10批次', '共12批次', 'text-counts'],
  ])('finds %s written wrong', (_what, right, wrong, rule) => {
    const lines = PUBLISHED.map((l) => l.replace(right, wrong));
    expect(lines).not.toEqual(PUBLISHED);
    const before = findings(PUBLISHED);
    expect(findings(lines).filter((f) => !before.includes(f)).map((f) => f.slice(0, f.indexOf(' ')))).toContain(rule);
  });
});
