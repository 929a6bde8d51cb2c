/**
 * When a write fails half-way (issue 14): what the workbook holds now that it did not before, said exactly, and the
 * plan that takes it back.
 *
 * Every host checks first and writes in one go (writeOrder.ts), yet Excel can still refuse an operation no check
 * sees, after it applied those before it. The host then reads the workbook again — the sheets, the marks, the cells
 * the plan touches, the add-in's highlights and notes — and this module compares that with what it read before
 * writing. The comparison, not the plan, says what was written: an operation that wrote what was already there
 * wrote nothing.
 *
 * What the take-back plan can undo follows the rules every plan follows (plan.ts, guard.ts): it deletes the sheets
 * the failed write added and marked, restores the cells of the add-in's own sheets, puts the text back into the cell
 * 对照 replaced, and removes the add-in's highlights and notes where they changed. It never writes into the
 * accountant's sheets otherwise: a derived formula written into their table stays, named by its cell, for them to
 * keep or delete.
 */
import { cellAt, CellValue, isCellError, SheetGrid, WorkbookGrid } from '../grid/cell';
import { parseA1, toA1 } from '../grid/address';
import type { Plan, PlanCell, PlanOp } from './plan';
import { findSheet, markedSheets, sameSheetName } from './owned';

/** The add-in's highlights (conditional formats carrying FLAG_MARKER) and notes (NOTE_TAG) on one sheet. */
export interface FlagCount {
  readonly highlights: number;
  readonly notes: number;
}

/** The workbook as a host read it, before writing or after a failed write. */
export interface WorkbookTrace {
  /** The sheets and marks, with the content of at least the sheets the plan writes cells into. */
  readonly grid: WorkbookGrid;
  /** Per sheet the plan flags or unflags, where the host could count them. */
  readonly flags: ReadonlyMap<string, FlagCount>;
}

export interface PartialWrite {
  /** What the failed write changed, one line each, in Chinese; empty when it changed nothing. */
  readonly written: readonly string[];
  /** What taking back cannot undo, and why. */
  readonly kept: readonly string[];
  /** The plan that takes back the rest (its summary says what it does); no ops when there is nothing to take back. */
  readonly takeBack: Plan;
}


const key = (name: string) => name.toUpperCase();
const cellKey = (row: number, col: number) => `${row},${col}`;

/** The cells each sheet's cell operations touch, in the plan's order of first touch. */
function touchedCells(plan: Plan): Map<string, { sheet: string; cells: Set<string>; replaced: Extract<PlanOp, { op: 'replaceCellText' }>[] }> {
  const out = new Map<string, { sheet: string; cells: Set<string>; replaced: Extract<PlanOp, { op: 'replaceCellText' }>[] }>();
  const entry = (sheet: string) => {
    const e = out.get(key(sheet)) ?? { sheet, cells: new Set<string>(), replaced: [] };
    out.set(key(sheet), e);
    return e;
  };
  for (const op of plan.ops) {
    if (op.op === 'setCells') {
      const e = entry(op.sheet);
      op.cells.forEach((line, r) => line.forEach((cell, c) => cell && e.cells.add(cellKey(op.row + r, op.col + c))));
    } else if (op.op === 'clearRange') {
      const e = entry(op.sheet);
      for (let r = op.top; r <= op.bottom; r++) for (let c = op.left; c <= op.right; c++) e.cells.add(cellKey(r, c));
    } else if (op.op === 'replaceCellText') {
      const { row, col } = parseA1(op.cell);
      const e = entry(op.sheet);
      e.cells.add(cellKey(row, col));
      e.replaced.push(op);
    }
  }
  return out;
}

function formulaAt(sheet: SheetGrid | undefined, row: number, col: number): string | null {
  return sheet?.formulas?.[row]?.[col] ?? null;
}

function valueAt(sheet: SheetGrid | undefined, row: number, col: number): CellValue {
  return sheet ? cellAt(sheet, row, col) : null;
}

