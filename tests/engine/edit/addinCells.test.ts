/**
 * The cells the add-in owns in a workbook the accountant edits by hand (engine/edit/addinCells.ts): its formulas,
 * the labels of its 说明数据 sheet, the text of its generated sheets — protected — and the accountant's own cells
 * — never ours. After the accountant's edit, recomputePlan re-derives our formulas' values with the engine's
 * arithmetic: it writes only cells that still hold our formula, so a value the accountant typed is never
 * overwritten, and it passes the guard like any plan of the add-in.
 */
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import type { PlanValue } from '../../../src/engine/plan/plan';
import { cellAt } from '../../../src/engine/grid/cell';
import { addinCells, addinFormulaAt, protectionMessage, recomputePlan, untypedFormulaMessage } from '../../../src/engine/edit/addinCells';
import { applyPlanToGrid } from '../../../src/engine/plan/applyToGrid';
import { guardPlan } from '../../../src/engine/plan/guard';
import { explain, fillPlan, flagsPlan, supplementPlan } from '../../../src/engine/workflow';
import { xinjiang } from '../../../src/engine/narrative/presets';
import { recognise } from '../../../src/engine/recognise/recognise';
import { projectDerivedCells } from '../../../src/engine/derive/selfEvaluation';
import { parseA1 } from '../../../src/engine/grid/address';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { sample } from '../../support/ruleTester';
import { SHARE_BELOW, SHARE_OVER_WHOLE } from '../../../src/engine/derive/formulas';
import { withSheetRows } from '../../support/layouts';

const S = '说明数据';

/** The accountant's typing (a value, no formula), as a host writes it: not a plan of ours. */
function typed(grid: WorkbookGrid, sheet: string, a1: string, value: PlanValue): WorkbookGrid {
  const { row, col } = parseA1(a1);
  return applyPlanToGrid(grid, { ops: [{ op: 'setCells', sheet, row, col, cells: [[{ value }]] }], summary: [] });
}

const value = (grid: WorkbookGrid, sheet: string, a1: string) => {
  const { row, col } = parseA1(a1);
  return cellAt(grid.sheets.find((s) => s.name === sheet)!, row, col);
};
const formula = (grid: WorkbookGrid, sheet: string, a1: string) => {
  const { row, col } = parseA1(a1);
  return grid.sheets.find((s) => s.name === sheet)!.formulas?.[row]?.[col] ?? null;
};
const at = (grid: WorkbookGrid, sheet: string, a1: string) => {
  const { row, col } = parseA1(a1);
  return addinCells(grid).at(sheet, row, col);
};

/** The sample with an empty 说明数据 sheet, as the pane creates it (row 8 is 收入总计: C 本年数, D 上年数, G 增减额, H 增减率). */
const withSheet = () => {
  const grid = sample();
  return applyPlanToGrid(grid, supplementPlan(grid));
};

describe('the add-in’s cells in its 说明数据 sheet', () => {
  it('are its title, headers, keys and names, and its formulas; the white input cells are the accountant’s', () => {
    const grid = withSheet();
    expect(value(grid, S, 'A8')).toBe('收入总计');
    expect(at(grid, S, 'A1')).toMatchObject({ role: 'supplement', kind: 'label' });
    expect(at(grid, S, 'A7')).toMatchObject({ kind: 'label' });
    expect(at(grid, S, 'B8')).toMatchObject({ kind: 'label' });
    expect(at(grid, S, 'C8')).toEqual({ cell: { sheet: S, row: 7, col: 2 }, role: 'supplement', kind: 'formula', formula: 'ROUND(收入支出决算总表!C35,2)', value: 1488.29, holds: true });
    expect(at(grid, S, 'G8')).toMatchObject({ kind: 'formula', formula: 'IF(OR(C8="",D8=""),"",ROUND(ROUND(C8,2)-ROUND(D8,2),2))', holds: true });
    // 上年数, 年初预算数, 全年预算数, 主要原因 … and the header fields' values are typed by the accountant.
    for (const a1 of ['D8', 'E8', 'F8', 'K8', 'L8', 'M8', 'B3', 'B4', 'B5']) expect(at(grid, S, a1)).toBeUndefined();
  });

  it('are none in a workbook without the sheet, and none in the tables themselves', () => {
    const grid = sample();
    expect(addinCells(grid).formulas.filter((c) => c.role === 'supplement')).toEqual([]);
    expect(at(grid, '收入支出决算总表', 'C35')).toBeUndefined();
  });
});

