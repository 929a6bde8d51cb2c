/**
 * The Office host against the strict stand-in: reading and writing within the sync budget (2 to read, 2 to
 * apply, 3 for a whole action; one more to read which columns are hidden, when some are) on the sample and on a workbook twenty times its size, requests under 5 MB,
 * flags that clear back to the original, and a clear message with nothing written for a protected sheet, a
 * cell in edit mode and a read-only workbook. Notes only from ExcelApi 1.18.
 */
import { ExcelStandIn, nameFormula, SheetModel } from '../../support/excelStandIn';
import { OfficeHost } from '../../../src/hosts/office/host';
import { HIDDEN_ASKED_IN_ALL } from '../../../src/hosts/office/read';
import { HostError } from '../../../src/hosts/office/environment';
import { cellAt, WorkbookGrid } from '../../../src/engine/grid/cell';
import { recognise } from '../../../src/engine/recognise/recognise';
import { inspectReport } from '../../../src/engine/report/inspect';
import { check, explain, fillPlan } from '../../../src/engine/workflow';
import { clearFlagsPlan, flagPlan } from '../../../src/engine/audit/flags';
import { xinjiang } from '../../../src/engine/narrative/presets';
import { FLAG_MARKER, NOTE_TAG } from '../../../src/engine/plan/plan';
import { sample, sampleData } from '../../support/ruleTester';
import { withHiddenCopy, withHiddenRowCopy } from '../../support/layouts';

const FIVE_MB = 5 * 1024 * 1024;

function standInFrom(grid: WorkbookGrid, version = '1.18', copies = 1): ExcelStandIn {
  const excel = new ExcelStandIn(version);
  for (let k = 0; k < copies; k++) {
    for (const s of grid.sheets) excel.addSheet(copies === 1 ? s.name : `${s.name}${k ? `(${k})` : ''}`, s.rows.map((r) => [...r]) as never);
  }
  return excel;
}

function state(excel: ExcelStandIn) {
  return {
    sheets: excel.sheets.map((s: SheetModel) => ({
      name: s.name,
      cells: [...s.cells].filter(([, c]) => c.value !== null || c.formula !== undefined).map(([k, c]) => [k, c.value, c.formula ?? null]).sort(),
      formats: s.conditionalFormats.map((f) => [f.address, f.formula]),
      notes: [...s.notes].sort(),
    })),
    names: excel.names.map((n) => [n.name, nameFormula(n), n.visible]),
  };
}

const data = sampleData();
const fill = (grid: WorkbookGrid) => fillPlan(grid, explain(grid, xinjiang, data));
const flags = (grid: WorkbookGrid) => flagPlan(grid, check(grid, data).findings);

describe('the stand-in is strict', () => {
  it('throws on reading a property that was not loaded, or before the sync that loads it', async () => {
    const excel = standInFrom(sample());
    await excel.environment().run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(/not loaded/);
      sheets.load('items/name');
      expect(() => sheets.items).toThrow(/not loaded/);
      await context.sync();
      expect(sheets.items[0]!.name).toBe('收入支出决算总表');
      expect(() => sheets.items[0]!.visibility).toThrow(/not loaded/);
    });
  });
});

describe('reading the open workbook', () => {
  it('reads every sheet in one Excel.run with two syncs, as the engine reads the .xlsx', async () => {
    const grid = sample();
    const excel = standInFrom(grid);
    const read = await new OfficeHost(excel.environment()).read();
    expect(excel.runs).toEqual([2]);
    expect(read.sheets.map((s) => s.name)).toEqual(grid.sheets.map((s) => s.name));
    for (const s of grid.sheets) {
      const r = read.sheets.find((x) => x.name === s.name)!;
      s.rows.forEach((row, i) => row.forEach((v, j) => expect([s.name, i, j, cellAt(r, i, j)]).toEqual([s.name, i, j, v === '' ? null : v])));
    }
    expect(inspectReport(recognise(read))).toEqual(inspectReport(recognise(grid)));
  });

  it('still takes two syncs, with requests under 5 MB, on a workbook twenty times larger', async () => {
    const excel = standInFrom(sample(), '1.18', 20);
    const read = await new OfficeHost(excel.environment()).read();
    expect(read.sheets).toHaveLength(200);
    expect(excel.runs).toEqual([2]);
    expect(Math.max(...excel.requests)).toBeLessThan(FIVE_MB);
  });
});

