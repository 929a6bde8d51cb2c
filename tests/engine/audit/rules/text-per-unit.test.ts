import rule from '../../../../src/engine/audit/rules/textPerUnit';
import { testRule, sheet } from '../../../support/ruleTester';
import { correctTexts } from '../../../support/referenceText';

testRule(rule, {
  valid: [
    ...correctTexts(),
    {
      name: 'averages of 公务接待费 and 公务用车运行维护费 worked from table 07 and the 说明数据 counts, in 元 and 万元',
      sheets: [
        sheet('公开说明', [
          ['公务接待费0.20万元，主要用于执行公务、开展业务活动开支的交通费、住宿费、用餐费等，国内公务接待3批次，18人次，人均接待费111.11元。'],
          ['公务接待费0.20万元，国内公务接待3批次，18人次，批均接待费0.07万元。'],
          ['2022年度，本单位公务用车运行维护费支出4.79万元，主要用于燃料费，公务用车保有量3辆，车均运行维护费1.60万元。'],
          ['公务用车保有量3辆，车均运行维护费15,966.67元。'],
          // The table's 0.20万元 may be 1,950 to 2,050 元: an average worked from the 元 of the accounts.
          ['国内公务接待3批次，18人次，人均接待费111.13元。'],
        ]),
      ],
    },
    {
      // helper-h114: a bare 车均, its item said by the words before it.
      name: 'a bare 车均 after the vehicles held or their 运行 (运行维护费 ÷ 保有量), and one after a purchase (购置费 ÷ 购置数: none bought, none read)',
      sheets: [
        sheet('公开说明', [
          ['2022年度，本单位公务用车运行维护费支出4.79万元，公务用车保有量3辆，车均1.60万元。'],
          ['截至2022年12月31日，实有公务用车3辆，车均1.60万元。'],
          ['本年更新公务用车1辆，车均17.39万元。'],
          ['公务用车购置及运行维护费4.79万元，车均2.00万元。'],
          ['车均1.95万元。'],
        ]),
      ],
    },
    {
      // helper-h117: a bare 车均 after another amount than the 运行维护费 may be of it (the vehicles' 原值, their 燃油费).
      name: 'a bare 车均 after another amount (原值54.00万元，车均18.00万元; 燃油费2.40万元，…车均0.80万元)',
      sheets: [
        sheet('公开说明', [
          ['2022年度公务用车保有量3辆，车辆原值合计54.00万元，车均18.00万元。'],
          ['单位实有公务用车3辆，账面原值54.00万元，车均18.00万元。'],
          ['公务用车运行维护费4.79万元，其中燃油费2.40万元，公务用车保有量3辆，车均0.80万元。'],
        ]),
      ],
    },
    {
      name: 'no average over a count the 说明数据 does not give',
      sheets: [sheet('公开说明', [['人均接待费500.00元。']])],
      data: (json) => {
        delete json.事项['国内公务接待人次'];
      },
    },
  ],
  invalid: [
    {
      // helper-h105: read by no rule, a wrong average was published.
      name: 'a wrong 人均接待费, 批均接待费 or 车均运行维护费',
      sheets: [
        sheet('公开说明', [
          ['公务接待费0.20万元，国内公务接待3批次，18人次，人均接待费211.11元。'],
          ['公务接待费0.20万元，国内公务接待3批次，18人次，批均接待费0.17万元。'],
          ['公务用车保有量3辆，车均运行维护费1.95万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“人均接待费211.11元”，而公务接待费 0.20 万元 ÷ 国内公务接待人次 18 为 111.11 元。' },
        { severity: 'error', first: '公开说明!A2', message: '为 0.07 万元' },
        { severity: 'error', first: '公开说明!A3', message: '为 1.60 万元' },
      ],
    },
    {
      // helper-h114: a bare 车均 was read by no rule, a wrong one passed.
      name: 'a wrong bare 车均 after the vehicles held or their 运行维护费',
      sheets: [
        sheet('公开说明', [
          ['2022年度，本单位公务用车运行维护费支出4.79万元，公务用车保有量3辆，车均1.95万元。'],
          ['截至2022年12月31日，实有公务用车3辆，车均0.16万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“车均1.95万元”，而公务用车运行维护费 4.79 万元 ÷ 公务用车保有量 3 为 1.60 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '为 1.60 万元' },
      ],
    },
  ],
});
