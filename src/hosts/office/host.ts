/**
 * The pane's host inside Excel: reading, applying plans and selecting cells through Office.js.
 *
 * Reading and selecting (all the first render and 识别 need) come with the pane's first chunk. Writing (apply.ts,
 * with the plan guard, the write order, the partial-write survey, flags, charts and sheet layout) is loaded on
 * demand, in a chunk of its own: it is requested as soon as the workbook has been read, so an action seldom waits
 * for it, and an action that does waits only once.
 */
import type { WorkbookGrid } from '../../engine/grid/cell';
import type { Plan } from '../../engine/plan/plan';
import type { PaneHost } from '../../taskpane/host';
import type * as Apply from './apply';
import type { ActResult, ApplyResult } from './apply';
import type { OfficeEnvironment } from './environment';
import { readWorkbook, selectCell } from './read';

/** The writing half: what an action needs from apply.ts. */
export type OfficeWriter = Pick<typeof Apply, 'act' | 'applyPlanToWorkbook'>;

/** Said when the writing half cannot be fetched (the add-in's server unreachable since the pane opened). */
export const WRITER_UNAVAILABLE = '无法载入写入工作簿所需的程序文件（可能是网络中断或加载项服务器无法访问）。工作簿没有改动：请检查网络后再试一次。';

/** The writing half as the build splits it off: the `office-write` chunk. */
const loadApply = (): Promise<OfficeWriter> => import(/* webpackChunkName: "office-write" */ './apply');

export class OfficeHost implements PaneHost {
  readonly label = '当前工作簿';
  private writer: Promise<OfficeWriter> | undefined;

  constructor(
    private readonly env: OfficeEnvironment,
    /** How the writing half arrives: the chunk in the page; tests hand in their own. */
    private readonly loadWriter: () => Promise<OfficeWriter> = loadApply,
  ) {}

  get supportsNotes(): boolean {
    return this.env.isSetSupported('ExcelApi', '1.18');
  }

  async read(): Promise<WorkbookGrid> {
    const grid = await readWorkbook(this.env);
    // Fetched while the accountant looks at 识别; a failure here is reported by the action that needs it.
    this.writing().catch(() => undefined);
    return grid;
  }

  async apply(plan: Plan): Promise<ApplyResult> {
    return (await this.writing()).applyPlanToWorkbook(this.env, plan);
  }

  async act(compute: (grid: WorkbookGrid) => Plan): Promise<ActResult> {
    return (await this.writing()).act(this.env, compute);
  }

  select(sheet: string, cell: string): Promise<void> {
    return selectCell(this.env, sheet, cell);
  }

  /** The writing half, loaded once; a failed fetch is forgotten so that the next action tries again. */
  private writing(): Promise<OfficeWriter> {
    this.writer ??= this.loadWriter().catch(() => {
      this.writer = undefined;
      throw new Error(WRITER_UNAVAILABLE);
    });
    return this.writer;
  }
}
