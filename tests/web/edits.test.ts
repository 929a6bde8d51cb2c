/**
 * The accountant's typing in the web page's grid (web/edits.ts), on a real ExcelJS workbook: written as typed,
 * with no plan; our formulas recomputed after it by an add-in plan; the add-in's cells refused without
 * confirmation (and written with it); a formula accepted only where the add-in writes that very formula; undo and
 * redo of each edit, and no undo over a cell an action of the pane wrote since.
 */
import ExcelJS from 'exceljs';
import { WorkbookEdits } from '../../src/web/edits';
import { loadXlsx, workbookToGrid } from '../../src/hosts/xlsx/read';
import { applyPlan } from '../../src/hosts/xlsx/apply';
import { flagsPlan, supplementPlan } from '../../src/engine/workflow';
import { changji2022 } from '../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toXlsx } from '../../fixtures/workbook';

const S = '说明数据';
let bytes: Buffer;

beforeAll(async () => {
  bytes = await toXlsx(buildWorkbook(changji2022, standardPlan(changji2022)));
});

/** The sample with the 说明数据 sheet the pane creates (row 8: 收入总计; C 本年数, D 上年数, G 增减额, H 增减率). */
async function workbook(): Promise<ExcelJS.Workbook> {
  const wb = await loadXlsx(bytes);
  const grid = workbookToGrid(wb);
  applyPlan(wb, supplementPlan(grid), grid);
  return wb;
}

const cell = (wb: ExcelJS.Workbook, a1: string, sheet = S) => wb.getWorksheet(sheet)!.getCell(a1).value;
// The cached result from the cell itself: ExcelJS's `value` drops a result of 0.
const result = (wb: ExcelJS.Workbook, a1: string) => wb.getWorksheet(S)!.getCell(a1).result;

describe('typing a value', () => {
  it('writes it as typed and recomputes our formulas that use it, the formulas kept', async () => {
    const wb = await workbook();
    const edits = new WorkbookEdits(wb);
    expect(edits.edit(S, [{ row: 7, col: 3, text: '1,801.23' }])).toEqual({ ok: true, cells: 1, recomputed: 2 });
    expect(cell(wb, 'D8')).toBe(1801.23);
    expect(cell(wb, 'G8')).toEqual({ formula: 'IF(OR(C8="",D8=""),"",ROUND(ROUND(C8,2)-ROUND(D8,2),2))', result: -312.94 });
    expect(result(wb, 'H8')).toBe(-17.37);
    // What the pane reads next is the workbook as it is now.
    expect(edits.current().grid.sheets.find((s) => s.name === S)!.rows[7]![6]).toBe(-312.94);
  });

  it('writes text, a leading-zero code as text, and clears with an empty text', async () => {
    const wb = await workbook();
    const edits = new WorkbookEdits(wb);
    edits.edit(S, [
      { row: 7, col: 10, text: '人员增加' },
      { row: 8, col: 10, text: '06' },
    ]);
    expect(cell(wb, 'K8')).toBe('人员增加');
    expect(cell(wb, 'K9')).toBe('06');
    expect(edits.edit(S, [{ row: 7, col: 10, text: '' }])).toMatchObject({ ok: true, cells: 1 });
    expect(cell(wb, 'K8')).toBeNull();
  });

  it('counts nothing when the value is already there, and adds no undo step', async () => {
    const wb = await workbook();
    const edits = new WorkbookEdits(wb);
    edits.edit(S, [{ row: 7, col: 3, text: '1801.23' }]);
    expect(edits.edit(S, [{ row: 7, col: 3, text: '1,801.23' }])).toEqual({ ok: true, cells: 0, recomputed: 0 });
    edits.undo();
    expect(edits.canUndo).toBe(false);
  });

  it('is written through the top-left cell of a merged range, as Excel does', async () => {
    const wb = await workbook();
    const ws = wb.getWorksheet(S)!;
    ws.mergeCells('K20:M20');
    const edits = new WorkbookEdits(wb);
    edits.edit(S, [{ row: 19, col: 11, text: '合并的说明' }]);
    expect(cell(wb, 'K20')).toBe('合并的说明');
  });
});

