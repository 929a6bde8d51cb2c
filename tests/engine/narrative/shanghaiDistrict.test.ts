/**
 * A real published table and text (上海市嘉定区司法局 2017, http://www.021fenlei.com/n133889.htm): its table 07 as
 * 上海's districts print it, 一般公共预算财政拨款“三公”经费及机关运行经费支出决算表 with the 三公 under one header and a
 * last column 机关运行经费决算数 (325.88), and its §七. The table put in the sample's workbook for table 07 (the year
 * the sample's, 2022 for 2017, 2021 for 2016), the 上年数 the published changes imply; every figure the generated §七
 * states is the published one:
 *   预算 22.00 = 0 + 14.00 + 8.00, 决算 8.77 = 0 + 8.47 + 0.30; 8.77 / 22 = 39.86%; 8.47 / 14 = 60.50%; 0.30 / 8 = 3.75%
 *   上年 9.05 (8.77 + 0.28): 0.28 / 9.05 = 3.094% → 3.09%; 用车 8.76: 0.29 / 8.76 = 3.31%; 接待 0.29: 0.01 / 0.29 = 3.45%
 *   shares of 8.77: 8.47 → 96.58%, 0.30 → 3.42%
 * Wording variants of the published text, not ours to follow: 降低 for 下降; 因公出国(境)费 with no 预算 “决算为0万元，完成
 * 预算的0%” (ours: 预算数与决算数均为0); “减少0万元，降低0%” (ours: 持平).
 */
import { recognise } from '../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { shanghai } from '../../../src/engine/narrative/presets';
import { plain } from '../../../src/engine/narrative/fragment';
import { explanationPart } from '../../../src/engine/narrative/document';
import { figureOf } from '../../../src/engine/tables/model';
import { runAudit } from '../../../src/engine/audit/audit';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { shanghaiDistrictThreePublic, withSheetRows } from '../../support/layouts';
import { sheet } from '../../support/ruleTester';

const TITLE = '2022年度一般公共预算财政拨款“三公”经费及机关运行经费支出决算表';
const base = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
const sheetName = recognise(base).tables.threePublicCosts!.sheet;
const grid = withSheetRows(base, sheetName, () => shanghaiDistrictThreePublic(TITLE, [22, 0, 14, 0, 14, 8], [8.77, 0, 8.47, 0, 8.47, 0.3], 325.88));
const json = JSON.parse(JSON.stringify(changji2022Supplement));
Object.assign(json.指标.三公经费合计, { 上年数: 9.05, 主要原因: '严格执行八项规定', 预决算差异原因: '严格执行八项规定' });
Object.assign(json.指标.公务用车购置及运行维护费, { 上年数: 8.76, 主要原因: '严格执行八项规定' });
Object.assign(json.指标.公务接待费, { 上年数: 0.29, 主要原因: '公务接待批次人数略有增加' });
const { supplement } = parseSupplementJson(json);
const recognition = recognise(grid);

describe('the 上海 district table 07 (…“三公”经费及机关运行经费支出决算表) of 嘉定区司法局 2017', () => {
  it('is found and read whole: every 三公 figure, blanks as 0, and the 机关运行经费 column, with no problem', () => {
    expect(recognition.missing).not.toContain('07');
    expect(recognition.problems).toEqual([]);
    const t = recognition.tables.threePublicCosts!;
    const fen = (m: string, i: string) => figureOf(t, m, i)?.fen ?? 0;
    expect(['total', 'overseasTravel', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'reception'].map((i) => [fen('budget', i), fen('actual', i)])).toEqual([
      [22_000_000, 8_770_000], [0, 0], [14_000_000, 8_470_000], [0, 0], [14_000_000, 8_470_000], [8_000_000, 300_000],
    ]);
    expect(fen('actual', 'officeCost')).toBe(325_880_000);
  });

  it('§七 states every figure, rate and change the published text states', () => {
    const s = explanationPart(generateNarrative(recognition, supplement, shanghai)).sections.find((x) => x.number === '七')!;
    const text = s.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : b.text)).join('\n');
    for (const published of [
      '年初预算为22.00万元，支出决算为8.77万元，完成预算的39.86%',
      '公务用车购置及运行维护费支出决算为8.47万元，完成预算的60.50%',
      '公务接待费支出决算为0.30万元，完成预算的3.75%',
      '比2021年度减少0.28万元，下降3.09%',
      '公务用车购置及运行维护费支出决算减少0.29万元，下降3.31%',
      '公务接待费支出决算增加0.01万元，增长3.45%',
      '公务用车购置及运行维护费支出决算8.47万元，占96.58%',
      '公务接待费支出决算0.30万元，占3.42%',
    ]) expect(text).toContain(published);
  });

  it('its figures agree: no 错误 from the table (the 机关运行经费 column is no 三公 item)', () => {
    const findings = runAudit({ recognition, supplement, grid }).filter((f) => f.severity === 'error' || f.rule === 'reading-notices');
    expect(findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });
});

