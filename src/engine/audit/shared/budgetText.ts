/**
 * 预算 statements of an explanation, in both wordings: 新疆 "财政拨款收入总计年初预算数 1,206.34 万元，决算数
 * 1,363.45 万元，预决算差异率 13.02%" and 上海 "年初预算为 X 万元，支出决算为 Y 万元，完成年初预算的 Z%". Each clause
 * (a sentence cut at ；and before 其中) gives what it states: the item it is about, the 预算, the 决算, a rate.
 * Three rules read them: the rates (text-budget), rates over a zero 预算 (text-zero-budget) and the comparison
 * words (text-budget-comparison).
 */
import { INDICATOR_KEYS } from '../../supplement/keys';
import { normalizeText } from '../../grid/normalize';
import { BUDGET_SAID, FIGURE_MONEY, mayStateFigure, MONEY, namesItself, NO_RATE_MARK, NOT_ROUGH, opensOnOneProject, parseMoney, RATE_NUMBER, rateNumber, TextMoney, textMoneyOf, threePublicOfOtherScope } from './textScan';

export type BudgetKind = '年初' | '全年' | '';

export interface BudgetRate {
  readonly kind: 'completion' | 'variance';
  /** Which 预算 a completion rate names (完成年初预算的 / 完成全年预算的 / 完成预算的). */
  readonly of: BudgetKind;
  readonly value: number;
  /** The number as written. */
  readonly written: string;
  readonly phrase: string;
  /** The word of a worded variance (较预算下降0.20%: 下降; 节约率0.20%: 节约率), its value then signed by it. */
  readonly word?: string;
  /**
   * A completion rate stated as a bound (完成年初预算的不足100.00%, 超过100.00%, 不足0.01%: as the explanation prints a rate
   * whose rounding would hide a difference): the exact rate must lie below or above the value. A variance so stated
   * (预决算差异率不足0.01%) bounds its size: the 决算 is off its 预算 by less than that, either way.
   */
  readonly bound?: '不足' | '超过';
  /**
   * Written as none (广东: 完成预算0万元的--%(基数为0,不可比); 预算执行率--; 比预算增长--: NO_RATE_MARK): right where its 预算 is
   * 0, else the rate is computable (text-budget). `value` is NaN, `written` the mark.
   */
  readonly none?: true;
}

export interface BudgetStatement {
  readonly clause: string;
  /** Where the clause starts in the cell's text. */
  readonly start: number;
  /** The words before the first figure: the item the clause is about (may be empty: the item came before). */
  readonly subject: string;
  readonly budget?: TextMoney;
  readonly budgetKind: BudgetKind;
  /**
   * Every 预算 the clause states, in text order, with which one each is (年初预算5.00万元，全年预算5.50万元，…): a rate of the
   * 全年 one is of its 全年 one, not of `budget` (the first). statedBudget picks. A 年初 one and the amount added to it right after
   * (年初预算4.50万元，年中追加预算0.50万元) give the 全年 one they make too (withAdded).
   */
  readonly budgets: readonly { readonly kind: BudgetKind; readonly money: TextMoney; readonly added?: true }[];
  readonly actual?: TextMoney;
  readonly rate?: BudgetRate;
  /**
   * The 项目支出绩效自评表's totals, not a figure of the tables (SELF_EVALUATION): text-performance holds them to the forms'
   * Σ 年度资金总额, and no 预算 or 决算 of the tables is theirs.
   */
  readonly selfEvaluation?: true;
  /**
   * Another year's statement, by the words before its figures: last year's (上年“三公”经费决算5.01万元，预算5.10万元), next year's
   * (下年“三公”经费预算为…, 明年…) or a year written (2021年度“三公”经费预算…: the number, which knownFigures holds to the document's).
   * Its figures are no table's.
   */
  readonly period?: 'last' | 'next' | number;
  /** The 决算's difference from its 预算 as the clause states it (DIFFERENCE). */
  readonly difference?: BudgetDifference;
}

/**
 * The word before 预算 that says which one (one group): 年初, 全年, and 调整预算, 调整后预算数, 年中调整预算, which name the
 * 全年 one (the 年初 one as adjusted in the year; review41). budgetKindOf reads it.
 */
export const BUDGET_KIND_WORD = '(年初|全年|调整后?|年中调整)';

// Not the amount by which a figure passes or falls short of the budget (超出年初预算157.11万元, 低于预算0.01万元, 大于年初预算数
// 157.11万元, 小于预算0.01万元, 低于调整预算0.01万元: helper-h95), nor last year's budget (上年预算5.10万元): each read as the
// year's 预算, a correct one was a 错误. Every word BUDGET_KIND_WORD takes may stand between (年中 alone too: a match may
// start at the 调整 of 年中调整).
// Nor an amount added to a budget or taken off it in the year (年中追加预算800.00万元, 追加预算0.50万元, 调增预算…: ADDED_TO):
// a part, often an item's in a list (“三公”经费支出决算4.99万元，完成预算的99.80%，主要用于：一般行政管理事务年中追加预算800.00
// 万元): read as the clause's 预算, the 三公's right rate and its 预算 were each a 错误 (helper-h297).
const ADDED_TO = '追加|追减|调增|调减|新增|增加|减少';
// Nor an item's 预算 in a 主要用于 list, named with it (…，完成预算的99.80%，主要用于：一般行政管理事务调整预算800.00万元): the item's
// (its 调整预算 the 全年 one: BUDGET_KIND_WORD), not the clause's. A 预算 after a comma (…（项）主要用于：机关日常运转，年初预算为
// 230.00万元，支出决算为…) is the clause's again.
const IN_USES_LIST = '(?<!主要用于[:：]?[^,，;；。:：]*)';
const budgetOf = (money: string) =>
  new RegExp(
    `${IN_USES_LIST}(?<!(?:超出?|超过|高于|低于|大于|小于|多于|少于|节约|节省|上一?年度?的?|去年的?|同期|${ADDED_TO})(?:了|的)?(?:年初|全年|年中调整|年中|调整后?)?)${BUDGET_KIND_WORD}?预算(?:数|金额)?(?:为|是)?:?${money}`,
  );
const BUDGET = budgetOf(MONEY);

/**
 * The amount by which the 决算 passes or falls short of its 预算 (大于年初预算数157.11万元, 低于预算0.01万元, 超年初预算…,
 * 小于调整预算数…): groups the word, which 预算, the amount. text-budget holds it to 决算 − 预算.
 */
const differenceOf = (money: string) => new RegExp(`(超出?|超过|高于|低于|大于|小于|多于|少于)${BUDGET_KIND_WORD}?预算(?:数)?(?:为|是)?:?${money}`);
const FALLS_SHORT = /低于|小于|少于/;
/** The words of a 决算 passing its 预算 after 比预算 (DIFFERENCE_WORDED) other than 增加. */
const PASSES_WORDED = '超出|超过|多出|多支出?|多';
/** The words of a 决算 short of its 预算 after 比预算 other than 减少 (节约 and 节省 are text-change-words'). */
const SHORT_WORDED = '少支出?|少';
const PASSES = new RegExp(`^(?:增加|${PASSES_WORDED})$`);
/**
 * The same difference worded as a change against the 预算 (公务用车购置及运行维护费年初预算4.80万元，决算4.79万元，比年初预算减少
 * 0.01万元; 比年初预算1,206.34万元增加157.11万元): groups which 预算, the word, the amount. Unread, a wrong one passed (helper-h105).
 */