describe('a block pasted over a merged cell', () => {
  // K20:M20 merged, holding a note; N20 beside it. Row 20 is 0-based row 19; K is column 10.
  async function merged(): Promise<{ wb: ExcelJS.Workbook; edits: WorkbookEdits }> {
    const wb = await workbook();
    const ws = wb.getWorksheet(S)!;
    ws.mergeCells('K20:M20');
    ws.getCell('K20').value = '原来的说明';
    return { wb, edits: new WorkbookEdits(wb) };
  }

  it('is refused when two of its cells land in the merged cell, nothing written (written in turn, the last was kept and the rest lost)', async () => {
    const { wb, edits } = await merged();
    const outcome = edits.edit(S, [
      { row: 19, col: 10, text: '甲' },
      { row: 19, col: 11, text: '乙' },
      { row: 19, col: 12, text: '' },
      { row: 19, col: 13, text: '丁' },
    ]);
    expect(outcome).toEqual({ ok: false, reason: 'merged', message: expect.stringContaining('K20 和 L20 两格落在同一个合并单元格（K20）里') });
    expect(cell(wb, 'K20')).toBe('原来的说明');
    expect(cell(wb, 'N20')).toBeNull();
    expect(edits.canUndo).toBe(false);
  });

  it('writes the merged cell from its first cell, the empty cells it covers leaving that value (they cleared it)', async () => {
    const { wb, edits } = await merged();
    expect(edits.edit(S, [
      { row: 19, col: 10, text: '新的说明' },
      { row: 19, col: 11, text: '' },
      { row: 19, col: 12, text: '' },
      { row: 19, col: 13, text: '丁' },
    ])).toMatchObject({ ok: true, cells: 2 });
    expect(cell(wb, 'K20')).toBe('新的说明');
    expect(cell(wb, 'N20')).toBe('丁');
    // One change for the merged cell: undo puts its value back, not an intermediate one.
    edits.undo();
    expect(cell(wb, 'K20')).toBe('原来的说明');
    expect(cell(wb, 'N20')).toBeNull();
  });

  it('clears the merged cell once when a range holding it is deleted, and undo puts it back', async () => {
    const { wb, edits } = await merged();
    const range = [10, 11, 12, 13].map((col) => ({ row: 19, col, text: '' }));
    expect(edits.edit(S, range)).toMatchObject({ ok: true, cells: 1 });
    expect(cell(wb, 'K20')).toBeNull();
    edits.undo();
    expect(cell(wb, 'K20')).toBe('原来的说明');
  });

  it('clears nothing when only a cell the merged cell covers is cleared', async () => {
    const { wb, edits } = await merged();
    expect(edits.edit(S, [{ row: 19, col: 12, text: '' }])).toEqual({ ok: true, cells: 0, recomputed: 0 });
    expect(cell(wb, 'K20')).toBe('原来的说明');
  });
});

describe('the add-in’s cells', () => {
  it('refuse a typed value, writing nothing, with the reason and the cells named', async () => {
    const wb = await workbook();
    const edits = new WorkbookEdits(wb);
    const outcome = edits.edit(S, [
      { row: 7, col: 3, text: '1801.23' },
      { row: 7, col: 6, text: '5' },
      { row: 7, col: 7, text: '1' },
      { row: 7, col: 0, text: '改名' },
    ]);
    expect(outcome).toEqual({
      ok: false,
      reason: 'protected',
      message: '没有改动。单元格 说明数据!G8是决算公开助手写的公式 =IF(OR(C8="",D8=""),"",ROUND(ROUND(C8,2)-ROUND(D8,2),2))，随它引用的单元格自动更新：要改这个数，请改它引用的单元格。（另有 2 个这样的单元格：H8、A8）',
    });
    // Nothing of the paste was written, the accountant's own cell neither.
    expect(cell(wb, 'D8')).toBeNull();
    expect(cell(wb, 'A8')).toBe('收入总计');
    expect(edits.canUndo).toBe(false);
  });

  it('take a value when the accountant confirms: the cell is theirs then, and never recomputed', async () => {
    const wb = await workbook();
    const edits = new WorkbookEdits(wb);
    expect(edits.edit(S, [{ row: 7, col: 6, text: '5' }], { force: true })).toMatchObject({ ok: true, cells: 1 });
    expect(cell(wb, 'G8')).toBe(5);
    edits.edit(S, [{ row: 7, col: 3, text: '1801.23' }]);
    // The user's typed cell is never overwritten; our other formula of the row is recomputed.
    expect(cell(wb, 'G8')).toBe(5);
    expect(result(wb, 'H8')).toBe(-17.37);
  });

  it('take our own formula typed back in, with the engine’s value; any other formula is refused', async () => {
    const wb = await workbook();
    const edits = new WorkbookEdits(wb);
    edits.edit(S, [{ row: 7, col: 3, text: '1801.23' }]);
    edits.edit(S, [{ row: 7, col: 6, text: '5' }], { force: true });
    expect(edits.edit(S, [{ row: 7, col: 6, text: '=if(or(C8="",D8=""),"",round(round(C8,2)-round(D8,2),2))' }])).toMatchObject({ ok: true, cells: 1 });
    expect(cell(wb, 'G8')).toEqual({ formula: 'IF(OR(C8="",D8=""),"",ROUND(ROUND(C8,2)-ROUND(D8,2),2))', result: -312.94 });
    expect(edits.edit(S, [{ row: 7, col: 3, text: '=C8*1.1' }])).toEqual({
      ok: false,
      reason: 'formula',
      message: '单元格 说明数据!D8：网页版只计算决算公开助手自己写的公式，不能计算这个公式。请填写数值；需要公式时，下载工作簿后在 Excel 或 WPS 中输入。',
    });
    expect(cell(wb, 'D8')).toBe(1801.23);
  });

  it('let the same value be typed over them (nothing changes, nothing refused)', async () => {
    const wb = await workbook();
    const edits = new WorkbookEdits(wb);
    expect(edits.edit(S, [{ row: 7, col: 0, text: '收入总计' }])).toEqual({ ok: true, cells: 0, recomputed: 0 });
  });
});

