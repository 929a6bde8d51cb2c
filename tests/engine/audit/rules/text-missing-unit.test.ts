import rule from '../../../../src/engine/audit/rules/textMissingUnit';
import { testRule, sheet } from '../../../support/ruleTester';
import { correctTexts } from '../../../support/referenceText';

testRule(rule, {
  valid: [
    {
      // helper-h111: a 0 is 0 in any unit (0% = 0 万元): 预决算差异率为0 was a 错误 on a correct sentence.
      name: 'a zero with no unit (预决算差异率为0, 比上年增长0)',
      sheets: [sheet('公开说明', [['公务接待费全年预算数0.20万元，决算数0.20万元，预决算差异率为0。'], ['因公出国（境）费0万元，比上年增加0，增长0。']])],
    },
    ...correctTexts(),
    {
      name: 'numbers that are words or counts, and units in every form',
      sheets: [
        sheet('公开说明', [
          ['主要原因是：本年增加 12345 云呼叫中心平台技术服务运维费，本年退休1人，调出2人。'],
          ['收入总计与上年相比，减少 312.94 万元，下降 17.37 %，主要原因是：人员减少。'],
          ['收入总计与上年相比，减少3,129,400.00元，下降17.37%。'],
          ['财政拨款收入1363.45万元，占99.32％；完成年初预算的113.02%，预决算差异率为13.02%。'],
        ]),
      ],
    },
    {
      name: 'a list with its unit written once, after its last figure',
      sheets: [
        sheet('公开说明', [
          ['2022年度收入总计1,488.29万元，其中：本年收入合计1,372.79、使用非财政拨款结余115.50、年初结转和结余0.00万元。'],
          ['基本支出、项目支出分别增长12.30、8.42%。'],
        ]),
      ],
    },
  ],
  invalid: [
    {
      // helper-h213: 增支/减支, 增收/减收 a change's amount words as 增加/减少 are (福建蕉城 2022: 较上年增支204万元): its unit
      // left out, unsaid.
      name: 'a change’s amount after 增支/减支 or 增收/减收 without its unit',
      sheets: [sheet('公开说明', [['人大事务1087万元，较上年增支204，增长23.1%。'], ['一般公共预算收入1363.45万元，较上年减收66.56，下降4.7%。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“增支204”中的 204 没有单位：应写明万元' },
        { severity: 'error', first: '公开说明!A2', message: '“减收66.56”中的 66.56 没有单位：应写明万元' },
      ],
    },
    {
      name: 'a list whose last figure has no unit either',
      sheets: [sheet('公开说明', [['2022年度本年收入合计1,372.79、使用非财政拨款结余115.50。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '1,372.79 没有单位' },
        { severity: 'error', first: '公开说明!A1', message: '115.50 没有单位' },
      ],
    },
    {
      name: 'a rate, a share, a change and a completion rate without their units, in both wordings',
      sheets: [
        sheet('公开说明', [
          ['2022 年度收入总计 1,488.29 万元。收入总计与上年相比，减少 312.94 万元，下降 17.37。'],
          ['2022 年度本年收入 1,372.79 万元，其中：财政拨款收入 1,363.45 万元，占 99.32；其他收入 9.34 万元，占 0.68%。'],
          ['新疆昌吉州政务服务和公共资源交易管理局2022年度收入支出总计1488.29万元。与2021年度相比，收入支出总计减少312.94，下降17.37%。'],
          ['一般公共预算财政拨款支出年初预算为1206.34万元，支出决算为1363.45万元，完成年初预算的113.02。'],
          ['财政拨款收入总计年初预算数1,206.34万元，决算数1,363.45万元，预决算差异率13.02,主要原因是：追加。'],
          ['2022年度收入总计1488.29，其中：本年收入合计1,372.79万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“下降17.37”中的 17.37 没有单位：应写明%' },
        { severity: 'error', first: '公开说明!A2', message: '“占99.32”' },
        { severity: 'error', first: '公开说明!A3', message: '“减少312.94”中的 312.94 没有单位：应写明万元' },
        { severity: 'error', first: '公开说明!A4', message: '完成年初预算的113.02' },
        { severity: 'error', first: '公开说明!A5', message: '预决算差异率13.02' },
        { severity: 'error', first: '公开说明!A6', message: '收入总计1488.29' },
      ],
    },
    {
      name: 'a completion rate of the adjusted 预算 without its unit (完成调整预算的…, 完成调整后预算的…: helper-h95)',
      sheets: [
        sheet('公开说明', [
          ['“三公”经费调整预算5.00万元，决算4.99万元，完成调整预算的99.80。'],
          ['“三公”经费调整后预算5.00万元，决算4.99万元，完成调整后预算的99.80，主要原因是厉行节约。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '完成调整预算的99.80' },
        { severity: 'error', first: '公开说明!A2', message: '完成调整后预算的99.80' },
      ],
    },
  ],
});
