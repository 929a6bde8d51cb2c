/**
 * The WPS host and the add-in's own sheets, against the strict ET stand-in (as tests/hosts/office/owned.test.ts
 * for Excel): marks are workbook names read with the workbook and written hidden; a sheet of the accountant's
 * named 公开说明 / 说明数据 / 检查结果 is never touched; a renamed sheet of ours is found by its mark, a deleted
 * one (its mark reading #REF!) made again; an earlier version's sheet is adopted; a plan that would write into a
 * sheet of the user's, or change a protected workbook structure, is refused with nothing written.
 */
import { EtSheetModel, EtStandIn, etNameFormula } from '../../support/etStandIn';
import { WpsHost } from '../../../src/hosts/wps/host';
import { HostError } from '../../../src/hosts/hostError';
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

type Rows = (string | number | null)[][];

const USER_SHEETS: Record<string, Rows> = {
  公开说明: [['我局2022年度部门决算公开说明'], ['一、收入支出决算总体情况说明'], ['2022年度收入总计1,488.29万元，与上年相比减少312.94万元，下降17.37%。']],
  说明数据: [['我自己的记录'], [null, '第二格'], [null, null, 3]],
  检查结果: [['上次审计的意见'], ['退回修改', 2]],
};

function standIn(user: Record<string, Rows> = USER_SHEETS): EtStandIn {
  const et = new EtStandIn();
  for (const s of sample().sheets) et.addSheet(s.name, s.rows);
  for (const [name, rows] of Object.entries(user)) {
    const sheet = et.addSheet(name, rows);
    sheet.comments.set('A1', '会计自己的批注');
    sheet.cell(0, 0).format['Interior.Color'] = 0x00ffff;
    sheet.columnWidths.set(0, 40);
  }
  // Sheets are deleted only with alerts off; the host turns them off itself.
  return et;
}

/** Everything of a sheet: values, formulas, formats, comments, conditional formats, links, widths. */
function contentOf(s: EtSheetModel): string {
  return JSON.stringify({ cells: [...s.cells].sort(), comments: [...s.comments].sort(), formats: s.formatConditions, links: [...s.links], widths: [...s.columnWidths] });
}

const userSheets = (et: EtStandIn) => Object.fromEntries(Object.keys(USER_SHEETS).map((name) => [name, contentOf(et.sheet(name))]));
const marks = (et: EtStandIn) => Object.fromEntries(et.names.map((n) => [n.name, [etNameFormula(n), n.visible]]));
const writes = (et: EtStandIn, from = 0) => et.log.slice(from).filter((n) => n.endsWith('=') || /Add|Delete|Clear/.test(n));

