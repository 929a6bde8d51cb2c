/**
 * Derived cells of each 项目支出绩效自评表 (DOMAIN §5, §7) as formulas: 执行率 = 全年执行数 / 全年预算数,
 * 预算执行 得分 = 分值 × min(执行率, 1), 总分 = Σ 得分. Written only where the cell is empty or already holds the
 * formula we would write: a value the accountant typed is never replaced.
 */
import { cellAt, displayDivisorAt, isBlank, mergeAt, WorkbookGrid } from '../grid/cell';
import { CellRef, toA1 } from '../grid/address';
import { roundHalfAwayFromZero } from '../grid/money';
import type { Plan, PlanOp } from '../plan/plan';
import type { ProjectPerformanceModel } from '../tables/model';

function normalizeFormula(f: string): string {
  return f.replace(/^=/, '').replace(/\s+/g, '').toUpperCase();
}

/** Two spellings of one formula (with or without `=`, spaces, letter case). */
export function sameFormula(a: string, b: string): boolean {
  return normalizeFormula(a) === normalizeFormula(b);
}

/**
 * Why the add-in may not write `formula` into the cell, or undefined where it may: `merged` for a cell a merged area
 * covers but its first (that one shows the area's content, and a write there lands in the first cell: an 得分 cell
 * under `执行率100%，得分10` typed across H:I took a formula over that text); `filled` for a cell holding a value or
 * another formula; `noSheet` where the sheet is not there.
 */
export function refusal(grid: WorkbookGrid, cell: CellRef, formula: string): 'merged' | 'filled' | 'noSheet' | undefined {
  const sheet = grid.sheets.find((s) => s.name === cell.sheet);
  if (!sheet) return 'noSheet';
  const merge = mergeAt(sheet, cell.row, cell.col);
  if (merge && (merge.top !== cell.row || merge.left !== cell.col)) return 'merged';
  const existing = sheet.formulas?.[cell.row]?.[cell.col] ?? null;
  if (existing !== null) return sameFormula(existing, formula) ? undefined : 'filled';
  return isBlank(cellAt(sheet, cell.row, cell.col)) ? undefined : 'filled';
}

/** True when the add-in may write `formula` into the cell: it is empty or holds this very formula, and no merged area covers it but at its first cell (refusal). */
export function writable(grid: WorkbookGrid, cell: CellRef, formula: string): boolean {
  return refusal(grid, cell, formula) === undefined;
}

interface DerivedCell {
  readonly cell: CellRef;
  readonly formula: string;
  readonly value: number | '';
  readonly style: 'derivedPercent' | 'derivedScore';
}

const a1 = (c: CellRef) => toA1(c.row, c.col);

/**
 * Σ of the indicators' 得分 cells as a formula: `SUM(H13:H27)` where the range holds nothing else that adds (rows of
 * a 一级指标 heading are blank there), else the cells one by one: a hidden row (last year's indicator kept out of
 * sight, which the reader skips) inside the range made 总分 add its 得分 once the workbook recalculated.
 */
function sumOfCells(grid: WorkbookGrid, cells: readonly CellRef[]): string {
  const first = cells[0]!;
  const last = cells[cells.length - 1]!;
  const sheet = grid.sheets.find((s) => s.name === first.sheet);
  const read = new Set(cells.map((c) => `${c.row},${c.col}`));
  const oneColumn = cells.every((c) => c.col === first.col && c.sheet === first.sheet);
  let onlyThese = oneColumn && sheet !== undefined;
  for (let r = first.row; onlyThese && r <= last.row; r++) {
    if (!read.has(`${r},${first.col}`) && (!isBlank(cellAt(sheet!, r, first.col)) || sheet!.formulas?.[r]?.[first.col])) onlyThese = false;
  }
  return onlyThese ? `SUM(${a1(first)}:${a1(last)})` : `SUM(${cells.map(a1).join(',')})`;
}

/**
 * `A/B` of two amounts as their cells show them: each divided by what its number format divides it by (元 kept, 万元
 * shown: 10,000) where the two differ. Where they do not, the divisors cancel, and the formula stays as it always was
 * (a formula the add-in wrote before is still its own).
 */
function ratioOf(grid: WorkbookGrid, part: CellRef, whole: CellRef): string {
  const divisor = (c: CellRef) => {
    const sheet = grid.sheets.find((s) => s.name === c.sheet);
    return sheet ? displayDivisorAt(sheet, c.row, c.col) : 1;
  };
  const [p, w] = [divisor(part), divisor(whole)];
  if (p === w) return `${a1(part)}/${a1(whole)}`;
  const shown = (c: CellRef, d: number) => (d === 1 ? a1(c) : `(${a1(c)}/${d})`);
  return `${shown(part, p)}/${shown(whole, w)}`;
}