describe('hidden columns (last year’s figures kept out of sight beside this year’s)', () => {
  const income = (g: WorkbookGrid) => recognise(g).tables.income!.rows.map((r) => [r.key, Object.values(r.figures).map((f) => f.fen)]);

  function withHidden() {
    const copied = withHiddenCopy(sample(), '收入决算表', true);
    const excel = standInFrom(copied.grid);
    excel.sheet('收入决算表').hiddenColumns.add(copied.col);
    return { excel, col: copied.col };
  }

  it('are read in one more sync, and only then: the engine reads this year’s visible column', async () => {
    const { excel, col } = withHidden();
    const read = await new OfficeHost(excel.environment()).read();
    expect(excel.runs).toEqual([3]);
    expect(read.sheets.find((s) => s.name === '收入决算表')!.hiddenColumns).toEqual([col]);
    expect(read.sheets.filter((s) => s.hiddenColumns).map((s) => s.name)).toEqual(['收入决算表']);
    expect(income(read)).toEqual(income(sample()));
  });

  it('an action computes its plan from the grid with them (one sync more than the three)', async () => {
    const { excel, col } = withHidden();
    let seen: WorkbookGrid | undefined;
    await new OfficeHost(excel.environment()).act((g) => {
      seen = g;
      return flags(g);
    });
    expect(excel.runs).toEqual([4]);
    expect(seen!.sheets.find((s) => s.name === '收入决算表')!.hiddenColumns).toEqual([col]);
    expect(income(seen!)).toEqual(income(sample()));
  });

  it('a used range wider than any table (a stray cell far right): its first columns are still asked', async () => {
    const { excel, col } = withHidden();
    excel.sheet('收入决算表').cell(3, 400).value = '备注';
    const read = await new OfficeHost(excel.environment()).read();
    expect(read.sheets.find((s) => s.name === '收入决算表')!.hiddenColumns).toEqual([col]);
    expect(income(read)).toEqual(income(sample()));
  });

  it('a sheet whose every used column is hidden says so without asking column by column', async () => {
    const excel = standInFrom(sample());
    const sheet = excel.sheet('收入决算表');
    for (let c = 0; c < 20; c++) sheet.hiddenColumns.add(c);
    const read = await new OfficeHost(excel.environment()).read();
    expect(excel.runs).toEqual([2]);
    const hidden = read.sheets.find((s) => s.name === '收入决算表')!.hiddenColumns!;
    expect(hidden[0]).toBe(0);
    expect(hidden.length).toBe(Math.max(...read.sheets.find((s) => s.name === '收入决算表')!.rows.map((r) => r.length)));
  });
});

