/**
 * How the add-in's own sheets show and print in Excel, through Office.js: row heights the engine computed from
 * each text's length (Excel does not fit a wrapped row when a program writes it), rows frozen at the top, hidden
 * columns, and the print setup. The manifest asks for ExcelApi 1.7, which has everything here but the page
 * layout (1.9): without it the print setup is left to the accountant, and the result says so.
 */
import { columnLetters } from '../../engine/grid/address';
import type { PlanOp } from '../../engine/plan/plan';
import { columnPoints } from '../../engine/plan/rowHeight';
import type { OfficeEnvironment } from './environment';

/** Points of a column `chars` characters wide (Excel's unit is the default font's digit, Office.js sets points). */
export const columnWidthPoints = columnPoints;

/** Rows `row`… as one range (`3:5`, 1-based). */
const rows = (top: number, bottom: number) => `${top + 1}:${bottom + 1}`;

/** Row heights, one write per run of equal heights; null sets a row back to the sheet's standard height. */
export function writeRowHeights(ws: Excel.Worksheet, op: Extract<PlanOp, { op: 'setRowHeights' }>): void {
  let start = 0;
  op.heights.forEach((h, i) => {
    if (i + 1 < op.heights.length && op.heights[i + 1] === h) return;
    const format = ws.getRange(rows(op.row + start, op.row + i)).format;
    // useStandardHeight is ExcelApi 1.7, the manifest's minimum; only `true` does anything (its declaration).
    if (h === null) format.useStandardHeight = true;
    else format.rowHeight = h;
    start = i + 1;
  });
}

/** Frozen rows, hidden columns and (ExcelApi 1.9) the print setup; returns what was left out, in Chinese. */
export function writeSheetLayout(ws: Excel.Worksheet, op: Extract<PlanOp, { op: 'setSheetLayout' }>, env: OfficeEnvironment): string[] {
  if (op.freezeRows !== undefined) ws.freezePanes.freezeRows(op.freezeRows);
  for (const c of op.hiddenColumns ?? []) ws.getRange(`${columnLetters(c)}:${columnLetters(c)}`).columnHidden = true;
  if (!op.print) return [];
  if (!env.isSetSupported('ExcelApi', '1.9')) {
    return [`这一版本的 Excel 不支持设置打印格式（需要 ExcelApi 1.9）：工作表“${op.sheet}”的纸张（A4）、方向和“调整为一页宽”请在“页面布局”中设置。`];
  }
  const page = ws.pageLayout;
  page.paperSize = 'A4';
  page.orientation = op.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // One page wide, as many pages down as the text needs (0: not limited).
  if (op.print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (op.print.center) page.centerHorizontally = true;
  if (op.print.repeatRows) page.setPrintTitleRows(rows(op.print.repeatRows.top, op.print.repeatRows.bottom));
  const area = op.print.area;
  if (area) page.setPrintArea(`${columnLetters(area.left)}${area.top + 1}:${columnLetters(area.right)}${area.bottom + 1}`);
  return [];
}
