/**
 * The xlsx host (the command line, the web page) keeps text as text on every write path, whatever its first
 * character, through the cell-input helper every host shares; and it writes a plan in the write order every host
 * follows: the add-in's sheets before the accountant's (issue 14).
 */
import ExcelJS from 'exceljs';
import { readXlsx, workbookToGrid } from '../../../src/hosts/xlsx/read';
import { applyPlan, writeXlsx } from '../../../src/hosts/xlsx/apply';
import type { PlanCell } from '../../../src/engine/plan/plan';
import { FORMULA_LIKE_TEXTS } from '../../support/formulaLikeTexts';

const texts = [...FORMULA_LIKE_TEXTS];

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').getCell('A1').value = '旧的一句。';
  return wb;
}

/** The sheet's first row as our reader and ExcelJS read the saved file. */
async function savedRow(wb: ExcelJS.Workbook, sheet: string, row = 0) {
  const bytes = await writeXlsx(wb);
  const grid = await readXlsx(bytes);
  const s = grid.sheets.find((x) => x.name === sheet)!;
  return { values: s.rows[row] ?? [], formulas: s.formulas?.[row] ?? [] };
}

describe('text stays text in an .xlsx, whatever its first character', () => {
  it.each<[string, (text: string) => PlanCell]>([
    ['a value', (value) => ({ value })],
    ['a cell with a link', (value) => ({ value, link: { sheet: '说明', cell: 'A1' } })],
  ])('setCells, %s', async (_what, cell) => {
    const wb = workbook();
    applyPlan(wb, { ops: [{ op: 'ensureSheet', sheet: 'S' }, { op: 'markSheet', sheet: 'S', role: 'results' }, { op: 'setCells', sheet: 'S', row: 0, col: 0, cells: [texts.map(cell)] }], summary: [] });
    const row = await savedRow(wb, 'S');
    expect(row.values).toEqual(texts);
    expect(row.formulas.filter((f) => f !== null)).toEqual([]);
  });

  it.each(texts)('replaceCellText (对照’s copy) with %s', async (text) => {
    const wb = workbook();
    applyPlan(wb, { ops: [{ op: 'replaceCellText', sheet: '说明', cell: 'A1', before: '旧的一句。', after: text }], summary: [] });
    const row = await savedRow(wb, '说明');
    expect([row.values[0], row.formulas[0] ?? null]).toEqual([text, null]);
  });
});

describe('the write order in an .xlsx', () => {
  it('adds and writes the add-in’s sheet before it touches the accountant’s, whatever the plan’s order', () => {
    const wb = workbook();
    // Highlights on a sheet that is not there fail: by then the 检查结果 sheet, which comes later in the plan, is written.
    const plan = {
      ops: [
        { op: 'addHighlights', sheet: '不存在', level: 'error', cells: ['A1'] },
        { op: 'ensureSheet', sheet: '检查结果' },
        { op: 'markSheet', sheet: '检查结果', role: 'results' },
        { op: 'setCells', sheet: '检查结果', row: 0, col: 0, cells: [[{ value: '检查结果（决算公开助手）' }]] },
      ],
      summary: [],
    } as const;
    expect(() => applyPlan(wb, { ops: [...plan.ops], summary: [] })).toThrow(/不存在/);
    expect(workbookToGrid(wb).sheets.find((s) => s.name === '检查结果')?.rows).toEqual([['检查结果（决算公开助手）']]);
  });
});
