/**
 * 预算 statements: with 预算 Y and 决算 Z stated in the clause (Y, where it is not, the one the tables or the 说明数据
 * give), "完成…预算的 X%" must be Z ÷ Y and "预决算差异率 X%" must be (Z − Y) ÷ Y, within half a unit of X's last written digit (rateTolerance). (A rate over a zero 预算 is the
 * text-zero-budget rule's.) A rate written as none (完成预算…的--%(基数为0,不可比), 预算执行率--) is right only over a 预算 of 0
 * (or, a bare dash, where the rate is 0: nil, as a table's “-”).
 */
import { defineRule } from '../rule';
import { completionRate, formatBasis, varianceRate } from '../../derive/arithmetic';
import type { RuleContext } from '../rule';
import type { CellRef } from '../../grid/address';
import { moneyValues } from '../measure';
import { budgetStatements, BudgetStatement, itemKey, statedBudget } from '../shared/budgetText';
import type { BudgetKind } from '../shared/budgetText';
import { agreesAtPrecision, atCommonPrecision, BUDGET_SAID, FIGURE_MONEY, IN_YI, MONEY, moneyText, namedAmounts, parseMoney, quotedLike, rateTolerance, scalesOf, sentences, sourcesOf, statedWithin, textCells, textMoneyOf } from '../shared/textScan';
import type { TextMoney } from '../shared/textScan';
import { anotherYear, knownActual, knownBudget } from '../shared/knownFigures';
import type { KnownFigure } from '../shared/knownFigures';
import { occurrences } from '../shared/occurrences';
import { tablesYear } from '../shared/documentYear';

/**
 * How many steps of 0.01 万元 a stated difference of 预算 and 决算 may be off and be no 错误: one, as text-change-words and
 * text-differences allow (review77). The text's figures may be worked out from the 元 of the accounts, where
 * 1,363.45496 − 1,206.33504 is 157.12 beside tables printing 1,363.45 and 1,206.34. Off by that step it is a 尾差
 * (决算4.99万元，预算5.00万元，节约0.02万元: silent, helper-h287), not nothing: the reader works 0.01 out of the figures printed.
 */
const DIFFERENCE_SLACK = 1;

type Ctx = RuleContext<'rate' | 'difference' | 'differenceRounding'>;

/** A stated difference off its worked-out figure by `steps` of its precision: none, a 尾差 (DIFFERENCE_SLACK), or a 错误. */
function differenceOff(steps: number): 'none' | 'rounding' | 'error' {
  return steps === 0 ? 'none' : Math.abs(steps) <= DIFFERENCE_SLACK ? 'rounding' : 'error';
}

/** Words of a clause that name no item of their own (决算数, 预算执行率, 本年度…): it speaks of the figures before it. */
const NO_ITEM = /^(?:\d{4}年度?|本年度?|全年|总体|整体|其)?(?:的)?(?:支出)?(?:决算数?|预算数?|执行数?)?$/;

/**
 * The statement a rate or a difference stated without figures speaks of (…完成年初预算的113.02%。决算数大于年初预算数157.11万元，
 * 主要原因是…; …执行4.99万元；执行率98.00%; …支出决算为4.99万元。预算执行率为98.00%。): the last one before it with a 决算
 * and a 预算 (stated or known), in its sentence or the one before, about the same item where it names one. Unread, a wrong
 * one passed.
 */
function carriedFrom(ctx: Ctx, s: BudgetStatement, all: readonly BudgetStatement[], text: string): BudgetStatement | undefined {
  if (s.budget || s.actual || (!s.rate && !s.difference)) return undefined;
  // Not one of another year (…比预算少0.01万元，上年度“三公”经费比预算少0.50万元): this year's figures are not its (review r327:
  // held to them, a right one was a 错误).
  if (anotherYear(ctx, s)) return undefined;
  const key = NO_ITEM.test(s.subject) ? undefined : itemKey(s.subject);
  if (key === undefined && !NO_ITEM.test(s.subject)) return undefined;
  const sentenceStart = text.lastIndexOf('。', s.start - 1);
  const from = text.lastIndexOf('。', sentenceStart - 1) + 1;
  // Of the item it names, the last statement of that item: after a total and its items (上海 §七: “三公”经费…，完成预算的…%，
  // 其中：…；公务接待费支出决算为…。2024年度“三公”经费支出决算数小于预算数…), the total's, not the last item's.
  const before = all.filter(
    (b) => b.start >= from && b.start < s.start && b.actual && (key === undefined || itemKey(b.subject) === key) && (b.budget || knownBudget(ctx, b, text)),
  );
  return before[before.length - 1];
}

