import rule from '../../../../src/engine/audit/rules/emptyTableNote';
import type { CellValue, WorkbookGrid } from '../../../../src/engine/grid/cell';
import { testRule } from '../../../support/ruleTester';
import { changji2022 } from '../../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../../fixtures/workbook';

const GOV_FUND = '政府性基金预算财政拨款收入支出决算表';

function shanghaiEmpty(): WorkbookGrid {
  return toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { shanghaiEmptyFunds: true, columnNumbers: false }));
}

/** The 08 table with its lines under it replaced. */
function govFundNotes(...lines: string[]) {
  return () => {
    const grid = shanghaiEmpty();
    const sheet = grid.sheets.find((s) => s.name === GOV_FUND)!;
    const rows = sheet.rows as CellValue[][];
    const first = rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('注：'));
    rows.splice(first, rows.length - first, ...lines.map((l) => [l]));
    return grid;
  };
}

testRule(rule, {
  valid: [
    { name: 'the sample: 注：本单位2022年度无政府性基金预算财政拨款收入、支出及结转和结余，故本表为空表。' },
    { name: 'the 上海 template’s 说明：…本年度没有…收入和支出，故本表无数据。', grid: shanghaiEmpty },
    { name: 'a 说明 in half-width punctuation and other words', grid: govFundNotes('注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。', '说明:本部门2024年度未发生政府性基金预算财政拨款收支,本表为空表.') },
    { name: 'a 说明 no longer than 注：本单位无政府性基金收支。', grid: govFundNotes('注：本单位无政府性基金收支。') },
    { name: 'the sample’s 注 without its last clause (…无…收入、支出及结转和结余。)', grid: govFundNotes('注：本单位2022年度无政府性基金预算财政拨款收入、支出及结转和结余。') },
    { name: '…无…收入支出 (no 和 or 及)', grid: govFundNotes('说明：本单位本年度无政府性基金预算财政拨款收入支出。') },
    { name: '此表无数据', grid: govFundNotes('注：此表无数据。') },
    { name: '…决算表为空表', grid: govFundNotes('注：本单位2022年度政府性基金预算财政拨款收入支出决算表为空表。') },
    {
      name: 'the 说明 typed into the table’s body, under a figure column',
      grid: () => {
        const grid = govFundNotes()();
        const rows = grid.sheets.find((s) => s.name === GOV_FUND)!.rows as CellValue[][];
        rows.push([null, null, '本部门2024年度无政府性基金预算财政拨款收支，故本表为空表']);
        return grid;
      },
    },
    {
      name: 'a table with figures needs no 说明',
      grid: () => toGrid(buildWorkbook({ ...changji2022, govFund: [{ code: 'total', name: '合计', values: { yearIncome: 5, yearExpenditure: 5, project: 5 } }] }, standardPlan(changji2022))),
    },
  ],
  invalid: [
    {
      name: 'only the footnote 注：本表反映…',
      grid: govFundNotes('注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。'),
      errors: [{ severity: 'warning', first: `${GOV_FUND}!A1`, message: '《政府性基金预算财政拨款收入支出决算表》没有数据，表下却没有说明' }],
    },
    {
      name: 'the template’s instruction left in place instead of the 说明',
      grid: govFundNotes('注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。', '无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：'),
      errors: [{ severity: 'warning', first: `${GOV_FUND}!A1` }],
    },
  ],
});
