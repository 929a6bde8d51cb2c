/**
 * The last check before any write, in every host (defense in depth behind the writers, plan.ts rule 1): a plan
 * that would write, clear, widen or delete a sheet the add-in does not own is refused whole, before anything is
 * written. The host passes the workbook as it is now: the sheet names, the names (marks) and the content of the
 * sheets `sheetsToRead` lists — the only content the check looks at.
 */
import { cellAt, cellText, SheetGrid, WorkbookGrid } from '../grid/cell';
import { parseA1, toA1 } from '../grid/address';
import { writable } from '../derive/selfEvaluation';
import type { Plan, PlanOp } from './plan';
import { findSheet, markedSheets } from './owned';
import { isLegacyOwnedSheet } from './legacy';
import { PlanRefused } from './errors';

const key = (name: string) => name.toUpperCase();

/** Sheets whose content the guard needs: those a plan writes cells into, adopts or edits, unless it creates them first. */
export function sheetsToRead(plan: Plan): string[] {
  const created = new Set<string>();
  const out = new Map<string, string>();
  for (const op of plan.ops) {
    if (op.op === 'ensureSheet' && !out.has(key(op.sheet))) created.add(key(op.sheet));
    if ((op.op === 'setCells' || op.op === 'markSheet' || op.op === 'replaceCellText') && !created.has(key(op.sheet))) out.set(key(op.sheet), op.sheet);
  }
  return [...out.values()];
}

/** Column A of what the plan writes into a sheet, top to bottom: the text a 公开说明 adopted must already hold. */
function plannedLines(plan: Plan, sheet: string): string[] {
  const lines: string[] = [];
  for (const op of plan.ops) {
    if (op.op !== 'setCells' || key(op.sheet) !== key(sheet) || op.col !== 0) continue;
    op.cells.forEach((line, r) => {
      const v = line[0]?.value;
      if (v !== undefined && v !== null && v !== '') lines[op.row + r] = String(v);
    });
  }
  return Array.from(lines, (l) => l ?? '');
}

function refuse(sheet: string, what: string, cell?: string): never {
  const where = cell ? `工作表“${sheet}”的单元格 ${cell}（不是空白的派生单元格）` : `工作表“${sheet}”`;
  throw new PlanRefused(
    `没有写入任何内容：这一操作要${what}${where}，但它不是决算公开助手创建的工作表，为保护您的内容已停止。请重新识别工作簿后再试；仍出现时请把这条消息告诉开发者。`,
  );
}

function missing(sheet: string): never {
  throw new PlanRefused(`没有写入任何内容：工作表“${sheet}”已不存在（可能在识别之后被删除或改名）。请重新识别工作簿后再试。`);
}

/** A cell outside our sheets may receive only a formula, where it is empty or holds that very formula (自评表). */
function checkDerivedCells(before: WorkbookGrid, sheet: SheetGrid, op: Extract<PlanOp, { op: 'setCells' }>): void {
  op.cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (!cell) return;
      const ref = { sheet: sheet.name, row: op.row + r, col: op.col + c };
      if (cell.formula === undefined || cell.link || !writable(before, ref, cell.formula)) refuse(sheet.name, '改写', toA1(ref.row, ref.col));
    }),
  );
}

function checkReplacement(sheet: SheetGrid, op: Extract<PlanOp, { op: 'replaceCellText' }>): void {
  const { row, col } = parseA1(op.cell);
  const formula = sheet.formulas?.[row]?.[col] ?? null;
  if (formula !== null || cellText(cellAt(sheet, row, col)) !== op.before) {
    throw new PlanRefused(`没有写入任何内容：单元格“${sheet.name}”!${op.cell} 在显示替换内容之后已被修改。请重新打开“对照”，确认要替换的内容后再复制。`);
  }
}

/** Throws PlanRefused unless every write of the plan goes where plan.ts rule 1 allows. */
export function guardPlan(before: WorkbookGrid, plan: Plan): void {
  const exists = new Set(before.sheets.map((s) => key(s.name)));
  const owned = new Set([...markedSheets(before).values()].map((s) => key(s.name)));
  const sheetOf = (name: string) => findSheet(before, name);
  for (const op of plan.ops) {
    switch (op.op) {
      case 'ensureSheet':
        if (exists.has(key(op.sheet))) {
          if (!owned.has(key(op.sheet))) refuse(op.sheet, '覆盖');
        } else {
          exists.add(key(op.sheet));
          owned.add(key(op.sheet));
        }
        break;
      case 'markSheet': {
        if (!exists.has(key(op.sheet))) missing(op.sheet);
        if (owned.has(key(op.sheet))) break;
        const sheet = sheetOf(op.sheet);
        if (!sheet || !isLegacyOwnedSheet(op.role, sheet, plannedLines(plan, op.sheet))) refuse(op.sheet, '标记并改写');
        owned.add(key(op.sheet));
        break;
      }
      case 'setCells': {
        if (owned.has(key(op.sheet))) break;
        const sheet = sheetOf(op.sheet);
        if (!sheet) missing(op.sheet);
        checkDerivedCells(before, sheet, op);
        break;
      }
      case 'replaceCellText': {
        const sheet = sheetOf(op.sheet);
        if (!sheet) missing(op.sheet);
        checkReplacement(sheet, op);
        break;
      }
      case 'clearRange':
        if (!owned.has(key(op.sheet))) refuse(op.sheet, '清除');
        break;
      case 'setColumnWidths':
      case 'setRowHeights':
      case 'setSheetLayout':
      case 'setCharts':
        if (!owned.has(key(op.sheet))) refuse(op.sheet, '改动');
        break;
      case 'deleteSheet':
        if (!owned.has(key(op.sheet))) refuse(op.sheet, '删除');
        owned.delete(key(op.sheet));
        exists.delete(key(op.sheet));
        break;
      default:
        // Highlights and notes carry our marker and never replace the accountant's own (hosts check notes).
        break;
    }
  }
}
