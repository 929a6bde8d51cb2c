/**
 * The Office host and the add-in's own sheets, against the strict stand-in: marks are workbook names read in the
 * syncs the host already makes and written hidden; a sheet of the accountant's named 公开说明 / 说明数据 / 检查结果
 * is never touched; a renamed sheet of ours is found by its mark; an earlier version's sheet is adopted; and a
 * plan that would write into a sheet of the user's is refused with nothing written.
 */
import { ExcelStandIn, nameFormula, SheetModel, Value } from '../../support/excelStandIn';
import { OfficeHost } from '../../../src/hosts/office/host';
import { HostError } from '../../../src/hosts/office/environment';
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import { check, explain, fillPlan } from '../../../src/engine/workflow';
import { clearFlagsPlan, flagPlan } from '../../../src/engine/audit/flags';
import { xinjiang } from '../../../src/engine/narrative/presets';
import { LEGACY_SIGNATURES } from '../../../src/engine/plan/legacy';
import { copySentencePlan } from '../../../src/engine/compare/copy';
import { sample, sampleData } from '../../support/ruleTester';

const data = sampleData();
const fill = (grid: WorkbookGrid) => fillPlan(grid, explain(grid, xinjiang, data));
const flags = (grid: WorkbookGrid) => flagPlan(grid, check(grid, data).findings);

const USER_SHEETS: Record<string, Value[][]> = {
  公开说明: [['我局2022年度部门决算公开说明'], ['一、收入支出决算总体情况说明'], ['2022年度收入总计1,488.29万元，与上年相比减少312.94万元，下降17.37%。']],
  说明数据: [['我自己的记录'], [null, '第二格'], [null, null, 3]],
  检查结果: [['上次审计的意见'], ['退回修改', 2]],
};

function standIn(version = '1.18', user: Record<string, Value[][]> = USER_SHEETS): ExcelStandIn {
  const excel = new ExcelStandIn(version);
  for (const s of sample().sheets) excel.addSheet(s.name, s.rows.map((r) => [...r]) as Value[][]);
  for (const [name, rows] of Object.entries(user)) {
    const sheet = excel.addSheet(name, rows);
    sheet.notes.set('A1', '会计自己的批注');
    sheet.cell(0, 0).format['format.fill.color'] = '#FFFF00';
  }
  return excel;
}

/** Everything of a sheet: values, formulas, formats, notes, conditional formats, widths. */
function contentOf(s: SheetModel) {
  return JSON.stringify({ cells: [...s.cells].sort(), notes: [...s.notes].sort(), formats: s.conditionalFormats, widths: [...s.columnWidths] });
}

function userSheets(excel: ExcelStandIn): Record<string, string> {
  return Object.fromEntries(Object.keys(USER_SHEETS).map((name) => [name, contentOf(excel.sheet(name))]));
}

const marks = (excel: ExcelStandIn) => Object.fromEntries(excel.names.map((n) => [n.name, [nameFormula(n), n.visible]]));

