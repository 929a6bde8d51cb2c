import rule from '../../../../src/engine/audit/rules/performanceTotalScore';
import { testRule } from '../../../support/ruleTester';

testRule(rule, {
  valid: [
    { name: 'the sample' },
    // The 总分 has a part unread: no sum to hold it to (a false 错误 a form; the unread column is said by reading).
    { name: 'a funds block whose 分值 column is headed so that it is not read', edits: [['项目支出绩效自评表', 'G5', '分数']] },
    { name: 'a funds block whose 分值 column is headed 权重 (四川): read', edits: [['项目支出绩效自评表', 'G5', '权重']] },
    // The funds block not read at all (its header unknown, said by reading): no 预算执行 得分 to add (helper-143: two false
    // 错误 a form).
    { name: 'a funds block whose header is not read', edits: [['项目支出绩效自评表', 'E5', '计划额度']] },
  ],
  invalid: [
    { name: 'a 总分 that does not add up', edits: [['项目支出绩效自评表', 'H29', 99]], errors: [{ severity: 'error', first: '项目支出绩效自评表!H29', includes: ['项目支出绩效自评表!I6', '项目支出绩效自评表!H13'], message: '之和为 100' }] },
    {
      name: 'a 总分 that does not add up, the funds block’s 分值 headed 权重',
      edits: [['项目支出绩效自评表', 'G5', '权重'], ['项目支出绩效自评表', 'H29', 99]],
      errors: [{ severity: 'error', first: '项目支出绩效自评表!H29', includes: ['项目支出绩效自评表!I6', '项目支出绩效自评表!H13'], message: '之和为 100' }],
    },
  ],
});
