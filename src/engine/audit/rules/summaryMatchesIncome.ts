/**
 * T1 against T2: 本年收入合计 = T2 合计 本年收入合计; 一 + 二 + 三 = T2 合计 财政拨款收入; 四 … 八 = the
 * matching columns of T2's 合计 row; and 一, 二, 三 each = T2's column of that fund where it splits 财政拨款收入 by fund
 * (the sum alone lets two funds' figures swapped pass).
 */
import { defineRule } from '../rule';
import { cell, checkEqual, checkSum, hasFigure, rowByKey } from '../relations';
import { summaryFiscalRows } from '../../tables/specs/summary';

const PAIRS = [
  ['fiscalGeneralBudget', 'fiscalGeneralBudget', '一般公共预算财政拨款收入'],
  ['fiscalGovFund', 'fiscalGovFund', '政府性基金预算财政拨款收入'],
  ['fiscalStateCapital', 'fiscalStateCapital', '国有资本经营预算财政拨款收入'],
  ['superiorSubsidy', 'superiorSubsidy', '上级补助收入'],
  ['businessIncome', 'businessIncome', '事业收入'],
  ['operatingIncome', 'operatingIncome', '经营收入'],
  ['affiliateRemittance', 'affiliateRemittance', '附属单位上缴收入'],
  ['otherIncome', 'otherIncome', '其他收入'],
] as const;

export default defineRule({
  id: 'summary-matches-income',
  title: '收入支出决算总表与收入决算表的收入一致',
  severity: 'error',
  tables: ['01', '02'],
  messages: {
    yearIncome: '收入支出决算总表的本年收入合计 {left}，与收入决算表合计行的本年收入合计 {right}不符，{gap}。',
    fiscal: '收入决算表合计行的财政拨款收入 {left}，与收入支出决算总表三项财政拨款收入之和 {right}不符，{gap}。',
    source: '收入支出决算总表的{name} {left}，与收入决算表合计行的{name} {right}不符，{gap}。',
  },
  check(ctx) {
    const t1 = ctx.recognition.tables.summary;
    const t2 = ctx.recognition.tables.income;
    if (!t1 || !t2) return;
    const one = (k: string) => cell(t1, rowByKey(t1, k, 'income'), 'amount');
    const total = rowByKey(t2, 'total');
    checkEqual(ctx, one('yearIncome'), cell(t2, total, 'yearIncome'), { messageId: 'yearIncome' });
    const fiscal = summaryFiscalRows((k) => hasFigure(rowByKey(t1, k, 'income'), 'amount'));
    checkSum(ctx, cell(t2, total, 'fiscal'), fiscal.map(one), { messageId: 'fiscal', skipMissing: true });
    for (const [k1, k2, name] of PAIRS) checkEqual(ctx, one(k1), cell(t2, total, k2), { messageId: 'source', data: { name } });
  },
});
