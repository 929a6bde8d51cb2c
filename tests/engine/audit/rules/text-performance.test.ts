import rule from '../../../../src/engine/audit/rules/textPerformance';
import { testRule, sheet } from '../../../support/ruleTester';
import { correctTexts } from '../../../support/referenceText';

// The sample's nine 自评表: Σ 年度资金总额 全年预算数 748.11 万元, 全年执行数 728.90 万元 (the reference's §十一).
testRule(rule, {
  valid: [
    {
      // helper-h105: the wording the invalid case below holds, right.
      name: 'the 自评 totals as 预算金额 and 实际支出 (纳入绩效自评的项目9个，预算金额…，实际支出…), right',
      sheets: [sheet('公开说明', [['2022年度纳入绩效自评的项目9个，预算金额748.11万元，实际支出728.90万元，执行率为97.43%。']])],
    },
    ...correctTexts(),
    {
      // helper-h93: the whole budget's self-evaluation, held to the project forms' sums (two false 错误).
      name: 'the 部门整体支出绩效自评 (the whole budget’s) is not held to the project forms’ sums',
      sheets: [sheet('公开说明', [['2022年度部门整体支出绩效自评得分95分，全年预算数1363.45万元，全年执行数1363.45万元，预算执行率100%。']])],
    },
    {
      name: 'the projects’ totals worded 项目全年预算数… with no 绩效 said, each the forms’ sum',
      sheets: [sheet('公开说明', [['项目全年预算数748.11万元，执行数728.90万元，完成预算的97.43%。'], ['9个项目全年预算数748.11万元，全年执行数728.90万元。']])],
    },
    {
      // helper-84: each read as the one project's 自评, three false 错误 against its form.
      name: 'a project named as one of several whose totals follow (…等9个项目, A和B两个项目, A、B项目合计) is not held to its own form',
      sheets: [
        sheet('公开说明', [
          ['我单位对12345云呼叫中心平台技术服务运维费等9个项目开展了绩效自评，涉及全年预算数748.11万元，执行数728.90万元，执行率97.43%。'],
          ['12345云呼叫中心平台技术服务运维费、“一件事”统一受理系统等9个项目全年预算数748.11万元，全年执行数728.90万元。'],
          ['“一件事”统一受理系统和昌吉州公共资源电子档案系统建设两个项目全年预算数370.00万元，执行数370.00万元，执行率100%。'],
          ['“访惠聚”工作队经费（区级）、“访惠聚”工作队经费（州级）项目合计全年预算数16.11万元，执行数11.28万元。'],
        ]),
      ],
    },
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
          ['我单位2022年度开展预算绩效评价项目9个，全年预算数748.11万元，全年执行数728.90万元；公告费项目全年预算数10.00万元，全年执行数3.57万元。'],
          ['本年度共完成绩效自评项目9个，其中“访惠聚”工作队经费（区级）全年预算数7.49万元，全年执行数4.16万元，执行率55.54%。'],
          ['我单位2022年度开展预算绩效评价项目9个，全年预算数748.11万元，全年执行数728.90万元，执行率97.43%；公告费项目全年预算数10.00万元，全年执行数3.57万元，执行率35.70%。'],
          ['我单位2022年度开展预算绩效评价项目9个，全年预算数748.11万元，全年执行数728.90万元，预算执行率为97.4%。'],
        ]),
      ],
    },
    {
      name: 'a project’s own figures, a 重点 evaluation and 上海’s count of projects self-evaluated are not the forms’ totals',
      sheets: [
        sheet('公开说明', [
          ['其中，12345云呼叫中心平台技术服务运维费项目绩效自评得分100分，全年预算数228.00万元，全年执行数228.00万元。'],
          ['2022年度财政部门开展重点绩效评价项目1个。'],
          ['绩效自评的2022年度项目12个，涉及预算金额800.00万元。'],
        ]),
      ],
    },
    {
      name: 'a 全年预算数 outside a sentence about 绩效 (§七’s 三公) is not read',
      sheets: [sheet('公开说明', [['“三公”经费财政拨款支出全年预算数为5.00万元，支出决算为4.99万元。']])],
    },
    {
      // The forms: “一件事”统一受理系统 170.00/170.00, 总分 88; 公告费 10.00/3.57 (35.70%), 88.77; 访惠聚（区级）7.49/4.16, 91.11.
      name: 'a project named by its form’s 项目名称 with the form’s figures, in the provinces’ wordings (helper-82)',
      sheets: [
        sheet('公开说明', [
          ['“一件事”统一受理系统项目全年预算数170.00万元，执行数170.00万元，完成预算的100%，项目自评得分88.00分。'],
          ['“放管服”改革优化营商环境运维费项目全年预算16.00万元，全年执行8.05万元，执行率50.31%，自评得分77.08分。'],
          ['公告费项目全年预算数10.00万元，全年执行数3.57万元，执行率35.7%，自评得分88.8分，主要原因是合同签订时间较晚。'],
          ['“访惠聚”工作队经费（区级）项目全年预算7.49万元，执行4.16万元，执行率55.54%，自评得分91.11分；“访惠聚”工作队经费（州级）项目全年预算8.62万元，执行7.12万元。'],
          ['12345云呼叫中心平台技术服务运维费项目年初预算220.00万元，全年预算228.00万元，全年执行数228.00万元，执行率100%，得分100分。'],
          // A name inside a longer word is another project; a 其中 part of the funds, last year's figures are not the form's.
          ['政府采购公告费项目全年预算数50.00万元，执行数40.00万元。'],
          // A part's score (预算执行得分, an indicator's) is no 总分.
          ['公告费项目全年预算数10.00万元，全年执行数3.57万元，预算执行得分3.57分，满意度指标得分9分，自评得分88.77分。'],
          // A 预算 alone, with no 执行 or score, is no 自评 statement (review47: of another matter).
          ['“放管服”改革优化营商环境运维费项目，年初预算30.00万元；政府采购支出25.00万元。'],
          ['公告费项目全年预算数10.00万元，全年执行数3.57万元，其中当年财政拨款执行数8.00万元；上年公告费项目全年预算数20.00万元，执行数15.00万元。'],
        ]),
      ],
    },
    {
      name: 'a project’s rate of its adjusted 预算 (完成调整预算的…, 完成调整后预算的…), its form’s 全年执行数 ÷ 全年预算数 (helper-h95)',
      sheets: [
        sheet('公开说明', [
          ['公告费项目调整预算数10.00万元，全年执行数3.57万元，完成调整预算的35.70%，自评得分88.77分。'],
          ['“放管服”改革优化营商环境运维费项目调整后预算16.00万元，全年执行8.05万元，完成调整后预算的50.31%。'],
        ]),
      ],
    },
    {
      // A department may publish the forms of only some of the projects it evaluated (中央, 上海): more is no error.
      name: 'the 中央 and 陕西 wordings of the projects self-evaluated: the forms’ count and totals, more projects than forms, 未执行 as the difference',
      sheets: [
        sheet('公开说明', [
          ['2022年度本单位组织对9个项目开展了绩效自评，涉及全年预算数748.11万元，全年执行数728.90万元。'],
          ['本单位对20个项目开展绩效自评，全年预算数3000.00万元，全年执行数2900.00万元，执行率96.67%。'],
          ['2022年度本单位开展绩效自评的9个项目全年预算数合计748.11万元，全年执行数合计728.90万元，未执行19.21万元。'],
        ]),
      ],
    },
    {
      name: 'a form named as an item of the tables (培训费) is a project only with 项目 after its name',
      edits: [['项目支出绩效自评表', 'C172', '培训费']],
      sheets: [sheet('公开说明', [['2022年度绩效自评中，培训费全年预算1.00万元，实际支出0.80万元。']])],
    },
    {
      // helper-85: the forms' totals said of the 项目支出 with no count before them, and one project's 自评 in such words.
      name: 'the forms’ totals stated for the 项目支出 or its 绩效自评 (no count before them), a project’s own in the same words, last year’s',
      sheets: [
        sheet('公开说明', [
          ['2022年度项目支出全年预算数748.11万元，全年执行数728.90万元，执行率97.43%。'],
          ['2022年度项目支出绩效自评结果显示，全年预算数748.11万元，全年执行数728.90万元，预算执行率97.43%。'],
          ['2022年度项目支出年初预算数740.11万元，全年执行数728.90万元。'],
          ['其中：“一件事”统一受理系统项目绩效自评全年预算数170.00万元，执行数170.00万元，执行率100%。'],
          ['上年项目支出全年预算数650.00万元，全年执行数600.00万元。'],
          ['2022年度项目支出全年预算数748.11万元，全年执行数728.90万元；2021年度项目支出全年预算数650.00万元，全年执行数600.00万元。'],
        ]),
      ],
    },
    {
      // helper-85: held to the form's 总分 (88.77), a 错误.
      name: 'a bare 得分 right after a project’s 执行率 may be its 预算执行’s (分值 × 执行率), the 总分 after it the total',
      sheets: [sheet('公开说明', [['公告费项目预算执行率35.70%，得分3.57分。'], ['公告费项目全年预算10.00万元，执行率35.70%，得分3.57分，自评总分88.77分。']])],
    },
    {
      name: 'an 执行 of the 项目支出 that is the tables’ (table 05’s or 03’s 718.22): its 预算 is no form’s either',
      sheets: [
        sheet('公开说明', [
          ['一般公共预算财政拨款项目支出全年预算750.00万元，执行数718.22万元，执行率95.76%。'],
          ['2022年度项目支出年初预算700.00万元，执行数718.22万元。'],
        ]),
      ],
    },
  ],
  invalid: [
    {
      // helper-h132: the same wrong statement written twice in one text had one id: the second dropped, one wrong statement
      // unreported.
      name: 'the same wrong count, total, statement total, rate and project score written twice in one cell',
      sheets: [
        sheet('公开说明', [
          ['2022年度开展预算绩效评价项目8个，全年预算数784.11万元，全年执行数728.90万元。本年度开展预算绩效评价项目8个，全年预算数784.11万元，全年执行数728.90万元。'],
          ['项目全年预算数784.11万元，执行数728.90万元。项目全年预算数784.11万元，执行数728.90万元。'],
          ['公告费项目预算执行率35.70%，得分4.57分。公告费项目预算执行率35.70%，得分4.57分。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“开展预算绩效评价项目8个”' },
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“全年预算数784.11万元”' },
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“开展预算绩效评价项目8个”' },
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“全年预算数784.11万元”' },
        { severity: 'error', first: '公开说明!A2', message: '写全年预算数为 784.11万元' },
        { severity: 'error', first: '公开说明!A2', message: '写全年预算数为 784.11万元' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“得分4.57分”' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“得分4.57分”' },
      ],
    },
    {
      // helper-h105: 预算金额 was no 预算 and 实际支出 no 自评 total: a wrong one passed.
      name: 'the 自评 totals as 预算金额 and 实际支出, the 执行 wrong',
      sheets: [sheet('公开说明', [['2022年度纳入绩效自评的项目9个，预算金额748.11万元，实际支出782.90万元，执行率为104.65%。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '写全年执行数为 782.90万元' }],
    },
    {
      name: 'the projects’ totals worded 项目全年预算数… with no 绩效 said, not the forms’ sum',
      sheets: [sheet('公开说明', [['项目全年预算数784.11万元，执行数728.90万元。']])],
      errors: [{ severity: 'error', first: '公开说明!A1', message: '写全年预算数为 784.11万元，而各项目支出绩效自评表年度资金总额的全年预算数之和为 748.11 万元' }],
    },
    {
      name: 'a 得分 after a project’s 执行率 that is neither its 预算执行’s nor its 总分, a wrong 总分 after its 预算执行 得分',
      sheets: [sheet('公开说明', [['公告费项目预算执行率35.70%，得分4.57分。'], ['公告费项目预算执行率35.70%，得分3.57分，自评总分98.77分。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“得分4.57分”，而项目支出绩效自评表“公告费”的总分为 88.77 分。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“总分98.77分”，而项目支出绩效自评表“公告费”的总分为 88.77 分。' },
      ],
    },
    {
      name: 'the forms’ totals stated for the 项目支出 (no count before them) that are not the forms’, a wrong 未执行 after them',
      sheets: [
        sheet('公开说明', [
          ['2022年度项目支出全年预算数758.11万元，全年执行数728.90万元。'],
          ['纳入绩效自评的项目支出全年预算数748.11万元，执行数729.90万元。'],
          ['项目支出全年预算数748.11万元，全年执行数728.90万元，未执行20.21万元。'],
          ['2022年度项目支出年初预算数750.11万元，全年执行数728.90万元。'],
          ['一般公共预算财政拨款项目支出全年预算748.11万元，执行数708.22万元。'],
          ['2022年度项目支出全年预算748.11万元，全年执行738.90万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '写全年预算数为 758.11万元，而各项目支出绩效自评表年度资金总额的全年预算数之和为 748.11 万元。' },
        { severity: 'error', first: '公开说明!A2', message: '写全年执行数为 729.90万元，而各项目支出绩效自评表年度资金总额的全年执行数之和为 728.90 万元。' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“未执行20.21万元”' },
        { severity: 'error', first: '公开说明!A4', message: '写年初预算数为 750.11万元，而各项目支出绩效自评表年度资金总额的年初预算数之和为 740.11 万元。' },
        { severity: 'error', first: '公开说明!A5', message: '写全年执行数为 708.22万元，而各项目支出绩效自评表年度资金总额的全年执行数之和为 728.90 万元。' },
        { severity: 'error', first: '公开说明!A6', message: '写全年执行数为 738.90万元，而各项目支出绩效自评表年度资金总额的全年执行数之和为 728.90 万元。' },
      ],
    },
    {
      name: 'the 中央 and 陕西 wordings (helper-82: unread): a total not the forms’, fewer projects than forms (a 提示), a wrong 未执行',
      sheets: [
        sheet('公开说明', [
          ['2022年度本单位组织对9个项目开展了绩效自评，涉及全年预算数784.11万元，全年执行数728.90万元。'],
          ['本单位2022年度对8个项目开展绩效自评，涉及资金748.11万元，全年执行数728.90万元。'],
          ['2022年度本单位开展绩效自评的9个项目全年预算数合计748.11万元，全年执行数合计728.90万元，未执行12.91万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“全年预算数784.11万元”，而各项目支出绩效自评表年度资金总额的全年预算数之和为 748.11 万元。' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“未执行12.91万元”，而文中全年预算数 748.11万元 与全年执行数 728.90万元 之差为 19.21 万元。' },
        { severity: 'warning', first: '公开说明!A2', message: '说明文字写“对8个项目开展绩效自评”，而工作簿中有 9 张项目支出绩效自评表' },
      ],
    },
    {
      name: 'a project’s rate of its adjusted 预算 (完成调整后预算的…) that is not its form’s (helper-h95: unread)',
      sheets: [sheet('公开说明', [['“放管服”改革优化营商环境运维费项目调整后预算16.00万元，全年执行8.05万元，完成调整后预算的53.01%。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“完成调整后预算的53.01%”，而项目支出绩效自评表““放管服”改革优化营商环境运维费”年度资金总额的全年执行数 ÷ 全年预算数为 50.31%。' },
      ],
    },
    {
      // helper-h219: with no 预算 beside it (which text-budget holds the mark to), a project's 执行率 written as none was read by
      // no rule: a wrong one passed silently.
      name: 'a project’s 执行率 written as none, no 预算 beside it, its form’s 全年预算数 not 0',
      sheets: [sheet('公开说明', [['公告费项目预算执行率--，项目自评得分88.77分。'], ['“放管服”改革优化营商环境运维费项目完成预算的--%(基数为0,不可比)，自评得分77.08分。']])],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字“预算执行率--”写执行率不可比（预算为0），而项目支出绩效自评表“公告费”年度资金总额的全年预算数为 10.00 万元，全年执行数 ÷ 全年预算数为 35.70%。' },
        { severity: 'error', first: '公开说明!A2', message: '年度资金总额的全年预算数为 16.00 万元，全年执行数 ÷ 全年预算数为 50.31%。' },
      ],
    },
    {
      name: 'a project’s 执行数, 执行率 or 自评得分 that is not its form’s (helper-82: unread)',
      sheets: [
        sheet('公开说明', [
          ['“一件事”统一受理系统项目全年预算数170.00万元，执行数170.00万元，完成预算的100%，项目自评得分98.00分。'],
          ['“放管服”改革优化营商环境运维费项目全年预算16.00万元，全年执行8.05万元，执行率53.01%。'],
          ['公告费项目全年预算数10.00万元，全年执行数5.37万元。'],
        ]),
      ],
      errors: [
        { severity: 'error', first: '公开说明!A1', message: '说明文字写“自评得分98.00分”，而项目支出绩效自评表““一件事”统一受理系统”的总分为 88 分。' },
        { severity: 'error', first: '公开说明!A2', message: '说明文字写“执行率53.01%”，而项目支出绩效自评表““放管服”改革优化营商环境运维费”年度资金总额的全年执行数 ÷ 全年预算数为 50.31%。' },
        { severity: 'error', first: '公开说明!A3', message: '说明文字写“全年执行数5.37万元”，而项目支出绩效自评表“公告费”年度资金总额的全年执行数为 3.57 万元。' },
      ],
    },
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
