import rule from '../../../../src/engine/audit/rules/summaryMatchesIncome';
import { testRule } from '../../../support/ruleTester';
import { withIncomeFiscalSplit } from '../../../support/layouts';

/** Table 02's 财政拨款收入 as its funds alone: D 一般公共预算财政拨款 | E 政府性基金预算财政拨款, no 小计. */
const parts = () => withIncomeFiscalSplit('parts');

testRule(rule, {
  valid: [
    { name: 'the sample' },
    { name: 'table 02 with 财政拨款收入 printed as its funds alone', grid: parts },
    { name: 'table 02 with 财政拨款收入 split into 小计 and its three funds', grid: () => withIncomeFiscalSplit('subtotal') },
  ],
  invalid: [
    {
      name: 'a fund of table 02 printed as its funds alone differs: their sum, and that fund',
      grid: parts,
      edits: [['收入决算表', 'D6', 1373.45]],
      errors: [
        { severity: 'error', first: '收入支出决算总表!C6', includes: ['收入决算表!D6'], message: '一般公共预算财政拨款收入' },
        { severity: 'error', first: '收入决算表!D6', includes: ['收入决算表!E6', '收入支出决算总表!C6', '收入支出决算总表!C7', '收入支出决算总表!C8'], message: '财政拨款收入 1,373.45 万元' },
      ],
    },
    {
      name: 'two funds of table 02 swapping 10.00 (their sum right): each fund',
      grid: parts,
      edits: [['收入决算表', 'D6', 1353.45], ['收入决算表', 'E6', 10]],
      errors: [
        { severity: 'error', first: '收入支出决算总表!C6', includes: ['收入决算表!D6'], message: '一般公共预算财政拨款收入' },
        { severity: 'error', first: '收入支出决算总表!C7', includes: ['收入决算表!E6'], message: '政府性基金预算财政拨款收入' },
      ],
    },
    { name: '其他收入 differs', edits: [['收入支出决算总表', 'C13', 10.34]], errors: [{ severity: 'error', first: '收入支出决算总表!C13', includes: ['收入决算表!I6'], message: '其他收入' }] },
    { name: '财政拨款收入 differs', edits: [['收入决算表', 'D6', 1364.45]], errors: [{ severity: 'error', first: '收入决算表!D6', includes: ['收入支出决算总表!C6', '收入支出决算总表!C7', '收入支出决算总表!C8'] }] },
  ],
});
