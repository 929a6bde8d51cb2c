import rule from '../../../../src/engine/audit/rules/tableUnitScale';
import { testRule } from '../../../support/ruleTester';
import type { Case } from '../../../support/ruleTester';

type Json = Parameters<NonNullable<Case['data']>>[0];

/** Every 上年数 and 预算 of the 说明数据 multiplied by `factor` (rounded to 0.01 万元): the tables then read `1/factor` times theirs. */
const scaled = (factor: number, only?: string) => (json: Json) => {
  for (const [key, entry] of Object.entries(json.指标)) {
    if (only !== undefined && key !== only) continue;
    for (const field of ['上年数', '年初预算数', '全年预算数']) {
      const v = entry[field];
      if (typeof v === 'number') entry[field] = Math.round(v * factor * 100) / 100;
    }
  }
};

testRule(rule, {
  valid: [
    { name: 'the sample: its tables in 万元, the 说明数据 in 万元' },
    {
      // 收入总计 typed in 元 in the 说明数据 (1,801.23 万元 as 18,012,300): the 说明数据's error (supplement rules), not the table's unit.
      name: 'one 说明数据 amount a thousand times off while the others of its table agree',
      data: (json) => {
        scaled(10_000, '收入总计')(json);
        json.指标.支出总计 = { 上年数: 1801.23 };
      },
    },
  ],
  invalid: [
    {
      // Unread: tables in 元 without a unit line, read as 万元, agree with each other; every figure of the text was
      // 10,000 times too large (helper-76), and only a notice said the unit was assumed.
      name: 'tables whose totals are ten thousand times the 说明数据’s 上年数 and 预算 (in 元, read as 万元)',
      data: scaled(1 / 10_000),
      errors: [
        {
          severity: 'error',
          first: '收入支出决算总表!C35',
          message: '《收入支出决算总表》的收入总计 1,488.29 万元是说明数据“收入总计”的上年数 0.18 万元的约 8,300 倍：表中金额看来是以元为单位，却按万元读取',
        },
        { severity: 'error', first: '财政拨款收入支出决算总表!C37', message: '《财政拨款收入支出决算总表》的财政拨款收入总计' },
        { severity: 'error', first: '一般公共预算财政拨款支出决算表!C6' },
        { severity: 'error', first: '一般公共预算财政拨款基本支出决算表!F23' },
      ],
    },
    {
      name: 'tables whose totals are a ten-thousandth of the 说明数据’s (in 万元, read as 元)',
      data: scaled(10_000),
      errors: [
        { severity: 'error', first: '收入支出决算总表!C35', message: '只有说明数据“收入总计”的上年数 18,012,300.00 万元的约 12,000 分之一：两者的金额单位不一致' },
        { severity: 'error', first: '财政拨款收入支出决算总表!C37' },
        { severity: 'error', first: '一般公共预算财政拨款支出决算表!C6' },
        { severity: 'error', first: '一般公共预算财政拨款基本支出决算表!F23' },
        // 三公经费合计's 上年数 5.01 万元 becomes 50,100.00 here; a ten-thousandth of it, 0.00, stood out of the case above.
        { severity: 'error', first: '财政拨款三公经费支出决算表!G7' },
      ],
    },
  ],
});
