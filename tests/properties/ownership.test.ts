/**
 * Issue 15, as properties: over random 决算 workbooks holding sheets of the accountant's named 公开说明, 说明数据
 * and 检查结果 with random content (explanation sentences the audit flags, our own titles, notes, fills, widths),
 * fill, check --out, flag again and clear change no cell, note, format or sheet of the user's — through the .xlsx
 * host (saved and reopened with ExcelJS between steps, as the command line does), the Excel stand-in and the
 * WPS (ET) stand-in — and the add-in's sheets are found again by their marks after a save and reopen through
 * ExcelJS and LibreOffice.
 */
import { mkdtempSync, promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import type { CellValue, WorkbookGrid } from '../../src/engine/grid/cell';
import { toA1 } from '../../src/engine/grid/address';
import { loadXlsx, readXlsx } from '../../src/hosts/xlsx/read';
import { applyPlan, writeXlsx } from '../../src/hosts/xlsx/apply';
import { OfficeHost } from '../../src/hosts/office/host';
import { check, explain, fillPlan } from '../../src/engine/workflow';
import { clearFlagsPlan, flagPlan } from '../../src/engine/audit/flags';
import { xinjiang } from '../../src/engine/narrative/presets';
import { FLAG_MARKER, NOTE_TAG, OwnedRole, Plan } from '../../src/engine/plan/plan';
import { markedSheets } from '../../src/engine/plan/owned';
import { LEGACY_SIGNATURES } from '../../src/engine/plan/legacy';
import { generateAccounts } from '../../fixtures/generate';
import { buildWorkbook, GeneratedWorkbook, standardPlan, toGrid, toXlsx } from '../../fixtures/workbook';
import { ExcelStandIn, SheetModel } from '../support/excelStandIn';
import { EtSheetModel, EtStandIn } from '../support/etStandIn';
import { WpsHost } from '../../src/hosts/wps/host';
import { convert, itWithLibreOffice } from '../support/libreoffice';

// ----------------------------------------------------------------------------------------- the workbooks

interface UserCell {
  readonly row: number;
  readonly col: number;
  readonly value: string | number | boolean;
}

interface UserSheet {
  readonly name: string;
  readonly cells: readonly UserCell[];
  /** A note of the accountant's and a fill, on cells of the sheet. */
  readonly note: { readonly row: number; readonly col: number };
  readonly fill: { readonly row: number; readonly col: number };
  readonly width: number;
}

const NAMES = ['公开说明', '说明数据', '检查结果'] as const;

/** Text the accountant writes: sentences with figures (some wrong, so the audit flags them), our titles, anything. */
const text = fc.oneof(
  fc.constantFrom(
    '2022年度收入总计1,488.29万元，与上年相比减少312.94万元，下降17.37%。',
    '本年支出合计1,400.00万元，其中：基本支出800.00万元，占57.14%。',
    '公务接待费支出0.20万元，比上年增加0.10万元。',
    '××单位2022年度部门决算公开说明',
    LEGACY_SIGNATURES.supplement.title,
    LEGACY_SIGNATURES.results.title,
    '我自己的记录',
    '=SUM(A1:A3)',
  ),
  fc.string({ unit: fc.constantFrom(...'公开说明数据检查结果收入支出万元%，。0123456789.- abc'.split('')), minLength: 1, maxLength: 40 }),
);

const position = fc.record({ row: fc.nat({ max: 14 }), col: fc.nat({ max: 5 }) });

function userSheet(name: string): fc.Arbitrary<UserSheet> {
  const value = fc.oneof({ weight: 3, arbitrary: text }, { weight: 1, arbitrary: fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 100) }, { weight: 1, arbitrary: fc.boolean() });
  return fc.record({
    name: fc.constant(name),
    cells: fc.uniqueArray(fc.record({ row: fc.nat({ max: 14 }), col: fc.nat({ max: 5 }), value }), { minLength: 1, maxLength: 25, selector: (c) => `${c.row},${c.col}` }),
    note: position,
    fill: position,
    width: fc.integer({ min: 8, max: 60 }),
  });
}

/** A random 决算 (by its generator's seed, so that a counterexample reads short) and the user's sheets. */
interface Case {
  readonly accounts: { readonly seed: number; readonly items: number; readonly projects: number };
  readonly user: readonly UserSheet[];
}

