/**
 * T7 split by fund (预算数 and 决算数 each a 合计 | 一般公共预算 | 政府性基金 block, the items as rows; 安徽 巢湖市人民法院
 * 2021): each 合计 = its funds' figures added up. The measure is read from the 合计 and the funds are read only to be
 * held to it (the reader says a 合计 that disagrees beyond rounding: readers/threePublicCosts.ts sayFundParts); the
 * message is the reader's, which names the cells and says what to do.
 */
import { defineRule } from '../rule';
import { parseA1 } from '../../grid/address';

export default defineRule({
  id: 'three-public-fund-parts',
  title: '“三公”经费支出决算表：按资金来源分列的合计等于各项资金之和',
  severity: 'error',
  tables: ['07'],
  messages: { mismatch: '按资金来源分列的“三公”经费合计与各项资金不符：{message}' },
  check(ctx) {
    for (const p of ctx.recognition.problems) {
      if (p.kind !== 'fund-parts' || p.sheet === null || p.cell === null) continue;
      ctx.report({ messageId: 'mismatch', data: { message: p.message }, cells: [{ sheet: p.sheet, ...parseA1(p.cell) }] });
    }
  },
});
