import rule from '../../../../src/engine/audit/rules/missingTable';
import { findingsOf, sample, testRule } from '../../../support/ruleTester';

const without = (...prefixes: string[]) => () => ({ sheets: sample().sheets.filter((s) => !prefixes.some((p) => s.name.startsWith(p))) });

/** The sample with table 07's title replaced by `title` (云南's 三公 情况表, which the tool does not read as table 07). */
const threePublicTitled = (title: string) => () => {
  const grid = sample();
  return {
    ...grid,
    sheets: grid.sheets.map((s) => (s.name.startsWith('财政拨款三公') ? { ...s, rows: [[title], ...s.rows.slice(1)] } : s)),
  };
};

testRule(rule, {
  valid: [
    { name: 'the sample, all nine tables' },
    { name: 'no 项目支出绩效自评表 (published only where there are 自评 projects)', grid: without('项目支出绩效自评表') },
  ],
  invalid: [
    {
      // Told to add a table it has (the 云南 set's 公开10表), the accountant would be misled: the table is said unread.
      name: '云南’s 三公 情况表 in place of table 07: a 提示 at its title, not a missing table',
      grid: threePublicTitled('财政拨款“三公”经费、行政参公单位机关运行经费情况表（公开10表）'),
      errors: [
        {
          severity: 'warning',
          first: '财政拨款三公经费支出决算表!A1',
          message: '《财政拨款“三公”经费、行政参公单位机关运行经费情况表（公开10表）》是“三公”经费的情况表（云南等地的表样），本工具还不能读取这种表样',
        },
      ],
    },
    {
      name: 'a sentence naming a 三公 情况表 is no title: table 07 is missing',
      grid: threePublicTitled('本部门“三公”经费情况表见附件。'),
      errors: [{ severity: 'error', first: null, message: '找不到《财政拨款“三公”经费支出决算表》（公开07表）' }],
    },
    { name: 'without the 支出决算表', grid: without('支出决算表'), errors: [{ severity: 'error', first: null, message: '找不到《支出决算表》（公开03表）' }] },
    {
      name: 'without the two fund tables',
      grid: without('政府性基金', '国有资本'),
      errors: [
        { severity: 'error', first: null, message: '《政府性基金预算财政拨款收入支出决算表》（公开08表）' },
        { severity: 'error', first: null, message: '《国有资本经营预算财政拨款收入支出决算表》（公开09表）' },
      ],
    },
  ],
});

describe('missing-table: the table a finding is about', () => {
  it('is the missing table (the pane lists it with the tables, under that table)', () => {
    const findings = findingsOf(rule, { name: 'without 03', grid: without('支出决算表') });
    expect(findings.map((f) => [f.table, f.cells.length])).toEqual([['03', 0]]);
  });

  it('is table 07 for a 三公 情况表 read in its place', () => {
    const findings = findingsOf(rule, { name: '云南', grid: threePublicTitled('财政拨款“三公”经费、行政参公单位机关运行经费情况表（公开10表）') });
    expect(findings.map((f) => f.table)).toEqual(['07']);
  });
});
