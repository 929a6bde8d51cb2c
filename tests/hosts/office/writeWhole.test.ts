/**
 * The Office host keeps its promise "a failure writes nothing" (issue 14), against the strict stand-in built from
 * the declarations: a protected workbook structure and a very hidden 检查结果 are handled before any write, every
 * write path keeps a text exactly whatever its first character, notes go through a Range, and when Excel refuses
 * an operation no check can see, the error says exactly what was written and its take-back restores the workbook.
 */
import { ExcelStandIn, nameFormula, SheetModel, StandInError, typedValue } from '../../support/excelStandIn';
import { OfficeHost } from '../../../src/hosts/office/host';
import { explainOfficeError, HostError } from '../../../src/hosts/office/environment';
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import { PartialWriteError } from '../../../src/engine/plan/errors';
import { check, explain, fillPlan, flagsPlan } from '../../../src/engine/workflow';
import { clearFlagsPlan, flagPlan } from '../../../src/engine/audit/flags';
import { xinjiang } from '../../../src/engine/narrative/presets';
import { recognise } from '../../../src/engine/recognise/recognise';
import { inspectReport } from '../../../src/engine/report/inspect';
import { sample, sampleData } from '../../support/ruleTester';
import { FORMULA_LIKE_TEXTS } from '../../support/formulaLikeTexts';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';

const data = sampleData();
const fill = (grid: WorkbookGrid) => fillPlan(grid, explain(grid, xinjiang, data));
const flags = (grid: WorkbookGrid) => flagPlan(grid, check(grid, data).findings);

/** The sample with one figure changed, so that checking finds errors to flag. */
function flawed(): WorkbookGrid {
  const grid = sample();
  (grid.sheets.find((s) => s.name === '收入决算表')!.rows[8] as unknown[])[3] = 224.14;
  return grid;
}

function standInFrom(grid: WorkbookGrid, version = '1.18'): ExcelStandIn {
  const excel = new ExcelStandIn(version);
  for (const s of grid.sheets) excel.addSheet(s.name, s.rows.map((r) => [...r]) as never);
  return excel;
}