describe('the published §七 of 嘉定区司法局 2017 (years as the sample’s), read against its table', () => {
  const lines = [
    '七、财政拨款“三公”经费支出决算情况说明',
    '（一）“三公”经费财政拨款支出决算总体情况说明。',
    '2022年度“三公”经费财政拨款支出年初预算为22.00万元,支出决算为8.77万元,完成预算的39.86%,其中:因公出国(境)费决算为0万元,完成预算的0%;公务用车购置及运行维护费支出决算为8.47万元,完成预算的60.50%;公务接待费支出决算为0.30万元,完成预算的3.75%。2022年度“三公”经费支出决算数小于预算数的主要原因:严格执行八项规定。',
    '2022年度“三公”经费财政拨款支出决算数比2021年度减少0.28万元,降低3.09%,其中:因公出国(境)费支出决算减少0万元,降低0%;公务用车购置及运行维护费支出决算减少0.29万元,降低3.31%;公务接待费支出决算增加0.01万元,增长3.45%。',
    '（二）“三公”经费财政拨款支出决算具体情况说明。',
    '2022年度“三公”经费财政拨款支出决算中,因公出国(境)费支出决算0万元,占0%;公务用车购置及运行维护费支出决算8.47万元,占96.58%;公务接待费支出决算0.30万元,占3.42%。',
  ];
  const withText = { sheets: [...grid.sheets, sheet('公开说明', lines.map((l) => [l]))] };

  it('agrees with it but for the document’s own error: a 完成预算的0% of an item whose 预算 is 0', () => {
    const findings = runAudit({ recognition: recognise(withText), supplement, grid: withText })
      .filter((f) => f.severity !== 'rounding' && f.cells.some((c) => c.startsWith('公开说明!')))
      .map((f) => `${f.rule} ${f.cells[0]}`);
    expect(findings).toEqual(['text-zero-budget 公开说明!A3']);
  });
});

describe('a 混合 department whose table 07 prints its 机关运行经费 (上海 district layout) and whose 说明数据 gives no 本年数', () => {
  const mixed = JSON.parse(JSON.stringify(json));
  mixed.单位性质 = '混合';
  mixed.指标.机关运行经费 = { 上年数: 300, 主要原因: '办公用房维修' };
  const doc = generateNarrative(recognition, parseSupplementJson(mixed).supplement, shanghai);

  it('states the table’s 机关运行经费 and its change (no gap for a figure the table holds)', () => {
    const s = explanationPart(doc).sections.find((x) => x.blocks.some((b) => b.kind === 'heading' && b.text.includes('机关运行经费')))!;
    const text = s.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : b.text)).join('\n');
    // 325.88 − 300.00 = 25.88; 25.88 / 300 = 8.627% → 8.63%.
    expect(text).toContain('机关运行经费支出325.88万元，比2021年度增加25.88万元，增长8.63%。');
    expect(doc.gaps.filter((g) => g.field.includes('机关运行经费'))).toEqual([]);
  });
});

