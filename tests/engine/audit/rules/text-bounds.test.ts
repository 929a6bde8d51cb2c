import rule from '../../../../src/engine/audit/rules/textBounds';
import { testRule, sheet } from '../../../support/ruleTester';
import { correctTexts } from '../../../support/referenceText';

// The sample's figures: 收入总计 and 本年支出合计 1,488.29 万元 (table 01), 三公 4.99 万元 (table 07).
testRule(rule, {
  valid: [
    ...correctTexts(),
    {
      name: 'bounds that hold for the tables’ figures, at the digits written (1,488万元以上 for 1,488.29), in 万元, 万 and 亿元',
      sheets: [
        sheet('公开说明', [
          ['2022年度收入总计1,400万元以上，支出总计1,488万元以上。'],
          ['“三公”经费财政拨款支出5万元以内；本年支出合计1,500万元以下。'],
          ['2022年度收入总计0.1亿元以上，本年支出合计1,400万之多。'],
        ]),
      ],
    },
    {
      name: 'a bound that qualifies something else (…100万元以上的项目), an amount said to be about (左右, 上下), an exact amount',
      sheets: [
        sheet('公开说明', [['本年支出合计中，2,000万元以上的项目有3个。'], ['2022年度本年支出合计1,500万元左右，收入总计0.2亿元上下。'], ['2022年度收入总计1,488.29万元。']]),
      ],
    },
    {
      // review77: each a false 错误 while a bound was read wherever it stood.
      name: 'a threshold or a standard, its bound not ending the clause (…1,000万元以上项目开展…, …以上须经…, …200元以下/人次)',
      sheets: [
        sheet('公开说明', [
          ['我单位对项目支出1,000万元以上项目开展重点绩效评价。'],
          ['对一般公共预算财政拨款项目支出800万元以上项目实行绩效运行监控。'],
          ['公用经费支出100万元以上须经党组会集体研究决定。'],
          ['基本支出1万元以下由分管领导审批。'],
          ['公务接待费为200元以下/人次。'],
          // review79: the clause ends after the bound, the words before the label make it a threshold.
          ['对项目支出1,000万元以上，实行重点绩效评价。'],
          ['单项项目支出1,000万元以上，须报党组会审定。'],
        ]),
      ],
    },
  ],
  invalid: [
    {
      // helper-h132: the same false bound written twice in one text had one id: the second dropped, one wrong statement
      // unreported.
      name: 'the same false bound written twice in one cell',
      sheets: [sheet('公开说明', [['2022年度收入总计1,500万元以上。本年度收入总计1,500万元以上。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“收入总计1,500万元以上”' },
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“收入总计1,500万元以上”' },
      ],
    },
    {
      // Unread: text-figures leaves a bound alone, so a false one passed.
      name: 'an amount stated as at least more than the table’s figure (以上, 之多), in 万元 and 亿元',
      sheets: [sheet('公开说明', [['2022年度收入总计1,500万元以上。'], ['2022年度本年支出合计0.2亿元之多。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“收入总计1,500万元以上”，而收入支出决算总表中为 1,488.29 万元，不到 1,500万元：请改正说明文字。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“本年支出合计0.2亿元之多”，而收入支出决算总表中为 1,488.29 万元，不到 0.2亿元：请改正说明文字。' },
      ],
    },
    {
      // review77: rounded to the digits written, 1,488万元以下 held for 1,488.29 and 5万元以上 for 4.99.
      name: 'a bound the table’s figure misses by less than the bound’s last digit',
      sheets: [sheet('公开说明', [['2022年度本年支出合计1,488万元以下。'], ['“三公”经费财政拨款支出5万元以上。'], ['2022年度收入总计1,488.3万元以上。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“本年支出合计1,488万元以下”，而收入支出决算总表中为 1,488.29 万元，超过了 1,488万元' },
        { severity: 'error', first: '公开说明!A2', message: '中为 4.99 万元，不到 5万元：请改正说明文字。' },
        { severity: 'error', first: '公开说明!A3', message: '而收入支出决算总表中为 1,488.29 万元，不到 1,488.3万元' },
      ],
    },
    {
      name: 'an amount stated as at most less than the table’s figure (以内, 以下)',
      sheets: [sheet('公开说明', [['“三公”经费财政拨款支出4万元以内。'], ['2022年度本年支出合计1,400万元以下。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '而财政拨款“三公”经费支出决算表中为 4.99 万元，超过了 4万元：请改正说明文字。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“本年支出合计1,400万元以下”，而收入支出决算总表中为 1,488.29 万元，超过了 1,400万元：请改正说明文字。' },
      ],
    },
  ],
});
