/**
 * A real published §七 from another province (广西): 梧州市农产品质量安全综合检测中心 2020年度部门决算, the page
 * http://117.141.250.58:10060/wzyjsgkpt/uploadFile/upload1242/upload20210909/7762259D931BC0368C16F46A6E793A23.html (—10—, the
 * stored part of the PDF printed as HTML: the §七 text; its table 07 is not in it). Rebuilt: table 07 in the standard 公开07表
 * layout (预算数 | 决算数, each 合计, 因公出国（境）费, 公务用车购置及运行费 {小计, 购置费, 运行费}, 公务接待费), its figures the
 * ones the text states, put in the sample's workbook (years the sample's: 2022 for 2020); the 上年数 the published changes
 * imply:
 *   决算 5.48 = 0 + 3.98 (0 + 3.98) + 1.50; “比预算增加0万元”, each item “比预算无增减变化”: 预算 5.48 = 0 + 3.98 + 1.50
 *   上年 3.93 (5.48 − 1.55): 1.55 / 3.93 = 39.44% (published 39.4%); 运行费 2.93 (3.98 − 1.05): 35.84% (35.8%);
 *   接待 1.00 (1.50 − 0.50): 50.00% (50%); shares of 5.48: 3.98 → 72.63%, 1.50 → 27.37% (not published)
 * Every figure agrees: the document has no error of its own here. Wording of the published text, not ours to follow: 比去年,
 * 无增减变化 (ours: 持平 or 增加0.00万元), rates at one decimal or none.
 * Found unread (helper-h189): the change of an item named right before “比预算无增减变化” (公务用车运行维护费支出决算比预算无增
 * 减变化，比去年增加1.05万元，增长35.8%: a wrong amount or rate passed), 公务用车运行支出3.98万元 (a wrong figure passed), and
 * 比去年无增减变化 said of an item that changed (only 持平 was read).
 */
import { recognise } from '../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { xinjiang, shanghai } from '../../../src/engine/narrative/presets';
import { plain } from '../../../src/engine/narrative/fragment';
import { explanationPart } from '../../../src/engine/narrative/document';
import { figureOf } from '../../../src/engine/tables/model';
import { runAudit } from '../../../src/engine/audit/audit';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { sheet } from '../../support/ruleTester';

const figures = { total: 5.48, overseasTravel: 0, vehicles: 3.98, vehiclePurchase: 0, vehicleOperation: 3.98, reception: 1.5 };
const data = { ...changji2022, threePublicCosts: { budget: figures, actual: figures } };
const grid = toGrid(buildWorkbook(data, standardPlan(data)));
const json = JSON.parse(JSON.stringify(changji2022Supplement));
Object.assign(json.指标.三公经费合计, { 上年数: 3.93, 主要原因: '公务用车运行支出增加', 预决算差异原因: '无' });
Object.assign(json.指标.公务用车购置及运行维护费, { 上年数: 2.93, 主要原因: '检测任务增加' });
Object.assign(json.指标.公务接待费, { 上年数: 1.0, 主要原因: '业务学习交流等任务增加' });
const { supplement } = parseSupplementJson(json);
const recognition = recognise(grid);

function sectionText(preset: typeof xinjiang): string {
  const s = explanationPart(generateNarrative(recognition, supplement, preset)).sections.find((x) => x.blocks.some((b) => b.kind === 'heading' && b.text.includes('三公')) || x.number === '七')!;
  return s.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : b.text)).join('\n');
}

