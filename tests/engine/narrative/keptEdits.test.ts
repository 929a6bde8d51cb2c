/**
 * Writing the 公开说明 sheet again after the accountant edited the text the add-in wrote: their sheet is kept as it
 * is (theirs from then on), the new text goes beside it, and the summary says which cells told.
 */
import { loadXlsx, workbookToGrid } from '../../../src/hosts/xlsx/read';
import { applyPlanToGrid } from '../../../src/engine/plan/applyToGrid';
import { guardPlan } from '../../../src/engine/plan/guard';
import { partialWrite } from '../../../src/engine/plan/partial';
import { markedSheets } from '../../../src/engine/plan/owned';
import { explain } from '../../../src/engine/workflow';
import { narrativeEdits, narrativeSheetPlan, NARRATIVE_SHEET, removeChartsPlan } from '../../../src/engine/narrative/sheet';
import type { Plan, PlanCell } from '../../../src/engine/plan/plan';
import { CellValue, SheetGrid, WorkbookGrid } from '../../../src/engine/grid/cell';
import { parseA1 } from '../../../src/engine/grid/address';
import { xinjiang } from '../../../src/engine/narrative/presets';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toXlsx } from '../../../fixtures/workbook';

const json = () => JSON.parse(JSON.stringify(changji2022Supplement));
const plan = (grid: WorkbookGrid): Plan => narrativeSheetPlan(grid, explain(grid, xinjiang, json()).document);

let first: WorkbookGrid;
beforeAll(async () => {
  const grid = workbookToGrid(await loadXlsx(await toXlsx(buildWorkbook(changji2022, standardPlan(changji2022)))));
  first = applyPlanToGrid(grid, plan(grid));
});

const narrative = (grid: WorkbookGrid) => markedSheets(grid).get('narrative')!;

/** The grid with the 公开说明 sheet edited: cells set, or rows inserted / deleted at a 0-based row. */
function edit(grid: WorkbookGrid, change: (rows: CellValue[][]) => void): WorkbookGrid {
  return {
    ...grid,
    sheets: grid.sheets.map((s): SheetGrid => {
      if (s.name !== NARRATIVE_SHEET) return s;
      const rows = s.rows.map((r) => [...r]);
      change(rows);
      return { ...s, rows };
    }),
  };
}
const set = (cell: string, v: CellValue) => (rows: CellValue[][]) => {
  const { row, col } = parseA1(cell);
  while (rows.length <= row) rows.push([]);
  rows[row]![col] = v;
};