/** The derived cells of one form, with the engine's values (the cell's own value where it is not ours). */
export function projectDerivedCells(grid: WorkbookGrid, p: ProjectPerformanceModel): DerivedCell[] {
  const total = p.funds.total;
  const out: DerivedCell[] = [];
  const adjusted = total?.adjustedBudget;
  const actual = total?.actual;
  const rateCell = total?.rate;
  let rate: number | undefined;
  // A 年度资金总额 left blank and read as the sum of its parts (withTotalOfParts): no formula over its blank cells.
  if (adjusted && actual && rateCell && !adjusted.parts && !actual.parts) {
    rate = adjusted.fen ? roundHalfAwayFromZero((actual.fen ?? 0) / adjusted.fen, 4) : undefined;
    out.push({
      cell: rateCell.cell,
      formula: `IF(${a1(adjusted.cell)}=0,"",ROUND(${ratioOf(grid, actual.cell, adjusted.cell)},4))`,
      value: rate ?? '',
      style: 'derivedPercent',
    });
  }
  const weight = total?.weight;
  const scoreCell = total?.score;
  let score: number | undefined;
  if (weight && rateCell && scoreCell) {
    const r = rate ?? rateCell.value ?? undefined;
    score = r === undefined || weight.value === null ? undefined : roundHalfAwayFromZero(weight.value * Math.min(r, 1), 2);
    out.push({
      cell: scoreCell.cell,
      formula: `IF(${a1(rateCell.cell)}="","",ROUND(${a1(weight.cell)}*MIN(${a1(rateCell.cell)},1),2))`,
      value: score ?? '',
      style: 'derivedScore',
    });
  }
  const totalScore = p.total?.score;
  const scores = p.indicators.map((i) => i.score).filter((s): s is NonNullable<typeof s> => s !== undefined);
  if (totalScore && scoreCell && scores.length > 0) {
    const fundScore = score ?? scoreCell.value ?? 0;
    const sum = roundHalfAwayFromZero(fundScore + scores.reduce((s, x) => s + (x.value ?? 0), 0), 2);
    out.push({
      cell: totalScore.cell,
      formula: `ROUND(${a1(scoreCell.cell)}+${sumOfCells(grid, scores.map((x) => x.cell))},2)`,
      value: sum,
      style: 'derivedScore',
    });
  }
  return out;
}

/** Up to this many cells named in the summary, then 等. */
const LISTED = 5;

/** `工作表“自评表”I6、工作表“自评表”I35 等`: the first cells of a list. */
function cellList(cells: readonly CellRef[]): string {
  const named = cells.slice(0, LISTED).map((c) => `工作表“${c.sheet}”${a1(c)}`);
  return `${named.join('、')}${cells.length > LISTED ? ' 等' : ''}`;
}

export function selfEvaluationPlan(grid: WorkbookGrid, projects: readonly ProjectPerformanceModel[]): Plan {
  const ops: PlanOp[] = [];
  let written = 0;
  let kept = 0;
  // Cells a merged area covers but at its first: empty for all the sheet says, and no value of the accountant's
  // (counted as one, the summary said 已有您填写的数值 of a cell nobody filled).
  const covered: CellRef[] = [];
  for (const p of projects) {
    for (const d of projectDerivedCells(grid, p)) {
      const why = refusal(grid, d.cell, d.formula);
      if (why === 'merged') covered.push(d.cell);
      else if (why === 'filled') kept++;
      if (why !== undefined) continue;
      written++;
      ops.push({ op: 'setCells', sheet: d.cell.sheet, row: d.cell.row, col: d.cell.col, cells: [[{ formula: d.formula, value: d.value, style: d.style }]] });
    }
  }
  const summary =
    projects.length === 0
      ? []
      : [
          `在 ${projects.length} 张项目支出绩效自评表中写入执行率、得分、总分公式 ${written} 处${kept ? `；${kept} 处已有您填写的数值，不改动` : ''}${
            covered.length
              ? `；${covered.length} 处（${cellList(covered)}）在合并单元格中、不是合并区域的第一格，无法写入公式：如需公式，请取消合并`
              : ''
          }。`,
        ];
  return { ops, summary };
}
