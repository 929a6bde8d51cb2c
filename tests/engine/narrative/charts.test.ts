/**
 * The charts a preset asks for: built from the figures the text quotes, placed after the section that quotes
 * them, numbered in order, each share the very one printed in the text (tail adjustment included), left out
 * where the preset has none (上海) or where the figures are missing.
 */
import { promises as fs } from 'fs';
import { readXlsx } from '../../../src/hosts/xlsx/read';
import { recognise, Recognition } from '../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { shanghai, xinjiang } from '../../../src/engine/narrative/presets';
import { checkPreset } from '../../../src/engine/narrative/checkPreset';
import { plain } from '../../../src/engine/narrative/fragment';
import { explanationPart, NarrativeDocument } from '../../../src/engine/narrative/document';
import type { Supplement } from '../../../src/engine/supplement/supplement';
import { EMPTY_SUPPLEMENT } from '../../../src/engine/supplement/supplement';
import { formatCents } from '../../../src/engine/derive/arithmetic';
import { SAMPLE_DATA, SAMPLE_XLSX } from '../../../fixtures/build-sample';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import type { FinalAccountsData } from '../../../fixtures/data';

let recognition: Recognition;
let supplement: Supplement;

beforeAll(async () => {
  recognition = recognise(await readXlsx(await fs.readFile(SAMPLE_XLSX)));
  supplement = parseSupplementJson(JSON.parse(await fs.readFile(SAMPLE_DATA, 'utf8'))).supplement;
});

function placed(doc: NarrativeDocument) {
  return explanationPart(doc).sections.flatMap((s) => (s.figures ?? []).map((f) => ({ section: s, ...f })));
}

test('the 新疆 preset carries four charts, numbered in order, each after the section that quotes its shares', () => {
  const doc = generateNarrative(recognition, supplement, xinjiang);
  const charts = placed(doc);
  expect(charts.map((c) => [c.section.number, c.chart.id, c.chart.number, c.chart.kind])).toEqual([
    ['二', 'income', 1, 'pie'],
    ['三', 'expenditure', 2, 'pie'],
    ['五', 'generalBudget', 3, 'bar'],
    ['七', 'threePublic', 4, 'budgetActual'],
  ]);
  // §五's chart follows （二）结构 and comes before （三）具体.
  const five = charts.find((c) => c.chart.id === 'generalBudget')!;
  const headings = five.section.blocks.map((b, i) => (b.kind === 'heading' ? [i, b.text] : undefined)).filter(Boolean) as [number, string][];
  expect(headings.find(([, t]) => t.startsWith('（二）'))![0]).toBeLessThan(five.before);
  expect(headings.find(([, t]) => t.startsWith('（三）'))![0]).toBe(five.before);
});

test('every share and amount on a chart is printed in the paragraph of its section (the text and the chart agree)', () => {
  const doc = generateNarrative(recognition, supplement, xinjiang);
  for (const { section, chart, before } of placed(doc)) {
    const text = section.blocks
      .slice(0, before)
      .map((b) => (b.kind === 'paragraph' ? plain(b.runs) : ''))
      .join('');
    for (const item of chart.items) {
      expect(text).toContain(formatCents(item.cents, true));
      if (item.share !== undefined) expect(text).toContain(`${item.share}%`);
    }
  }
});

test('the structure charts carry the sample figures of tables 02 and 03, with shares summing to 100.00%', () => {
  const doc = generateNarrative(recognition, supplement, xinjiang);
  const income = placed(doc).find((c) => c.chart.id === 'income')!.chart;
  // Zeros are listed in the 新疆 text but have no slice.
  expect(income.items.every((i) => i.cents > 0)).toBe(true);
  expect(income.items.reduce((s, i) => s + i.cents, 0)).toBe(income.totalCents);
  for (const chart of placed(doc).map((c) => c.chart).filter((c) => c.kind !== 'budgetActual')) {
    const sum = chart.items.reduce((s, i) => s + Math.round(Number(i.share) * 100), 0);
    expect([chart.id, sum]).toEqual([chart.id, 10_000]);
  }
  const threePublic = placed(doc).find((c) => c.chart.id === 'threePublic')!.chart;
  expect(threePublic.items.map((i) => i.label)).toEqual(['因公出国（境）费', '公务用车购置及运行维护费', '公务接待费']);
  expect(threePublic.items.every((i) => i.budgetCents !== undefined)).toBe(true);
});

