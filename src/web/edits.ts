/**
 * The accountant's own typing in the web page's grid, applied to the workbook held in memory: values and texts
 * as typed (engine/edit/typed.ts), a cleared cell, a pasted range; undo and redo of each. This is the user's
 * edit, not an add-in plan: it is written as typed, with no plan and no guard. What the add-in does after it —
 * recomputing the formulas it wrote, from the engine's own arithmetic — is a plan (engine/edit/addinCells.ts),
 * and goes through the guard like every other.
 *
 * Cells the add-in owns (its formulas, the labels of its 说明数据 sheet, its generated sheets) refuse a typed
 * value unless the accountant confirms (`force`); a formula is accepted only where the add-in writes that very
 * formula, since the page evaluates no formula of its own.
 */
import ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../engine/grid/cell';
import { toA1 } from '../engine/grid/address';
import { parseTyped } from '../engine/edit/typed';
import { AddinCells, addinCells, addinFormulaAt, protectionMessage, recomputePlan, untypedFormulaMessage } from '../engine/edit/addinCells';
import { sameFormula } from '../engine/derive/selfEvaluation';
import { recognise, Recognition } from '../engine/recognise/recognise';
import { UncalculatedCells, workbookToGrid } from '../hosts/xlsx/read';
import { applyPlan } from '../hosts/xlsx/apply';

/** One cell typed: its place (0-based) and the text as typed (empty clears it). */
export interface CellInput {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

export type EditOutcome =
  | { readonly ok: true; readonly cells: number; readonly recomputed: number }
  /** Cells of the add-in's: nothing written; `force` writes them anyway. */
  | { readonly ok: false; readonly reason: 'protected'; readonly message: string }
  /** A formula the page cannot compute: nothing written. */
  | { readonly ok: false; readonly reason: 'formula'; readonly message: string }
  /** Two values for one merged cell (a block pasted over it): nothing written. */
  | { readonly ok: false; readonly reason: 'merged'; readonly message: string }
  /** The workbook cannot be written at all (its model failed to load): nothing written. */
  | { readonly ok: false; readonly reason: 'unavailable'; readonly message: string };

export type UndoOutcome =
  | { readonly ok: true; readonly sheet: string; readonly cells: readonly { readonly row: number; readonly col: number }[]; readonly recomputed: number }
  | { readonly ok: false; readonly message: string };

interface Change {
  readonly row: number;
  readonly col: number;
  readonly before: ExcelJS.CellValue;
  readonly after: ExcelJS.CellValue;
}

interface Step {
  readonly sheet: string;
  readonly changes: readonly Change[];
}

/** A value compared across an edit: a formula by its text (its result follows the recomputation). */
function signature(v: ExcelJS.CellValue): string {
  if (v && typeof v === 'object' && 'formula' in v && typeof v.formula === 'string') return `=${v.formula.replace(/\s+/g, '').toUpperCase()}`;
  if (v instanceof Date) return `d:${v.getTime()}`;
  return JSON.stringify(v ?? null);
}

function copyValue(v: ExcelJS.CellValue): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'object' || v instanceof Date) return v;
  return JSON.parse(JSON.stringify(v)) as ExcelJS.CellValue;
}

/**
 * Why a block was not pasted over a merged cell: two of its cells land in it (Excel refuses such a paste too). Written
 * one after the other through the merged cell's first, the last would be kept and the others lost without a word.
 */
function mergedMessage(master: string, first: CellInput, second: CellInput): string {
  const at = (c: CellInput) => toA1(c.row, c.col);
  return `没有改动：粘贴的内容中 ${at(first)} 和 ${at(second)} 两格落在同一个合并单元格（${master}）里，而合并单元格只能放一个值。请只复制一个单元格粘贴到这里，或在合并单元格里直接输入。`;
}

export class WorkbookEdits {
  private cache: { grid: WorkbookGrid; recognition: Recognition; cells: AddinCells } | undefined;
  private readonly undoStack: Step[] = [];
  private readonly redoStack: Step[] = [];

  constructor(
    private readonly workbook: ExcelJS.Workbook,
    /** The formulas the file held without a result (read.ts): still read as such until typed over or written. */
    private readonly uncalculated?: UncalculatedCells,
  ) {}

  /** The workbook changed (a plan was applied): what was read of it is stale. */
  invalidate(): void {
    this.cache = undefined;
  }

