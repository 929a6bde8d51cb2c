/**
 * The Office host and the layout of the add-in's 公开说明 and 说明数据 sheets, against the strict stand-in: row
 * heights from the text's length, readable widths, frozen header, A4 print setup (ExcelApi 1.9, said so below
 * it), and native charts on the 公开说明 sheet — drawn by one action within its three syncs, replaced (never
 * doubled) on refresh, removed by their plan, never a chart of the accountant's — on our sheets under whatever
 * name they got, found by their marks.
 */
import { ChartModel, ExcelStandIn, SheetModel, Value } from '../../support/excelStandIn';
import { OfficeHost } from '../../../src/hosts/office/host';
import { columnWidthPoints } from '../../../src/hosts/office/sheetLayout';
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import { explain, fillPlan } from '../../../src/engine/workflow';
import { xinjiang } from '../../../src/engine/narrative/presets';
import { documentLines, removeChartsPlan, TEXT_COLUMN_WIDTH } from '../../../src/engine/narrative/sheet';
import { TEXT_STYLE_PT, wrappedLines } from '../../../src/engine/plan/rowHeight';
import { CHART_MARKER } from '../../../src/engine/plan/plan';
import { markedSheets } from '../../../src/engine/plan/owned';
import { sample, sampleData } from '../../support/ruleTester';

const data = sampleData();
const fill = (grid: WorkbookGrid) => fillPlan(grid, explain(grid, xinjiang, data));

function standIn(version = '1.18', user: Record<string, Value[][]> = {}): ExcelStandIn {
  const excel = new ExcelStandIn(version);
  for (const s of sample().sheets) excel.addSheet(s.name, s.rows.map((r) => [...r]) as Value[][]);
  for (const [name, rows] of Object.entries(user)) excel.addSheet(name, rows);
  return excel;
}

/** Our sheet of a role, found as the engine finds it: by its mark. */
async function ours(excel: ExcelStandIn, role: 'narrative' | 'supplement'): Promise<SheetModel> {
  const grid = await new OfficeHost(excel.environment()).read();
  return excel.sheet(markedSheets(grid).get(role)!.name);
}

const ourCharts = (s: SheetModel) => s.charts.filter((c) => c.name.startsWith(CHART_MARKER));
const figures = (grid: WorkbookGrid) => explain(grid, xinjiang, data).document.parts.flatMap((p) => p.sections.flatMap((s) => s.figures ?? []));

