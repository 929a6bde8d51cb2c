import rule from '../../../../src/engine/audit/rules/textBudget';
import { testRule, narrativeSheet, sheet } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the generated 公开说明 (新疆)', sheets: [narrativeSheet()] }, { name: 'the generated 公开说明 (上海)', sheets: [narrativeSheet('shanghai')] }],
  invalid: [
    {
      name: 'a completion rate over a zero budget, and a variance rate that does not follow',
      sheets: [
        sheet('公开说明', [
          ['行政运行(项)：年初预算为0.00万元，支出决算为5.00万元，完成年初预算的100.00%。'],
          ['财政拨款收入总计年初预算数1,206.34万元，决算数1,363.45万元，预决算差异率13.50%，主要原因是：追加。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '预算数为 0' },
        { severity: 'error', first: '公开说明!A2', message: '应为 13.02%' },
      ],
    },
  ],
});