function sameCell(a: SheetGrid | undefined, b: SheetGrid | undefined, row: number, col: number): boolean {
  if (formulaAt(a, row, col) !== formulaAt(b, row, col)) return false;
  // A formula's value is Excel's to compute; what was written is the formula.
  if (formulaAt(a, row, col) !== null) return true;
  return JSON.stringify(valueAt(a, row, col)) === JSON.stringify(valueAt(b, row, col));
}

/** What puts a cell back as it was: its formula, or its value; nothing for an error value, which cannot be typed. */
function restoring(sheet: SheetGrid, row: number, col: number): PlanCell | undefined {
  const formula = formulaAt(sheet, row, col);
  if (formula !== null) return { formula };
  const value = cellAt(sheet, row, col);
  return isCellError(value) ? undefined : { value };
}

function listCells(cells: readonly string[]): string {
  const shown = cells.slice(0, 6).join('、');
  return cells.length > 6 ? `${shown} 等` : shown;
}

const count = (flags: ReadonlyMap<string, FlagCount>, sheet: string): FlagCount => {
  for (const [name, c] of flags) if (sameSheetName(name, sheet)) return c;
  return { highlights: 0, notes: 0 };
};

class Comparison {
  readonly written: string[] = [];
  readonly kept: string[] = [];
  readonly ops: PlanOp[] = [];
  readonly summary: string[] = [];
  constructor(
    readonly plan: Plan,
    readonly before: WorkbookTrace,
    readonly after: WorkbookTrace,
  ) {}

  existed = (name: string) => findSheet(this.before.grid, name) !== undefined;
  exists = (name: string) => findSheet(this.after.grid, name) !== undefined;
  markedAfter = (name: string) => [...markedSheets(this.after.grid).values()].some((s) => sameSheetName(s.name, name));
  markedBefore = (name: string) => [...markedSheets(this.before.grid).values()].some((s) => sameSheetName(s.name, name));

  changedCells(sheet: string, cells: ReadonlySet<string>): { row: number; col: number }[] {
    const a = findSheet(this.before.grid, sheet);
    const b = findSheet(this.after.grid, sheet);
    return [...cells].map((k) => k.split(',').map(Number) as [number, number]).filter(([r, c]) => !sameCell(a, b, r, c)).map(([row, col]) => ({ row, col }));
  }

  sheets(): void {
    const added = new Set<string>();
    for (const op of this.plan.ops) {
      if (op.op === 'ensureSheet' && !this.existed(op.sheet) && this.exists(op.sheet) && !added.has(key(op.sheet))) {
        added.add(key(op.sheet));
        const filled = this.changedCells(op.sheet, touchedCells(this.plan).get(key(op.sheet))?.cells ?? new Set()).length;
        this.written.push(`新建了工作表“${op.sheet}”${filled ? `并写入 ${filled} 个单元格` : ''}`);
        if (this.markedAfter(op.sheet)) {
          this.ops.push({ op: 'deleteSheet', sheet: op.sheet });
          this.summary.push(`删除新建的工作表“${op.sheet}”。`);
        } else {
          this.kept.push(`新建的工作表“${op.sheet}”还没有加上决算公开助手的标记，“清除”不会删除它：请核对后手动删除。`);
        }
      } else if (op.op === 'deleteSheet' && this.existed(op.sheet) && !this.exists(op.sheet)) {
        this.written.push(`删除了工作表“${op.sheet}”`);
        this.kept.push(`工作表“${op.sheet}”已删除，“清除”不能恢复它。`);
      } else if (op.op === 'markSheet' && this.existed(op.sheet) && this.markedAfter(op.sheet) && !this.markedBefore(op.sheet)) {
        // An earlier version's sheet, checked and adopted: the mark is right, and it stays.
        this.written.push(`给工作表“${op.sheet}”加上了决算公开助手的标记`);
      }
    }
  }

  cells(): void {
    for (const { sheet, cells, replaced } of touchedCells(this.plan).values()) {
      if (!this.existed(sheet) || !this.exists(sheet)) continue;
      const changed = this.changedCells(sheet, cells);
      if (changed.length === 0) continue;
      const addresses = changed.map((c) => toA1(c.row, c.col));
      this.written.push(`改写了工作表“${sheet}”的 ${changed.length} 个单元格（${listCells(addresses)}）`);
      if (this.markedAfter(sheet)) this.restore(sheet, changed);
      else this.userCells(sheet, changed, replaced);
    }
  }

