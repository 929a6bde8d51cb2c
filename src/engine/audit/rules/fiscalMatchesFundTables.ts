/**
 * T4's 政府性基金 column = table 08's 合计 (本年支出, and 年初/年末 where shown, as the sum of their parts where only those
 * are printed); its 国有资本经营 column = table 09's.
 * When T4's column is all 0, table 08/09 must be empty.
 */
import { defineRule } from '../rule';
import { cell, checkSum, rowByKey } from '../relations';
import { balanceColumnsOf } from '../../tables/specs/balanceColumns';
import { fiscalSummaryPlace } from '../../tables/specs/fiscalSummary';

const FUNDS = [
  ['govFund', '政府性基金'],
  ['stateCapital', '国有资本经营'],
] as const;

/** The figures of the 合计 row that table 04 repeats, by the words the message names them with. */
const COMPARED = [
  ['yearExpenditure', '本年支出'],
  ['openingBalance', '年初结转和结余'],
  ['closingBalance', '年末结转和结余'],
  ['yearIncome', '本年收入'],
] as const;

export default defineRule({
  id: 'fiscal-matches-fund-tables',
  title: '财政拨款收入支出决算总表的政府性基金、国有资本经营预算财政拨款与其决算表一致',
  severity: 'error',
  tables: ['04', '08', '09'],
  messages: {
    mismatch: '财政拨款收入支出决算总表的{fund}预算财政拨款{what} {left}，与{fund}预算财政拨款收入支出决算表合计行的{what} {right}不符，{gap}。',
  },
  check(ctx) {
    const t4 = ctx.recognition.tables.fiscalSummary;
    if (!t4) return;
    for (const [id, fund] of FUNDS) {
      const t = ctx.recognition.tables[id];
      if (!t) continue;
      const total = rowByKey(t, 'total');
      for (const [column, what] of COMPARED) {
        const b = balanceColumnsOf(t, column).map((k) => cell(t, total, k));
        // The 合计 row of an empty table may have no figures at all: blank is 0 there.
        if (!b.some((term) => term.figure)) continue;
        const place = fiscalSummaryPlace(id, column)!;
        checkSum(ctx, cell(t4, rowByKey(t4, place.row, place.block), place.column), b, { messageId: 'mismatch', data: { fund, what } });
      }
    }
  },
});
