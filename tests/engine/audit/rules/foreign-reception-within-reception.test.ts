import rule from '../../../../src/engine/audit/rules/foreignReceptionWithinReception';
import { sampleWithSupplementSheet, testRule } from '../../../support/ruleTester';

const T7 = '财政拨款三公经费支出决算表';
const foreign = (v: number) => (j: { 事项: Record<string, unknown> }) => {
  j.事项['外宾接待费'] = v;
};

testRule(rule, {
  valid: [
    { name: 'the sample (no 外宾接待费)' },
    { name: '外宾接待费 below 公务接待费', data: foreign(0.12) },
    // The edge: the whole of 公务接待费 spent on foreign guests.
    { name: '外宾接待费 equal to 公务接待费', data: foreign(0.2) },
    { name: 'no reception at all: 外宾接待费 0 and a blank 公务接待费', data: foreign(0), edits: [[T7, 'L7', null]] },
    { name: 'a table in 元: 2,000 元 is 0.20 万元', data: foreign(0.2), edits: [[T7, 'L2', '单位：元'], [T7, 'L7', 2000]] },
    { name: 'a 公务接待费 below zero is three-public-negative’s', data: foreign(0.1), edits: [[T7, 'L7', -1]] },
  ],
  invalid: [
    {
      name: '外宾接待费 larger than 公务接待费',
      data: foreign(0.5),
      errors: [
        {
          severity: 'error',
          first: `${T7}!L7`,
          message:
            '说明数据“事项·外宾接待费” 0.50 万元，大于《财政拨款“三公”经费支出决算表》的公务接待费决算数 0.20 万元（工作表“财政拨款三公经费支出决算表”L7），多 0.30 万元：外宾接待费是公务接待费的一部分，不能大于它。请核对说明数据的外宾接待费或该表的公务接待费。',
        },
      ],
    },
    {
      name: 'with the 说明数据 sheet: its cell first, then table 07’s',
      grid: sampleWithSupplementSheet,
      data: foreign(0.5),
      errors: [{ severity: 'error', first: '说明数据!B95', includes: [`${T7}!L7`], message: '说明数据“事项·外宾接待费”（B95） 0.50 万元，大于' }],
    },
    {
      name: 'a blank 公务接待费 (0) with 外宾接待费',
      data: foreign(0.05),
      edits: [[T7, 'L7', null]],
      errors: [{ severity: 'error', first: `${T7}!L7`, message: '公务接待费决算数 0.00 万元' }],
    },
    {
      name: 'over by 0.01 万元: a 尾差',
      data: foreign(0.21),
      errors: [{ severity: 'rounding', first: `${T7}!L7`, message: '多 0.01 万元：外宾接待费是公务接待费的一部分，不能大于它。请核对说明数据的外宾接待费或该表的公务接待费（在尾差允许的 0.01 万元以内）。' }],
    },
    {
      name: 'a table in 元, compared in 万元',
      data: foreign(0.25),
      edits: [
        [T7, 'L2', '单位：元'],
        [T7, 'L7', 2000],
      ],
      errors: [{ severity: 'error', first: `${T7}!L7`, message: '公务接待费决算数 0.20 万元（工作表“财政拨款三公经费支出决算表”L7），多 0.05 万元' }],
    },
  ],
});