  /** The workbook as read now, its recognition and the add-in's cells: read once per change. */
  current(): { grid: WorkbookGrid; recognition: Recognition; cells: AddinCells } {
    if (!this.cache) {
      const grid = workbookToGrid(this.workbook, undefined, this.uncalculated);
      const recognition = recognise(grid);
      this.cache = { grid, recognition, cells: addinCells(grid, recognition) };
    }
    return this.cache;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** A merged cell is written through the cell at its top left, as Excel does. */
  private target(ws: ExcelJS.Worksheet, row: number, col: number): ExcelJS.Cell {
    const cell = ws.getCell(row + 1, col + 1);
    return cell.isMerged ? cell.master : cell;
  }

  edit(sheet: string, inputs: readonly CellInput[], options: { readonly force?: boolean } = {}): EditOutcome {
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws || inputs.length === 0) return { ok: true, cells: 0, recomputed: 0 };
    const { cells } = this.current();
    const planned: { cell: ExcelJS.Cell; value: ExcelJS.CellValue }[] = [];
    const owned: string[] = [];
    let firstOwned: string | undefined;
    // The merged cells written, each by the input that writes it: a merged cell holds one value.
    const areas = new Map<string, CellInput>();
    for (const input of inputs) {
      const cell = this.target(ws, input.row, input.col);
      const ref = { sheet, row: Number(cell.row) - 1, col: Number(cell.col) - 1 };
      if (cell.isMerged) {
        const inside = ref.row !== input.row || ref.col !== input.col;
        // A cell the area covers, cleared (a range deleted, the empty cells a copied merged cell brings along): it holds
        // nothing of its own, and written through the area's first cell it would clear what the first cell is given.
        if (inside && input.text === '') continue;
        const earlier = areas.get(cell.address);
        if (earlier) return { ok: false, reason: 'merged', message: mergedMessage(cell.address, earlier, input) };
        areas.set(cell.address, input);
      }
      const typed = parseTyped(input.text);
      const addin = cells.at(sheet, ref.row, ref.col);
      let value: ExcelJS.CellValue;
      if (typed.kind === 'formula') {
        const ours = addinFormulaAt(cells, ref);
        if (!ours?.formula || !sameFormula(ours.formula, typed.formula)) return { ok: false, reason: 'formula', message: untypedFormulaMessage(ref) };
        // Our own formula typed back in: it is ours again, with the engine's value.
        const result = ours.value === null || ours.value === undefined || ours.value === '' ? undefined : ours.value;
        value = (result === undefined ? { formula: ours.formula } : { formula: ours.formula, result }) as ExcelJS.CellFormulaValue;
      } else {
        value = typed.kind === 'blank' ? null : typed.value;
        if (addin && !options.force && signature(cell.value) !== signature(value)) {
          owned.push(toA1(ref.row, ref.col));
          firstOwned ??= protectionMessage(addin);
        }
      }
      planned.push({ cell, value });
    }
    if (owned.length > 0) {
      const more = owned.length > 1 ? `（另有 ${owned.length - 1} 个这样的单元格：${owned.slice(1, 6).join('、')}${owned.length > 6 ? ' 等' : ''}）` : '';
      return { ok: false, reason: 'protected', message: `没有改动。${firstOwned}${more}` };
    }
    const changes: Change[] = [];
    for (const { cell, value } of planned) {
      if (signature(cell.value) === signature(value)) continue;
      changes.push({ row: Number(cell.row) - 1, col: Number(cell.col) - 1, before: copyValue(cell.value), after: copyValue(value) });
      cell.value = value;
    }
    if (changes.length === 0) return { ok: true, cells: 0, recomputed: 0 };
    this.undoStack.push({ sheet, changes });
    this.redoStack.length = 0;
    return { ok: true, cells: changes.length, recomputed: this.recompute() };
  }

  /** Re-derives the add-in's formulas after the accountant's edit (an add-in plan, guarded). */
  private recompute(): number {
    this.invalidate();
    const { grid, cells } = this.current();
    const plan = recomputePlan(grid, cells);
    if (plan.ops.length === 0) return 0;
    applyPlan(this.workbook, plan, grid);
    this.invalidate();
    return plan.ops.length;
  }

  undo(): UndoOutcome {
    return this.replay(this.undoStack, this.redoStack, 'before', '撤销');
  }

  redo(): UndoOutcome {
    return this.replay(this.redoStack, this.undoStack, 'after', '恢复');
  }

  private replay(from: Step[], to: Step[], side: 'before' | 'after', verb: string): UndoOutcome {
    const step = from.pop();
    if (!step) return { ok: false, message: `没有可以${verb}的输入。` };
    const ws = this.workbook.getWorksheet(step.sheet);
    const other = side === 'before' ? 'after' : 'before';
    // A cell written since (by an action of the pane) is not put back: that would undo the action's work.
    const moved = ws ? step.changes.filter((c) => signature(ws.getCell(c.row + 1, c.col + 1).value) !== signature(c[other])) : step.changes;
    if (!ws || moved.length > 0) {
      from.length = 0;
      const where = moved.slice(0, 3).map((c) => `“${step.sheet}”!${toA1(c.row, c.col)}`).join('、');
      return { ok: false, message: `无法${verb}：${ws ? `单元格 ${where} 在这次输入之后已被改动（如写入说明数据、检查标记）` : `工作表“${step.sheet}”已不存在`}。更早的输入也不能再${verb}。` };
    }
    for (const c of step.changes) ws.getCell(c.row + 1, c.col + 1).value = copyValue(c[side]);
    to.push(step);
    return { ok: true, sheet: step.sheet, cells: step.changes.map((c) => ({ row: c.row, col: c.col })), recomputed: this.recompute() };
  }
}
