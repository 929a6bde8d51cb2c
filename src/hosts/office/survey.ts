/**
 * After Excel refused the write of a plan that passed every check (checks.ts): Excel applies a request operation by
 * operation and keeps those before the one that failed, so part of the plan may be written. This reads the workbook
 * again, in an Excel.run of its own (two syncs, only on this path): the sheets and marks, the cells of the sheets the
 * plan writes, the add-in's highlights and notes on the sheets it flags; engine/plan/partial.ts compares that with
 * what was read before writing. The pane then says exactly what was written and offers to take it back, or, when the
 * comparison finds nothing, that nothing was written.
 */
import type { WorkbookGrid } from '../../engine/grid/cell';
import type { Plan } from '../../engine/plan/plan';
import { findSheet } from '../../engine/plan/owned';
import { FlagCount, partialWrite, WorkbookTrace } from '../../engine/plan/partial';
import { PartialWriteError } from '../../engine/plan/errors';
import { HostError, officeErrorReason, OfficeEnvironment } from './environment';
import { countFlags, flaggedSheets, loadFlags } from './flags';
import { addinSheets, gridOf, loadHidden, loadNames, syncWithCells } from './read';

/** The write sync failed: the error, the plan as it was written (in write order), the workbook as read before. */
export class WriteFailed extends Error {
  constructor(
    readonly failure: unknown,
    readonly plan: Plan,
    readonly before: WorkbookTrace,
  ) {
    super('the write of a checked plan failed');
    this.name = 'WriteFailed';
  }
}

/** The sheets whose cells the plan writes (and those it adds). */
export function cellSheets(plan: Plan): Set<string> {
  const out = new Set<string>();
  for (const op of plan.ops) {
    if (op.op === 'setCells' || op.op === 'clearRange' || op.op === 'replaceCellText' || op.op === 'ensureSheet') out.add(op.sheet);
  }
  return out;
}

/** Only the flag counts of the sheets the plan flags: the comparison looks at those and nothing else. */
export function traceFlags(plan: Plan, counts: ReadonlyMap<string, FlagCount>): Map<string, FlagCount> {
  const flagged = flaggedSheets(plan);
  return new Map([...counts].filter(([sheet]) => flagged.has(sheet)));
}

/**
 * The workbook after the failure: the sheets read again as they are, the others as read before writing — the plan
 * wrote no cell of theirs — so that the pane's view stays whole.
 */
function whole(after: WorkbookGrid, before: WorkbookGrid, read: ReadonlySet<string>): WorkbookGrid {
  return { ...after, sheets: after.sheets.map((s) => (read.has(s.name) ? s : { ...(findSheet(before, s.name) ?? s), name: s.name, state: s.state })) };
}

async function readTrace(env: OfficeEnvironment, plan: Plan, before: WorkbookGrid): Promise<WorkbookTrace> {
  return env.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    const names = loadNames(context.workbook);
    await context.sync();
    const cells = cellSheets(plan);
    const present = new Set(sheets.items.map((s) => s.name));
    const read = await syncWithCells(
      context,
      sheets.items.map((sheet) => (cells.has(sheet.name) ? { name: sheet.name, sheet } : undefined)),
      () => loadFlags(sheets, [...flaggedSheets(plan)].filter((s) => present.has(s)), env.isSetSupported('ExcelApi', '1.18')),
    );
    return { grid: whole(gridOf(sheets.items, read.cells, names, await loadHidden(context, read.used, addinSheets(sheets.items, names))), before, cells), flags: countFlags(read.queued) };
  });
}

/** The error to show for a failed write: what was written and how to take it back, or that nothing was. */
export async function explainFailedWrite(env: OfficeEnvironment, failed: WriteFailed): Promise<Error> {
  const reason = officeErrorReason(failed.failure);
  let after: WorkbookTrace;
  try {
    after = await readTrace(env, failed.plan, failed.before.grid);
  } catch (e) {
    return new HostError(
      `写入没有完成：${reason}再次读取工作簿以核对写入了什么时也出错了（${officeErrorReason(e)}）请重新识别工作簿，核对决算公开助手的工作表、标色和批注后再试。`,
    );
  }
  const partial = partialWrite(failed.plan, failed.before, after);
  if (partial.written.length === 0) return new HostError(`${reason}没有写入任何内容。`);
  return new PartialWriteError(reason, partial, after.grid);
}
