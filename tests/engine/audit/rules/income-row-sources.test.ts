import rule from '../../../../src/engine/audit/rules/incomeRowSources';
import { testRule } from '../../../support/ruleTester';
import { withIncomeFiscalSplit } from '../../../support/layouts';

testRule(rule, {
  valid: [
    { name: 'the sample' },
    // The reader says the column it could not read (missing-column); each row's sum without it is no sum (22 false 错误).
    { name: 'a 财政拨款收入 column headed so that it is not read: no row held to a sum without it', edits: [['收入决算表', 'D3', '本期财政拨款']] },
    { name: 'a 财政拨款收入 column headed 财政拨款收入合计: read', edits: [['收入决算表', 'D3', '财政拨款收入合计']] },
    { name: '财政拨款收入 printed as its funds alone (no 小计): their sum', grid: () => withIncomeFiscalSplit('parts') },
  ],
  invalid: [
    {
      name: 'a fund of a 项 changed, 财政拨款收入 printed as its funds alone',
      grid: () => withIncomeFiscalSplit('parts'),
      edits: [['收入决算表', 'E11', 10]],
      errors: [{ severity: 'error', first: '收入决算表!C11', includes: ['收入决算表!D11', '收入决算表!E11'], message: '2010350 事业运行' }],
    },
    { name: 'a 项 source changed', edits: [['收入决算表', 'I11', 10.34]], errors: [{ severity: 'error', first: '收入决算表!C11', includes: ['收入决算表!I11'], message: '2010350 事业运行' }] },
    {
      name: 'a 项 source changed, the 财政拨款收入 column headed 财政拨款收入合计',
      edits: [['收入决算表', 'D3', '财政拨款收入合计'], ['收入决算表', 'I11', 10.34]],
      errors: [{ severity: 'error', first: '收入决算表!C11', includes: ['收入决算表!I11'], message: '2010350 事业运行' }],
    },
  ],
});
