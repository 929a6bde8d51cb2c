import rule from '../../../../src/engine/audit/rules/textChangeWay';
import { testRule, sheet } from '../../../support/ruleTester';
import { correctTexts } from '../../../support/referenceText';

// The sample (昌吉 2022): table 07's 三公 4.99 (上年 5.01), 公务用车购置及运行维护费 4.79 (上年 4.75), 公务接待费 0.20 (上年 0.26),
// 因公出国（境）费 0 (上年 0).
testRule(rule, {
  valid: [
    ...correctTexts(),
    {
      // helper-h288: the way the figures went, against last year named as 上年 or as the year before the document's.
      name: 'a 三公 item’s way alone against last year, the way the figures went (相比2021年公务接待费有所减少; 公务用车购置及运行维护费比上年有所增加)',
      sheets: [
        sheet('公开说明', [
          ['相比2021年公务接待费有所减少。'],
          ['与上年相比，“三公”经费支出有所下降，主要原因是严格执行八项规定。'],
          ['公务用车购置及运行维护费比上年有所增加。'],
          ['公务接待费较2021年度明显减少。'],
        ]),
      ],
    },
    {
      // helper-h288: what must stay unread: another year than last (相比2016年), a way with its figure (text-change-words'), a
      // budget, the 国内 part alone, an item unchanged (因公出国 0 both years: text-unchanged's), a way that is not the clause's end.
      name: 'ways not held to last year’s figures: another year, a figure, a 预算, the 国内 part, an unchanged item, more words after',
      sheets: [
        sheet('公开说明', [
          ['相比2016年公务接待费有所增加。'],
          ['公务接待费比上年增加0.06万元。'],
          ['公务接待费比预算有所增加。'],
          ['国内公务接待费比上年有所增加。'],
          ['因公出国（境）费比上年有所增加。'],
          ['公务接待费比上年有所增加的原因是接待任务增多。'],
          ['公务接待批次比上年有所增加。'],
        ]),
      ],
    },
  ],
  invalid: [
    {
      // helper-h288: no figure, nothing was held: a way turned round passed.
      name: 'a 三公 item’s way alone against last year turned round (相比2021年公务接待费有所增加; “三公”经费比上年有所增加)',
      sheets: [
        sheet('公开说明', [
          ['相比2021年公务接待费有所增加。'],
          ['2022年度“三公”经费支出比上年有所增长，主要原因是业务量增加。'],
          ['与上年相比，公务用车购置及运行维护费有所减少。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字“相比2021年公务接待费有所增加”：公务接待费本年 0.20 万元，上年 0.26 万元（说明数据），应为减少。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字“三公经费支出比上年有所增长”：三公经费本年 4.99 万元，上年 5.01 万元（说明数据），应为减少。' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字“与上年相比,公务用车购置及运行维护费有所减少”：公务用车购置及运行维护费本年 4.79 万元，上年 4.75 万元（说明数据），应为增加。' },
      ],
    },
  ],
});
