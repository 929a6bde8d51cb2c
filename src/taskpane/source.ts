/**
 * What the pane needs from a workbook, whoever holds it: Excel through Office.js, or an .xlsx opened in
 * the web page. Each view plugs into this and into the engine, never into a workbook API directly.
 */
import type { WorkbookGrid } from '../engine/grid/cell';

export interface WorkbookSource {
  /** Shown in the pane: the file name, or 当前工作簿. */
  readonly label: string;
  read(): Promise<WorkbookGrid>;
  /** Selects a cell (A1 on a sheet) so the user sees it; absent where there is nothing to select. */
  readonly select?: (sheet: string, cell: string) => Promise<void>;
}
