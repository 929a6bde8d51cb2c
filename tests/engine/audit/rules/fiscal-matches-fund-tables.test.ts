import rule from '../../../../src/engine/audit/rules/fiscalMatchesFundTables';
import { testRule } from '../../../support/ruleTester';
import { shanghaiFundBalancesAsParts } from '../../../support/layouts';

const T08 = '政府性基金预算财政拨款收入支出决算表';

testRule(rule, {
  valid: [
    { name: 'the sample (both funds empty)' },
    { name: 'table 08 with its balances printed as their parts alone (no 小计): their sums are table 04’s', grid: shanghaiFundBalancesAsParts },
  ],
  invalid: [
    { name: 'table 08 spends what table 04 does not', edits: [[T08, 'E6', 1]], errors: [{ severity: 'error', first: '财政拨款收入支出决算总表!H35', includes: [`${T08}!E6`], message: '政府性基金' }] },
    {
      name: 'a 年末 balance printed as its parts whose sum is not table 04’s',
      grid: shanghaiFundBalancesAsParts,
      edits: [[T08, 'I6', 1]],
      errors: [{ severity: 'error', first: '财政拨款收入支出决算总表!H34', includes: [`${T08}!I6`, `${T08}!J6`], message: '年末结转和结余' }],
    },
  ],
});
