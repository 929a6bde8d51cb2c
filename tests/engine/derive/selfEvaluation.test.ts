/** 自评表 formulas go only into empty cells or cells holding the same formula; typed values stay. */
import { recognise } from '../../../src/engine/recognise/recognise';
import { toA1 } from '../../../src/engine/grid/address';
import { projectDerivedCells, selfEvaluationPlan, writable } from '../../../src/engine/derive/selfEvaluation';
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';

function grid(blank: boolean): WorkbookGrid {
  return toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { projectBlankDerived: blank }));
}

describe('自评表 derived cells', () => {
  it('computes 执行率, 得分 and 总分 as the reference prints them', () => {
    const blank = grid(true);
    const rec = recognise(blank);
    const values = rec.projects.map((p) => projectDerivedCells(blank, p).map((d) => d.value));
    expect(values).toEqual(changji2022.projects.map((p) => [p.fundRate, p.fundScore, p.totalScore]));
    const first = projectDerivedCells(blank, rec.projects[0]!);
    expect(first.map((d) => d.formula)).toEqual(['IF(E6=0,"",ROUND(F6/E6,4))', 'IF(H6="","",ROUND(G6*MIN(H6,1),2))', 'ROUND(I6+SUM(H13:H28),2)']);
  });

  it('writes them into empty cells', () => {
    const g = grid(true);
    const plan = selfEvaluationPlan(g, recognise(g).projects);
    expect(plan.ops).toHaveLength(27);
    expect(plan.summary).toEqual(['在 9 张项目支出绩效自评表中写入执行率、得分、总分公式 27 处。']);
  });

  it('never replaces a value the accountant typed', () => {
    const g = grid(false);
    const plan = selfEvaluationPlan(g, recognise(g).projects);
    expect(plan.ops).toEqual([]);
    expect(plan.summary).toEqual(['在 9 张项目支出绩效自评表中写入执行率、得分、总分公式 0 处；27 处已有您填写的数值，不改动。']);
  });

  it('adds up the 得分 the form reads, not a hidden row’s among them (last year’s indicator kept out of sight)', () => {
    const g = grid(true);
    const first = recognise(g).projects[0]!;
    const sheet = g.sheets.find((x) => x.name === first.sheet)!;
    // A copy of the second indicator row, hidden, right under it: the reader passes over it, a SUM range would not.
    const at = first.indicators[1]!.name.cell.row;
    const rows = [...sheet.rows.slice(0, at + 1), [...sheet.rows[at]!], ...sheet.rows.slice(at + 1)];
    const hidden: WorkbookGrid = { sheets: g.sheets.map((x) => (x === sheet ? { ...x, rows, merges: undefined, hiddenRows: [at + 1] } : x)) };
    const project = recognise(hidden).projects[0]!;
    expect(project.indicators).toHaveLength(first.indicators.length);
    const total = projectDerivedCells(hidden, project)[2]!;
    expect(total.formula).not.toContain(':');
    expect(total.formula).toBe(`ROUND(I6+SUM(${project.indicators.flatMap((i) => (i.score ? [toA1(i.score.cell.row, i.score.cell.col)] : [])).join(',')}),2)`);
    expect(total.value).toBe(changji2022.projects[0]!.totalScore);
  });

  it('writes into no cell a merged area covers but its first (执行率100%，得分10 typed across 执行率 and 得分)', () => {
    const g = grid(true);
    const first = recognise(g).projects[0]!;
    const [rate, score] = projectDerivedCells(g, first);
    const sheet = g.sheets.find((x) => x.name === first.sheet)!;
    expect(score!.cell.col).toBe(rate!.cell.col + 1);
    const { row, col } = rate!.cell;
    const rows = sheet.rows.map((r, i) => (i === row ? r.map((v, c) => (c === col ? '执行率100%，得分10' : v)) : [...r]));
    const merged: WorkbookGrid = { sheets: g.sheets.map((x) => (x === sheet ? { ...x, rows, merges: [...(x.merges ?? []), { top: row, left: col, bottom: row, right: col + 1 }] } : x)) };
    const plan = selfEvaluationPlan(merged, recognise(merged).projects);
    const targets = plan.ops.flatMap((op) => (op.op === 'setCells' ? [`${op.sheet}!${toA1(op.row, op.col)}`] : []));
    expect(targets).toHaveLength(25);
    expect(targets).not.toContain(`${sheet.name}!${toA1(row, col)}`);
    expect(targets).not.toContain(`${sheet.name}!${toA1(row, col + 1)}`);
    // The 执行率 cell holds the typed text (the accountant's); the 得分 cell under the merged area holds nothing of
    // theirs and is said as what it is, not counted among the cells they filled.
    expect(plan.summary).toEqual([
      `在 9 张项目支出绩效自评表中写入执行率、得分、总分公式 25 处；1 处已有您填写的数值，不改动；1 处（工作表“${sheet.name}”${toA1(row, col + 1)}）在合并单元格中、不是合并区域的第一格，无法写入公式：如需公式，请取消合并。`,
    ]);
    // The first cell of a merged area is the area's own: written when empty, as any cell.
    const { sheets } = merged;
    const emptied: WorkbookGrid = { sheets: sheets.map((x) => (x.name === sheet.name ? { ...x, rows: x.rows.map((r, i) => (i === row ? r.map((v, c) => (c === col ? null : v)) : r)) } : x)) };
    expect(writable(emptied, rate!.cell, rate!.formula)).toBe(true);
    expect(writable(emptied, score!.cell, score!.formula)).toBe(false);
  });

  it('says the cells under merged areas apart from the accountant’s values, the first five by name', () => {
    const g = grid(true);
    const forms = recognise(g).projects;
    const sheet = g.sheets.find((x) => x.name === forms[0]!.sheet)!;
    // Each form's 执行率 and 得分 merged (empty): the 执行率 is the area's first cell, the 得分 one it covers.
    const areas = forms.map((p) => {
      const [rate] = projectDerivedCells(g, p);
      return { top: rate!.cell.row, left: rate!.cell.col, bottom: rate!.cell.row, right: rate!.cell.col + 1 };
    });
    const merged: WorkbookGrid = { sheets: g.sheets.map((x) => (x === sheet ? { ...x, merges: [...(x.merges ?? []), ...areas] } : x)) };
    const plan = selfEvaluationPlan(merged, recognise(merged).projects);
    const named = areas.slice(0, 5).map((a) => `工作表“${sheet.name}”${toA1(a.top, a.right)}`);
    expect(plan.summary).toEqual([`在 9 张项目支出绩效自评表中写入执行率、得分、总分公式 18 处；9 处（${named.join('、')} 等）在合并单元格中、不是合并区域的第一格，无法写入公式：如需公式，请取消合并。`]);
  });

  it('rewrites its own formula, but not a different formula the accountant wrote', () => {
    const sheet = { name: 'S', rows: [[1, null, 3]] as CellValue[][], formulas: [['A1*2', null, 'SUM(A1:A2)']] };
    const g: WorkbookGrid = { sheets: [sheet] };
    expect(writable(g, { sheet: 'S', row: 0, col: 0 }, '=a1 * 2')).toBe(true);
    expect(writable(g, { sheet: 'S', row: 0, col: 1 }, 'A1*2')).toBe(true);
    expect(writable(g, { sheet: 'S', row: 0, col: 2 }, 'A1*2')).toBe(false);
    expect(writable({ sheets: [{ name: 'S', rows: [[5]] }] }, { sheet: 'S', row: 0, col: 0 }, 'A1*2')).toBe(false);
  });
});
