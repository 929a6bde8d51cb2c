/**
 * T8/T9 each row: 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余; a balance printed as its parts alone (no 小计) as
 * their sum.
 */
import { defineRule } from '../rule';
import { cell, checkBalance, rowName } from '../relations';
import { balanceColumnsOf } from '../../tables/specs/balanceColumns';
import { hasColumn, shownTitle } from '../../tables/model';

export default defineRule({
  id: 'fund-table-balance',
  title: '政府性基金、国有资本经营预算财政拨款收入支出决算表：年初结转加本年收入等于本年支出加年末结转',
  severity: 'error',
  tables: ['08', '09'],
  messages: { mismatch: '{table}“{row}”行：年初结转和结余与本年收入之和 {left}，与本年支出、年末结转和结余之和 {right}不符，{gap}。' },
  check(ctx) {
    for (const t of [ctx.recognition.tables.govFund, ctx.recognition.tables.stateCapital]) {
      if (!t) continue;
      const opening = balanceColumnsOf(t, 'openingBalance');
      const closing = balanceColumnsOf(t, 'closingBalance');
      // The older 09 prints 本年支出 alone: no balance to check.
      if (!closing.every((k) => hasColumn(t, k))) continue;
      for (const r of t.rows) {
        checkBalance(ctx, [...opening.map((k) => cell(t, r, k)), cell(t, r, 'yearIncome')], [cell(t, r, 'yearExpenditure'), ...closing.map((k) => cell(t, r, k))], {
          messageId: 'mismatch',
          data: () => ({ table: shownTitle(t), row: rowName(r) }),
        });
      }
    }
  },
});