describe('the 三公 of 梧州市农产品质量安全综合检测中心 2020 (广西), table 07 rebuilt from its §七', () => {
  it('is read whole, with no problem', () => {
    expect(recognition.problems).toEqual([]);
    const t = recognition.tables.threePublicCosts!;
    const items = ['total', 'overseasTravel', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'reception'];
    expect(items.map((i) => [figureOf(t, 'budget', i)?.fen ?? 0, figureOf(t, 'actual', i)?.fen ?? 0])).toEqual([
      [5_480_000, 5_480_000], [0, 0], [3_980_000, 3_980_000], [0, 0], [3_980_000, 3_980_000], [1_500_000, 1_500_000],
    ]);
  });

  it.each([
    ['xinjiang', xinjiang, ['支出决算5.48万元，比上年增加1.55万元，增长39.44%', '公务用车购置及运行维护费支出3.98万元，占72.63%，比上年增加1.05万元，增长35.84%', '公务接待费支出1.50万元，占27.37%，比上年增加0.50万元，增长50.00%', '全年预算数5.48万元，决算数5.48万元，预决算差异率0.00%']],
    ['shanghai', shanghai, ['年初预算为5.48万元，支出决算为5.48万元，完成预算的100.00%', '比2021年度增加1.55万元，增长39.44%', '公务用车购置及运行维护费支出决算增加1.05万元，增长35.84%', '公务接待费支出决算增加0.50万元，增长50.00%', '公务用车运行维护支出3.98万元']],
  ])('§七 (%s preset) states every figure, change and rate the published text states', (_id, preset, published) => {
    const text = sectionText(preset);
    for (const p of published) expect(text).toContain(p);
  });
});

describe('the published §七 of 梧州 2020 (years as the sample’s), read against its table', () => {
  const lines = [
    '七、一般公共预算财政拨款“三公”经费支出决算情况说明',
    '2022年度一般公共预算财政拨款“三公”经费支出决算中，因公出国(境)费支出决算0万元；公务用车购置及运行费支出决算3.98万元；公务接待费支出决算1.5万元。',
    '2022年度一般公共预算财政拨款安排的“三公”经费支出决算总额为5.48万元，比预算增加0万元，比去年增加1.55万元，增长39.4%，增加原因主要是公务用车运行支出增加，导致“三公”经费支出增加。其中，因公出国支出决算比预算无增减变化，比去年无增减变化；公务用车购置支出决算比预算无增减变化，比去年无增减变化，公务用车运行维护费支出决算比预算无增减变化，比去年增加1.05万元，增长35.8%，增加原因主要是检测任务需较大幅度增加，公务车使用增加；公务接待费支出决算比预算无增减变化，比去年增加0.5万元，增长50%，增加原因主要是业务学习交流等任务增加，导致公务接待费支出比去年增加。具体情况如下：',
    '（一）因公出国(境)费支出0万元。全年使用财政拨款安排出国团组0个，参加其他单位组织的出国团组0个，全年因公出国(境)团组共计0个，累计0人次。',
    '（二）公务用车购置及运行费支出3.98万元。其中：',
    '公务用车购置支出0万元。',
    '公务用车运行支出3.98万元。',
  ];
  const audit = (ls: readonly string[]) => {
    const withText = { sheets: [...grid.sheets, sheet('公开说明', ls.map((l) => [l]))] };
    return runAudit({ recognition: recognise(withText), supplement, grid: withText })
      .filter((f) => f.severity !== 'rounding' && f.cells.some((c) => c.startsWith('公开说明!')))
      .map((f) => `${f.rule} ${f.cells[0]}`);
  };

  it('agrees with it: no finding', () => {
    expect(audit(lines)).toEqual([]);
  });

  it.each([
    ['增长39.4%', '增长49.4%', 'text-change-words 公开说明!A3'],
    ['总额为5.48', '总额为5.58', 'text-figures 公开说明!A3'],
    ['公务接待费支出决算1.5万', '公务接待费支出决算1.6万', 'text-figures 公开说明!A2'],
    // An item named right before 比预算无增减变化: its change and rate against its 上年数 (unread before).
    ['增长35.8%', '增长25.8%', 'text-change-words 公开说明!A3'],
    ['比去年增加1.05', '比去年增加1.25', 'text-change-words 公开说明!A3'],
    ['增长50%', '增长60%', 'text-change-words 公开说明!A3'],
    ['增加0.5万元', '增加0.7万元', 'text-change-words 公开说明!A3'],
    // 比去年无增减变化 where the item changed (unread before: only 持平 was read).
    ['比去年增加0.5万元，增长50%', '比去年无增减变化', 'text-unchanged 公开说明!A3'],
    // 公务用车运行支出 (unread before).
    ['运行支出3.98', '运行支出3.78', 'text-figures 公开说明!A7'],
  ])('a wrong figure is found: %s → %s', (from, to, finding) => {
    expect(audit(lines.map((l) => l.replace(from, to)))).toContain(finding);
  });
});