// The template's word left unchosen (海南 海口市中级人民法院 2021: 因公出国(境)费支出决算比预算数增加(减少)0万元, its 预算 10.00): the
// amount is |决算 − 预算| whichever the word, or 决算 − 预算 where written negative (增加(减少)-0.01万元: helper-h213);
// text-template-leftovers names the word. Unread, a wrong one passed (helper-h210).
// The 预算 named with its amount in the unit the readers read (比预算45.00亿元减少6.28亿元 in 亿元 too: helper-h274, unread in
// either rule, a wrong one passed).
// Also as passing or falling short (比年初预算超出157.11万元, 较年初预算多157.11万元, 比预算少支出0.01万元): no change rule reads these
// (text-change-words reads 增加, 减少, 节约, 超支), and unread, a wrong one passed (helper-h297).
const differenceWordedOf = (money: string, units: string) =>
  new RegExp(
    `(?:比|较)${BUDGET_KIND_WORD}?预算(?:数)?(?:\\d[\\d,]*(?:\\.\\d+)?(?:${units}))?(?:相比)?[,，]?(增加\\(减少\\)|减少\\(增加\\)|增加|减少|${PASSES_WORDED}|${SHORT_WORDED})了?${money}`,
  );

/** The words of a saving or a gap after a 预算 (text-budget's SAVED): where one is, the clause's 决算 may stand before its 预算. */
const SAVING_AFTER = /[,，](?:节约|节省|超支|差值|差额|相差)(?:了|为|是)?\d/;

function differenceIn(clause: string, r: Readers): BudgetDifference | undefined {
  const d = r.difference.exec(clause);
  if (d) return { phrase: d[0], passes: !FALLS_SHORT.test(d[1]!), kind: budgetKindOf(d[2]), money: parseMoney(d[3]!, d[4]!) };
  const w = r.differenceWorded.exec(clause);
  return w ? { phrase: w[0], passes: PASSES.test(w[2]!), ...(w[2]!.includes('(') ? { either: true } : {}), kind: budgetKindOf(w[1]), money: parseMoney(w[3]!, w[4]!) } : undefined;
}

/** Words before a difference that name no other item: the 决算 the clause stated (决算数比预算少…), the whole (总体…). */
const OWN_FIGURE_WORDS = /^(?:总体|整体|全年|本年|当年|实际)?(?:支出)?(?:决算)?(?:支出)?(?:数|金额)?(?:为|是)?$/;

/**
 * Whether other words than the clause's opening name an item right before its difference, past a comma (“三公”经费支出决算4.99
 * 万元，其中公务用车运行维护费比预算少支出0.21万元; 财政拨款支出总计决算…，其中政府性基金预算财政拨款支出比预算少10.00万元): that item's
 * difference, not the clause's. Held to the clause's 预算 and 决算 (5.00, 4.99), a right one was a 错误 (review r308).
 */
function namesAnotherBefore(clause: string, index: number): boolean {
  const comma = Math.max(clause.lastIndexOf(',', index - 1), clause.lastIndexOf('，', index - 1));
  // Only past a figure of the clause: words before its first (与年初预算相比，财政拨款支出总计比年初预算多…) are its subject.
  return comma >= 0 && /\d/.test(clause.slice(0, comma)) && !OWN_FIGURE_WORDS.test(unframed(clause.slice(comma + 1, index)));
}

/** Where a clause states its difference (DIFFERENCE, else DIFFERENCE_WORDED). */
function differenceAt(clause: string, r: Readers): number | undefined {
  return r.difference.exec(clause)?.index ?? r.differenceWorded.exec(clause)?.index;
}

export interface BudgetDifference {
  readonly phrase: string;
  /** Whether the words say the 决算 passes the 预算 (大于, 超出…) or falls short of it (小于, 低于…). */
  readonly passes: boolean;
  /** Both words written (增加(减少)…): the amount is the gap, either way; negative, a 决算 short of its 预算. */
  readonly either?: true;
  readonly kind: BudgetKind;
  readonly money: TextMoney;
}

/** The 预算 a word before 预算 names (BUDGET_KIND_WORD's group; none: not said). */
export function budgetKindOf(word: string | undefined): BudgetKind {
  return word === undefined ? '' : word.includes('调整') ? '全年' : (word as BudgetKind);
}
/**
 * The 预算 a statement states of `kind` (a rate's of: 完成全年预算的…): that one where the clause states a 年初 and a 全年
 * one, else its only one. Held to the first, a right rate of the 全年 预算 was a 错误 and a wrong one passed.
 */
export function statedBudget(s: Pick<BudgetStatement, 'budget' | 'budgets'>, kind: BudgetKind): TextMoney | undefined {
  if (kind === '' || s.budgets.length <= 1) return s.budget;
  return s.budgets.find((b) => b.kind === kind)?.money ?? s.budget;
}

/**
 * Also 决算支出数为 (云南 云县 2023: 预算数为832.05万元,决算支出数为820.33万元: unread, the 决算 was the next one, last year's).
 */
const actualOf = (money: string) => new RegExp(`决算(?:支出)?(?:数)?(?:为|是)?:?${money}`, 'g');
/**
 * The 决算 as 执行数 or 实际支出, right after its 预算 (预算5.00万元，执行数4.99万元; 年初预算5.00万元，实际支出4.99万元; 全年预算…，全年执行…;
 * 年初预算0.20万元，全年支出0.20万元: helper-h105, unread): further on
 * it may be an item's (…预算5.00万元，其中公务接待费实际支出0.20万元: review47). Also 执行支出 (山西 省级: “三公”经费预算3.49亿元，执行
 * 支出1.78亿元: review r322, unread where 实际支出 was read, a wrong one passed).
 */
const spentOf = (money: string) => new RegExp(`^[,，]?(?:全年|本年)?(?:(?:实际)?执行(?:支出)?(?:数|金额)?|(?:实际)?支出(?:数)?)(?:为|是)?:?${money}`);
/**
 * Last year's words before a 决算 in its part of the clause (较上年度“三公”经费支出决算5.01万元, 上年决算数为…): not this year's.
 * Nor a year in brackets right after an amount (…4.99万元（2021年决算5.01万元）: the year compared with; read as this year's
 * 决算, a correct sentence was a 错误, review h99). Nor a year after a word comparing (云南 云县 2023: …决算支出数为820.33万元,
 * 较2022年决算数688.84万元增加131.49万元: the 688.84 read as the 决算, a right text drew two 错误 a sentence); not once its
 * 相比 has closed the comparison (与2022年年初预算相比决算数为4.89万元: this year's, a wrong one passed; review r278).
 */
