import rule from '../../../../src/engine/audit/rules/missingTable';
import { sample, testRule } from '../../../support/ruleTester';

const without = (...prefixes: string[]) => () => ({ sheets: sample().sheets.filter((s) => !prefixes.some((p) => s.name.startsWith(p))) });

testRule(rule, {
  valid: [
    { name: 'the sample, all nine tables' },
    { name: 'no 项目支出绩效自评表 (published only where there are 自评 projects)', grid: without('项目支出绩效自评表') },
  ],
  invalid: [
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