describe('hidden rows (last year’s row kept above this year’s, zero rows hidden before printing)', () => {
  const income = (g: WorkbookGrid) => recognise(g).tables.income!.rows.map((r) => [r.key, Object.values(r.figures).map((f) => f.fen)]);

  function withHidden() {
    const copied = withHiddenRowCopy(sample(), '收入决算表', true);
    const excel = standInFrom(copied.grid);
    excel.sheet('收入决算表').hiddenRows.add(copied.row);
    return { excel, row: copied.row };
  }

  it('are read in one more sync, and only then: the engine reads this year’s visible row', async () => {
    const { excel, row } = withHidden();
    const read = await new OfficeHost(excel.environment()).read();
    expect(excel.runs).toEqual([3]);
    expect(read.sheets.find((s) => s.name === '收入决算表')!.hiddenRows).toEqual([row]);
    expect(read.sheets.filter((s) => s.hiddenRows).map((s) => s.name)).toEqual(['收入决算表']);
    expect(income(read)).toEqual(income(sample()));
  });

  it('an action computes its plan from the grid with them (one sync more than the three), as with hidden columns in the same sync', async () => {
    const { excel, row } = withHidden();
    const copied = withHiddenCopy(sample(), '支出决算表', true);
    excel.sheet('支出决算表').hiddenColumns.add(copied.col);
    let seen: WorkbookGrid | undefined;
    await new OfficeHost(excel.environment()).act((g) => {
      seen = g;
      return flags(g);
    });
    expect(excel.runs).toEqual([4]);
    expect(seen!.sheets.find((s) => s.name === '收入决算表')!.hiddenRows).toEqual([row]);
    expect(seen!.sheets.find((s) => s.name === '支出决算表')!.hiddenColumns).toEqual([copied.col]);
    expect(income(seen!)).toEqual(income(sample()));
  });

  it('asks about some thousands of columns and rows in all, whatever the workbook: its one request stays far under 5 MB', async () => {
    // Two hundred sheets, each hiding a row and a column: every one would be asked row by row and column by column.
    const excel = standInFrom(sample(), '1.18', 20);
    for (const sheet of excel.sheets) {
      sheet.hiddenRows.add(8);
      sheet.hiddenColumns.add(3);
    }
    const read = await new OfficeHost(excel.environment()).read();
    expect(excel.runs).toEqual([3]);
    // The stand-in counts a load at some 90 bytes, Excel at a few hundred: HIDDEN_ASKED_IN_ALL of them, not 200 sheets' worth.
    expect(excel.requests[2]).toBeLessThan(HIDDEN_ASKED_IN_ALL * 120);
    expect(read.sheets[0]!.hiddenRows).toEqual([8]);
    expect(read.sheets[0]!.hiddenColumns).toEqual([3]);
    // Past the budget a sheet's rows read as shown, as where a host cannot tell.
    expect(read.sheets[read.sheets.length - 1]!.hiddenRows).toBeUndefined();
  });

  it('a sheet whose every used row is hidden says so without asking row by row', async () => {
    const excel = standInFrom(sample());
    const sheet = excel.sheet('收入决算表');
    const height = sample().sheets.find((s) => s.name === '收入决算表')!.rows.length;
    for (let r = 0; r < height + 5; r++) sheet.hiddenRows.add(r);
    const read = await new OfficeHost(excel.environment()).read();
    expect(excel.runs).toEqual([2]);
    expect(read.sheets.find((s) => s.name === '收入决算表')!.hiddenRows).toEqual(Array.from({ length: height }, (_, r) => r));
  });
});