describe('recomputing after the accountant’s edit', () => {
  it('gives our formulas the engine’s values for what was typed, keeping each formula as written', () => {
    const grid = typed(withSheet(), S, 'D8', 1801.23);
    const plan = recomputePlan(grid);
    expect(plan.summary).toEqual(['重新计算决算公开助手写的 2 个公式。']);
    const after = applyPlanToGrid(grid, plan);
    expect(value(after, S, 'G8')).toBe(-312.94);
    expect(value(after, S, 'H8')).toBe(-17.37);
    expect(formula(after, S, 'G8')).toBe('IF(OR(C8="",D8=""),"",ROUND(ROUND(C8,2)-ROUND(D8,2),2))');
    // The typed value itself is untouched, and a second pass has nothing to do.
    expect(value(after, S, 'D8')).toBe(1801.23);
    expect(recomputePlan(after).ops).toEqual([]);
  });

  it('reads an amount typed as text (1801.23万元) through the formula, the text untouched; and back to a number', () => {
    // Before: the 增减额 and 增减率 stayed blank beside the text's -312.94 (text read, not a number to the sheet).
    const grid = typed(withSheet(), S, 'D8', '1801.23万元');
    const after = applyPlanToGrid(grid, recomputePlan(grid));
    expect([value(after, S, 'D8'), value(after, S, 'G8'), value(after, S, 'H8')]).toEqual(['1801.23万元', -312.94, -17.37]);
    expect(formula(after, S, 'G8')).toBe('IF(OR(C8="",D8=""),"",ROUND(ROUND(C8,2)-ROUND(IFERROR(VALUE(TRIM(SUBSTITUTE(ASC(D8),"万元",""))),IF(VALUE(TRIM(SUBSTITUTE(SUBSTITUTE(ASC(D8),"千元",""),"元","")))=0,0,NA())),2),2))');
    expect(recomputePlan(after).ops).toEqual([]);
    // Retyped as a number: still our formula (held), written as the cell stands now.
    const number = typed(after, S, 'D8', 1801);
    expect(at(number, S, 'G8')).toMatchObject({ holds: true });
    const again = applyPlanToGrid(number, recomputePlan(number));
    expect([value(again, S, 'G8'), formula(again, S, 'G8')]).toEqual([-312.71, 'IF(OR(C8="",D8=""),"",ROUND(ROUND(C8,2)-ROUND(D8,2),2))']);
  });

  it.each(['△1801.23', '1801.23-', '−1801.23', '1 801.23', '1801.23万 元'])('does not read %j, which the formula cannot read: the 增减额 and 增减率 blank, as the reader leaves it unread', (text) => {
    // Before: the page wrote the engine's 增减额 and 增减率 of the figure read (-312.94 of 1 801.23) with the formula
    // taking the text through textAmountOperand, which Excel shows as #VALUE!: the page and the sheet disagreed.
    const grid = typed(withSheet(), S, 'D8', '1801.23万元');
    const read = applyPlanToGrid(grid, recomputePlan(grid));
    const after = applyPlanToGrid(typed(read, S, 'D8', text), recomputePlan(typed(read, S, 'D8', text)));
    expect([value(after, S, 'D8'), value(after, S, 'G8'), value(after, S, 'H8')]).toEqual([text, null, null]);
    expect(formula(after, S, 'G8')).toBe('IF(OR(C8="",D8=""),"",ROUND(ROUND(C8,2)-ROUND(D8,2),2))');
    expect(recomputePlan(after).ops).toEqual([]);
  });

  it('reads a zero typed in another unit (0元) through the formula as the reader does, and holds the formula written before it was read', () => {
    // Before: VALUE(TRIM(SUBSTITUTE(ASC(D8),"万元",""))) of 0元 was #VALUE! in Excel beside the engine's 1,488.29, and no
    // problem said why (the reader reads 0元 as 0).
    const grid = typed(withSheet(), S, 'D8', '0元');
    const after = applyPlanToGrid(grid, recomputePlan(grid));
    expect([value(after, S, 'D8'), value(after, S, 'G8'), value(after, S, 'H8')]).toEqual(['0元', 1488.29, 100]);
    const operand = 'IFERROR(VALUE(TRIM(SUBSTITUTE(ASC(D8),"万元",""))),IF(VALUE(TRIM(SUBSTITUTE(SUBSTITUTE(ASC(D8),"千元",""),"元","")))=0,0,NA()))';
    expect(formula(after, S, 'G8')).toBe(`IF(OR(C8="",D8=""),"",ROUND(ROUND(C8,2)-ROUND(${operand},2),2))`);
    // A sheet holding the formula as it was written before (the 万元 reading alone; #VALUE! in Excel, no figure): still
    // ours, written as now.
    const before = 'IF(OR(C8="",D8=""),"",ROUND(ROUND(C8,2)-ROUND(VALUE(TRIM(SUBSTITUTE(ASC(D8),"万元",""))),2),2))';
    const { row, col } = parseA1('G8');
    const older = applyPlanToGrid(after, { ops: [{ op: 'setCells', sheet: S, row, col, cells: [[{ formula: before, value: null }]] }], summary: [] });
    expect(at(older, S, 'G8')).toMatchObject({ holds: true });
    expect(formula(applyPlanToGrid(older, recomputePlan(older)), S, 'G8')).toBe(`IF(OR(C8="",D8=""),"",ROUND(ROUND(C8,2)-ROUND(${operand},2),2))`);
  });

  it('reads a 本年数 typed as text over its formula in the 占比 of it on refresh, and holds that formula as ours', () => {
    // Before: the 占比 took the cell as it stands (ROUND of 6.00万元: #VALUE! in Excel beside the engine's share).
    const sheet = withSheet().sheets.find((x) => x.name === S)!;
    const row = sheet.rows.findIndex((line) => line[0] === '公务接待费') + 1;
    const grid = typed(withSheet(), S, `C${row}`, '6.00万元');
    const after = applyPlanToGrid(grid, supplementPlan(grid));
    expect(value(after, S, `C${row}`)).toBe('6.00万元');
    expect(formula(after, S, `J${row}`)).toContain(`ROUND(IFERROR(VALUE(TRIM(SUBSTITUTE(ASC(C${row}),"万元",""))),`);
    expect(formula(after, S, `J${row}`)).not.toMatch(new RegExp(`ROUND\\(C${row},2\\)`));
    expect(at(after, S, `J${row}`)).toMatchObject({ holds: true });
    // A recompute on the page after another edit leaves them as the refresh wrote them. Before: 差异率 and 占比 of the row
    // written back taking C as it stands (#VALUE! in Excel) with the table's figure as their value (4.01).
    const edited = typed(after, S, 'D8', 1801.23);
    const plan = recomputePlan(edited);
    expect(plan.ops.map((op) => (op.op === 'setCells' ? `${op.row},${op.col}` : op.op))).toEqual(['7,6', '7,7']);
  });

  it('empties them again when the typed value is cleared', () => {
    const once = applyPlanToGrid(typed(withSheet(), S, 'D8', 1801.23), recomputePlan(typed(withSheet(), S, 'D8', 1801.23)));
    const cleared = typed(once, S, 'D8', null);
    const after = applyPlanToGrid(cleared, recomputePlan(cleared));
    expect(value(after, S, 'G8')).toBeNull();
    expect(value(after, S, 'H8')).toBeNull();
  });

  it('never overwrites a value the accountant typed over our formula: the cell is theirs, still protected', () => {
    let grid = typed(withSheet(), S, 'G8', 5);
    grid = typed(grid, S, 'D8', 1801.23);
    expect(at(grid, S, 'G8')).toMatchObject({ kind: 'formula', holds: false });
    const plan = recomputePlan(grid);
    expect(plan.ops.map((op) => (op.op === 'setCells' ? `${op.row},${op.col}` : op.op))).toEqual(['7,7']);
    const after = applyPlanToGrid(grid, plan);
    expect(value(after, S, 'G8')).toBe(5);
    expect(formula(after, S, 'G8')).toBeNull();
    expect(value(after, S, 'H8')).toBe(-17.37);
  });

  it('takes a 说明数据 sheet written before (each operand of a derived formula unrounded) as ours: recomputed, in the formulas of now', () => {
    const withFormer = (grid: WorkbookGrid, spell: (f: string) => string): WorkbookGrid => ({
      ...grid,
      sheets: grid.sheets.map((s) => (s.name !== S ? s : { ...s, formulas: s.formulas!.map((r) => r && r.map((f) => (f ? spell(f) : f))) })),
    });
    // Before: `ROUND(C8-D8,2)` and `IF(D8=0,SIGN(C8)*100,…)`, what the inner ROUNDs of now make of it.
    const former = withFormer(withSheet(), (f) => f.replace(/ROUND\(([A-Z]+\d+),2\)/g, '$1'));
    expect(formula(former, S, 'G8')).toBe('IF(OR(C8="",D8=""),"",ROUND(C8-D8,2))');
    expect(at(former, S, 'G8')).toMatchObject({ kind: 'formula', holds: true });
    expect(at(former, S, 'H8')).toMatchObject({ kind: 'formula', holds: true });
    const grid = typed(former, S, 'D8', 1801.23);
    const after = applyPlanToGrid(grid, recomputePlan(grid));
    expect([value(after, S, 'G8'), value(after, S, 'H8')]).toEqual([-312.94, -17.37]);
    expect(formula(after, S, 'G8')).toBe('IF(OR(C8="",D8=""),"",ROUND(ROUND(C8,2)-ROUND(D8,2),2))');
    // A formula of the accountant's own in such a cell is still theirs.
    const own = withFormer(withSheet(), (f) => (f.startsWith('IF(OR(C8="",D8=""),"",ROUND(ROUND') ? 'C8-D8' : f));
    expect(at(own, S, 'G8')).toMatchObject({ holds: false });
  });

  /**
   * A share as written before 2026-12-06: its figure above 100% or of 0.00 (no SHARE_OVER_WHOLE, SHARE_BELOW), and the
   * residual taken to 0.00 (>=0) or beside a part over the whole (no MAX(…) condition).
   */
  const unbounded = (f: string) =>
    f
      .replace(
        new RegExp(
          `IF\\(AND\\((ROUND\\([A-Z]+\\d+,2\\))>(ROUND\\([A-Z]+\\d+,2\\)),OR\\((ROUND\\(\\1/\\2\\*100,2\\))>100,ROUND\\(\\1-\\2,2\\)>0\\.01\\)\\),"${SHARE_OVER_WHOLE}",IF\\(AND\\(\\3=0,\\1<>0\\),"${SHARE_BELOW}",\\3\\)\\)`,
          'g',
        ),
        '$3',
      )
      .replace(/ROUND\(ROUND\(MAX\([^()]*\),2\)-ROUND\([A-Z]+\d+,2\),2\)<=0\.01,/, '')
      // Taken from a share above 0.00 only (a share of 0.00 was raised to 0.01).
      .replace(/,ROUND\(ROUND\([A-Z]+\d+,2\)\/ROUND\([A-Z]+\d+,2\)\*100,2\)>0(?=,ROUND\(100-SUM)/, '')
      .replace(/(ROUND\(100-SUM\([^()]*\),2\))>0\)/, '$1>=0)');
  const respelled = (spell: (f: string) => string): WorkbookGrid => ({
    ...withSheet(),
    sheets: withSheet().sheets.map((s) => (s.name !== S ? s : { ...s, formulas: s.formulas!.map((r) => r && r.map((f) => (f ? spell(f) : f))) })),
  });

  it('takes a 本年数 of several 万元 cells written before (the cells added as they stand) as ours', () => {
    // Table 05 printing 201 only as its 项 (no 类 or 款 row): its 本年数 their sum.
    const g = sample();
    const unprinted = new Set(['201', '20103']);
    const bare = withSheetRows(g, recognise(g).tables.generalBudgetExpenditure!.sheet, (rows) => rows.filter((r) => !unprinted.has(String(r[0] ?? '').trim())).map((r) => [...r]));
    const grid = applyPlanToGrid(bare, supplementPlan(bare));
    const sheet = grid.sheets.find((s) => s.name === S)!;
    // A 本年数 the sheet adds up from several cells, each as its table shows it now: ROUND(ROUND(a,2)+ROUND(b,2),2).
    const row = sheet.formulas!.findIndex((r) => /^ROUND\(ROUND\([^()]+,2\)\+/.test(r?.[2] ?? ''));
    expect(row).toBeGreaterThan(0);
    const now = sheet.formulas![row]![2]!;
    const before = `ROUND(${now.slice('ROUND('.length, -',2)'.length).replace(/ROUND\(([^(),]+),2\)/g, '$1')},2)`;
    expect(before).toMatch(/^ROUND\([^()]+\+[^()]+,2\)$/);
    const formulas = sheet.formulas!.map((r, i) => (i === row ? r!.map((f, c) => (c === 2 ? before : f)) : r));
    const former = { ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, formulas } : s)) };
    expect(addinCells(former).at(S, row, 2)).toMatchObject({ kind: 'formula', holds: true });
    // Not any sum of those cells: the accountant's own is theirs.
    const own = { ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, formulas: formulas.map((r, i) => (i === row ? r!.map((f, c) => (c === 2 ? before.replace(',2)', ',1)') : f)) : r)) } : s)) };
    expect(addinCells(own).at(S, row, 2)).toMatchObject({ holds: false });
  });

  it('takes rates and shares written before a figure below 0 left them blank (IF(ROUND(b,2)=0,…), no MIN(…)>=0) as ours', () => {
    const sheet = withSheet().sheets.find((s) => s.name === S)!;
    const changed = sheet.formulas!.flatMap((r, row) => (r ?? []).flatMap((f, col) => (f && f.includes('<0') ? [{ row, col, f }] : [])));
    // 预决算差异率, 占比 and the shares of parts listed together.
    expect(changed.some((c) => c.f.includes('ROUND(100-SUM('))).toBe(true);
    expect(changed.some((c) => c.f.includes('-ROUND(') && c.f.includes(')/ROUND('))).toBe(true);
    const old = (f: string) => unbounded(f).replace(/IF\(OR\((ROUND\([A-Z]+\d+,2\))=0,ROUND\([A-Z]+\d+,2\)<0,ROUND\([A-Z]+\d+,2\)<0\),/g, 'IF($1=0,').replace(/MIN\([^()]*\)>=0,/, '');
    expect(changed.every((c) => !old(c.f).includes('<0'))).toBe(true);
    const cells = addinCells(respelled(old));
    // Ours (protected, recomputed when what they refer to changes), in the formula of now.
    for (const c of changed) expect(cells.at(S, c.row, c.col)).toMatchObject({ kind: 'formula', formula: c.f, holds: true });
  });

  it('takes shares written before they said 大于整体 or 不足0.01 (a figure above 100% or of 0.00) as ours', () => {
    const sheet = withSheet().sheets.find((s) => s.name === S)!;
    const changed = sheet.formulas!.flatMap((r, row) => (r ?? []).flatMap((f, col) => (f && unbounded(f) !== f ? [{ row, col, f }] : [])));
    // Every 占比: those of one base and those listed together (the 类 of table 05, the 三公 items, 人员经费 and 公用经费).
    expect(changed.length).toBe(sheet.formulas!.flat().filter((f) => f?.includes(SHARE_BELOW)).length);
    expect(changed.filter((c) => c.f.includes('ROUND(100-SUM(')).length).toBeGreaterThan(5);
    expect(changed.filter((c) => !c.f.includes('ROUND(100-SUM(')).length).toBeGreaterThan(3);
    expect(changed.every((c) => !unbounded(c.f).includes(SHARE_BELOW) && !unbounded(c.f).includes('MAX('))).toBe(true);
    const before = respelled(unbounded);
    const cells = addinCells(before);
    // Ours (protected, recomputed in the formula of now), not the accountant's typed cells.
    for (const c of changed) expect(cells.at(S, c.row, c.col)).toMatchObject({ kind: 'formula', formula: c.f, holds: true });
  });

  it('keeps shares written before each their own rounding (a preset without tailAdjust) so: in the formula of now, untailed', () => {
    const grid = sample();
    const untailed = applyPlanToGrid(grid, supplementPlan(grid, undefined, { tailAdjust: false }));
    const sheet = untailed.sheets.find((s) => s.name === S)!;
    const shares = sheet.formulas!.flatMap((r, row) => (r ?? []).flatMap((f, col) => (f && unbounded(f) !== f ? [{ row, col, f }] : [])));
    expect(shares.length).toBeGreaterThan(8);
    expect(shares.every((c) => !c.f.includes('100-SUM('))).toBe(true);
    const before: WorkbookGrid = {
      ...untailed,
      sheets: untailed.sheets.map((s) => (s.name !== S ? s : { ...s, formulas: s.formulas!.map((r) => r && r.map((f) => (f ? unbounded(f) : f))) })),
    };
    const cells = addinCells(before);
    // Recomputed as the residual-taking formula, its value would be the text's of another preset (1.35 for 1.36).
    for (const c of shares) expect(cells.at(S, c.row, c.col)).toMatchObject({ kind: 'formula', formula: c.f, holds: true });
  });

  it('is a plan the guard lets through: it writes only our sheet', () => {
    const grid = typed(withSheet(), S, 'D8', 1801.23);
    expect(() => guardPlan(grid, recomputePlan(grid))).not.toThrow();
    expect(recomputePlan(grid).ops.every((op) => op.op === 'setCells' && op.sheet === S)).toBe(true);
  });
});

