/**
 * The Office host as the task pane holds it: reading and selecting (all the first render and 识别 need) come with
 * the pane's first chunk; writing (hosts/office/apply.ts, with the plan guard, the write order, the partial-write
 * survey, flags, charts and sheet layout) is the full OfficeHost in a chunk of its own. That chunk is requested as
 * soon as the workbook has been read, so an action seldom waits for it, and an action that does waits only once.
 */
import type { WorkbookGrid } from '../engine/grid/cell';
import type { Plan } from '../engine/plan/plan';
import type { OfficeEnvironment } from '../hosts/office/environment';
import type { OfficeHost } from '../hosts/office/host';
import { readWorkbook, selectCell } from '../hosts/office/read';
import type { PaneHost } from './host';

/** Said when the writing chunk cannot be fetched (the add-in's server unreachable since the pane opened). */
export const WRITER_UNAVAILABLE = '无法载入写入工作簿所需的程序文件（可能是网络中断或加载项服务器无法访问）。工作簿没有改动：请检查网络后再试一次。';

export class OfficePaneHost implements PaneHost {
  readonly label = '当前工作簿';
  private writer: Promise<OfficeHost> | undefined;

  constructor(
    private readonly env: OfficeEnvironment,
    /** How the writing half arrives: the chunk in the page; tests hand in their own. */
    private readonly loadWriter: (env: OfficeEnvironment) => Promise<OfficeHost> = (env) =>
      import(/* webpackChunkName: "office-write" */ '../hosts/office/host').then((m) => new m.OfficeHost(env)),
  ) {}

  get supportsNotes(): boolean {
    return this.env.isSetSupported('ExcelApi', '1.18');
  }

  async read(): Promise<WorkbookGrid> {
    const grid = await readWorkbook(this.env);
    // Fetched while the accountant looks at 识别; a failure here is reported by the action that needs it.
    this.write().catch(() => undefined);
    return grid;
  }

  select(sheet: string, cell: string): Promise<void> {
    return selectCell(this.env, sheet, cell);
  }

  async apply(plan: Plan): Promise<{ readonly skipped: readonly string[] }> {
    return (await this.write()).apply(plan);
  }

  async act(compute: (grid: WorkbookGrid) => Plan): Promise<{ readonly grid: WorkbookGrid; readonly plan: Plan; readonly skipped: readonly string[] }> {
    return (await this.write()).act(compute);
  }

  /** The writing half, loaded once; a failed fetch is forgotten so that the next action tries again. */
  private write(): Promise<OfficeHost> {
    this.writer ??= this.loadWriter(this.env).catch(() => {
      this.writer = undefined;
      throw new Error(WRITER_UNAVAILABLE);
    });
    return this.writer;
  }
}
