import rule from '../../../../src/engine/audit/rules/textProcurement';
import { testRule, sheet } from '../../../support/ruleTester';
import { correctTexts } from '../../../support/referenceText';

testRule(rule, {
  valid: [
    ...correctTexts(),
    {
      name: 'shares naming no whole (占X%) after the total stated in the sentence before: 中小企业’s of the total, 小微企业’s of the total or of 中小企业’s, a share with fewer decimals within its rounding',
      sheets: [
        sheet('公开说明', [
          ['2022年度政府采购支出总额55.51万元。授予中小企业合同金额50.00万元，占90.07%，其中：授予小微企业合同金额20.00万元，占40.00%。'],
          ['授予小微企业合同金额20.00万元，占36.03%。'],
        ]),
      ],
    },
    {
      name: 'a 中小企业 share with fewer decimals, within the rounding they allow (占90% for 90.07%)',
      sheets: [sheet('公开说明', [['2022年度政府采购支出总额55.51万元。授予中小企业合同金额50.00万元，占90%。']])],
    },
    {
      // 100.00%: a true bound, read as the share it was a 错误.
      name: 'a share of 政府采购 stated as a bound (占比90%以上) is no share to compare',
      sheets: [sheet('公开说明', [['政府采购支出总额55.51万元，授予中小企业合同金额55.51万元，占比90%以上。']])],
    },
    {
      name: 'amounts in 元, full-width digits, 共计 as connector',
      sheets: [
        sheet('公开说明', [
          ['2022年度本部门政府采购金额（以合同签订为准）为555,100.00元，其中：货物采购金额214,600.00元、工程采购金额18,600.00元、服务采购金额321,900.00元。'],
          ['授予中小企业合同金额共计５５５１００．００元，占政府采购支出总额的１００．００％。'],
        ]),
      ],
    },
    {
      name: 'the parts’ shares of the total, and shares said to be about (约占), each right within its rounding',
      sheets: [
        sheet('公开说明', [
          ['2022年度政府采购支出总额55.51万元，其中：政府采购货物支出21.46万元，占政府采购支出总额的38.66%；政府采购工程支出1.86万元，约占政府采购支出总额的3.4%；政府采购服务支出32.19万元，占政府采购支出总额的57.99%。'],
          ['授予中小企业合同金额50.00万元，约占90%。'],
        ]),
      ],
    },
    {
      name: 'parts that miss the total by 0.01 万元 of rounding (尾差)',
      rounding: 1,
      // The 说明数据's parts rounded as the text's are (a part off it is text-matter-amounts' 错误, held to the 说明数据 here).
      data: (j) => (j.事项['政府采购服务支出'] = 32.18),
      sheets: [sheet('公开说明', [['2022年度政府采购支出总额55.51万元，其中：政府采购货物支出21.46万元、政府采购工程支出1.86万元、政府采购服务支出32.18万元。']])],
    },
    {
      name: 'a part stated alone with its share of the total named, and 小微企业’s share of 中小企业’s named (helper-82)',
      sheets: [
        sheet('公开说明', [
          ['政府采购货物支出21.46万元，占政府采购支出总额的38.66%。'],
          ['授予中小企业合同金额55.51万元，占政府采购支出总额的100%，其中授予小微企业合同金额55.51万元，占授予中小企业合同金额的100%。'],
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: 'a wrong share of a part stated alone (广东), or of 小微企业’s of 中小企业’s named (四川): unread before',
      sheets: [
        sheet('公开说明', [
          ['政府采购货物支出21.46万元，占政府采购支出总额的36.86%。'],
          ['授予中小企业合同金额55.51万元，占政府采购支出总额的100%，其中授予小微企业合同金额55.51万元，占授予中小企业合同金额的99%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '21.46万元 ÷ 55.51万元 应为 38.66%，文中为 36.86%' },
        { severity: 'error', first: '公开说明!A2', message: '55.51万元 ÷ 55.51万元 应为 100.00%，文中为 99%' },
      ],
    },
    {
      // Unread: the parts' shares were not read, nor a share after 约占.
      name: 'a wrong share of the total for a part (货物, 工程, 服务), and a wrong one said to be about (约占)',
      sheets: [
        sheet('公开说明', [
          ['2022年度政府采购支出总额55.51万元，其中：政府采购货物支出21.46万元，占政府采购支出总额的48.66%；政府采购工程支出1.86万元，占政府采购支出总额的3.35%；政府采购服务支出32.19万元，占政府采购支出总额的57.99%。'],
          ['授予中小企业合同金额55.51万元，约占90%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '“政府采购货物支出21.46万元,占政府采购支出总额的48.66%”：21.46万元 ÷ 55.51万元 应为 38.66%，文中为 48.66%' },
        { severity: 'error', first: '公开说明!A2', message: '“授予中小企业合同金额55.51万元,约占90%”：55.51万元 ÷ 55.51万元 应为 100.00%，文中为 90%' },
      ],
    },
    {
      // Unread: only 占比 and 占政府采购支出总额的 were, a wrong share naming no whole passed.
      name: 'a wrong 中小企业 share naming no whole (占X%) after the total stated in the sentence before',
      sheets: [sheet('公开说明', [['2022年度政府采购支出总额55.51万元。授予中小企业合同金额55.51万元，占90.00%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '55.51万元 ÷ 55.51万元 应为 100.00%，文中为 90.00%' }],
    },
    {
      // Without the total in the text, or worded 占比 / 的比例为, the share went unchecked.
      name: 'a 中小企业 share as 北京 and the 中央 word it (占比, 的比例为), or with no total in the text (the 说明数据’s)',
      sheets: [sheet('公开说明', [['授予中小企业合同金额55.51万元，占比90.00%。'], ['授予小微企业合同金额55.51万元，占政府采购支出总额的比例为99.00%。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '55.51万元 ÷ 55.51万元 应为 100.00%，文中为 90.00%' },
        { severity: 'error', first: '公开说明!A2', message: '应为 100.00%，文中为 99.00%' },
      ],
    },
    {
      name: '新疆 wording: parts that do not add up, grants above their totals, a share that does not follow',
      sheets: [
        sheet('公开说明', [
          ['2022 年度政府采购支出总额 55.51 万元，其中：政府采购货物支出 21.46 万元、政府采购工程支出 1.86 万元、政府采购服务支出 33.19 万元。'],
          ['授予中小企业合同金额 60.00 万元，占政府采购支出总额的 108.09%，其中：授予小微企业合同金额 70.00 万元，占政府采购支出总额的 100.00%。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '之和为 56.51万元，总额少1.00万元' },
        { severity: 'error', first: '公开说明!A2', includes: ['公开说明!A1'], message: '授予中小企业合同金额 60.00万元，大于政府采购支出总额 55.51万元' },
        { severity: 'error', first: '公开说明!A2', message: '授予小微企业合同金额 70.00万元，大于授予中小企业合同金额 60.00万元' },
        { severity: 'error', first: '公开说明!A2', message: '应为 126.10%，文中为 100.00%' },
      ],
    },
    {
      name: '上海 wording in 元: parts that do not add up, amounts won by 中小企业 above the total',
      sheets: [
        sheet('公开说明', [
          ['2022年度本部门政府采购金额（以合同签订为准）为555,100.00元，其中：货物采购金额214,600.00元、工程采购金额18,600.00元、服务采购金额321,800.00元。'],
          ['在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额400,000.00元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额200,000.00元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '总额多100.00元' },
        { severity: 'error', first: '公开说明!A2', message: '由中小企业中标或成交的金额合计 600,000.00元，大于政府采购支出总额 555,100.00元' },
      ],
    },
  ],
});