describe('the 自评表 formulas', () => {
  // 自评表 whose 执行率, 得分 and 总分 were left blank: `fill` writes our formulas there.
  const blank = () => toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { projectBlankDerived: true }));
  const filled = () => {
    const grid = blank();
    return applyPlanToGrid(grid, fillPlan(grid, explain(grid, xinjiang)));
  };
  const rate = () => {
    const grid = filled();
    return projectDerivedCells(grid, recognise(grid).projects[0]!)[0]!;
  };

  it('are ours while they hold our formula, and recomputed from the figures typed', () => {
    const grid = filled();
    const { cell } = rate();
    expect(addinCells(grid).at(cell.sheet, cell.row, cell.col)).toMatchObject({ role: 'selfEvaluation', kind: 'formula', holds: true });
    // Half the budget executed (全年执行数 in G, the rate in H): 0.5, and the score with it.
    const row = cell.row + 1;
    const edited = typed(grid, cell.sheet, `F${row}`, 114);
    const after = applyPlanToGrid(edited, recomputePlan(edited));
    expect(value(after, cell.sheet, `H${row}`)).toBe(0.5);
    expect(value(after, cell.sheet, `I${row}`)).toBe(5);
  });

  it('become the accountant’s once a value is typed over them: not protected, not recomputed, but our formula can be typed back', () => {
    const { cell } = rate();
    const grid = typed(filled(), cell.sheet, `H${cell.row + 1}`, 0.9);
    const cells = addinCells(grid);
    expect(cells.at(cell.sheet, cell.row, cell.col)).toBeUndefined();
    expect(addinFormulaAt(cells, cell)).toMatchObject({ formula: 'IF(E6=0,"",ROUND(F6/E6,4))', holds: false });
    const after = applyPlanToGrid(grid, recomputePlan(grid, cells));
    expect(value(after, cell.sheet, `H${cell.row + 1}`)).toBe(0.9);
  });

  it('are not ours in a workbook whose 自评表 carry the accountant’s own values', () => {
    const grid = sample();
    const { cell } = projectDerivedCells(grid, recognise(grid).projects[0]!)[0]!;
    expect(addinCells(grid).at(cell.sheet, cell.row, cell.col)).toBeUndefined();
    expect(recomputePlan(grid).ops).toEqual([]);
  });
});