/** A statement's 全年 and 年初 预算 where it states one of each and they differ (全年 first), else undefined. */
function eitherBudget(s: BudgetStatement): TextMoney[] | undefined {
  const whole = s.budgets.filter((b) => b.kind === '全年');
  const initial = s.budgets.filter((b) => b.kind === '年初');
  if (s.budgets.length !== 2 || whole.length !== 1 || initial.length !== 1 || whole[0]!.money.fen === initial[0]!.money.fen) return undefined;
  return [whole[0]!.money, initial[0]!.money];
}

/**
 * The amount the 决算 fell short of its 预算 or passed it, stated after both in their clause (河南: 预算5.00万元，实际支出4.99
 * 万元，节约0.01万元): 预算 − 决算 for 节约/节省, 决算 − 预算 for 超支, within 0.01 万元 (either may be rounded from 元).
 * Unread, a wrong one passed (helper-82).
 */
// Right after a comma or the budget's words (，节约…; 比预算节约…): 节约资金…, 通过节约… may be another saving.
// Also the difference as a plain gap (湖北: 年初预算为5.00万元，差值为0.01万元; 相差): |预算 − 决算| (helper-h105: unread; 差额 is
// text-differences').
const savedOf = (money: string) => new RegExp(`(?<=[,，]|预算数?)(节约|节省|超支|差值|相差)(?:了|为|是)?${money}`, 'g');
const SAVED = savedOf(MONEY);
/** SAVED in 亿元 too (决算38.72亿元，预算45.00亿元，节约6.28亿元), of a statement read in 亿元 (budgetStatements' inYi). */
const SAVED_IN_YI = savedOf(FIGURE_MONEY);

/** Whether a statement read in 亿元 too states its 预算, its 决算 or its difference from the 预算 in 亿 (the first pass reads none of them). */
function statesYi(s: BudgetStatement, said: BudgetStatement): boolean {
  return [s.budget, s.actual, said.difference?.money].some((m) => m?.writtenUnit?.startsWith('亿') === true);
}

/**
 * A figure of the text or the tables quoted in a message: in 亿元 where the text writes 亿 (`yi`) and the figure is not the
 * text's own (预算 45.00亿元, not 450,000.00万元 beside 决算38.72亿元: helper-h255), else as written or as the table shows it.
 */
function quoted(m: TextMoney, yi: boolean): string {
  return yi && m.writtenUnit === undefined ? quotedLike(m.fen, IN_YI) : moneyText(m);
}

/** An amount a message works out, in the unit of the text's amount `like` (亿元 where it writes 亿, else 万元 or 元 as it). */
function workedOut(fen: number, like: TextMoney): string {
  return quotedLike(fen, like, like.unit === '元' ? '元' : '万元');
}

/**
 * A difference stated in 万元 or 元 as held where its 预算 or 决算 is written in 亿: at 0.01 亿 (决算38.72亿元，预算450,000.00万元，
 * 节约62,751.00万元: the 38.72亿元 is 387,249.00 to 100 万元, and 450,000.00 − 387,200.00 = 62,800.00 was a 错误 on a right
 * text: review h268), its worked-out figure quoted in 亿元. Else as stated.
 */
function heldAtYi(stated: TextMoney, ...figures: readonly TextMoney[]): TextMoney {
  if (stated.writtenUnit !== undefined || !figures.some((f) => f.writtenUnit?.startsWith('亿') === true)) return stated;
  return { ...stated, unit: '万元', writtenUnit: '亿元' };
}

/** 0.01 亿元, in 分. */
const HUNDREDTH_YI = parseMoney('0.01', '亿元').fen;

/**
 * A figure as a text in 亿 writes it, to the 0.01 亿 (387,249.00万元 is 38.72亿元): its writer may work a rate out from the
 * amounts so written (38.72 ÷ 45.00 = 86.04%) as well as from the tables' (387,249.00 ÷ 450,000.00 = 86.06%).
 */
function asWrittenInYi(m: TextMoney): TextMoney {
  return { fen: Math.round(m.fen / HUNDREDTH_YI) * HUNDREDTH_YI, unit: '万元', written: '', writtenUnit: '亿元' };
}