const LAST_YEARS = /(?:(?:上一?年度?|去年)[^,，;；。]*|元\(\d{4}年度?[^,，;；。()]*|(?:较|比|与|同)\d{4}年度?(?:(?!相比)[^,，;；。])*)$/;

/** The first 决算 of `text` that is this year's (review43: 较上年度…决算5.01万元 was read as the year's 决算, a false 错误). */
function thisYearsActual(text: string, r: Readers): RegExpMatchArray | undefined {
  for (const m of text.matchAll(r.actual)) if (!LAST_YEARS.test(text.slice(0, m.index))) return m;
  return undefined;
}
/**
 * A rate as written (one group), also with a thousands separator over 1,000% (完成年初预算的1,115.70%: unread, a wrong one
 * passed; helper-h201). rateNumber reads it.
 */
const PERCENT = `(-?${RATE_NUMBER})`;

// Also as other forms write a completion rate: 完成预算98.50% (no 的), 预算执行率为98.50%, 决算数为年初预算数的98.50%. Not a
// bound (完成全年预算的99%以上: NOT_ROUGH): compared as the rate, a true one drew a 错误. The 预算 named as adjusted (完成调整预算的,
// 完成调整后预算的, 为年中调整预算的: BUDGET_KIND_WORD) is the 全年 one (budgetKindOf): unread, a wrong rate of it passed.
// Each after its words with `rate` (one group): the rate as written (PERCENT_TAIL), or written as none (NONE_TAIL).
const completionRates = (rate: string): readonly [RegExp, BudgetRate['kind']][] => [
  // 江西: “三公”经费财政拨款支出4.99万元，占年初预算的99.80% (helper-82: unread).
  // Also with no 的 (福建: …支出数为459989万元，占调整预算数115.8%; 蕉城区 2022): unread, a wrong rate passed (helper-h208).
  [new RegExp(`(?<=[,，])占${BUDGET_KIND_WORD}?预算(?:数)?的?${rate}`, 'g'), 'completion'],
  // 广东: 完成全年预算5.00万元的99.8% (the 预算 named with its amount, read as BUDGET: helper-h105, unread).
  [new RegExp(`完成${BUDGET_KIND_WORD}?预算(?:数)?(?:\\d[\\d,]*(?:\\.\\d+)?(?:万元|元))?的?${rate}`, 'g'), 'completion'],
  [new RegExp(`${BUDGET_KIND_WORD}?预算(?:执行|完成)率(?:为|是)?${rate}`, 'g'), 'completion'],
  [new RegExp(`决算(?:数)?(?:为|是|占)${BUDGET_KIND_WORD}?预算(?:数)?的${rate}`, 'g'), 'completion'],
  // 北京, 中央: “三公”经费支出决算4.99万元，为全年预算的99.80%.
  [new RegExp(`(?<=[,，])为${BUDGET_KIND_WORD}?预算(?:数)?的${rate}`, 'g'), 'completion'],
  [new RegExp(`预决算差异率(?:为)?()${rate}`, 'g'), 'variance'],
];
const PERCENT_TAIL = `${PERCENT}%${NOT_ROUGH}`;
/** A rate written as none (NO_RATE_MARK; one group, the mark): 广东's 完成预算0万元的--%(基数为0,不可比) (helper-h215: unread). */
const NONE_TAIL = `(${NO_RATE_MARK})`;
const RATES = completionRates(PERCENT_TAIL);
const NO_RATES = completionRates(NONE_TAIL);

/**
 * A bare 执行率 (浙江: 年初预算5.00万元，决算4.99万元，…，执行率99.80%): a completion rate only in a clause that states one
 * 预算 (a 执行率 elsewhere may be a project's or of another pair; beside a 年初 and a 全年 one, which is not said).
 */
const bareExecution = (rate: string) => new RegExp(`(?<!预算)执行率(?:为|是)?()${rate}`, 'g');
const BARE_EXECUTION = bareExecution(PERCENT_TAIL);
const BARE_NO_EXECUTION = bareExecution(NONE_TAIL);
/**
 * The 决算 against its 预算 as a rate with its word (河北: “三公”经费支出4.99万元，较上年下降0.40%，较预算下降0.20%): a
 * variance, negative for a fall. Groups: which 预算, the word, the rate.
 */
// The 预算 named with its amount (中央本级“三公”经费财政拨款支出38.72亿元，比预算45.00亿元下降13.96%; 比预算5.00万元下降0.20%): the rate
// the same (helper-h287: unread, a wrong one passed); the amount is the clause's 预算 (BUDGET), in 亿 the tables' (text-budget).
const varianceWorded = (rate: string) =>
  new RegExp(`(?:比|较|与)${BUDGET_KIND_WORD}?预算(?:数)?(?:\\d[\\d,]*(?:\\.\\d+)?(?:亿元|万元|元))?(?:相比)?[,，]?(增长|增加|上升|提高|下降|减少|降低)(?:了|为)?${rate}`, 'g');
const VARIANCE_WORDED = varianceWorded(`(${RATE_NUMBER})%${NOT_ROUGH}`);
/** The same written as none (比预算增长--(基数为0,不可比)): groups which 预算, the word, the mark (helper-h215: unread). */
const NO_VARIANCE_WORDED = varianceWorded(NONE_TAIL);
/** Each rate written as none (NO_RATES, a bare 执行率, a worded variance), tested once on a text with no figure (budgetStatements). */
const NONE_WRITTEN = [...NO_RATES.map(([pattern]) => pattern), BARE_NO_EXECUTION, NO_VARIANCE_WORDED].map((pattern) => new RegExp(pattern.source));
const FALLS = /下降|减少|降低/;
/**
 * The 决算's saving on its 预算 as a rate (“三公”经费支出4.99万元，较预算数5.00万元节约0.01万元，节约率0.20%): (预算 − 决算) ÷ 预算,
 * a variance with its sign turned. Groups: the word, the rate. Unread, a wrong one passed (helper-h105).
 */
const SAVING_RATE = new RegExp(`(节约|节省)率(?:为|是|达)?(${RATE_NUMBER})%${NOT_ROUGH}`, 'g');
/** A completion rate stated as a bound (BudgetRate.bound). Groups: which 预算, the bound, the rate. */
const BOUNDED_COMPLETION = new RegExp(`完成${BUDGET_KIND_WORD}?预算(?:数)?的?(不足|超过)(${RATE_NUMBER})%`, 'g');
/** A variance stated as a bound (BudgetRate.bound): 预决算差异率不足0.01%, a 决算 off its 预算 by less than the rounding. */
const BOUNDED_VARIANCE = new RegExp(`预决算差异率(?:为)?(不足|超过)(${RATE_NUMBER})%`, 'g');
const BUDGET_ANYWHERE = new RegExp(BUDGET.source, 'g');

/**
 * The patterns reading a statement's amounts, in 万元 and 元 (MONEY), or in 亿元 too (FIGURE_MONEY: budgetStatements' inYi).
 * A rate is read alike in either.
 */
interface Readers {
  readonly money: string;
  readonly budget: RegExp;
  readonly budgetAnywhere: RegExp;
  readonly difference: RegExp;
  readonly differenceWorded: RegExp;
  readonly actual: RegExp;
  readonly spent: RegExp;
  readonly labelledAmount: RegExp;
  readonly addedAfter: RegExp;
  readonly raisedTo: RegExp;
}

/**
 * A label's own amounts (财政拨款收入总计1,363.45万元): the last before the 预算 is its 决算 (…公务用车购置费0.00万元，公务用车
 * 运行维护费4.79万元，全年预算4.80万元: the 运行维护费's, not the list's first).
 */
const labelledAmountOf = (money: string) => new RegExp(`[\\u4e00-\\u9fa5)](?:为|是|:)?${money}`, 'g');

/**
 * An amount added to the clause's 年初 预算 or taken off it in the year, right after it (“三公”经费年初预算4.50万元，年中追加预算
 * 0.50万元，…; 年中追加0.50万元; 调减…): groups the word, the amount. Not a 预算 of its own (budgetOf), but with the 年初 one the
 * 全年 one.
 */
const addedAfterOf = (money: string) => new RegExp(`^[,，](?:年中)?(追加|调增|追减|调减)了?(?:预算)?(?:数|资金|经费)?(?:为|是)?:?${money}`);

/**
 * The 全年 one written as what the clause's 年初 预算 was raised or cut to, right after it (“三公”经费年初预算4.50万元，预算增加至5.00
 * 万元; 年中调整为5.00万元; 调减到…): not the amount added (追加为0.50万元 is addedAfterOf's). Unread, a rate naming no 预算 was held to
 * the 4.50 alone and the 4.50 to table 07's 全年 5.00: two 错误 on a right text (review r308).
 */
const raisedToOf = (money: string) =>
  new RegExp(`^[,，](?:年中|全年)?(?:预算)?(?:数)?(?:(?:追加|调增|增加|追减|调减|减少|调整)(?:至|到)|调整后?(?:为|是)?:?)${money}`);

function readersOf(money: string, units: string): Readers {
  const budget = budgetOf(money);
  return {
    money,
    budget,
    budgetAnywhere: new RegExp(budget.source, 'g'),
    difference: differenceOf(money),
    differenceWorded: differenceWordedOf(money, units),
    actual: actualOf(money),
    spent: spentOf(money),
    labelledAmount: labelledAmountOf(money),
    addedAfter: addedAfterOf(money),
    raisedTo: raisedToOf(money),
  };
}

/**
 * Which 预算 a bare 执行率 is of, or none where that is not known: the one the clause states; of a 年初 and a 全年 one, the
 * 全年 (执行率 = 执行数 ÷ 全年预算数, as the 自评表 works it out: 年初预算5.00万元，全年预算5.50万元，执行…，执行率…); in a clause
 * stating no amount (…；执行率98.00%), the figures before it (text-budget takes them).
 */
function bareExecutionOf(clause: string): BudgetKind | undefined {
  const kinds = [...clause.matchAll(BUDGET_ANYWHERE)].map((m) => budgetKindOf(m[1]));
  if (kinds.length === 1) return '';
  if (kinds.length === 2 && kinds.includes('年初') && kinds.includes('全年')) return '全年';
  return kinds.length === 0 && !new RegExp(MONEY).test(clause) ? '' : undefined;
}

/** The rates a clause states, where each starts (RATES; a bare 执行率 where bareExecutionOf knows its 预算; a worded variance). */
function ratesOf(clause: string): { index: number; rate: BudgetRate }[] {
  const bareOf = bareExecutionOf(clause);
  const patterns: [RegExp, BudgetRate['kind'], BudgetKind?][] = [...RATES];
  const none: [RegExp, BudgetRate['kind'], BudgetKind?][] = [...NO_RATES];
  if (bareOf !== undefined) patterns.push([BARE_EXECUTION, 'completion', bareOf]);
  if (bareOf !== undefined) none.push([BARE_NO_EXECUTION, 'completion', bareOf]);
  const out: { index: number; rate: BudgetRate }[] = patterns.flatMap(([re, kind, of]) =>
    [...clause.matchAll(re)].map((m) => ({ index: m.index!, rate: { kind, of: of ?? budgetKindOf(m[1]), value: rateNumber(m[2]!), written: m[2]!, phrase: m[0] } })),
  );
  for (const [re, kind, of] of none) {
    for (const m of clause.matchAll(re)) out.push({ index: m.index!, rate: { kind, of: of ?? budgetKindOf(m[1]), value: NaN, written: m[2]!, phrase: m[0], none: true } });
  }
  for (const m of clause.matchAll(NO_VARIANCE_WORDED)) {
    out.push({ index: m.index!, rate: { kind: 'variance', of: budgetKindOf(m[1]), value: NaN, written: m[3]!, phrase: m[0], word: m[2]!, none: true } });
  }
  for (const m of clause.matchAll(BOUNDED_COMPLETION)) {
    out.push({ index: m.index!, rate: { kind: 'completion', of: budgetKindOf(m[1]), value: rateNumber(m[3]!), written: m[3]!, phrase: m[0], bound: m[2] as '不足' | '超过' } });
  }
  for (const m of clause.matchAll(BOUNDED_VARIANCE)) {
    out.push({ index: m.index!, rate: { kind: 'variance', of: '', value: rateNumber(m[2]!), written: m[2]!, phrase: m[0], bound: m[1] as '不足' | '超过' } });
  }
  for (const m of clause.matchAll(SAVING_RATE)) {
    out.push({ index: m.index!, rate: { kind: 'variance', of: '', value: -rateNumber(m[2]!), written: m[2]!, phrase: m[0], word: `${m[1]!}率` } });
  }
  for (const m of clause.matchAll(VARIANCE_WORDED)) {
    const value = rateNumber(m[3]!) * (FALLS.test(m[2]!) ? -1 : 1);
    out.push({ index: m.index!, rate: { kind: 'variance', of: budgetKindOf(m[1]), value, written: m[3]!, phrase: m[0], word: m[2]! } });
  }
  return out;
}

/**
 * Clauses of a text with their offsets: cut after 。 and ；, and before 其中 (a total, then its items); not before a 其中
 * in brackets (预算5.00万元（其中：…），决算4.99万元: cut there, the 决算 after the bracket was taken for its last item's).
 */
export function clausesOf(text: string): { clause: string; start: number }[] {
  const out: { clause: string; start: number }[] = [];
  let start = 0;
  for (const clause of text.split(/(?<=[。;])|(?<!\()(?=其中:)/)) {
    if (clause.length > 0) out.push({ clause, start });
    start += clause.length;
  }
  return out;
}

/**
 * What makes a statement the 项目支出绩效自评表's totals (§十一: "项目支出全年预算数748.11万元，全年执行数728.90万元，执行率
 * 97.43%"): its 决算 written as the forms' 执行 (全年执行数, 执行数, 实际执行) after its 预算, about the 项目支出 or a 绩效/自评
 * (纳入绩效自评的项目支出…; 项目支出绩效自评结果显示…). The tables print no 预算 of 项目支出 and no 执行: read as table 03's
 * 项目支出 (718.22), a correct 全年执行数 (728.90: the forms count other years' and other funds' money) was a 错误. A 决算
 * (项目支出全年预算数…，决算数…) stays the tables'.
 */
const SELF_EVALUATION_TOPIC = /项目支出|绩效|自评|^(?:\d{4}年度?)?(?:本部门|本单位|我单位)?(?:\d+个|全部|所有|各)?项目$/;
/**
 * Not the 部门整体支出绩效自评 (云南, 湖南: 部门整体支出绩效自评得分95分，全年预算数1,363.45万元，全年执行数…): the whole
 * budget's, no sum of the project forms (helper-h93: a false 错误).
 */
const DEPARTMENT_WHOLE = /整体/;
/** A 绩效自评 of the projects counted (纳入绩效自评的项目9个, 对9个项目开展绩效自评): its 实际支出 is the forms' 执行 too. */
const SELF_EVALUATED_PROJECTS = /(?=.*(?:绩效|自评))(?=.*(?:\d+个项目|项目(?:共)?\d+个|(?:全部|所有)项目))/;

/**
 * Last year's words in a statement's subject (上年, 上年度, 去年; not a comparison with it, 与上年相比, nor its end or 结转), or
 * the year it opens on (2021年度…).
 */
const LAST_YEAR_SUBJECT = /^[^,，]*(?<![与较比同])(?:上一?年度?|去年)(?!末|底|结转|相比|同期)/;
/**
 * Next year's words in a statement's subject (下年“三公”经费预算为3.42亿元, 明年…, 次年…): a 预算 the tables do not hold (review r322:
 * held to table 07's, a right text was a 错误). Not what is carried to it (结转下年, 转入下年度, 留待下年: this year's).
 */
const NEXT_YEAR_SUBJECT = /^[^,，]*(?<![与较比同转入至到待于])(?:下一?年度?|明年|次年)(?!末|底|相比|同期)/;
const YEAR_OPENING = /^(?:[,，;:。]*(?:其中:)?)?(\d{4})年度?/;

function periodOf(head: string): Pick<BudgetStatement, 'period'> {
  const subject = head.replace(/^.*相比的?情况:/, '');
  // The part right before the figures first (…4.99万元，2021年度“三公”经费预算…: 2021's), then the clause's opening.
  const last = subject.slice(Math.max(subject.lastIndexOf(','), subject.lastIndexOf('，')) + 1);
  // And after a 项's colon (…行政运行(项):2021年度支出决算为…: 2021's).
  const itemAt = subject.lastIndexOf('(项):');
  const afterItem = itemAt < 0 ? '' : subject.slice(itemAt + '(项):'.length);
  for (const part of [last, afterItem, subject]) {
    if (LAST_YEAR_SUBJECT.test(part)) return { period: 'last' };
    if (NEXT_YEAR_SUBJECT.test(part)) return { period: 'next' };
    const year = YEAR_OPENING.exec(part);
    if (year) return { period: Number(year[1]) };
  }
  return {};
}

/** A 预算's amount ending the words before a rate (…全年预算数4.80万元，). */
const BUDGET_RIGHT_BEFORE = new RegExp(`预算(?:数|额)?(?:为|是)?[:：]?${MONEY}[,，]$`);

const IN_WAN = readersOf(MONEY, '万元|元');
const IN_YI_TOO = readersOf(FIGURE_MONEY, '亿元|万元|元');

/**
 * Every clause that states a 预算, a 决算 or a rate, in text order (one entry per rate where a clause has two). `inYi`: its
 * 预算, 决算 and difference from the 预算 read in 亿元 too (决算38.72亿元，预算45.00亿元，节约…; 决算数小于预算数6.28亿元), for a
 * difference held at the 0.01 亿 written (text-budget). Not otherwise: a rate worked out from amounts rounded to 0.01 亿 would
 * be far off the tables' (FIGURE_MONEY).
 */
export function budgetStatements(text: string, inYi = false): BudgetStatement[] {
  const r = inYi ? IN_YI_TOO : IN_WAN;
  // A 预算, a 决算 and a rate are each written with an amount or a rate: a text stating neither (a table's footnote) has
  // no clause to read, and its clauses need not be cut and searched.
  // Nor a rate written as none (“三公”经费预算执行率--: NO_RATES), which has no digit: its item's figures are the tables' (helper-h219:
  // skipped, a mark where the 预算 was not 0 passed silently).
  if (!mayStateFigure(text) && !(text.includes('-') && NONE_WRITTEN.some((pattern) => pattern.test(text)))) return [];
  const out: BudgetStatement[] = [];
  for (const { clause, start } of clausesOf(text)) {
    const paired = pairedStatement(clause, start, r);
    if (paired) {
      // A rate after them (…分别为3.49亿元、1.78亿元，完成预算的51%) is of the two.
      const rates = ratesOf(clause);
      if (rates.length === 0) out.push(paired);
      for (const { rate } of rates) out.push({ ...paired, rate });
      continue;
    }
    const budget = r.budget.exec(clause);
    // 占年初预算的… after a 预算 stated earlier in the sentence (预算5.00万元，其中公务接待费0.20万元，占年初预算的4.00%) is a
    // part's share of that budget, not the part's completion.
    const sentenceBefore = text.slice(text.lastIndexOf('。', start - 1) + 1, start);
    // Nor right after a part's own 预算 (其中：…全年预算数4.80万元，占预算的96.00%): the part's budget can be no completion of
    // itself, the share is of the whole's (read as 决算 ÷ 预算, a correct sentence was a 错误: helper-h111).
    const rates = ratesOf(clause).filter(
      (r) => !(r.rate.phrase.startsWith('占') && (BUDGET.test(sentenceBefore) || BUDGET_RIGHT_BEFORE.test(clause.slice(0, r.index)))),
    );
    const found = differenceIn(clause, r);
    const foundAt = found && differenceAt(clause, r);
    const ofAnother = foundAt !== undefined && namesAnotherBefore(clause, foundAt);
    const difference = ofAnother ? undefined : found;
    const differenceIndex = difference && foundAt;
    // A saving or a gap after the 预算 (…支出4.79万元，年初预算为4.80万元，差值为0.01万元) is of the 决算 before it too.
    const savedAt = budget ? SAVING_AFTER.exec(clause.slice(budget.index))?.index : undefined;
    const actual = actualIn(clause, budget, rates.length > 0 ? Math.min(...rates.map((r) => r.index)) : (differenceIndex ?? (savedAt === undefined ? undefined : budget!.index + savedAt)), r);
    // A difference alone (…。决算数大于年初预算数157.11万元，主要原因是…) is of the figures before it: text-budget takes them.
    // Not 增加 or 减少, which text-change-words holds to the item's 预算 already (two 错误 for one figure).
    const item = ofAnother && found && foundAt !== undefined && !/增加|减少/.test(found.phrase) ? itemDifference(clause, start, foundAt, found) : undefined;
    if (!budget && !actual && rates.length === 0 && !difference) {
      if (item) out.push(item);
      continue;
    }
    // The subject ends where the first figure starts (the 决算 only counts when it comes first).
    const positions = [budget?.index, actual && (actual.first || !budget) ? actual.index : undefined, ...rates.map((r) => r.index), differenceIndex].filter(
      (i): i is number => i !== undefined,
    );
    const head = clause.slice(0, Math.min(...positions));
    const base: BudgetStatement = {
      clause,
      start,
      subject: subjectOf(head),
      ...(budget ? { budget: parseMoney(budget[2]!, budget[3]!) } : {}),
      budgetKind: budgetKindOf(budget?.[1]),
      budgets: withAdded([...clause.matchAll(r.budgetAnywhere)].map((m) => ({ kind: budgetKindOf(m[1]), money: parseMoney(m[2]!, m[3]!) })), clause, budget, r),
      ...(actual ? { actual: actual.money } : {}),
      // Also as 实际支出 where the words say a 绩效自评 of the projects counted (纳入绩效自评的项目9个，预算金额748.11万元，实际支出
      // 728.90万元: helper-h105, unread); not of one item (绩效自评中，培训费全年预算…，实际支出…).
      ...(budget && (actual?.spent === '执行' || (actual?.spent === '实际支出' && SELF_EVALUATED_PROJECTS.test(head))) && SELF_EVALUATION_TOPIC.test(head) && !DEPARTMENT_WHOLE.test(head)
        ? { selfEvaluation: true as const }
        : {}),
      ...periodOf(head),
      ...(difference ? { difference } : {}),
    };
    if (rates.length === 0) out.push(base);
    for (const { rate } of rates) out.push({ ...base, rate });
    if (item) out.push(item);
    if (found && foundAt !== undefined) out.push(...laterItemDifferences(clause, start, foundAt + found.phrase.length, r));
  }
  return out;
}

/**
 * A 预算 and a 决算 named together, their amounts after 分别 in the same order (山西 省级 2020: “三公”经费预算、决算分别为3.49亿元、
 * 1.78亿元; …预算数、决算数分别为…; 决算、预算分别为… the other way round): unread (neither amount right after its word), a wrong
 * one passed (helper-h330). Groups: which 预算, then the first amount and the second, in the order the words name them.
 */
const pairedOf = (money: string) => {
  const word = (w: string) => (w === '预算' ? `${BUDGET_KIND_WORD}?预算(?:数)?` : '决算(?:数)?');
  const pair = (first: string, second: string) => `${word(first)}(?:、|和|与|及)${word(second)}分别(?:为|是)?:?${money}(?:、|和|与|及|,|，)${money}`;
  return [new RegExp(pair('预算', '决算')), new RegExp(pair('决算', '预算'))] as const;
};
const PAIRED_IN_WAN = pairedOf(MONEY);
const PAIRED_IN_YI = pairedOf(FIGURE_MONEY);

/** A 三公 item, then another joined to it (因公出国（境）费、公务接待费; not 公务用车购置及运行维护费, one item). */
const LISTED_ITEMS = /(?:因公出国|公务用车|公务接待)[^、和及与]*[、和及与](?:国内)?(?:因公出国|公务用车|公务接待)/;

/** The statement of a clause naming its 预算 and 决算 together (pairedOf), its subject the words before them. */
function pairedStatement(clause: string, start: number, r: Readers): BudgetStatement | undefined {
  if (!clause.includes('分别')) return undefined;
  const [budgetFirst, actualFirst] = r.money === MONEY ? PAIRED_IN_WAN : PAIRED_IN_YI;
  const b = budgetFirst.exec(clause);
  const a = b ? undefined : actualFirst.exec(clause);
  const m = b ?? a;
  if (!m) return undefined;
  const [kind, budget, actual] = b
    ? [b[1], parseMoney(b[2]!, b[3]!), parseMoney(b[4]!, b[5]!)]
    : [a![1], parseMoney(a![4]!, a![5]!), parseMoney(a![2]!, a![3]!)];
  const head = clause.slice(0, m.index);
  // Two items listed before them (因公出国（境）费、公务接待费预算、决算分别为0.4亿元、0.02亿元): 分别 may share the amounts out among
  // the items, not the 预算 and 决算 of the last (held to 公务接待费's, a right text was a 错误; review r341). Left unread.
  if (LISTED_ITEMS.test(head)) return undefined;
  const budgetKind = budgetKindOf(kind);
  return { clause, start, subject: subjectOf(head), budget, budgetKind, budgets: [{ kind: budgetKind, money: budget }], actual, ...periodOf(head) };
}

/**
 * The differences after a clause's first, each of an item named past the comma before it (…，其中公务用车购置费比预算少支出0.48万元，
 * 公务用车运行维护费比预算少支出0.01万元; …，比预算少0.01万元，其中公务用车运行维护费比预算少支出0.01万元): only the first was read, a
 * wrong second passed (helper-h313). Not 增加 or 减少 (text-change-words'), nor one naming no other item (the clause's again).
 */
function laterItemDifferences(clause: string, start: number, from: number, r: Readers): BudgetStatement[] {
  const out: BudgetStatement[] = [];
  for (let at = from; ; ) {
    const rest = clause.slice(at);
    const next = differenceIn(rest, r);
    const index = next && differenceAt(rest, r);
    if (!next || index === undefined) return out;
    if (namesAnotherBefore(clause, at + index) && !/增加|减少/.test(next.phrase)) out.push(itemDifference(clause, start, at + index, next));
    at += index + next.phrase.length;
  }
}

/**
 * The difference of an item named past a comma before it (namesAnotherBefore: “三公”经费支出决算4.99万元，其中公务用车运行维护费比预算
 * 少支出0.21万元), a statement of its own: its subject the words past the comma, its 预算 and 决算 the item's, as after a ；其中.
 * Left out of the clause's, it was read by no rule and a wrong one passed (helper-h313). 增加 and 减少 are text-change-words'.
 */
function itemDifference(clause: string, start: number, at: number, difference: BudgetDifference): BudgetStatement {
  const comma = Math.max(clause.lastIndexOf(',', at - 1), clause.lastIndexOf('，', at - 1));
  const head = clause.slice(comma + 1, at);
  return { clause: clause.slice(comma + 1), start: start + comma + 1, subject: subjectOf(head), budgetKind: budgetKindOf(undefined), budgets: [], ...periodOf(head), difference };
}


interface ActualFound {
  /** Where its words start (决算…, or the label's amount): the clause's subject ends there when it comes first. */
  readonly index: number;
  readonly money: TextMoney;
  readonly first: boolean;
  /** Written as spent, not as 决算 (SPENT): 执行 (执行数, 全年执行数, 实际执行) or 实际支出. */
  readonly spent?: '执行' | '实际支出';
}

/** Words of a part of a clause that make its amount no 决算 of the item (较上年增加…, 比上年减少…, 节约…, 超支…). */
const NOT_ACTUAL = /上一?年|去年|较|比|增加|减少|增长|下降|节约|节省|超支|超出|结余|差异/;

/**
 * A word opening a clause before its label that names no item (经汇总，…; 其中：一、…; 其中，…; 另外，…; a year): 福建南安
 * 2023 §三公 (“经汇总，2023年度…“三公”经费支出数为1827万元，比年初预算减少744万元，下降28.94%”). Read as a part before the
 * label, the amount was no 决算 and a wrong one (its difference and rate made to agree) passed. Stripped one after another in
 * any order (2023年度，经汇总，…: helper-h217); any other words before a comma (公务接待费，…) still name another item.
 */
const FRAMING = /^(?:(?:经汇总|汇总|其中|另外|此外|\d{4}年度?|以\d{4}年度?为例)[,，:：]?|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+、)/;

/** The words before a label without its FRAMING words, however many and in whatever order. */
function unframed(opening: string): string {
  let rest = opening;
  for (let m = FRAMING.exec(rest); m && m[0].length > 0; m = FRAMING.exec(rest)) rest = rest.slice(m[0].length);
  return rest;
}

/**
 * The amount a label states first in a clause with a rate and no 预算 (财政拨款支出总计1,363.45万元，为年初预算的113.02%; the
 * 预算 is then the 说明数据's): the clause's first amount, in its first part (a year before it aside), where every other amount
 * before the rate is a change from last year's (…，比上年增加…). Another item's amount before the rate (收入总计…，财政拨款收入…，
 * 完成年初预算的…) leaves it unread: the rate may be of that one.
 */
function labelledFirst(head: string, r: Readers): RegExpMatchArray | undefined {
  const amounts = [...head.matchAll(new RegExp(r.money, 'g'))];
  const first = amounts[0];
  if (!first) return undefined;
  const labelled = [...head.matchAll(r.labelledAmount)][0];
  // The label's amount is the first one, 为 or 是 between them or not (…“三公”经费支出数为1827万元，…).
  if (!labelled || labelled.index! + labelled[0].length !== first.index! + first[0].length) return undefined;
  const partOf = (at: number) => head.slice(Math.max(head.lastIndexOf(',', at), head.lastIndexOf('，', at)) + 1, at);
  const opening = unframed(head.slice(0, first.index));
  if (/[,，;；:。]/.test(opening) || NOT_ACTUAL.test(partOf(first.index!))) return undefined;
  return amounts.slice(1).every((m) => NOT_ACTUAL.test(partOf(m.index!))) ? labelled : undefined;
}

/**
 * The clause's 决算: after its 预算 (年初预算为…，支出决算为…), else, where the clause states a rate of the two (`rateAt`: where
 * its first rate starts), before it (财政拨款支出决算1,363.45万元，年初预算…，完成年初预算的…; 财政拨款收入总计1,363.45万元，年初
 * 预算数…: a label's amount first, its 预算 after it; with no 预算, labelledFirst). Unread, the rate went unchecked.
 */
/** The words between a 决算 and a 预算 right after it (决算4.99万元，预算…; 决算4.99万元，全年预算…: the kind is the 预算's match). */
const BUDGET_NEXT = /^[,，]?$/;

function actualIn(clause: string, budget: RegExpExecArray | null, rateAt: number | undefined, r: Readers): ActualFound | undefined {
  const from = budget ? budget.index + budget[0].length : 0;
  const said = thisYearsActual(clause.slice(from), r);
  if (said) return { index: from + said.index!, money: parseMoney(said[1]!, said[2]!), first: false };
  // Right after the clause's last 预算: a 年初 and a 全年 one may come first (年初预算5.00万元，全年预算5.00万元，执行4.89万元).
  const last = budget ? [...clause.matchAll(r.budgetAnywhere)].pop() : undefined;
  const after = last ? last.index! + last[0].length : from;
  const spent = budget ? r.spent.exec(clause.slice(after)) : null;
  if (spent) return { index: after + spent.index, money: parseMoney(spent[1]!, spent[2]!), first: false, spent: /执行/.test(spent[0]) ? '执行' : '实际支出' };
  // A 决算 worded as one before its 预算 in a clause with no rate (决算38.72亿元，预算45.00亿元，决算数小于预算数): the clause's,
  // as with a rate (helper-h274: unread, words after it the figures contradict passed). Not a label's bare amount there: the
  // 预算 may be another item's. Nor a 决算 with more than a comma between it and the 预算 (“三公”经费支出决算4.99万元，公务用车运行费
  // 支出决算4.79万元，公务接待费支出预算0.20万元，决算数与预算数持平): the 预算 is another item's, the first's 决算 held to it was
  // a 错误 in text-budget-figures (review r281); with a rate the words name whose it is, here nothing does.
  if (rateAt === undefined) {
    const worded = budget ? thisYearsActual(clause.slice(0, budget.index), r) : undefined;
    const nextToBudget = worded && BUDGET_NEXT.test(clause.slice(worded.index! + worded[0].length, budget!.index));
    if (nextToBudget) return { index: worded.index!, money: parseMoney(worded[1]!, worded[2]!), first: true };
    return budget ? labelledNextTo(clause.slice(0, budget.index), r) : undefined;
  }
  if (!budget) {
    const labelled = labelledFirst(clause.slice(0, rateAt), r);
    return labelled && { index: labelled.index! + 1, money: parseMoney(labelled[1]!, labelled[2]!), first: true };
  }
  const head = clause.slice(0, budget.index);
  const worded = thisYearsActual(head, r);
  if (worded) return { index: worded.index!, money: parseMoney(worded[1]!, worded[2]!), first: true };
  // Not a change's or another year's amount (“三公”经费支出4.99万元，较上年5.01万元减少0.02万元，…，较年初预算5.00万元减少…: the
  // 4.99; the 0.02 read as the 决算, a right difference was a 错误).
  const partOf = (at: number) => head.slice(Math.max(head.lastIndexOf(',', at), head.lastIndexOf('，', at)) + 1, at + 1);
  const labelled = [...head.matchAll(r.labelledAmount)].filter((m) => !NOT_ACTUAL.test(partOf(m.index!))).pop();
  if (!labelled || namesAnotherItem(head, labelled.index!)) return undefined;
  // Its subject ends where the amount starts (…运维费4.79万元: the subject names 运维费 last).
  return { index: labelled.index! + 1, money: parseMoney(labelled[1]!, labelled[2]!), first: true };
}

/**
 * Whether the words of the 预算's part of the clause, after the label's amount at `at`, name an item other than the label's
 * (“三公”经费支出4.99万元，公务用车运行维护费比预算4.80万元下降0.21%; …，公务用车运行维护费预算4.80万元，完成预算的99.79%): the 预算
 * and its rate are that item's, whose 决算 the text does not state (review r294: the 三公's 4.99 held to 4.80, a right rate was
 * a 错误 in text-budget and the 预算 one in text-budget-figures).
 */
function namesAnotherItem(head: string, at: number): boolean {
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf('，'));
  if (cut < at) return false;
  const named = itemKey(head.slice(cut + 1));
  return named !== undefined && named !== itemKey(head.slice(0, at + 1));
}

/**
 * A label's amount right before a 预算 naming no item of its own (中央本级“三公”经费财政拨款支出合计38.72亿元，预算数为45.00亿元，决算数大于
 * 预算数): the label's 决算, as a 决算 worded so is (helper-h287: unread, words the figures contradict passed). Only a comma between
 * them: a 预算 after other words (…4.99万元，公务接待费预算…) may be another item's. Not a change's or another year's amount
 * (比上年增加0.50万元，预算…; 上年支出…).
 */
function labelledNextTo(head: string, r: Readers): ActualFound | undefined {
  // The clause's first amount, its label opening the clause (labelledFirst): not the last of a list (…其中：基本支出645.23万元，项目
  // 支出718.22万元，年初预算数为1,206.34万元: the 预算 is the whole's) nor another year's after this year's (…支出4.99万元，2021年度支出
  // 合计5.01万元，预算数为…): each held to the 预算 as its 决算, right words were a 错误 (review r294).
  const labelled = labelledFirst(head, r);
  if (!labelled || !BUDGET_NEXT.test(head.slice(labelled.index! + labelled[0].length))) return undefined;
  const label = head.slice(0, labelled.index! + 1);
  // Nor a 其中 item's (其中：公务接待费0.20万元，预算数为0.20万元。决算数小于预算数的主要原因…: the words after it, of the whole, held to the
  // item's equal pair), nor a 预算's own amount (年初预算安排5.00万元，调整预算数为4.00万元: its 5.00 read as the 决算). Last year's
  // (上年支出…) labelledFirst leaves out (NOT_ACTUAL).
  if (/^[,，;:。]*其中/.test(head) || BUDGET_SAID.test(label)) return undefined;
  return { index: labelled.index! + 1, money: parseMoney(labelled[1]!, labelled[2]!), first: true };
}

/** `其中:因公出国(境)费支出` → `因公出国(境)费`: the item, without 其中, ordinals, the year and 支出. */
function subjectOf(prefix: string): string {
  return prefix
    // A paragraph opening on its topic (新疆: "与年初预算数相比情况：财政拨款收入总计年初预算数…，决算数…"): read as part of the
    // subject, it named no figure, and a wrong 决算数 with a rate to match passed.
    .replace(/^.*相比的?情况:/, '')
    .replace(/^[,，;:。]*(其中:)?/, '')
    .replace(/^\d+[、.]/, '')
    .replace(/^\d{4}年度?/, '')
    // The year after a 项's colon (…行政运行(项):2022年度支出决算为…): the 项 names the item; read as part of it, the clause named
    // none and its rate was held to the 决算 written, a second 错误 beside text-figures' where that one was wrong.
    .replace(/(?<=\(项\):)\d{4}年度?/, '')
    .replace(/(支出|的|,)+$/, '');
}

/** The 三公 column a subject names (longest names first: 公务用车购置及运行费 is not 公务用车购置费). */
const THREE_PUBLIC: readonly [RegExp, string][] = [
  [/三公/, 'total'],
  [/因公出国/, 'overseasTravel'],
  // Joined by 费及, 和 or 与 too (江西's §五: 公务用车购置费及运行维护费支出决算为…，完成预算的…): read as 购置费's, its 预算 0, a
  // false 错误 and the rate checked against nothing (helper-h248). The text-figures labels read it so already (VEHICLE_JOINED).
  [/公务用车购置费?[及和与]运行/, 'vehicles'],
  [/公务用车购置/, 'vehiclePurchase'],
  [/公务用车运行/, 'vehicleOperation'],
  [/公务接待/, 'reception'],
];

/** The column of the item the subject names last, nearest the figure (`三公经费…决算中，因公出国(境)费` is 因公出国). */
export function threePublicColumn(subject: string): string | undefined {
  let best: { at: number; column: string } | undefined;
  for (const [re, column] of THREE_PUBLIC) {
    const at = subject.search(new RegExp(`${re.source}(?!.*${re.source})`));
    if (at >= 0 && (best === undefined || at > best.at)) best = { at, column };
  }
  // The 三公 and 会议费 or 培训费 after it (陕西's …“三公”经费及会议费、培训费支出决算8.59万元, as its table 07's title names
  // them): their sum, no column of the 三公 (held to the 三公's 4.99, a right sentence was a 错误; review h245).
  if (best?.column === 'total' && /会议费|培训费/.test(subject.slice(best.at))) return undefined;
  if (best && otherThreePublic(subject.slice(0, best.at))) return undefined;
  return best?.column;
}

/**
 * Words before a 三公 item naming a 三公 other than table 07's (一般公共预算 财政拨款, the department's whole): another fund's alone
 * (政府性基金“三公”经费比预算少…; 一般公共预算及政府性基金… is table 07's older title), a part of the department or of all
 * funds (其中行政单位“三公”经费…, 全口径…, 机关本级…, 人均…: narrowedBefore), one project's (该项目“三公”经费…). Held to table 07's
 * figures, right texts were 错误 (helper-h332).
 */
function otherThreePublic(before: string): boolean {
  return threePublicOfOtherScope(before) || opensOnOneProject(before);
}

/**
 * The 说明数据 指标 a subject names (the longest key it contains as itself), e.g. 财政拨款收入总计; 政府性基金预算
 * 财政拨款基本支出 names none (not 一般公共预算's).
 */
export function indicatorOf(subject: string): string | undefined {
  const s = normalizeText(subject);
  let best: string | undefined;
  for (const key of INDICATOR_KEYS) {
    if ((!best || key.length > best.length) && containsAsItself(s, normalizeText(key))) best = key;
  }
  return best;
}

function containsAsItself(text: string, words: string): boolean {
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) if (namesItself(text.slice(0, i), words)) return true;
  return false;
}

