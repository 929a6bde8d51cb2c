import rule from '../../../../src/engine/audit/rules/textUnchanged';
import { testRule, sheet } from '../../../support/ruleTester';
import { correctTexts } from '../../../support/referenceText';

testRule(rule, {
  valid: [
    { name: '持平 of an item in a 其中 list is that item’s, not the paragraph’s first amount (广东: 因公出国（境）费0万元，与上年持平)', sheets: [sheet('公开说明', [['2022年“三公”经费财政拨款支出4.99万元，比上年减少0.02万元，下降0.40%。其中：因公出国（境）费0万元，与上年持平；公务用车购置及运行维护费4.79万元，比上年增加0.04万元，增长0.84%；公务接待费0.20万元，比上年减少0.06万元，下降23.08%。'], ['2022年度“三公”经费支出4.99万元。其中：因公出国（境）费0万元，与上年持平。']])] },
    ...correctTexts(),
    {
      name: '无变化 or 持平 after a count the clause went on to (公务用车保有量3辆，与上年无变化), not of the amount before it (helper-h190: a false 错误)',
      sheets: [sheet('公开说明', [['公务用车购置及运行维护费4.79万元，比上年增加0.04万元，公务用车保有量3辆，与上年无变化。'], ['公务用车购置及运行维护费4.79万元，比上年增加0.04万元，公务用车保有量3辆，与上年持平。']])],
    },
    {
      name: '无变化 of a reason’s words (公用经费标准比上年无变化), not of the amount the reason explains (helper-h190: a false 错误 since h189)',
      sheets: [sheet('公开说明', [['机关运行经费支出10.00万元，比上年减少2.00万元，主要原因是公用经费标准比上年无变化而人员减少。'], ['公务用车运行维护费支出增加，由于公务用车运行维护费标准较上年没有变化，增加的是车辆维修。'], ['2022年公用经费67.39万元，比上年减少25.56万元，主要原因是公用经费标准与上年持平而人员减少。']])],
    },
    {
      name: '无变化/持平 of what is named after it (较上年无变化的是人员编制), not of the clause’s amount before it',
      sheets: [
        sheet('公开说明', [
          ['2022年公用经费67.39万元，较上年无变化的是人员编制。'],
          ['2022年公用经费67.39万元，与上年持平的是人员编制，减少的是劳务费。'],
          ['公用经费67.39万元，与上年相比，没有变化的是在职人员编制。'],
          // helper-h202: 的项目有/的主要是/的包括 (read as the amount before them: a false 错误).
          ['2022年公用经费67.39万元，与上年持平的项目有：人员编制。'],
          ['2022年公用经费67.39万元，较上年无变化的主要是人员编制。'],
          ['2022年公用经费67.39万元，与上年持平的包括在职人员编制。'],
          // helper-h207: every item of the list, each unchanged (因公出国(境)费 0 both years).
          ['与上年持平的项目有：人员编制、因公出国(境)费。'],
          ['与上年持平的主要是人员编制和因公出国（境）费。'],
          // helper-h213: an item after the first saying a change of its own (增加的是公用经费, 公用经费有所减少) is no item
          // held 持平: read as one, a text saying 公用经费 changed was a 错误 for not saying so.
          ['与上年持平的是人员编制、增加的是公用经费。'],
          ['与上年持平的是人员编制、公用经费有所减少。'],
          ['与上年持平的有人员编制、公用经费变化较大。'],
        ]),
      ],
    },
    {
      name: '无变化/持平 of an item’s 标准, 定额, 政策, 口径 or 编制 (人员经费标准比上年无变化), not of its amount',
      data: (j) => {
        j.指标['人员经费'] = { 上年数: 600.0 };
      },
      sheets: [
        sheet('公开说明', [
          ['人员经费577.84万元，人员经费标准比上年无变化。'],
          ['2022年公用经费67.39万元，公用经费定额与上年持平。'],
          ['公用经费67.39万元，与上年相比，公用经费开支标准持平。'],
          ['人员经费577.84万元，人员经费政策较上年没有变化，人员经费口径与上年持平，人员编制与上年持平。'],
        ]),
      ],
    },
    {
      name: '持平 where the 说明数据 上年数 is the 本年 figure, and 基本持平 within 5%',
      data: (j) => {
        j.指标['公用经费']!['上年数'] = 67.39;
        j.指标['收入总计']!['上年数'] = 1488.29;
      },
      sheets: [
        sheet('公开说明', [
          ['新疆昌吉州政务服务和公共资源交易管理局2022年度收入支出总计1488.29万元。与2021年度相比，收入支出总计持平。'],
          ['（事业单位）公用经费 673,900.00 元，与上年持平。'],
          ['“三公”经费财政拨款支出决算为4.99万元，与上年基本持平。'],
          ['决算数与预算数持平。'],
          ['收入总计按可比口径与上年持平。'],
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: '上海 §七’s unchanged “三公” total (…支出决算数与2023年度持平, no amount in its sentence) against the table’s 决算',
      sheets: [sheet('公开说明', [['2022年度“三公”经费财政拨款支出决算数与2021年度持平，其中：公务接待费支出决算持平。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '本年 4.99 万元，上年 5.01 万元（说明数据），并未持平' }],
    },
    {
      name: '持平 while the figures changed, in both wordings, in 万元 and 元, and 基本持平 far off',
      sheets: [
        sheet('公开说明', [
          ['新疆昌吉州政务服务和公共资源交易管理局2022年度收入支出总计1488.29万元。与2021年度相比，收入支出总计持平。主要原因：无。'],
          ['2022 年度新疆昌吉州政务服务和公共资源交易管理局（事业单位）公用经费 67.39 万元，与上年持平。'],
          ['公用经费673,900.00元，较上年持平。'],
          ['公务接待费支出0.20万元，比上年基本持平。'],
          ['一般公共预算财政拨款支出1,363.45万元，占本年支出合计的91.61%。与2021年度相比，一般公共预算财政拨款支出持平。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '本年 1488.29万元，上年 1,801.23 万元' },
        { severity: 'error', first: '公开说明!A2', message: '上年 92.95 万元' },
        { severity: 'error', first: '公开说明!A3', message: '本年 673,900.00元' },
        { severity: 'error', first: '公开说明!A5', message: '上年 702.89 万元' },
        { severity: 'warning', first: '公开说明!A4', message: '相差 23.08%' },
      ],
    },
    {
      name: '持平 of the amount still held beside a 标准’s (人员经费标准比上年无变化，…与上年持平) and when the item is named after it (与上年持平的是公用经费)',
      data: (j) => {
        j.指标['人员经费'] = { 上年数: 600.0 };
      },
      sheets: [
        sheet('公开说明', [
          ['人员经费标准比上年无变化，人员经费577.84万元，与上年持平。'],
          ['2022年公用经费定额与上年持平，公用经费67.39万元，与上年持平。'],
          ['与上年持平的是公用经费，为67.39万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字“与上年持平”：本年 577.84万元，上年 600.00 万元' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字“与上年持平”：本年 67.39万元，上年 92.95 万元' },
        { severity: 'error', first: '公开说明!A3', message: '上年 92.95 万元' },
      ],
    },
    {
      // helper-h202: 按可比口径 read as the item's 口径 (NOT_AMOUNT): the comparison went unchecked. helper-h203: a 警告, not a
      // 错误 (the 说明数据's 上年数 is the published one, not the comparable one the text compares with).
      name: '持平 on a comparable basis (收入总计按可比口径与上年持平) while the figures changed; 与上年持平的项目有 naming the item',
      sheets: [
        sheet('公开说明', [
          ['2022年度收入总计1,488.29万元，收入总计按可比口径与上年持平。'],
          ['与上年持平的项目有公用经费，为67.39万元。'],
          ['2022年度收入总计1,488.29万元，按可比口径计算，收入总计与上年持平。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A2', message: '上年 92.95 万元' },
        { severity: 'warning', first: '公开说明!A1', message: '本年 1,488.29万元，上年 1,801.23 万元（说明数据），相差 17.37%；文中按可比口径比较' },
        { severity: 'warning', first: '公开说明!A3', message: '本年 1,488.29万元，上年 1,801.23 万元（说明数据），相差 17.37%；文中按可比口径比较' },
      ],
    },
    {
      // helper-h207: only the first item of a list named after 持平 was read (持平的项目有：A、B; 的主要是A、B和C): the others'
      // figures passed unchecked, however they had changed.
      name: 'every item of a list named after 持平 (持平的项目有：人员编制、公用经费; 持平的主要是人员编制和公用经费)',
      sheets: [
        sheet('公开说明', [
          ['与上年持平的项目有：人员编制、公用经费。'],
          ['与上年持平的主要是人员编制和公用经费。'],
          ['与上年持平的项目有：因公出国(境)费、公用经费、人员编制。'],
          ['2022年度“三公”经费4.99万元，较上年无变化的项目有：因公出国(境)费、公用经费。'],
          ['与上年持平的主要是公用经费和人员编制。'],
          ['与上年持平的主要是公用经费和因公出国(境)费。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字“与上年持平…公用经费”：本年 67.39 万元，上年 92.95 万元' },
        { severity: 'error', first: '公开说明!A2', message: '本年 67.39 万元，上年 92.95 万元' },
        { severity: 'error', first: '公开说明!A3', message: '本年 67.39 万元，上年 92.95 万元' },
        { severity: 'error', first: '公开说明!A4', message: '本年 67.39 万元，上年 92.95 万元' },
        { severity: 'error', first: '公开说明!A5', message: '本年 67.39 万元，上年 92.95 万元' },
        { severity: 'error', first: '公开说明!A6', message: '本年 67.39 万元，上年 92.95 万元' },
      ],
    },
  ],
});