/** Whether a statement read in 亿元 too (budgetStatements' inYi) writes its 决算 or its 预算 in 亿. */
function writesYi(s: BudgetStatement | undefined): boolean {
  return s !== undefined && [s.actual, s.budget].some((m) => m?.writtenUnit?.startsWith('亿') === true);
}

function checkDifference(ctx: Ctx, cell: CellRef, s: BudgetStatement, saved: RegExp = SAVED): void {
  if (!s.budget || !s.actual) return;
  for (const m of s.clause.matchAll(saved)) {
    const stated = parseMoney(m[2]!, m[3]!);
    const overspent = m[1] === '超支';
    const gap = m[1]!.includes('差');
    const expected = gap ? Math.abs(s.budget.fen - s.actual.fen) : overspent ? s.actual.fen - s.budget.fen : s.budget.fen - s.actual.fen;
    const held = heldAtYi(stated, s.budget, s.actual);
    const at = atCommonPrecision(held, expected, '万元');
    const off = differenceOff(at.stated - at.table);
    if (off === 'none') continue;
    const word = expected < 0 ? (overspent ? '节约' : '超支') : m[1]!;
    ctx.report({
      messageId: off === 'rounding' ? 'differenceRounding' : 'difference',
      ...(off === 'rounding' ? { severity: 'rounding' as const } : {}),
      data: { phrase: m[0], budget: quoted(s.budget, stated.writtenUnit !== undefined), actual: quoted(s.actual, stated.writtenUnit !== undefined), expected: `${word} ${workedOut(Math.abs(expected), held)}` },
      cells: [cell],
      key: `${s.start}${m[0]}`,
      ...moneyValues([stated.fen, expected], (at.stated - at.table) * at.step, stated.unit),
      ...sourcesOf(s.budget, s.actual),
    });
  }
}

/**
 * The 决算 of a statement that opens its sentence on a 预算 and names no item (年初预算为…，完成年初预算的…%): an amount of
 * the sentence before, the one the rate holds for, else the first a label names there. None where the sentence before speaks of a
 * budget (its amounts may be budgets) or names none.
 */
function actualBefore(text: string, s: BudgetStatement, year: number | undefined, holds: (actual: TextMoney) => boolean): TextMoney | undefined {
  if (s.subject !== '' || !s.budget || !/^(?:[\s。]*)$/.test(text.slice(text.lastIndexOf('。', s.start - 1) + 1, s.start))) return undefined;
  const previous = sentences(text.slice(0, s.start)).pop();
  if (previous === undefined || BUDGET_SAID.test(previous)) return undefined;
  // Any amount it states may be the one (本年支出合计…，财政拨款支出…: the second); said of the first a label names.
  const amounts = [...previous.matchAll(new RegExp(MONEY, 'g'))].map((m) => parseMoney(m[1]!, m[2]!));
  return amounts.find(holds) ?? namedAmounts(previous, year)[0]?.money;
}

/**
 * The amount by which the 决算 passes or falls short of its 预算 (财政拨款收入总计决算数1,363.45万元，大于年初预算数157.11万元;
 * “三公”经费支出4.99万元，低于预算0.01万元): |决算 − 预算| with the word's sign, within 0.01 万元, the 预算 stated or known.
 * Read as the 预算 itself it was a false 错误 (helper-85); unread, a wrong one would pass.
 */
