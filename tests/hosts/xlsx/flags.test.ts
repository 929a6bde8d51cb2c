/**
 * Flags in place, on a real .xlsx: flag then clear gives back the workbook exactly (values, styles,
 * conditional formats, notes); the accountant's own note and conditional format are never touched; checking
 * twice gives the same workbook as once; marks in 检查结果 survive a re-run.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import { loadXlsx, workbookToGrid } from '../../../src/hosts/xlsx/read';
import { applyPlan } from '../../../src/hosts/xlsx/apply';
import { check } from '../../../src/engine/workflow';
import { clearFlagsPlan, flagPlan, RESULT_SHEET } from '../../../src/engine/audit/flags';
import { FLAG_MARKER, NOTE_TAG } from '../../../src/engine/plan/plan';
import { SAMPLE_DATA, SAMPLE_XLSX } from '../../../fixtures/build-sample';
import { roundTrip, snapshot } from '../../support/workbookSnapshot';
import { toXlsx } from '../../../fixtures/workbook';
import { yuanWorkbook } from '../../../fixtures/yuan';

let data: unknown;
/** The sample with a mistake (其他收入 10.34), a note of the accountant's on the cell the finding starts at, and a format of theirs. */
async function original(): Promise<ExcelJS.Workbook> {
  const wb = await loadXlsx(await fs.readFile(SAMPLE_XLSX));
  const ws = wb.getWorksheet('收入支出决算总表')!;
  ws.getCell('C13').value = 10.34;
  ws.getCell('C32').note = '会计自己的批注';
  ws.addConditionalFormatting({ ref: 'C6:C13', rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['1000'], priority: 1, style: { font: { bold: true } } }] });
  return roundTrip(wb);
}

async function flag(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const grid = workbookToGrid(wb);
  applyPlan(wb, flagPlan(grid, check(grid, data).findings));
  return roundTrip(wb);
}

beforeAll(async () => {
  data = JSON.parse(await fs.readFile(SAMPLE_DATA, 'utf8'));
});

describe('flags in an .xlsx', () => {
  it('marks the cells with conditional formats and tagged notes, and lists the findings', async () => {
    const flagged = await flag(await original());
    const ws = flagged.getWorksheet('收入支出决算总表')!;
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings;
    const ours = cf.filter((c) => c.rules.some((r) => r.formulae?.some((f) => f.includes(FLAG_MARKER))));
    expect(ours.map((c) => c.ref).join(' ')).toContain('C13');
    expect(ws.getCell('C32').note).toBe('会计自己的批注');
    expect(String(ws.getCell('C13').note)).toMatch(new RegExp(`^${NOTE_TAG}`));
    expect(cf.some((c) => c.ref === 'C6:C13')).toBe(true);
    const results = flagged.getWorksheet(RESULT_SHEET)!;
    expect(results.getCell('A4').value).toBe('编号');
    expect(results.getCell('B5').value).toBe('错误');
    const link = results.getCell('F5').value as { hyperlink: string };
    expect(link.hyperlink).toMatch(/^#收入支出决算总表!C\d+$/);
  });

  it('flag then clear leaves the workbook as it was: values, styles, conditional formats, notes', async () => {
    const before = await original();
    const flagged = await flag(await original());
    const grid = workbookToGrid(flagged);
    applyPlan(flagged, clearFlagsPlan(grid));
    expect(snapshot(await roundTrip(flagged))).toEqual(snapshot(before));
  });

  it('checking twice gives the same workbook as checking once', async () => {
    const once = await flag(await original());
    const twice = await flag(await roundTrip(once));
    expect(snapshot(twice)).toEqual(snapshot(once));
  });

  it('keeps a mark (已说明, with the words) across a re-run, and stops flagging that finding', async () => {
    const flagged = await flag(await original());
    const results = flagged.getWorksheet(RESULT_SHEET)!;
    // The finding's id is in 标识 (column J); 编号 is the number the pane shows.
    expect(results.getCell('J4').value).toBe('标识');
    const id = String(results.getCell('J5').value);
    results.getCell('H5').value = '已说明';
    results.getCell('I5').value = '其他收入按财政口径调整';
    const again = await flag(await roundTrip(flagged));
    const rows = again.getWorksheet(RESULT_SHEET)!;
    let found = 0;
    rows.eachRow((row) => {
      if (row.getCell(10).value === id) {
        found++;
        expect([row.getCell(8).value, row.getCell(9).value]).toEqual(['已说明', '其他收入按财政口径调整']);
      }
    });
    expect(found).toBe(1);
    const grid = workbookToGrid(again);
    const finding = check(grid, data).findings.find((f) => f.id === id)!;
    const first = finding.cellRefs[0]!;
    const ws = again.getWorksheet(first.sheet)!;
    const cell = ws.getCell(first.row + 1, first.col + 1);
    expect(String(cell.note ?? '')).not.toContain(finding.message);
  });

  it('in a workbook in 元, writes each 差额 with its unit, and clearing still gives back the workbook exactly', async () => {
    const before = await loadXlsx(await toXlsx(yuanWorkbook()));
    const flagged = await flag(await loadXlsx(await toXlsx(yuanWorkbook())));
    const results = flagged.getWorksheet(RESULT_SHEET)!;
    expect(results.getCell('G4').value).toBe('差额');
    const differences: string[] = [];
    results.eachRow((row, n) => {
      if (n > 4) differences.push(String(row.getCell(7).value));
    });
    expect(differences).toContain('5.96 元');
    expect(differences.filter((d) => d.endsWith(' 元')).length).toBeGreaterThanOrEqual(12);
    expect(differences.some((d) => d.includes('万元'))).toBe(false);
    applyPlan(flagged, clearFlagsPlan(workbookToGrid(flagged)));
    expect(snapshot(await roundTrip(flagged))).toEqual(snapshot(await roundTrip(before)));
  });
});
