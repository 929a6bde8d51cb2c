/**
 * How the add-in's own sheets show and print in WPS 表格, through the ET object model: row heights the engine
 * computed from each text's length (a wrapped row written by a program is not fitted), rows frozen at the top, hidden
 * columns, and the print setup. The same ops as Office.js's (hosts/office/sheetLayout.ts) and the .xlsx writer's.
 *
 * Frozen rows and the print setup are the look of a sheet, not its content: where WPS refuses them (PageSetup throws
 * on a machine without a printer, as Excel's COM object model does), the rest of the plan is still written and the
 * result says what to set by hand.
 */
import { columnLetters } from '../../engine/grid/address';
import type { PlanOp, PrintSetup } from '../../engine/plan/plan';
import type { EtApplication, EtPageSetup, EtWorksheet } from './et';
import { XL_LANDSCAPE, XL_PAPER_A4, XL_PORTRAIT } from './et';

/** Rows `top`…`bottom` (0-based) as whole rows, `3:5`. */
const wholeRows = (top: number, bottom: number) => `${top + 1}:${bottom + 1}`;

/** Row heights, one write per run of equal heights; null sets a row back to the sheet's standard height. */
export function writeRowHeights(sheet: EtWorksheet, op: Extract<PlanOp, { op: 'setRowHeights' }>): void {
  let start = 0;
  op.heights.forEach((h, i) => {
    if (i + 1 < op.heights.length && op.heights[i + 1] === h) return;
    const rows = sheet.Range(wholeRows(op.row + start, op.row + i));
    if (h === null) rows.UseStandardHeight = true;
    else rows.RowHeight = h;
    start = i + 1;
  });
}

/** Hidden columns, frozen rows and the print setup; returns what was left out, in Chinese. */
export function writeSheetLayout(app: EtApplication, sheet: EtWorksheet, op: Extract<PlanOp, { op: 'setSheetLayout' }>): string[] {
  const left: string[] = [];
  for (const c of op.hiddenColumns ?? []) sheet.Range(`${columnLetters(c)}:${columnLetters(c)}`).EntireColumn.Hidden = true;
  if (op.freezeRows !== undefined && !tried(() => freezeRows(app, sheet, op.freezeRows!))) {
    left.push(`WPS 表格未能冻结工作表“${op.sheet}”的表头：可在“视图 › 冻结窗格”中冻结前 ${op.freezeRows} 行。`);
  }
  if (op.print && !tried(() => writePrintSetup(sheet.PageSetup, op.print!))) {
    left.push(`WPS 表格未能设置工作表“${op.sheet}”的打印格式（常见于未安装打印机）：纸张（A4）、方向和“调整为一页宽”请在“页面布局”中设置。`);
  }
  return left;
}

function tried(write: () => void): boolean {
  try {
    write();
    return true;
  } catch {
    return false;
  }
}

/**
 * Panes are frozen on the window of the active sheet: the sheet is shown for it, scrolled to its top (the split
 * counts rows from the window's top row), and the sheet shown before is shown again.
 */
function freezeRows(app: EtApplication, sheet: EtWorksheet, rows: number): void {
  const shown = app.ActiveSheet;
  sheet.Activate();
  try {
    const window = app.ActiveWindow;
    if (!window) throw new Error('no window');
    window.FreezePanes = false;
    window.ScrollRow = 1;
    window.ScrollColumn = 1;
    window.SplitColumn = 0;
    window.SplitRow = rows;
    window.FreezePanes = rows > 0;
  } finally {
    shown?.Activate();
  }
}

function writePrintSetup(page: EtPageSetup, print: PrintSetup): void {
  page.PaperSize = XL_PAPER_A4;
  page.Orientation = print.orientation === 'landscape' ? XL_LANDSCAPE : XL_PORTRAIT;
  if (print.fitToWidth) {
    // One page wide, as many pages down as the text needs: Zoom false hands the scale to the two FitToPages.
    page.Zoom = false;
    page.FitToPagesWide = 1;
    page.FitToPagesTall = false;
  }
  if (print.center) page.CenterHorizontally = true;
  if (print.repeatRows) page.PrintTitleRows = `$${print.repeatRows.top + 1}:$${print.repeatRows.bottom + 1}`;
  const area = print.area;
  if (area) page.PrintArea = `$${columnLetters(area.left)}$${area.top + 1}:$${columnLetters(area.right)}$${area.bottom + 1}`;
}