describe('the 公开说明 sheet written again', () => {
  it('is written in place, with each line fingerprinted in hidden column B, while nothing in it was edited', () => {
    const sheet = narrative(first);
    expect(sheet.name).toBe(NARRATIVE_SHEET);
    expect(sheet.rows[0]![1]).toMatch(/^1\/\d+\/[0-9a-z]+$/);
    const again = plan(first);
    expect(again.summary[0]).toMatch(/^在工作表“公开说明”写入公开说明 \d+ 行/);
    expect(again.ops.filter((op) => op.op === 'setCells' && op.sheet === NARRATIVE_SHEET).length).toBeGreaterThan(0);
    expect(again.ops).toContainEqual(expect.objectContaining({ op: 'setSheetLayout', sheet: NARRATIVE_SHEET, hiddenColumns: [1] }));
    expect(narrativeEdits(sheet, [])).toEqual([]);
  });

  it.each([
    ['a line changed', set('A4', '我改写的主要职能。'), ['A4']],
    ['a line added', (rows: CellValue[][]) => rows.splice(5, 0, ['我加的一段。']), ['A6']],
    ['a line deleted', (rows: CellValue[][]) => rows.splice(5, 1), ['A6']],
    ['the last line deleted', (rows: CellValue[][]) => rows.splice(rows.findIndex((r) => r[1] === undefined || r[1] === null) - 1, 1), undefined],
    ['a note typed beside the text', set('F3', '待核实'), ['F3']],
  ] as const)('is kept whole when %s, and the new text goes to a sheet of its own', (_what, change, cells) => {
    const grid = edit(first, change);
    const p = plan(grid);
    guardPlan(grid, p);
    // Nothing of the edited sheet is written, cleared or laid out.
    expect(p.ops.filter((op) => 'sheet' in op && op.sheet === NARRATIVE_SHEET)).toEqual([]);
    expect(p.ops.slice(0, 2)).toEqual([
      { op: 'ensureSheet', sheet: '公开说明（生成）' },
      { op: 'markSheet', sheet: '公开说明（生成）', role: 'narrative' },
    ]);
    const line = p.summary[0]!;
    expect(line).toMatch(/^工作表“公开说明”中有您改过的内容（[A-Z]+\d+），不作任何改动，从此作为您自己的工作表；新生成的公开说明写在新工作表“公开说明（生成）”，以后按标记找到它。需要时请把您的改动抄到新表。$/);
    if (cells) expect(line).toContain(`（${cells.join('、')}）`);
    // The next run finds the new sheet by its mark; the edited one is the accountant's.
    const after = applyPlanToGrid(grid, p);
    expect(narrative(after).name).toBe('公开说明（生成）');
    expect(after.sheets.find((s) => s.name === NARRATIVE_SHEET)!.rows).toEqual(grid.sheets.find((s) => s.name === NARRATIVE_SHEET)!.rows);
  });

  it('keeps a sheet written before the fingerprints whose text differs from the new one, saying it cannot tell what was edited', () => {
    const legacy = edit(first, (rows) => {
      rows.forEach((r) => r.splice(1, 1, null));
      rows[3]![0] = '旧版本写的文字。';
    });
    const p = plan(legacy);
    expect(p.summary[0]).toBe(
      '工作表“公开说明”由决算公开助手早先的版本写入，其中的文字或图表数据与这次生成的不同，无法确认哪些是您改过的，因此不作任何改动，从此作为您自己的工作表；新生成的公开说明写在新工作表“公开说明（生成）”，以后按标记找到它。需要时请把您的改动抄到新表。',
    );
    // The same text as the new one: written in place.
    const same = edit(first, (rows) => rows.forEach((r) => r.splice(1, 1, null)));
    expect(plan(same).summary[0]).toMatch(/^在工作表“公开说明”写入/);
  });

  describe('the chart data under the text (C–E), each row fingerprinted in column B', () => {
    /** The 0-based row of the first chart's title (图1 …) in column C, and of the first row of its figures. */
    const chartRow = () => narrative(first).rows.findIndex((r) => typeof r[2] === 'string' && r[2].startsWith('图1 '));

    it('is written again in place while untouched, its rows’ fingerprints beside them', () => {
      const r = chartRow();
      expect(r).toBeGreaterThan(0);
      expect(narrative(first).rows[r]![1]).toMatch(/^图\/[0-9a-z]+$/);
      expect(narrative(first).rows[r + 2]![1]).toMatch(/^图\/[0-9a-z]+$/);
      expect(plan(first).summary[0]).toMatch(/^在工作表“公开说明”写入/);
    });

    it.each([
      // A row of chart data is told by its fingerprint as a whole: named by its first cell.
      ['a figure of the chart data typed over', (r: number) => set(`D${r + 3}`, 999.99), (r: number) => `C${r + 3}`],
      ['a category renamed', (r: number) => set(`C${r + 3}`, '我改的名称'), (r: number) => `C${r + 3}`],
      ['a note typed in C–E between two charts', (r: number) => set(`E${r + 15}`, '备注：含追加'), (r: number) => `E${r + 15}`],
      ['a figure of the chart data deleted', (r: number) => set(`D${r + 3}`, null), (r: number) => `C${r + 3}`],
    ] as const)('is the accountant’s when %s: the sheet is kept whole, what was typed with it', (_what, change, cell) => {
      const r = chartRow();
      const grid = edit(first, change(r));
      const p = plan(grid);
      guardPlan(grid, p);
      expect(p.ops.filter((op) => 'sheet' in op && op.sheet === NARRATIVE_SHEET)).toEqual([]);
      expect(p.summary[0]).toContain(`工作表“公开说明”中有您改过的内容（${cell(r)}）`);
      const after = applyPlanToGrid(grid, p);
      expect(after.sheets.find((s) => s.name === NARRATIVE_SHEET)!.rows).toEqual(grid.sheets.find((s) => s.name === NARRATIVE_SHEET)!.rows);
    });

    describe('of a sheet written before the chart data had fingerprints (column B empty under the text)', () => {
      const legacy = (change: (rows: CellValue[][]) => void = () => undefined) =>
        edit(first, (rows) => {
          rows.forEach((x) => typeof x[1] === 'string' && x[1].startsWith('图/') && (x[1] = null));
          change(rows);
        });
      /** The sheet's text lines, and its chart data as a run writing `lines` would write it (a figure changed by `change`). */
      const written = (sheet: SheetGrid, change: (cells: PlanCell[][]) => void = () => undefined) => {
        const lines = sheet.rows.filter((x) => typeof x[1] === 'string' && /^\d+\/\d+\//.test(x[1])).map((x) => String(x[0]));
        const top = lines.length + 1;
        const cells = sheet.rows.slice(top).map((x) => x.slice(2, 5).map((v) => (v === null || v === undefined ? {} : { value: v as string | number })));
        change(cells);
        return { lines, chartData: { top, cells } };
      };

      it('is written again in place while its chart data is as this run writes it', () => {
        expect(plan(legacy()).summary[0]).toMatch(/^在工作表“公开说明”写入/);
      });

      it('is the accountant’s when a figure of its chart data was typed over: kept whole, the cell named', () => {
        const r = chartRow();
        const grid = legacy(set(`D${r + 3}`, 999.99));
        const p = plan(grid);
        expect(p.ops.filter((op) => 'sheet' in op && op.sheet === NARRATIVE_SHEET)).toEqual([]);
        expect(p.summary[0]).toContain(`工作表“公开说明”中有您改过的内容（D${r + 3}）`);
      });

      it('cannot tell a typed figure from data written for other figures where the text differs too: kept, saying so', () => {
        const sheet = narrative(legacy());
        const { lines, chartData } = written(sheet, (cells) => (cells[2]![1] = { value: 1.23 }));
        // The same text: the one cell that differs is named.
        expect(narrativeEdits(sheet, lines, chartData)).toEqual([`D${chartData.top + 3}`]);
        // Another text (the tables changed since): which of the data was typed cannot be told.
        expect(narrativeEdits(sheet, [...lines.slice(0, -1), '新的一段。'], chartData)).toBeUndefined();
        const grid = legacy((rows) => (rows[chartData.top + 2]![3] = 1.23));
        const changedTables = narrativeSheetPlan(grid, { ...explain(grid, xinjiang, json()).document, title: '新的标题' });
        expect(changedTables.summary[0]).toMatch(/^工作表“公开说明”由决算公开助手早先的版本写入，其中的文字或图表数据与这次生成的不同，无法确认哪些是您改过的/);
        // Data as this run writes it: no edit, whatever the text.
        expect(narrativeEdits(sheet, [...lines.slice(0, -1), '新的一段。'], written(sheet).chartData)).toEqual([]);
      });
    });

    it('删除图表 takes the fingerprints with the data: the next run writes in place', () => {
      const removed = applyPlanToGrid(first, removeChartsPlan(first));
      expect(narrative(removed).rows.some((r) => typeof r[1] === 'string' && r[1].startsWith('图/'))).toBe(false);
      expect(plan(removed).summary[0]).toMatch(/^在工作表“公开说明”写入/);
    });
  });

  describe('删除图表 clears only what the add-in wrote in C–E and is still as written', () => {
    const chartRow = () => narrative(first).rows.findIndex((r) => typeof r[2] === 'string' && r[2].startsWith('图1 '));
    const at = (grid: WorkbookGrid, cell: string) => {
      const { row, col } = parseA1(cell);
      return narrative(grid).rows[row]?.[col] ?? null;
    };

    it('keeps a changed row of chart data, a note typed between the charts and one beside the text, and says which', () => {
      const r = chartRow();
      const grid = edit(first, (rows) => {
        set(`D${r + 3}`, 999.99)(rows);
        set(`E${r + 15}`, '备注：含追加')(rows);
        set('E3', '待核实')(rows);
      });
      const p = removeChartsPlan(grid);
      expect(removeChartsPlan(grid, explain(grid, xinjiang, json()).document)).toEqual(p);
      guardPlan(grid, p);
      const after = applyPlanToGrid(grid, p);
      // Kept as typed: the changed row whole (with its fingerprint, which still tells it), the two notes.
      for (const cell of [`C${r + 3}`, `D${r + 3}`, `E${r + 3}`, `B${r + 3}`, `E${r + 15}`, 'E3']) expect(at(after, cell)).toEqual(at(grid, cell));
      expect(at(after, `D${r + 3}`)).toBe(999.99);
      // The rest of the chart data, as the add-in wrote it, goes with its fingerprints.
      for (const cell of [`C${r + 1}`, `B${r + 1}`, `C${r + 2}`, `C${r + 4}`, `D${r + 4}`, `B${r + 4}`]) expect(at(after, cell)).toBeNull();
      expect(at(grid, `C${r + 4}`)).not.toBeNull();
      // The text stays.
      expect(narrative(after).rows.map((x) => x[0] ?? null)).toEqual(narrative(grid).rows.map((x) => x[0] ?? null));
      expect(p.summary).toEqual([
        '删除工作表“公开说明”中决算公开助手画的图表，和 C 至 E 列中仍是助手所写的 ' + String(p.summary[0]!.match(/(\d+) 行/)![1]) + ' 行图表数据，公开说明文字不变。',
        `保留 C${r + 3}、D${r + 3}：这些图表数据在决算公开助手写入后被改过，按您改过的内容保留，未删除。`,
        `保留 E3、E${r + 15}：这些单元格的内容不是决算公开助手写入的，未删除。`,
      ]);
      // The next run tells all three from its own data: the sheet is the accountant's, kept whole.
      const next = plan(after);
      expect(next.ops.filter((op) => 'sheet' in op && op.sheet === NARRATIVE_SHEET)).toEqual([]);
      expect(next.summary[0]).toContain(`中有您改过的内容（E3、C${r + 3}、E${r + 15}）`);
    });

    it('leaves a note typed between the charts one the next run tells from its own data, though no chart fingerprint is left', () => {
      const r = chartRow();
      const grid = edit(first, set(`E${r + 15}`, '备注：含追加'));
      const after = applyPlanToGrid(grid, removeChartsPlan(grid));
      expect(at(after, `E${r + 15}`)).toBe('备注：含追加');
      const next = plan(after);
      expect(next.ops.filter((op) => 'sheet' in op && op.sheet === NARRATIVE_SHEET)).toEqual([]);
      expect(next.summary[0]).toContain(`中有您改过的内容（E${r + 15}）`);
    });

    it('a second 删除图表 says a note the first kept was kept before, not a change', () => {
      const r = chartRow();
      const once = applyPlanToGrid(edit(first, set(`E${r + 15}`, '备注：含追加')), removeChartsPlan(edit(first, set(`E${r + 15}`, '备注：含追加'))));
      const p = removeChartsPlan(once);
      expect(p.summary.slice(1)).toEqual([`保留 E${r + 15}：这些内容在先前删除图表时已保留（不是决算公开助手现在所写的），这次仍未删除。如不需要，请核对后手动删除。`]);
      expect(at(applyPlanToGrid(once, p), `E${r + 15}`)).toBe('备注：含追加');
    });

    it('clears everything it wrote when nothing was typed, in few ranges', () => {
      const p = removeChartsPlan(first);
      expect(p.summary).toEqual(['删除工作表“公开说明”中决算公开助手画的图表和图表数据（C 至 E 列），公开说明文字不变。']);
      // The document this run writes changes nothing on a sheet whose chart data carries its fingerprints.
      expect(removeChartsPlan(first, explain(first, xinjiang, json()).document)).toEqual(p);
      expect(p.ops.filter((op) => op.op === 'clearRange').length).toBe(narrative(first).rows.filter((x) => typeof x[2] === 'string' && /^图\d+ /.test(x[2])).length);
      const after = applyPlanToGrid(first, p);
      const r = chartRow();
      expect(narrative(after).rows.slice(r).every((x) => x.slice(1, 5).every((v) => v === null || v === undefined))).toBe(true);
    });

    describe('of a sheet written before the chart data had fingerprints (column B empty under the text)', () => {
      const doc = (grid: WorkbookGrid) => explain(grid, xinjiang, json()).document;
      const legacy = (change: (rows: CellValue[][]) => void = () => undefined) =>
        edit(first, (rows) => {
          rows.forEach((x) => typeof x[1] === 'string' && x[1].startsWith('图/') && (x[1] = null));
          change(rows);
        });

      it('clears the data under the text that is as this run writes it, and keeps what is beside the text', () => {
        const r = chartRow();
        const grid = legacy(set('E3', '待核实'));
        const p = removeChartsPlan(grid, doc(grid));
        guardPlan(grid, p);
        const after = applyPlanToGrid(grid, p);
        expect(at(after, 'E3')).toBe('待核实');
        expect(at(after, `C${r + 1}`)).toBeNull();
        expect(at(after, `D${r + 3}`)).toBeNull();
        expect(narrative(after).rows.slice(r).every((x) => x.slice(1, 5).every((v) => v === null || v === undefined))).toBe(true);
        expect(p.summary[1]).toBe('保留 E3：这些单元格的内容不是决算公开助手写入的，未删除。');
        expect(p.summary).toHaveLength(2);
      });

      it('keeps a figure typed over in the chart data, with its row, and says which and what to do', () => {
        // Before: 删除图表 cleared D(r+3) with the rest of the data under the text, the 999.99 typed there lost.
        const r = chartRow();
        const grid = legacy(set(`D${r + 3}`, 999.99));
        const p = removeChartsPlan(grid, doc(grid));
        guardPlan(grid, p);
        const after = applyPlanToGrid(grid, p);
        expect(at(after, `D${r + 3}`)).toBe(999.99);
        // Its row kept whole: the category beside the figure typed, and the add-in's other figure of the row.
        for (const cell of [`C${r + 3}`, `E${r + 3}`]) expect(at(after, cell)).toEqual(at(grid, cell));
        expect(at(grid, `C${r + 3}`)).not.toBeNull();
        // The rest, as this run writes it, goes.
        for (const cell of [`C${r + 1}`, `C${r + 2}`, `C${r + 4}`, `D${r + 4}`]) expect(at(after, cell)).toBeNull();
        expect(p.summary).toEqual([
          '删除工作表“公开说明”中决算公开助手画的图表，和 C 至 E 列中仍是助手所写的 ' + String(p.summary[0]!.match(/(\d+) 行/)![1]) + ' 行图表数据，公开说明文字不变。',
          `保留 D${r + 3}：工作表“公开说明”由决算公开助手早先的版本写入，这些图表数据与这次生成的不同，可能是您改过的，连同所在行一起保留，未删除。如不需要，请核对后手动删除。`,
        ]);
        // The next run tells the row kept from its own data: the sheet is the accountant's, kept whole.
        const next = plan(after);
        expect(next.ops.filter((op) => 'sheet' in op && op.sheet === NARRATIVE_SHEET)).toEqual([]);
        expect(next.summary[0]).toContain(`中有您改过的内容（C${r + 3}）`);
      });

      it('keeps data written for other figures (the tables changed since): what differs cannot be told from what was typed', () => {
        const r = chartRow();
        const grid = legacy();
        const now = doc(grid);
        // This run's first chart with its first figure 0.01 万元 more than the sheet's.
        const figures = now.parts.flatMap((p) => p.sections.flatMap((x) => x.figures ?? []));
        const chart = figures[0]!.chart as unknown as { items: { cents: number }[] };
        chart.items[0] = { ...chart.items[0]!, cents: chart.items[0]!.cents + 1 };
        const p = removeChartsPlan(grid, now);
        const after = applyPlanToGrid(grid, p);
        expect(at(after, `D${r + 3}`)).toEqual(at(grid, `D${r + 3}`));
        expect(at(after, `C${r + 3}`)).toEqual(at(grid, `C${r + 3}`));
        expect(at(after, `C${r + 4}`)).toBeNull();
        expect(p.summary[1]).toMatch(new RegExp(`^保留 [CD]${r + 3}：工作表“公开说明”由决算公开助手早先的版本写入，这些图表数据与这次生成的不同`));
      });

      it('without the document this run writes, clears none of the data under the text and says so', () => {
        const r = chartRow();
        const grid = legacy(set(`D${r + 3}`, 999.99));
        const p = removeChartsPlan(grid);
        guardPlan(grid, p);
        const after = applyPlanToGrid(grid, p);
        for (const cell of [`C${r + 1}`, `D${r + 3}`, `C${r + 4}`]) expect(at(after, cell)).toEqual(at(grid, cell));
        expect(p.summary[0]).toBe('删除工作表“公开说明”中决算公开助手画的图表，和 C 至 E 列中仍是助手所写的 0 行图表数据，公开说明文字不变。');
        expect(p.summary[1]).toMatch(new RegExp(`^保留 C${r + 1}、.+ 等：工作表“公开说明”由决算公开助手早先的版本写入，无法确认这些图表数据是否被您改过，连同所在行一起保留，未删除。如不需要，请核对后手动删除。$`));
      });

      it('a second 删除图表 says the rows the first kept were kept before, not changed anew, and leaves them; 清除 restores exactly', () => {
        // Before: "保留 C…、D…、E…：这些图表数据在决算公开助手写入后被改过，按您改过的内容保留" of the row the first kept.
        const r = chartRow();
        const grid = legacy(set(`D${r + 3}`, 999.99));
        const once = applyPlanToGrid(grid, removeChartsPlan(grid, doc(grid)));
        for (const p of [removeChartsPlan(once, doc(once)), removeChartsPlan(once)]) {
          expect(p.summary).toEqual([
            '删除工作表“公开说明”中决算公开助手画的图表，和 C 至 E 列中仍是助手所写的 0 行图表数据，公开说明文字不变。',
            `保留 C${r + 3}、D${r + 3}：这些内容在先前删除图表时已保留（不是决算公开助手现在所写的），这次仍未删除。如不需要，请核对后手动删除。`,
          ]);
          guardPlan(once, p);
          const twice = applyPlanToGrid(once, p);
          expect(narrative(twice).rows.map((x) => x.slice(0, 5).map((v) => v ?? null))).toEqual(narrative(once).rows.map((x) => x.slice(0, 5).map((v) => v ?? null)));
          for (let n = 1; n <= p.ops.length; n++) {
            const failed = applyPlanToGrid(once, { ops: p.ops.slice(0, n), summary: [] });
            const { takeBack } = partialWrite(p, { grid: once, flags: new Map() }, { grid: failed, flags: new Map() });
            const restored = applyPlanToGrid(failed, takeBack);
            expect(narrative(restored).rows.map((x) => x.slice(0, 5).map((v) => v ?? null))).toEqual(narrative(once).rows.map((x) => x.slice(0, 5).map((v) => v ?? null)));
          }
        }
      });

      it('清除 after a 删除图表 that failed half-way puts back exactly what the sheet held', () => {
        const r = chartRow();
        const grid = legacy(set(`D${r + 3}`, 999.99));
        const p = removeChartsPlan(grid, doc(grid));
        for (let n = 1; n <= p.ops.length; n++) {
          const failed = applyPlanToGrid(grid, { ops: p.ops.slice(0, n), summary: [] });
          const { takeBack } = partialWrite(p, { grid, flags: new Map() }, { grid: failed, flags: new Map() });
          const restored = applyPlanToGrid(failed, takeBack);
          expect(narrative(restored).rows.map((x) => x.slice(0, 5).map((v) => v ?? null))).toEqual(narrative(grid).rows.map((x) => x.slice(0, 5).map((v) => v ?? null)));
        }
      });
    });

    it('清除 after a 删除图表 of a fingerprinted sheet that failed half-way puts back exactly what the sheet held', () => {
      const r = chartRow();
      const grid = edit(first, set(`D${r + 3}`, 999.99));
      const p = removeChartsPlan(grid, explain(grid, xinjiang, json()).document);
      expect(p.ops.filter((op) => op.op === 'clearRange').length).toBeGreaterThan(1);
      for (let n = 1; n <= p.ops.length; n++) {
        const failed = applyPlanToGrid(grid, { ops: p.ops.slice(0, n), summary: [] });
        const { takeBack } = partialWrite(p, { grid, flags: new Map() }, { grid: failed, flags: new Map() });
        const restored = applyPlanToGrid(failed, takeBack);
        expect(narrative(restored).rows.map((x) => x.slice(0, 5).map((v) => v ?? null))).toEqual(narrative(grid).rows.map((x) => x.slice(0, 5).map((v) => v ?? null)));
      }
    });
  });

  it('names the chart data columns it writes and clears alike, and the rows it writes, as the sheet numbers them: 第 a 至 b 行的 C 至 E 列', () => {
    const p = plan(first);
    const clear = p.ops.find((op) => op.op === 'clearRange' && op.left === 2);
    expect(clear).toMatchObject({ left: 2, right: 4 });
    // Not "C–E 列" (one column named C–E, to an accountant): the rows the data takes, by the numbers Excel shows.
    const data = p.ops.find((op) => op.op === 'setCells' && op.col === 2);
    if (data?.op !== 'setCells') throw new Error('no chart data written');
    const line = p.summary.find((l) => l.includes('图表数据在'));
    expect(line).toBe(`在公开说明正文下方画 4 个图表（${line!.match(/（(.*)）/)![1]}），图表数据在第 ${data.row + 1} 至 ${data.row + data.cells.length} 行的 C 至 E 列。`);
    expect(line).not.toContain('–');
  });
});
