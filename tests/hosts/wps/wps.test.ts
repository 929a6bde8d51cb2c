/**
 * The WPS host against the strict ET stand-in: reading in a fixed number of calls per sheet whatever its size,
 * each action's calls on the sample and on a workbook twenty times its size (they grow with sheets and blocks,
 * never with cells), a clear message and nothing written for a protected sheet, a read-only workbook or no open
 * workbook, text written as text, workbook names read and added.
 */
import { EtError, EtStandIn } from '../../support/etStandIn';
import { etState } from '../../support/hostState';
import { WpsHost } from '../../../src/hosts/wps/host';
import { HostError } from '../../../src/hosts/hostError';
import { readNames } from '../../../src/hosts/wps/names';
import { activeWorkbook } from '../../../src/hosts/wps/apply';
import { cellAt, WorkbookGrid } from '../../../src/engine/grid/cell';
import type { Plan, PlanCell, PlanOp } from '../../../src/engine/plan/plan';
import { recognise } from '../../../src/engine/recognise/recognise';
import { inspectReport } from '../../../src/engine/report/inspect';
import { clearFlagsPlan } from '../../../src/engine/audit/flags';
import { check, explain, fillPlan, flagsPlan, narrativePlan, supplementPlan } from '../../../src/engine/workflow';
import { xinjiang } from '../../../src/engine/narrative/presets';
import { sample, sampleData } from '../../support/ruleTester';
import { withHiddenCopy, withHiddenRowCopy } from '../../support/layouts';
import { NO_CHARTS_IN_WPS } from '../../../src/hosts/noCharts';

function standIn(grid: WorkbookGrid, copies = 1, tall = 1): EtStandIn {
  const et = new EtStandIn();
  for (let k = 0; k < copies; k++) {
    for (const s of grid.sheets) {
      // A taller sheet: the same table, then (tall - 1) times its height of ledger rows below it.
      const extra = Array.from({ length: s.rows.length * (tall - 1) }, (_, i) => ['凭证', i + 1, (i % 97) + 0.5]);
      et.addSheet(copies === 1 ? s.name : `${s.name}${k ? `(${k})` : ''}`, [...s.rows, ...extra]);
    }
  }
  return et;
}

/** The sample with a 错误 (其他收入 on 收入决算表 D9). */
function mistaken(): WorkbookGrid {
  const grid = sample();
  (grid.sheets.find((s) => s.name === '收入决算表')!.rows[8] as unknown[])[3] = 224.14;
  return grid;
}

const data = sampleData();

/** A sheet of the add-in's, made by the plan itself: the guard lets a plan write only into such sheets. */
const ownSheet = (sheet: string): PlanOp[] => [{ op: 'ensureSheet', sheet }, { op: 'markSheet', sheet, role: 'results' }];

describe('the stand-in is strict', () => {
  const et = standIn(sample());
  const app = et.application();
  const sheets = () => activeWorkbook(app).Worksheets;

  it('counts 1-based, and throws on Item(0)', () => {
    expect(sheets().Item(1).Name).toBe('收入支出决算总表');
    expect(() => sheets().Item(0)).toThrow(EtError);
  });

  it('takes colours as BGR integers only', () => {
    const range = sheets().Item(1).Range('A1');
    range.Interior.Color = 0xcec7ff;
    expect(et.sheets[0]!.peek(0, 0)!.format['Interior.Color']).toBe(0xcec7ff);
    expect(() => (range.Interior.Color = '#FFC7CE' as unknown as number)).toThrow(/type mismatch/);
  });

  it('parses written text as typing does, unless it starts with an apostrophe', () => {
    const range = sheets().Item(1).Range('H1:K1');
    range.Formula = [['2010301', 'TRUE', '=A1', "'2010301"]];
    const s = et.sheets[0]!;
    expect([s.peek(0, 7)!.value, s.peek(0, 8)!.value, s.peek(0, 9)!.formula, s.peek(0, 10)!.value]).toEqual([2010301, true, 'A1', '2010301']);
    range.Clear();
  });

  it('gives one value for one cell and rows of values for a block', () => {
    expect(sheets().Item(1).Range('A1').Value2).toBe('收入支出决算总表');
    expect(Array.isArray(sheets().Item(1).Range('A1:B2').Value2)).toBe(true);
  });

  it('throws where WPS does: Formula1 of a colour scale, a second comment, a deletion that would ask, a protected sheet', () => {
    const s = et.sheets[1]!;
    s.formatConditions.push({ id: 500, appliesTo: [{ top: 0, left: 0, bottom: 3, right: 3 }], type: 3 });
    expect(() => sheets().Item(2).Cells.FormatConditions.Item(1).Formula1).toThrow(/has no formula/);
    s.formatConditions = [];
    sheets().Item(2).Range('A1').AddComment('一');
    expect(() => sheets().Item(2).Range('A1').AddComment('二')).toThrow(/already has a comment/);
    s.comments.clear();
    expect(() => sheets().Item(2).Delete()).toThrow(/confirm/);
    s.protected = true;
    expect(() => (sheets().Item(2).Range('A1').Formula = 'x')).toThrow(/受保护/);
    s.protected = false;
  });
});