/**
 * The 预算 a clause states, and where it states a 年初 one and right after it the amount added to it or taken off it (addedAfterOf) or
 * what it was raised or cut to (raisedToOf), but no 全年 one, the 全年 one they make (年初预算4.50万元，年中追加预算0.50万元，决算4.99万元，完成预算的99.80%: the rate may be of the
 * 5.00 as well as of the 4.50, as beside a 全年 one written; held to the 年初 one alone, a right rate was a 错误: helper-h297).
 */
function withAdded(
  budgets: { kind: BudgetKind; money: TextMoney }[],
  clause: string,
  budget: RegExpExecArray | null,
  r: Readers,
): { kind: BudgetKind; money: TextMoney; added?: true }[] {
  if (!budget || budgets.length !== 1 || budgets[0]!.kind !== '年初') return budgets;
  const after = clause.slice(budget.index + budget[0].length);
  const raised = r.raisedTo.exec(after);
  if (raised) return [...budgets, { kind: '全年', money: parseMoney(raised[1]!, raised[2]!) }];
  const added = r.addedAfter.exec(after);
  if (!added) return budgets;
  const initial = budgets[0]!.money;
  const amount = parseMoney(added[2]!, added[3]!).fen;
  const whole = initial.fen + (/减/.test(added[1]!) ? -amount : amount);
  return [...budgets, { kind: '全年', money: textMoneyOf(whole, initial.unit === '元' ? '元' : '万元'), added: true }];
}