describe('the add-in’s own sheets in Excel', () => {
  it('never touches the accountant’s sheets of our names: fill, flag and clear use sheets of free names, marked hidden', async () => {
    const excel = standIn();
    const before = userSheets(excel);
    const host = new OfficeHost(excel.environment());
    const filled = await host.act(fill);
    expect(filled.plan.summary).toEqual(
      expect.arrayContaining([
        '工作表“说明数据”是您自己的，不作任何改动；说明数据表写在新工作表“说明数据（2）”，以后按标记找到它。',
        '工作表“公开说明”是您自己的，不作任何改动；公开说明写在新工作表“公开说明（生成）”，以后按标记找到它。',
      ]),
    );
    await host.act(flags);
    expect(excel.runs).toEqual([3, 3]);
    expect(userSheets(excel)).toEqual(before);
    expect(marks(excel)).toEqual({
      _juesuan_supplement: ["='说明数据（2）'!$A$1", false],
      _juesuan_narrative: ["='公开说明（生成）'!$A$1", false],
      _juesuan_results: ["='检查结果（2）'!$A$1", false],
    });
    expect(excel.sheet('公开说明（生成）').peek(0, 0)!.value).toBe('新疆昌吉州政务服务和公共资源交易管理局2022年度部门决算公开说明');

    // Clearing deletes our 检查结果（2） and its mark, and nothing of the user's 检查结果.
    const clear = await host.apply(clearFlagsPlan(await host.read()));
    expect(clear.skipped).toEqual([]);
    expect(excel.runs.slice(2)).toEqual([2, 2]);
    expect(excel.findSheet('检查结果（2）')).toBeUndefined();
    expect(Object.keys(marks(excel))).toEqual(['_juesuan_supplement', '_juesuan_narrative']);
    expect(userSheets(excel)).toEqual(before);
  });

  it('finds its sheets by their mark on the next run, also after the user renamed one', async () => {
    const excel = standIn();
    const host = new OfficeHost(excel.environment());
    await host.act(fill);
    const count = excel.sheets.length;
    excel.renameSheet('公开说明（生成）', '2022年说明（草稿）');
    const again = await host.act(fill);
    expect(again.plan.summary.join('')).toContain('在工作表“2022年说明（草稿）”写入公开说明');
    expect(excel.sheets.length).toBe(count);
    expect(nameFormula(excel.names.find((n) => n.name === '_juesuan_narrative')!)).toBe("='2022年说明（草稿）'!$A$1");
  });

  it('makes a new sheet and a new mark when the user deleted the marked sheet (the name reads #REF!)', async () => {
    const excel = standIn('1.18', {});
    const host = new OfficeHost(excel.environment());
    await host.act(fill);
    excel.sheets.splice(excel.sheets.indexOf(excel.sheet('公开说明')), 1);
    excel.names.find((n) => n.name === '_juesuan_narrative')!.sheet = null;
    await host.act(fill);
    expect(excel.sheet('公开说明').peek(0, 0)!.value).toContain('部门决算公开说明');
    expect(excel.names.filter((n) => n.name === '_juesuan_narrative').map(nameFormula)).toEqual(['=公开说明!$A$1']);
  });

  it('adopts a 说明数据 an earlier version wrote (our title and headers, no mark), keeping what was typed', async () => {
    const { title, headerRow, header } = LEGACY_SIGNATURES.supplement;
    const legacy: Value[][] = [[title], [], ['单位名称', '我局']];
    legacy[headerRow] = [...header];
    legacy[headerRow + 1] = ['收入总计', '收入总计', null, 1801.23];
    const excel = standIn('1.18', { 说明数据: legacy });
    const host = new OfficeHost(excel.environment());
    // No JSON given: the 说明数据 is read from the adopted sheet and written back as typed.
    const r = await host.act((grid) => fillPlan(grid, explain(grid, xinjiang)));
    expect(r.plan.summary[0]).toBe('工作表“说明数据”是决算公开助手早先版本写入的（内容与它写的完全一致），此次加上标记，以后按标记找到它。');
    expect(excel.findSheet('说明数据（2）')).toBeUndefined();
    expect(marks(excel)._juesuan_supplement).toEqual(['=说明数据!$A$1', false]);
    expect(excel.sheet('说明数据').peek(2, 1)!.value).toBe('我局');
    const row = [...excel.sheet('说明数据').cells].find(([, c]) => c.value === '收入总计')![0].split(',').map(Number)[0]!;
    expect(excel.sheet('说明数据').peek(row, 3)!.value).toBe(1801.23);
  });

  it('with ExcelApi 1.7 (names.add is 1.4) marks its sheets in the same three syncs, and names its own 检查结果', async () => {
    const excel = standIn('1.7');
    const host = new OfficeHost(excel.environment());
    await host.act(fill);
    expect(excel.runs).toEqual([3]);
    expect(Object.keys(marks(excel)).sort()).toEqual(['_juesuan_narrative', '_juesuan_supplement']);
    const flagged = await host.act(flags);
    expect(flagged.skipped.length).toBeGreaterThan(0);
    for (const line of flagged.skipped) expect(line).toMatch(/需要 ExcelApi 1\.18）：\d+ 条说明见“检查结果（2）”工作表/);
  });
});