describe('the add-in’s own sheets in WPS', () => {
  it('never touches the accountant’s sheets of our names: fill, flag and clear use sheets of free names, marked hidden', async () => {
    const et = standIn();
    const before = userSheets(et);
    const host = new WpsHost(() => et.application());
    const filled = await host.act(fill);
    expect(filled.plan.summary).toEqual(
      expect.arrayContaining([
        '工作表“说明数据”是您自己的，不作任何改动；说明数据表写在新工作表“说明数据（2）”，以后按标记找到它。',
        '工作表“公开说明”是您自己的，不作任何改动；公开说明写在新工作表“公开说明（生成）”，以后按标记找到它。',
      ]),
    );
    const flagged = await host.act(flags);
    expect(userSheets(et)).toEqual(before);
    expect(marks(et)).toEqual({
      _juesuan_supplement: ["='说明数据（2）'!$A$1", false],
      _juesuan_narrative: ["='公开说明（生成）'!$A$1", false],
      _juesuan_results: ["='检查结果（2）'!$A$1", false],
    });
    expect(et.sheet('公开说明（生成）').peek(0, 0)!.value).toBe('新疆昌吉州政务服务和公共资源交易管理局2022年度部门决算公开说明');
    // A note left out for a comment of the accountant's points at our 检查结果, whatever it is called.
    for (const line of flagged.skipped) expect(line).toMatch(/见“检查结果（2）”工作表/);

    // Clearing deletes our 检查结果（2） and its mark, and nothing of the user's 检查结果.
    const clear = await host.apply(clearFlagsPlan(await host.read()));
    expect(clear.skipped).toEqual([]);
    expect(et.sheets.map((s) => s.name)).not.toContain('检查结果（2）');
    expect(Object.keys(marks(et))).toEqual(['_juesuan_supplement', '_juesuan_narrative']);
    expect(userSheets(et)).toEqual(before);
  });

  it('finds its sheets by their mark on the next run, also after the user renamed one', async () => {
    const et = standIn();
    const host = new WpsHost(() => et.application());
    await host.act(fill);
    const count = et.sheets.length;
    et.sheet('公开说明（生成）').name = '2022年说明（草稿）';
    const again = await host.act(fill);
    expect(again.plan.summary.join('')).toContain('在工作表“2022年说明（草稿）”写入公开说明');
    expect(et.sheets.length).toBe(count);
    expect(marks(et)._juesuan_narrative).toEqual(["='2022年说明（草稿）'!$A$1", false]);
  });

  it('makes a new sheet and a new mark when the user deleted the marked sheet (the name reads #REF!)', async () => {
    const et = standIn({});
    const host = new WpsHost(() => et.application());
    await host.act(fill);
    et.displayAlerts = false;
    et.application().ActiveWorkbook!.Worksheets.Item('公开说明').Delete();
    et.displayAlerts = true;
    expect(marks(et)._juesuan_narrative).toEqual(['=#REF!$A$1', false]);
    await host.act(fill);
    expect(et.sheet('公开说明').peek(0, 0)!.value).toContain('部门决算公开说明');
    expect(et.names.filter((n) => n.name === '_juesuan_narrative').map(etNameFormula)).toEqual(['=公开说明!$A$1']);
  });

  it('adopts a 说明数据 an earlier version wrote (our title and headers, no mark), keeping what was typed', async () => {
    const { title, headerRow, header } = LEGACY_SIGNATURES.supplement;
    const legacy: Rows = [[title], [], ['单位名称', '我局']];
    legacy[headerRow] = [...header];
    legacy[headerRow + 1] = ['收入总计', '收入总计', null, 1801.23];
    const et = standIn({ 说明数据: legacy });
    const r = await new WpsHost(() => et.application()).act((grid) => fillPlan(grid, explain(grid, xinjiang)));
    expect(r.plan.summary[0]).toBe('工作表“说明数据”是决算公开助手早先版本写入的（内容与它写的完全一致），此次加上标记，以后按标记找到它。');
    expect(et.sheets.map((s) => s.name)).not.toContain('说明数据（2）');
    expect(marks(et)._juesuan_supplement).toEqual(['=说明数据!$A$1', false]);
    expect(et.sheet('说明数据').peek(2, 1)!.value).toBe('我局');
  });

  it('replaces a mark of other case (names compare without case) instead of adding a second one', async () => {
    const et = standIn({});
    // A mark whose sheet is gone: it marks nothing, and the new mark replaces it.
    et.addName('_JUESUAN_NARRATIVE', '收入决算表').sheet = null;
    await new WpsHost(() => et.application()).act(fill);
    expect(et.names.filter((n) => n.name.toUpperCase() === '_JUESUAN_NARRATIVE').map((n) => [n.name, etNameFormula(n)])).toEqual([['_juesuan_narrative', '=公开说明!$A$1']]);
  });
});

