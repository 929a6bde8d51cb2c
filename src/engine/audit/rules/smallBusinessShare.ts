/** 说明数据: 授予中小企业合同金额 ≤ 政府采购支出总额; 授予小微企业 ≤ 授予中小企业. */
import { defineRule } from '../rule';
import { checkFactAtMost, matterFact } from '../shared/supplementFacts';

export default defineRule({
  id: 'small-business-share',
  title: '说明数据：授予中小企业的金额不大于政府采购总额，小微企业不大于中小企业',
  severity: 'warning',
  tables: [],
  messages: {
    sme: '说明数据中授予中小企业合同金额 {left} 万元，大于政府采购支出总额 {right} 万元。',
    micro: '说明数据中授予小微企业合同金额 {left} 万元，大于授予中小企业合同金额 {right} 万元。',
  },
  check(ctx) {
    checkFactAtMost(ctx, matterFact(ctx, '授予中小企业合同金额'), matterFact(ctx, '政府采购支出总额'), { messageId: 'sme' });
    checkFactAtMost(ctx, matterFact(ctx, '授予小微企业合同金额'), matterFact(ctx, '授予中小企业合同金额'), { messageId: 'micro' });
  },
});
