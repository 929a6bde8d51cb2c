/**
 * The add-in's own sheets (engine/plan/owned.ts, legacy.ts): marks read from the workbook's names, where each
 * writer writes (the marked sheet, an earlier version's adopted, a new sheet, a free name beside the user's), and
 * the audit reading a user's sheet of our name as explanation text.
 */
import type { SheetGrid, WorkbookGrid } from '../../../src/engine/grid/cell';
import { findSheet, freeSheetName, markedSheets, referencedSheet, resolveOwnedSheet } from '../../../src/engine/plan/owned';
import { isLegacyOwnedSheet, LEGACY_SIGNATURES } from '../../../src/engine/plan/legacy';
import { applyPlanToGrid } from '../../../src/engine/plan/applyToGrid';
import { check, explain, fillPlan, flagsPlan, narrativePlan } from '../../../src/engine/workflow';
import { clearFlagsPlan } from '../../../src/engine/audit/flags';
import { xinjiang } from '../../../src/engine/narrative/presets';
import { documentLines } from '../../../src/engine/narrative/sheet';
import { narrativeSheet, sample, sampleData, sheet } from '../../support/ruleTester';

const grid1 = (name: string, rows: SheetGrid['rows']): SheetGrid => ({ name, rows });
const withSheets = (grid: WorkbookGrid, ...sheets: SheetGrid[]): WorkbookGrid => ({ ...grid, sheets: [...grid.sheets, ...sheets] });
const userSupplement = sheet('说明数据', [['我自己的记录'], [null, '第二格'], [null, null, '第三格']]);
const userResults = sheet('检查结果', [['上次审计的意见：收入总计1,488.29万元，与决算表一致。']]);

describe('the marks', () => {
  it.each([
    ["'公开说明（生成）'!$A$1", '公开说明（生成）'],
    ['=说明数据!$A$1', '说明数据'],
    ["='It''s mine'!$B$2:$C$3", "It's mine"],
    ['#REF!$A$1', undefined],
    ['=#REF!', undefined],
    ['="text"', undefined],
    ['Sheet1!$A$1,Sheet2!$A$1', undefined],
  ])('%s refers to the sheet %s', (formula, expected) => {
    expect(referencedSheet(formula)).toBe(expected);
  });

  it('mark a sheet only when the sheet exists (names and sheet names compared without case)', () => {
    const grid: WorkbookGrid = {
      sheets: [sheet('Notes', []), sheet('公开说明', [])],
      names: [
        { name: '_JUESUAN_supplement', formula: 'notes!$A$1' },
        { name: '_juesuan_narrative', formula: '#REF!$A$1' },
        { name: '_juesuan_results', formula: "'已删除'!$A$1" },
        { name: 'Print_Area', formula: '公开说明!$A$1' },
      ],
    };
    expect([...markedSheets(grid)].map(([role, s]) => [role, s.name])).toEqual([['supplement', 'Notes']]);
  });
});

describe('where each writer writes', () => {
  const ours = () => true;

  it('the marked sheet, whatever its name', () => {
    const grid: WorkbookGrid = { sheets: [sheet('说明数据', []), sheet('我的数据', [])], names: [{ name: '_juesuan_supplement', formula: '我的数据!$A$1' }] };
    expect(resolveOwnedSheet(grid, 'supplement', ours)).toMatchObject({ sheet: '我的数据', how: 'marked' });
  });

  it('a new sheet of our name when it is free; an earlier version’s sheet adopted; else a free name beside the user’s', () => {
    expect(resolveOwnedSheet({ sheets: [] }, 'results', ours)).toEqual({ role: 'results', sheet: '检查结果', how: 'created' });
    const grid = { sheets: [userResults] };
    expect(resolveOwnedSheet(grid, 'results', ours)).toMatchObject({ sheet: '检查结果', how: 'adopted' });
    expect(resolveOwnedSheet(grid, 'results', () => false)).toEqual({ role: 'results', sheet: '检查结果（2）', how: 'created', kept: '检查结果' });
  });

  it('a free name is one no sheet has, compared without case', () => {
    const grid = { sheets: ['公开说明', '公开说明（生成）', '说明数据', '说明数据（2）'].map((n) => sheet(n, [])) };
    expect(freeSheetName(grid, 'narrative')).toBe('公开说明（生成2）');
    expect(freeSheetName(grid, 'supplement')).toBe('说明数据（3）');
    expect(findSheet({ sheets: [sheet('Sheet1', [])] }, 'SHEET1')?.name).toBe('Sheet1');
  });

  it('a sheet marked for another role is never adopted', () => {
    const grid: WorkbookGrid = { sheets: [sheet('检查结果', [])], names: [{ name: '_juesuan_narrative', formula: '检查结果!$A$1' }] };
    expect(resolveOwnedSheet(grid, 'results', ours)).toMatchObject({ sheet: '检查结果（2）', kept: '检查结果' });
  });
});