describe('what stops a plan in WPS, with nothing written', () => {
  const intoUserSheet = (grid: WorkbookGrid) => ({
    ops: [...fill(grid).ops, { op: 'setCells' as const, sheet: '公开说明', row: 0, col: 0, cells: [[{ value: '覆盖' }]] }],
    summary: [],
  });

  it('the guard: an action that would write into a sheet of the user’s, through act and through apply', async () => {
    const et = standIn();
    const before = JSON.stringify(et.sheets.map(contentOf));
    const host = new WpsHost(() => et.application());
    const error = await host.act(intoUserSheet).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(/^没有写入任何内容：这一操作要改写工作表“公开说明”的单元格 A1/);
    await expect(host.apply(intoUserSheet(await host.read()))).rejects.toThrow(/工作表“公开说明”的单元格 A1/);
    await expect(host.apply({ ops: [{ op: 'deleteSheet', sheet: '检查结果' }], summary: [] })).rejects.toThrow(/要删除工作表“检查结果”，但它不是决算公开助手创建的/);
    expect(JSON.stringify(et.sheets.map(contentOf))).toBe(before);
    expect(et.names).toEqual([]);
    expect(writes(et)).toEqual([]);
  });

  it('apply reads the sheet list and names, and only the sheets the guard looks at', async () => {
    const et = standIn();
    const host = new WpsHost(() => et.application());
    const plan = fill(await host.read());
    const from = et.calls;
    await host.apply(plan);
    // The plan creates its sheets: no sheet's used range is read.
    expect(et.tally(from)['Worksheet.UsedRange']).toBeUndefined();
    expect(et.sheet('公开说明（生成）').peek(0, 0)!.value).toContain('部门决算公开说明');
  });

  it('a protected workbook structure, when the plan adds a sheet or a mark: says what it would add', async () => {
    const et = standIn({});
    et.protectStructure = true;
    const before = JSON.stringify(et.sheets.map(contentOf));
    const error = await new WpsHost(() => et.application()).act(fill).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(/^工作簿的结构受保护，而这一操作要新建工作表“说明数据”、给工作表“说明数据”加标记.*没有写入任何内容。$/);
    expect(JSON.stringify(et.sheets.map(contentOf))).toBe(before);
    expect(writes(et)).toEqual([]);
  });

  it('a protected workbook structure does not stop a plan that writes only into sheets that exist and are marked', async () => {
    const et = standIn({});
    const host = new WpsHost(() => et.application());
    await host.act(fill);
    et.protectStructure = true;
    const again = await host.act(fill);
    expect(again.plan.ops.some((op) => op.op === 'ensureSheet' || op.op === 'markSheet')).toBe(false);
    expect(et.sheet('公开说明').peek(0, 0)!.value).toContain('部门决算公开说明');
  });
});

describe('对照’s copy in WPS', () => {
  const sentence = '2022年度收入总计1,488.29万元，与上年相比减少312.94万元，下降17.37%。';
  const cell = { sheet: '公开说明', row: 2, col: 0 };

  it('writes the one cell the user chose, keeping its format, in one write', async () => {
    const et = standIn();
    const typed = '2022年度收入总计1,488.29万元，与上年相比减少321.94万元，下降17.73%。';
    et.sheet('公开说明').cell(2, 0).value = typed;
    et.sheet('公开说明').cell(2, 0).format['Font.Bold'] = true;
    const before = JSON.stringify(et.sheets.map(contentOf));
    const from = et.calls;
    const r = await new WpsHost(() => et.application()).act(() => copySentencePlan(cell, typed, sentence));
    expect(r.plan.summary[0]).toBe(`把单元格 公开说明!A3 中的“${typed}”替换为“${sentence}”。`);
    expect(writes(et, from)).toEqual(['Range.Formula=']);
    expect(et.sheet('公开说明').peek(2, 0)).toMatchObject({ value: sentence, format: { 'Font.Bold': true } });
    et.sheet('公开说明').cell(2, 0).value = typed;
    expect(JSON.stringify(et.sheets.map(contentOf))).toBe(before);
  });

  it('writes nothing when the cell changed after the pane showed it', async () => {
    const et = standIn();
    const error = await new WpsHost(() => et.application()).act(() => copySentencePlan(cell, '收入总计减少321.94万元。', sentence)).catch((e: unknown) => e);
    expect((error as HostError).message).toMatch(/^没有写入任何内容：单元格“公开说明”!A3 在显示替换内容之后已被修改/);
    expect(et.sheet('公开说明').peek(2, 0)!.value).toBe(USER_SHEETS['公开说明']![2]![0]);
    expect(writes(et)).toEqual([]);
  });
});
