import rule from '../../../../src/engine/audit/rules/fiscalFundParts';
import { testRule } from '../../../support/ruleTester';
import { fiscalSummaryFundsSplit } from '../../../support/layouts';

const split = () => fiscalSummaryFundsSplit();

testRule(rule, {
  valid: [{ name: 'the sample (no fund split)' }, { name: 'every fund split, every row adding up', grid: split }],
  invalid: [
    {
      name: 'the 政府性基金 项目支出 of a 类 changed',
      grid: split,
      edits: [['表4', 'J7', 90]],
      errors: [{ severity: 'error', first: '表4!H7', includes: ['表4!I7', '表4!J7'], message: '行的政府性基金预算财政拨款小计' }],
    },
  ],
});
