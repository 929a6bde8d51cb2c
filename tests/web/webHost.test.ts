/**
 * The web page's workbook (web/webHost.ts): shown from our own reader, written through ExcelJS. Before ExcelJS is
 * there the pane reads our grid and the grid shows our views; the add-in's cells are shaded once the engine's part
 * is in; a typed cell waits for ExcelJS and lands; from the first write ExcelJS's workbook is the truth; a model
 * that fails to load refuses writes with a Chinese message and keeps the view.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { addinCells } from '../../src/engine/edit/addinCells';
import { flagsPlan, supplementPlan } from '../../src/engine/workflow';
import { selfEvaluationPlan } from '../../src/engine/derive/selfEvaluation';
import { writeXlsx } from '../../src/hosts/xlsx/apply';
import { loadXlsx } from '../../src/hosts/xlsx/read';
import { isUncalculated } from '../../src/engine/grid/cell';
import { recognise } from '../../src/engine/recognise/recognise';
import { gridViews, readView } from '../../src/web/gridView';
import { WebWorkbook } from '../../src/web/webHost';
import { openXlsxModel, XlsxHost } from '../../src/web/xlsxHost';
import type ExcelJS from 'exceljs';
import { withPrefixedTags } from '../../fixtures/otherWriters';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', 'changji-2022.xlsx');
const SAMPLE_DATA = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'assets', 'samples', 'changji-2022.data.json'), 'utf8')) as unknown;
const ignore = () => undefined;
const arrayBuffer = (b: Uint8Array) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

/** The sample with the add-in's 说明数据 sheet (its formulas the add-in's cells), as bytes. */
let written: Uint8Array;

beforeAll(async () => {
  const host = await openXlsxModel('x.xlsx', arrayBuffer(readFileSync(SAMPLE)), ignore);
  await host.act((grid) => supplementPlan(grid, SAMPLE_DATA));
  written = await writeXlsx((host as unknown as { workbook: ExcelJS.Workbook }).workbook);
});

/** The workbook as the page opens it (WebApp.tsx), with ExcelJS's model held until `release` is called. */
async function opened(bytes: Uint8Array, model?: () => Promise<XlsxHost>) {
  const { grid, looks } = await readView(bytes);
  const load = model ?? (() => openXlsxModel('x.xlsx', arrayBuffer(bytes), ignore, grid));
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  const views = async () => gridViews(grid, await looks());
  const shaded = async () => gridViews(grid, await looks(), addinCells(grid));
  const book = WebWorkbook.read('x.xlsx', { grid, views, shaded }, async () => {
    asked++;
    await held;
    return load();
  }, ignore);
  return { book, grid, release, asked: () => asked };
}

const addinCount = (book: WebWorkbook) => (book.views() ?? []).flatMap((v) => v.rows.flat()).filter((c) => c.addin).length;

