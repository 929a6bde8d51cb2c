import rule from '../../../../src/engine/audit/rules/textBudgetFigures';
import { testRule, sheet } from '../../../support/ruleTester';
import { correctTexts } from '../../../support/referenceText';

const T7 = '财政拨款三公经费支出决算表';

testRule(rule, {
  valid: [
    ...correctTexts(),
    {
      name: 'the 三公 total and items, a 说明数据 指标 and a 项 stated with their own 预算 and 决算 (上海 and 新疆 wordings)',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费财政拨款支出年初预算为5.00万元，支出决算为4.99万元，完成预算的99.80%，其中：因公出国（境）费决算为0.00万元；公务用车购置及运行维护费支出决算为4.79万元，完成预算的99.79%；公务接待费支出决算为0.20万元，完成预算的100.00%。'],
          ['公务用车运行费全年预算数 4.80 万元，决算数 4.79 万元，预决算差异率-0.21%。'],
          ['财政拨款收入总计年初预算数1,206.34万元，决算数1,363.45万元，预决算差异率13.02%。'],
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: 'a 三公 决算 and 预算 that are not table 07’s, a 指标’s 年初预算 that is not the 说明数据’s',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费财政拨款支出年初预算为5.00万元，支出决算为4.89万元，完成预算的97.80%。'],
          ['“三公”经费财政拨款支出年初预算为6.00万元，支出决算为4.99万元，完成预算的83.17%。'],
          ['财政拨款收入总计年初预算数1,106.34万元，决算数1,363.45万元，预决算差异率23.24%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', includes: [`${T7}!G7`], message: '写决算为 4.89万元，而财政拨款“三公”经费支出决算表中为 4.99 万元' },
        { severity: 'error', first: '公开说明!A2', message: '写预算为 6.00万元，而财政拨款“三公”经费支出决算表中为 5.00 万元' },
        { severity: 'error', first: '公开说明!A3', message: '写预算为 1,106.34万元，而说明数据“财政拨款收入总计”中为 1,206.34 万元' },
      ],
    },
    {
      name: 'a 项’s 预算 or 决算 (上海 §五（三）) that is not its own',
      sheets: [
        sheet('公开说明', [
          ['1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。主要用于：机关运转。年初预算为200.00万元，支出决算为233.14万元，完成年初预算的116.57%。'],
        ]),
      ],
      errors: [{ severity: 'error', first: '公开说明!A1', includes: ['一般公共预算财政拨款支出决算表!C9'], message: '写决算为 233.14万元，而一般公共预算财政拨款支出决算表中为 223.14 万元' }],
    },
  ],
});
