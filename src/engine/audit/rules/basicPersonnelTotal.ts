/** T6: 人员经费合计 = 301 工资福利支出 + 303 对个人和家庭的补助. */
import { defineRule } from '../rule';
import { PERSONNEL_CLASSES } from '../../subjects/economic';
import { checkBasicTotal } from '../shared/basicTotals';

export default defineRule({
  id: 'basic-personnel-total',
  title: '一般公共预算财政拨款基本支出决算表、财政拨款基本支出决算表：人员经费合计等于工资福利支出与对个人和家庭的补助之和',
  severity: 'error',
  tables: ['06', 'F06'],
  messages: {
    mismatch: '基本支出决算表的人员经费合计 {left}，与工资福利支出、对个人和家庭的补助之和 {right}不符，{gap}。',
    fiscal: '{table}的人员经费合计 {left}，与工资福利支出、对个人和家庭的补助之和 {right}不符，{gap}。',
  },
  check(ctx) {
    checkBasicTotal(ctx, 'personnelTotal', PERSONNEL_CLASSES);
  },
});
