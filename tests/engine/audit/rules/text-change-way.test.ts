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
    {
      // helper-h299: the way after the item's own amount, shared by items listed, after the car items joined by 费及, before a
      // reason: each the way its figures went (接待 0.20 against 0.26 down, the car items 4.79 against 4.75 up).
      name: 'a way after the item’s amount, shared by items, of the car items joined by 费及, before a reason: the way the figures went',
      sheets: [
        sheet('公开说明', [
          ['公务接待费0.20万元，比上年有所减少。'],
          ['公务接待费支出0.20万元，占4.01%，比上年有所减少。'],
          ['公务用车购置及运行维护费支出决算为4.79万元，较上年有所增加。'],
          ['公务用车购置费及运行维护费比上年有所增加。'],
          ['公务接待费比上年有所减少，主要原因是严格控制接待标准。'],
          ['与上年相比，公务接待费和因公出国（境）费均有所减少。'],
        ]),
      ],
    },
    {
      // helper-h299: items sharing one way where both went that way (公务接待费 上年 0.10: up, as the car items).
      name: 'items sharing one way that both went (与上年相比，公务接待费和公务用车购置及运行维护费均有所增加; 上年 0.10 and 4.75)',
      data: receptionPrior(0.1),
      sheets: [
        sheet('公开说明', [
          ['与上年相比，公务接待费和公务用车购置及运行维护费均有所增加。'],
          ['公务接待费、公务用车购置费及运行维护费比上年均有所增加。'],
        ]),
      ],
    },
    {
      // helper-h299: near forms that must stay unread: a 预算's change, the counts', another year's amount, a 预算 amount, an item
      // after other items' amounts or inside the 三公 (the way may be the whole's), a count listed with the item.
      name: 'ways after an amount or a list that are not the item’s against last year (比预算, 接待批次, 2021年…, 其中…, 三公经费中…)',
      sheets: [
        sheet('公开说明', [
          ['公务接待费0.20万元，比预算有所增加。'],
          ['公务接待费0.20万元，共接待3批次，比上年有所增加。'],
          ['2021年公务接待费0.26万元，比上年有所增加。'],
          ['公务接待费预算0.30万元，比上年有所增加。'],
          ['公务用车购置及运行维护费4.79万元，其中：公务用车购置费0.00万元，公务用车运行维护费4.79万元，比上年有所减少。'],
          ['“三公”经费4.99万元，其中公务接待费0.20万元，比上年有所增加。'],
          ['与上年相比，“三公”经费中公务接待费有所增加。'],
          ['公务接待费和接待批次比上年均有所增加。'],
          // review r306: the sum of two items joined before the amount (4.79 + 0.20, down against 4.75 + 0.26), not the car items'.
          ['公务接待费和公务用车购置及运行维护费4.99万元，比上年有所减少。'],
        ]),
      ],
    },
  ],
  invalid: [
    {
      // helper-h299: the way after the item's amount, or the car items joined by 费及 (read as 购置费, which has no 上年数), or
      // before a reason, turned round: unread, a wrong way passed.
      name: 'a way turned round after the item’s amount, of the car items joined by 费及, before a reason',
      sheets: [
        sheet('公开说明', [
          ['公务接待费0.20万元，比上年有所增加。'],
          ['公务用车购置费及运行维护费比上年有所减少。'],
          ['公务接待费比上年有所增加，主要原因是接待任务增多。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字“公务接待费0.20万元,比上年有所增加”：公务接待费本年 0.20 万元，上年 0.26 万元（说明数据），应为减少。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字“公务用车购置费及运行维护费比上年有所减少”：公务用车购置费及运行维护费本年 4.79 万元，上年 4.75 万元（说明数据），应为增加。' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字“公务接待费比上年有所增加”：公务接待费本年 0.20 万元，上年 0.26 万元（说明数据），应为减少。' },
      ],
    },
    {
      // helper-h299: items sharing one way: one 错误 for each item that went the other way (接待 down, the car items up).
      name: 'items sharing one way, one went the other way (与上年相比，公务接待费和公务用车购置及运行维护费均有所增加)',
      sheets: [
        sheet('公开说明', [
          ['与上年相比，公务接待费和公务用车购置及运行维护费均有所增加。'],
          ['公务接待费、公务用车购置费及运行维护费比上年均有所减少。'],
          // review r306: 均 before the comparison (untested, dropping it from the pattern passed every test).
          ['因公出国（境）费、公务用车购置及运行维护费和公务接待费均比上年有所减少。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字“与上年相比,公务接待费和公务用车购置及运行维护费均有所增加”：公务接待费本年 0.20 万元，上年 0.26 万元（说明数据），应为减少。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字“公务接待费、公务用车购置费及运行维护费比上年均有所减少”：公务用车购置费及运行维护费本年 4.79 万元，上年 4.75 万元（说明数据），应为增加。' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字“因公出国(境)费、公务用车购置及运行维护费和公务接待费均比上年有所减少”：公务用车购置及运行维护费本年 4.79 万元，上年 4.75 万元（说明数据），应为增加。' },
      ],
    },
    {
      // helper-h299: both items went up (公务接待费 上年 0.10): both 均有所减少 wrong, each its 错误.
      name: 'items sharing one way, both went the other way: a 错误 each (公务接待费 上年 0.10, the car items 4.75)',
      data: receptionPrior(0.1),
      sheets: [sheet('公开说明', [['与上年相比，公务接待费和公务用车购置及运行维护费均有所减少。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字“与上年相比,公务接待费和公务用车购置及运行维护费均有所减少”：公务接待费本年 0.20 万元，上年 0.10 万元（说明数据），应为增加。' },
        { severity: 'error', first: '公开说明!A1', message: '说明文字“与上年相比,公务接待费和公务用车购置及运行维护费均有所减少”：公务用车购置及运行维护费本年 4.79 万元，上年 4.75 万元（说明数据），应为增加。' },
      ],
    },
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