function checkBudgetDifference(ctx: Ctx, cell: CellRef, s: BudgetStatement, text: string, figuresOf: BudgetStatement = s): void {
  const d = s.difference;
  // Of an item named with no figure (“三公”经费支出决算数小于预算数0.10万元): its 决算 in the tables (helper-h105: unread).
  const actual = figuresOf.actual ?? (figuresOf === s ? ownActual(ctx, s, text) : undefined);
  if (!d || !actual) return;
  const kind = d.kind || figuresOf.budgetKind;
  const stated = statedBudget(figuresOf, d.kind);
  const known = stated ? undefined : knownBudget(ctx, figuresOf, text, kind);
  const budget = stated ?? (known && textMoneyOf(known.fen, known.unit, known.cell));
  if (!budget) return;
  const offFrom = (of: TextMoney, spent: TextMoney = actual) => {
    const expected = spent.fen - of.fen;
    // Both words left (增加(减少)): the gap's size, or the gap signed where written negative (增加(减少)-0.01万元: a fall).
    const signed = d.either ? (d.money.fen < 0 ? expected : Math.abs(expected)) : d.passes ? expected : -expected;
    const held = heldAtYi(d.money, of, actual);
    const at = atCommonPrecision(held, signed, '万元');
    return { expected, held, at, off: differenceOff(at.stated - at.table) };
  };
  // A difference naming no 预算 beside a 年初 and a 全年 one (年初预算4.50万元，年中追加预算0.50万元，决算4.99万元，比预算少0.01万元)
  // may be from either, as a rate is: held to the 年初 one alone, a right one was a 错误 (review r308).
  const others = d.kind === '' && stated ? figuresOf.budgets.filter((b) => b.money.fen !== stated.fen).map((b) => b.money) : [];
  if (others.some((of) => offFrom(of).off === 'none')) return;
  // Of the tables' 预算 and 决算 where the clause states one off them (offTables: that one is the 错误).
  const tablesB = stated && tablesBudget(ctx, figuresOf, text, d.kind);
  const tablesA = figuresOf.actual && offTables(figuresOf.actual, knownActual(ctx, figuresOf, text));
  if ((tablesB || tablesA) && offFrom(tablesB ?? budget, tablesA ?? actual).off === 'none') return;
  if (offFrom(budget).off === 'none') return;
  // Right for none, one naming no 预算 beside a 年初 and a 全年 one is said back of the 全年 one, as a rate is (年初预算4.50万元，年中
  // 追加预算0.60万元，…比预算少0.02万元: of the tables' 5.00 where the 5.10 stated is off them); said of the 年初 4.50 (应为多
  // 0.49), the message named a 预算 the words do not mean.
  const whole = d.kind === '' && stated ? figuresOf.budgets.find((b) => b.kind === '全年')?.money : undefined;
  const meant = whole ? tablesB || whole : budget;
  const { expected, held, at, off } = offFrom(meant);
  if (off === 'none') return;
  const word = expected < 0 ? '少' : '多';
  ctx.report({
    messageId: off === 'rounding' ? 'differenceRounding' : 'difference',
    ...(off === 'rounding' ? { severity: 'rounding' as const } : {}),
    data: { phrase: d.phrase, budget: quoted(meant, d.money.writtenUnit !== undefined), actual: quoted(actual, d.money.writtenUnit !== undefined), expected: `决算比预算${word} ${workedOut(Math.abs(expected), held)}` },
    cells: known?.cell ? [cell, known.cell] : [cell],
    key: `${s.start}${d.phrase}`,
    ...moneyValues([d.money.fen, Math.abs(expected)], (at.stated - at.table) * at.step, d.money.unit),
    ...sourcesOf(actual),
  });
}

/**
 * The 决算 of the item a clause names where it states no figure of it (“三公”经费预算执行率99.80%): table 07's, or the total a
 * label names. None for a clause naming nothing of its own (NO_ITEM: it speaks of the figures before it) or stating an amount
 * before its rate.
 */
function ownActual(ctx: Ctx, s: BudgetStatement, text: string): TextMoney | undefined {
  if (s.actual) return undefined;
  // A 预算 stated after its 项's 决算 in the sentence (…行政运行（项）：支出决算数为223.14万元，比上年…；年初预算为230.00万元，完成年初
  // 预算的97.02%): that 项's 决算 (the clause names nothing; the sentence names the 项).
  if (s.budget && s.subject === '') {
    const sentence = text.slice(text.lastIndexOf('。', s.start - 1) + 1, s.start);
    const known = /\(项\)|\d{7}/.test(sentence) ? knownActual(ctx, s, text) : undefined;
    return known && textMoneyOf(known.fen, known.unit, known.cell);
  }
  if (NO_ITEM.test(s.subject)) return undefined;
  if (s.budget) return itemsActual(ctx, s, text);
  // An amount before the rate or the difference may be the 决算 as no pattern reads it: after it (，节约0.01万元), it is theirs.
  const phrase = s.rate?.phrase ?? s.difference?.phrase;
  const head = phrase ? s.clause.slice(0, Math.max(0, s.clause.indexOf(phrase))) : s.clause;
  if (new RegExp(MONEY).test(head)) return undefined;
  const known = knownActual(ctx, s, text);
  return known && textMoneyOf(known.fen, known.unit, known.cell);
}

