/** T4 per fund: 本年收入 + 年初结转 = 本年支出 + 年末结转. */
import { defineRule } from '../rule';
import { cell, checkBalance, rowByKey } from '../relations';
import { FISCAL_FUNDS, OPENING_ROWS } from '../../tables/specs/fiscalSummary';

const NAMES = { generalBudget: '一般公共预算财政拨款', govFund: '政府性基金预算财政拨款', stateCapital: '国有资本经营预算财政拨款' } as const;

export default defineRule({
  id: 'fiscal-fund-balance',
  title: '财政拨款收入支出决算总表：每类财政拨款收入与年初结转之和等于支出与年末结转之和',
  severity: 'error',
  tables: ['04'],
  messages: { mismatch: '财政拨款收入支出决算总表{fund}：本年收入与年初结转和结余之和 {left}，与本年支出、年末结转和结余之和 {right}不符，{gap}。' },
  check(ctx) {
    const t = ctx.recognition.tables.fiscalSummary;
    if (!t) return;
    const income = (k: string) => cell(t, rowByKey(t, k, 'income'), 'amount');
    // A fund printed as its parts alone is their sum (TableModel.printedAsParts).
    const out = (k: string, fund: string) => cell(t, rowByKey(t, k, 'expenditure'), fund);
    for (const fund of FISCAL_FUNDS) {
      checkBalance(ctx, [income(fund), income(OPENING_ROWS[fund])], [out('yearExpenditure', fund), out('closingBalance', fund)], {
        messageId: 'mismatch',
        data: { fund: NAMES[fund] },
      });
    }
  },
});