/** Everything of the workbook a plan could change. */
function state(excel: ExcelStandIn) {
  return {
    sheets: excel.sheets.map((s: SheetModel) => ({
      name: s.name,
      visibility: s.visibility,
      cells: [...s.cells].filter(([, c]) => c.value !== null || c.formula !== undefined).map(([k, c]) => [k, c.value, c.formula ?? null]).sort(),
      formats: s.conditionalFormats.map((f) => [f.address, f.formula]),
      notes: [...s.notes].sort(),
      widths: [...s.columnWidths],
    })),
    names: excel.names.map((n) => [n.name, nameFormula(n), n.visible]),
  };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

describe('the stand-in does what the declarations say', () => {
  it('reads a typed value starting with +, - or = as a formula, and after an apostrophe as text', () => {
    expect(typedValue('-5%')).toEqual({ value: null, formula: '-5%' });
    expect(typedValue('=A1')).toEqual({ value: null, formula: 'A1' });
    expect(typedValue('+1')).toEqual({ value: null, formula: '+1' });
    expect(typedValue("'-5%")).toEqual({ value: '-5%' });
  });

  it('adds a note at a Range or a string such as "A1", and refuses anything else with InvalidCellAddress', async () => {
    const excel = standInFrom({ sheets: [{ name: '表', rows: [[1, 2]] }, { name: '其他', rows: [] }] });
    const add = (cell: (ws: Excel.Worksheet, other: Excel.Worksheet) => Excel.Range | string) =>
      excel.environment().run(async (context) => {
        const ws = context.workbook.worksheets.getItem('表');
        ws.notes.add(cell(ws, context.workbook.worksheets.getItem('其他')), '批注');
        await context.sync();
      });
    await add((ws) => ws.getRange('B1'));
    await add(() => 'A1');
    expect([...excel.sheet('表').notes.keys()]).toEqual(['B1', 'A1']);
    expect(await failure(add(() => "'表'!C1"))).toMatchObject({ code: 'InvalidCellAddress' });
    expect(await failure(add(() => 'C1:D2'))).toMatchObject({ code: 'InvalidCellAddress' });
    expect(await failure(add((ws) => ws.getRange('C1:D2')))).toMatchObject({ code: 'InvalidCellAddress' });
    expect(await failure(add((_ws, other) => other.getRange('C1')))).toMatchObject({ code: 'InvalidArgument' });
  });

  it('refuses to delete a very hidden sheet with InvalidOperation, and deletes it once it is an ordinary hidden sheet', async () => {
    const excel = standInFrom({ sheets: [{ name: '表', rows: [] }, { name: '藏', rows: [] }] });
    excel.sheet('藏').visibility = 'VeryHidden';
    const remove = (unhide: boolean) =>
      excel.environment().run(async (context) => {
        const ws = context.workbook.worksheets.getItem('藏');
        if (unhide) ws.visibility = 'Hidden';
        ws.delete();
        await context.sync();
      });
    expect(await failure(remove(false))).toMatchObject({ code: 'InvalidOperation' });
    await remove(true);
    expect(excel.sheets.map((s) => s.name)).toEqual(['表']);
  });

  it('tells whether the workbook structure is protected (ExcelApi 1.7), and then refuses to add a sheet', async () => {
    const excel = standInFrom({ sheets: [{ name: '表', rows: [] }] });
    excel.structureProtected = true;
    const read = await excel.environment().run(async (context) => {
      const protection = context.workbook.protection.load('protected');
      await context.sync();
      return protection.protected;
    });
    expect(read).toBe(true);
    const add = excel.environment().run(async (context) => {
      context.workbook.worksheets.add('新');
      await context.sync();
    });
    expect(await failure(add)).toMatchObject({ code: 'AccessDenied' });
  });
});

describe('a protected workbook structure: checked before any write', () => {
  it('refuses to create 检查结果 with nothing written, and says how to unprotect', async () => {
    const excel = standInFrom(flawed());
    excel.structureProtected = true;
    const before = state(excel);
    const error = await failure(new OfficeHost(excel.environment()).act(flags));
    expect(error).toBeInstanceOf(HostError);
    expect(error.message).toBe(
      '工作簿的结构受保护，而这一操作要新建工作表“检查结果”、给工作表“检查结果”加标记（工作簿名称 _juesuan_results）：请在“审阅”选项卡点“保护工作簿”取消保护（设有密码时输入密码）后再试，写入后可以再保护。没有写入任何内容。',
    );
    // The two reading syncs; the check stopped the action before the third, which would write.
    expect(excel.runs).toEqual([2]);
    expect(state(excel)).toEqual(before);
  });

  it('refuses fill and clear the same way, and lets a check through where 检查结果 is there already', async () => {
    const excel = standInFrom(flawed());
    const host = new OfficeHost(excel.environment());
    await host.act(flags);
    excel.structureProtected = true;
    const before = state(excel);
    expect((await failure(host.act(fill))).message).toMatch(/^工作簿的结构受保护，而这一操作要新建工作表“说明数据”、.*没有写入任何内容。$/);
    expect((await failure(host.apply(clearFlagsPlan(await host.read())))).message).toMatch(/^工作簿的结构受保护，而这一操作要删除工作表“检查结果”：.*没有写入任何内容。$/);
    expect(state(excel)).toEqual(before);
    const again = await host.act(flags);
    expect(again.skipped).toEqual([]);
    expect(excel.sheet('检查结果').peek(0, 0)!.value).toBe('检查结果（决算公开助手）');
  });
});

describe('a very hidden 检查结果', () => {
  it('is made an ordinary hidden sheet and deleted when the flags are cleared: the workbook is back as it was', async () => {
    const excel = standInFrom(flawed());
    const original = state(excel);
    const host = new OfficeHost(excel.environment());
    await host.act(flags);
    excel.sheet('检查结果').visibility = 'VeryHidden';
    const result = await host.apply(clearFlagsPlan(await host.read()));
    expect(result.skipped).toEqual([]);
    expect(excel.runs.slice(1)).toEqual([2, 2]);
    expect(state(excel)).toEqual(original);
  });

  it('is left whole, with the message, when the structure is protected too', async () => {
    const excel = standInFrom(flawed());
    const host = new OfficeHost(excel.environment());
    await host.act(flags);
    excel.sheet('检查结果').visibility = 'VeryHidden';
    excel.structureProtected = true;
    const before = state(excel);
    expect((await failure(host.act(clearFlagsPlan))).message).toMatch(/结构受保护，而这一操作要删除工作表“检查结果”.*没有写入任何内容/);
    expect(state(excel)).toEqual(before);
  });
});

describe('text stays text on every write path, whatever its first character', () => {
  const texts = [...FORMULA_LIKE_TEXTS];

  it.each([
    ['one write per run of cells', () => [texts.map((value) => ({ value }))], (i: number) => i],
    ['one write per cell', () => [texts.flatMap((value) => [{ value }, undefined])], (i: number) => 2 * i],
    ['a cell with a link', () => [texts.map((value) => ({ value, link: { sheet: 'T', cell: 'A1' } }))], (i: number) => i],
  ] as const)('setCells, %s', async (_what, cells, column) => {
    const excel = standInFrom({ sheets: [{ name: 'T', rows: [] }] });
    const host = new OfficeHost(excel.environment());
    await host.apply({ ops: [{ op: 'ensureSheet', sheet: 'S' }, { op: 'markSheet', sheet: 'S', role: 'results' }, { op: 'setCells', sheet: 'S', row: 0, col: 0, cells: cells() }], summary: [] });
    const s = excel.sheet('S');
    expect(texts.map((_, i) => [s.peek(0, column(i))!.value, s.peek(0, column(i))!.formula])).toEqual(texts.map((t) => [t, undefined]));
    const read = (await host.read()).sheets.find((x) => x.name === 'S')!;
    expect(texts.map((_, i) => read.rows[0]![column(i)])).toEqual(texts);
    expect(read.formulas).toBeUndefined();
  });

  it.each(texts)('replaceCellText (对照’s copy) with %s', async (text) => {
    const excel = standInFrom({ sheets: [{ name: '说明', rows: [['旧的一句。']] }] });
    await new OfficeHost(excel.environment()).act(() => ({ ops: [{ op: 'replaceCellText', sheet: '说明', cell: 'A1', before: '旧的一句。', after: text }], summary: [] }));
    expect([excel.sheet('说明').peek(0, 0)!.value, excel.sheet('说明').peek(0, 0)!.formula]).toEqual([text, undefined]);
  });

  it('keeps the negative 差额 of the 检查结果 sheet as text ("-0.02 元" would be a formula typed as it is)', async () => {
    const excel = standInFrom(flawed());
    const result = await new OfficeHost(excel.environment()).act(flags);
    const written = result.plan.ops.flatMap((op) => (op.op === 'setCells' && op.sheet === '检查结果' ? op.cells.flat() : []));
    const negative = written.filter((c) => typeof c?.value === 'string' && c.value.startsWith('-')).map((c) => c!.value);
    expect(negative.length).toBeGreaterThan(0);
    const cells = [...excel.sheet('检查结果').cells.values()];
    for (const text of negative) expect(cells.filter((c) => c.value === text && c.formula === undefined).length).toBeGreaterThan(0);
    expect(cells.filter((c) => c.formula !== undefined)).toEqual([]);
  });
});

describe('a write Excel refuses half-way, for a reason no check sees', () => {
  const refuse = (excel: ExcelStandIn, test: (operation: string) => boolean, code: ConstructorParameters<typeof StandInError>[0] = 'GeneralException') => {
    let count = 0;
    excel.failWhen = (operation) => (test(JSON.stringify(operation)) && count++ === 0 ? new StandInError(code, 'refused') : undefined);
  };

  it('says exactly what was written, and 清除 takes it back: the workbook is as it was', async () => {
    const excel = standInFrom(flawed());
    const original = state(excel);
    const host = new OfficeHost(excel.environment());
    refuse(excel, (op) => op.includes('addConditionalFormat'));
    const error = await failure(host.act(flags));
    expect(error).toBeInstanceOf(PartialWriteError);
    const partial = (error as PartialWriteError).partial;
    expect(partial.written).toEqual([expect.stringMatching(/^新建了工作表“检查结果”并写入 \d+ 个单元格$/)]);
    expect(partial.kept).toEqual([]);
    expect(error.message).toMatch(/^写入没有完成：Excel 返回错误：refused。已经写入的有：新建了工作表“检查结果”并写入 \d+ 个单元格。可以点“清除”撤回。$/);
    // The action's three syncs, then two to see what was written; the pane's view of the workbook stays whole.
    expect(excel.runs).toEqual([3, 2]);
    const after = (error as PartialWriteError).after;
    expect(after.sheets.map((s) => s.name)).toEqual([...flawed().sheets.map((s) => s.name), '检查结果']);
    expect(inspectReport(recognise(after))).toEqual(inspectReport(recognise(flawed())));
    await host.apply(partial.takeBack);
    expect(state(excel)).toEqual(original);
  });

  it('writes the add-in’s sheets before the accountant’s: a refused 自评表 formula leaves one formula, named, and the rest is taken back', async () => {
    const excel = standInFrom(toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { projectBlankDerived: true })));
    const original = state(excel);
    const host = new OfficeHost(excel.environment());
    let formulas = 0;
    excel.failWhen = (operation) => {
      const op = JSON.stringify(operation);
      const sheet = /"set":"range\(([A-Z]+\d+)\)","formulas":\[\["=IF/.exec(op);
      return sheet && ++formulas === 2 ? new StandInError('GeneralException', 'merged cell') : undefined;
    };
    const error = (await failure(host.act(fill))) as PartialWriteError;
    expect(error).toBeInstanceOf(PartialWriteError);
    expect(error.partial.written).toEqual([
      expect.stringMatching(/^新建了工作表“说明数据”并写入 \d+ 个单元格$/),
      expect.stringMatching(/^新建了工作表“公开说明”并写入 \d+ 个单元格$/),
      expect.stringMatching(/^改写了工作表“.+”的 1 个单元格（[A-Z]+\d+）$/),
    ]);
    expect(error.partial.kept).toEqual([expect.stringMatching(/是您的工作表，单元格 [A-Z]+\d+ 已写入决算公开助手的公式，“清除”不改动它们/)]);
    await host.apply(error.partial.takeBack);
    const after = state(excel);
    // Only the one formula differs from the workbook as it was.
    expect(after.names).toEqual(original.names);
    expect(after.sheets.map((s) => s.name)).toEqual(original.sheets.map((s) => s.name));
    const changed = after.sheets.flatMap((s, i) => s.cells.filter((c) => !original.sheets[i]!.cells.some((o) => JSON.stringify(o) === JSON.stringify(c))));
    expect(changed).toHaveLength(1);
    expect(String(changed[0]![2])).toMatch(/^IF\(/);
  });

  it('says nothing was written when Excel refuses the first write', async () => {
    const excel = standInFrom(flawed());
    const before = state(excel);
    refuse(excel, (op) => op.startsWith('{"add":'));
    const error = await failure(new OfficeHost(excel.environment()).act(flags));
    expect(error).toBeInstanceOf(HostError);
    expect(error.message).toBe('Excel 返回错误：refused。没有写入任何内容。');
    expect(state(excel)).toEqual(before);
  });

  it('in a read-only workbook below ExcelApi 1.8 (no Workbook.readOnly): Excel refuses the first write, nothing is written', async () => {
    const excel = standInFrom(flawed(), '1.7');
    excel.readOnly = true;
    const before = state(excel);
    const error = await failure(new OfficeHost(excel.environment()).act(flags));
    expect(error.message).toBe('Excel 拒绝写入：工作簿可能是只读的，或工作簿结构、工作表受保护。请另存为可编辑的副本或取消保护后再试。没有写入任何内容。');
    expect(state(excel)).toEqual(before);
  });

  it('says so when the workbook cannot be read again to see what was written', async () => {
    const excel = standInFrom(flawed());
    excel.failWhen = (operation) => {
      if (!JSON.stringify(operation).includes('addConditionalFormat')) return undefined;
      excel.editMode = true;
      return new StandInError('GeneralException', 'refused');
    };
    const error = await failure(new OfficeHost(excel.environment()).act(flags));
    expect(error).toBeInstanceOf(HostError);
    expect(error.message).toMatch(/^写入没有完成：Excel 返回错误：refused。再次读取工作簿以核对写入了什么时也出错了（Excel 正处于单元格编辑状态.*）请重新识别工作簿/);
  });
});

describe('Office error codes', () => {
  it('explains only codes Excel has: "ReadOnly" is not one of Excel.ErrorCodes', () => {
    expect(explainOfficeError({ code: 'ReadOnly', message: 'x' }).message).toBe('Excel 返回错误：x。没有写入任何内容。');
    expect(explainOfficeError(Object.assign(new Error('denied'), { code: 'AccessDenied' })).message).toMatch(/^Excel 拒绝写入：工作簿可能是只读的/);
  });
});

describe('the pane learns where notes are not available', () => {
  it('supportsNotes follows ExcelApi 1.18, and without it the plan still writes whole, its notes left out and said so', async () => {
    for (const [version, notes] of [['1.18', true], ['1.17', false]] as const) {
      const excel = standInFrom(flawed(), version);
      const host = new OfficeHost(excel.environment());
      expect(host.supportsNotes).toBe(notes);
      const result = await host.act(flagsPlan);
      expect(result.skipped.some((s) => s.includes('需要 ExcelApi 1.18'))).toBe(!notes);
    }
  });
});