  /** The add-in's own sheet: its cells as they were. */
  restore(sheet: string, changed: readonly { row: number; col: number }[]): void {
    const before = findSheet(this.before.grid, sheet)!;
    const lost: string[] = [];
    for (const { row, col } of changed) {
      const cell = restoring(before, row, col);
      if (cell) this.ops.push({ op: 'setCells', sheet, row, col, cells: [[cell]] });
      else lost.push(toA1(row, col));
    }
    this.summary.push(`把工作表“${sheet}”的 ${changed.length - lost.length} 个单元格恢复为写入前的内容。`);
    if (lost.length) this.kept.push(`工作表“${sheet}”的单元格 ${listCells(lost)} 原来是错误值，不能恢复。`);
  }

  /** The accountant's sheet: only the text 对照 replaced goes back; a formula written into their table stays. */
  userCells(sheet: string, changed: readonly { row: number; col: number }[], replaced: readonly Extract<PlanOp, { op: 'replaceCellText' }>[]): void {
    const after = findSheet(this.after.grid, sheet)!;
    const left: string[] = [];
    for (const { row, col } of changed) {
      const op = replaced.find((r) => r.cell === toA1(row, col));
      if (op && formulaAt(after, row, col) === null && cellAt(after, row, col) === op.after) {
        this.ops.push({ op: 'replaceCellText', sheet, cell: op.cell, before: op.after, after: op.before });
        this.summary.push(`把单元格“${sheet}”!${op.cell} 恢复为原来的文字。`);
      } else {
        left.push(toA1(row, col));
      }
    }
    if (left.length) {
      this.kept.push(`工作表“${sheet}”是您的工作表，单元格 ${listCells(left)} 已写入决算公开助手的公式，“清除”不改动它们：不需要时请手动删除。`);
    }
  }

  flags(): void {
    const sheets = new Set([...this.before.flags.keys(), ...this.after.flags.keys()].map(key));
    const highlights: string[] = [];
    const notes: string[] = [];
    let lost = false;
    for (const k of sheets) {
      const name = [...this.after.flags.keys(), ...this.before.flags.keys()].find((n) => key(n) === k)!;
      const a = count(this.before.flags, name);
      const b = count(this.after.flags, name);
      if (a.highlights !== b.highlights) this.written.push(`工作表“${name}”上决算公开助手的标色由 ${a.highlights} 处变为 ${b.highlights} 处`);
      if (a.notes !== b.notes) this.written.push(`工作表“${name}”上决算公开助手的批注由 ${a.notes} 条变为 ${b.notes} 条`);
      if (!this.exists(name)) continue;
      if (a.highlights !== b.highlights && b.highlights > 0) highlights.push(name);
      if (a.notes !== b.notes && b.notes > 0) notes.push(name);
      lost ||= (a.highlights > b.highlights && a.highlights > 0) || (a.notes > b.notes && a.notes > 0);
    }
    if (highlights.length) this.ops.push({ op: 'removeHighlights', sheets: highlights });
    if (notes.length) this.ops.push({ op: 'removeNotes', sheets: notes });
    if (highlights.length || notes.length) this.summary.push(`移除工作表${[...new Set([...highlights, ...notes])].map((s) => `“${s}”`).join('、')}上决算公开助手的标色和批注。`);
    if (lost) this.kept.push('先前检查留下的标色和批注已有部分移除，“清除”不能恢复它们：需要时请再次检查。');
  }
}

/** What the failed write of `plan` changed between `before` and `after`, and how much of it can be taken back. */
export function partialWrite(plan: Plan, before: WorkbookTrace, after: WorkbookTrace): PartialWrite {
  const c = new Comparison(plan, before, after);
  c.sheets();
  c.cells();
  c.flags();
  return { written: c.written, kept: c.kept, takeBack: { ops: c.ops, summary: c.summary } };
}
