import { formatInspect, inspectReport } from '../../../src/engine/report/inspect';
import { recognise } from '../../../src/engine/recognise/recognise';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { withBasicSplit } from '../../../fixtures/splitBasic';

describe('the inspect report', () => {
  it('names a table by the title the workbook prints where it is another of its titles (云南’s 收入支出决算表), keeping the canonical one', () => {
    const report = inspectReport(recognise(toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { withoutZong: true }))));
    const summary = report.tables.find((t) => t.code === '01')!;
    expect(summary).toMatchObject({ title: '收入支出决算总表', printedTitle: '收入支出决算表' });
    expect(report.tables.find((t) => t.code === '02')).not.toHaveProperty('printedTitle');
    expect(formatInspect(report, 'x.xlsx')).toContain('  01  收入支出决算表  （工作表“');
  });

  it('carries no printed title for the canonical titles (the JSON contract unchanged)', () => {
    const report = inspectReport(recognise(toGrid(buildWorkbook(changji2022, standardPlan(changji2022)))));
    expect(report.tables.every((t) => !('printedTitle' in t))).toBe(true);
  });

  it.each([false, true])('lists each part of a table 06 read from two sheets, where it stands (the 公用经费 part first: %s)', (publicFirst) => {
    const book = withBasicSplit(buildWorkbook(changji2022, standardPlan(changji2022)), { title: '一般公共预算财政拨款基本支出决算表（续）', publicFirst });
    const report = inspectReport(recognise(toGrid(book)));
    expect(report.problems).toEqual([]);
    const basic = report.tables.find((t) => t.code === '06')!;
    expect(basic).toMatchObject({ sheet: '一般公共预算财政拨款基本支出决算表', range: 'A1:C23', parts: [{ sheet: '公用经费', range: 'A1:C23' }] });
    expect(formatInspect(report, 'x.xlsx')).toContain('  06  一般公共预算财政拨款基本支出决算表  （工作表“一般公共预算财政拨款基本支出决算表”A1:C23、工作表“公用经费”A1:C23，单位：万元）');
    // A table in one piece has none.
    expect(report.tables.filter((t) => 'parts' in t).map((t) => t.code)).toEqual(['06']);
  });

  it('lists the page of a table on the sheet after its own (a page a sheet)', () => {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const i = g.sheets.findIndex((s) => s.name === '收入决算表');
    const rows = g.sheets[i]!.rows;
    const page = { name: '收入决算表（2）', rows: [rows[0]!.map((v) => (v === '收入决算表' ? '收入决算表（续）' : v)), ...rows.slice(1, 5), ...rows.slice(15)] };
    const cut = { sheets: [...g.sheets.slice(0, i), { ...g.sheets[i]!, rows: rows.slice(0, 15), merges: undefined }, page, ...g.sheets.slice(i + 1)] };
    const report = inspectReport(recognise(cut));
    expect(report.problems).toEqual([]);
    expect(report.tables.find((t) => t.code === '02')).toMatchObject({ sheet: '收入决算表', range: 'A1:I15', parts: [{ sheet: '收入决算表（2）', range: expect.stringMatching(/^A1:I\d+$/) }] });
  });
});
