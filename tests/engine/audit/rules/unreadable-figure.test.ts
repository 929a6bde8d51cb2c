import rule from '../../../../src/engine/audit/rules/unreadableFigure';
import { sample, testRule } from '../../../support/ruleTester';
import { toGrid } from '../../../../fixtures/workbook';
import { yuanWorkbook } from '../../../../fixtures/yuan';

testRule(rule, {
  valid: [{ name: 'the sample' }, { name: 'dashes and blanks mean no figure', edits: [['收入决算表', 'E9', '-'], ['收入决算表', 'F9', '—'], ['收入决算表', 'G9', null]] },
    { name: 'a figure typed with the table’s own unit', edits: [['收入决算表', 'D9', '12.50万元'], ['收入决算表', 'E9', '3.00 万元']] },
    {
      name: 'figures as exports and accountants write them (\'1,372.79, △, ▲, 3.20-, –3.20, 1 372.79)',
      edits: [['收入决算表', 'D9', "'12.50"], ['收入决算表', 'E9', '–3.00'], ['收入决算表', 'F9', '−3.00'], ['收入决算表', 'G9', '△3.00'], ['收入决算表', 'H9', '▲3.00'], ['收入决算表', 'I9', '3.00-'], ['收入决算表', 'D10', '1 372.79']],
    },
    {
      // The yuan sign agrees with a table in 元: read.
      name: 'a figure with a yuan sign (¥, ￥) in a table in 元',
      grid: () => toGrid(yuanWorkbook()),
      edits: [['收入决算表', 'E9', '¥30,000.00'], ['收入决算表', 'F9', '￥-30,000.00'], ['收入决算表', 'G9', '(¥30,000.00)']],
    },
    // Nothing is nothing in any unit (it was a 错误 for its unit).
    { name: 'a zero typed in another unit', edits: [['收入决算表', 'D9', '0元'], ['项目支出绩效自评表', 'D6', '0.00元']] },
    // Nor a zero with a yuan sign: 0 in 元 or in 万元 (helper-h190: a finding asking which, since c91dddf).
    { name: 'a zero typed with a yuan sign in a 万元 table', edits: [['收入决算表', 'D9', '¥0.00'], ['项目支出绩效自评表', 'D6', '￥0']] },
  ],
  invalid: [
    { name: 'text in a figure cell', edits: [['收入决算表', 'D9', 'abc']], errors: [{ severity: 'error', first: '收入决算表!D9', message: '“abc”不是数字' }] },
    {
      // Read as 34.07 万元 before: ten thousand times the amount typed, in every relation and in the text.
      name: 'a figure typed in another unit than the table’s (元 in a 万元 table)',
      edits: [['收入决算表', 'D9', '34.07元']],
      errors: [{ severity: 'error', first: '收入决算表!D9', message: '“34.07元”写的单位不是表的单位（万元）：请按万元只填数字' }],
    },
    {
      // The 自评表 is no table of `tables`: its unit was not found, and the finding said “不是数字” of a number.
      name: 'a 自评表 figure typed in another unit',
      edits: [['项目支出绩效自评表', 'D6', '34.07元']],
      errors: [{ severity: 'error', first: '项目支出绩效自评表!D6', message: '“34.07元”写的单位不是表的单位（万元）：请按万元只填数字' }],
    },
    {
      // Read as 1,372.79 万元 before: most likely 1,372.79 元 pasted from a system that keeps 元, ten thousand times over.
      name: 'a figure with a yuan sign in a 万元 table (¥1,372.79): 元 or 万元, the accountant says',
      edits: [['收入决算表', 'D9', '¥1,372.79'], ['收入决算表', 'E9', '￥-3.00']],
      errors: [
        { severity: 'error', first: '收入决算表!D9', message: '“¥1,372.79”带人民币符号¥，而表的单位是万元：带¥的数一般是以元计的金额，无法确定是元还是万元。请按万元只填数字，不带¥。' },
        { severity: 'error', first: '收入决算表!E9', message: '“￥-3.00”带人民币符号¥，而表的单位是万元' },
      ],
    },
    {
      name: 'a 自评表 figure with a yuan sign (its funds in 万元)',
      edits: [['项目支出绩效自评表', 'D6', '¥34.07']],
      errors: [{ severity: 'error', first: '项目支出绩效自评表!D6', message: '“¥34.07”带人民币符号¥，而表的单位是万元' }],
    },
    {
      // Read as 12 before: the digits joined across the space.
      name: 'a space inside a number that is no thousands grouping (1 2)',
      edits: [['收入决算表', 'D9', '1 2']],
      errors: [{ severity: 'error', first: '收入决算表!D9', message: '“1 2”数字中间有空格，不是三位一组的千分位：请删去空格，填入数字（如 1372.79 或 1,372.79）' }],
    },
    {
      name: 'a space grouping the digits other than in threes (13 72.79)',
      edits: [['收入决算表', 'D9', '13 72.79']],
      errors: [{ severity: 'error', first: '收入决算表!D9', message: '“13 72.79”数字中间有空格' }],
    },
    {
      // A space inside the number of a figure typed with another unit: no number, not an amount of 12 元.
      name: 'a spaced number with a unit after it (1 2元)',
      edits: [['收入决算表', 'D9', '1 2元']],
      errors: [{ severity: 'error', first: '收入决算表!D9', message: '“1 2元”数字中间有空格' }],
    },
    {
      name: 'a comma for the decimal point (1.372,79)',
      edits: [['收入决算表', 'D9', '1.372,79']],
      errors: [{ severity: 'error', first: '收入决算表!D9', message: '“1.372,79”用逗号作小数点或千分位不是三位一组，无法确定数值：请用小数点，逗号只作三位一组的千分位（如 1,372.79）' }],
    },
    {
      name: 'a figure in 元 in a 万元 table, the unit after a space (1,372.79 元)',
      edits: [['收入决算表', 'D9', '1,372.79 元']],
      errors: [{ severity: 'error', first: '收入决算表!D9', message: '“1,372.79 元”写的单位不是表的单位（万元）：请按万元只填数字' }],
    },
    { name: 'an Excel error', edits: [['一般公共预算财政拨款支出决算表', 'C6', { error: '#REF!' }]], errors: [{ severity: 'error', first: '一般公共预算财政拨款支出决算表!C6', message: '#REF!' }] },
    {
      // It read “” is no number, leave it blank: what the cell needs is calculating.
      name: 'a formula a program wrote without its result',
      grid: () => {
        const g = sample();
        return { ...g, sheets: g.sheets.map((s) => (s.name === '收入决算表' ? { ...s, rows: s.rows.map((r, i) => (i === 8 ? r.map((v, c) => (c === 3 ? null : v)) : r)), uncalculated: [[8, 3] as const] } : s)) };
      },
      errors: [{ severity: 'error', first: '收入决算表!D9', message: '是公式，但文件中没有计算结果' }],
    },
  ],
});
