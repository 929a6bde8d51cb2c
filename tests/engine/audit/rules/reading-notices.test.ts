import rule from '../../../../src/engine/audit/rules/readingNotices';
import type { SheetGrid, WorkbookGrid } from '../../../../src/engine/grid/cell';
import { sample, sheet, testRule } from '../../../support/ruleTester';

const INCOME = '收入决算表';

/** The sample with one sheet changed. */
function changed(name: string, change: (s: SheetGrid) => SheetGrid): () => WorkbookGrid {
  return () => ({ sheets: sample().sheets.map((s) => (s.name === name ? change({ ...s, rows: s.rows.map((r) => [...r]) }) : s)) });
}

/** Last year's 收入决算表 kept beside this year's. */
function lastYearsIncome(): SheetGrid {
  const rows = sample().sheets.find((s) => s.name === INCOME)!.rows.map((r) => [...r]);
  rows[0]![0] = '2021年度收入决算表';
  return sheet('2021年度', rows);
}

/** Last year's 自评表 beside this year's. */
function lastYearsProjects(): SheetGrid {
  const s = sample().sheets.find((x) => x.name === '项目支出绩效自评表')!;
  return sheet('2021年自评', s.rows.map((r) => r.map((v) => (v === '(2022年度)' ? '(2021年度)' : v))));
}

/** The rows of the sample's 自评表 titles (0-based). */
function formTitleRows(): number[] {
  const s = sample().sheets.find((x) => x.name === '项目支出绩效自评表')!;
  return s.rows.flatMap((r, i) => (r[0] === '项目支出绩效自评表' ? [i] : []));
}

testRule(rule, {
  valid: [
    { name: 'the sample: every table read whole, in its stated unit, from a visible sheet' },
    // unreadable-figure says it (an 错误): not said twice.
    { name: 'a figure cell holding text', edits: [[INCOME, 'C9', 'abc']] },
  ],
  invalid: [
    {
      name: 'a table without its unit line, read as 万元',
      edits: [[INCOME, 'I2', null]],
      errors: [{ severity: 'warning', first: `${INCOME}!A1`, message: '读取提示：工作表“收入决算表”A1的《收入决算表》下方找不到金额单位（如“单位：万元”），已按万元读取' }],
    },
    {
      name: 'last year’s copy of a table, left out',
      sheets: [lastYearsIncome()],
      errors: [{ severity: 'warning', first: "'2021年度'!A1", message: '也是《收入决算表》，与工作表“收入决算表”A1重复；已使用工作表“收入决算表”的表' }],
    },
    {
      name: 'a 自评表 of another year, not counted (one notice per form)',
      sheets: [lastYearsProjects()],
      errors: formTitleRows().map((row) => ({
        severity: 'warning' as const,
        first: `'2021年自评'!A${row + 1}`,
        message: '的《项目支出绩效自评表》是2021年度的表，不是本次2022年度的，未计入',
      })),
    },
    {
      name: 'a title whose header cannot be read (missing-table says the table is missing; this says why)',
      edits: [
        [INCOME, 'A3', null],
        [INCOME, 'C3', null],
        [INCOME, 'A4', null],
        [INCOME, 'B4', null],
      ],
      errors: [{ severity: 'warning', first: `${INCOME}!D3`, message: '读取提示：工作表“收入决算表”D3起的《收入决算表》表头中找不到“项目”或“科目编码/科目名称”列' }],
    },
    {
      name: 'a table read from a hidden sheet',
      grid: changed(INCOME, (s) => ({ ...s, state: 'hidden' })),
      errors: [{ severity: 'warning', first: `${INCOME}!A1`, message: '在隐藏的工作表上，已照常读取' }],
    },
    {
      name: 'a row of figures without its code and name, not read',
      edits: [
        [INCOME, 'A28', null],
        [INCOME, 'B28', null],
      ],
      errors: [{ severity: 'warning', first: `${INCOME}!C28`, message: '有数字，但这一行没有项目名称或科目编码' }],
    },
  ],
});
