import rule from '../../../../src/engine/audit/rules/supplementPrintedFigures';
import { sampleData, testRule } from '../../../support/ruleTester';
import { T5, withTable05Column } from '../../../support/table05Columns';
import { recognise } from '../../../../src/engine/recognise/recognise';
import { runAudit } from '../../../../src/engine/audit/audit';
import { RULES } from '../../../../src/engine/audit/rules';
import { parseSupplementJson } from '../../../../src/engine/supplement/json';

/** withTable05Column as a case's grid. */
const withColumn = (label: string, figures: Readonly<Record<string, number>>) => () => withTable05Column(label, figures);

// The sample's 说明数据's 上年数: 一般公共预算财政拨款支出 702.89 (the 合计's), 2010301 403.53, … (each 项's).
const indicators = sampleData().指标;
const PRIOR: Record<string, number> = {
  total: indicators.一般公共预算财政拨款支出!.上年数 as number,
  ...Object.fromEntries(Object.entries(indicators).flatMap(([code, v]) => (/^\d+$/.test(code) && typeof v.上年数 === 'number' ? [[code, v.上年数]] : []))),
};

testRule(rule, {
  valid: [
    { name: 'the sample: table 05 prints no 上年 or 预算 column' },
    { name: 'a 上年决算数 column agreeing with the 说明数据’s 上年数, the total’s and each subject’s', grid: withColumn('上年决算数', PRIOR) },
    {
      name: 'a 年初预算数 column where the 说明数据 gives no 年初预算数 for the subjects (nothing to hold it to)',
      grid: withColumn('年初预算数', { '2010301': 230 }),
    },
  ],
  invalid: [
    {
      // Unread: the column was "not a 栏目 of the table"; §五（三）'s 比上年 said one figure, the table printed another.
      name: 'a 上年决算数 column whose figure for a 项, and for the total, is not the 说明数据’s 上年数',
      grid: withColumn('上年决算数', { ...PRIOR, total: 712.89, '2010301': 413.53 }),
      errors: [
        { severity: 'error', first: `${T5}!F9`, message: '“上年决算数” 413.53 万元不符，少 10.00 万元' },
        { severity: 'error', first: `${T5}!F6`, message: '说明数据“指标·一般公共预算财政拨款支出·上年数” 702.89 万元，与一般公共预算财政拨款支出决算表同一项目的“上年决算数” 712.89 万元不符' },
      ],
    },
    {
      name: 'a 年初预算数 column whose total is not the 说明数据’s 年初预算数 of 一般公共预算财政拨款支出',
      grid: withColumn('年初预算数', { total: 1300 }),
      data: (json) => {
        json.指标.一般公共预算财政拨款支出 = { ...json.指标.一般公共预算财政拨款支出, 年初预算数: 1206.34 };
      },
      errors: [{ severity: 'error', first: `${T5}!F6`, message: '“年初预算数” 1,300.00 万元不符' }],
    },
  ],
});

describe('table 05 printing a 上年决算数 column', () => {
  it('reads it as a column of the table (no notice)', () => {
    const recognition = recognise(withTable05Column('上年决算数', PRIOR));
    expect(recognition.problems.filter((p) => p.table === '05')).toEqual([]);
    expect(recognition.tables.generalBudgetExpenditure!.columns.map((c) => c.key)).toEqual(['total', 'basic', 'project', 'priorActual']);
  });
});

describe('table 05 filling its 上年决算数 or 预算 column in part (review79: each a false 错误 of the sums)', () => {
  const sums = (grid: ReturnType<typeof withTable05Column>) => {
    const recognition = recognise(grid);
    const hierarchy = RULES.filter((r) => ['subject-total-classes', 'subject-class-sections', 'subject-section-items'].includes(r.id));
    // The sample's own 尾差 (its 决算 columns) aside.
    return runAudit({ recognition, supplement: parseSupplementJson(sampleData()).supplement, grid }, hierarchy)
      .filter((f) => f.severity === 'error')
      .map((f) => f.message);
  };
  const items = Object.fromEntries(Object.entries(PRIOR).filter(([code]) => code.length === 7));

  it.each([
    ['filled on the 项 rows only', withTable05Column('上年决算数', items)],
    ['its 类 and 款 of last year more than their 项 of this year (subjects with no row this year)', withTable05Column('上年决算数', { ...items, '201': 700, '20103': 700, total: 900 })],
    ['filled on the 合计 row only', withTable05Column('全年预算数', { total: 1400 })],
  ])('adds up only what it prints, and only where the 项 exceed their 款: %s', (_how, grid) => {
    expect(sums(grid)).toEqual([]);
  });

  it('still says 项 that add up to more than their 款', () => {
    expect(sums(withTable05Column('上年决算数', { ...items, '20103': 100 })).join('\n')).toContain('上年决算数');
  });
});