describe('reading the open workbook', () => {
  it('reads every sheet as the engine reads the .xlsx, in 3 + 13 calls per sheet (four of them asking whether any column or row is hidden, one the number format of the whole sheet) and 2 for the names (none here)', async () => {
    const grid = sample();
    const et = standIn(grid);
    const read = await new WpsHost(() => et.application()).read();
    expect(et.calls).toBe(3 + 13 * grid.sheets.length + 2);
    expect(et.tally()['Range.Value2']).toBe(grid.sheets.length);
    for (const s of grid.sheets) {
      const r = read.sheets.find((x) => x.name === s.name)!;
      s.rows.forEach((row, i) => row.forEach((v, j) => expect([s.name, i, j, cellAt(r, i, j)]).toEqual([s.name, i, j, v === '' ? null : v])));
    }
    expect(inspectReport(recognise(read))).toEqual(inspectReport(recognise(grid)));
  });

  it('takes the same calls per sheet on a workbook twenty times larger, in sheets or in rows', async () => {
    for (const [copies, tall] of [[20, 1], [1, 20]] as const) {
      const et = standIn(sample(), copies, tall);
      const read = await new WpsHost(() => et.application()).read();
      expect(read.sheets).toHaveLength(10 * copies);
      expect(et.calls).toBe(3 + 13 * 10 * copies + 2);
    }
  });

  it('reads which columns are hidden, asking column by column only where some are: the engine reads this year’s visible column', async () => {
    const { grid, col } = withHiddenCopy(sample(), '收入决算表', true);
    const et = standIn(grid);
    et.sheets.find((s) => s.name === '收入决算表')!.hiddenColumns.add(col);
    const read = await new WpsHost(() => et.application()).read();
    const width = Math.max(...grid.sheets.find((s) => s.name === '收入决算表')!.rows.map((r) => r.length));
    expect(et.calls).toBe(3 + 13 * grid.sheets.length + 2 + 1 + 3 * width);
    expect(read.sheets.find((s) => s.name === '收入决算表')!.hiddenColumns).toEqual([col]);
    expect(read.sheets.filter((s) => s.hiddenColumns).length).toBe(1);
    const income = (g: WorkbookGrid) => recognise(g).tables.income!.rows.map((r) => [r.key, Object.values(r.figures).map((f) => f.fen)]);
    expect(income(read)).toEqual(income(sample()));
  });

  it('reads which rows are hidden, asking row by row only where some are: the engine reads this year’s visible row', async () => {
    const { grid, row } = withHiddenRowCopy(sample(), '收入决算表', true);
    const et = standIn(grid);
    et.sheets.find((s) => s.name === '收入决算表')!.hiddenRows.add(row);
    const read = await new WpsHost(() => et.application()).read();
    const height = grid.sheets.find((s) => s.name === '收入决算表')!.rows.length;
    expect(et.calls).toBe(3 + 13 * grid.sheets.length + 2 + 1 + 3 * height);
    expect(read.sheets.find((s) => s.name === '收入决算表')!.hiddenRows).toEqual([row]);
    expect(read.sheets.filter((s) => s.hiddenRows).length).toBe(1);
    const income = (g: WorkbookGrid) => recognise(g).tables.income!.rows.map((r) => [r.key, Object.values(r.figures).map((f) => f.fen)]);
    expect(income(read)).toEqual(income(sample()));
  });

  it('reads a text that starts with = as text, and a formula as a formula', async () => {
    const et = new EtStandIn();
    const s = et.addSheet('附表');
    s.cell(0, 0).value = '=SUM(A1:A3)';
    s.cell(0, 1).formula = 'A1';
    const [sheet] = (await new WpsHost(() => et.application()).read()).sheets;
    expect(sheet).toEqual({ name: '附表', rows: [['=SUM(A1:A3)']], formulas: [[null, 'A1']], state: 'visible' });
  });

  it('reads a used range that starts below A1 at its place, hidden sheets as hidden, COM error codes as errors', async () => {
    const et = new EtStandIn();
    const s = et.addSheet('附表');
    s.cell(3, 2).value = 5;
    s.cell(4, 3).value = -2146826265;
    s.visible = 0;
    const [sheet] = (await new WpsHost(() => et.application()).read()).sheets;
    expect(sheet).toEqual({ name: '附表', rows: [[], [], [], [null, null, 5], [null, null, null, { error: '#REF!' }]], state: 'hidden' });
  });
});

