import rule from '../../../../src/engine/audit/rules/expenditureRowUses';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [
    { name: 'the sample' },
    // The reader says the column it could not read (missing-column); each row's sum without it is no sum.
    { name: 'a 项目支出 column headed so that it is not read: no row held to a sum without it', edits: [['支出决算表', 'E3', '项目经费']] },
  ],
  invalid: [
    { name: '基本支出 of a 项 changed', edits: [['支出决算表', 'D9', 224.14]], errors: [{ severity: 'error', first: '支出决算表!C9', includes: ['支出决算表!D9'] }] },
    {
      name: '基本支出 of a 项 changed, the parts headed 基本支出合计 and 项目支出合计',
      edits: [['支出决算表', 'D3', '基本支出合计'], ['支出决算表', 'E3', '项目支出合计'], ['支出决算表', 'D9', 224.14]],
      errors: [{ severity: 'error', first: '支出决算表!C9', includes: ['支出决算表!D9'] }],
    },
  ],
});
