/**
 * Refreshing the 说明数据 sheet after the accountant edited it: nothing they typed is put back or dropped, and the
 * plan's summary says what became of it (the sheet's cell, what it holds).
 */
import { loadXlsx, workbookToGrid } from '../../../src/hosts/xlsx/read';
import { applyPlanToGrid } from '../../../src/engine/plan/applyToGrid';
import { recognise } from '../../../src/engine/recognise/recognise';
import { SUPPLEMENT_SHEET, supplementSheetPlan } from '../../../src/engine/supplement/sheet';
import { resolveSupplement } from '../../../src/engine/workflow';
import type { Plan, PlanCell } from '../../../src/engine/plan/plan';
import { CellValue, SheetGrid, WorkbookGrid } from '../../../src/engine/grid/cell';
import { parseA1 } from '../../../src/engine/grid/address';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toXlsx } from '../../../fixtures/workbook';

function plan(grid: WorkbookGrid, json?: unknown): Plan {
  const resolved = resolveSupplement(grid, json);
  return supplementSheetPlan(recognise(grid), resolved.supplement, resolved.inputs, resolved);
}

/** The workbook after a first fill of the 说明数据 sheet. */
async function filled(): Promise<WorkbookGrid> {
  const grid = workbookToGrid(await loadXlsx(await toXlsx(buildWorkbook(changji2022, standardPlan(changji2022)))));
  return applyPlanToGrid(grid, plan(grid, JSON.parse(JSON.stringify(changji2022Supplement))));
}

const sheetOf = (grid: WorkbookGrid) => grid.sheets.find((s) => s.name === SUPPLEMENT_SHEET)!;

/** The grid with the accountant's edit: a value typed into a cell (its formula gone). */
function typed(grid: WorkbookGrid, cell: string, value: CellValue): WorkbookGrid {
  const { row, col } = parseA1(cell);
  return {
    ...grid,
    sheets: grid.sheets.map((s): SheetGrid => {
      if (s.name !== SUPPLEMENT_SHEET) return s;
      const rows = s.rows.map((r) => [...r]);
      const formulas = (s.formulas ?? []).map((r) => [...r]);
      while (rows.length <= row) rows.push([]);
      rows[row]![col] = value;
      if (formulas[row]) formulas[row]![col] = null;
      return { ...s, rows, formulas };
    }),
  };
}

/** The cell the plan writes at an address of the 说明数据 sheet (the last write wins). */
function planned(p: Plan, cell: string): PlanCell | undefined {
  const { row, col } = parseA1(cell);
  let out: PlanCell | undefined;
  for (const op of p.ops) {
    if (op.op !== 'setCells' || op.sheet !== SUPPLEMENT_SHEET) continue;
    const c = op.cells[row - op.row]?.[col - op.col];
    if (c) out = c;
  }
  return out;
}

describe('a value typed over a grey (formula) cell of the 说明数据 sheet', () => {
  it('stays as typed on refresh, and the summary names the cell and says it is no formula now', async () => {
    const grid = await filled();
    const s = sheetOf(grid);
    const r = s.rows.findIndex((x) => x[0] === '收入总计') + 1;
    expect(s.formulas![r - 1]![2]).toBe('ROUND(收入支出决算总表!C35,2)');
    const edited = typed(typed(grid, `C${r}`, 1500), `H${r + 1}`, -99);
    const p = plan(edited);
    expect(planned(p, `C${r}`)).toEqual({ value: 1500, style: 'inputAmount' });
    expect(planned(p, `H${r + 1}`)).toEqual({ value: -99, style: 'inputAmount' });
    // The row's other formulas compute from the typed figure, as Excel will.
    expect(planned(p, `G${r}`)).toMatchObject({ formula: expect.stringContaining(`C${r}`), value: -301.23 });
    const line = p.summary.find((l) => l.includes('灰色单元格'));
    expect(line).toBe(
      `工作表“说明数据”中 2 个灰色单元格填有您输入的数值，已原样保留，没有改回公式：C${r}（“收入总计”的本年数，1500）、H${r + 1}（“支出总计”的增减率，-99）。` +
        '这些单元格现在是输入的数值，不再随决算表自动更新。要恢复公式，请清空这些单元格后再运行一次。',
    );
  });

  it('is kept when a JSON is given too (a JSON holds no grey cells)', async () => {
    const grid = await filled();
    const r = sheetOf(grid).rows.findIndex((x) => x[0] === '支出总计') + 1;
    const p = plan(typed(grid, `I${r}`, 5), JSON.parse(JSON.stringify(changji2022Supplement)));
    expect(planned(p, `I${r}`)).toEqual({ value: 5, style: 'inputAmount' });
  });

  it('gives the formula back once the cell is emptied, and then says nothing of it', async () => {
    const grid = await filled();
    const r = sheetOf(grid).rows.findIndex((x) => x[0] === '收入总计') + 1;
    const p = plan(typed(grid, `C${r}`, null));
    expect(planned(p, `C${r}`)).toMatchObject({ formula: 'ROUND(收入支出决算总表!C35,2)' });
    expect(p.summary.some((l) => l.includes('灰色单元格'))).toBe(false);
  });
});