/** Runs the pane's actions in order on a fresh stand-in and reports the calls each took, by name. */
async function actionCalls(copies: number): Promise<Record<string, { calls: number; writes: number; cells: number }>> {
  const et = standIn(mistaken(), copies);
  const host = new WpsHost(() => et.application());
  const out: Record<string, { calls: number; writes: number; cells: number }> = {};
  const actions: [string, (g: WorkbookGrid) => Plan][] = [
    ['识别', () => ({ ops: [], summary: [] })],
    ['说明数据', (g) => supplementPlan(g, data)],
    ['生成说明', (g) => narrativePlan(g, xinjiang)],
    ['检查', (g) => flagsPlan(g)],
    ['清除', (g) => clearFlagsPlan(g)],
  ];
  for (const [name, compute] of actions) {
    const from = et.calls;
    const { plan } = await host.act(compute);
    const tally = et.tally(from);
    const cells = plan.ops.reduce((n, op) => n + (op.op === 'setCells' ? op.cells.reduce((m, line) => m + line.filter(Boolean).length, 0) : 0), 0);
    out[name] = { calls: et.calls - from, writes: tally['Range.Formula='] ?? 0, cells };
  }
  return out;
}

describe('calls per action', () => {
  it('on the sample and on a workbook twenty times its size: they grow with sheets and blocks, not with cells', async () => {
    const one = await actionCalls(1);
    const twenty = await actionCalls(20);
    console.log(`WPS calls per action (sample | 20×): ${Object.keys(one).map((k) => `${k} ${one[k]!.calls} | ${twenty[k]!.calls}（写入 ${one[k]!.writes} 次共 ${one[k]!.cells} 格 | ${twenty[k]!.writes} 次共 ${twenty[k]!.cells} 格）`).join('；')}`);
    expect(one['识别']!.calls).toBe(3 + 13 * 10 + 2);
    expect(twenty['识别']!.calls).toBe(3 + 13 * 200 + 2);
    for (const k of Object.keys(one)) {
      // Twenty times the sheets: at most twenty times the calls.
      expect([k, twenty[k]!.calls <= 20 * one[k]!.calls]).toEqual([k, true]);
      // Whole blocks, never a write per cell.
      if (one[k]!.cells > 0) expect([k, one[k]!.writes * 4 < one[k]!.cells]).toEqual([k, true]);
    }
  });

  it('writes a block of 200 or 20,000 cells, with one style, in the same calls: one write, one range per style', async () => {
    const calls = [];
    for (const rows of [20, 2000]) {
      const et = new EtStandIn();
      et.addSheet('收入决算表');
      const cells: PlanCell[][] = Array.from({ length: rows }, (_, r) => Array.from({ length: 10 }, (_, c) => ({ value: r * 10 + c, style: 'inputAmount' as const })));
      const from = et.calls;
      await new WpsHost(() => et.application()).apply({ ops: [...ownSheet('S'), { op: 'setCells', sheet: 'S', row: 0, col: 0, cells }], summary: [] });
      expect(et.tally(from)['Range.Formula=']).toBe(1);
      expect(et.sheet('S').peek(rows - 1, 9)!.value).toBe(rows * 10 - 1);
      expect(et.sheet('S').peek(rows - 1, 9)!.format.NumberFormat).toBe('#,##0.00');
      calls.push(et.calls - from);
    }
    expect(calls[1]).toBe(calls[0]);
  });
});

