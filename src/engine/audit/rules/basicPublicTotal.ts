/** T6: 公用经费合计 = 302 商品和服务支出 + 310 资本性支出 (+ 307 + 399 where present). */
import { defineRule } from '../rule';
import { PUBLIC_CLASSES } from '../../subjects/economic';
import { checkBasicTotal } from '../shared/basicTotals';

export default defineRule({
  id: 'basic-public-total',
  title: '一般公共预算财政拨款基本支出决算表、财政拨款基本支出决算表：公用经费合计等于商品和服务支出、资本性支出等之和',
  severity: 'error',
  tables: ['06', 'F06'],
  messages: {
    mismatch: '基本支出决算表的公用经费合计 {left}，与商品和服务支出、资本性支出等之和 {right}不符，{gap}。',
    fiscal: '{table}的公用经费合计 {left}，与商品和服务支出、资本性支出等之和 {right}不符，{gap}。',
  },
  check(ctx) {
    checkBasicTotal(ctx, 'publicTotal', PUBLIC_CLASSES);
  },
});