const cases: fc.Arbitrary<Case> = fc
  .record({
    accounts: fc.record({ seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }), items: fc.integer({ min: 1, max: 25 }), projects: fc.integer({ min: 0, max: 2 }) }),
    names: fc.subarray([...NAMES], { minLength: 1 }),
  })
  .chain(({ accounts, names }) => fc.record({ accounts: fc.constant(accounts), user: fc.tuple(...names.map(userSheet)) }));

function bookOf(c: Case): GeneratedWorkbook {
  const data = generateAccounts(c.accounts.seed, c.accounts);
  return buildWorkbook(data, standardPlan(data));
}

// ------------------------------------------------------------------------------------------ the .xlsx host

async function xlsxOf(c: Case): Promise<Uint8Array> {
  const wb = await loadXlsx(await toXlsx(bookOf(c)));
  for (const s of c.user) {
    const ws = wb.addWorksheet(s.name);
    for (const cell of s.cells) ws.getCell(cell.row + 1, cell.col + 1).value = cell.value;
    ws.getCell(s.note.row + 1, s.note.col + 1).note = '会计自己的批注';
    ws.getCell(s.fill.row + 1, s.fill.col + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    ws.getColumn(1).width = s.width;
  }
  return writeXlsx(wb);
}

/**
 * What is the user's on their sheets, as ExcelJS reads the file: every cell's value and style, their own notes,
 * the conditional formats that are not ours, column widths. Our flags (a tagged note on a cell that had none, a
 * highlight carrying our marker) are left out here; after clearing they must be gone, which `exactly` checks.
 */
function usersPart(wb: ExcelJS.Workbook, names: readonly string[], exactly = false) {
  return names.map((name) => {
    const ws = wb.getWorksheet(name);
    if (!ws) return { name, missing: true };
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const note = typeof cell.note === 'string' ? cell.note : cell.note ? JSON.stringify(cell.note) : null;
        const own = note !== null && !note.includes(NOTE_TAG) ? note : null;
        if (cell.value === null && own === null && JSON.stringify(cell.style) === '{}' && !exactly) return;
        cells.push([cell.address, cell.value, JSON.stringify(cell.style), exactly ? note : own]);
      }),
    );
    const formats = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: unknown[] }[] }[] }).conditionalFormattings;
    const theirs = formats.filter((f) => exactly || !f.rules.some((r) => (r.formulae ?? []).some((x) => String(x).includes(FLAG_MARKER))));
    return { name, cells, formats: theirs.map((f) => f.ref), width: ws.getColumn(1).width };
  });
}

/** One step as the command line takes it: read the file with our reader, plan, apply with ExcelJS, save. */
async function step(bytes: Uint8Array, plan: (grid: WorkbookGrid) => Plan): Promise<Uint8Array> {
  const grid = await readXlsx(bytes);
  const wb = await loadXlsx(bytes);
  applyPlan(wb, plan(grid), grid);
  return writeXlsx(wb);
}

const fill = (grid: WorkbookGrid) => fillPlan(grid, explain(grid, xinjiang));
const flags = (grid: WorkbookGrid) => flagPlan(grid, check(grid).findings);

const roles = (grid: WorkbookGrid): Partial<Record<OwnedRole, string>> => Object.fromEntries([...markedSheets(grid)].map(([role, s]) => [role, s.name]));

