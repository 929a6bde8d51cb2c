/**
 * No rate over a zero 预算 (DOMAIN §5: budget 0 → no 完成率 and no 差异率, never divide by zero). Found in real
 * documents: "完成预算的0%", "0.00%" (0 ÷ 0 printed by a formula), "完成年初预算的97.30%" where that 预算数 is 0.
 * The 预算 is the one the clause states, else the one of the item it speaks of: the 三公 columns of table 07, a
 * 说明数据 指标 (年初预算数 / 全年预算数), a 项 by its code. A 0% whose 预算 cannot be known is a 提示.
 * The 新疆 wording prints "预决算差异率0.00%" where 预算 and 决算 are both 0 [ref]: that one stands. 云南's template prints
 * "因公出国(境)费支出决算为0万元,完成预算的0.00%" for every unit with no such spending (寻甸, 云县 2023): 0 of 0 is
 * no wrong figure, the printed convention of a province, so a 提示 there, not a 错误 on nearly every 云南 document.
 */
import { defineRule } from '../rule';
import type { RuleContext } from '../rule';
import { budgetStatements } from '../shared/budgetText';
import type { BudgetStatement } from '../shared/budgetText';
import { knownActual, knownBudget } from '../shared/knownFigures';
import { occurrences } from '../shared/occurrences';
import { textCells, textMoneyOf } from '../shared/textScan';

/** A rate of 0 where the statement's 决算 is 0 too (or not stated): 0 of 0, the wording of a template, not a division. */
function noneOfNone(rate: number, actualFen: number | undefined): boolean {
  return rate === 0 && (actualFen ?? 0) === 0;
}

/**
 * The statement with the tables' 决算 of 0 where it states another (text-budget-figures flags that one): 0 of 0 is the 新疆
 * wording whatever the 决算 was mistyped as (因公出国（境）费全年预算数0.00万元，决算数1.00万元，预决算差异率0.00%: the 1.00 is the
 * 错误, and the rate was one more; helper-h317).
 */
function withTablesActual(ctx: RuleContext, s: BudgetStatement, text: string): BudgetStatement {
  // Only a 决算 of 0 in the tables (a 决算 the text states as 0 is what it says, whatever the tables hold: its own 错误 is
  // text-budget-figures').
  const known = s.actual && s.actual.fen !== 0 ? knownActual(ctx, s, text) : undefined;
  if (!s.actual || !known || known.fen !== 0) return s;
  return { ...s, actual: textMoneyOf(known.fen, known.unit, known.cell) };
}

const WHAT = { completion: '完成预算的比例', variance: '预决算差异率' } as const;

export default defineRule({
  id: 'text-zero-budget',
  title: '公开说明中预算数为 0 的项目不能写完成率或差异率',
  severity: 'error',
  tables: [],
  messages: {
    stated: '说明文字“{phrase}”：文中预算数为 0，不能计算{what}；请写明预算数为 0，不写比例。',
    known: '说明文字“{phrase}”：该项{name}为 0（{source}），不能计算{what}；请写明预算数为 0，不写比例。',
    unknown: '说明文字“{phrase}”：完成率为 0 而文中没有预算数；若预算数为 0，不能写完成预算的比例，请核对。',
    noneOfNone: '说明文字“{phrase}”：预算数和决算数都为 0，完成率无从计算；建议写明预算数为 0，不写比例。',
  },
  check(rule) {
    // Keyed by the clause: the same rate stated twice in one text had one id, the second dropped (helper-h132): told apart
    // by where its statement starts.
    const place = occurrences(rule);
    const ctx = place.context;
    for (const t of textCells(ctx)) {
      for (const raw of budgetStatements(t.text)) {
        const rate = raw.rate;
        // Written as none (完成预算0万元的--%(基数为0,不可比)): what a zero 预算 asks for (text-budget holds it to a 预算 not 0).
        if (!rate || rate.none) continue;
        const s = withTablesActual(ctx, raw, t.text);
        place.at(s.start);
        const what = WHAT[rate.kind];
        if (s.budget) {
          if (s.budget.fen !== 0) continue;
          // 预算 0 and 决算 0 printed as 0.00% is the 新疆 wording; anything else divides by zero.
          if (rate.kind === 'variance' && noneOfNone(rate.value, s.actual?.fen)) continue;
          if (noneOfNone(rate.value, s.actual?.fen)) {
            ctx.report({ messageId: 'noneOfNone', data: { phrase: rate.phrase }, cells: [t.cell], key: s.clause, severity: 'warning', values: [rate.value], unit: '%' });
            continue;
          }
          ctx.report({ messageId: 'stated', data: { phrase: rate.phrase, what }, cells: [t.cell], key: s.clause, values: [rate.value], unit: '%' });
          continue;
        }
        const known = knownBudget(ctx, s, t.text);
        if (known) {
          if (known.fen !== 0 || (rate.kind === 'variance' && noneOfNone(rate.value, s.actual?.fen))) continue;
          if (noneOfNone(rate.value, s.actual?.fen)) {
            ctx.report({ messageId: 'noneOfNone', data: { phrase: rate.phrase }, cells: known.cell ? [t.cell, known.cell] : [t.cell], key: s.clause, severity: 'warning', values: [rate.value], unit: '%' });
            continue;
          }
          ctx.report({ messageId: 'known', data: { phrase: rate.phrase, what, name: known.name, source: known.source }, cells: known.cell ? [t.cell, known.cell] : [t.cell], key: s.clause, values: [rate.value], unit: '%' });
          continue;
        }
        if (rate.kind === 'completion' && noneOfNone(rate.value, s.actual?.fen)) {
          ctx.report({ messageId: 'unknown', data: { phrase: rate.phrase }, cells: [t.cell], key: s.clause, severity: 'warning', values: [rate.value], unit: '%' });
        }
      }
    }
  },
});
