/** 说明数据: 政府采购支出总额 = 货物 + 工程 + 服务. */
import { defineRule } from '../rule';
import { checkFactSum, matterFact } from '../shared/supplementFacts';

export default defineRule({
  id: 'procurement-total',
  title: '说明数据：政府采购支出总额等于货物、工程、服务支出之和',
  severity: 'error',
  tables: [],
  messages: { mismatch: '{leftName} {left}，与货物、工程、服务支出之和 {right}不符，{gap}。' },
  check(ctx) {
    const amount = (key: string) => matterFact(ctx, key, 'amount');
    checkFactSum(ctx, amount('政府采购支出总额'), ['政府采购货物支出', '政府采购工程支出', '政府采购服务支出'].map(amount), { messageId: 'mismatch' });
  },
});