describe('sheets of the accountant’s named like ours are never touched', () => {
  it('through the .xlsx host: fill, check --out, check again, clear; ours found by their marks after each save', async () => {
    let flaggedUserSheets = 0;
    await fc.assert(
      fc.asyncProperty(cases, async (c) => {
        const names = c.user.map((s) => s.name);
        const start = await xlsxOf(c);
        const before = usersPart(await loadXlsx(start), names, true);
        const filled = await step(start, fill);
        const checked = await step(filled, flags);
        const again = await step(checked, flags);
        for (const bytes of [filled, checked, again]) expect(usersPart(await loadXlsx(bytes), names)).toEqual(usersPart(await loadXlsx(start), names));
        if (JSON.stringify(usersPart(await loadXlsx(checked), names, true)) !== JSON.stringify(before)) flaggedUserSheets++;
        // Our sheets, found by their marks, are never the user's; a second check writes into the same sheets.
        const ours = roles(await readXlsx(again));
        expect(Object.keys(ours).sort()).toEqual(['narrative', 'results', 'supplement']);
        for (const sheet of Object.values(ours)) expect(names).not.toContain(sheet);
        expect(roles(await readXlsx(checked))).toEqual(ours);
        expect((await loadXlsx(again)).worksheets.map((w) => w.name)).toEqual((await loadXlsx(checked)).worksheets.map((w) => w.name));
        // Clearing gives the user's sheets back exactly, our notes and highlights gone; our 检查结果 and its mark too.
        const cleared = await step(again, clearFlagsPlan);
        expect(usersPart(await loadXlsx(cleared), names, true)).toEqual(before);
        const after = await readXlsx(cleared);
        expect(roles(after)).toEqual({ supplement: ours.supplement, narrative: ours.narrative });
        expect(after.sheets.map((s) => s.name)).not.toContain(ours.results);
      }),
      { numRuns: 6, examples: [[{ accounts: { seed: 7, items: 3, projects: 1 }, user: [{ name: '公开说明', cells: [{ row: 1, col: 0, value: '2022年度收入总计1.00万元。' }], note: { row: 0, col: 0 }, fill: { row: 1, col: 0 }, width: 40 }] }]] },
    );
    // The audit read the user's text and flagged it in place (then cleared it): the property was not vacuous.
    expect(flaggedUserSheets).toBeGreaterThan(0);
  }, 300_000);

  it('through the Excel stand-in: the same actions, within their sync budgets', async () => {
    let flaggedUserSheets = 0;
    await fc.assert(
      fc.asyncProperty(cases, async (c) => {
        const excel = new ExcelStandIn('1.18');
        for (const s of toGrid(bookOf(c)).sheets) excel.addSheet(s.name, s.rows as CellValue[][] as never);
        for (const s of c.user) {
          const sheet = excel.addSheet(s.name);
          for (const cell of s.cells) sheet.cell(cell.row, cell.col).value = cell.value;
          sheet.notes.set(toA1(s.note.row, s.note.col), '会计自己的批注');
          sheet.cell(s.fill.row, s.fill.col).format['format.fill.color'] = '#FFFF00';
          sheet.columnWidths.set(0, s.width * 7);
        }
        const userState = (exactly = false) =>
          c.user.map((s) => {
            const m: SheetModel = excel.sheet(s.name);
            const notes = [...m.notes].filter(([, n]) => exactly || !n.startsWith(NOTE_TAG));
            const formats = m.conditionalFormats.filter((f) => exactly || !f.formula?.includes(FLAG_MARKER));
            return JSON.stringify({ cells: [...m.cells].sort(), notes: notes.sort(), formats, widths: [...m.columnWidths] });
          });
        const before = userState(true);
        const host = new OfficeHost(excel.environment());
        await host.act(fill);
        await host.act(flags);
        await host.act(flags);
        if (JSON.stringify(userState(true)) !== JSON.stringify(before)) flaggedUserSheets++;
        expect(userState()).toEqual(before);
        const ours = excel.names.map((n) => n.sheet!.name);
        expect(ours).toHaveLength(3);
        for (const sheet of ours) expect(c.user.map((s) => s.name)).not.toContain(sheet);
        await host.apply(clearFlagsPlan(await host.read()));
        expect(userState(true)).toEqual(before);
        expect(excel.runs).toEqual([3, 3, 3, 2, 2]);
      }),
      { numRuns: 12, examples: [[{ accounts: { seed: 7, items: 3, projects: 1 }, user: [{ name: '公开说明', cells: [{ row: 1, col: 0, value: '2022年度收入总计1.00万元。' }], note: { row: 0, col: 0 }, fill: { row: 1, col: 0 }, width: 40 }] }]] },
    );
    expect(flaggedUserSheets).toBeGreaterThan(0);
  }, 300_000);
});