describe('sheets written before the mark', () => {
  it('说明数据 and 检查结果: ours only with our title and every header', () => {
    const { title, headerRow, header } = LEGACY_SIGNATURES.results;
    const rows = [[title], [], [], header];
    expect(isLegacyOwnedSheet('results', grid1('检查结果', rows))).toBe(true);
    expect(isLegacyOwnedSheet('results', grid1('检查结果', [[title]]))).toBe(false);
    const renamedHeader = rows.map((r, i) => (i === headerRow ? r.map((h, c) => (c === 8 ? '备注' : h)) : r));
    expect(isLegacyOwnedSheet('results', grid1('检查结果', renamedHeader))).toBe(false);
    expect(isLegacyOwnedSheet('supplement', grid1('说明数据', rows))).toBe(false);
  });

  it('公开说明: ours only when every line is the text about to be written, and nothing else is on the sheet', () => {
    const typed = narrativeSheet();
    const lines = typed.rows.map((r) => String(r[0]));
    expect(isLegacyOwnedSheet('narrative', typed, lines)).toBe(true);
    expect(isLegacyOwnedSheet('narrative', typed)).toBe(false);
    const edited = grid1('公开说明', typed.rows.map((r, i) => (i === 5 ? [`${String(r[0])}（已核对）`] : r)));
    expect(isLegacyOwnedSheet('narrative', edited, lines)).toBe(false);
    const aside = grid1('公开说明', typed.rows.map((r, i) => (i === 0 ? [r[0]!, '备注'] : r)));
    expect(isLegacyOwnedSheet('narrative', aside, lines)).toBe(false);
    expect(isLegacyOwnedSheet('narrative', grid1('公开说明', typed.rows.slice(0, -1)), lines)).toBe(false);
  });

  it('an earlier version’s 公开说明 is rewritten in place only when it holds exactly the text written now', () => {
    const data = sampleData();
    const grid = withSheets(sample(), narrativeSheet());
    const same = fillPlan(grid, explain(grid, xinjiang, data));
    expect(same.summary).toContain('工作表“公开说明”是决算公开助手早先版本写入的（内容与它写的完全一致），此次加上标记，以后按标记找到它。');
    // Without the 说明数据, the text written now differs (gaps): the sheet is the user's from then on.
    const other = fillPlan(grid, explain(grid, xinjiang));
    expect(other.summary).toContain('工作表“公开说明”是您自己的，不作任何改动；公开说明写在新工作表“公开说明（生成）”，以后按标记找到它。');
  });
});

describe('fill, flag and clear on a workbook with sheets of the user’s named like ours', () => {
  const data = sampleData();
  const user = [narrativeSheet('shanghai'), userSupplement, userResults];
  const start = withSheets(sample(), ...user);

  it('leave the user’s sheets exactly as they were, and find ours again by their marks', () => {
    let grid = start;
    for (const step of [(g: WorkbookGrid) => fillPlan(g, explain(g, xinjiang, data)), (g: WorkbookGrid) => flagsPlan(g), (g: WorkbookGrid) => fillPlan(g, explain(g, xinjiang, data))]) {
      grid = applyPlanToGrid(grid, step(grid));
      for (const s of user) expect(grid.sheets.find((x) => x.name === s.name)).toEqual({ ...s, state: 'visible' });
    }
    expect(grid.sheets.map((s) => s.name).slice(-3)).toEqual(['说明数据（2）', '公开说明（生成）', '检查结果（2）']);
    expect(grid.names).toEqual([
      { name: '_juesuan_supplement', formula: "'说明数据（2）'!$A$1" },
      { name: '_juesuan_narrative', formula: "'公开说明（生成）'!$A$1" },
      { name: '_juesuan_results', formula: "'检查结果（2）'!$A$1" },
    ]);
    const cleared = applyPlanToGrid(grid, clearFlagsPlan(grid));
    expect(cleared.sheets.map((s) => s.name)).toContain('检查结果');
    expect(cleared.sheets.map((s) => s.name)).not.toContain('检查结果（2）');
    expect(cleared.names?.map((n) => n.name)).toEqual(['_juesuan_supplement', '_juesuan_narrative']);
  });

  it('read the 说明数据 from our sheet only, and audit the text of the user’s 说明数据 and 检查结果', () => {
    const filled = applyPlanToGrid(start, fillPlan(start, explain(start, xinjiang, data)));
    expect(explain(filled, xinjiang).resolved).toMatchObject({ origin: 'sheet', target: { sheet: '说明数据（2）', how: 'marked' } });
    expect(explain(start, xinjiang).resolved.origin).toBe('none');
    // The user's 检查结果 says 收入总计 1,488.29万元 — right, so no finding; a wrong figure there is found.
    const wrong = withSheets(sample(), sheet('检查结果', [['上次审计的意见：收入总计1,488.92万元，与决算表一致。']]));
    expect(check(wrong).findings.filter((f) => f.cells.some((c) => c.startsWith('检查结果!')))).toHaveLength(1);
    // Our own 检查结果 is not read as explanation text.
    const flagged = applyPlanToGrid(wrong, flagsPlan(wrong));
    expect(check(flagged).findings.filter((f) => f.cells.some((c) => c.includes('检查结果（2）')))).toEqual([]);
  });

  it('the 公开说明 writer alone says where it writes before writing', () => {
    const plan = narrativePlan(start, xinjiang);
    expect(plan.summary[0]).toMatch(/^工作表“公开说明”是您自己的，不作任何改动；公开说明写在新工作表“公开说明（生成）”/);
    expect(plan.ops.slice(0, 2)).toEqual([
      { op: 'ensureSheet', sheet: '公开说明（生成）' },
      { op: 'markSheet', sheet: '公开说明（生成）', role: 'narrative' },
    ]);
    expect(documentLines(explain(start, xinjiang).document)[0]!.text).toContain('部门决算公开说明');
  });
});
