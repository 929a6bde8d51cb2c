import rule from '../../../../src/engine/audit/rules/textPerformance';
import { testRule, sheet } from '../../../support/ruleTester';
import { correctTexts } from '../../../support/referenceText';

// The sample's nine 自评表: Σ 年度资金总额 全年预算数 748.11 万元, 全年执行数 728.90 万元 (the reference's §十一).
testRule(rule, {
  valid: [
    ...correctTexts(),
    {
      // 97.43%: a true bound, read as the rate it was a 错误.
      name: 'a 执行率 stated as a bound (执行率95%以上) is no rate to compare',
      sheets: [sheet('公开说明', [['我单位2022年度开展预算绩效评价项目9个，全年预算数748.11万元，全年执行数728.90万元，执行率95%以上。']])],
    },
    {
      name: 'the number of forms and their totals, in 万元 and in 元',
      sheets: [
        sheet('公开说明', [
          ['根据预算绩效管理要求，我单位2022年度开展预算绩效评价项目9个，全年预算数748.11万元，全年执行数728.90万元。'],
          ['本年绩效自评项目共9个，全年预算金额为7,481,100.00元，全年执行金额为7,289,000.00元。'],
        ]),
      ],
    },
    {
      name: 'a project’s own 全年预算数 after the totals in the same sentence (其中“…”, or a second clause), or after the count alone',
      sheets: [
        sheet('公开说明', [
          ['我单位2022年度开展预算绩效评价项目9个，全年预算数748.11万元，全年执行数728.90万元，其中“12345云呼叫中心平台技术服务运维费”全年预算数228.00万元，全年执行数228.00万元。'],
          ['我单位2022年度开展预算绩效评价项目9个，全年预算数748.11万元，全年执行数728.90万元；公告费项目全年预算数100万元，全年执行数35.7万元。'],
          ['本年度共完成绩效自评项目9个，其中“访惠聚”工作队经费（区级）全年预算数7.49万元，全年执行数4.16万元，执行率55.54%。'],
          ['我单位2022年度开展预算绩效评价项目9个，全年预算数748.11万元，全年执行数728.90万元，执行率97.43%；公告费项目全年预算数100万元，全年执行数35.7万元，执行率35.70%。'],
          ['我单位2022年度开展预算绩效评价项目9个，全年预算数748.11万元，全年执行数728.90万元，预算执行率为97.4%。'],
        ]),
      ],
    },
    {
      name: 'a project’s own figures, a 重点 evaluation and 上海’s count of projects self-evaluated are not the forms’ totals',
      sheets: [
        sheet('公开说明', [
          ['其中，12345云呼叫中心平台技术服务运维费项目绩效自评得分95分，全年预算数100.00万元，全年执行数98.00万元。'],
          ['2022年度财政部门开展重点绩效评价项目1个。'],
          ['绩效自评的2022年度项目12个，涉及预算金额800.00万元。'],
        ]),
      ],
    },
    {
      name: 'a 全年预算数 outside a sentence about 绩效 (§七’s 三公) is not read',
      sheets: [sheet('公开说明', [['“三公”经费财政拨款支出全年预算数为5.00万元，支出决算为4.99万元。']])],
    },
  ],
  invalid: [
    {
      name: 'a wrong 执行率 of the forms’ totals',
      sheets: [sheet('公开说明', [['我单位2022年度开展预算绩效评价项目9个，全年预算数748.11万元，全年执行数728.90万元，执行率96.43%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '说明文字写“执行率96.43%”，而各项目支出绩效自评表年度资金总额的全年执行数之和 ÷ 全年预算数之和为 97.43%。' }],
    },
    {
      name: 'a number of projects, a 全年预算数 and a 全年执行数 that are not the forms’',
      sheets: [sheet('公开说明', [['我单位2022年度开展预算绩效评价项目8个，全年预算数784.11万元，全年执行数782.90万元。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“开展预算绩效评价项目8个”，而工作簿中有 9 张项目支出绩效自评表。' },
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“全年预算数784.11万元”，而各项目支出绩效自评表年度资金总额的全年预算数之和为 748.11 万元。' },
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“全年执行数782.90万元”，而各项目支出绩效自评表年度资金总额的全年执行数之和为 728.90 万元。' },
      ],
    },
  ],
});
