import { formatInspect, inspectReport } from '../../../src/engine/report/inspect';
import { recognise } from '../../../src/engine/recognise/recognise';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';

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
});
