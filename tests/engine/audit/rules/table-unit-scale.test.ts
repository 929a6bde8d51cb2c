import rule from '../../../../src/engine/audit/rules/tableUnitScale';
import { findingsOf, scaleAmounts, testRule } from '../../../support/ruleTester';
import { changji2022 } from '../../../../fixtures/changji-2022/tables';
import { buildWorkbook, expectedFigures, standardPlan, toGrid } from '../../../../fixtures/workbook';
import type { BuiltTable } from '../../../../fixtures/workbook';
import { generateAccounts } from '../../../../fixtures/generate';
import type { CellValue, WorkbookGrid } from '../../../../src/engine/grid/cell';
import type { Case } from '../../../support/ruleTester';

type Json = Parameters<NonNullable<Case['data']>>[0];

/** Every 上年数 and 预算 of the 说明数据 multiplied by `factor`: the tables then read `1/factor` times theirs. */
const scaled = (factor: number) => (json: Json) => void scaleAmounts(json, factor);

// Table 01 without its unit line (F2: 单位：万元), read as 万元 for want of one.
const NO_UNIT = [['收入支出决算总表', 'F2', null]] as const;

/** The sample with its tables titled as 云南 and older templates title them (收入支出决算表 for 01, …). */
const titled = () => toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { withoutZong: true, oldTitles: true }));

/** The sample with every figure of `table` multiplied by `factor`: pasted in 元 (10,000) or 千元 (10) under 万元. */
const rescaled = (table: BuiltTable | readonly BuiltTable[], factor: number) => (): WorkbookGrid => {
  const tables: readonly string[] = typeof table === 'string' ? [table] : table;
  const book = buildWorkbook(changji2022, standardPlan(changji2022));
  const grid = toGrid(book);
  const sheets = grid.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }));
  for (const f of expectedFigures(book).filter((x) => tables.includes(x.table))) {
    const row = sheets.find((s) => s.name === f.sheet)!.rows[f.cellRow] as CellValue[];
    const v = row[f.cellCol];
    if (typeof v === 'number') row[f.cellCol] = Math.round(v * factor * 100) / 100;
  }
  return { ...grid, sheets };
};

const T6 = '一般公共预算财政拨款基本支出决算表';
const T7 = '财政拨款三公经费支出决算表';

/** The 说明数据 without any 三公 figure: nothing but the tables tells table 07's unit. */
const withoutThreePublic = (json: Json) => {
  for (const k of ['三公经费合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务用车购置费', '公务用车运行维护费', '公务接待费']) delete json.指标[k];
};

/**
 * Table 07 in 千元 without its unit line (L2), read as 万元, only its 公务接待费 (L7, 2) ten times table 06's 30217 (0.20):
 * its 公务用车运行费 (K7, the 小计 I7 and the 合计 G7 with it) 60, not ten times table 06's 30231 (4.79).
 */
