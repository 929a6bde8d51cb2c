/** 说明数据: 授予中小企业合同金额 ≤ 政府采购支出总额; 授予小微企业 ≤ 授予中小企业. */
import { defineRule } from '../rule';
import { checkFactAtMost, matterFact } from '../shared/supplementFacts';

export default defineRule({
  id: 'small-business-share',
  title: '说明数据：授予中小企业的金额不大于政府采购总额，小微企业不大于中小企业',
  severity: 'warning',
  tables: [],
  messages: {
    sme: '{leftName} {left}，大于{rightName} {right}。',
    micro: '{leftName} {left}，大于{rightName} {right}。',
  },
  check(ctx) {
    const amount = (key: string) => matterFact(ctx, key, 'amount');
    checkFactAtMost(ctx, amount('授予中小企业合同金额'), amount('政府采购支出总额'), { messageId: 'sme' });
    checkFactAtMost(ctx, amount('授予小微企业合同金额'), amount('授予中小企业合同金额'), { messageId: 'micro' });
  },
});
