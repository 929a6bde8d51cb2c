/**
 * The add-in's own sheets in an .xlsx (the command line and the web page): both readers give the marks; `fill` and
 * `check --out` leave a user's 公开说明 / 说明数据 / 检查结果 exactly as they were, say where they wrote instead, and
 * the next run finds those sheets by their marks; a plan the guard refuses leaves the workbook untouched.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { loadXlsx, readXlsx, workbookToGrid } from '../../../src/hosts/xlsx/read';
import { applyPlan } from '../../../src/hosts/xlsx/apply';
import { markedSheets } from '../../../src/engine/plan/owned';
import { PlanRefused } from '../../../src/engine/plan/errors';
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import { SAMPLE_DATA, SAMPLE_XLSX } from '../../../fixtures/build-sample';
import { recognise } from '../../../src/engine/recognise/recognise';
import { selfEvaluationPlan } from '../../../src/engine/derive/selfEvaluation';
import { toA1 } from '../../../src/engine/grid/address';
import { cli } from '../../support/cli';
import { snapshot } from '../../support/workbookSnapshot';

/** The sample with sheets of the accountant's named like ours: text, a note, a fill, a width. */
async function withUserSheets(): Promise<ExcelJS.Workbook> {
  const wb = await loadXlsx(await fs.readFile(SAMPLE_XLSX));
  const own = (name: string, rows: (string | number)[][]) => {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 1, j + 1).value = v)));
    ws.getCell('A1').note = '会计自己的批注';
    ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    ws.getColumn(1).width = 50;
  };
  own('公开说明', [['我局2022年度部门决算公开说明'], ['2022年度收入总计1,488.29万元，与上年相比减少312.94万元，下降17.37%。']]);
  own('说明数据', [['我自己的记录'], ['', '第二格'], ['', '', 3]]);
  own('检查结果', [['上次审计的意见'], ['退回修改', 2]]);
  return wb;
}

const USER = ['公开说明', '说明数据', '检查结果'];
const userPart = (wb: ExcelJS.Workbook) => snapshot(wb).filter((s) => USER.includes(s.name));
const roles = (grid: WorkbookGrid) => Object.fromEntries([...markedSheets(grid)].map(([role, s]) => [role, s.name]));

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-owned-'));
});

describe('marks in an .xlsx', () => {
  it('our reader and ExcelJS read the same workbook-scoped names; a sheet’s own name (print area) is not one', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('公开说明（生成） 2022');
    ws.getCell('A1').value = 'x';
    ws.pageSetup.printArea = 'A1:B2';
    wb.addWorksheet("It's mine");
    wb.definedNames.add("'公开说明（生成） 2022'!$A$1", '_juesuan_narrative');
    wb.definedNames.add("'It''s mine'!$A$1", '_juesuan_results');
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const ours = await readXlsx(bytes);
    expect(ours.names).toEqual([
      { name: '_juesuan_narrative', formula: "'公开说明（生成） 2022'!$A$1" },
      { name: '_juesuan_results', formula: "'It''s mine'!$A$1" },
    ]);
    expect(workbookToGrid(await loadXlsx(bytes)).names).toEqual(ours.names);
    expect(roles(ours)).toEqual({ narrative: '公开说明（生成） 2022', results: "It's mine" });
  });
});

