import rule from '../../../../src/engine/audit/rules/tableUnitScale';
import { findingsOf, scaleAmounts, testRule } from '../../../support/ruleTester';
import { changji2022 } from '../../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../../fixtures/workbook';
import type { Case } from '../../../support/ruleTester';

type Json = Parameters<NonNullable<Case['data']>>[0];

/** Every 上年数 and 预算 of the 说明数据 multiplied by `factor`: the tables then read `1/factor` times theirs. */
const scaled = (factor: number) => (json: Json) => void scaleAmounts(json, factor);

// Table 01 without its unit line (F2: 单位：万元), read as 万元 for want of one.
const NO_UNIT = [['收入支出决算总表', 'F2', null]] as const;

/** The sample with its tables titled as 云南 and older templates title them (收入支出决算表 for 01, …). */
const titled = () => toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { withoutZong: true, oldTitles: true }));

testRule(rule, {
  valid: [
    { name: 'the sample: its tables state 万元, the 说明数据 in 万元' },
    { name: 'a table without a unit line whose totals are of the 说明数据’s size (it is in 万元)', edits: NO_UNIT },
    {
      name: 'a table without a unit line a thousand times its 说明数据’s 上年数 (no unit is a factor of a thousand)',
      edits: NO_UNIT,
      data: (json) => {
        json.指标.收入总计 = { 上年数: 1.2 };
        json.指标.支出总计 = { 上年数: 1.2 };
      },
    },
    {
      // One amount typed in 元 is that amount's error (supplement-prior-year, the text's checks), not a unit of the tables.
      name: 'one 说明数据 amount ten thousand times the table’s while the other tables agree',
      data: (json) => {
        json.指标.收入总计 = { 上年数: 18_012_300 };
        json.指标.支出总计 = { 上年数: 18_012_300 };
      },
    },
  ],
  invalid: [
    {
      // Unread: tables in 元 without a unit line, read as 万元, agree with each other; every figure of the text was
      // 10,000 times too large (helper-76), and only a notice said the unit was assumed. The other tables state 万元 and
      // are as far off: a 提示, once (a department's first year has a tiny 上年数).
      name: 'a table without a unit line whose totals are about ten thousand times the 说明数据’s 上年数 (in 元, read as 万元)',
      edits: NO_UNIT,
      data: scaled(1 / 10_000),
      errors: [
        {
          severity: 'error',
          first: '收入支出决算总表!A1',
          message: '《收入支出决算总表》找不到金额单位，已按万元读取，而其收入总计 1,488.29 万元是说明数据“收入总计”的上年数 0.18 万元的约 8,300 倍：表中金额看来是以元为单位',
        },
        { severity: 'warning', first: '财政拨款收入支出决算总表!A1', message: '写明以万元为单位，而其财政拨款收入总计 1,363.45 万元是说明数据“财政拨款收入总计”的上年数 0.07 万元的约 19,000 倍，其他表也是如此' },
      ],
    },
    {
      name: 'a table titled otherwise (收入支出决算表) without a unit line, in 元: named as its page is titled',
      grid: titled,
      edits: NO_UNIT,
      data: scaled(1 / 10_000),
      errors: [
        { severity: 'error', first: '收入支出决算总表!A1', message: '《收入支出决算表》找不到金额单位，已按万元读取' },
        { severity: 'warning', first: '财政拨款收入支出决算总表!A1', message: '《财政拨款收入支出决算表》写明以万元为单位' },
      ],
    },
    {
      // review77: a department set up late last year, or tables in 元 under 单位：万元: which, the accountant knows.
      name: 'tables stating 万元, every one ten thousand times the 说明数据’s 上年数: a 提示, once',
      data: scaled(1 / 10_000),
      errors: [{ severity: 'warning', first: '收入支出决算总表!A1', message: '请核对各表的金额单位' }],
    },
    {
      // review79: typed in 元, the 说明数据 made the text say 减少18,010,811.71万元 with no finding.
      name: 'the 说明数据 typed in 元: every table a ten-thousandth of it',
      data: scaled(10_000),
      errors: [{ severity: 'error', first: '收入支出决算总表!C35', message: '说明数据“收入总计”的上年数 18,012,300.00 万元是《收入支出决算总表》收入总计 1,488.29 万元的约 12,000 倍，其他表也是如此：说明数据的金额看来是以元填写的' }],
    },
  ],
});

describe('a finding of a table titled otherwise', () => {
  it('keeps the id it has under the canonical title (a mark in the workbook is still this finding’s)', () => {
    const c = { name: 'in 元', edits: NO_UNIT, data: scaled(1 / 10_000) };
    const [canonical] = findingsOf(rule, c);
    const [printed] = findingsOf(rule, { ...c, grid: titled });
    expect(printed!.message).toContain('《收入支出决算表》');
    expect(canonical!.message).toContain('《收入支出决算总表》');
    expect(printed!.id).toBe(canonical!.id);
  });
});
