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

/**
 * A protected sheet (审阅 › 保护工作表) is written by no plan: Excel would refuse the write half-way, and a program
 * that writes the file (ExcelJS) would write into it all the same. Refused before anything is written, naming the
 * sheet, the first cells the plan meant to write there, and what to do.
 */
function refuseProtected(before: WorkbookGrid, plan: Plan): void {
  const locked = new Map<string, string[]>();
  for (const op of plan.ops) {
    if (!('sheet' in op) || op.op === 'ensureSheet' || op.op === 'deleteSheet' || op.op === 'markSheet') continue;
    const sheet = findSheet(before, op.sheet);
    if (!sheet?.protected) continue;
    const cells = locked.get(sheet.name) ?? [];
    locked.set(sheet.name, cells);
    if (op.op === 'setCells') op.cells.forEach((line, r) => line.forEach((c, k) => c && cells.push(toA1(op.row + r, op.col + k))));
    else if (op.op === 'replaceCellText') cells.push(op.cell);
  }
  if (locked.size === 0) return;
  const what = [...locked].map(([name, cells]) => `“${name}”${cells.length ? `（要写入 ${cells.slice(0, 3).join('、')}${cells.length > 3 ? ' 等' : ''}）` : ''}`);
  throw new PlanRefused(
    `没有写入任何内容：工作表${what.join('、')}受保护。请在“审阅”选项卡点“撤销工作表保护”（设有密码时输入密码）后再试，写入后可以再保护。`,
  );
}

/** Throws PlanRefused unless every write of the plan goes where plan.ts rule 1 allows, into no protected sheet. */
export function guardPlan(before: WorkbookGrid, plan: Plan): void {
  refuseProtected(before, plan);
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
