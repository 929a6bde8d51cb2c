/**
 * The checks before any write in Excel (issue 14): everything the workbook can tell that would make a plan fail
 * part-way, loaded in the sync that reads the sheet list, so that a plan that cannot be written whole writes
 * nothing and the pane says why and what to do:
 *  - a read-only workbook (`Workbook.readOnly`, ExcelApi 1.8; below it Excel refuses the first write, and the
 *    failed write is reported by survey.ts);
 *  - a protected sheet the plan writes into, flags or unflags (`Worksheet.protection`, ExcelApi 1.2);
 *  - a protected workbook structure when the plan adds or deletes a sheet or a mark (`Workbook.protection`,
 *    ExcelApi 1.7, the manifest's minimum);
 *  - a very hidden sheet to delete: `Worksheet.delete` fails on it (its declaration), so the write makes it hidden
 *    first — a structure change, which the check above already asks for;
 *  - a cell in edit mode: no API tells, and Excel refuses the first sync, which only reads;
 *  - the plan guard (engine/plan/guard.ts): nothing outside the add-in's own sheets.
 */
import type { WorkbookGrid } from '../../engine/grid/cell';
import type { Plan } from '../../engine/plan/plan';
import { guardPlan } from '../../engine/plan/guard';
import { inWriteOrder, structuralSteps } from '../../engine/plan/writeOrder';
import { HostError, OfficeEnvironment } from './environment';

export interface WorkbookFacts {
  readonly workbook: Excel.Workbook;
  /** Loaded with name, visibility and protection. */
  readonly sheets: Excel.WorksheetCollection;
  /** Whether `workbook.readOnly` was loaded (ExcelApi 1.8). */
  readonly readOnlyKnown: boolean;
  readonly structure: Excel.WorkbookProtection;
}

/** Queues the loads the checks need; they are read after the next sync. */
export function loadFacts(context: Excel.RequestContext, env: OfficeEnvironment): WorkbookFacts {
  const workbook = context.workbook;
  const sheets = workbook.worksheets;
  sheets.load('items/name,items/visibility,items/protection/protected');
  const readOnlyKnown = env.isSetSupported('ExcelApi', '1.8');
  if (readOnlyKnown) workbook.load('readOnly');
  const structure = workbook.protection;
  structure.load('protected');
  return { workbook, sheets, readOnlyKnown, structure };
}

/** Sheets a plan writes to, flags or unflags: they must not be protected. Sheets it adds or deletes are not written. */
export function writtenSheets(plan: Plan): Set<string> {
  const out = new Set<string>();
  for (const op of plan.ops) {
    if ('sheet' in op && op.op !== 'ensureSheet' && op.op !== 'deleteSheet') out.add(op.sheet);
    if ('sheets' in op) for (const s of op.sheets) out.add(s);
  }
  return out;
}

/**
 * Throws a HostError (or the guard's PlanRefused) when the plan cannot be written whole; otherwise returns it in
 * write order (engine/plan/writeOrder.ts). `grid` is the workbook as read in this Excel.run.
 */
export function checkBeforeWriting(plan: Plan, grid: WorkbookGrid, facts: WorkbookFacts): Plan {
  if (facts.readOnlyKnown && facts.workbook.readOnly) throw new HostError('工作簿是只读的：请另存为可编辑的副本后再试。没有写入任何内容。');
  const locked = [...writtenSheets(plan)].filter((name) => facts.sheets.items.find((s) => s.name === name)?.protection.protected);
  if (locked.length > 0) {
    throw new HostError(`工作表${locked.map((n) => `“${n}”`).join('、')}受保护：请在“审阅”选项卡撤销工作表保护后再试。没有写入任何内容。`);
  }
  const steps = structuralSteps(plan, grid);
  if (steps.length > 0 && facts.structure.protected) {
    throw new HostError(
      `工作簿的结构受保护，而这一操作要${steps.join('、')}：请在“审阅”选项卡点“保护工作簿”取消保护（设有密码时输入密码）后再试，写入后可以再保护。没有写入任何内容。`,
    );
  }
  guardPlan(grid, plan);
  return inWriteOrder(plan, grid);
}
