import rule from '../../../../src/engine/audit/rules/textFigures';
import { testRule, narrativeSheet, sheet } from '../../../support/ruleTester';

testRule(rule, {
  valid: [{ name: 'the generated 公开说明 (新疆)', sheets: [narrativeSheet()] }, { name: 'the generated 公开说明 (上海)', sheets: [narrativeSheet('shanghai')] }],
  invalid: [
    {
      name: 'figures that are not the tables’',
      sheets: [
        sheet('公开说明', [
          ['2022年度收入总计1,488.30万元，其中：本年收入合计1,372.79万元。'],
          ['1. 一般公共服务支出(类)1,225.37万元，占89.90%。'],
          ['3. 一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)事业运行(项)：支出决算数为284.83万元，比上年决算增加220.13万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', includes: ['收入支出决算总表!C35'], message: '收入总计1,488.30万元' },
        { severity: 'error', first: '公开说明!A2', includes: ['一般公共预算财政拨款支出决算表!C7'] },
        { severity: 'error', first: '公开说明!A3', includes: ['一般公共预算财政拨款支出决算表!C11'], message: '284.38' },
      ],
    },
  ],
});