const T7_IN_QIANYUAN_ONLY_RECEPTION = {
  grid: rescaled('threePublicCosts', 10),
  edits: [
    [T7, 'L2', null],
    [T7, 'K7', 60],
    [T7, 'I7', 60],
    [T7, 'G7', 62],
  ],
} as const;

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
    // helper-146: the relations between the tables tell a table's unit only where they fail as read and hold at a factor.
    { name: 'table 07 with nothing in it (a department with no 三公)', edits: 'ABCDEFGHIJKL'.split('').map((c) => [T7, `${c}7`, null] as const) },
    {
      name: 'table 07’s 公务接待费 ten times table 06’s 30217 (most of it paid from 项目支出): within every table it is part of',
      edits: [
        [T7, 'L7', 2],
        [T7, 'G7', 6.79],
      ],
    },
    { name: 'one total of table 02 typed ten times too large: its other relations hold as read (a typo, not a unit)', edits: [['收入决算表', 'C6', 13_727.9]] },
    {
      name: 'table 06’s totals 0.20 万元 against table 05’s 基本支出 0.02: figures of a few 分 of 万元 tell no factor',
      edits: [
        ['一般公共预算财政拨款支出决算表', 'D6', 0.02],
        [T6, 'C23', 0.1],
        [T6, 'F23', 0.1],
      ],
    },
    {
      // Read as 元 a thousandth too small, table 07 would fit, but a gap of 0.21 万元 is a mistyped figure, not a unit.
      name: 'table 07 in 元 a little below table 06’s 30231, with 财政拨款 spending a thousand times its 合计: no factor told',
      grid: rescaled('threePublicCosts', 10_000),
      edits: [
        [T7, 'L2', '单位：元'],
        [T6, 'F19', 5],
        ['财政拨款收入支出决算总表', 'F35', 10_000],
      ],
      // Without the 说明数据's 三公, which table 07 agrees with: the gap alone must not tell.
      data: withoutThreePublic,
    },
    {
      // Only 10,000 is told by the bounds alone: 07 in 元 a tenth of 06's 30231 (4,950 元 against 4.79 万元) is at odds with
      // it, not in 千元 (said so, the text of a sample table in 元 was refused).
      name: 'table 07 in 元 an order of magnitude below table 06’s 30231: no factor told by the bounds alone',
      grid: rescaled('threePublicCosts', 1_000),
      edits: [[T7, 'L2', '单位：元']],
      data: withoutThreePublic,
    },
    {
      // One item ten times its table 06 subject is no unit by itself (most of it paid from 项目支出, as above); with no
      // 三公 上年数 in the 说明数据 nothing else says a factor.
      name: 'table 07 in 千元 without a unit line, no 三公 上年数, only its 公务接待费 ten times 30217: no factor told',
      ...T7_IN_QIANYUAN_ONLY_RECEPTION,
      data: withoutThreePublic,
    },
    {
      name: 'a small department whose every amount is a few 元 (0.01 万元 figures tell no factor)',
      grid: () => {
        const data = generateAccounts(7, { items: 5, scale: 0.0001, allThreePublic: true });
        return toGrid(buildWorkbook(data, standardPlan(data)));
      },
      data: (json) => {
        json.指标 = {};
      },
    },
  ],
  invalid: [
    {
      // helper-146: §七 said 49,900.00万元 with no finding; one table stating its unit was left to the 说明数据, which
      // speaks only where two tables are off.
      name: 'table 07 in 元 under 单位：万元: its 公务接待费 ten thousand times table 06’s 30217',
      grid: rescaled('threePublicCosts', 10_000),
      errors: [
        {
          severity: 'error',
          first: `${T7}!L2`,
          includes: [`${T7}!L7`, `${T6}!F13`],
          message:
            '《财政拨款“三公”经费支出决算表》写明以万元为单位（L2），而其决算数的公务接待费 2,000.00 万元是《一般公共预算财政拨款基本支出决算表》“30217 公务接待费” 0.20 万元的 10,000 倍：表中金额看来是以元为单位，按万元读取，每个数都是实际的 10,000 倍，公开说明的数字都会错。请把L2的单位改为“单位：元”',
        },
      ],
    },
    {
      name: 'table 07 in 元 under 单位：万元 with no 三公 subject in table 06: its 合计 beyond all 财政拨款 spending, only 10,000 fits',
      grid: rescaled('threePublicCosts', 10_000),
      edits: [
        [T6, 'F13', null],
        [T6, 'F19', null],
      ],
      errors: [{ severity: 'error', first: `${T7}!L2`, message: '决算数合计 49,900.00 万元大于《财政拨款收入支出决算总表》本年支出合计 1,363.45 万元，却是其一部分：表中金额看来是以元为单位' }],
    },
    {
      name: 'table 06 in 元 under 单位：万元: its 人员经费 and 公用经费 ten thousand times table 05’s 基本支出',
      grid: rescaled('generalBudgetBasic', 10_000),
      errors: [{ severity: 'error', first: `${T6}!F2`, message: '是《一般公共预算财政拨款支出决算表》基本支出合计 645.23 万元的 10,000 倍：表中金额看来是以元为单位' }],
    },
    {
      name: 'table 06 stating 元 with 万元 in it: a ten-thousandth of table 05',
      edits: [[T6, 'F2', '单位：元']],
      errors: [{ severity: 'error', first: `${T6}!F2`, message: '只是《一般公共预算财政拨款支出决算表》基本支出合计 645.23 万元的 1/10,000：表中金额看来是以万元为单位，按元读取，每个数都只有实际的 1/10,000' }],
    },
    {
      name: 'table 08 in 元 under 单位：万元: its 本年支出 ten thousand times table 04’s 政府性基金 column',
      edits: [
        ['政府性基金预算财政拨款收入支出决算表', 'E6', 123_400],
        ['政府性基金预算财政拨款收入支出决算表', 'G6', 123_400],
        ['财政拨款收入支出决算总表', 'H35', 12.34],
      ],
      errors: [
        {
          severity: 'error',
          first: '政府性基金预算财政拨款收入支出决算表!H2',
          message: '《政府性基金预算财政拨款收入支出决算表》写明以万元为单位（H2），而其合计行的本年支出 123,400.00 万元是《财政拨款收入支出决算总表》政府性基金预算财政拨款本年支出 12.34 万元的 10,000 倍',
        },
      ],
    },
    {
      name: 'table 06 with no unit line, its columns labelled （元）, with 万元 in it: the labels named',
      edits: [
        [T6, 'F2', null],
        [T6, 'C4', '决算数（元）'],
        [T6, 'F4', '决算数（元）'],
      ],
      errors: [{ severity: 'error', first: `${T6}!A1`, message: '写明以元为单位（各金额列标题），而其人员经费合计与公用经费合计 645.23 元只是' }],
    },
    {
      // Unread: a table in 千元 with no unit line, read as 万元, gave every figure ten times too large with a reading notice only.
      name: 'table 01 in 千元 without a unit line: ten times the tables that repeat its figures',
      grid: rescaled('summary', 10),
      edits: NO_UNIT,
      errors: [
        {
          severity: 'error',
          first: '收入支出决算总表!A1',
          message: '《收入支出决算总表》找不到金额单位，已按万元读取，而其本年收入合计 13,727.90 万元是《收入决算表》合计行的本年收入合计 1,372.79 万元的 10 倍：表中金额看来是以千元为单位，按万元读取，每个数都是实际的 10 倍，公开说明的数字都会错。请在表的标题下写明“单位：千元”',
        },
      ],
    },
    {
      // Unread: table 07 in 千元 with no unit line, read as 万元, is within every table it is part of; §七 said 三公经费
      // 49.90万元 (增长896.01%) for 4.99 with a reading notice only. Its items are table 06's subjects ten times, and its
      // totals about ten times the 说明数据's 上年数.
      name: 'table 07 in 千元 without a unit line: its items ten times table 06’s subjects, its totals the 说明数据’s',
      grid: rescaled('threePublicCosts', 10),
      edits: [[T7, 'L2', null]],
      errors: [
        {
          severity: 'error',
          first: `${T7}!A1`,
          includes: [`${T6}!F19`],
          message:
            '《财政拨款“三公”经费支出决算表》找不到金额单位，已按万元读取，而其决算数的公务用车运行费 47.90 万元是《一般公共预算财政拨款基本支出决算表》“30231 公务用车运行费” 4.79 万元的 10 倍：表中金额看来是以千元为单位，按万元读取，每个数都是实际的 10 倍，公开说明的数字都会错。请在表的标题下写明“单位：千元”',
        },
      ],
    },
    {
      name: 'table 07 in 千元 without a unit line, no 三公 上年数 in the 说明数据: its two items each ten times table 06’s subject',
      grid: rescaled('threePublicCosts', 10),
      edits: [[T7, 'L2', null]],
      data: withoutThreePublic,
      errors: [{ severity: 'error', first: `${T7}!A1`, message: '表中金额看来是以千元为单位' }],
    },
    {
      name: 'table 07 in 千元 without a unit line, only its 公务接待费 ten times 30217, its totals ten times the 说明数据’s 上年数',
      ...T7_IN_QIANYUAN_ONLY_RECEPTION,
      errors: [{ severity: 'error', first: `${T7}!A1`, includes: [`${T6}!F13`], message: '决算数的公务接待费 2.00 万元是《一般公共预算财政拨款基本支出决算表》“30217 公务接待费” 0.20 万元的 10 倍' }],
    },
    {
      // Most tables off from one are the ones off: a 万元 table a ten-thousandth of them is not in 亿元. The 说明数据 says which.
      name: 'tables 01 to 05 in 元 under 单位：万元, table 06 right: no table named, the 提示 of the 说明数据',
      grid: rescaled(['summary', 'income', 'expenditure', 'fiscalSummary', 'generalBudgetExpenditure'], 10_000),
      errors: [{ severity: 'warning', first: '收入支出决算总表!A1', message: '请核对各表的金额单位' }],
    },
    {
      name: 'tables 01 to 05 in 元 under 单位：万元, table 06 right with no 说明数据 of its own: still not named',
      grid: rescaled(['summary', 'income', 'expenditure', 'fiscalSummary', 'generalBudgetExpenditure'], 10_000),
      data: (json) => {
        delete json.指标.公用经费;
      },
      errors: [{ severity: 'warning', first: '收入支出决算总表!A1', message: '请核对各表的金额单位' }],
    },
    {
      // Table 06 is 10,000 times the others, as a table in 元 read as 万元 would be; but it is the one the 说明数据 agrees with.
      name: 'tables 01 to 05 stating 元 with 万元 in them, table 06 right: table 06 not named',
      edits: [
        ['收入支出决算总表', 'F2', '单位：元'],
        ['收入决算表', 'I2', '单位：元'],
        ['支出决算表', 'H2', '单位：元'],
        ['财政拨款收入支出决算总表', 'I2', '单位：元'],
        ['一般公共预算财政拨款支出决算表', 'E2', '单位：元'],
      ],
      errors: [{ severity: 'error', first: '收入支出决算总表!C35', message: '说明数据的金额看来是以元填写的' }],
    },
    {
      name: 'table 01 in 元 without a unit line: told by the tables once, not again by the 说明数据',
      grid: rescaled('summary', 10_000),
      edits: NO_UNIT,
      errors: [{ severity: 'error', first: '收入支出决算总表!A1', message: '的 10,000 倍：表中金额看来是以元为单位' }],
    },
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