describe('writing plans', () => {
  it('fills a workbook twenty times larger in three syncs too, with requests under 5 MB', async () => {
    const excel = standInFrom(sample(), '1.18', 20);
    await new OfficeHost(excel.environment()).act(fill);
    expect(excel.runs).toEqual([3]);
    expect(Math.max(...excel.requests)).toBeLessThan(FIVE_MB);
  });

  it('fills the workbook in one action of three syncs', async () => {
    const excel = standInFrom(sample());
    const host = new OfficeHost(excel.environment());
    const result = await host.act(fill);
    expect(excel.runs).toEqual([3]);
    expect(result.skipped).toEqual([]);
    const supplement = excel.sheet('说明数据');
    const row = [...supplement.cells].find(([, c]) => c.value === '收入总计')![0].split(',').map(Number)[0]!;
    expect(supplement.peek(row, 2)!.formula).toBe('ROUND(收入支出决算总表!C35,2)');
    expect(supplement.peek(row, 3)!.value).toBe(1801.23);
    expect(excel.sheet('公开说明').peek(0, 0)!.value).toBe('新疆昌吉州政务服务和公共资源交易管理局2022年度部门决算公开说明');
  });

  it('flags in three syncs whatever the number of findings, also twenty times larger', async () => {
    for (const copies of [1, 20]) {
      const grid = sample();
      (grid.sheets.find((s) => s.name === '收入决算表')!.rows[8] as unknown[])[3] = 224.14;
      const excel = standInFrom(grid, '1.18', copies);
      await new OfficeHost(excel.environment()).act(flags);
      expect(excel.runs).toEqual([3]);
      expect(Math.max(...excel.requests)).toBeLessThan(FIVE_MB);
      const ours = excel.sheets.flatMap((s) => s.conditionalFormats).filter((f) => f.formula?.includes(FLAG_MARKER));
      expect(ours.length).toBeGreaterThan(0);
      expect(excel.sheet('收入决算表').notes.get('D9') ?? [...excel.sheet('收入决算表').notes.values()].join()).toContain(NOTE_TAG);
    }
  });

  it('clears the flags back to the workbook as it was, keeping the accountant’s own note and format', async () => {
    const grid = sample();
    (grid.sheets.find((s) => s.name === '收入决算表')!.rows[8] as unknown[])[3] = 224.14;
    const excel = standInFrom(grid);
    excel.sheet('收入决算表').notes.set('A1', '会计的批注');
    excel.sheet('收入决算表').conditionalFormats.push({ id: 999, address: 'C6:C28', type: 'CellValue' });
    const before = state(excel);
    const host = new OfficeHost(excel.environment());
    const flagged = await host.act(flags);
    expect(flagged.skipped).toEqual([expect.stringContaining('工作表“收入决算表”有您自己的批注')]);
    expect(excel.sheet('收入决算表').notes.get('A1')).toBe('会计的批注');
    await host.apply(clearFlagsPlan(await host.read()));
    expect(excel.runs.slice(-2)).toEqual([2, 2]);
    expect(state(excel)).toEqual(before);
  });

  it('writes text that looks like a formula as text', async () => {
    const excel = standInFrom({ sheets: [{ name: 'T', rows: [] }] });
    await new OfficeHost(excel.environment()).apply({
      ops: [
        { op: 'ensureSheet', sheet: 'S' },
        { op: 'markSheet', sheet: 'S', role: 'narrative' },
        { op: 'setCells', sheet: 'S', row: 0, col: 0, cells: [[{ value: '=HYPERLINK("http://x","y")' }, { value: '+1' }, { formula: 'A1' }]] },
      ],
      summary: [],
    });
    const s = excel.sheet('S');
    expect([s.peek(0, 0)!.value, s.peek(0, 0)!.formula, s.peek(0, 1)!.value, s.peek(0, 2)!.formula]).toEqual(['=HYPERLINK("http://x","y")', undefined, '+1', 'A1']);
  });
});

describe('what stops a write, with nothing written', () => {
  const cases: [string, (excel: ExcelStandIn) => void, RegExp][] = [
    ['a protected sheet', (e) => (e.sheet('收入决算表').protected = true), /工作表“收入决算表”受保护.*没有写入任何内容/],
    ['a cell in edit mode', (e) => (e.editMode = true), /单元格编辑状态.*没有写入任何内容/],
    ['a read-only workbook', (e) => (e.readOnly = true), /只读.*没有写入任何内容/],
  ];
  it.each(cases)('%s', async (_what, setUp, message) => {
    const grid = sample();
    (grid.sheets.find((s) => s.name === '收入决算表')!.rows[8] as unknown[])[3] = 224.14;
    const excel = standInFrom(grid);
    setUp(excel);
    const before = state(excel);
    const error = await new OfficeHost(excel.environment()).act(flags).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(message);
    expect(state(excel)).toEqual(before);
  });
});

describe('older Excel', () => {
  it('with ExcelApi 1.7: no notes (said so), one conditional format per cell, still three syncs', async () => {
    const grid = sample();
    (grid.sheets.find((s) => s.name === '收入决算表')!.rows[8] as unknown[])[3] = 224.14;
    const excel = standInFrom(grid, '1.7');
    const host = new OfficeHost(excel.environment());
    expect(host.supportsNotes).toBe(false);
    const result = await host.act(flags);
    expect(excel.runs).toEqual([3]);
    expect(result.skipped[0]).toContain('需要 ExcelApi 1.18');
    expect(excel.sheets.every((s) => s.notes.size === 0)).toBe(true);
    const ours = excel.sheets.flatMap((s) => s.conditionalFormats).filter((f) => f.formula?.includes(FLAG_MARKER));
    expect(ours.every((f) => !f.address.includes(','))).toBe(true);
  });
});
