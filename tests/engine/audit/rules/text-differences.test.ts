import rule from '../../../../src/engine/audit/rules/textDifferences';
import { testRule, sheet } from '../../../support/ruleTester';
import { correctTexts } from '../../../support/referenceText';

testRule(rule, {
  valid: [
    ...correctTexts(),
    {
      name: 'a 差额 that is the difference of the two amounts before it (its sign not read; rounded from 元 within 0.01)',
      sheets: [
        sheet('公开说明', [
          ['2022年收入总计1488.29万元，支出总计1488.29万元，收支平衡。本年收入合计1372.79万元，本年支出合计1488.29万元，差额115.50万元由使用非财政拨款结余弥补。'],
          ['“三公”经费年初预算5.00万元，决算4.99万元，差额0.01万元。'],
          ['本年收入合计1,372.79万元，本年支出合计1,488.29万元，收支差额-115.50万元。'],
          ['本年收入合计13,727,900.00元，本年支出合计1,488.29万元，差额115.51万元。'],
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: 'a 差额 that is not the difference of the two amounts before it (重庆: unread)',
      sheets: [sheet('公开说明', [['本年收入合计1372.79万元，本年支出合计1488.29万元，差额151.50万元由使用非财政拨款结余弥补。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字写“差额151.50万元”，而前述 1372.79万元 与 1488.29万元 之差为 115.50 万元。' }],
    },
  ],
});