describe('the 机关运行经费 figure merged over the 预算数 | 决算数 row and the data row (as the published page prints it: 325.88 beside the measures)', () => {
  const rows = shanghaiDistrictThreePublic(TITLE, [22, 0, 14, 0, 14, 8], [8.77, 0, 8.47, 0, 8.47, 0.3], 325.88);
  rows[5]![12] = 325.88;
  rows[6]![12] = null;
  const merges = [
    { top: 2, left: 0, bottom: 2, right: 11 },
    { top: 2, left: 12, bottom: 4, right: 12 },
    { top: 5, left: 12, bottom: 6, right: 12 },
    { top: 3, left: 0, bottom: 4, right: 1 },
    { top: 3, left: 2, bottom: 4, right: 3 },
    { top: 3, left: 4, bottom: 3, right: 9 },
    { top: 3, left: 10, bottom: 4, right: 11 },
    { top: 4, left: 4, bottom: 4, right: 5 },
    { top: 4, left: 6, bottom: 4, right: 7 },
    { top: 4, left: 8, bottom: 4, right: 9 },
  ];
  const merged = { ...base, sheets: base.sheets.map((s) => (s.name === sheetName ? { ...s, rows, merges } : s)) };

  // Office.js below ExcelApi 1.13 cannot tell the merges (SheetGrid.merges absent): the figure over a blank data cell.
  const unknown = { ...base, sheets: base.sheets.map((s) => (s.name === sheetName ? { name: s.name, rows } : s)) };

  it.each([
    ['with the merged areas known (an .xlsx)', merged],
    ['without them (Office.js below ExcelApi 1.13)', unknown],
  ])('reads the 三公 from the data row and the 机关运行经费 from the top of its merged cell, with no problem, %s', (_how, g) => {
    const rec = recognise(g);
    expect(rec.problems).toEqual([]);
    const t = rec.tables.threePublicCosts!;
    const fen = (m: string, i: string) => figureOf(t, m, i)?.fen ?? 0;
    expect([fen('budget', 'total'), fen('actual', 'total'), fen('actual', 'vehicles'), fen('actual', 'reception'), fen('actual', 'officeCost')]).toEqual([
      22_000_000, 8_770_000, 8_470_000, 300_000, 325_880_000,
    ]);
  });
});

describe('the 机关运行经费 figure over the data row, merges unknown, with a 上年决算数 row under this year’s', () => {
  // A 项目 column before the figures, this year's row 决算 and last year's 上年决算数 (its 机关运行经费 blank).
  const rows = shanghaiDistrictThreePublic(TITLE, [22, 0, 14, 0, 14, 8], [8.77, 0, 8.47, 0, 8.47, 0.3], 325.88);
  rows[5]![12] = 325.88;
  rows[6]![12] = null;
  const labelled = [
    ...rows.slice(0, 2),
    ['项目', ...rows[2]!],
    ...rows.slice(3, 6).map((r) => [null, ...r]),
    ['决算', ...rows[6]!],
    ['上年决算数', ...[9.05, 0, 8.76, 0, 8.76, 0.29].flatMap((v) => [null, v]), null],
  ];
  const g = { ...base, sheets: base.sheets.map((s) => (s.name === sheetName ? { name: s.name, rows: labelled } : s)) };

  it('reads the figure over the data row as this year’s 机关运行经费 only, never as last year’s', () => {
    const t = recognise(g).tables.threePublicCosts!;
    expect(figureOf(t, 'actual', 'officeCost')?.fen).toBe(325_880_000);
    expect(figureOf(t, 'priorActual', 'total')?.fen).toBe(9_050_000);
    expect(figureOf(t, 'priorActual', 'officeCost')?.fen ?? null).toBeNull();
  });
});

describe('a data row made tall (each figure merged with the row below it), labelled at its left', () => {
  // Layout A with a 项目 column: 项目 | 预算数 {…} | 决算数 {…}, the one data row 金额 with every figure merged down.
  const items = ['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'];
  const vehicles = [null, null, '小计', '公务用车购置费', '公务用车运行费', null];
  const figures = [5, 0, 4.8, 0, 4.8, 0.2, 4.99, 0, 4.79, 0, 4.79, 0.2];
  const rows = [
    ['财政拨款“三公”经费支出决算表'],
    ['单位：万元'],
    ['项目', '预算数', null, null, null, null, null, '决算数'],
    [null, ...items, ...items],
    [null, ...vehicles, ...vehicles],
    ['金额', ...figures],
    [],
  ];
  const merges = figures.map((_, i) => ({ top: 5, left: i + 1, bottom: 6, right: i + 1 }));
  const tall = { ...base, sheets: base.sheets.map((s) => (s.name === sheetName ? { ...s, rows, merges } : s)) };

  it('stays the data row (not a header row because its figures reach below it)', () => {
    const rec = recognise(tall);
    expect(rec.problems).toEqual([]);
    const t = rec.tables.threePublicCosts!;
    expect([figureOf(t, 'budget', 'total')?.fen, figureOf(t, 'actual', 'total')?.fen, figureOf(t, 'actual', 'reception')?.fen]).toEqual([5_000_000, 4_990_000, 200_000]);
  });
});