describe('sheets of the accountant’s named like ours are never touched in WPS', () => {
  it('through the WPS stand-in: fill, check, check again, clear; ours found by their marks each time', async () => {
    let flaggedUserSheets = 0;
    await fc.assert(
      fc.asyncProperty(cases, async (c) => {
        const et = new EtStandIn();
        for (const s of toGrid(bookOf(c)).sheets) et.addSheet(s.name, s.rows);
        for (const s of c.user) {
          const sheet = et.addSheet(s.name);
          for (const cell of s.cells) sheet.cell(cell.row, cell.col).value = cell.value;
          sheet.comments.set(toA1(s.note.row, s.note.col), '会计自己的批注');
          sheet.cell(s.fill.row, s.fill.col).format['Interior.Color'] = 0x00ffff;
          sheet.columnWidths.set(0, s.width);
        }
        const userState = (exactly = false) =>
          c.user.map((s) => {
            const m: EtSheetModel = et.sheet(s.name);
            const comments = [...m.comments].filter(([, n]) => exactly || !n.startsWith(NOTE_TAG));
            const formats = m.formatConditions.filter((f) => exactly || !f.formula1?.includes(FLAG_MARKER));
            return JSON.stringify({ cells: [...m.cells].sort(), comments: comments.sort(), formats, links: [...m.links], widths: [...m.columnWidths] });
          });
        const before = userState(true);
        const host = new WpsHost(() => et.application());
        await host.act(fill);
        await host.act(flags);
        const marked = roles(await host.read());
        await host.act(flags);
        if (JSON.stringify(userState(true)) !== JSON.stringify(before)) flaggedUserSheets++;
        expect(userState()).toEqual(before);
        // Our sheets, found by their marks, are never the user's; a second check writes into the same sheets.
        const ours = roles(await host.read());
        expect(Object.keys(ours).sort()).toEqual(['narrative', 'results', 'supplement']);
        for (const sheet of Object.values(ours)) expect(c.user.map((s) => s.name)).not.toContain(sheet);
        expect(ours).toEqual(marked);
        // Clearing gives the user's sheets back exactly, our comments and highlights gone; our 检查结果 and its mark too.
        await host.apply(clearFlagsPlan(await host.read()));
        expect(userState(true)).toEqual(before);
        const after = await host.read();
        expect(roles(after)).toEqual({ supplement: ours.supplement, narrative: ours.narrative });
        expect(after.sheets.map((s) => s.name)).not.toContain(ours.results);
      }),
      { numRuns: 12, examples: [[{ accounts: { seed: 7, items: 3, projects: 1 }, user: [{ name: '公开说明', cells: [{ row: 1, col: 0, value: '2022年度收入总计1.00万元。' }], note: { row: 0, col: 0 }, fill: { row: 1, col: 0 }, width: 40 }] }]] },
    );
    // The audit read the user's text and flagged it in place (then cleared it): the property was not vacuous.
    expect(flaggedUserSheets).toBeGreaterThan(0);
  }, 300_000);
});

describe('the marks survive a save and reopen in LibreOffice', () => {
  itWithLibreOffice('our sheets are found by their marks in the file LibreOffice saves, and the next run writes into them', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'juesuan-owned-lo-'));
    for (const [i, c] of fc.sample(cases, { numRuns: 2, seed: 15 }).entries()) {
      const names = c.user.map((s) => s.name);
      const checked = await step(await step(await xlsxOf(c), fill), flags);
      const file = path.join(dir, `case${i}.xlsx`);
      await fs.writeFile(file, checked);
      const out = path.join(dir, 'lo');
      const saved = await fs.readFile(convert(file, 'xlsx', out));
      const ours = roles(await readXlsx(checked));
      expect(Object.keys(ours)).toHaveLength(3);
      expect(roles(await readXlsx(saved))).toEqual(ours);
      // The next fill on LibreOffice's file finds the same sheets: no new sheet, the user's untouched.
      const next = await readXlsx(await step(saved, fill));
      expect(next.sheets.map((s) => s.name)).toEqual((await readXlsx(saved)).sheets.map((s) => s.name));
      const userValues = (g: WorkbookGrid) => g.sheets.filter((s) => names.includes(s.name)).map((s) => [s.name, s.rows]);
      expect(userValues(next)).toEqual(userValues(await readXlsx(saved)));
    }
  }, 240_000);
});
