/**
 * The pane's host inside WPS 表格 (a WPS 加载项): reading, applying plans and selecting cells through the ET
 * object model. The API is synchronous; the host answers the pane's promises with what it did.
 */
import type { WorkbookGrid } from '../../engine/grid/cell';
import type { Plan } from '../../engine/plan/plan';
import { sheetsToRead } from '../../engine/plan/guard';
import type { PaneHost } from '../../taskpane/host';
import { HostError } from '../hostError';
import { activeWorkbook, applyToWorkbook } from './apply';
import type { EtApplication } from './et';
import { readWorkbook } from './read';
import { NO_CHARTS_IN_WPS } from '../noCharts';

export class WpsHost implements PaneHost {
  readonly label = '当前工作簿';
  /** WPS 表格 has comments (批注) on every version. */
  readonly supportsNotes = true;
  readonly noCharts = NO_CHARTS_IN_WPS;
  constructor(private readonly app: () => EtApplication) {}

  async read(): Promise<WorkbookGrid> {
    return guarded(() => readWorkbook(activeWorkbook(this.app())).grid);
  }

  /** A plan computed earlier: the sheet list, the names and the sheets the guard looks at are read again first. */
  async apply(plan: Plan): Promise<{ skipped: readonly string[] }> {
    return guarded(() => {
      const app = this.app();
      const toRead = new Set(sheetsToRead(plan).map((s) => s.toUpperCase()));
      return applyToWorkbook(app, readWorkbook(activeWorkbook(app), (name) => toRead.has(name.toUpperCase())), plan);
    });
  }

  /** One user action: read every sheet, compute the plan from what was read, write it, in one go. */
  async act(compute: (grid: WorkbookGrid) => Plan) {
    return guarded(() => {
      const app = this.app();
      const read = readWorkbook(activeWorkbook(app));
      const plan = compute(read.grid);
      return { grid: read.grid, plan, ...applyToWorkbook(app, read, plan) };
    });
  }

  async select(sheet: string, cell: string): Promise<void> {
    guarded(() => {
      const ws = activeWorkbook(this.app()).Worksheets.Item(sheet);
      ws.Activate();
      ws.Range(cell).Select();
    });
  }
}

/** Object-model failures outside a write (reading, selecting) as messages the pane shows. */
function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof HostError) throw e;
    throw new HostError(`WPS 表格返回错误：${e instanceof Error ? e.message : String(e)}。请重新识别后再试。`);
  }
}
