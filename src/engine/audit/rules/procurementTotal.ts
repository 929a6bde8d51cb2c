/** 说明数据: 政府采购支出总额 = 货物 + 工程 + 服务. */
import { defineRule } from '../rule';
import { checkFactSum, matterFact } from '../shared/supplementFacts';

export default defineRule({
  id: 'procurement-total',
  title: '说明数据：政府采购支出总额等于货物、工程、服务支出之和',
  severity: 'error',
  tables: [],
  messages: { mismatch: '说明数据中政府采购支出总额 {left} 万元，与货物、工程、服务支出之和 {right} 万元不符，相差 {difference} 万元。' },
  check(ctx) {
    checkFactSum(ctx, matterFact(ctx, '政府采购支出总额'), ['政府采购货物支出', '政府采购工程支出', '政府采购服务支出'].map((k) => matterFact(ctx, k)), { messageId: 'mismatch' });
  },
});
