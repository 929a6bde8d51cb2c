import rule from '../../../../src/engine/audit/rules/supplementImpossibleValue';
import type { CellValue } from '../../../../src/engine/grid/cell';
import { runAudit } from '../../../../src/engine/audit/audit';
import { recognise } from '../../../../src/engine/recognise/recognise';
import { readSupplementSheet } from '../../../../src/engine/supplement/readSheet';
import { sampleWithSupplementSheet, testRule } from '../../../support/ruleTester';

type Json = { 指标: Record<string, Record<string, unknown>>; 事项: Record<string, unknown> };

const indicator = (key: string, field: string, v: number) => (j: Json) => {
  j.指标[key] = { ...j.指标[key], [field]: v };
};
const matter = (key: string, v: number) => (j: Json) => {
  j.事项[key] = v;
};

testRule(rule, {
  valid: [
    { name: 'the sample' },
    { name: 'the sample with its 说明数据 sheet', grid: sampleWithSupplementSheet },
    {
      name: 'zeros: a 上年数, a budget, a 事项 amount, an area and a count of 0',
      data: (j) => {
        indicator('收入总计', '上年数', 0)(j);
        indicator('公务接待费', '全年预算数', 0)(j);
        matter('政府采购支出总额', 0)(j);
        matter('房屋面积', 0)(j);
        matter('公务用车保有量', 0)(j);
      },
    },
    // A refund of an earlier year's spending can leave a 项 below zero in last year's table.
    { name: 'a 功能分类 项 whose 上年数 is below zero', data: indicator('2299999', '上年数', -1.2) },
    { name: 'a 功能分类 类 whose 本年数 is below zero', data: indicator('229', '本年数', -0.5) },
    {
      name: '机关运行经费 of a mixed department below zero after a refund, and a 公用经费 上年数 below zero',
      data: (j) => {
        (j as { 单位性质?: string }).单位性质 = '混合';
        j.指标['机关运行经费'] = { 本年数: -1.03, 上年数: -0.5, 主要原因: '收回以前年度多列支出' };
        indicator('公用经费', '上年数', -2)(j);
      },
    },
    { name: 'an average score with decimals (绩效平均得分 is kept with the counts)', data: matter('绩效平均得分', 92.5) },
    { name: 'a whole count written with a decimal point (3.0)', data: matter('国内公务接待批次', 3.0) },
  ],
  invalid: [
    {
      name: 'a 上年数 below zero (from a JSON file: no cell)',
      data: indicator('收入总计', '上年数', -1801.23),
      errors: [
        {
          severity: 'error',
          first: null,
          message:
            '说明数据“指标·收入总计·上年数”为 -1,801.23 万元，小于零：收入总计的上年数是收入、支出或预算的金额，不能为负数。请核对说明数据中的这一项并改正（没有的填 0，不知道时留空）。',
        },
      ],
    },
    {
      name: 'a 功能分类 项 whose 年初预算数 is below zero',
      data: indicator('2010301', '年初预算数', -200),
      errors: [{ severity: 'error', first: null, message: '说明数据“指标·2010301·年初预算数”为 -200.00 万元，小于零：2010301的年初预算数是收入、支出或预算的金额' }],
    },
    {
      name: 'a 本年数 below zero (人员经费)',
      data: indicator('人员经费', '本年数', -3),
      errors: [{ severity: 'error', first: null, message: '说明数据“指标·人员经费·本年数”为 -3.00 万元，小于零' }],
    },
    {
      name: 'budgets below zero: 机关运行经费 (its 决算 figures may be) and a “三公” item',
      data: (j) => {
        indicator('机关运行经费', '年初预算数', -10)(j);
        indicator('公务接待费', '全年预算数', -0.2)(j);
      },
      errors: [
        // In the 说明数据's order: 公务接待费 is in the sample's, 机关运行经费 added after it.
        { severity: 'error', first: null, message: '说明数据“指标·公务接待费·全年预算数”为 -0.20 万元，小于零' },
        { severity: 'error', first: null, message: '说明数据“指标·机关运行经费·年初预算数”为 -10.00 万元，小于零' },
      ],
    },
    {
      name: 'an amount below zero that shows as 0.00 is named as typed',
      data: indicator('公务接待费', '上年数', -0.004),
      errors: [{ severity: 'error', first: null, message: '说明数据“指标·公务接待费·上年数”为 -0.004 万元，小于零' }],
    },
    {
      name: 'a 事项 amount below zero',
      data: matter('外宾接待费', -0.1),
      errors: [
        {
          severity: 'error',
          first: null,
          message: '说明数据“事项·外宾接待费”为 -0.10 万元，小于零：外宾接待费是金额，不能为负数。请核对说明数据中的这一项并改正（没有的填 0，不知道时留空）。',
        },
      ],
    },
    {
      name: 'an area below zero',
      data: matter('房屋面积', -120),
      errors: [{ severity: 'error', first: null, message: '说明数据“事项·房屋面积”为 -120 平方米，小于零：面积不能为负数。请核对说明数据中的这一项并改正（没有房屋的填 0）。' }],
    },
    {
      name: 'a count that is not a whole number',
      data: matter('公务用车保有量', 2.5),
      errors: [{ severity: 'error', first: null, message: '说明数据“事项·公务用车保有量”为 2.5，不是整数：公务用车保有量是个数，只能是整数。请改为实际的数量（没有的填 0）。' }],
    },
    {
      name: 'several at once, each its own finding (none with a cell)',
      data: (j) => {
        indicator('支出总计', '上年数', -5)(j);
        matter('国内公务接待人次', 18.5)(j);
      },
      errors: [
        { severity: 'error', first: null, message: '说明数据“指标·支出总计·上年数”为 -5.00 万元' },
        { severity: 'error', first: null, message: '说明数据“事项·国内公务接待人次”为 18.5，不是整数' },
      ],
    },
    {
      name: 'with the 说明数据 sheet: a 上年数 and a count named at their cells',
      grid: sampleWithSupplementSheet,
      data: (j) => {
        indicator('收入总计', '上年数', -1801.23)(j);
        matter('公务用车保有量', 2.5)(j);
      },
      errors: [
        { severity: 'error', first: '说明数据!D8', message: '说明数据“指标·收入总计·上年数”（D8）为 -1,801.23 万元，小于零' },
        { severity: 'error', first: '说明数据!B62', message: '说明数据“事项·公务用车保有量”（B62）为 2.5，不是整数' },
      ],
    },
  ],
});

describe('supplement-impossible-value on values read from the 说明数据 sheet', () => {
  it('names the cells the values were typed in', () => {
    const grid = sampleWithSupplementSheet();
    const sheet = grid.sheets.find((s) => s.name === '说明数据')!;
    const rows = sheet.rows as CellValue[][];
    rows[7]![3] = -1801.23; // D8: 收入总计 上年数
    rows[61]![1] = 2.5; // B62: 公务用车保有量
    const { supplement, problems } = readSupplementSheet(sheet);
    expect(problems).toEqual([]);
    const findings = runAudit({ recognition: recognise(grid), supplement, grid }, [rule]);
    expect(findings.map((f) => [f.cells, f.values, f.unit])).toEqual([
      [['说明数据!D8'], [-1801.23], '万元'],
      [['说明数据!B62'], [2.5], null],
    ]);
    expect(findings[0]!.message).toContain('说明数据“指标·收入总计·上年数”（D8）为 -1,801.23 万元，小于零');
    expect(findings[1]!.message).toContain('说明数据“事项·公务用车保有量”（B62）为 2.5，不是整数');
  });
});
