import rule from '../../../../src/engine/audit/rules/supplementYear';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [
    { name: 'the sample: 说明数据 年度 2022, tables of 2022' },
    {
      name: 'no 年度 in the 说明数据 (the tables’ year is used)',
      data: (j) => {
        delete j.年度;
      },
    },
  ],
  invalid: [
    {
      name: 'a 说明数据 of 2023 beside tables of 2022',
      data: (j) => {
        j.年度 = 2023;
      },
      // The cell the workbook's year was read from.
      errors: [{ severity: 'error', first: '项目支出绩效自评表!A2', message: '说明数据的年度为2023年，而决算表是2022年度的' }],
    },
  ],
});
