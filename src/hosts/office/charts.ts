/**
 * The add-in's native charts (plan op setCharts) through Office.js, ExcelApi 1.1 but for the bar charts' category
 * order (1.7, the manifest's minimum). Ours are told from the accountant's by CHART_MARKER at the start of their
 * names: the charts of the sheets the add-in owns are loaded with the other facts before any write, and a plan's
 * setCharts deletes ours and draws the new ones in the same request, so a refresh never leaves two of a chart and
 * an empty list removes them.
 */
import { toA1 } from '../../engine/grid/address';
import type { DefinedName } from '../../engine/grid/cell';
import { CHART_MARKER } from '../../engine/plan/plan';
import type { PlanOp, SheetChart } from '../../engine/plan/plan';
import { markedSheets } from '../../engine/plan/owned';

/** Chart collections by sheet name, with the charts' names loaded. */
export type LoadedCharts = Map<string, Excel.ChartCollection>;

/** Queues the load of the chart names of the sheets the add-in owns (found by their marks) among `sheets`. */
export function loadOwnedCharts(sheets: Excel.WorksheetCollection, names: readonly string[], marks: readonly DefinedName[]): LoadedCharts {
  const owned = markedSheets({ sheets: names.map((name) => ({ name, rows: [] })), names: marks });
  const out: LoadedCharts = new Map();
  for (const sheet of owned.values()) {
    const charts = sheets.getItem(sheet.name).charts;
    charts.load('items/name');
    out.set(sheet.name, charts);
  }
  return out;
}

/** Whether a plan draws or removes charts (it then needs the charts on its sheets loaded). */
export function drawsCharts(ops: readonly PlanOp[]): boolean {
  return ops.some((op) => op.op === 'setCharts');
}

const EXCEL_TYPE: Readonly<Record<SheetChart['kind'], 'Pie' | 'BarClustered'>> = { pie: 'Pie', bar: 'BarClustered', budgetActual: 'BarClustered' };

function drawChart(ws: Excel.Worksheet, chart: SheetChart): void {
  const d = chart.data;
  // The block's header row names the series, its first column the categories.
  const source = ws.getRange(`${toA1(d.top, d.left)}:${toA1(d.bottom, d.right)}`);
  const c = ws.charts.add(EXCEL_TYPE[chart.kind], source, 'Columns');
  c.name = chart.name;
  c.title.text = chart.title;
  c.title.format.font.size = 12;
  c.setPosition(toA1(chart.at.row, chart.at.col));
  c.width = chart.width;
  c.height = chart.height;
  if (chart.kind === 'pie') {
    // The categories carry the shares the text quotes (sheetCharts.ts): the legend shows them, the slices nothing
    // Excel would round differently.
    c.legend.position = 'Right';
    c.dataLabels.showPercentage = false;
    c.dataLabels.showValue = false;
    return;
  }
  // Excel draws a bar chart's first category at the bottom: reversed, the bars read top-down like the table.
  c.axes.categoryAxis.reversePlotOrder = true;
  c.dataLabels.showValue = true;
  if (chart.kind === 'bar') c.legend.visible = false;
  else c.legend.position = 'Bottom';
}

/** Deletes the add-in's charts on the sheet (as loaded before writing), then draws the plan's. */
export function writeCharts(ws: Excel.Worksheet, op: Extract<PlanOp, { op: 'setCharts' }>, loaded: Excel.ChartCollection | undefined): void {
  for (const existing of loaded?.items ?? []) if (existing.name.startsWith(CHART_MARKER)) existing.delete();
  for (const chart of op.charts) drawChart(ws, chart);
}
