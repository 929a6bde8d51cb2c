import rule from '../../../../src/engine/audit/rules/fundTableBalance';
import { testRule } from '../../../support/ruleTester';
import { shanghaiFundBalancesAsParts } from '../../../support/layouts';

const T08 = '政府性基金预算财政拨款收入支出决算表';

testRule(rule, {
  valid: [
    { name: 'the sample (empty tables)' },
    { name: 'table 08 with its balances printed as their parts alone (no 小计)', grid: shanghaiFundBalancesAsParts },
  ],
  invalid: [
    { name: '年初结转和结余 without anything else', edits: [[T08, 'C6', 1]], errors: [{ severity: 'error', first: `${T08}!C6`, includes: [`${T08}!H6`] }] },
    {
      name: 'a 年末 balance printed as its parts that is not what was left (the parts added up)',
      grid: shanghaiFundBalancesAsParts,
      edits: [[T08, 'J8', 15.4]],
      errors: [{ severity: 'error', first: `${T08}!C8`, includes: [`${T08}!D8`, `${T08}!I8`, `${T08}!J8`], message: '少 1.00 万元' }],
    },
  ],
});