describe('the generated sheets', () => {
  const grid = (() => {
    const g = sample();
    const filled = applyPlanToGrid(g, fillPlan(g, explain(g, xinjiang)));
    return applyPlanToGrid(filled, flagsPlan(filled));
  })();

  it('公开说明: every written line is ours (generated text)', () => {
    expect(at(grid, '公开说明', 'A1')).toMatchObject({ role: 'narrative', kind: 'text' });
    expect(at(grid, '公开说明', 'A2')).toMatchObject({ role: 'narrative', kind: 'text' });
  });

  it('检查结果: all but the 标记 and 说明 columns below the headers', () => {
    expect(value(grid, '检查结果', 'H4')).toBe('标记');
    expect(at(grid, '检查结果', 'A1')).toMatchObject({ role: 'results' });
    expect(at(grid, '检查结果', 'H4')).toMatchObject({ role: 'results' });
    expect(at(grid, '检查结果', 'E5')).toMatchObject({ role: 'results' });
    expect(at(grid, '检查结果', 'H5')).toBeUndefined();
    expect(at(grid, '检查结果', 'I5')).toBeUndefined();
  });
});

describe('the messages', () => {
  it('say why a cell is protected and what to change instead, naming the cell', () => {
    const grid = withSheet();
    expect(protectionMessage(at(grid, S, 'G8')!)).toBe(
      '单元格 说明数据!G8是决算公开助手写的公式 =IF(OR(C8="",D8=""),"",ROUND(ROUND(C8,2)-ROUND(D8,2),2))，随它引用的单元格自动更新：要改这个数，请改它引用的单元格。',
    );
    expect(protectionMessage(at(grid, S, 'A8')!)).toContain('说明数据表的标题、表头或指标名');
    // A long formula is shortened to 60 characters.
    expect(protectionMessage(at(grid, S, 'H8')!)).toMatch(/公式 =.{60}…，/);
    expect(protectionMessage({ cell: { sheet: '公开说明', row: 3, col: 0 }, role: 'narrative', kind: 'text', holds: true })).toContain('整张表会重新生成');
    expect(protectionMessage({ cell: { sheet: '检查结果', row: 4, col: 4 }, role: 'results', kind: 'text', holds: true })).toContain('只有“标记”和“说明”两列由您填写');
  });

  it('say a formula of the accountant’s own cannot be computed on the page', () => {
    expect(untypedFormulaMessage({ sheet: S, row: 7, col: 3 })).toBe(
      '单元格 说明数据!D8：网页版只计算决算公开助手自己写的公式，不能计算这个公式。请填写数值；需要公式时，下载工作簿后在 Excel 或 WPS 中输入。',
    );
  });
});
