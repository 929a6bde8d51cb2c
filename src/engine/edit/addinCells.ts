/**
 * The cells the add-in owns inside a workbook the accountant edits by hand (the web page's grid): the formulas it
 * wrote (说明数据's 本年数, 增减额, 增减率, 差异率, 占比; a 自评表's 执行率, 得分, 总分), the labels and headers of
 * its 说明数据 sheet, and the text of its 公开说明 and 检查结果 sheets. The grid marks them and protects them from
 * an accidental overwrite; the formulas' values are kept current by re-deriving them with the engine's own
 * arithmetic (recomputePlan), never by evaluating formulas: the engine computes each formula it writes.
 *
 * Two kinds of change meet here and stay apart: what the accountant types is their own edit (a host writes it
 * as typed, with no plan); recomputing our formulas afterwards is an add-in plan, which passes the guard like any
 * other (it writes only into our sheet and into cells that hold our very formula).
 */
import type { SheetGrid, WorkbookGrid } from '../grid/cell';
import { cellAt, isBlank } from '../grid/cell';
import { CellRef, qualifiedA1 } from '../grid/address';
import type { Plan, PlanOp, PlanValue } from '../plan/plan';
import { markedSheets } from '../plan/owned';
import { recognise, Recognition } from '../recognise/recognise';
import { projectDerivedCells, sameFormula } from '../derive/selfEvaluation';
import { resolveSupplement } from '../workflow';
import { supplementSheetPlan } from '../supplement/sheet';
import type { SupplementSheetOptions } from '../supplement/sheet';
import { FORMER_DERIVED_FORMULAS, FORMER_NEGATIVE_FORMULAS, FORMER_SUM_FORMULAS, FORMER_UNBOUNDED_FORMULAS, withoutTextAmountOperands } from '../derive/formulas';
import { RESULT_COLUMNS, resultHeaderRow } from '../audit/flags';

export type AddinRole = 'supplement' | 'narrative' | 'results' | 'selfEvaluation';

export interface AddinCell {
  readonly cell: CellRef;
  readonly role: AddinRole;
  /** formula: a formula the add-in writes here; label: a label or header it writes; text: generated text. */
  readonly kind: 'formula' | 'label' | 'text';
  /** The formula the add-in writes here (without `=`), and the engine's value of it. */
  readonly formula?: string;
  readonly value?: PlanValue;
  /** Whether the cell holds that formula now (a 自评表 cell the accountant typed a value into is theirs). */
  readonly holds: boolean;
}

export interface AddinCells {
  /** The add-in's cell at a place, protected from an accidental overwrite (a 自评表 formula only while it holds). */
  at(sheet: string, row: number, col: number): AddinCell | undefined;
  /** Every formula the add-in writes, held or not, for recomputing and for a formula typed back in. */
  readonly formulas: readonly AddinCell[];
}

const INPUT_STYLES = new Set(['input', 'inputAmount', 'inputText']);
const key = (row: number, col: number) => row * 16384 + col;

function formulaAt(sheet: SheetGrid | undefined, row: number, col: number): string | null {
  return sheet?.formulas?.[row]?.[col] ?? null;
}

/** The formula cells of a 说明数据 plan by place. */
function plannedFormulas(plan: Plan, sheetName: string): Map<number, { readonly formula: string; readonly value: PlanValue }> {
  const formulas = new Map<number, { readonly formula: string; readonly value: PlanValue }>();
  for (const op of plan.ops) {
    if (op.op !== 'setCells' || op.sheet !== sheetName) continue;
    op.cells.forEach((line, r) =>
      line.forEach((c, col) => {
        if (c?.formula !== undefined) formulas.set(key(op.row + r, op.col + col), { formula: c.formula, value: c.value ?? null });
      }),
    );
  }
  return formulas;
}

/**
 * The 说明数据 sheet as the engine would write it now: every cell that is not an input cell is ours. A derived cell
 * holds our formula when it holds it as written now, as written now with the shares each their own rounding (a preset
 * whose settings say so, or the versions before the shares took the residual of their rounding: the cell keeps that
 * formula and its value), or as written before (FORMER_DERIVED_FORMULAS, FORMER_NEGATIVE_FORMULAS,
 * FORMER_UNBOUNDED_FORMULAS, FORMER_SUM_FORMULAS: recomputed in the formulas of now).
 */
