import rule from '../../../../src/engine/audit/rules/textChangeWay';
import { testRule, sheet } from '../../../support/ruleTester';
import { correctTexts } from '../../../support/referenceText';

/** The sample's 说明数据 with the 公务接待费's 上年数 changed. */
const receptionPrior = (prior: number) => (json: { 指标: Record<string, Record<string, unknown>> }) => {
  json.指标['公务接待费']!.上年数 = prior;
};

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
    {
      // review r293: a sentence or clause opening on another year tells that year's change against its own last year: held to the
      // tables' year and its 上年数, a right text was a 错误. A period from an earlier year on (2021年以来) runs to this year: read.
      name: 'a way of another year than the document’s (2021年公务接待费比上年有所增加; …，2020年度公务接待费较上年有所增加)',
      sheets: [
        sheet('公开说明', [
          ['2021年公务接待费比上年有所增加。'],
          ['2021年度公务接待费较上年有所增加，2022年度有所减少。'],
          ['公务用车购置及运行维护费比上年有所增加，2020年度公务接待费较上年有所增加。'],
        ]),
      ],
    },
    {
      // review r293: figures equal at the 说明数据's 0.01 万元 (本年 0.20, 上年 0.2004): the way written may be the true one.
      name: 'a way where 本年 and 上年 are equal at 0.01 万元 (公务接待费 0.20, 上年 0.2004)',
      data: receptionPrior(0.2004),
      sheets: [sheet('公开说明', [['公务接待费比上年有所增加。'], ['公务接待费比上年有所减少。']])],
    },
  ],
  invalid: [
    {
      // review r293: the document's own year, or a period from an earlier year running on to it, is this year's change.
      name: 'a way turned round in a sentence opening on the document’s year or a period to it (2022年公务接待费…; 2021年以来，…)',
      sheets: [sheet('公开说明', [['2022年公务接待费比上年有所增加。'], ['2021年以来，公务接待费比上年有所增加。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字“公务接待费比上年有所增加”：公务接待费本年 0.20 万元，上年 0.26 万元（说明数据），应为减少。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字“公务接待费比上年有所增加”：公务接待费本年 0.20 万元，上年 0.26 万元（说明数据），应为减少。' },
      ],
    },
    {
      // review r293: 0.01 万元 apart (上年 0.21) is a change the way must follow.
      name: 'a way turned round where 本年 and 上年 differ by 0.01 万元 (公务接待费 0.20, 上年 0.21)',
      data: receptionPrior(0.21),
      sheets: [sheet('公开说明', [['公务接待费比上年有所增加。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字“公务接待费比上年有所增加”：公务接待费本年 0.20 万元，上年 0.21 万元（说明数据），应为减少。' }],
    },
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