describe('what the host writes', () => {
  it('fills the workbook: 说明数据 formulas, the 公开说明 sheet, after the user’s sheets', async () => {
    const et = standIn(sample());
    const result = await new WpsHost(() => et.application()).act((g) => fillPlan(g, explain(g, xinjiang, data)));
    // The preset's charts are not drawn in WPS: said, rather than left out without a word.
    expect(result.skipped).toEqual([NO_CHARTS_IN_WPS]);
    expect(et.sheets.map((s) => s.name).slice(-2)).toEqual(['说明数据', '公开说明']);
    const supplement = et.sheet('说明数据');
    const row = [...supplement.cells].find(([, c]) => c.value === '收入总计')![0].split(',').map(Number)[0]!;
    expect(supplement.peek(row, 2)!.formula).toBe('ROUND(收入支出决算总表!C35,2)');
    expect(supplement.peek(row, 3)!.value).toBe(1801.23);
    expect(et.sheet('公开说明').peek(0, 0)!.value).toBe('新疆昌吉州政务服务和公共资源交易管理局2022年度部门决算公开说明');
  });

  it('promises no chart before writing the 公开说明 and says why after: WPS draws none', async () => {
    const et = standIn(sample());
    const host = new WpsHost(() => et.application());
    expect(host.noCharts).toBe(NO_CHARTS_IN_WPS);
    // The plan the pane computes for a host with noCharts: its data written, no chart promised.
    const result = await host.act((g) => narrativePlan(g, xinjiang, { drawsCharts: false }));
    expect(result.plan.summary.join('')).not.toMatch(/画 \d+ 个图表/);
    expect(result.plan.summary).toContainEqual(expect.stringMatching(/^在公开说明正文下方（第 \d+ 至 \d+ 行的 C 至 E 列）写入 4 个图表（图1 收入决算结构、.*）的数据。$/));
    expect(result.skipped).toEqual([NO_CHARTS_IN_WPS]);
  });

  it('writes text that looks like a formula, a number or a boolean as text', async () => {
    const et = new EtStandIn();
    et.addSheet('收入决算表');
    await new WpsHost(() => et.application()).apply({
      ops: [...ownSheet('S'), { op: 'setCells', sheet: 'S', row: 0, col: 0, cells: [[{ value: '=HYPERLINK("http://x","y")' }, { value: '2010301' }, { value: 'TRUE' }, { formula: 'A1' }, { value: 12.5 }]] }],
      summary: [],
    });
    const s = et.sheet('S');
    expect([0, 1, 2, 3, 4].map((c) => s.peek(0, c)!.formula ?? s.peek(0, c)!.value)).toEqual(['=HYPERLINK("http://x","y")', '2010301', 'TRUE', 'A1', 12.5]);
  });

  it('flags with comments only where a cell has none of the accountant’s, and says how many it left out', async () => {
    const et = standIn(mistaken());
    const income = et.sheet('收入决算表');
    const host = new WpsHost(() => et.application());
    const findings = check(await host.read(), data).findings.filter((f) => f.cells.some((c) => c.startsWith('收入决算表!')));
    const first = findings[0]!.cells.find((c) => c.startsWith('收入决算表!'))!.split('!')[1]!;
    income.comments.set(first, '会计的批注');
    const result = await host.act((g) => flagsPlan(g));
    expect(income.comments.get(first)).toBe('会计的批注');
    expect(result.skipped).toEqual([expect.stringMatching(/工作表“收入决算表”有 1 个单元格已有您自己的批注/)]);
    expect([...income.comments.values()].filter((t) => t.startsWith('【决算公开助手】')).length).toBeGreaterThan(0);
  });

  it('sizes the 公开说明’s rows to their text and sets it up to print on A4, one page wide, as Excel and the .xlsx do', async () => {
    const et = standIn(sample());
    await new WpsHost(() => et.application()).act((g) => narrativePlan(g, xinjiang, { drawsCharts: false }));
    const text = et.sheet('公开说明');
    const plan = narrativePlan(await new WpsHost(() => et.application()).read(), xinjiang, { drawsCharts: false });
    const heights = plan.ops.find((o): o is Extract<PlanOp, { op: 'setRowHeights' }> => o.op === 'setRowHeights' && o.sheet === '公开说明')!;
    // Every row the plan sized, at its height (a long paragraph several lines tall).
    heights.heights.forEach((h, i) => expect([i, text.rowHeights.get(heights.row + i)]).toEqual([i, h ?? undefined]));
    expect(Math.max(...text.rowHeights.values())).toBeGreaterThan(40);
    expect(text.pageSetup).toMatchObject({ PaperSize: 9, Orientation: 1, Zoom: false, FitToPagesWide: 1, FitToPagesTall: false, CenterHorizontally: true });
    expect(text.pageSetup.PrintArea).toMatch(/^\$A\$1:\$A\$\d+$/);
  });

  it('freezes the 说明数据’s header on its own window, and on a refresh shows the sheet the accountant was on again', async () => {
    const et = standIn(sample());
    const host = new WpsHost(() => et.application());
    await host.act((g) => supplementPlan(g, data));
    const supplement = et.sheet('说明数据');
    expect(supplement.frozenRows).toBeGreaterThan(0);
    expect(supplement.pageSetup).toMatchObject({ Orientation: 2, PrintTitleRows: `$${supplement.frozenRows}:$${supplement.frozenRows}` });
    // A new sheet is shown once added (Worksheets.Add activates it, as in Excel); a refresh leaves the view alone.
    et.active = '支出决算表';
    supplement.frozenRows = 0;
    await host.act((g) => supplementPlan(g, data));
    expect(supplement.frozenRows).toBeGreaterThan(0);
    expect(et.active).toBe('支出决算表');
  });

  it('writes the rest and says what to set by hand where WPS refuses the print setup (no printer installed)', async () => {
    const et = standIn(sample());
    const host = new WpsHost(() => et.application());
    await host.act((g) => narrativePlan(g, xinjiang, { drawsCharts: false }));
    et.sheet('公开说明').noPrinter = true;
    const result = await host.act((g) => narrativePlan(g, xinjiang, { drawsCharts: false }));
    expect(result.skipped).toEqual(['WPS 表格未能设置工作表“公开说明”的打印格式（常见于未安装打印机）：纸张（A4）、方向和“调整为一页宽”请在“页面布局”中设置。', NO_CHARTS_IN_WPS]);
    expect(et.sheet('公开说明').peek(0, 0)!.value).toBe('新疆昌吉州政务服务和公共资源交易管理局2022年度部门决算公开说明');
    expect(et.sheet('公开说明').rowHeights.size).toBeGreaterThan(0);
  });

  it('selects a cell: activates its sheet, then selects it', async () => {
    const et = standIn(sample());
    await new WpsHost(() => et.application()).select('支出决算表', 'C9');
    expect([et.active, et.selection]).toEqual(['支出决算表', '支出决算表!C9']);
  });
});

