import rule from '../../../../src/engine/audit/rules/supplementThreePublicBudgets';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [
    { name: 'the sample: its 说明数据 types no 三公 预算数' },
    {
      name: 'a 三公 全年预算数 typed as table 07’s 预算数 prints it (5.00, 0.20)',
      data: (json) => {
        json.指标.三公经费合计 = { ...json.指标.三公经费合计, 全年预算数: 5 };
        json.指标.公务接待费 = { ...json.指标.公务接待费, 全年预算数: 0.2 };
      },
    },
    {
      // Table 07's one 预算数 block may be either budget (新疆 reads it as the 全年 one): a 年初 one is held to nothing.
      name: 'a 三公 年初预算数 where table 07 prints one 预算数 block only',
      data: (json) => {
        json.指标.三公经费合计 = { ...json.指标.三公经费合计, 年初预算数: 4 };
      },
    },
  ],
  invalid: [
    {
      // Unread: §七 quoted table 07's 5.00 and no check said the 说明数据's 6.00 differed.
      name: 'a 三公 全年预算数 that is not table 07’s 预算数',
      data: (json) => {
        json.指标.三公经费合计 = { ...json.指标.三公经费合计, 全年预算数: 6 };
      },
      errors: [
        {
          severity: 'error',
          first: '财政拨款三公经费支出决算表!A7',
          message: '说明数据“指标·三公经费合计·全年预算数” 6.00 万元，与财政拨款“三公”经费支出决算表同一项目的“全年预算数” 5.00 万元不符，多 1.00 万元：公开说明和说明数据表按决算表的数写，这个填写的数没有用到',
        },
      ],
    },
  ],
});