describe('the plan guard in the Office host', () => {
  const intoUserSheet = (grid: WorkbookGrid) => ({
    ops: [...fill(grid).ops, { op: 'setCells' as const, sheet: '公开说明', row: 0, col: 0, cells: [[{ value: '覆盖' }]] }],
    summary: [],
  });

  it('refuses a whole action that would write into a sheet of the user’s, before writing anything', async () => {
    const excel = standIn();
    const before = JSON.stringify(excel.sheets.map(contentOf));
    const error = await new OfficeHost(excel.environment()).act(intoUserSheet).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(/^没有写入任何内容：这一操作要改写工作表“公开说明”的单元格 A1/);
    expect(JSON.stringify(excel.sheets.map(contentOf))).toBe(before);
    expect(excel.names).toEqual([]);
    expect(excel.runs).toEqual([2]);
  });

  it('refuses the same through apply, in its first sync, and refuses deleting a sheet of the user’s', async () => {
    const excel = standIn();
    const host = new OfficeHost(excel.environment());
    const grid = await host.read();
    const before = JSON.stringify(excel.sheets.map(contentOf));
    await expect(host.apply(intoUserSheet(grid))).rejects.toThrow(/工作表“公开说明”的单元格 A1/);
    await expect(host.apply({ ops: [{ op: 'deleteSheet', sheet: '检查结果' }], summary: [] })).rejects.toThrow(/要删除工作表“检查结果”，但它不是决算公开助手创建的/);
    expect(JSON.stringify(excel.sheets.map(contentOf))).toBe(before);
    expect(excel.runs).toEqual([2, 1, 1]);
  });
});

describe('对照’s copy in Excel', () => {
  const sentence = '2022年度收入总计1,488.29万元，与上年相比减少312.94万元，下降17.37%。';
  const cell = { sheet: '公开说明', row: 2, col: 0 };

  it('writes the one cell the user chose, keeping its format, in three syncs', async () => {
    const excel = standIn();
    const typed = '2022年度收入总计1,488.29万元，与上年相比减少321.94万元，下降17.73%。';
    excel.sheet('公开说明').cell(2, 0).value = typed;
    excel.sheet('公开说明').cell(2, 0).format['format.font.bold'] = true;
    const before = JSON.stringify(excel.sheets.map(contentOf));
    const r = await new OfficeHost(excel.environment()).act(() => copySentencePlan(cell, typed, sentence));
    expect(r.plan.summary[0]).toBe(`把单元格 公开说明!A3 中的“${typed}”替换为“${sentence}”。`);
    expect(excel.runs).toEqual([3]);
    expect(excel.sheet('公开说明').peek(2, 0)).toMatchObject({ value: sentence, format: { 'format.font.bold': true } });
    excel.sheet('公开说明').cell(2, 0).value = typed;
    expect(JSON.stringify(excel.sheets.map(contentOf))).toBe(before);
  });

  it('writes nothing when the cell changed after the pane showed it', async () => {
    const excel = standIn();
    const shown = '收入总计减少321.94万元。';
    const error = await new OfficeHost(excel.environment()).act(() => copySentencePlan(cell, shown, sentence)).catch((e: unknown) => e);
    expect((error as HostError).message).toMatch(/^没有写入任何内容：单元格“公开说明”!A3 在显示替换内容之后已被修改/);
    expect(excel.sheet('公开说明').peek(2, 0)!.value).toBe(USER_SHEETS['公开说明']![2]![0]);
  });
});

describe('the stand-in models names strictly', () => {
  it('names must be loaded before they are read; formula needs ExcelApi 1.7; add fails on an existing name', async () => {
    const excel = standIn('1.18', {});
    excel.addName('_juesuan_narrative', '收入支出决算总表');
    await excel.environment().run(async (context) => {
      const names = context.workbook.names;
      expect(() => names.items).toThrow(/not loaded/);
      names.load('items/name,items/formula');
      await context.sync();
      expect(names.items.map((n) => [n.name, n.formula])).toEqual([['_juesuan_narrative', '=收入支出决算总表!$A$1']]);
      names.add('_JUESUAN_NARRATIVE', context.workbook.worksheets.getItem('收入决算表').getRange('A1'));
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    });
    const old = new ExcelStandIn('1.6');
    old.addSheet('S');
    await expect(
      old.environment().run(async (context) => {
        context.workbook.names.load('items/formula');
        await context.sync();
      }),
    ).resolves.toBeUndefined();
    old.addName('x', 'S');
    await expect(
      old.environment().run(async (context) => {
        context.workbook.names.load('items/formula');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