/** A key for "the same item": the 三公 column or the 说明数据 指标. */
export function itemKey(subject: string): string | undefined {
  const column = threePublicColumn(subject);
  return column ? `三公:${column}` : indicatorOf(subject);
}

/** Words of the text that name the same 说明数据 指标 as a key of the vocabulary. */
const ALIASES: readonly [RegExp, string][] = [
  [/财政拨款收(?:入)?、?支(?:出)?总计/, '财政拨款收入总计'],
  [/收(?:入)?、?支(?:出)?总计/, '收入总计'],
  [/三公/, '三公经费合计'],
  [/因公出国/, '因公出国（境）费'],
  // Joined by 费及, 和 or 与 too (上海/中央's heading and text: 公务用车购置费及运行维护费比上年增加0.14万元): keyed to 购置费, its change
  // was held to 购置费's 上年数 (helper-h299).
  [/公务用车购置费?[及和与]运行|^购置及运行维护费$/, '公务用车购置及运行维护费'],
  // Without 费 too (吉林 和龙 2020: 公务用车购置支出56万元比上年增加56万元；公务接待支出124万元，比上年累计支出148万元下降24万元):
  // text-figures reads them as table 07's items, but keyed to none their change went unread, a wrong one passed (helper-h320).
  [/公务用车购置费|^公务用车购置$/, '公务用车购置费'],
  [/^公务接待$/, '公务接待费'],
  [/公务用车运行/, '公务用车运行维护费'],
  [/机关运行经费/, '机关运行经费'],
  // 重庆: 2023年度收入合计11352.79万元，较上年决算数增加…; 支出合计…: table 01's 本年收入合计 and 本年支出合计, bare (helper-h239: keyed
  // to none, a change agreeing with itself but not with the 上年数 passed). Not 财政拨款's (财政拨款本年收入, labelInContext).
  [/^收入合计$/, '本年收入合计'],
  [/^支出合计$/, '本年支出合计'],
];

/** The 说明数据 指标 words of a text name: an alias (收入支出总计 → 收入总计), else the key they contain. */
export function indicatorKeyOf(subject: string): string | undefined {
  const alias = ALIASES.find(([re]) => re.test(subject));
  // A 三公 of another scope (事业单位“三公”经费较上年持平, 全口径“三公”经费比上年增加…): no 指标's, whose 上年数 is table 07's scope
  // (held to 三公经费合计's, a right text was a 错误; helper-h332).
  if (alias && THREE_PUBLIC_KEYS.has(alias[1]) && otherThreePublic(subject.slice(0, subject.search(alias[0])))) return undefined;
  return alias?.[1] ?? indicatorOf(subject);
}
const THREE_PUBLIC_KEYS = new Set(['三公经费合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务用车购置费', '公务接待费', '公务用车运行维护费']);
