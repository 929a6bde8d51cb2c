/**
 * The 预算 and the 决算 a 预算 statement writes must be the item's: "“三公”经费财政拨款支出年初预算为 X 万元，支出决算为
 * Y 万元" against table 07's 预算 and 决算 rows, "财政拨款收入总计年初预算数 X 万元" against the 说明数据, and 上海's
 * "…(项)。主要用于：…。年初预算为 X 万元，支出决算为 Y 万元" against that 项 (its 年初预算数 in the 说明数据, its
 * figure in table 05). These sentences name no table label before their figures, so text-figures does not read them:
 * a wrong 预算 or 决算 here was published unflagged.
 */
import { defineRule, RuleContext } from '../rule';
import { CellRef, qualifiedA1 } from '../../grid/address';
import { amount, moneyValues } from '../measure';
import { BudgetStatement, budgetStatements } from '../shared/budgetText';
import { KnownFigure, knownActual, knownBudget } from '../shared/knownFigures';
import { atCommonPrecision, atWrittenPrecision, FIGURE_MONEY, moneyText, namedAmounts, textCells, TextMoney } from '../shared/textScan';

const sameAt = (at: { readonly stated: number; readonly table: number }) => at.stated === at.table;
/** An amount written in 亿: held at the digits it writes (3.6亿元 is right for 35,980 万元), as text-figures holds it. */
const inYi = (m: TextMoney) => m.writtenUnit?.startsWith('亿') === true;

/**
 * A 决算 right after a 项's or a 款's name (新疆, 上海: …(款)行政运行(项)：支出决算数为223.14万元, …(项)支出决算数为…):
 * text-figures holds it to that row of table 05, as this rule did too: one wrong 决算, two 错误 (helper-h317). The 上海 form,
 * its 决算 after the 主要用于 sentence (…(项)。主要用于：…。年初预算为…，支出决算为…), stays this rule's.
 */
function afterSubjectName(clause: string, stated: TextMoney): boolean {
  const at = clause.indexOf(stated.written);
  return at >= 0 && /\((?:项|款)\)[:：,，]?(?:\d{4}年度?)?(?:本年)?(?:支出)?(?:决算数?)?(?:为|是)?$/.test(clause.slice(0, at));
}

/**
 * The 预算 a clause states, each with the tables' one it is held to. A 年初 one beside the 全年 one the clause gives (年初预算数为
 * 4.50万元，调整后预算为5.00万元; 年初预算4.50万元，年中追加预算0.50万元: withAdded) says the two differ: the 全年 one is held to the
 * table's (a plain 预算数 is the 全年 one: 新疆 and 中央 §七 compare with 全年预算数), the 年初 one only to a 年初 one of its own
 * (a 年初预算数 block, the 说明数据's 年初预算数).
 * Held to the plain 预算数, a right 年初预算4.50万元 was a 错误 (review r308).
 */
function budgetPairs(ctx: RuleContext, s: BudgetStatement, text: string): [string, TextMoney | undefined, KnownFigure | undefined][] {
  if (!s.budget) return [];
  const whole = s.budgetKind === '年初' ? s.budgets.find((b) => b.kind === '全年') : undefined;
  if (!whole) return [['预算', s.budget, knownBudget(ctx, s, text, s.budgetKind)]];
  const wholeKnown = knownBudget(ctx, s, text, '全年');
  const initialKnown = knownBudget(ctx, s, text, '年初');
  // The one figure the tables have for either (a plain 预算数: both read from its cell) is no 年初 one of its own.
  const sameCell = (a?: CellRef, b?: CellRef) => a !== undefined && b !== undefined && qualifiedA1(a) === qualifiedA1(b);
  const ownInitial = sameCell(initialKnown?.cell, wholeKnown?.cell) ? undefined : initialKnown;
  return [
    ['预算', s.budget, ownInitial],
    [whole.added ? '年初预算与年中追加（调减）合计' : '全年预算', whole.money, wholeKnown],
  ];
}

/**
 * The text's statements, a clause whose 预算 or 决算 is written in 亿 read in 亿元 too (budgetStatements' inYi: 山西 省级 2020, “三公”经费预算
 * 为3.94亿元 where table 07's is 34,900 万元): read in 万元 and 元 alone it had no figure, a wrong one passed (helper-h320). Each is held
 * to the tables' at the digits it writes (atWrittenPrecision: 3.6亿元); no rate is worked out from it here.
 */
function statementsOf(text: string): BudgetStatement[] {
  const inWan = budgetStatements(text);
  if (!text.includes('亿')) return inWan;
  const yi = budgetStatements(text, true).filter((y) => [y.actual, y.budget].some((m) => m !== undefined && inYi(m)));
  return [...inWan.filter((s) => !yi.some((y) => y.start === s.start)), ...yi].sort((a, b) => a.start - b.start);
}

export default defineRule({
  id: 'text-budget-figures',
  title: '公开说明中预决算对比句的预算数、决算数与表格和说明数据一致',
  severity: 'error',
  tables: [],
  messages: {
    mismatch: '说明文字“{clause}”写{what}为 {stated}，而{source}中为 {actual}。',
  },
  check(ctx) {
    for (const t of textCells(ctx)) {
      const seen = new Set<number>();
      for (const s of statementsOf(t.text)) {
        // One entry per rate: the clause's figures once.
        if (seen.has(s.start)) continue;
        seen.add(s.start);
        const pairs: [string, TextMoney | undefined, KnownFigure | undefined][] = [...budgetPairs(ctx, s, t.text), ['决算', s.actual, s.actual && knownActual(ctx, s, t.text)]];
        // A figure after a label of the tables (公务接待费支出决算为…) is text-figures' to compare: said once.
        // In 亿 too (决算数为1.87亿元: text-figures reads it, FIGURE_MONEY).
        const named = namedAmounts(s.clause, undefined, FIGURE_MONEY).map((n) => n.money);
        for (const [what, stated, known] of pairs) {
          if (!stated || !known || named.some((m) => m.fen === stated.fen && m.unit === stated.unit)) continue;
          if (what === '决算' && afterSubjectName(s.clause, stated)) continue;
          const precision = inYi(stated) ? atWrittenPrecision : atCommonPrecision;
          const at = precision(stated, known.fen, known.unit);
          if (sameAt(at) || known.alternatives?.some((a) => sameAt(precision(stated, a.fen, a.unit)))) continue;
          ctx.report({
            messageId: 'mismatch',
            data: { clause: s.clause.replace(/[。;,，:：]+$/, ''), what, stated: moneyText(stated), source: known.source, actual: amount(known.fen, known.unit) },
            cells: known.cell ? [t.cell, known.cell] : [t.cell],
            key: `${s.start}${what}`,
            ...moneyValues([stated.fen, known.fen], (at.stated - at.table) * at.step, stated.unit),
          });
        }
      }
    }
  },
});
