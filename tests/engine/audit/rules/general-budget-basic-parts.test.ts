import rule from '../../../../src/engine/audit/rules/generalBudgetBasicParts';
import { sample, testRule } from '../../../support/ruleTester';
import { withBasicSplit } from '../../../support/layouts';

const T5 = '一般公共预算财政拨款支出决算表';
const split = () => withBasicSplit(sample(), T5);

testRule(rule, {
  valid: [{ name: 'the sample (no split)' }, { name: 'the split, every row adding up', grid: split }],
  invalid: [
    {
      name: '人员经费 of a 项 changed',
      grid: split,
      edits: [[T5, 'E10', 100]],
      errors: [{ severity: 'error', first: `${T5}!D10`, includes: [`${T5}!E10`, `${T5}!F10`], message: '行的基本支出' }],
    },
  ],
});
