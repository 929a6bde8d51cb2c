/**
 * The 公开说明 sheet: the title, parts, sections and one paragraph per row in column A, regenerated in place, laid
 * out to be read and printed (wrapped text in a readable width, row heights computed from each text's length,
 * headings bold, A4 portrait one page wide), and under the text the charts the preset asks for (sheetCharts.ts).
 * Only the add-in's own 公开说明 sheet is touched (found by its mark, plan/owned.ts); rows left over from a longer
 * earlier version are cleared. A 公开说明 the accountant wrote is never written over: the text goes to a sheet of
 * a free name beside it.
 */
import type { WorkbookGrid } from '../grid/cell';
import type { Plan, PlanCell } from '../plan/plan';
import { OWNED_SHEET_NAMES } from '../plan/plan';
import { markedSheets, OwnedTarget, ownSheetOps, resolveOwnedSheet, targetSummary } from '../plan/owned';
import { TEXT_STYLE_PT, wrappedRowHeight } from '../plan/rowHeight';
import { CHART_DATA_COLUMN, CHART_DATA_WIDTHS, sheetCharts } from './sheetCharts';
import { isLegacyOwnedSheet } from '../plan/legacy';
import type { NarrativeDocument } from './document';
import { plain } from './fragment';

/** The 公开说明 sheet's name when it is free. */
export const NARRATIVE_SHEET = OWNED_SHEET_NAMES.narrative;

/** The document as lines with their style: what the sheet, the text output and the pane all show. */
export function documentLines(doc: NarrativeDocument): { readonly text: string; readonly style: 'heading1' | 'heading2' | 'heading3' | 'paragraph' }[] {
  const lines: { text: string; style: 'heading1' | 'heading2' | 'heading3' | 'paragraph' }[] = [{ text: doc.title, style: 'heading1' }];
  for (const part of doc.parts) {
    lines.push({ text: `${part.number} ${part.title}`, style: 'heading2' });
    for (const section of part.sections) {
      if (section.title) lines.push({ text: `${section.number}、${section.title}`, style: 'heading3' });
      for (const block of section.blocks) {
        if (block.kind === 'heading') lines.push({ text: block.text, style: 'heading3' });
        else lines.push({ text: block.kind === 'paragraph' ? plain(block.runs) : block.text, style: 'paragraph' });
      }
    }
  }
  return lines;
}

/**
 * The add-in's 公开说明 sheet for this text: the marked one; else an unmarked sheet of our name holding exactly
 * this text (written by an earlier version); else a new sheet.
 */
export function narrativeTarget(grid: WorkbookGrid, doc: NarrativeDocument): OwnedTarget {
  const lines = documentLines(doc).map((l) => l.text);
  return resolveOwnedSheet(grid, 'narrative', (sheet) => isLegacyOwnedSheet('narrative', sheet, lines));
}

/**
 * Column A's width in characters: about 32 Chinese characters of 12 pt a line, readable on screen, and on A4
 * portrait even where fit-to-width is not applied (LibreOffice without 宋体 draws the column wider than Excel).
 */
export const TEXT_COLUMN_WIDTH = 70;

/**
 * `drawsCharts: false`: the host writes the charts' data but draws no chart (the .xlsx written without Excel, WPS),
 * and the summary says only what it writes.
 */
export function narrativeSheetPlan(grid: WorkbookGrid, doc: NarrativeDocument, options: { readonly drawsCharts?: boolean } = {}): Plan {
  const target = narrativeTarget(grid, doc);
  const sheet = target.sheet;
  const previousHeight = target.existing?.rows.length ?? 0;
  const lines = documentLines(doc);
  const cells: PlanCell[][] = lines.map((l) => [{ value: l.text, style: l.style }]);
  const chartTop = cells.length + 1;
  const charts = sheetCharts(doc, chartTop, TEXT_COLUMN_WIDTH);
  const height = charts.charts.length ? chartTop + charts.height : cells.length;
  const ops: Plan['ops'][number][] = [...ownSheetOps(target), { op: 'setCells', sheet, row: 0, col: 0, cells }];
  if (previousHeight > cells.length) {
    ops.push({ op: 'clearRange', sheet, top: cells.length, left: 0, bottom: previousHeight - 1, right: 0 });
  }
  // An earlier version's chart data may lie anywhere in C–E: cleared before this one's is written.
  if (previousHeight > 0) ops.push({ op: 'clearRange', sheet, top: 0, left: CHART_DATA_COLUMN, bottom: previousHeight - 1, right: CHART_DATA_COLUMN + CHART_DATA_WIDTHS.length - 1 });
  if (charts.charts.length) ops.push({ op: 'setCells', sheet, row: chartTop, col: CHART_DATA_COLUMN, cells: charts.cells });
  ops.push(
    { op: 'setColumnWidths', sheet, widths: [TEXT_COLUMN_WIDTH, 2, ...CHART_DATA_WIDTHS] },
    {
      op: 'setRowHeights',
      sheet,
      row: 0,
      heights: [
        ...lines.map((l) => wrappedRowHeight(l.text, TEXT_COLUMN_WIDTH, TEXT_STYLE_PT[l.style])),
        // Rows an earlier, longer text made tall go back to the standard height.
        ...Array.from({ length: Math.max(0, previousHeight - lines.length) }, () => null),
      ],
    },
    { op: 'setSheetLayout', sheet, print: { orientation: 'portrait', fitToWidth: true, center: true, area: { top: 0, left: 0, bottom: Math.max(0, height - 1), right: 0 } } },
    { op: 'setCharts', sheet, charts: charts.charts },
  );
  const gaps = doc.gaps.length ? `，其中 ${doc.gaps.length} 处待填写（【请填写：…】）` : '';
  const titles = charts.charts.map((c) => c.title).join('、');
  const chartLine = !charts.charts.length
    ? []
    : options.drawsCharts === false
      ? [`在公开说明下方 C–D 列写入 ${charts.charts.length} 个图表（${titles}）的数据。`]
      : [`在公开说明下方画 ${charts.charts.length} 个图表（${titles}），图表数据在 C–D 列。`];
  return { ops, summary: [...targetSummary(target), `在工作表“${sheet}”写入公开说明 ${cells.length} 行${gaps}。`, ...chartLine] };
}

/** Removes the add-in's charts from its 公开说明 sheet, with their data; the text stays. */
export function removeChartsPlan(grid: WorkbookGrid): Plan {
  const marked = markedSheets(grid).get('narrative');
  if (!marked) return { ops: [], summary: ['没有决算公开助手的公开说明工作表，也就没有图表可删除。'] };
  const sheet = marked.name;
  const height = marked.rows.length;
  return {
    ops: [
      ...(height > 0 ? [{ op: 'clearRange' as const, sheet, top: 0, left: CHART_DATA_COLUMN, bottom: height - 1, right: CHART_DATA_COLUMN + CHART_DATA_WIDTHS.length - 1 }] : []),
      { op: 'setCharts', sheet, charts: [] },
    ],
    summary: [`删除工作表“${sheet}”中决算公开助手画的图表和图表数据（C–E 列），公开说明文字不变。`],
  };
}