function supplementCells(grid: WorkbookGrid, recognition: Recognition, out: AddinCell[]): void {
  const sheetName = markedSheets(grid).get('supplement')?.name;
  if (!sheetName) return;
  const resolved = resolveSupplement(grid);
  // The formulas the add-in writes, also where a value typed over one keeps it out on refresh (the cell stays ours, protected).
  // The values typed over grey cells are read as a refresh reads them (a 本年数 typed as text over its formula is taken by
  // the row's 增减额, 差异率 and 占比 through textAmountOperand): without them, a recompute on the page wrote those
  // formulas back taking the cell as it stands (#VALUE! of 6.00万元) and the table's figure as their value.
  const planned = (options: SupplementSheetOptions) => supplementSheetPlan(recognition, resolved.supplement, resolved.inputs, resolved, { ...options, grid, formulasOverTyped: true });
  const plan = planned({});
  const sheet = grid.sheets.find((s) => s.name === sheetName);
  // The other spellings, each made only for a cell that does not hold today's formula: a sheet written now never pays
  // for a second plan.
  let untailed: ReturnType<typeof plannedFormulas> | undefined;
  let former: ReturnType<typeof plannedFormulas> | undefined;
  const untailedAt = (row: number, col: number) => (untailed ??= plannedFormulas(planned({ tailAdjust: false }), sheetName)).get(key(row, col));
  const formerAt = (row: number, col: number) => (former ??= plannedFormulas(planned({ formulas: FORMER_DERIVED_FORMULAS }), sheetName)).get(key(row, col));
  // As written before 2026-12-05 (shares and rates of a figure below 0) and before 2026-12-06 (a share above 100% or of
  // 0.00 shown as a figure), with the shares tail-adjusted or not.
  let formerShares: { readonly tailAdjust: boolean; readonly planned: ReturnType<typeof plannedFormulas> }[] | undefined;
  const formerSharesAt = (row: number, col: number) =>
    (formerShares ??= [FORMER_NEGATIVE_FORMULAS, FORMER_UNBOUNDED_FORMULAS].flatMap((formulas) =>
      [true, false].map((tailAdjust) => ({ tailAdjust, planned: plannedFormulas(planned({ formulas, tailAdjust }), sheetName) })),
    )).map((p) => ({ tailAdjust: p.tailAdjust, formula: p.planned.get(key(row, col))?.formula }));
  // As written before 2026-12-06: a 本年数 of several 万元 cells, or of a 千元 one, added as the cells stand.
  let formerSum: ReturnType<typeof plannedFormulas> | undefined;
  const formerSumAt = (row: number, col: number) => (formerSum ??= plannedFormulas(planned({ formulas: FORMER_SUM_FORMULAS }), sheetName)).get(key(row, col));
  for (const op of plan.ops) {
    if (op.op !== 'setCells' || op.sheet !== sheetName) continue;
    op.cells.forEach((line, r) =>
      line.forEach((cellPlan, c) => {
        if (!cellPlan || (cellPlan.style && INPUT_STYLES.has(cellPlan.style))) return;
        const row = op.row + r;
        const col = op.col + c;
        const cell = { sheet: sheetName, row, col };
        if (cellPlan.formula !== undefined) {
          const existing = formulaAt(sheet, row, col);
          const now = { formula: cellPlan.formula, value: cellPlan.value ?? null };
          const untailedHere = existing === null || sameFormula(existing, now.formula) ? undefined : untailedAt(row, col);
          // A share written before with the shares each their own rounding is recomputed so still (in the formula of now).
          const formerHere = untailedHere && !sameFormula(existing!, untailedHere.formula) ? formerSharesAt(row, col).find((was) => sameAsBefore(existing!, was.formula)) : undefined;
          const kept = untailedHere && (sameFormula(existing!, untailedHere.formula) || formerHere?.tailAdjust === false) ? untailedHere : now;
          // Ours too where an input cell it reads held text when it was written and a number now, or the other way
          // (textAmountOperand): the formula is rewritten as the cells stand.
          const holds = existing !== null && (sameFormula(existing, kept.formula) || sameFormula(withoutTextAmountOperands(existing), withoutTextAmountOperands(kept.formula)) || sameAsBefore(existing, formerAt(row, col)?.formula) || sameAsBefore(existing, formerSumAt(row, col)?.formula) || formerHere !== undefined);
          out.push({ cell, role: 'supplement', kind: 'formula', formula: kept.formula, value: kept.value, holds });
        } else if (cellPlan.value !== null && cellPlan.value !== undefined && cellPlan.value !== '') {
          out.push({ cell, role: 'supplement', kind: 'label', holds: true });
        }
      }),
    );
  }
}

function sameAsBefore(existing: string, was: string | undefined): boolean {
  return was !== undefined && sameFormula(existing, was);
}

function selfEvaluationCells(grid: WorkbookGrid, recognition: Recognition, out: AddinCell[]): void {
  for (const project of recognition.projects) {
    for (const d of projectDerivedCells(grid, project)) {
      const existing = formulaAt(grid.sheets.find((s) => s.name === d.cell.sheet), d.cell.row, d.cell.col);
      out.push({ cell: d.cell, role: 'selfEvaluation', kind: 'formula', formula: d.formula, value: d.value, holds: existing !== null && sameFormula(existing, d.formula) });
    }
  }
}