describe('undo and redo', () => {
  it('take an edit back and forth, our formulas recomputed each time', async () => {
    const wb = await workbook();
    const edits = new WorkbookEdits(wb);
    edits.edit(S, [{ row: 7, col: 3, text: '1801.23' }]);
    edits.edit(S, [{ row: 7, col: 3, text: '1488.29' }]);
    expect(result(wb, 'G8')).toBe(0);
    expect(edits.undo()).toEqual({ ok: true, sheet: S, cells: [{ row: 7, col: 3 }], recomputed: 2 });
    expect(cell(wb, 'D8')).toBe(1801.23);
    expect(result(wb, 'G8')).toBe(-312.94);
    edits.undo();
    expect(cell(wb, 'D8')).toBeNull();
    // Blank (no 上年数): kept as a blank result, not as no result (which reads as a formula never calculated).
    expect(result(wb, 'G8')).toBe('');
    expect(edits.canUndo).toBe(false);
    expect(edits.undo()).toEqual({ ok: false, message: '没有可以撤销的输入。' });
    expect(edits.redo()).toMatchObject({ ok: true });
    expect(cell(wb, 'D8')).toBe(1801.23);
    expect(result(wb, 'G8')).toBe(-312.94);
    expect(edits.canRedo).toBe(true);
    // A new edit drops what could be redone.
    edits.edit(S, [{ row: 8, col: 3, text: '1' }]);
    expect(edits.canRedo).toBe(false);
  });

  it('undo a paste of many cells as one step', async () => {
    const wb = await workbook();
    const edits = new WorkbookEdits(wb);
    edits.edit(S, [
      { row: 7, col: 3, text: '1801.23' },
      { row: 8, col: 3, text: '1790' },
      { row: 7, col: 10, text: '人员增加' },
    ]);
    expect(edits.undo()).toMatchObject({ ok: true, cells: [{ row: 7, col: 3 }, { row: 8, col: 3 }, { row: 7, col: 10 }] });
    expect([cell(wb, 'D8'), cell(wb, 'D9'), cell(wb, 'K8')]).toEqual([null, null, null]);
  });

  it('refuse to put back a cell an action of the pane wrote since, and say so', async () => {
    const wb = await workbook();
    const edits = new WorkbookEdits(wb);
    edits.edit(S, [{ row: 7, col: 3, text: '1801.23' }]);
    // The pane writes the 说明数据 sheet again (a refresh with other figures): D8 changes under the edit.
    wb.getWorksheet(S)!.getCell('D8').value = 1700;
    edits.invalidate();
    expect(edits.undo()).toEqual({
      ok: false,
      message: '无法撤销：单元格 “说明数据”!D8 在这次输入之后已被改动（如写入说明数据、检查标记）。更早的输入也不能再撤销。',
    });
    expect(cell(wb, 'D8')).toBe(1700);
    expect(edits.canUndo).toBe(false);
  });

  it('say so when the sheet is gone', async () => {
    const wb = await workbook();
    const edits = new WorkbookEdits(wb);
    edits.edit('收入支出决算总表', [{ row: 0, col: 10, text: '备注' }]);
    const grid = workbookToGrid(wb);
    applyPlan(wb, flagsPlan(grid), grid);
    wb.removeWorksheet(wb.getWorksheet('收入支出决算总表')!.id);
    edits.invalidate();
    expect(edits.undo()).toEqual({ ok: false, message: '无法撤销：工作表“收入支出决算总表”已不存在。更早的输入也不能再撤销。' });
  });
});