/**
 * A 预算 stated with its item named and no 决算 (公务用车购置及运行维护费年初预算4.8万元，预算执行率--): the item's 决算 in the
 * tables, where the 预算 stated is the item's there too (the same item and scope) and the clause states no other amount before
 * the rate. Unread, a wrong rate (or one written as none over a 预算 not 0) passed silently (helper-h219). Not where the rate or
 * the difference is of another 预算 than the one stated (调整预算4.8万元，较年初预算减少0.2万元; 全年预算…，为年初预算的110%): the
 * 预算's own adjustment, no 决算's (helper-h229: held to the 决算, a right text was a 错误).
 */
function itemsActual(ctx: Ctx, s: BudgetStatement, text: string): TextMoney | undefined {
  const of = s.rate?.of ?? s.difference?.kind;
  if (of && s.budgetKind && of !== s.budgetKind) return undefined;
  const phrase = s.rate?.phrase ?? s.difference?.phrase;
  const head = phrase ? s.clause.slice(0, Math.max(0, s.clause.indexOf(phrase))) : s.clause;
  if ([...head.matchAll(new RegExp(MONEY, 'g'))].length !== 1) return undefined;
  const budget = knownBudget(ctx, s, text, s.budgetKind);
  if (!budget || !agreesAtPrecision(s.budget!, budget.fen, budget.unit)) return undefined;
  const known = knownActual(ctx, s, text);
  return known && textMoneyOf(known.fen, known.unit, known.cell);
}

/**
 * The tables' figure where a stated 预算 or 决算 is off it (text-budget-figures and text-figures flag the stated one), else
 * undefined: a rate or a difference right for the tables' figures is no second 错误 beside it (“三公”经费支出全年预算数6.00万元，
 * 决算数4.99万元，预决算差异率-0.20%: the 6.00 is the 错误, the rate is table 07's; held to the 6.00 alone, one wrong figure gave
 * two: helper-h317).
 */
function offTables(stated: TextMoney | undefined, known: KnownFigure | undefined): TextMoney | undefined {
  if (!stated || !known) return undefined;
  if (agreesAtPrecision(stated, known.fen, known.unit) || known.alternatives?.some((a) => agreesAtPrecision(stated, a.fen, a.unit))) return undefined;
  return textMoneyOf(known.fen, known.unit, known.cell);
}

/**
 * The tables' 预算 where the one a clause states is off it, as text-budget-figures holds it (its budgetPairs): a 全年 one beside a
 * 年初 one (年初预算4.50万元，年中追加预算0.60万元: the 5.10 they make) to the 全年 one of the tables, a lone one to its kind's. Not
 * for a rate or a difference of the 年初 one there (比年初预算少…): text-budget-figures holds no 年初 one to a plain 预算数, and
 * the tables' standing for it, a wrong difference passed.
 */
function tablesBudget(ctx: Ctx, s: BudgetStatement, text: string, of: BudgetKind): TextMoney | undefined {
  const whole = s.budgetKind === '年初' ? s.budgets.find((b) => b.kind === '全年') : undefined;
  if (whole && of === '年初') return undefined;
  return whole ? offTables(whole.money, knownBudget(ctx, s, text, '全年')) : offTables(s.budget, knownBudget(ctx, s, text, s.budgetKind));
}

/** Words saying a 决算 is below its 预算 (决算小于预算, 低于预算, 节约), or above it (大于预算, 超支): a sign said in words. */
const BELOW_BUDGET = /(?:小于|低于|少于)(?:全年|年初|调整)?预算|未超(?:出)?预算|节约|节省|结余/;
const ABOVE_BUDGET = /(?:大于|高于|多于|超过|超出)(?:全年|年初|调整)?预算|超预算|超支/;

/**
 * A 预决算差异率 written without its sign (0.20% where 决算 4.99 of 预算 5.00 makes it −0.20%): DOMAIN §5's rate is signed
 * (新疆: -0.20%), yet a sentence may say the direction in words (预决算差异率0.20%（决算小于预算）; 决算数小于预算数…，差异率0.20%).
 * 'stated': the size is right and the sentence says the 决算 is below the 预算 (no finding: held to the sign, a right
 * sentence was a 错误); 'unsaid': the size is right and nothing says which way (a 提示: the reader takes a rise); undefined:
 * not a missing sign (a wrong size, a sign written, a rate above 0 expected, or words saying the other way: the 错误 stands).
 */
