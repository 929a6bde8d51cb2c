import rule from '../../../../src/engine/audit/rules/performanceSummary';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [
    { name: 'the figures of §十一', data: (j) => { j.事项['绩效全年预算数'] = 748.11; j.事项['绩效全年执行数'] = 728.9; j.事项['绩效评价项目数'] = 9; } },
    { name: 'the figures of 上海’s §十 (绩效自评项目数, 绩效自评金额)', data: (j) => { j.事项['绩效自评金额'] = 748.11; j.事项['绩效自评项目数'] = 9; } },
  ],
  invalid: [
    {
      name: '说明数据 disagrees with the 自评表',
      data: (j) => { j.事项['绩效全年预算数'] = 750; j.事项['绩效评价项目数'] = 8; },
      errors: [{ severity: 'error', first: '项目支出绩效自评表!E6', message: '说明数据“事项·绩效全年预算数” 750.00 万元，与各绩效自评表年度资金总额的全年预算数之和 748.11 万元不符，多 1.89 万元。' }, { severity: 'error', first: '项目支出绩效自评表!A1', message: '说明数据“事项·绩效评价项目数”为 8 个，工作簿中有 9 张绩效自评表。' }],
    },
    {
      // The 上海 text quotes them from the 说明数据 alone: a count or a sum the forms do not give was published.
      name: '说明数据’s 上海 figures (绩效自评项目数, 绩效自评金额) disagree with the 自评表',
      data: (j) => { j.事项['绩效自评金额'] = 700; j.事项['绩效自评项目数'] = 8; },
      errors: [
        { severity: 'error', first: '项目支出绩效自评表!E6', message: '说明数据“事项·绩效自评金额” 700.00 万元，与各绩效自评表年度资金总额的全年预算数之和 748.11 万元不符' },
        { severity: 'error', first: '项目支出绩效自评表!A1', message: '说明数据“事项·绩效自评项目数”为 8 个，工作簿中有 9 张绩效自评表。' },
      ],
    },
  ],
});
