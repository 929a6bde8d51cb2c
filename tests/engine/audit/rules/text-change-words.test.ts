import rule from '../../../../src/engine/audit/rules/textChangeWords';
import { testRule, sheet } from '../../../support/ruleTester';
import { correctTexts, shanghaiFixture } from '../../../support/referenceText';

testRule(rule, {
  valid: [
    ...correctTexts(),
    { name: 'a change in 元', sheets: [sheet('公开说明', [['公用经费673,900.00元，比上年减少255,600.00元，下降27.50%。']])] },
    {
      name: 'last year’s amount named before the change (较上年收入总计1,801.23万元减少…): the rate is on it',
      sheets: [sheet('公开说明', [['2022年度收入总计1,488.29万元，较上年收入总计1,801.23万元减少312.94万元，下降17.37%。']])],
    },
    {
      name: 'a rate written with one decimal or none, within half a unit of its last digit (17.37% as 17.4% or 17%)',
      sheets: [sheet('公开说明', [['2022年度收入总计1,488.29万元。收入总计与上年相比，减少312.94万元，下降17.4%。'], ['2022年度收入总计1,488.29万元。收入总计与上年相比，减少312.94万元，下降17%。']])],
    },
    {
      name: 'the rate’s word as departments also write it (上升, 降低, 增幅, 降幅为)',
      sheets: [
        sheet('公开说明', [
          ['2022年度收入总计1,488.29万元。收入总计与上年相比，减少312.94万元，降低17.37%。'],
          ['2022年度收入总计1,488.29万元。收入总计与上年相比，减少312.94万元，降幅为17.37%。'],
          ['公用经费67.39万元，比上年增加5.00万元，上升8.01%；人员经费577.84万元，比上年增加10.00万元，增幅1.76%。'],
        ]),
      ],
    },
    {
      name: 'the rate written first, the amount after it in brackets or after a comma (增长8.01%（增加5.00万元）)',
      sheets: [
        sheet('公开说明', [
          ['公用经费67.39万元，比上年增长8.01%（增加5.00万元）；人员经费577.84万元，比上年增长1.76%，增加10.00万元。'],
          ['公用经费673,900.00元，比上年下降27.50%（减少255,600.00元）。'],
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: 'the rate written first: a wrong rate, and words that contradict each other',
      sheets: [
        sheet('公开说明', [
          ['公用经费67.39万元，比上年增长9.01%（增加5.00万元）。'],
          ['公用经费673,900.00元，比上年下降25.50%，减少255,600.00元。'],
          ['公用经费67.39万元，比上年下降8.01%（增加5.00万元）。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '增减率应为 8.01%，而文中为 9.01%' },
        { severity: 'error', first: '公开说明!A2', message: '增减率应为 27.50%，而文中为 25.50%' },
        { severity: 'error', first: '公开说明!A3', message: '“增加”与“下降”方向相反' },
      ],
    },
    {
      name: 'a change, with the rate it gives, that is not 本年 − the 说明数据’s 上年数 (a total, and a 项 named before it)',
      sheets: [
        sheet('公开说明', [
          ['2022年度收入总计1,488.29万元。收入总计与上年相比，减少300.00万元，下降16.78%。'],
          ['5. 社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项)：支出决算数为41.90万元，比上年决算增加5.55万元，增长15.27%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '收入总计本年 1,488.29万元，说明数据的上年数 1,801.23 万元，与上年相比应为减少312.94 万元' },
        { severity: 'error', first: '公开说明!A2', message: '科目2080505本年 41.90万元，说明数据的上年数 37.35 万元，与上年相比应为增加4.55 万元' },
      ],
    },
    {
      name: 'a wrong rate after 上升, 降低 or 增幅, and 减少 … 上升 contradicting each other',
      sheets: [
        sheet('公开说明', [
          ['2022年度收入总计1,488.29万元。收入总计与上年相比，减少312.94万元，降低19.37%。'],
          ['公用经费67.39万元，比上年增加5.00万元，增幅9.01%。'],
          ['公用经费67.39万元，比上年减少5.00万元，上升6.91%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '增减率应为 17.37%，而文中为 19.37%' },
        { severity: 'error', first: '公开说明!A2', message: '增减率应为 8.01%，而文中为 9.01%' },
        { severity: 'error', first: '公开说明!A3', message: '“减少”与“上升”方向相反' },
      ],
    },
    {
      name: 'a rate with one decimal or none beyond half a unit of its last digit (17.37% as 17.5% or 18%)',
      sheets: [sheet('公开说明', [['2022年度收入总计1,488.29万元。收入总计与上年相比，减少312.94万元，下降17.5%。'], ['2022年度收入总计1,488.29万元。收入总计与上年相比，减少312.94万元，下降18%。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '增减率应为 17.37%，而文中为 17.5%' },
        { severity: 'error', first: '公开说明!A2', message: '增减率应为 17.37%，而文中为 18%' },
      ],
    },
    {
      name: 'words that contradict each other, and a rate that does not follow from the amounts',
      sheets: [
        sheet('公开说明', [
          ['2022年度收入总计1,488.29万元。收入总计与上年相比，减少312.94万元，增长17.37%。'],
          ['公用经费67.39万元，比上年减少25.56万元，下降25.50%。'],
          ['机关运行经费支出673,900.00元，比2021年度减少255,600.00元，下降25.50%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“减少”与“增长”方向相反' },
        { severity: 'error', first: '公开说明!A2', message: '增减率应为 27.50%' },
        { severity: 'error', first: '公开说明!A3', message: '上年为 929,500.00元，增减率应为 27.50%' },
      ],
    },
    {
      name: 'a change of a fund’s 财政拨款收入 is measured on that fund’s amount, not on the 财政拨款收入 total stated before it',
      grid: shanghaiFixture,
      sheets: [
        sheet('公开说明', [
          ['财政拨款收入4,179.01万元，其中：政府性基金预算财政拨款收入150.00万元。政府性基金预算财政拨款收入比上年增加10.00万元，增长8.00%。'],
          ['财政拨款收入4,179.01万元，政府性基金财政拨款收入150.00万元。政府性基金财政拨款收入与上年相比，增加10.00万元，增长0.24%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '本年 150.00万元、增加 10.00万元，则上年为 140.00万元，增减率应为 7.14%' },
        { severity: 'error', first: '公开说明!A2', message: '本年 150.00万元、增加 10.00万元，则上年为 140.00万元，增减率应为 7.14%' },
      ],
    },
  ],
});
