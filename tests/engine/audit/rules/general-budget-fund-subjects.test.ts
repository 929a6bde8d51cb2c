import rule from '../../../../src/engine/audit/rules/generalBudgetFundSubjects';
import { testRule } from '../../../support/ruleTester';

const SHEET = '一般公共预算财政拨款支出决算表';

testRule(rule, {
  valid: [
    { name: 'the sample (229 其他支出 is 一般公共预算’s, as its 款 22999 is)' },
    {
      // Templates list every subject of the year: a fund 款 printed with zeros spends nothing from the wrong fund.
      name: 'a fund 款 and its 项 printed with zeros',
      edits: [[SHEET, 'A27', '22960'], [SHEET, 'B27', '彩票公益金安排的支出'], [SHEET, 'C27', 0], [SHEET, 'D27', 0], [SHEET, 'E27', null], [SHEET, 'A28', '2296002'], [SHEET, 'B28', '用于社会福利的彩票公益金支出'], [SHEET, 'C28', 0], [SHEET, 'D28', null], [SHEET, 'E28', 0]],
    },
  ],
  invalid: [
    {
      name: 'a 彩票公益金 款 and 项 with figures: one finding at the 款, naming both rows',
      edits: [[SHEET, 'A27', '22960'], [SHEET, 'B27', '彩票公益金安排的支出'], [SHEET, 'A28', '2296002'], [SHEET, 'B28', '用于社会福利的彩票公益金支出']],
      errors: [
        {
          severity: 'warning',
          first: `${SHEET}!B27`,
          includes: [`${SHEET}!B28`],
          message: '一般公共预算财政拨款支出决算表列有“22960 彩票公益金安排的支出”，这是政府性基金预算的支出科目：请核对，如确属政府性基金预算支出，应列入《政府性基金预算财政拨款收入支出决算表》。',
        },
      ],
    },
    {
      name: 'a 项 of 类 223 alone (国有资本经营预算)',
      edits: [[SHEET, 'A28', '2230105'], [SHEET, 'B28', '国有企业退休人员社会化管理补助支出']],
      errors: [{ severity: 'warning', first: `${SHEET}!B28`, message: '这是国有资本经营预算的支出科目：请核对，如确属国有资本经营预算支出，应列入《国有资本经营预算财政拨款收入支出决算表》。' }],
    },
  ],
});