test('the 上海 preset carries no chart (its template has none), and a document without 说明数据 still draws what the tables give', () => {
  expect(placed(generateNarrative(recognition, supplement, shanghai))).toEqual([]);
  expect(placed(generateNarrative(recognition, EMPTY_SUPPLEMENT, xinjiang)).map((c) => c.chart.id)).toEqual(['income', 'expenditure', 'generalBudget', 'threePublic']);
});

test('a chart is left out when its table is missing, and the numbers close up', () => {
  const { income: _income, ...tables } = recognition.tables;
  const doc = generateNarrative({ ...recognition, tables }, supplement, xinjiang);
  expect(placed(doc).map((c) => [c.chart.id, c.chart.number])).toEqual([
    ['expenditure', 1],
    ['generalBudget', 2],
    ['threePublic', 3],
  ]);
});

test('checkPreset: a chart needs its section in the 情况说明, an unknown chart is named, a chart is listed once', () => {
  const withCharts = (charts: unknown, sections = xinjiang.parts) => checkPreset({ ...xinjiang, parts: sections, charts });
  expect(withCharts(['income', 'threePublic']).ok).toBe(true);
  const unknown = withCharts(['pie']);
  expect(unknown.ok).toBe(false);
  if (!unknown.ok) expect(unknown.problems[0]!.path).toBe('charts[0]');
  const twice = withCharts(['income', 'income']);
  expect(twice.ok ? [] : twice.problems.map((p) => p.path)).toEqual(['charts[1]']);
  const withoutIncome = xinjiang.parts.map((p) =>
    p.kind === 'explanation' ? { ...p, sections: p.sections.filter((s) => s.id !== 'income') } : p,
  );
  const missing = withCharts(['income'], withoutIncome);
  expect(missing.ok ? [] : missing.problems.map((p) => [p.path, p.message.includes('情况说明中没有这一节')])).toEqual([['charts[0]', true]]);
});

describe('an item below 0 (a refund): no share on the chart, for it or the others', () => {
  const chartsOf = (data: FinalAccountsData) => {
    const doc = generateNarrative(recognise(toGrid(buildWorkbook(data, standardPlan(data)))), parseSupplementJson(JSON.parse(JSON.stringify(changji2022Supplement))).supplement, xinjiang);
    return { doc, charts: placed(doc) };
  };

  it('“三公” 公务接待费 of −0.20: the amounts, and no share (it charted 用车 104.36% and 接待 -4.36% of a 合计 of 4.59)', () => {
    const t = changji2022.threePublicCosts;
    const { doc, charts } = chartsOf({ ...changji2022, threePublicCosts: { budget: t.budget, actual: { ...t.actual, total: 4.59, reception: -0.2 } } });
    const chart = charts.find((c) => c.chart.id === 'threePublic')!.chart;
    expect(chart.items.map((i) => [i.label, i.cents, i.budgetCents, i.share])).toEqual([
      ['因公出国（境）费', 0, 0, undefined],
      ['公务用车购置及运行维护费', 479, 480, undefined],
      ['公务接待费', -20, 20, undefined],
    ]);
    // The text gives a gap for the refund's share, and for 用车's, which is larger than the 合计 it would be a share of.
    const text = explanationPart(doc).sections.find((s) => s.number === '七')!.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : '')).join('');
    expect(text).toContain(
      '公务用车购置及运行维护费支出4.79万元，占【请填写：公务用车购置及运行维护费占比（公务用车购置及运行维护费4.79万元大于“三公”经费决算合计4.59万元，部分不能大于整体：请核对表格）】%',
    );
    expect(text).toContain('公务接待费支出-0.20万元，占【请填写：公务接待费占比（-0.20万元占4.59万元，负数无占比：请核对）】%');
  });

  it('a 类 of table 05 below 0: the bars, and no share', () => {
    // 229 其他支出 refunded 18.55 instead of spending it: 1,363.45 − 37.10 = 1,326.35.
    const refund = (l: FinalAccountsData['generalBudgetExpenditure'][number]) =>
      l.code.startsWith('229') ? { ...l, values: { ...l.values, total: -18.55, basic: -18.55 } } : l.code === 'total' ? { ...l, values: { ...l.values, total: 1326.35, basic: 608.13 } } : l;
    const { charts } = chartsOf({ ...changji2022, generalBudgetExpenditure: changji2022.generalBudgetExpenditure.map(refund) });
    const chart = charts.find((c) => c.chart.id === 'generalBudget')!.chart;
    expect(chart.items.map((i) => i.cents)).toEqual([122573, 4725, 3407, 3784, -1855]);
    expect(chart.items.every((i) => i.share === undefined)).toBe(true);
  });
});
