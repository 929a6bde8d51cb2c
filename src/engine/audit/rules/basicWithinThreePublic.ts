/**
 * Subsets: the 三公 items paid from 基本支出 cannot exceed the 三公 决算: 30217 ≤ 公务接待费, 30231 ≤ 公务用车运行费,
 * 30212 ≤ 因公出国（境）费, 31013 ≤ 公务用车购置费.
 */
import { defineRule } from '../rule';
import { shownTitle } from '../../tables/model';
import { THREE_PUBLIC_ITEM_NAMES } from '../../tables/specs/threePublicCosts';
import { cell, checkAtMost, rowByKey, rowName } from '../relations';

const PAIRS = [
  ['30217', 'reception'],
  ['30231', 'vehicleOperation'],
  ['30212', 'overseasTravel'],
  ['31013', 'vehiclePurchase'],
] as const;

export default defineRule({
  id: 'basic-within-three-public',
  title: '基本支出中的三公经费科目不大于“三公”经费支出决算数',
  severity: 'warning',
  tables: ['06', '07'],
  messages: { larger: '《{basic}》“{row}” {left}，大于《{threePublic}》的{item}决算数 {right}（多 {difference}）。' },
  check(ctx) {
    const t6 = ctx.recognition.tables.generalBudgetBasic;
    const t7 = ctx.recognition.tables.threePublicCosts;
    if (!t6 || !t7) return;
    const actual = rowByKey(t7, 'actual');
    for (const [code, item] of PAIRS) {
      const r = rowByKey(t6, code);
      if (r) checkAtMost(ctx, cell(t6, r, 'amount'), cell(t7, actual, item), { messageId: 'larger', data: () => ({ basic: shownTitle(t6), threePublic: shownTitle(t7), row: rowName(r), item: THREE_PUBLIC_ITEM_NAMES[item] }) });
    }
  },
});
