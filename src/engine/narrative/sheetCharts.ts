/**
 * The charts of the 公开说明 on its sheet: under the text, each chart's figures as a small block of cells in columns
 * C–E (the text keeps column A to itself) and the native chart beside them over column A, named with CHART_MARKER
 * so that a refresh or 删除图表 finds exactly ours. The categories carry the shares the text quotes (财政拨款收入
 * （99.32%）): Excel's own percentages would round each slice alone and could differ from the text by 0.01.
 */
import type { PlanCell, SheetChart } from '../plan/plan';
import { CHART_MARKER } from '../plan/plan';
import { columnPoints } from '../plan/rowHeight';
import type { ChartData, NarrativeDocument } from './document';

/** Columns of the data blocks: C (the category), D and E (the figures). */
export const CHART_DATA_COLUMN = 2;
export const CHART_DATA_WIDTHS = [34, 14, 14] as const;
/** Points: a chart is as wide as column A less a margin (the data in C–E stays in sight); its rows are 15-pt rows. */
const CHART = { margin: 8, height: 260, rows: 19 } as const;

export interface SheetCharts {
  /** The data blocks, rows from `top`, columns from CHART_DATA_COLUMN. */
  readonly cells: (PlanCell | undefined)[][];
  readonly charts: SheetChart[];
  /** Rows from `top` the charts and their data take. */
  readonly height: number;
}

function documentCharts(doc: NarrativeDocument): ChartData[] {
  return doc.parts.flatMap((p) => p.sections.flatMap((s) => (s.figures ?? []).map((f) => f.chart)));
}

const wan = (cents: number) => cents / 100;
const category = (label: string, share: string | undefined) => (share === undefined ? label : `${label}（${share}%）`);

function dataRows(chart: ChartData): PlanCell[][] {
  if (chart.kind === 'budgetActual') {
    return [
      [{ value: '项目', style: 'header' }, { value: '预算数（万元）', style: 'header' }, { value: '决算数（万元）', style: 'header' }],
      ...chart.items.map((i) => [{ value: category(i.label, i.share), style: 'label' as const }, { value: wan(i.budgetCents ?? 0), style: 'inputAmount' as const }, { value: wan(i.cents), style: 'inputAmount' as const }]),
    ];
  }
  return [
    [{ value: '项目（占比）', style: 'header' }, { value: '金额（万元）', style: 'header' }],
    ...chart.items.map((i) => [{ value: category(i.label, i.share), style: 'label' as const }, { value: wan(i.cents), style: 'inputAmount' as const }]),
  ];
}

/** The charts of the document laid out from row `top` down, over column A (`textWidth` characters); nothing when the preset asks for none. */
export function sheetCharts(doc: NarrativeDocument, top: number, textWidth: number): SheetCharts {
  const cells: (PlanCell | undefined)[][] = [];
  const charts: SheetChart[] = [];
  let row = 0;
  for (const chart of documentCharts(doc)) {
    const rows = dataRows(chart);
    cells[row] = [{ value: `图${chart.number} ${chart.title}`, style: 'heading3' }];
    rows.forEach((line, i) => (cells[row + 1 + i] = line));
    charts.push({
      name: `${CHART_MARKER}图${chart.number}`,
      title: `图${chart.number} ${chart.title}`,
      kind: chart.kind,
      data: { top: top + row + 1, left: CHART_DATA_COLUMN, bottom: top + row + rows.length, right: CHART_DATA_COLUMN + rows[0]!.length - 1 },
      at: { row: top + row, col: 0 },
      width: columnPoints(textWidth) - CHART.margin,
      height: CHART.height,
    });
    row += Math.max(CHART.rows, rows.length + 2) + 1;
  }
  return { cells: Array.from(cells, (line) => line ?? []), charts, height: row };
}