/** The grid with rows inserted into the 说明数据 sheet at a 0-based row (formulas shifted along, as Excel does not matter here). */
function inserted(grid: WorkbookGrid, at: number, ...lines: CellValue[][]): WorkbookGrid {
  return {
    ...grid,
    sheets: grid.sheets.map((s): SheetGrid => {
      if (s.name !== SUPPLEMENT_SHEET) return s;
      const rows = s.rows.map((r) => [...r]);
      const formulas = (s.formulas ?? []).map((r) => [...r]);
      rows.splice(at, 0, ...lines);
      formulas.splice(at, 0, ...lines.map(() => []));
      return { ...s, rows, formulas };
    }),
  };
}

describe('a row the accountant inserted among the indicators of the 说明数据 sheet', () => {
  it('is kept whole after the indicators, and the summary says where it went and that the text does not use it', async () => {
    const grid = await filled();
    const s = sheetOf(grid);
    const r = s.rows.findIndex((x) => x[0] === '本年收入合计');
    const after = s.rows.findIndex((x) => x[0] === '事项') - 1;
    const edited = inserted(grid, r, ['其他收入说明', '我的说明行', 12.5, null, null, null, null, null, null, null, '自己加的原因']);
    const p = plan(edited);
    expect(planned(p, `A${after + 1}`)).toEqual({ value: '其他收入说明', style: 'input' });
    expect(planned(p, `C${after + 1}`)).toEqual({ value: 12.5, style: 'inputAmount' });
    expect(planned(p, `K${after + 1}`)).toEqual({ value: '自己加的原因', style: 'inputText' });
    expect(planned(p, `A${after + 3}`)).toEqual({ value: '事项', style: 'header' });
    expect(p.summary).toContain(
      `工作表“说明数据”中您加入的 1 行（第 ${r + 1} 行“其他收入说明”）不是可识别的指标，已原样保留，移到指标之后的第 ${after + 1} 行；这些行的数据不用于公开说明。需要时请在键列填写模板中的指标名或科目编码。`,
    );
    // Written again, it stays where it is now, and is said to.
    const again = plan(applyPlanToGrid(edited, p));
    expect(planned(again, `A${after + 1}`)).toEqual({ value: '其他收入说明', style: 'input' });
    expect(again.summary).toContainEqual(expect.stringContaining(`已原样保留在第 ${after + 1} 行；`));
  });

  it('without a key, does not end the indicators: those under it are read, and the row is kept', async () => {
    const grid = await filled();
    const s = sheetOf(grid);
    const r = s.rows.findIndex((x) => x[0] === '本年收入合计');
    const prior = s.rows.findIndex((x) => x[0] === '财政拨款收入总计');
    const edited = typed(inserted(grid, r, [null, null, null, null, null, null, null, null, null, null, '备注：待核']), `D${prior + 2}`, 999);
    const resolved = resolveSupplement(edited);
    expect(resolved.supplement.指标.get('财政拨款收入总计')?.上年数?.value).toBe(999);
    const p = plan(edited);
    expect(p.summary).toContainEqual(expect.stringContaining(`您加入的 1 行（第 ${r + 1} 行（没有键））`));
  });
});
