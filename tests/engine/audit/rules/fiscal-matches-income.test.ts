import rule from '../../../../src/engine/audit/rules/fiscalMatchesIncome';
import { testRule } from '../../../support/ruleTester';
import { withIncomeFiscalSplit } from '../../../support/layouts';

/** Table 02's 财政拨款收入 as its funds alone: D 一般公共预算财政拨款 | E 政府性基金预算财政拨款, no 小计. */
const parts = () => withIncomeFiscalSplit('parts');

testRule(rule, {
  valid: [{ name: 'the sample' }, { name: 'table 02 with 财政拨款收入 printed as its funds alone', grid: parts }],
  invalid: [
    { name: '财政拨款收入 of table 02 differs', edits: [['收入决算表', 'D6', 1364.45]], errors: [{ severity: 'error', first: '财政拨款收入支出决算总表!C32', includes: ['收入决算表!D6'] }] },
    {
      name: 'a fund of table 02 printed as its funds alone differs: their sum is held to table 04',
      grid: parts,
      edits: [['收入决算表', 'E6', 10]],
      errors: [{ severity: 'error', first: '财政拨款收入支出决算总表!C32', includes: ['收入决算表!D6', '收入决算表!E6'], message: '收入决算表合计行的财政拨款收入 1,373.45 万元' }],
    },
  ],
});
