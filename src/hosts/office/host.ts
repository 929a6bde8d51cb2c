/** The pane's host inside Excel: reading, applying plans and selecting cells through Office.js. */
import type { WorkbookGrid } from '../../engine/grid/cell';
import type { Plan } from '../../engine/plan/plan';
import type { PaneHost } from '../../taskpane/host';
import { act, ActResult, applyPlanToWorkbook } from './apply';
import type { OfficeEnvironment } from './environment';
import { readWorkbook, selectCell } from './read';

export class OfficeHost implements PaneHost {
  readonly label = '当前工作簿';
  constructor(private readonly env: OfficeEnvironment) {}

  get supportsNotes(): boolean {
    return this.env.isSetSupported('ExcelApi', '1.18');
  }

  read(): Promise<WorkbookGrid> {
    return readWorkbook(this.env);
  }

  async apply(plan: Plan): Promise<{ skipped: readonly string[] }> {
    return applyPlanToWorkbook(this.env, plan);
  }

  act(compute: (grid: WorkbookGrid) => Plan): Promise<ActResult> {
    return act(this.env, compute);
  }

  select(sheet: string, cell: string): Promise<void> {
    return selectCell(this.env, sheet, cell);
  }
}