/** Every non-blank cell of our 公开说明; of our 检查结果 all but the 标记 and 说明 columns below the headers. */
function generatedCells(grid: WorkbookGrid, out: AddinCell[]): void {
  const marked = markedSheets(grid);
  const narrative = marked.get('narrative');
  const results = marked.get('results');
  for (const [sheet, role] of [
    [narrative, 'narrative'],
    [results, 'results'],
  ] as const) {
    if (!sheet) continue;
    const header = role === 'results' ? resultHeaderRow(sheet) : -1;
    sheet.rows.forEach((line, row) =>
      line.forEach((v, col) => {
        if (isBlank(v)) return;
        if (role === 'results' && header >= 0 && row > header && (col === RESULT_COLUMNS.mark || col === RESULT_COLUMNS.words)) return;
        out.push({ cell: { sheet: sheet.name, row, col }, role, kind: 'text', holds: true });
      }),
    );
  }
}

export function addinCells(grid: WorkbookGrid, recognition: Recognition = recognise(grid)): AddinCells {
  const all: AddinCell[] = [];
  supplementCells(grid, recognition, all);
  selfEvaluationCells(grid, recognition, all);
  generatedCells(grid, all);
  const bySheet = new Map<string, Map<number, AddinCell>>();
  for (const c of all) {
    // A 自评表 cell whose formula the accountant replaced by a value of their own is theirs.
    if (c.role === 'selfEvaluation' && !c.holds) continue;
    const sheet = bySheet.get(c.cell.sheet) ?? new Map<number, AddinCell>();
    sheet.set(key(c.cell.row, c.cell.col), c);
    bySheet.set(c.cell.sheet, sheet);
  }
  return {
    at: (sheet, row, col) => bySheet.get(sheet)?.get(key(row, col)),
    formulas: all.filter((c) => c.kind === 'formula'),
  };
}

function sameValue(grid: WorkbookGrid, cell: CellRef, value: PlanValue | undefined): boolean {
  const sheet = grid.sheets.find((s) => s.name === cell.sheet);
  const now = sheet ? cellAt(sheet, cell.row, cell.col) : null;
  // A blank result is '' where a host keeps the formula's cached '' (ExcelJS), null where it reads it as empty.
  const blank = (v: unknown) => v === undefined || v === null || v === '';
  return blank(now) ? blank(value) : now === value;
}

/**
 * Our formulas whose value changed after an edit, with the engine's value (the formula stays as it is written):
 * what Excel would recalculate, computed as the engine computes it. Cells that no longer hold our formula are
 * left alone.
 */
export function recomputePlan(grid: WorkbookGrid, cells: AddinCells = addinCells(grid)): Plan {
  const ops: PlanOp[] = [];
  for (const c of cells.formulas) {
    if (!c.holds || c.formula === undefined || sameValue(grid, c.cell, c.value)) continue;
    ops.push({ op: 'setCells', sheet: c.cell.sheet, row: c.cell.row, col: c.cell.col, cells: [[{ formula: c.formula, value: c.value ?? null }]] });
  }
  return { ops, summary: ops.length ? [`重新计算决算公开助手写的 ${ops.length} 个公式。`] : [] };
}

/** The formula the add-in writes at a cell, when the accountant types it back in (after replacing it). */
export function addinFormulaAt(cells: AddinCells, cell: CellRef): AddinCell | undefined {
  return cells.formulas.find((c) => c.cell.sheet === cell.sheet && c.cell.row === cell.row && c.cell.col === cell.col);
}

const SHORT = 60;
const shortFormula = (f: string) => (f.length > SHORT ? `=${f.slice(0, SHORT)}…` : `=${f}`);

/** Why the cell is protected and what to do instead, in the words the grid shows. */
export function protectionMessage(c: AddinCell): string {
  const where = `单元格 ${qualifiedA1(c.cell)}`;
  switch (c.role) {
    case 'supplement':
      return c.kind === 'formula'
        ? `${where}是决算公开助手写的公式 ${shortFormula(c.formula ?? '')}，随它引用的单元格自动更新：要改这个数，请改它引用的单元格。`
        : `${where}是说明数据表的标题、表头或指标名，决算公开助手按它读取各行：请在白色单元格中填写。`;
    case 'selfEvaluation':
      return `${where}是决算公开助手写的公式 ${shortFormula(c.formula ?? '')}（执行率、得分或总分），随自评表中的数字自动更新：要改，请改全年预算数、全年执行数或分值。`;
    case 'narrative':
      return `${where}在决算公开助手生成的公开说明中：下次在“生成说明”中写入时整张表会重新生成，这里的改动会丢失。要改文字，请改说明数据后重新生成。`;
    case 'results':
      return `${where}在决算公开助手的检查结果中：再次检查时会重写。只有“标记”和“说明”两列由您填写。`;
  }
}

/** A formula typed where the add-in writes none: the web page cannot compute it. */
export function untypedFormulaMessage(cell: CellRef): string {
  return `单元格 ${qualifiedA1(cell)}：网页版只计算决算公开助手自己写的公式，不能计算这个公式。请填写数值；需要公式时，下载工作簿后在 Excel 或 WPS 中输入。`;
}
