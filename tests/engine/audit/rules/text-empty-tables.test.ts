import rule from '../../../../src/engine/audit/rules/textEmptyTables';
import { testRule, sheet } from '../../../support/ruleTester';
import { correctTexts } from '../../../support/referenceText';
import { withShanghaiDistrictThreePublic } from '../../../support/layouts';

const T7 = '财政拨款三公经费支出决算表';
const zeroThreePublic = ['A', 'C', 'E', 'F', 'G', 'I', 'K', 'L'].map((c) => [T7, `${c}7`, 0] as const);

testRule(rule, {
  valid: [
    ...correctTexts(),
    {
      name: 'zero amounts of an empty fund, and the 上海 empty-case sentence of 三公',
      edits: zeroThreePublic,
      sheets: [
        sheet('公开说明', [
          ['八、政府性基金预算财政拨款收入支出决算情况说明'],
          ['政府性基金预算财政拨款收入0.00万元，支出0.00万元。'],
          ['七、财政拨款“三公”经费支出决算情况说明'],
          ['新疆昌吉州政务服务和公共资源交易管理局2022年度无“三公”经费财政拨款支出。'],
        ]),
      ],
    },
    ...['十、其他重要事项的情况说明。', '10. 其他重要事项的情况说明', '（十）其他重要事项的情况说明'].map((heading) => ({
      name: `the section after 国有资本经营’s headed ${heading}: its amounts are not 国有资本经营’s`,
      sheets: [
        sheet('公开说明', [
          ['九、国有资本经营预算财政拨款收入支出决算情况说明'],
          ['本部门2022年度无国有资本经营预算财政拨款收入、支出。'],
          [heading],
          ['2022年度机关运行经费支出67.39万元；单价100万元以上专用设备0台（套）。'],
        ]),
      ],
    })),
    {
      // helper-h233: the amount after 政府性基金 named last in a list of funds is the funds' sum (here 一般公共预算's alone):
      // it was a 错误 as 政府性基金's own.
      name: 'the sum of funds named together (一般公共预算和政府性基金预算…合计…) while the 政府性基金 table is empty',
      sheets: [
        sheet('公开说明', [
          ['2022年度一般公共预算和政府性基金预算财政拨款支出合计1,363.45万元。'],
          ['2022年度一般公共预算财政拨款收入、政府性基金预算财政拨款收入及国有资本经营预算财政拨款收入合计1,363.45万元。'],
          ['一般公共预算及政府性基金预算财政拨款支出1,363.45万元。'],
        ]),
      ],
    },
    {
      name: 'text under the list of tables’ item naming table 09 (九、《国有资本经营预算财政拨款收入支出决算表》) is no section about it',
      sheets: [sheet('公开说明', [['第四部分 公开表格'], ['九、《国有资本经营预算财政拨款收入支出决算表》'], ['公开联系人：张三，联系电话：0994-1234567，办公经费100万元以内。']])],
    },
  ],
  invalid: [
    {
      // 上海's districts print 机关运行经费 in table 07's last column (…“三公”经费及机关运行经费支出决算表): the 三公 none beside it.
      name: '“三公” amounts while table 07 has none but its 机关运行经费 column (上海 district layout)',
      grid: () => withShanghaiDistrictThreePublic(67.39),
      edits: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'].map((c) => [T7, `${c}7`, null] as const),
      sheets: [
        sheet('公开说明', [
          ['七、财政拨款“三公”经费支出决算情况说明'],
          ['2022 年度财政拨款“三公”经费支出决算 4.99 万元，比上年减少 0.02 万元，下降 0.40%。'],
        ]),
      ],
      errors: [{ severity: 'error', first: '公开说明!A2', includes: [`${T7}!A1`], message: '“三公”经费金额 4.99万元，而' }],
    },
    {
      name: 'amounts for 政府性基金 (its section, 上海 wording) and 国有资本经营 (named in §四) with both tables empty',
      sheets: [
        sheet('公开说明', [
          ['四、财政拨款收入支出决算总体情况说明'],
          ['财政拨款收入总计1,363.45万元，其中：一般公共预算财政拨款收入1,358.45万元，国有资本经营预算财政拨款收入5.00万元。'],
          ['八、政府性基金预算财政拨款收入支出决算情况说明'],
          ['政府性基金预算财政拨款收入120,000.00元，支出120,000.00元，支出具体情况如下：'],
          ['1、城乡社区支出（类）国有土地使用权出让收入安排的支出（款）征地和拆迁补偿支出（项）。主要用于：征地补偿。年初预算为12.00万元，支出决算为12.00万元。'],
          ['九、国有资本经营预算财政拨款收入支出决算情况说明'],
          ['本部门2022年度无国有资本经营预算财政拨款收入、支出。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A4', includes: ['政府性基金预算财政拨款收入支出决算表!A1'], message: '政府性基金预算财政拨款金额 120,000.00元、120,000.00元' },
        { severity: 'error', first: '公开说明!A5', message: '12.00万元、12.00万元' },
        { severity: 'error', first: '公开说明!A2', includes: ['国有资本经营预算财政拨款收入支出决算表!A1'], message: '国有资本经营预算财政拨款金额 5.00万元' },
      ],
    },
    {
      // helper-h234: funds joined before the empty one that are all empty too (政府性基金预算和国有资本经营预算…): the amount is
      // theirs, all of it not in the tables; skipped as a sum with another fund's since 437866e, it passed unread.
      name: 'an amount of two empty funds named together (政府性基金预算和国有资本经营预算…合计…)',
      sheets: [sheet('公开说明', [['2022年度政府性基金预算和国有资本经营预算财政拨款支出合计50.00万元。'], ['政府性基金预算财政拨款收入、国有资本经营预算财政拨款收入均为5.00万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '国有资本经营预算财政拨款金额 50.00万元' },
        { severity: 'error', first: '公开说明!A2', message: '国有资本经营预算财政拨款金额 5.00万元' },
      ],
    },
    {
      // Its own amount after another fund's amount (…万元和政府性基金…): still its own.
      name: 'an amount of the empty fund after another fund’s amount and 和',
      sheets: [sheet('公开说明', [['2022年度一般公共预算财政拨款收入1,358.45万元和政府性基金预算财政拨款收入5.00万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '政府性基金预算财政拨款金额 5.00万元' }],
    },
    {
      name: '“三公” amounts while table 07 is all 0',
      edits: zeroThreePublic,
      sheets: [
        sheet('公开说明', [
          ['七、财政拨款“三公”经费支出决算情况说明'],
          ['2022 年度财政拨款“三公”经费支出决算 4.99 万元，比上年减少 0.02 万元，下降 0.40%。'],
          ['十、其他重要事项的情况说明'],
          ['机关运行经费支出67.39万元。'],
        ]),
      ],
      errors: [{ severity: 'error', first: '公开说明!A2', includes: [`${T7}!A1`], message: '“三公”经费金额 4.99万元，而' }],
    },
  ],
});