describe('the 公开说明 sheet laid out in Excel', () => {
  it('gives each row the height of its wrapped text, column A a readable width, A4 portrait one page wide', async () => {
    const excel = standIn();
    const host = new OfficeHost(excel.environment());
    const { grid, skipped } = await host.act(fill);
    expect(skipped).toEqual([]);
    const sheet = await ours(excel, 'narrative');
    const lines = documentLines(explain(grid, xinjiang, data).document);
    // 70 characters: 495 pixels, 371.25 points, as Excel's own dialog shows 70.
    expect(sheet.columnWidths.get(0)).toBe(371.25);
    expect(columnWidthPoints(8.43)).toBe(48);
    lines.forEach((line, r) => {
      const n = wrappedLines(line.text, TEXT_COLUMN_WIDTH, TEXT_STYLE_PT[line.style]);
      // Every line of the paragraph has room (1.35 × the font size), none more than 409 points.
      expect(sheet.rowHeights.get(r)).toBeGreaterThanOrEqual(Math.min(409, n * TEXT_STYLE_PT[line.style] * 1.35));
      expect(sheet.cell(r, 0).value).toBe(line.text);
    });
    const longest = lines.reduce((a, b) => (a.text.length > b.text.length ? a : b));
    expect(sheet.rowHeights.get(lines.indexOf(longest))).toBeGreaterThan(60);
    expect(sheet.pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Portrait', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, centerHorizontally: true });
    expect(sheet.pageLayout['printArea']).toMatch(/^A1:A\d+$/);
  });

  it('gives 说明数据 its widths, wrapped rows as tall as their text, the header row frozen, A4 landscape', async () => {
    const excel = standIn();
    await new OfficeHost(excel.environment()).act(fill);
    const sheet = await ours(excel, 'supplement');
    // The key column narrow (12 characters), the name beside it 28.
    expect(sheet.columnWidths.get(0)).toBe(columnWidthPoints(12));
    expect(sheet.columnWidths.get(1)).toBe(columnWidthPoints(28));
    expect(sheet.frozenRows).toBe(7);
    expect(sheet.pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: '7:7' });
    expect(sheet.rowHeights.size).toBeGreaterThan(0);
  });

  it('draws the preset’s charts from the data under the text, named as ours, within the action’s three syncs', async () => {
    const excel = standIn();
    const { grid } = await new OfficeHost(excel.environment()).act(fill);
    expect(excel.runs).toEqual([3]);
    const sheet = await ours(excel, 'narrative');
    const expected = figures(grid);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    const charts = ourCharts(sheet);
    expect(charts.map((c) => c.props['title.text'])).toEqual(expected.map((f) => `图${f.chart.number} ${f.chart.title}`));
    for (const [i, c] of charts.entries()) {
      const kind = expected[i]!.chart.kind;
      expect(c.type).toBe(kind === 'pie' ? 'Pie' : 'BarClustered');
      expect(c.seriesBy).toBe('Columns');
      // The data block: its header row and one row per category, in columns C–E of the same sheet.
      const [from, to] = c.source.split(':') as [string, string];
      expect(from).toMatch(/^C\d+$/);
      expect(to).toMatch(kind === 'budgetActual' ? /^E\d+$/ : /^D\d+$/);
      const top = Number(from.slice(1)) - 1;
      expect(Number(to.slice(1)) - 1 - top).toBe(expected[i]!.chart.items.length);
      // The categories carry the shares the text quotes.
      const first = expected[i]!.chart.items[0]!;
      expect(sheet.cell(top + 1, 2).value).toBe(first.share === undefined ? first.label : `${first.label}（${first.share}%）`);
      expect(c.props['position']).toMatch(/^A\d+$/);
      expect(c.props['width']).toBeLessThanOrEqual(columnWidthPoints(TEXT_COLUMN_WIDTH) + 1);
      if (kind !== 'pie') expect(c.props['axes.categoryAxis.reversePlotOrder']).toBe(true);
    }
  });

  it('replaces its charts on refresh (never two of a chart), keeps a chart of the accountant’s, and removes its own', async () => {
    const excel = standIn();
    const host = new OfficeHost(excel.environment());
    await host.act(fill);
    const sheet = await ours(excel, 'narrative');
    const mine: ChartModel = { id: 999, type: 'Line', source: 'C1:D3', seriesBy: 'Auto', name: '我的图表', props: {} };
    sheet.charts.push(mine);
    const first = ourCharts(sheet).length;
    excel.runs.length = 0;
    await host.act(fill);
    // Three syncs, though the 公开说明 hides its fingerprint column (B): the add-in's own sheets' hidden columns are not asked.
    expect(excel.runs).toEqual([3]);
    expect(ourCharts(sheet)).toHaveLength(first);
    expect(sheet.charts).toContain(mine);
    const text = [...sheet.cells].filter(([k]) => k.endsWith(',0')).map(([k, c]) => [k, c.value]);

    excel.runs.length = 0;
    const removed = await host.act((g) => removeChartsPlan(g));
    expect(excel.runs).toEqual([3]);
    expect(removed.plan.summary[0]).toMatch(/删除工作表“公开说明”中决算公开助手画的图表/);
    expect(sheet.charts).toEqual([mine]);
    // The text stays; the chart data in C–E goes.
    expect([...sheet.cells].filter(([k]) => k.endsWith(',0')).map(([k, c]) => [k, c.value])).toEqual(text);
    expect([...sheet.cells].filter(([k, c]) => /,[234]$/.test(k) && c.value !== null)).toEqual([]);
  });

  it('removes its charts through apply too: the charts are loaded in one more sync once the marks are read', async () => {
    const excel = standIn();
    const host = new OfficeHost(excel.environment());
    await host.act(fill);
    const grid = await host.read();
    excel.runs.length = 0;
    await host.apply(removeChartsPlan(grid));
    expect(excel.runs).toEqual([3]);
    expect((await ours(excel, 'narrative')).charts).toEqual([]);
  });

  it('lays out our sheets under the free names they got beside the accountant’s 公开说明 and 说明数据, which stay untouched', async () => {
    const excel = standIn('1.18', { 公开说明: [['我局2022年度部门决算公开说明'], ['一、收入支出决算总体情况说明']], 说明数据: [['我自己的记录']] });
    await new OfficeHost(excel.environment()).act(fill);
    const narrative = await ours(excel, 'narrative');
    const supplement = await ours(excel, 'supplement');
    expect(narrative.name).toBe('公开说明（生成）');
    expect(supplement.name).toBe('说明数据（2）');
    expect(ourCharts(narrative).length).toBeGreaterThan(0);
    expect(narrative.rowHeights.size).toBeGreaterThan(0);
    expect(supplement.frozenRows).toBe(7);
    for (const name of ['公开说明', '说明数据']) {
      const user = excel.sheet(name);
      expect([user.charts, [...user.rowHeights], [...user.columnWidths], user.frozenRows, user.pageLayout]).toEqual([[], [], [], 0, {}]);
    }
  });

  it('with ExcelApi 1.7 draws the charts and lays out the rows, and says the print setup (1.9) is left to the accountant', async () => {
    const excel = standIn('1.7');
    const { skipped, grid } = await new OfficeHost(excel.environment()).act(fill);
    expect(excel.runs).toEqual([3]);
    expect(skipped).toEqual(expect.arrayContaining([expect.stringMatching(/不支持设置打印格式（需要 ExcelApi 1\.9）：工作表“公开说明”/)]));
    const sheet = await ours(excel, 'narrative');
    expect(ourCharts(sheet)).toHaveLength(figures(grid).length);
    expect(sheet.rowHeights.size).toBeGreaterThan(0);
    expect(sheet.pageLayout).toEqual({});
  });
});

describe('the stand-in holds the host to the declarations', () => {
  it('refuses what the declarations do not have, or have at a later requirement set', async () => {
    const excel = standIn('1.7');
    await excel.environment().run(async (context) => {
      const ws = context.workbook.worksheets.getItem('收入支出决算总表');
      expect(() => ws.pageLayout).toThrow(/ExcelApi 1\.9/);
      const chart = ws.charts.add('Pie', ws.getRange('A1:B3'), 'Columns');
      // ChartDataLabels.numberFormat is ExcelApi 1.8; a chart has no `subtitle`.
      expect(() => (chart.dataLabels.numberFormat = '0.00')).toThrow(/ExcelApi 1\.8/);
      expect(() => ((chart as unknown as { subtitle: string }).subtitle = 'x')).toThrow();
      expect(() => ws.charts.add('PieChart' as never, ws.getRange('A1:B3'))).toThrow(/chart type/);
      await context.sync();
    });
  });
});
