import rule from '../../../../src/engine/audit/rules/supplementPriorYear';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [
    { name: 'the sample: 收入总计 = 支出总计 1,801.23, 三公 5.01 = 0.00 + 4.75 + 0.26' },
    {
      name: 'a 上年数 not given for every part (nothing to compare)',
      data: (j) => {
        delete j.指标['公务接待费']!['上年数'];
        delete j.指标['支出总计']!['上年数'];
      },
    },
  ],
  invalid: [
    {
      name: '收入总计 and 支出总计 of last year that differ',
      data: (j) => {
        j.指标['支出总计']!['上年数'] = 1700;
      },
      // From a JSON file with no 说明数据 sheet in the workbook: no cell to flag.
      errors: [{ severity: 'error', first: null, message: '说明数据“指标·收入总计·上年数” 1,801.23 万元，与支出总计的上年数之和 1,700.00 万元不符，多 101.23 万元' }],
    },
    {
      name: 'a “三公” item’s 上年数 that does not add up to the 合计',
      data: (j) => {
        j.指标['公务接待费']!['上年数'] = 0.5;
      },
      errors: [{ severity: 'error', first: null, message: '与因公出国（境）费、公务用车购置及运行维护费、公务接待费的上年数之和 5.25 万元不符，少 0.24 万元' }],
    },
  ],
});
