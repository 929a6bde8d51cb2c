import rule from '../../../../src/engine/audit/rules/incomeFiscalParts';
import { testRule } from '../../../support/ruleTester';
import { withIncomeFiscalSplit } from '../../../support/layouts';

const subtotal = () => withIncomeFiscalSplit('subtotal');

testRule(rule, {
  valid: [
    { name: 'the sample (no fund split)' },
    { name: '财政拨款收入 split into 小计 and its three funds, every row adding up', grid: subtotal },
    { name: '财政拨款收入 printed as its funds alone (no 小计): its figure is their sum', grid: () => withIncomeFiscalSplit('parts') },
    // A fund's column beside 财政拨款收入, not under it, is a part of it (其中), not its split: no row held to it alone.
    { name: 'a 其中：一般公共预算财政拨款 column beside 财政拨款收入', edits: [['收入决算表', 'K3', '其中：一般公共预算财政拨款'], ['收入决算表', 'K6', 1000]] },
  ],
  invalid: [
    {
      name: 'the 一般公共预算 of a 类 changed',
      grid: subtotal,
      edits: [['收入决算表', 'E7', 1225.83]],
      errors: [{ severity: 'error', first: '收入决算表!D7', includes: ['收入决算表!E7', '收入决算表!F7', '收入决算表!G7'], message: '“201 一般公共服务支出”行的财政拨款收入小计' }],
    },
  ],
});
