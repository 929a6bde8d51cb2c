/**
 * What the pane needs from a workbook, whoever holds it: Excel through Office.js, or an .xlsx opened in the web
 * page. Views talk to this and to the engine, never to a workbook API.
 */
import type { WorkbookGrid } from '../engine/grid/cell';
import type { Plan } from '../engine/plan/plan';

export interface PaneHost {
  /** Shown in the pane: the file name, or 当前工作簿. */
  readonly label: string;
  read(): Promise<WorkbookGrid>;
  /** Applies a plan as one action; rejects with a message (and writes nothing) when it cannot. */
  apply(plan: Plan): Promise<{ readonly skipped: readonly string[] }>;
  /** One user action: read the workbook, compute a plan from it, write it (inside Excel: three syncs). */
  act(compute: (grid: WorkbookGrid) => Plan): Promise<{ readonly grid: WorkbookGrid; readonly plan: Plan; readonly skipped: readonly string[] }>;
  /** Selects a cell so the user sees it. */
  select(sheet: string, cell: string): Promise<void>;
  readonly supportsNotes: boolean;
  /**
   * Where the host draws no chart (the .xlsx written without Excel, WPS): why, said before the 公开说明 is written,
   * whose summary then promises no chart. Excel draws them: left out.
   */
  readonly noCharts?: string;
  /** The web page: the workbook as an .xlsx file to save; what of the file opened it does not have, to say. */
  readonly download?: () => Promise<readonly string[]>;
  /**
   * The web page: the accountant typed in its grid. The pane reads the workbook again (its own actions it
   * follows without reading); inside Excel the pane reads again on 重新识别.
   */
  readonly onEdited?: (listener: () => void) => () => void;
  /**
   * The web page: the grid when the host holds it already (read by its own reader as the workbook opened), for the
   * pane's first render, so that the recognised tables show without a render of 正在读取 and a read after it.
   */
  held?(): WorkbookGrid | undefined;
}