describe('the web page’s workbook before and after ExcelJS', () => {
  it('reads our grid for the pane first; draws our views without ExcelJS, then shades the add-in’s cells, when complete', async () => {
    const { book, grid, release, asked } = await opened(written);
    expect(await book.read()).toBe(grid);
    // Held for the pane's first render.
    expect(book.held()).toBe(grid);
    expect(book.dirty).toBe(false);
    // The sheets are drawn once the pane is on screen (the page calls complete() when idle).
    expect(book.views()).toBeUndefined();
    const drawn: number[] = [];
    book.subscribe(() => drawn.push(addinCount(book)));
    const done = book.complete();
    await new Promise((r) => setTimeout(r, 0));
    expect(book.views()!.map((v) => v.name)).toEqual(grid.sheets.filter((s) => (s.state ?? 'visible') === 'visible').map((s) => s.name));
    // First as read, then with the add-in's cells shaded.
    expect(drawn).toEqual([0, addinCount(book)]);
    expect(addinCount(book)).toBeGreaterThan(10);
    expect(asked()).toBe(1);
    release();
    await done;
    // ExcelJS in, nothing written: still our grid.
    expect(await book.read()).toBe(grid);
  });

  it('holds a typed cell until ExcelJS is there, then writes it; from then on the views are ExcelJS’s', async () => {
    const { book, release } = await opened(readFileSync(SAMPLE));
    void book.complete();
    await new Promise((r) => setTimeout(r, 0));
    const sheet = book.views()![0]!.name;
    const outcome = book.edit(sheet, [{ row: 2, col: 12, text: '草稿' }]);
    expect(outcome).toBeInstanceOf(Promise);
    expect(book.views()![0]!.rows[2]?.[12]?.text ?? '').toBe('');
    release();
    expect(await outcome).toEqual({ ok: true, cells: 1, recomputed: 0 });
    expect(book.views()![0]!.rows[2]![12]!.text).toBe('草稿');
    expect(book.dirty).toBe(true);
    expect((await book.read()).sheets[0]!.rows[2]![12]).toBe('草稿');
    // ExcelJS's workbook is the truth now: the pane reads it.
    expect(book.held()).toBeUndefined();
    // Now at once, and undone at once.
    expect(book.undo()).toMatchObject({ ok: true, sheet });
    expect(book.views()![0]!.rows[2]![12]!.text).toBe('');
  });

  it('runs a pane action asked before ExcelJS arrived on ExcelJS’s workbook', async () => {
    const { book, release } = await opened(readFileSync(SAMPLE));
    const acted = book.act((grid) => flagsPlan(grid));
    release();
    const { plan } = await acted;
    expect(plan.ops.length).toBeGreaterThan(0);
    expect(book.views()!.some((v) => v.highlights.size > 0)).toBe(true);
    expect(book.views()!.map((v) => v.name)).toContain('检查结果');
  });

  it('still reads a formula the file holds without a result as never calculated after an action (not as a blank figure), until the accountant types over it', async () => {
    const wb = await loadXlsx(readFileSync(SAMPLE));
    // 收入决算表 C6: 合计, 本年收入合计 (1,372.79 in the sample), a formula a program wrote and nothing calculated.
    wb.getWorksheet('收入决算表')!.getCell('C6').value = { formula: 'SUM(C7)' } as ExcelJS.CellFormulaValue;
    const { book, release } = await opened(await writeXlsx(wb));
    release();
    const saidAtC6 = async () => recognise(await book.read()).problems.filter((p) => p.sheet === '收入决算表' && p.cell === 'C6').map((p) => p.message);
    const neverCalculated = expect.stringContaining('是公式，但文件中没有计算结果');
    expect(await saidAtC6()).toEqual([neverCalculated]);
    const { grid } = await book.act((g) => flagsPlan(g));
    expect(isUncalculated(grid.sheets.find((s) => s.name === '收入决算表')!, 5, 2)).toBe(true);
    expect(await saidAtC6()).toEqual([neverCalculated]);
    expect(await book.edit('收入决算表', [{ row: 5, col: 2, text: '1372.79' }])).toMatchObject({ ok: true });
    expect(await saidAtC6()).toEqual([]);
    // Undone, the cell holds the formula without a result again.
    expect(await book.undo()).toMatchObject({ ok: true });
    expect(await saidAtC6()).toEqual([neverCalculated]);
  });

  it('never says the add-in’s own formula worth nothing (执行率 of a project budgeted 0) was never calculated: not after writing it, nor in the file it saves', async () => {
    const wb = await loadXlsx(readFileSync(SAMPLE));
    const ws = wb.getWorksheet('项目支出绩效自评表')!;
    ws.getCell('E6').value = 0;
    for (const a of ['H6', 'I6']) ws.getCell(a).value = null;
    const neverCalculated = (g: Awaited<ReturnType<WebWorkbook['read']>>) => recognise(g).problems.filter((p) => p.message.includes('没有计算结果')).map((p) => p.cell);
    const rates = (g: Parameters<typeof selfEvaluationPlan>[0]) => selfEvaluationPlan(g, recognise(g).projects);
    const first = await opened(await writeXlsx(wb));
    first.release();
    const { plan } = await first.book.act(rates);
    expect(plan.ops.some((op) => op.op === 'setCells' && op.row === 5 && op.cells[0]!.some((c) => c?.formula !== undefined && c.value === ''))).toBe(true);
    expect(neverCalculated(await first.book.read())).toEqual([]);
    // Saved and opened again: the blank result is in the file.
    const model = (await first.book.model()) as unknown as { workbook: ExcelJS.Workbook };
    const again = await opened(await writeXlsx(model.workbook));
    expect(neverCalculated(again.grid)).toEqual([]);
    again.release();
    await again.book.act(rates);
    expect(neverCalculated(await again.book.read())).toEqual([]);
  });

  it('refuses writes with the reason when ExcelJS cannot load the workbook, and keeps showing it', async () => {
    const { book, release } = await opened(readFileSync(SAMPLE), () => Promise.reject(new Error('内存不足')));
    const done = book.complete();
    release();
    await done;
    const outcome = await book.edit(book.views()![0]!.name, [{ row: 0, col: 0, text: '1' }]);
    expect(outcome).toMatchObject({ ok: false, reason: 'unavailable', message: expect.stringContaining('无法载入编辑功能（内存不足）') });
    expect(book.failure).toContain('工作簿可以查看，但不能写入或下载');
    await expect(book.act((grid) => flagsPlan(grid))).rejects.toThrow('无法载入编辑功能');
    expect(book.views()!.length).toBe(10);
  });

  it('says, once the model is in, that an .xlsx another program wrote was rebuilt from what was read (the page’s notice), and not of an ordinary one', async () => {
    for (const [bytes, rebuilt] of [[await withPrefixedTags(readFileSync(SAMPLE)), true], [readFileSync(SAMPLE), false]] as const) {
      const { book, release } = await opened(bytes);
      expect(book.rebuilt).toBe(false);
      release();
      await book.complete();
      expect(book.failure).toBeUndefined();
      expect(book.rebuilt).toBe(rebuilt);
    }
  });

  it('draws the sheets from ExcelJS’s workbook when our reader cannot draw them', async () => {
    const bytes = readFileSync(SAMPLE);
    const { grid } = await readView(bytes);
    const cannot = () => Promise.reject(new Error('样式表已损坏'));
    const book = WebWorkbook.read('x.xlsx', { grid, views: cannot, shaded: cannot }, () => openXlsxModel('x.xlsx', arrayBuffer(bytes), ignore), ignore);
    let changes = 0;
    book.subscribe(() => changes++);
    await book.complete();
    expect(changes).toBe(1);
    expect(book.views()!.map((v) => v.name)).toEqual(grid.sheets.map((s) => s.name));
    expect(await book.read()).toBe(grid);
  });
});
