import rule from '../../../../src/engine/audit/rules/supplementCurrentFigures';
import { sampleWithSupplementSheet, testRule } from '../../../support/ruleTester';
import { changji2022 } from '../../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../../fixtures/workbook';
import { check } from '../../../../src/engine/workflow';

/** The sample with every table in 元: table 06's 公用经费合计 is 673,900.00 元. */
const inYuan = () => toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { unit: '元' }));

const T6 = '一般公共预算财政拨款基本支出决算表';
const T5 = '一般公共预算财政拨款支出决算表';

/** The sample with its 说明数据 sheet, a number typed over the 本年数 formula of `key`'s row. */
function typedOver(key: string, value: number) {
  return () => {
    const grid = sampleWithSupplementSheet();
    const sheet = grid.sheets.find((s) => s.name === '说明数据')!;
    const row = sheet.rows.findIndex((r) => r[0] === key);
    const rows = sheet.rows.map((r) => [...r]);
    rows[row]![2] = value;
    const formulas = sheet.formulas?.map((r) => [...r]);
    if (formulas?.[row]) formulas[row]![2] = null;
    return { ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...sheet, rows, ...(formulas ? { formulas } : {}) } : s)) };
  };
}

testRule(rule, {
  valid: [
    { name: 'the sample: no 本年数 given' },
    { name: 'a 本年数 given as the table has it (公用经费, 收入总计, a 项)', data: (j) => Object.assign(j.指标, { 公用经费: { 本年数: 67.39 }, 收入总计: { ...j.指标.收入总计, 本年数: 1488.29 }, '2010301': { ...j.指标['2010301'], 本年数: 223.14 } }) },
    { name: 'the same against tables in 元 (673,900.00 元 is 67.39 万元)', grid: inYuan, data: (j) => (j.指标.公用经费 = { 本年数: 67.39 }) },
    // office-cost's: typed for a 混合 department, held to table 06 for a 行政单位 in words of its own.
    { name: '机关运行经费’s 本年数, whatever it is', data: (j) => (j.指标.机关运行经费 = { 本年数: 70 }) },
    { name: 'the 说明数据 sheet as the pane writes it (its 本年数 are formulas, read as nothing typed)', grid: sampleWithSupplementSheet },
  ],
  invalid: [
    {
      // helper-h130: the text quoted table 06's 67.39 and nothing said why the 50.00 typed was not used.
      name: 'a 本年数 given in the 说明数据 JSON that is not the table’s',
      data: (j) => (j.指标.公用经费 = { 本年数: 50 }),
      errors: [
        {
          severity: 'error',
          first: `${T6}!F23`,
          message: '说明数据“指标·公用经费·本年数” 50.00 万元，与决算表中的本年数 67.39 万元不符，少 17.39 万元：公开说明按决算表的数写，这个填写的数没有用到。',
        },
      ],
    },
    {
      name: 'one off by the rounding of two figures: a 尾差',
      data: (j) => (j.指标.公用经费 = { 本年数: 67.4 }),
      errors: [{ severity: 'rounding', first: `${T6}!F23` }],
    },
  ],
});

describe('a number typed over a 本年数 formula of the 说明数据 sheet', () => {
  it('is said at its cell, with the table’s cell beside it', () => {
    const grid = typedOver('2010301', 230)();
    const row = grid.sheets.find((s) => s.name === '说明数据')!.rows.findIndex((r) => r[0] === '2010301');
    const found = check(grid).findings.filter((f) => f.rule === rule.id);
    expect(found.map((f) => [f.severity, f.cells])).toEqual([['error', [`说明数据!C${row + 1}`, `${T5}!C9`]]]);
    expect(found[0]!.message).toContain(`说明数据“指标·2010301·本年数”（C${row + 1}） 230.00 万元，与决算表中的本年数 223.14 万元不符，多 6.86 万元`);
  });

  it('is nothing while the formula stands (the sheet as the pane writes it)', () => {
    expect(check(sampleWithSupplementSheet()).findings.filter((f) => f.rule === rule.id)).toEqual([]);
  });
});