function unsignedVariance(phrase: string, written: string, stated: number, expectations: readonly number[], text: string, s: BudgetStatement): 'stated' | 'unsaid' | undefined {
  if (written.startsWith('-') || stated <= 0) return undefined;
  const negative = expectations.filter((e) => e < 0);
  if (negative.length === 0 || !statedWithin(stated, negative.map((e) => -e), rateTolerance(written))) return undefined;
  // Around the rate itself: a clause may run on over a ； into the next item's words.
  const at = Math.max(s.start, text.indexOf(phrase, s.start));
  const part = partAround(text, at, at + phrase.length);
  if (ABOVE_BUDGET.test(part)) return undefined;
  return BELOW_BUDGET.test(part) ? 'stated' : 'unsaid';
}

/**
 * The part of `text` holding [from, to) up to the 。 or ； on either side: an item's words (其中：因公出国（境）费…；公务接待费…),
 * so that one item's 小于预算 says nothing of another's rate.
 */
function partAround(text: string, from: number, to: number): string {
  let start = from;
  while (start > 0 && !/[。；;]/.test(text[start - 1]!)) start--;
  let end = to;
  while (end < text.length && !/[。；;]/.test(text[end]!)) end++;
  return text.slice(start, end);
}

export default defineRule({
  id: 'text-budget',
  title: '公开说明中的预算完成率、预决算差异率与预算数、决算数一致',
  severity: 'error',
  tables: [],
  messages: {
    rate: '说明文字“{phrase}”：按预算 {budget}、决算 {actual} 应为 {expected}%，文中为 {stated}%。',
    difference: '说明文字“{phrase}”：按预算 {budget}、决算 {actual} 应为{expected}。',
    differenceRounding: '说明文字“{phrase}”：按预算 {budget}、决算 {actual} 应为{expected}，差异在金额四舍五入的范围内（尾差）。',
    noRate: '说明文字“{phrase}”写比例不可比（预算为0），而预算为 {budget}、决算为 {actual}，应为{expected}。',
    unsigned: '说明文字“{phrase}”：按预算 {budget}、决算 {actual}，决算小于预算，预决算差异率为 {expected}%（带负号）；文中没有负号，也没有写明决算小于预算：请加上负号或写明。',
  },
  check(rule) {
    // A rate's reports are keyed by its clause: the same wrong rate stated twice in one text (…完成预算的98.00%。…完成预算的
    // 98.00%) had one id, the second dropped (helper-h132): told apart by where its statement starts.
    const place = occurrences(rule);
    const ctx = place.context;
    for (const t of textCells(ctx)) {
      const seen = new Set<number>();
      const all = budgetStatements(t.text);
      const inYi = t.text.includes('亿') ? budgetStatements(t.text, true) : [];
      for (const said of all) {
        place.at(said.start);
        // A rate or a difference in a clause stating no figure is of the statement before it (carriedFrom).
        const carried = carriedFrom(ctx, said, all, t.text);
        const s: BudgetStatement = carried ? { ...said, budget: carried.budget, budgets: carried.budgets, budgetKind: carried.budgetKind, actual: carried.actual, subject: carried.subject } : said;
        if (!seen.has(s.start)) {
          seen.add(s.start);
          checkDifference(ctx, t.cell, s);
          checkBudgetDifference(ctx, t.cell, said, t.text, carried ?? said);
        }
        if (!s.rate) continue;
        // A sentence writing its amounts in 亿: the figures the message quotes in 亿 too. Not where the statement writes its
        // own 预算 or 决算 in 万元 or 元 (…预算为5.00万元，支出决算为4.99万元，完成预算的90.80%…27.5亿元: helper-h263, the message
        // quoted 预算 0.00亿元、决算 0.00亿元).
        const sentenceAt = Math.max(t.text.lastIndexOf('。', s.start - 1), t.text.lastIndexOf('\n', s.start - 1)) + 1;
        const sentenceEnd = t.text.indexOf('。', s.start);
        const yi =
          /\d\s*亿/.test(t.text.slice(sentenceAt, sentenceEnd < 0 ? undefined : sentenceEnd)) && [s.budget, s.actual].every((m) => m === undefined || m.writtenUnit !== undefined);
        // A 预算 the clause does not restate (上海 §七: 其中：因公出国（境）费决算为…，完成预算的…%) is the known one.
        const statedOfRate = statedBudget(s, s.rate.of);
        const known = statedOfRate || !(s.actual ?? ownActual(ctx, s, t.text)) ? undefined : knownBudget(ctx, carried ?? s, t.text, s.rate.of);
        const found = statedOfRate ?? (known && textMoneyOf(known.fen, known.unit, known.cell));
        if (!found) continue;
        const rate = s.rate;
        // A rate naming no 预算 beside a 年初 and a 全年 one (年初预算4.00万元，全年预算5.00万元，决算4.99万元，预算执行率99.80%)
        // may be of either: said back of the 全年 one, as a bare 执行率 is. Held to the first, a right one was a 错误.
        // So may a known one naming none where the 说明数据 holds a 全年 and a 年初 预算 (预算完成率113.02%: of the 年初 one).
        const knownEither = rate.of === '' && known?.alternatives?.length ? [found, ...known.alternatives.map((a) => textMoneyOf(a.fen, a.unit))] : undefined;
        const both = rate.of === '' && rate.kind === 'completion' ? (eitherBudget(s) ?? knownEither) : undefined;
        const budget = both?.[0] ?? found;
        const expectationsOf = (actual: TextMoney, of: TextMoney = budget) =>
          scalesOf(actual, of).flatMap(([a, b]) => {
            const worked = b === 0 ? undefined : rate.kind === 'completion' ? completionRate(a!, b!) : varianceRate(a!, b!);
            return worked === undefined ? [] : [worked];
          });
        const stated = Math.round(rate.value * 100);
        // A bound (不足100.00%, 超过100.00%, 不足0.01%) holds for the exact rate, not its rounding: 4,029.01 of 4,029.02 is
        // 不足100.00%, and 超过100.00% there was read as no rate at all (a wrong one passed).
        // A variance's bound is of its size (预决算差异率不足0.01%: |决算 − 预算| under 0.01% of the 预算).
        const measured = (a: number, b: number) => (rate.kind === 'variance' ? Math.abs(a - b) : a);
        const withinBound = (actual: TextMoney, of: TextMoney) =>
          scalesOf(actual, of).some(([a, b]) => b! > 0 && (rate.bound === '不足' ? measured(a!, b!) * 10_000 < stated * b! : measured(a!, b!) * 10_000 > stated * b!));
        // Each 预算 it may be of on its own: the span of the two's rates is no rate of either.
        const holdsOver = (actual: TextMoney, budgets: readonly TextMoney[]) =>
          budgets.some((of) => (rate.bound ? withinBound(actual, of) : statedWithin(stated, expectationsOf(actual, of), rateTolerance(rate.written))));
        const holds = (actual: TextMoney) => holdsOver(actual, both ?? [found]);
        // A clause writing its 决算 or its 预算 in 亿 (决算38.72亿元，预算45.00亿元，完成预算的86.04%): the rate may be of the
        // amounts as written, each to the 0.01 亿 (asWrittenInYi), as well as of the tables' (86.06% of 387,249.00 and 450,000.00).
        // Held to the tables' alone, a right rate was a 错误 (helper-h274).
        const inYiToo = writesYi(inYi.find((y) => y.start === said.start && y.rate?.phrase === rate.phrase));
        const holdsAsWritten = (actual: TextMoney) => inYiToo && holdsOver(asWrittenInYi(actual), (both ?? [found]).map(asWrittenInYi));
        // A sentence opening on its 预算 (云南: …一般公共预算财政拨款支出1363.45万元，…。年初预算为1206.34万元，完成年初预算的
        // 113.02%): the 决算 is an amount the sentence before names; right if of any of them, else said of its first.
        // A clause naming its item and stating no figure (“三公”经费预算执行率99.80%): that item's 决算 in the tables (helper-h105:
        // unread, a wrong rate passed). Not a clause naming nothing (预算执行率…: of the figures before it, carriedFrom).
        const actual = s.actual ?? actualBefore(t.text, s, tablesYear(ctx), holds) ?? ownActual(ctx, s, t.text);
        if (!actual) continue;
        const expectations = expectationsOf(actual);
        const expected = expectations[0];
        if (expected === undefined) continue;
        // A rate written as none (广东: 完成预算0万元的--%(基数为0,不可比); 预算执行率--; 比预算下降--): right over a 预算 of 0
        // (expectationsOf gives none there), else computable and the words wrong (helper-h215: unread, they passed silently).
        if (rate.none) {
          if ((both ?? [found]).some((b) => b.fen === 0)) continue;
          // A bare dash where the rate is 0 (决算 = 预算: 预决算差异率-) writes nil, as a table's “-” does (helper-h218: a 错误).
          if (expected === 0 && !rate.written.includes('不可比')) continue;
          const worded = rate.word ? `${expected < 0 ? '下降' : '增长'}${formatBasis(Math.abs(expected))}` : formatBasis(expected);
          ctx.report({
            messageId: 'noRate',
            data: { phrase: rate.phrase, budget: quoted(budget, yi), actual: quoted(actual, yi), expected: `${worded}%` },
            cells: known?.cell ? [t.cell, known.cell] : [t.cell],
            key: s.clause,
            values: [expected / 100],
            unit: '%',
            ...sourcesOf(budget, actual),
          });
          continue;
        }
        if (holds(actual) || holdsAsWritten(actual)) continue;
        // Of the tables' 预算 and 决算 where the clause states one off them (offTables: that one is the 错误).
        const tablesB = statedOfRate && tablesBudget(ctx, s, t.text, rate.of);
        const tablesA = s.actual && offTables(s.actual, knownActual(ctx, s, t.text));
        if ((tablesB || tablesA) && holdsOver(tablesA ?? actual, tablesB ? [tablesB] : (both ?? [found]))) continue;
        // Over the tables' 预算 of 0, the 新疆 wording of 0 of 0 (因公出国（境）费全年预算数1.00万元，决算数0.00万元，预决算差异率
        // 0.00%: the 1.00 the one 错误), as text-zero-budget takes it. Any other rate there is right for no figures (差异率-50.00%):
        // left to text-zero-budget, which reads the stated 1.00, it passed silently (review r325).
        if (tablesB?.fen === 0 && rate.kind === 'variance' && stated === 0 && (tablesA ?? actual).fen === 0) continue;
        const sign = rate.kind === 'variance' && !rate.word && !rate.bound ? unsignedVariance(rate.phrase, rate.written, stated, expectations, t.text, s) : undefined;
        if (sign === 'stated') continue;
        if (sign === 'unsaid') {
          ctx.report({
            messageId: 'unsigned',
            data: { phrase: rate.phrase, budget: quoted(budget, yi), actual: quoted(actual, yi), expected: formatBasis(expected) },
            cells: [t.cell],
            key: s.clause,
            values: [stated / 100, expected / 100],
            unit: '%',
            difference: (stated - expected) / 100,
            severity: 'warning',
            ...sourcesOf(budget, actual),
          });
          continue;
        }
        ctx.report({
          messageId: 'rate',
          // A worded variance (较预算下降…) is said back in words: 应为下降0.20%，文中为下降2.20%.
          data: {
            phrase: rate.phrase,
            budget: quoted(budget, yi),
            actual: quoted(actual, yi),
            // A saving rate (节约率…) is said back as one: 应为节约率0.20%.
            expected: /率$/.test(rate.word ?? '')
              ? `${rate.word!}${formatBasis(-expected)}`
              : rate.word
                ? `${expected < 0 ? '下降' : '增长'}${formatBasis(Math.abs(expected))}`
                : formatBasis(expected),
            stated: `${rate.word ?? rate.bound ?? ''}${rate.written}`,
          },
          cells: [t.cell],
          key: s.clause,
          values: [stated / 100, expected / 100],
          unit: '%',
          difference: (stated - expected) / 100,
          // The tables' 预算 or 决算 it was worked out from, where the text states none: a table read in the wrong unit
          // among them makes this its consequence (runAudit folds it).
          ...sourcesOf(budget, actual),
        });
      }
      // The differences from the 预算 of statements in 亿元 (决算38.72亿元，预算45.00亿元，节约…; …合计38.72亿元，决算数小于预算数
      // 6.28亿元), at the 0.01 亿 written: the statements above read 万元 and 元 only, and these were unread (helper-h264: a wrong
      // one passed). Their rates stay as read above (worked out from amounts rounded to 0.01 亿, a right one could be a 错误).
      const seenInYi = new Set<number>();
      for (const said of inYi) {
        place.at(said.start);
        const carried = carriedFrom(ctx, said, inYi, t.text);
        const s: BudgetStatement = carried ? { ...said, budget: carried.budget, budgets: carried.budgets, budgetKind: carried.budgetKind, actual: carried.actual, subject: carried.subject } : said;
        if (seenInYi.has(s.start) || !statesYi(s, said)) continue;
        seenInYi.add(s.start);
        checkDifference(ctx, t.cell, s, SAVED_IN_YI);
        checkBudgetDifference(ctx, t.cell, said, t.text, carried ?? said);
      }
    }
  },
});
