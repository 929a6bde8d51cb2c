/**
 * The bad-input corpus (fixtures/corpus.ts), each workbook through everything the add-in does with a file:
 * read, recognise, explain, fill, check, flag, clear. For each: nothing throws; every problem names its sheet
 * and cell; the tables that are fine are still read; the case's own problem is reported where it lies; and
 * nothing the accountant typed changes — after fill and flags every user cell holds what it held, and clearing
 * the flags gives back the filled workbook exactly.
 */
import ExcelJS from 'exceljs';
import { CORPUS, CorpusCase } from '../../fixtures/corpus';
import { readXlsx } from '../../src/hosts/xlsx/read';
import { loadWorkbookBytes, readWorkbookBytes } from '../../src/hosts/files/open';
import { applyPlan, writeXlsx } from '../../src/hosts/xlsx/apply';
import { recognise, Recognition } from '../../src/engine/recognise/recognise';
import { check, explain, fillPlan } from '../../src/engine/workflow';
import { clearFlagsPlan, flagPlan } from '../../src/engine/audit/flags';
import { applyPlanToGrid } from '../../src/engine/plan/applyToGrid';
import { shanghai, xinjiang } from '../../src/engine/narrative/presets';
import type { SheetGrid, WorkbookGrid } from '../../src/engine/grid/cell';
import { isBlank } from '../../src/engine/grid/cell';
import { toA1 } from '../../src/engine/grid/address';
import { SUPPLEMENT_SHEET } from '../../src/engine/supplement/sheet';
import { NARRATIVE_SHEET } from '../../src/engine/narrative/sheet';
import { RESULT_SHEET } from '../../src/engine/audit/flags';

const OWN_SHEETS = new Set([SUPPLEMENT_SHEET, NARRATIVE_SHEET, RESULT_SHEET]);
const ALL = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10'];

function presentCodes(rec: Recognition): string[] {
  return [...Object.values(rec.tables).map((t) => t.code), ...(rec.projects.length > 0 ? ['10'] : [])].sort();
}

/** Every non-empty cell of the user's sheets: `sheet!A1` → value and formula. */
function userCells(grid: WorkbookGrid): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of grid.sheets) {
    if (OWN_SHEETS.has(sheet.name)) continue;
    sheet.rows.forEach((cells, r) =>
      cells.forEach((v, c) => {
        const f = sheet.formulas?.[r]?.[c] ?? null;
        if (!isBlank(v) || f !== null) out.set(`${sheet.name}!${toA1(r, c)}`, JSON.stringify([v, f]));
      }),
    );
  }
  return out;
}

function valuesAndFormulas(sheet: SheetGrid) {
  return { name: sheet.name, rows: sheet.rows, formulas: sheet.formulas ?? [] };
}

/** Writes the workbook as the command line saves it and reads it back as the add-in would. */
async function saved(wb: ExcelJS.Workbook): Promise<WorkbookGrid> {
  return readXlsx(await writeXlsx(wb));
}

describe('the bad-input corpus', () => {
  it('has at least 30 workbooks, each with its own id', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CORPUS.map((c) => c.id)).size).toBe(CORPUS.length);
  });

  const run = (c: CorpusCase) => async () => {
    const bytes = await c.build();
    if (c.expect.unreadable) {
      await expect(readWorkbookBytes(bytes)).rejects.toMatchObject({ reason: c.expect.unreadable, message: expect.stringMatching(/请/) });
      return;
    }

    // The grid and the workbook to write, from one opening of the file (as `fill` opens it).
    const { grid, workbook: wb } = await loadWorkbookBytes(bytes);
    const rec = recognise(grid);
    expect(presentCodes(rec)).toEqual(c.expect.tables ?? ALL);
    for (const p of rec.problems) {
      if (p.cell !== null) expect(p.message).toContain(`工作表“${p.sheet}”${p.cell}`);
      expect(p.message).toMatch(/请/);
    }
    if (c.expect.problem) {
      const { sheet, cell, says } = c.expect.problem;
      expect(rec.problems.filter((p) => p.sheet === sheet && p.cell === cell).map((p) => p.message)).toContainEqual(expect.stringContaining(says));
    }
    if (c.expect.figure) {
      const { table, row, column, fen } = c.expect.figure;
      const figure = rec.tables[table]?.rows.find((r) => r.key === row)?.figures[column];
      expect(figure).toMatchObject({ fen });
    }

    // Everything runs on what could be read.
    for (const preset of [xinjiang, shanghai]) expect(explain(grid, preset).document.parts.length).toBeGreaterThan(0);
    const before = userCells(grid);

    // No table at all: no 公开说明 of 【请填写】 alone, so no fill (nothing written), said with what to do.
    if (presentCodes(rec).length === 0) {
      expect(() => fillPlan(grid, explain(grid, xinjiang))).toThrow(/^没有写入任何内容。公开说明没有生成：工作簿中没有找到任何一张部门决算表/);
      return;
    }

    // Fill, then check the filled workbook and flag it; one workbook, saved as the command line saves it.
    const fill = fillPlan(grid, explain(grid, xinjiang));
    const filledGrid = applyPlanToGrid(grid, fill);
    const flags = flagPlan(filledGrid, check(filledGrid).findings);
    applyPlan(wb, fill);
    const filled = await saved(wb);
    applyPlan(wb, flags);
    const flagged = await saved(wb);
    const after = userCells(flagged);
    const changed = [...before].filter(([cell, value]) => after.get(cell) !== value).map(([cell, value]) => `${cell}: ${value} → ${after.get(cell)}`);
    expect(changed).toEqual([]);
    // Cells filled where there was nothing are only the derived figures of a 自评表.
    expect([...after.keys()].filter((cell) => !before.has(cell) && !cell.includes('自评'))).toEqual([]);

    applyPlan(wb, clearFlagsPlan(flagged));
    expect((await saved(wb)).sheets.map(valuesAndFormulas)).toEqual(filled.sheets.map(valuesAndFormulas));
  };

  for (const c of CORPUS) it(`${c.id}: ${c.title}`, run(c), c.slow ? 180_000 : 30_000);
});
