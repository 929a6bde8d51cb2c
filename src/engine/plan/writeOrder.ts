/**
 * The order in which every host writes a plan (issue 14), after its checks passed and before anything is written.
 *
 * A host checks what it can before writing (read-only workbook, protected sheets and workbook structure, the plan
 * guard) and then writes the plan in one go; inside Excel that is one request, which Excel applies operation by
 * operation and stops at the first that fails, keeping those before it. What can still fail is what no check
 * sees, and it is most likely where the workbook's structure changes. So the plan is written in three phases,
 * each in the plan's own order:
 *  1. structure: the sheets added and deleted, and the add-in's marks (workbook names, owned.ts) — the steps that
 *     depend most on the workbook as a whole;
 *  2. the add-in's own sheets: their cells, clearing and column widths — ours to rewrite or delete again;
 *  3. the accountant's sheets last: derived formulas in their tables, the cell 对照 replaces, highlights and notes.
 * A failure in phase 1 or 2 leaves the accountant's sheets exactly as they were.
 *
 * The phases keep every dependency the writers rely on: a sheet is added and marked before its cells are written,
 * earlier marks are removed before new ones, our old highlights and notes before the new ones (same phase, same
 * order). No writer writes into a sheet it deletes in the same plan; `inWriteOrder` refuses such a plan rather
 * than reorder it into something else.
 */
import type { WorkbookGrid } from '../grid/cell';
import type { Plan, PlanOp } from './plan';
import { markedSheets, ownerMarkName, sameSheetName } from './owned';

export type WritePhase = 'structure' | 'owned' | 'user';
export const WRITE_PHASES: readonly WritePhase[] = ['structure', 'owned', 'user'];

const key = (name: string) => name.toUpperCase();

/** The sheets the add-in owns for this plan: marked in the workbook, or added or marked by the plan. */
function ownedSheets(plan: Plan, before: WorkbookGrid): Set<string> {
  const owned = new Set([...markedSheets(before).values()].map((s) => key(s.name)));
  for (const op of plan.ops) if (op.op === 'ensureSheet' || op.op === 'markSheet') owned.add(key(op.sheet));
  return owned;
}

export function writePhase(op: PlanOp, owned: ReadonlySet<string>): WritePhase {
  switch (op.op) {
    case 'ensureSheet':
    case 'markSheet':
    case 'deleteSheet':
      return 'structure';
    case 'setCells':
    case 'clearRange':
    case 'setColumnWidths':
      return owned.has(key(op.sheet)) ? 'owned' : 'user';
    default:
      return 'user';
  }
}

/** The plan's operations in write order (phases above, the plan's order within each). */
export function inWriteOrder(plan: Plan, before: WorkbookGrid): Plan {
  const deleted = new Set<string>();
  for (const op of plan.ops) {
    if (op.op === 'deleteSheet') deleted.add(key(op.sheet));
    else if ('sheet' in op && op.op !== 'ensureSheet' && deleted.has(key(op.sheet))) {
      throw new Error(`plan writes into sheet ${op.sheet} after deleting it: its write order would change what it does`);
    }
  }
  const owned = ownedSheets(plan, before);
  const ops = WRITE_PHASES.flatMap((phase) => plan.ops.filter((op) => writePhase(op, owned) === phase));
  return { ...plan, ops };
}

/**
 * The plan's changes to the workbook itself rather than to cells, in Chinese: sheets added or deleted and marks
 * (workbook names) added or replaced. A protected workbook structure refuses the first two; a workbook name is
 * counted with them (the declarations do not say that structure protection allows it, so the host asks for the
 * structure to be unprotected rather than find out half-way).
 */
export function structuralSteps(plan: Plan, before: WorkbookGrid): string[] {
  const exists = new Set(before.sheets.map((s) => key(s.name)));
  const steps: string[] = [];
  for (const op of plan.ops) {
    if (op.op === 'ensureSheet' && !exists.has(key(op.sheet))) {
      steps.push(`新建工作表“${op.sheet}”`);
      exists.add(key(op.sheet));
    } else if (op.op === 'deleteSheet' && exists.has(key(op.sheet))) {
      steps.push(`删除工作表“${op.sheet}”`);
      exists.delete(key(op.sheet));
    } else if (op.op === 'markSheet') {
      const current = markedSheets(before).get(op.role);
      if (!current || !sameSheetName(current.name, op.sheet)) steps.push(`给工作表“${op.sheet}”加标记（工作簿名称 ${ownerMarkName(op.role)}）`);
    }
  }
  return steps;
}