describe('fill and check --out beside sheets of the user’s', () => {
  it('leave the user’s sheets as they were, say where they wrote, and find their own sheets by the mark next time', async () => {
    const input = path.join(dir, 'in.xlsx');
    const wb = await withUserSheets();
    await fs.writeFile(input, new Uint8Array(await wb.xlsx.writeBuffer()));
    const before = userPart(await loadXlsx(await fs.readFile(input)));

    const filled = path.join(dir, 'filled.xlsx');
    const fill = await cli('fill', input, '--data', SAMPLE_DATA, '--out', filled);
    expect(fill.code).toBe(0);
    expect(fill.stdout).toContain('工作表“公开说明”是您自己的，不作任何改动；公开说明写在新工作表“公开说明（生成）”，以后按标记找到它。');
    expect(fill.stdout).toContain('工作表“说明数据”是您自己的，不作任何改动；说明数据表写在新工作表“说明数据（2）”');
    const checked = path.join(dir, 'checked.xlsx');
    const check = await cli('check', filled, '--out', checked);
    expect(check.stdout).toContain('工作表“检查结果”是您自己的，不作任何改动；检查结果写在新工作表“检查结果（2）”');
    expect(check.stdout).toContain(`在工作表“检查结果（2）”列出全部`);

    const after = await loadXlsx(await fs.readFile(checked));
    expect(userPart(after)).toEqual(before);
    const grid = await readXlsx(await fs.readFile(checked));
    expect(roles(grid)).toEqual({ supplement: '说明数据（2）', narrative: '公开说明（生成）', results: '检查结果（2）' });

    // The next run writes into the same sheets: no new sheet, the user's still untouched.
    const again = path.join(dir, 'again.xlsx');
    const second = await cli('fill', checked, '--out', again);
    expect(second.stdout).not.toContain('您自己的');
    const reopened = await loadXlsx(await fs.readFile(again));
    expect(reopened.worksheets.map((w) => w.name)).toEqual(after.worksheets.map((w) => w.name));
    expect(userPart(reopened)).toEqual(before);
  }, 60_000);

  it('a plan the guard refuses writes nothing into the workbook', async () => {
    const wb = await withUserSheets();
    const before = snapshot(wb);
    const bad = {
      ops: [
        { op: 'ensureSheet' as const, sheet: '新表' },
        { op: 'setCells' as const, sheet: '新表', row: 0, col: 0, cells: [[{ value: 1 }]] },
        { op: 'clearRange' as const, sheet: '说明数据', top: 0, left: 0, bottom: 3, right: 3 },
      ],
      summary: [],
    };
    expect(() => applyPlan(wb, bad)).toThrow(PlanRefused);
    expect(() => applyPlan(wb, bad)).toThrow(/要清除工作表“说明数据”，但它不是决算公开助手创建的工作表/);
    expect(snapshot(wb)).toEqual(before);
  });

  it('deleting our sheet removes its mark too, so the file holds no broken name', async () => {
    const wb = await withUserSheets();
    applyPlan(wb, { ops: [{ op: 'ensureSheet', sheet: '检查结果（2）' }, { op: 'markSheet', sheet: '检查结果（2）', role: 'results' }], summary: [] });
    expect(workbookToGrid(wb).names).toEqual([{ name: '_juesuan_results', formula: "'检查结果（2）'!$A$1" }]);
    applyPlan(wb, { ops: [{ op: 'deleteSheet', sheet: '检查结果（2）' }], summary: [] });
    const xml = await (await import('jszip')).default.loadAsync(await wb.xlsx.writeBuffer()).then((z) => z.file('xl/workbook.xml')!.async('string'));
    expect(xml).not.toContain('_juesuan_');
  });
});

describe('a derived cell written into a 自评表 of the accountant’s', () => {
  it('takes our look alone: the cells that shared its style in the file keep theirs (ExcelJS shares one style object among them)', async () => {
    const sample = await loadXlsx(await fs.readFile(SAMPLE_XLSX));
    const grid0 = workbookToGrid(sample);
    const project = recognise(grid0).projects[0]!;
    const score = project.funds.total!.score!.cell;
    sample.getWorksheet(score.sheet)!.getCell(toA1(score.row, score.col)).value = null;
    const wb = await loadXlsx(new Uint8Array(await sample.xlsx.writeBuffer()));
    const grid = workbookToGrid(wb);
    const plan = selfEvaluationPlan(grid, recognise(grid).projects);
    expect(plan.ops).toHaveLength(1);
    const before = snapshot(wb);
    applyPlan(wb, plan, grid);
    const written = `${toA1(score.row, score.col)}`;
    const changed = snapshot(wb).flatMap((sheet, i) =>
      sheet.cells.filter((cell, j) => JSON.stringify(cell) !== JSON.stringify(before[i]!.cells[j])).map((cell) => `${sheet.name}!${(cell as [string])[0]}`),
    );
    expect(changed).toEqual([`${score.sheet}!${written}`]);
  });
});