describe('what stops a write, with nothing written', () => {
  const cases: [string, (et: EtStandIn) => void, RegExp][] = [
    ['a protected sheet', (et) => (et.sheet('收入决算表').protected = true), /工作表“收入决算表”受保护.*没有写入任何内容/],
    ['a read-only workbook', (et) => (et.readOnly = true), /只读.*没有写入任何内容/],
  ];
  it.each(cases)('%s', async (_what, setUp, message) => {
    const et = standIn(mistaken());
    setUp(et);
    const before = etState(et);
    const error = await new WpsHost(() => et.application()).act((g) => flagsPlan(g)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(message);
    expect(etState(et)).toEqual(before);
    // Not a single write was attempted.
    expect(et.log.filter((n) => n.endsWith('=') || /Add|Delete|Clear/.test(n))).toEqual([]);
  });

  it('no open workbook: says to open one', async () => {
    const et = new EtStandIn();
    et.noWorkbook = true;
    await expect(new WpsHost(() => et.application()).read()).rejects.toThrow(/没有打开的工作簿/);
  });
});

describe('workbook names, where the add-in’s marks are', () => {
  it('reads the workbook’s names, hidden ones too, in three calls each; a sheet’s own name is not one of them', async () => {
    const et = standIn(sample());
    et.addName('打印区域', '收入决算表', '$A$1:$I$28', { scope: '收入决算表' });
    et.addName('_juesuan_narrative', '支出决算表', '$A$1', { visible: false });
    et.addName('合计', '收入决算表', '$C$35');
    const from = et.calls;
    expect(readNames(activeWorkbook(et.application())).map(({ name, formula }) => ({ name, formula }))).toEqual([
      { name: '_juesuan_narrative', formula: '支出决算表!$A$1' },
      { name: '合计', formula: '收入决算表!$C$35' },
    ]);
    // The application and the collection, the count, three calls per name of the workbook, two for the sheet’s own.
    expect(et.calls - from).toBe(1 + 2 + 3 * 2 + 2);
    expect((await new WpsHost(() => et.application()).read()).names).toEqual([
      { name: '_juesuan_narrative', formula: '支出决算表!$A$1' },
      { name: '合计', formula: '收入决算表!$C$35' },
    ]);
  });
});

describe('the stand-in models names strictly', () => {
  const et = standIn(sample());
  const names = () => activeWorkbook(et.application()).Names;

  it('counts 1-based and finds by name without case; a name must be valid and refer with a formula to a sheet that exists', () => {
    names().Add('_juesuan_results', '=收入决算表!$A$1', false);
    expect(() => names().Item(0)).toThrow(EtError);
    expect(names().Item('_JUESUAN_RESULTS').RefersTo).toBe('=收入决算表!$A$1');
    for (const [name, refersTo] of [['A1', '=收入决算表!$A$1'], ['有 空格', '=收入决算表!$A$1'], ['x', '收入决算表!$A$1'], ['x', '=没有这张表!$A$1'], ['x', '=a b!$A$1']]) {
      expect(() => names().Add(name!, refersTo!)).toThrow(EtError);
    }
  });

  it('redefines a name added again (without regard to case); the reference follows a rename and reads #REF! once the sheet is deleted', () => {
    names().Add('_JUESUAN_results', "='支出决算表'!$A$1");
    expect(et.names.map((n) => [n.name, n.sheet?.name, n.visible])).toEqual([['_juesuan_results', '支出决算表', true]]);
    et.sheet('支出决算表').name = '支出（2022）';
    expect(names().Item(1).RefersTo).toBe("='支出（2022）'!$A$1");
    et.displayAlerts = false;
    activeWorkbook(et.application()).Worksheets.Item('支出（2022）').Delete();
    expect(names().Item(1).RefersTo).toBe('=#REF!$A$1');
    const item = names().Item(1);
    item.Delete();
    expect(() => item.RefersTo).toThrow(/deleted/);
    expect(names().Count).toBe(0);
  });

  it('a protected workbook structure refuses adding, deleting and renaming sheets', () => {
    et.protectStructure = true;
    const sheets = activeWorkbook(et.application()).Worksheets;
    expect(() => sheets.Add()).toThrow(/结构受保护/);
    expect(() => (sheets.Item(1).Name = '新名')).toThrow(/结构受保护/);
    expect(() => sheets.Item(1).Delete()).toThrow(/结构受保护/);
    et.protectStructure = false;
  });
});
