/**
 * Tables 08 and 09 published as their title and one sentence, no form under it. A sentence declaring the table empty
 * (`本部门2024年度无政府性基金预算财政拨款收入、支出及结转结余，故本表为空表。`) is read as an empty table's 说明 is; any other
 * sentence is said as the form missing under its title. Both were said as tables the workbook lacks (找不到, 错误).
 */
import { recognise } from '../../../src/engine/recognise/recognise';
import { check } from '../../../src/engine/workflow';
import { isEmptyTable } from '../../../src/engine/tables/model';
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';

const GOV_FUND = '政府性基金预算财政拨款收入支出决算表';
const STATE_CAPITAL = '国有资本经营预算财政拨款收入支出决算表';
const EMPTY = '本部门2022年度无政府性基金预算财政拨款收入、支出及结转结余，故本表为空表。';

/** The sample with a table's sheet holding `rows` only (its title first). */
function withSheet(name: string, rows: CellValue[][]): WorkbookGrid {
  const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  return { ...grid, sheets: grid.sheets.map((s) => (s.name === name ? { ...s, rows, merges: [] } : s)) };
}

describe('08 and 09 as their title and one sentence', () => {
  it.each([
    ['the title and the sentence', [[GOV_FUND], [EMPTY]]],
    ['with the unit line between', [[GOV_FUND], ['部门：新疆昌吉州政务服务和公共资源交易管理局', null, null, null, null, null, '公开08表', '单位：万元'], [EMPTY]]],
    ['the sentence a row lower, in another column', [[GOV_FUND], [], [null, EMPTY]]],
  ] as const)('reads a sentence declaring the table empty as the empty table’s 说明 (%s)', (_what, rows) => {
    const grid = withSheet(GOV_FUND, rows.map((r) => [...r]));
    const rec = recognise(grid);
    const table = rec.tables.govFund!;
    expect(table).toBeDefined();
    expect(isEmptyTable(table)).toBe(true);
    expect(table.notes.map((n) => n.text)).toEqual([EMPTY]);
    expect(rec.missing).toEqual([]);
    expect(rec.problems.filter((p) => p.table === '08')).toEqual([]);
    const findings = check(grid).findings.filter((f) => f.table === '08' || f.message.includes(GOV_FUND));
    expect(findings).toEqual([]);
  });

  it('says a title with a sentence that does not say the table is empty as the form missing under its title, not a table not found', () => {
    const grid = withSheet(STATE_CAPITAL, [[STATE_CAPITAL], ['本表数据见附件。']]);
    const rec = recognise(grid);
    expect(rec.tables.stateCapital).toBeUndefined();
    expect(rec.missing).toEqual(['09']);
    const found = check(grid).findings.filter((f) => f.rule === 'missing-table');
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      [
        'error',
        '工作表“国有资本经营预算财政拨款收入支出决算表”A1是《国有资本经营预算财政拨款收入支出决算表》（公开09表）的标题，但标题下没有表格，只有文字：部门决算公开的九张表缺一不可，请在标题下保留表样（表头和合计行）；本年没有数据时，在表下写明“说明：本单位本年度没有……收入和支出，故本表无数据。”',
      ],
    ]);
    expect(rec.problems.find((p) => p.cell === 'A1' && p.table === '09')!.message).toContain('只有文字“本表数据见附件。”');
    expect(rec.problems.find((p) => p.cell === null && p.table === '09')!.message).toBe('未找到《国有资本经营预算财政拨款收入支出决算表》（公开09表）：找到了标题，但标题下没有表格，见上一条。');
  });

  it('reads a form whose header cannot be read as before (figures under the title): not as a sentence', () => {
    const grid = withSheet(GOV_FUND, [[GOV_FUND], ['甲', '乙', '丙'], ['合计', 1, 2]]);
    const rec = recognise(grid);
    expect(rec.tables.govFund).toBeUndefined();
    expect(check(grid).findings.find((f) => f.rule === 'missing-table')!.message).toContain('工作簿中找不到《政府性基金预算财政拨款收入支出决算表》');
  });
});
