import rule from '../../../../src/engine/audit/rules/textShares';
import { testRule, narrativeSheet, sheet } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the generated 公开说明 (新疆)', sheets: [narrativeSheet()] }, { name: 'the generated 公开说明 (上海)', sheets: [narrativeSheet('shanghai')] }],
  invalid: [
    {
      name: 'a share that is not the amount over the total',
      sheets: [
        sheet('公开说明', [
          ['2022年度本年收入1,372.79万元，其中：财政拨款收入1,363.45万元，占99.00%；其他收入9.34万元，占0.68%。'],
          ['2022年度一般公共预算财政拨款支出1,363.45万元，占本年支出合计的92.61%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '占比应为 99.32%' },
        { severity: 'error', first: '公开说明!A2', message: '占比应为 91.61%' },
      ],
    },
  ],
});
