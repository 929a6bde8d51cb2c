/**
 * 增减 statements, the amount first (增加…，增长…%) or the rate (增长…%（增加…）): the words must agree with each other
 * (增加 … 增长, 减少 … 下降), and the rate with the amount:
 * from 本年 X and 增减额 Δ the 上年 is X ∓ Δ, so the 增减率 must be Δ / 上年 (within half a unit of its last written
 * digit: rateTolerance). Where the item's 上年数 is known (the 说明数据's, else the 上年决算数 a table prints), the change
 * must be 本年 − 上年: a pair, and a change stated by its amount alone or its rate alone after the words of a comparison
 * (比上年减少…, 同比增长…%).
 */
import { findRow, shownTitle } from '../../tables/model';
import type { Recognition } from '../../recognise/recognise';
import { defineRule } from '../rule';
import { formatBasis, ratio } from '../../derive/arithmetic';
import { agreesAtPrecision, amountLike, othersListedAfter, FIGURE_MONEY, labelInContext, atCommonPrecision, atWrittenPrecision, BUDGET_SAID, BUDGET_WORD, changesFromTo, CONNECTOR, yearsListedAmounts, labelFigure, labelsListedBefore, labelUnderHeadings, namesClause, correctedAmount, lookupOf, mayStateAmount, MONEY, moneyText, namedAmounts, namedFigure, namesItself, NO_RATE_MARK, NOT_ROUGH, NUMBER, parseMoney, RATE_NUMBER, rateTolerance, scalesOf, sentenceSpans, sentences, sourcesOf, statedFor, statedWithin, textCells, TextMoney, textMoneyOf, quotedLike, withGapsBlanked } from '../shared/textScan';
import type { FromTo, Lookup, NamedAmount, NamedFigure, TextCell } from '../shared/textScan';
import { BUDGET_KIND_WORD, budgetKindOf, budgetStatements, indicatorKeyOf } from '../shared/budgetText';
import { aboutGeneralBudget, classNamedBefore, itemRowBefore, loneItemRow, unlistedItemCodeBefore } from '../shared/subjectText';
import type { ClassNamed } from '../shared/subjectText';
import { budgetDifferencesHeld, classFiguresByScope, threePublicFigure, typedPrior } from '../shared/knownFigures';
import { moneyValues } from '../measure';
import { toFen } from '../../grid/money';
import type { Unit } from '../../grid/money';
import { printedFigure } from '../../supplement/indicators';
import type { CellRef } from '../../grid/address';
import type { RuleContext } from '../rule';
import { occurrences } from '../shared/occurrences';
import { openedOnOtherYear, OPENS_ON_YEAR, otherYearOpening, tablesYear } from '../shared/documentYear';
import { rightAfter } from '../shared/threePublicHeadings';

// The rate's word as departments write it: 增长/上升/提高/上涨/增幅/涨幅, 下降/降低/降幅/减幅, with 了, 为, 达, 率(为) or
// 幅度(为) after it (增长率为10.00%, 下降率为17.37%); 江苏's and 浙江's 增加/减少 before a rate too (…各减少312.94万元，减少17.37%).
// Also 增 and 减 alone (临沧: 较上年增18.67万元，增21.86%; helper-h114: unread, a wrong one passed), not where they end another
// word (新增, 核减, 调减, 递增…), nor 增减 (增减率为5.00%, 增减0.00万元: no direction).
const SINGLE = '(?<![新核调追压削缩递增减])[增减]';
// 增支/减支 and 增收/减收 (福建: 较上年增支204万元，增长23.1%; 蕉城区 2022): an amount's word as 增加/减少 are (helper-h208:
// unread, a wrong amount or rate passed).
const SPENT_MORE_LESS = '增支|减支|增收|减收';
// Between a change's word and its amount: 了, and 支出 (福州长乐区 2017: “三公”经费…支出1360.13万元，比上年减少支出613.80万元，
// 下降36.0%: the change of the amount before it; helper-257: unread, the page's wrong rate (31.10%) passed).
const SPENDING = '了?(?:支出)?';
/** An item's spending named as the item (公务接待费支出): the 费's (currentAmount, lastYearsAmountBefore). */
const SPENDING_OF_FEE = /(?<=费)支出$/;
// 达到 as 达 (福建省 2016 省级“三公”: 比上年减少支出0.88亿元，降幅达到38.7%; helper-257: unread, the page's wrong rate passed).
const RATE_WORD = `(增长|下降|上升|提高|上涨|降低|增幅|降幅|减幅|涨幅|增加|减少|${SINGLE})(?:率|幅度)?(?:了|为|达到|达)?`;
/**
 * The rate as written (one group): a percentage, or a multiple (增长5.96倍: 596%), negative where the text makes it so
 * (增长-25.70%: a fall). statedRate reads it.
 */
// Also with a thousands separator, over 1,000% (广东 2023: 增长1,055.4%: unread, a wrong one passed; helper-h201).
const RATE = `(-?${RATE_NUMBER}(?:%|倍))${NOT_ROUGH}`;
// Between the amount and the rate: a comma, a 、, or a bracket (`减少312.94万元（下降17.37%）`), and 同比 again.
// The amount's word may be a rate's (比上年下降0.02万元，降幅0.40%): read as 减少/增加 (AMOUNT_WORD), unread before (helper-h93).
// The rate may repeat the 均 or 各 of a change of two items at once (财政拨款收入、支出均增加660.56万元，均增长93.98%: the one
// amount and rate are both's; helper-h107, unread, a wrong one passed). Not 分别, whose rates are each item's in turn.
// In 亿元 too (中央本级 2022: …比预算数减少24.76亿元，下降46.7%), its 本年 an amount in 亿 as well: the amount held to the tables at
// the 0.01 亿 written, the rate to the amounts (a 尾差 within their rounding, roundedRateRange). Unread, a wrong amount or
// rate passed (helper-h247).
const CHANGE = new RegExp(`(增加|减少|下降|降低|增长|上升|${SPENT_MORE_LESS}|${SINGLE})${SPENDING}${FIGURE_MONEY}(?:[,，、]|\\()(?:同比)?(?:均|各)?${RATE_WORD}${RATE}`, 'g');
/**
 * The rate after a reason between it and its amount (…增加157.11万元，主要是年中追加人员经费，增长13.02%): the change's, as one
 * right after the amount is (helper-h107: unread, a wrong one passed). Only where the reason is one clause with no word of
 * a change (增, 减, 降, 升, 涨, 提高, 节约, 压缩…): a reason stating a change of its own (主要是经营收入减少292.94万元，下降…)
 * may be followed by that change's rate, not the item's. Its other figures (追加人员经费120.00万元) are no change.
 */
// Nor where the reason ends on an amount of its own (主要是一般行政管理事务支出718.22万元，增长956.21%): the rate may be that
// item's (read as the change's, a correct sentence was a 错误: helper-h111).
const CHANGE_AFTER_REASON = new RegExp(
  `(增加|减少|下降|降低|增长|上升|${SPENT_MORE_LESS})${SPENDING}${FIGURE_MONEY}[,，](?:主要(?:原因)?(?:是|为|系|在于)?[:：]?|原因(?:是|为|系)[:：]?)(?:(?!增|减|降|升|涨|提高|节约|节省|超支|压缩|压减|持平)[^,，;；。%()（）])+(?<!\\d(?:亿元|万元|元|万|亿))[,，](?:同比)?${RATE_WORD}${RATE}`,
  'g',
);
const AMOUNT_WORD: Readonly<Record<string, string>> = { 下降: '减少', 降低: '减少', 增长: '增加', 上升: '增加', 增: '增加', 减: '减少', 增支: '增加', 减支: '减少', 增收: '增加', 减收: '减少' };
/** The rate written first: `增长15.18%（增加4.55万元）`, `下降16.78%，减少300.00万元` (the text is normalised: brackets half-width). */
// In 亿元 too, as CHANGE (helper-h247).
const RATE_FIRST = new RegExp(`${RATE_WORD}${RATE}(?:[,，]|\\()(增加|减少)${SPENDING}${FIGURE_MONEY}\\)?`, 'g');
const RISE = /^(?:增|上升|提高|上涨|涨幅)/;
/**
 * A change stated by one figure, its amount or its rate (`比上年减少312.94万元`, `比上年增长93.98%`); against the budget
 * also 节约/节省 and 超支 (比预算节约0.10万元: 决算 less than the budget by it). The amount's word may be a rate's (比上年下降
 * 0.02万元, 比上年增长660.56万元: read as 减少/增加, AMOUNT_WORD), as a change with its rate is read (helper-h95: unread, a
 * wrong one passed).
 */
// In 亿元 too (中央本级 2022: …合计28.24亿元，比预算数减少24.76亿元): compared at the 0.01 亿 it is written to (atCommonPrecision),
// its 本年 an amount in 亿 as well (currentAmount with FIGURE_MONEY). Unread, a wrong one passed (helper-h242). Not with a rate
// (CHANGE reads that one).
const LONE_AMOUNT = new RegExp(`(增加|减少|下降|降低|增长|上升|节约|节省|超支|${SPENT_MORE_LESS}|${SINGLE})${SPENDING}${FIGURE_MONEY}`, 'g');
/** More amounts after a change's (…减少0.06万元、25.56万元): a list of changes, one each of the names before it. */
const CHANGE_LIST_GOES_ON = /^(?:、|和|及|与)-?\d[\d,]*(?:\.\d+)?(?:万元|亿元|元)/;
const AS_CHANGE: Readonly<Record<string, '增加' | '减少'>> = { 节约: '减少', 节省: '减少', 超支: '增加' };
const LONE_RATE = new RegExp(`${RATE_WORD}${RATE}`, 'g');
// A rate written as none, last year's figure 0 (增长--（基数为0，不可比）: NO_RATE_MARK): right where the 上年数 is 0 (helper-h207).
const NO_RATE_AFTER_AMOUNT = new RegExp(`^(?:[,，、]|\\()(?:同比)?${RATE_WORD}${NO_RATE_MARK}`);
const LONE_NO_RATE = new RegExp(`${RATE_WORD}${NO_RATE_MARK}`, 'g');

/** A rate as its words state it: its direction, its size in 0.01 %, and how far from the one worked out it may be. */
interface StatedRate {
  readonly rises: boolean;
  readonly basis: number;
  readonly tolerance: number;
  /** Written as a multiple (增长5.96倍). */
  readonly multiple: boolean;
}

/**
 * A rate after its word (RATE_WORD, RATE): a negative one turns the word round (增长-25.70% is a fall of 25.70%, as
 * some departments' software prints it), a multiple is the rate ×100 (增长5.96倍: this year is 6.96 times last year's,
 * a rise of 596%), its tolerance half a unit of its last written digit in its own unit (rateTolerance).
 */
function statedRate(word: string, written: string): StatedRate {
  const scale = written.endsWith('倍') ? 100 : 1;
  const number = written.slice(0, -1).replace(/,/g, '');
  const negative = number.startsWith('-');
  const size = negative ? number.slice(1) : number;
  return { rises: RISE.test(word) !== negative, basis: Math.round(Number(size) * 100 * scale), tolerance: rateTolerance(size) * scale, multiple: scale !== 1 };
}

/**
 * Whether a stated rate is one of the rates worked out (0.01 %, within its tolerance); a rise written as a multiple
 * also as this year's over last year's, as many departments write it (增长5.96倍 where this year is 5.96 times last
 * year's; strictly 增长4.96倍): read one way only, a sentence in that common usage drew a 错误. Each reading on its own:
 * one range over both let every multiple between them pass (review47).
 */
function rateAgrees(rate: StatedRate, rates: readonly number[]): boolean {
  if (statedWithin(rate.basis, rates, rate.tolerance)) return true;
  return rate.multiple && rate.rises && statedWithin(rate.basis, rates.map((r) => r + 10_000), rate.tolerance);
}

/**
 * A year's amount stated as a multiple of last year's: `是上年的1.94倍`, `为2021年度的1.94倍`, `是上年决算的10.56倍` (this ÷
 * last; also as a percentage, 为上年的193.98%). Groups: the year (none for 上年), the multiple as written.
 */
const TIMES_PRIOR = new RegExp(`(?:是|为|相当于)(?:上一?年度?|去年|(\\d{4})年度?)(?:同期)?(?:决算数?)?的${RATE}`, 'g');
/** A 增减 statement of either order: the phrase, where it starts, its amount's word and figure, its rate's word and figure. */
interface Change {
  readonly phrase: string;
  readonly index: number;
  readonly a: string;
  /** The amount's word as written (下降 for a 减少), for the messages. */
  readonly said: string;
  readonly amountText: string;
  readonly unit: string;
  readonly b: string;
  readonly rateText: string;
  /** The reason between the amount and the rate (CHANGE_AFTER_REASON), without its opening words. */
  readonly reason?: string;
}

/** The reason of a CHANGE_AFTER_REASON phrase: the clause after 主要是 (原因是…) before the rate's. */
const REASON_OF = /[,，](?:主要(?:原因)?(?:是|为|系|在于)?[:：]?|原因(?:是|为|系)[:：]?)([^,，]+)[,，][^,，]*$/;

function changesIn(sentence: string): Change[] {
  const out: Change[] = [];
  for (const pattern of [CHANGE, CHANGE_AFTER_REASON]) {
    for (const m of sentence.matchAll(pattern)) {
      const reason = pattern === CHANGE_AFTER_REASON ? REASON_OF.exec(m[0])?.[1] : undefined;
      out.push({ phrase: m[0], index: m.index!, a: AMOUNT_WORD[m[1]!] ?? m[1]!, said: m[1]!, amountText: m[2]!, unit: m[3]!, b: m[4]!, rateText: m[5]!, ...(reason === undefined ? {} : { reason }) });
    }
  }
  for (const m of sentence.matchAll(RATE_FIRST)) out.push({ phrase: m[0], index: m.index!, a: m[3]!, said: m[3]!, amountText: m[4]!, unit: m[5]!, b: m[1]!, rateText: m[2]! });
  // Not the last amount of a list in turn with the first rate of the list after it (分别比上年增加0.04万元、减少0.06万元，增长0.84%、
  // 下降23.08%): two items' changes, not one's (read as one, 减少 and 增长 were said to contradict each other).
  const lists = listsInTurn(sentence).filter((l) => l.listed);
  return out.filter((c) => !lists.some((l) => c.index >= l.start && c.index < l.end)).sort((x, y) => x.index - y.index);
}

/**
 * Last year's amount named right before it: 上年 (较上年, 上年度, 去年) or a year compared with (较2021年度的, 比2021年)
 * and a name of at most a dozen characters.
 */
const LAST_YEAR_NAMED = /(?:上一?年度?|去年|(?:与|较|比)\d{4}年度?)[\u4e00-\u9fa5()（）“”"]{0,14}(?:为|是|:|：)?$/;
/**
 * An earlier year named right before an amount, with no 与/较/比 (2021年度为702.89万元, 2021年0.26万元, 2021年度决算403.53万元): that
 * year's amount, not this year's. Read as this year's, a change after it was measured from last year's figure: a
 * false 错误 (review41).
 */
const YEAR_NAMED = /(?<![与较比同\d])(\d{4})年度?(?:(?!增加|减少|增长|下降)[\u4e00-\u9fa5()（）“”"]){0,14}?(?:决算数?)?(?:为|是|:|：)?$/;

function earlierYearNamed(ahead: string, year: number | undefined): boolean {
  const m = year === undefined ? null : YEAR_NAMED.exec(ahead);
  return m !== null && Number(m[1]) < year!;
}

/**
 * 上年 right before an amount, with no 与/较/比 and no name between (上年为1,801.23万元, 上年决算1,801.23万元, 上年同期…,
 * 上年数为…: helper-h95): last year's amount as stated (review43: unread, a wrong one passed). Not 上年结转…, 上年一次性追加… (a part of this
 * year's, a reason's amount: review44), nor a change's amount (比上年减少312.94万元).
 */
const LAST_YEAR_STATED = /(?<![与较比同])(?:上一?年度?|去年)(?:同期)?(?:决算数?|实际|数)?(?:为|是|:|：)?$/;

/**
 * The amount right before a change, where its words give it an earlier year (2021年度为702.89万元，增加…) or 上年 (上年为…):
 * last year's, as stated. One further back is another item's (公务用车…4.79万元，上年4.75万元，公务接待费0.20万元，减少…).
 */
function earlierYearAmount(before: string, year: number | undefined, lastYearOnly = false): TextMoney | undefined {
  const last = [...before.matchAll(new RegExp(MONEY, 'g'))].pop();
  if (!last || !RIGHT_BEFORE_CHANGE.test(before.slice(last.index! + last[0].length))) return undefined;
  const ahead = before.slice(0, last.index);
  const named = lastYearOnly ? year !== undefined && Number(YEAR_NAMED.exec(ahead)?.[1]) === year - 1 : earlierYearNamed(ahead, year);
  const found = named || LAST_YEAR_STATED.test(ahead) ? last : undefined;
  return found && parseMoney(found[1]!, found[2]!);
}

/**
 * Between last year's amount and its change, nothing but a comma or the words of the comparison: a name there makes
 * the change another item's (“三公”经费…，上年为5.01万元，公务接待费减少0.06万元: review47, the 5.01 was held to the
 * 公务接待费's 上年数). Or the bracket it was stated in (…4.99万元（上年为5.01万元），下降0.40%: helper-h95, unread).
 */
const RIGHT_BEFORE_CHANGE = /^\)?[,，]?(?:同比|与上年相比|比上年|较上年)?[,，]?$/;
/**
 * Last year's amount in brackets right after this year's (…4.99万元（上年为5.01万元），…; （2021年5.01万元）): no name of the
 * item, which currentAmount reads before it.
 */
const LAST_YEAR_BRACKET = new RegExp(`\\((?:上一?年度?|去年|\\d{4}年度?)(?:同期)?(?:决算数?|实际|数)?(?:为|是|:)?${MONEY}\\)$`);
/**
 * This year named between 比 and its budget (比2022年度年初预算1,206.34万元增加…, 与2022年度预算相比，减少…: 广西, 安徽): the
 * year's budget still. Unread, the change was held to the 上年数: a false 错误.
 */
// Or last year's (比上年预算…, 较上年的预算数…: helper-h235): a budget no table or 说明数据 holds, the change held only to one its
// words write (比上年预算1,263.45万元增加…: ofThisYear). Not read so, a change with its rate was held to 上年决算 (a false 错误
// quoting it), one without it went unread with its base written.
const BUDGET_YEAR = '(?:\\d{4}年度?|本年度?|(?:上一?年度?|去年)的?)?';
/** The budget named right before its amount (比年初预算1,206.34万元增加…): the base of the change, not this year's amount. */
const BUDGET_WORDS = `(?:与|较|比)${BUDGET_YEAR}${BUDGET_KIND_WORD}?预算(?:数)?(?:的|为)?`;
const BUDGET_NAMED = new RegExp(`${BUDGET_WORDS}$`);
/** A change measured against the budget, with or without its amount (比年初预算1,206.34万元增加…, 较预算数减少…). */
const AGAINST_BUDGET = new RegExp(`${BUDGET_WORDS}(?:${MONEY})?(?:相比)?[,，]?$`);
/** A name of at most thirty characters (no figure, no punctuation but brackets and quotes) right before a change. */
const NAME_BEFORE = '[\\u4e00-\\u9fa5()（）“”"]{1,30}$';
/** A clause saying an amount is level with its budget (，与年初预算持平; ，较预算数基本一致). */
const BUDGET_LEVEL = new RegExp(`[,，](?:与|较|比|同)${BUDGET_YEAR}${BUDGET_KIND_WORD}?预算(?:数)?(?:相比)?(?:基本)?(?:持平|一致|相同|相等|相当)$`);
// The same right after the item's name, 广西's form (公务用车运行维护费支出决算比预算无增减变化，比去年增加1.05万元，增长35.8%): the
// name stays the change's subject. Left on it, the name ended on 无增减变化 and the change went unread (helper-h189, 梧州 2020).
const NAMED_BUDGET_LEVEL = new RegExp(`(?<=[\u4e00-\u9fa5])(?:与|较|比|同)${BUDGET_YEAR}${BUDGET_KIND_WORD}?预算(?:数)?(?:相比)?(?:基本)?(?:持平|一致|相同|相等|相当|无增减变化|无变化|没有变化)$`);
/** A sentence opening on the budget its change is measured against, naming no item (与全年预算30.00万元相比，减少…). */
const OPENS_ON_BUDGET = new RegExp(`^${AGAINST_BUDGET.source}`);
/**
 * A clause opening on the budget, its item named after it (与年初预算相比，财政拨款收入总计增加157.11万元，增长13.02%; 对比年初
 * 预算，…): against the budget as surely, the groups AGAINST_BUDGET's (helper-80: held to the 上年数, a false 错误).
 */
const BUDGET_OPENING = new RegExp(`(?:^|[,，;；:：])(?:与|较|比|对比)${BUDGET_YEAR}${BUDGET_KIND_WORD}?预算(?:数)?(?:的|为)?(?:${MONEY})?(?:相比)?[,，](?:\\d{4}年度?)?${NAME_BEFORE}`);

/**
 * Two items named with their words in common once, 收入 and 支出 with nothing after them (财政拨款收入、支出均增加660.56万元，
 * 均增长93.98%): the change is each one's, read as the first's, named in full (财政拨款收入). Read as it stands, only 支出
 * after the 、 named an amount, and none it could be (财政拨款支出 is narrower): the change went unread and a wrong rate
 * passed (helper-h107). A shared 总计 or 合计 (收、支总计) the labels and their tails name already.
 */
const TWO_ITEMS = /^(.*?)收入?、支出?$/;

/** 收入 and 支出 named bare, as the totals (收支, 收、支, 收入、支出): no 总计, no qualifier. */
const BARE_TOTALS = /^收入?、?支出?$/;

function firstOfTwo(label: string): string {
  const m = TWO_ITEMS.exec(label);
  return m && m[1]!.length > 0 ? `${m[1]}收入` : label;
}

/** The budget words a change is measured against: right before it, or opening its clause before its item. */
function budgetWordsBefore(before: string): RegExpExecArray | null {
  return AGAINST_BUDGET.exec(before) ?? BUDGET_OPENING.exec(before);
}

/**
 * The words that say what a change compares with, as they stand between its item and the change: 与上年相比, 比上年
 * (决算数), 较上年度, 同比, 较2021年度, 比上一年度, 较去年. Taken for the item's name, they left the change unchecked.
 */
const COMPARED_YEAR = '(?:上一?年度?|去年|\\d{4}年度?)';
/**
 * …and last year's amount, where the words name it (与2021年度决算数1,801.23万元相比, 较上年的1,801.23万元), or in brackets (比上年
 * （5.01万元）减少…, 与上年（5.01万元）相比: helper-h95, unread). The 各 or 均 of a change of two items at once may follow
 * (财政拨款收、支总计较上年各增加660.56万元: helper-h107, unread, a wrong one passed); not 分别, whose changes are each
 * item's in turn (listsInTurn). 较…相比 as 与…相比 (青岛市政协 2015: 较2014年相比增加…; helper-h134, unread, a wrong one passed).
 */
// The year may be marked as before the epidemic (广东 2023: 比2019年(疫情前)决算数减少24.87万元，降低28.6%): unstripped, the
// change had no 本年 and its rate went unread, a wrong one passing (helper-h200).
const PRE_EPIDEMIC = '(?:\\(?疫情(?:发生)?前\\)?)?';
// Its 与 may be left out (重庆 开州区大进镇 2024: 收入合计4697.76万元，2023年度相比，减少956.31万元: taken for the item's name, the
// change went unread and a wrong one passed; helper-h239).
// 相较(于) as 较 (湖北 鄂城区 2022: “三公”经费决算数相较于上年增加275.76万元: unread, helper-h275). 相比较 as 相比, and the amount
// named as last year's 决算 after it (内蒙古 文化厅 2015: “三公”经费394.85万元与2014年247.15万元相比较增长147.70万元; 因公出国(境)费
// 186.42万元比2014年23.45万元部门决算支出增加162.97万元: unread, a wrong change passed). Its amount as spent (吉林 和龙 2020: “三公”经费
// 支出431万元，比上年累计支出433万元减少2万元: unread, a wrong 上年 or change passed; helper-h330).
const COMPARED_WITH = new RegExp(
  `(?:(?:与|较)?${COMPARED_YEAR}${PRE_EPIDEMIC}(?:决算数?|数)?(?:为|的)?(?:\\(?${MONEY}\\)?)?相比较?|(?:比|相?较于?)${COMPARED_YEAR}${PRE_EPIDEMIC}(?:同期)?(?:决算数?|数)?(?:的)?(?:(?:累计)?(?:实际)?(?:支出)?(?:为)?\\(?${MONEY}\\)?(?:部门)?(?:决算)?(?:支出)?)?|同比)[,，]?(?:各|均)?$`,
);

/**
 * A clause opening on the comparison, its item named after it (上海 §一: "与2023年度相比，收入支出总计增加234.33万元"): with
 * no rate beside it, the amount was measured against nothing.
 */
// Two items named once with their words in common (与上年相比，收、支总计各减少…; 收入、支出总计均…): the 、 too (helper-h236: unread,
// a wrong one passed).
const COMPARISON_OPENING = new RegExp(`(?:^|[,，;；:：])(?:与${COMPARED_YEAR}(?:决算数?|数)?相比|同比)[,，](?:${NAME_BEFORE.slice(0, -1)}|[\\u4e00-\\u9fa5]{1,6}、[\\u4e00-\\u9fa5()]{1,20}$)`);
/**
 * An item of a 其中 list after a change compared with last year (上海 §七: "…决算数比2023年度增加5.63万元，…，其中：…；公务用车
 * 购置及运行维护费支出决算增加6.53万元"): compared with the same year, as its total is.
 */
const LIST_AFTER_COMPARISON = new RegExp(`(?:比|较|与)${COMPARED_YEAR}[^。]*?(?:增加|减少|增长|下降)[^。]*?其中[:：](?:[^。]*?[;；,，])?${NAME_BEFORE}`);

/**
 * A comparison right before a change naming a year other than last (广东 2023: 比上年决算数减少…；比2019年(疫情前)决算数减少…,
 * 与2019年相比减少…; 比疫情前的2019年减少…, 与2019年疫情前相比: helper-h117): a second reference point no 说明数据 holds. Held
 * to the 上年数, a right one was a false 错误.
 */
// The 与 left out before 相比 too (…，2022年度相比，减少…), as COMPARED_WITH reads it (helper-h239).
// And 相比较, and the amount named as its 部门决算支出, as COMPARED_WITH reads them (与2019年相比较减少3.01万元; 比2019年8.00万元部门
// 决算支出减少…: held to the 上年数, a right text drew a false 错误; review r278).
const OTHER_YEAR_COMPARED = new RegExp(
  `(?:(?:与|相?较于?|比)(?:疫情(?:发生)?前的?)?(\\d{4})年度?(?:\\(?疫情前\\)?)?(?:决算数?)?(?:的)?(?:${MONEY}(?:部门)?(?:决算)?(?:支出)?)?(?:相比较?)?|(?<![与较比\\d])(\\d{4})年度?(?:决算数?)?相比较?)[,，]?$`,
);

// The document's year not known, a year named is not known to be last (比2019年(疫情前)决算数减少…: held to the 上年数, a right
// one was a false 错误 and a wrong one could pass as last year's; helper-h207), as namesLastYear reads it.
function comparedWithOtherYear(before: string, year: number | undefined): boolean {
  return otherYearCompared(before, year) !== undefined;
}

/**
 * A comparison with a year opening the sentence or a clause before the change's (与2016年相比，公务接待费支出增加…): the year the
 * changes after it are from, until another comparison is named (…，比上年减少…). Groups: the year's digits, none for last year's.
 */
// helper-h265: a 2022 document's 与2016年相比，公务接待费(支出)增加… was held to the 说明数据's 上年数 (2021's), a false 错误.
const YEAR_COMPARISON_OPENING = new RegExp(
  `(?:^|[,，;；:：])(?:与|较|同)?(?:疫情(?:发生)?前的?)?(?:(\\d{4})年度?|上一?年度?|去年)(?:\\(?疫情前\\)?)?(?:同期)?(?:决算数?|数)?(?:相比|比较|对比)[,，]`,
  'g',
);
/** Words of a comparison after the opening one: a change after them is measured from what they name, not the opening's year. */
const LATER_COMPARISON = /(?:比|相?较于?|与)(?:疫情(?:发生)?前的?)?(?:上一?年|去年|\d{4}年|年初|预算|调整)|同比/;

/**
 * The year other than last a change after the words is compared with, if any: named right before it (OTHER_YEAR_COMPARED), or
 * opening its clause or one before (YEAR_COMPARISON_OPENING) with no later comparison between (LATER_COMPARISON).
 */
function otherYearCompared(before: string, year: number | undefined): number | undefined {
  const m = OTHER_YEAR_COMPARED.exec(before);
  const opening = m === null ? [...before.matchAll(YEAR_COMPARISON_OPENING)].pop() : undefined;
  const openingYear = opening && !LATER_COMPARISON.test(before.slice(opening.index! + opening[0].length)) ? opening[1] : undefined;
  const named = m !== null ? Number(m[1] ?? m[m.length - 1]) : openingYear === undefined ? undefined : Number(openingYear);
  return named !== undefined && (year === undefined || named !== year - 1) ? named : undefined;
}

/** Last year's amount the words of a comparison name right before a change (与2021年度决算数1,801.23万元相比，减少…). */
function statedPrior(before: string): TextMoney | undefined {
  const m = COMPARED_WITH.exec(before);
  if (!m) return undefined;
  const [number, unit] = m[1] !== undefined ? [m[1], m[2]!] : [m[3], m[4]];
  return number === undefined ? undefined : parseMoney(number, unit!);
}

/**
 * Last year's amount as the words before a change state it: in the comparison (比上年1,801.23万元), else just before it.
 * `lastYearOnly`: an earlier year's named just before only where it is last year (2021年度为598.00万元，比上年减少…; a 2020
 * one is not what 比上年 is from).
 */
function statedPriorBefore(before: string, year: number | undefined, lastYearOnly = false): TextMoney | undefined {
  return statedPrior(before) ?? earlierYearAmount(before, year, lastYearOnly);
}

/**
 * Last year's amount a change is from, as the words before it state it (statedPriorBefore's, last year only), or as a change
 * from it to this year's right before it writes it (人员经费由上年的598.00万元减少至577.84万元，减少20.16万元: FROM_TO), the item's
 * 上年数 not known. Unread, a wrong change passed (helper-h126).
 */
function priorOfChange(before: string, year: number | undefined): TextMoney | undefined {
  const stated = statedPriorBefore(before, year, true);
  if (stated) return stated;
  const fromTo = fromToRightBefore(before, year);
  if (fromTo) return fromTo.prior;
  // Or right after it and this year's listed with 分别 (2021年和2022年人员经费分别为598.00万元、577.84万元，减少…).
  return afterYearsListed(before, year) ? yearsListedAmounts(before, year).slice(-2)[0]!.money : undefined;
}

/** Where a name may start in the words before a change: their start, a label of the tables, or after a joining word. */
function startsWord(words: string, i: number): boolean {
  return i === 0 || lookupOf(words.slice(i)) !== undefined || /[是为的中在及和与、]/.test(words[i - 1]!);
}

/** The 本年 amount a change refers to, and the label that names it. */
interface CurrentRead {
  readonly money: TextMoney;
  readonly label?: string;
  /** The whole of a 其中 list the change may be of, where the amount before it is the list's last. */
  readonly whole?: TextMoney;
  /** The whole's label, where one names it (“三公”经费支出4.99万元，其中：…): its 上年数 the change may be measured from. */
  readonly wholeLabel?: string;
  /** The sentence's words before the amount, where no label names it: a 类 may (classKey). */
  readonly ahead?: string;
  /**
   * An amount of no item whose 上年数 is known: the 三公's total with 会议费 and 培训费 (NamedAmount's withOthers; 陕西's table
   * 07), whose change the 三公's 上年数 does not give (helper-h255: held to it, a right change was a 错误).
   */
  readonly unkeyed?: true;
  /**
   * The figure the sentence reads the label by (namedAmounts' lookup: 一般公共预算和政府性基金预算财政拨款支出 is those funds' where
   * 国有资本经营预算 spends too, namedFundsOf), where it differs from the label's own: an amount right by it is not corrected.
   */
  readonly lookup?: Lookup;
}

/**
 * The budget a figure met, named between it and its change (广东 2023: 决算为62.07万元，完成全年预算84.82万元的73.2%，比上年决算数
 * 增加…): no amount of this year's. Taken for it, the change was measured from the budget, never from the 上年数: a wrong one
 * whose rate fit the budget passed (helper-h201).
 */
const BUDGET_MET = new RegExp(`(?:完成|达到|占)${BUDGET_KIND_WORD}?预算(?:数)?$`);

/**
 * A budget stated as an amount of its own (…决算为4.79万元，预算4.8万元，较预算减少…; 预算数为4.8万元, 年初预算4.8万元): before a
 * change against the budget, the base of the change, not the 决算 it is of. Taken for it, the message quoted the 预算 as the
 * 决算 and a 预算 0.01 above it (helper-h219). Not a fund's name (一般公共预算…: BUDGET_WORD).
 */
const BUDGET_STATED = new RegExp(`${BUDGET_WORD}(?:数|金额)?(?:安排)?(?:为|是|:|：)?$`);

/**
 * The amounts of a sentence's words that may be this year's: not a change itself, nor last year's amount named before the
 * change (较上年收入总计1,801.23万元减少…), nor the budget it is measured against (比年初预算1,206.34万元增加157.11万元), nor,
 * `againstBudget`, a budget stated on its own (BUDGET_STATED).
 */
function amountsOfThisYear(words: string, year: number | undefined, againstBudget = false, money = MONEY): RegExpMatchArray[] {
  return [...words.matchAll(new RegExp(money, 'g'))].filter((m) => {
    const ahead = words.slice(0, m.index);
    return (
      !/(增加|减少)$/.test(ahead) &&
      !LAST_YEAR_NAMED.test(ahead) &&
      !earlierYearNamed(ahead, year) &&
      !BUDGET_NAMED.test(ahead) &&
      !BUDGET_MET.test(ahead) &&
      !(againstBudget && BUDGET_STATED.test(ahead))
    );
  });
}

/**
 * The 本年 amount a change refers to: the label right before it (`收入总计减少…`, `收入总计与上年相比，减少…`)
 * names an amount stated earlier in the paragraph (none: no 本年 is known); after an amount, the nearest amount
 * before that is not itself a change (`支出决算数为223.14万元，比上年决算减少…`).
 */
/** A change stated (比上年减少0.02万元, 同比增长…, 增加…): before last year's clause, this year's, the change after it last year's. */
const CHANGED_BEFORE = /(?:比|较|同比)(?:上一?年|去年)|增加|减少|增长|下降|持平/;

/**
 * Whether the change at the start of `change` is the difference of the last amount stated before `otherIndex` in `said` (this
 * year's) and the last after it (the other year's): 0.02 after 4.99万元 and 5.01万元.
 */
function changeOfThePair(said: string, otherIndex: number, change: string): boolean {
  const lastAmount = (s: string) => [...s.matchAll(new RegExp(MONEY, 'g'))].pop();
  const ours = lastAmount(said.slice(0, otherIndex));
  const theirs = lastAmount(said.slice(otherIndex));
  const stated = new RegExp(`^[^\\d。;；]{0,8}?${MONEY}`).exec(change);
  if (!ours || !theirs || !stated) return false;
  const fen = (m: RegExpMatchArray) => parseMoney(m[1]!, m[2]!).fen;
  return Math.abs(fen(ours) - fen(theirs)) === Math.abs(fen(stated));
}

function currentAmount(
  text: string,
  sentenceStart: number,
  changeIndex: number,
  tableFigure: (label: string) => TextMoney | undefined,
  year?: number,
  amountPattern = MONEY,
  headings?: readonly string[],
): CurrentRead | undefined {
  const before = text.slice(0, changeIndex);
  // `收入、支出总计各减少…`: the 各 (均, 分别) is no part of the name.
  // Nor the budget it is measured against (…1,363.45万元，比年初预算增加…): the budget's words are no name.
  // Nor a clause saying the amount met its budget (…0.20万元，与年初预算持平，比上年减少…: taken for the item's name, the
  // change went unread; helper-80).
  // An item named right before its budget's level (NAMED_BUDGET_LEVEL) in a clause of its own: the item's change.
  const namedLevel = NAMED_BUDGET_LEVEL.test(before.slice(sentenceStart).replace(COMPARED_WITH, '').replace(/[,，]$/, ''));
  const subject = before
    .slice(sentenceStart)
    .replace(COMPARED_WITH, '')
    .replace(AGAINST_BUDGET, '')
    .replace(/[,，]$/, '')
    .replace(LAST_YEAR_BRACKET, '')
    // Nor the bracket the change opens right after this year's amount (…4.99万元（比上年减少0.02万元）: helper-h95, unread).
    .replace(/\($/, '')
    .replace(BUDGET_LEVEL, '')
    .replace(NAMED_BUDGET_LEVEL, '')
    // An item's spending named as the item (福州长乐区 2017: 公务接待费支出增加1.36万元，增长0.62%; 因公出国（境）经费支出减少…):
    // the 费's change. Helper-257: named 公务接待费支出, no label, the change went unread and a wrong one passed.
    .replace(SPENDING_OF_FEE, '');
  // 、 inside a name too (收、支总计各减少…).
  const written = /([\u4e00-\u9fa5()][\u4e00-\u9fa5()、]{1,29})$/.exec(subject.replace(/(?:各|均|分别)$/, ''))?.[1];
  // Not the last of names listed before 分别 (公务用车购置及运行维护费、公务接待费分别较上年增加0.04万元、减少0.06万元): the changes
  // are each one's in turn (helper-h117: the first held to the last's 上年数, a correct sentence was a 错误).
  // Two totals named once (收入、支出总计分别比上年减少…) where more than one change follows: theirs in turn too (checkLabelsInTurn).
  // Names joined by 和, 及 or 与 alone too (公务用车购置及运行维护费和公务接待费分别较上年…; “三公”经费及公务接待费分别…):
  // each a label (labelsListedBefore; helper-h124, the first held to the last's, a 错误).
  const listed = (w: string) => /[^、]{2}、[^、]{2,}$/.test(w) || (labelsListedBefore(subject.replace(/(?:分别|依次)$/, ''), year, headings)?.length ?? 0) > 1;
  if (written && /(?:分别|依次)$/.test(subject) && listed(written) && (!/收入?(?:、|和|与|及)支出?/.test(written) || turnChanges(text.slice(changeIndex)).length > 1)) return undefined;
  // A plain total in a sentence about 财政拨款's is 财政拨款's (四川: 2022年财政拨款收入总计…，其中：…，与2021年相比收入总计减少…):
  // held to the department's, a right change was a 错误 (金口河 2022; helper-h186).
  const label = written && firstOfTwo(written);
  const said = before.slice(sentenceStart);
  // Nor a clause of its own opening on another year (…；2020年度收入总计…，比上年增加…: 2020's change, held to this year's a 错误;
  // helper-h298). Last year's after an amount stated before it is the pair compared (2022年度收入总计1488.29万元，2021年度收入总计
  // 1801.23万元，比上年减少312.94万元; …4.99万元；上年“三公”经费支出5.01万元，比上年减少0.02万元): this year's change, which skipped
  // let a wrong one pass (review r309). Not after this year's change already stated (…4.99万元，比上年减少0.02万元；上年…5.01万元，
  // 比上年减少0.30万元): last year's own.
  const other = otherYearOpening(said, said.length, year);
  const thisYears = other && said.slice(0, other.index);
  // A clause of its own after a ；, opening on last year by its number (…4.99万元；2021年，“三公”经费支出5.01万元，比上年减少0.50万元):
  // that year's statement with its own change against 2020 (held to this year's, a right text was a 错误; helper-h318). Not 上年's
  // (…；上年…，比上年…: 上年 twice is one year, the pair's), nor after a ， (…4.99万元，2021年度…5.01万元，比上年…: one comparison).
  // Unless its change is the two amounts' difference (…4.99万元；2021年度…5.01万元，比上年增加0.02万元): the pair's, a wrong
  // direction this year's (skipped as 2021's, it passed; review r324).
  const ownStatement = !!other && /^[;；]/.test(said.slice(other.index)) && /^\d/.test(other.word) && !changeOfThePair(said, other.index, text.slice(changeIndex));
  const pairedWithThisYears = !!thisYears && year !== undefined && other!.year === year - 1 && !ownStatement && /\d\s*万?元/.test(thisYears) && !CHANGED_BEFORE.test(thisYears);
  if (openedOnOtherYear(said, year) || (other !== undefined && !pairedWithThisYears)) return undefined;
  const inContext = (name: string) => (said.endsWith(name) ? labelInContext(name, said.slice(0, said.length - name.length)) : name);
  if (label && !/元$/.test(label)) {
    // Not an amount of a sentence opening on last year (2021年度收支总计1,801.23万元。2022年度收支总计较上年减少…: last year's;
    // helper-h119, held to it, a correct sentence was a 错误).
    // Nor of one opening on 上年 (上年公务接待费0.26万元。本年…), nor of a clause opening on last year before this year's (2021年度
    // 收支总计均为1801.23万元，2022年度收支总计均较上年减少…; …；2022年度…): helper-h124, held to it, a 错误.
    const ours =
      year === undefined
        ? before
        : before
            .replace(new RegExp(`(?<=^|。)(?:${year - 1}年|上一?年度?(?!结转|结余))[^。]*。`, 'g'), '')
            // Up to this year named by 本年 or 今年 too (2021年“三公”经费支出5.01万元，今年“三公”经费支出比上年减少…: 2021's 5.01
            // was taken for this year's, a right change a 错误; helper-h318).
            .replace(new RegExp(`(?<=^|[。;；,，])${year - 1}年[^。]*?(?=[,，;；](?:${year}年|本年|今年))`, 'g'), '');
    // A bare 收支 (收、支, 收入、支出) after a sentence stating the totals (重庆: 2023年度收入总计11380.18万元，支出总计11380.18万元。
    // 收支较上年决算数增加205.8万元，增长1.84%; 收、支与2023年度相比，减少…): the totals' change, 收入总计's as 支出总计's (helper-h239:
    // named by no table's label, the change went unread and a wrong amount or rate passed).
    if (BARE_TOTALS.test(label)) {
      const stated = statedFor(ours, '收入总计', `(?:决算|${CONNECTOR})`);
      if (stated) return { money: stated, label: '收入总计' };
    }
    // Leading words that are no part of the name go (年度…); a qualifier does not (政府性基金预算财政拨款收入 is
    // not the 财政拨款收入 total).
    for (let i = 0; i < label.length - 1 && namesItself(label.slice(0, i), label.slice(i)); i++) {
      // A word of its own: 项目支出 after 主要原因是, not 支出 inside it (which found 本年支出1,488.29万元 before: the
      // 项目支出's change was measured against the department's total, a false 错误).
      if (!startsWord(label, i)) continue;
      const name = inContext(label.slice(i));
      const stated = statedFor(ours, name, `(?:决算|${CONNECTOR})`);
      if (stated) return { money: stated, label: name };
    }
    // A name with no amount of its own in the paragraph: the nearest amount is another item's (财政拨款收入
    // 4,179.01万元，政府性基金预算财政拨款收入比上年增加…). A name of the tables has its figure there (上海 §七:
    // “三公”经费财政拨款支出决算数比2023年度增加…，其中：因公出国（境）费支出决算减少…); not in a reason, whose
    // items are often of another scope (收入总计…主要原因：一是人员经费减少20.00万元: all funds', not table 06's).
    // After a reason, a list's next item named before its budget's level in a clause of its own (…增加原因主要是…；公务接待费支出
    // 决算比预算无增减变化，比去年增加0.5万元: 梧州 2020, unread; helper-h189) is no reason's item.
    const clause = before.slice(sentenceStart).split(/[;；]/).pop()!;
    if (/原因/.test(before.slice(sentenceStart)) && !(namedLevel && !/原因/.test(clause))) return undefined;
    for (let i = 0; i < label.length - 1 && namesItself(label.slice(0, i), label.slice(i)); i++) {
      const name = inContext(label.slice(i));
      for (const candidate of [name, name.replace(/决算数?$/, ''), name.replace(/支出决算数?$/, '')]) {
        const money = tableFigure(candidate);
        if (money) return { money, label: candidate };
      }
    }
    return undefined;
  }
  // (The rate after 比年初预算1,206.34万元增加157.11万元 is of the budget, which is no amount of this year's.)
  // Against the budget, a budget stated on its own before the change is its base, not this year's (BUDGET_STATED).
  const againstBudget = budgetWordsBefore(before.slice(sentenceStart)) !== null;
  const amounts = amountsOfThisYear(before.slice(sentenceStart), year, againstBudget, amountPattern);
  const last = amounts[amounts.length - 1];
  if (!last) return againstBudget ? namedBeforeBudget(before.slice(sentenceStart), budgetWordsBefore(before.slice(sentenceStart))![1], tableFigure) : undefined;
  // After a 其中 list the change may be the whole's, named before the list (收入总计1,488.29万元，其中：…年初结转和
  // 结余0.00万元，与上年相比减少312.94万元): that one is tried too.
  const list = before.slice(sentenceStart).indexOf('其中');
  const whole = list > 0 ? amounts.filter((m) => m.index! < list).pop() : undefined;
  const money = parseMoney(last[1]!, last[2]!);
  // The amount's own label (收入总计1,488.29万元，比上年…; the list's last, 其中：公务接待费0.20万元，比上年…): whose 上年数
  // the change is measured against. Unlabelled after a list, the change after it went unread (helper-h100: 比上年减少0.60万元
  // after 公务接待费0.20万元 passed).
  // This year's of two years' listed with 分别 (2021年和2022年收入总计分别为…、1,488.29万元，减少…) or after a sum over years
  // (…累计支出10.00万元，其中2022年度4.99万元，比上年…) is its label's too: unlabelled, the change went unread (helper-h126).
  const labels = [...namedAmounts(before.slice(sentenceStart), undefined, amountPattern, headings), ...namedAmounts(before.slice(sentenceStart), year, amountPattern, headings).filter((n) => n.year === year)];
  const labelEnding = (m: RegExpMatchArray) => labels.find((n) => n.end === m.index! + m[0].length)?.label;
  const ownLabel = labelEnding(last);
  const ownLookup = labels.find((n) => n.end === last.index! + last[0].length)?.lookup;
  // Not a change of each of a list's items in turn (…公务接待费0.20万元，分别比上年增加0万元、…、减少0.06万元), with or without
  // 其中: the first is the first item's, not the last's, and which item each is the text leaves to its order. Held to the
  // last's 上年数 (and its rate to the last's amount), each right one was a 错误 (helper-h104). One amount of two items
  // (收入总计和支出总计均为…，均比上年减少…) is both's.
  const between = before.slice(sentenceStart + last.index! + last[0].length);
  if (amounts.length > 1 && /分别|各|均|依次|、/.test(between)) return undefined;
  // Of the year a sum over years' 其中 names (…累计支出10.00万元，其中2022年度4.99万元，比上年…): the sum is no whole of it.
  const ofYear = labels.some((n) => n.year === year && n.end === last.index! + last[0].length);
  if (whole && whole !== last && !ofYear) {
    // Unlabelled, a 类 may name it (…支出1,363.45万元，其中：一般公共服务支出（类）1,225.73万元，比上年…: helper-h102).
    const ahead = ownLabel !== undefined ? undefined : before.slice(sentenceStart, sentenceStart + last.index!);
    return { money, label: ownLabel, whole: parseMoney(whole[1]!, whole[2]!), wholeLabel: labelEnding(whole), ...(ahead === undefined ? {} : { ahead }) };
  }
  // A total's two sides listed, with nothing compared between them, before one change with no 分别 or 各 (收入总计1,488.29万元，
  // 支出总计1,480.00万元，比上年减少…): the writer may compare the 收支总计 together, the nearest's or the first's. Read as after a
  // 其中 list (`whole`): one that fits either holds, where either's 上年数 is not known neither is which (helper-h274: held to
  // the nearest alone, a right change of the first was a 错误). Only the two sides of one total (sidesOfOneTotal): after two
  // totals of other scopes (收入总计…，财政拨款收入总计…，比上年减少312.94万元; “三公”经费支出…，公务接待费支出…) the change is
  // the nearest's, and one fitting the other passed (review r281: a hidden figure). Against a budget, as before.
  const first = amounts[0]!;
  const firstLabel = first === last ? undefined : labelEnding(first);
  if (!whole && !againstBudget && ownLabel !== undefined && firstLabel !== undefined && sidesOfOneTotal(firstLabel, ownLabel) && !COMPARED_BETWEEN.test(before.slice(sentenceStart + first.index! + first[0].length, sentenceStart + last.index!))) {
    return { money, label: ownLabel, whole: parseMoney(first[1]!, first[2]!), wholeLabel: firstLabel };
  }
  // The 三公's total whose 其中 lists 会议费 or 培训费 (陕西's table 07: “三公”经费支出8.59万元，比上年增加0.50万元，其中：…会议费1.20
  // 万元…), not the 三公's own figure: the five's, whose 上年数 is not known (the 说明数据's is the three's).
  if (ownLabel !== undefined && indicatorKeyOf(ownLabel) === '三公经费合计' && othersListedAfter(text.slice(sentenceStart + last.index! + last[0].length))) {
    const own = tableFigure(ownLabel);
    if (!own || !agreesAtPrecision(money, own.fen, own.unit)) return { money, unkeyed: true };
  }
  return ownLabel ? { money, label: ownLabel, ...(ownLookup ? { lookup: ownLookup } : {}) } : { money, ahead: before.slice(sentenceStart, sentenceStart + last.index!) };
}

/** Whether two labels name the 收入 and the 支出 side of one total (收入总计, 支出总计; 本年收入合计, 本年支出合计). */
function sidesOfOneTotal(a: string, b: string): boolean {
  const [ka, kb] = [indicatorKeyOf(a), indicatorKeyOf(b)];
  return ka !== undefined && kb !== undefined && ka !== kb && ka.replace('支出', '收入') === kb.replace('支出', '收入');
}

/** Words between two amounts that compare or change the first (…1,488.29万元，比上年减少…，支出总计…), or end its clause. */
const COMPARED_BETWEEN = /[;；。]|[增减降升]|比|较|同比|持平|上一?年|去年|预算|%|其中/;

/** 各, 均 or 分别 right before one change after two amounts, the comparison before or after it (，各减少…; ，分别比上年减少…; ，比上年各…). */
const EACH_BEFORE = new RegExp(`^[,，](?:(?:与|较|比)${COMPARED_YEAR}(?:决算数?)?(?:相比)?[,，]?)?(?:各|均|分别)(?:(?:比|较)${COMPARED_YEAR}(?:决算数?)?)?$`);

/** A change's amount (LONE_AMOUNT), anywhere. */
const ANOTHER_CHANGE = new RegExp(LONE_AMOUNT.source);

/**
 * One change after two amounts each named by a label, listed with nothing compared between them, with 各, 均 or 分别 (收入总计
 * 1,488.29万元，支出总计1,488.29万元，各减少312.94万元; …，分别比上年减少…): each one's, held to each one's 上年数, the first that
 * misses reported. `words`: the sentence before the change, `after` the sentence after it. Unread (currentAmount leaves it to the words), a wrong one passed
 * (helper-h274).
 */
function checkEachOfTwo(ctx: Ctx, cell: CellRef, words: string, after: string, phrase: string, word: string, change: TextMoney, year: number | undefined, headings: Headings): void {
  const amounts = amountsOfThisYear(words, year);
  // Not the first of changes in turn (分别比上年增加0.04万元、减少0.06万元; …，增长0.84%；减少0.06万元): each one's (checkChangesInTurn).
  if (amounts.length !== 2 || ANOTHER_CHANGE.test(after)) return;
  const [first, second] = amounts as [RegExpMatchArray, RegExpMatchArray];
  if (!EACH_BEFORE.test(words.slice(second.index! + second[0].length)) || COMPARED_BETWEEN.test(words.slice(first.index! + first[0].length, second.index!))) return;
  const labels = namedAmounts(words);
  const items = [first, second].map((m) => ({ money: parseMoney(m[1]!, m[2]!), label: labels.find((n) => n.end === m.index! + m[0].length)?.label }));
  if (items.some((i) => i.label === undefined)) return;
  for (const item of items) {
    const key = indicatorKeyOf(item.label!);
    const prior = priorOf(ctx, cell, key);
    const current = correctedCurrent(ctx, item, headings);
    if (!prior || !changeMisses(word, change, current, prior.fen)) continue;
    checkAgainstPrior(ctx, cell, phrase, word, change, current, key);
    return;
  }
}

/**
 * The item a sentence opens on, its 预算 stated and no 决算 before a change against it (公务用车购置及运行维护费预算4.8万元，较预算
 * 减少0.01万元，下降--): the item's figure in the tables, as a name right before a change has (helper-h219: unread, a wrong
 * rate or one written as none passed). Only the sentence's first amount being that 预算. Not where that 预算 is another one than
 * the change's (公务用车购置及运行维护费调整预算4.8万元，较年初预算减少0.2万元): the change is the 预算's own adjustment, no 决算's
 * (helper-h229: held to the 决算, a right text was a 错误).
 */
function namedBeforeBudget(words: string, against: string | undefined, tableFigure: (label: string) => TextMoney | undefined): CurrentRead | undefined {
  const first = new RegExp(MONEY).exec(words);
  if (!first) return undefined;
  const kindAndName = words.slice(0, first.index).replace(BUDGET_STATED, '');
  const stated = new RegExp(`${BUDGET_KIND_WORD}$`).exec(kindAndName)?.[1];
  if (stated && against && budgetKindOf(stated) !== budgetKindOf(against)) return undefined;
  const name = kindAndName.replace(new RegExp(`${BUDGET_KIND_WORD}$`), '');
  if (!/^[\u4e00-\u9fa5()“”"]{2,30}$/.test(name) || !BUDGET_STATED.test(words.slice(0, first.index))) return undefined;
  for (const candidate of [name, name.replace(/支出$/, '')]) {
    const money = tableFigure(candidate);
    if (money) return { money, label: candidate };
  }
  return undefined;
}

/**
 * The item of a sentence that opens on the budget its change is measured against and names none (“三公”经费财政拨款支出
 * 20.51万元，其中：公务接待费2.15万元。与全年预算30.00万元相比，减少9.49万元): an amount the sentence before names. One
 * the change (and its rate) fits exactly is right, which one the text means not being known; where none fits, one whose 预算 is
 * not known that the change and its rate agree with, and with none whose 预算 is known (agrees); else that sentence's subject,
 * its first amount in its first clause. After a sentence opening on other words (“三公”经费决算中，
 * 公务接待费0.20万元，…，合计4.99万元) no amount is surely its subject: not read (review77: a part taken for it, a false
 * 错误). None after a sentence about a budget, whose amounts may be budgets. Unread, the change was measured against
 * nothing (helper-73's probe 8).
 */
function subjectBefore(
  text: string,
  sentenceStart: number,
  before: string,
  year: number | undefined,
  fits: (read: { money: TextMoney; label: string }) => boolean,
  agrees?: { readonly rate: (read: { money: TextMoney; label: string }) => boolean; readonly budgetKnown: (read: { money: TextMoney; label: string }) => boolean },
): { money: TextMoney; label: string } | undefined {
  if (!OPENS_ON_BUDGET.test(before)) return undefined;
  const earlier = sentences(text.slice(0, sentenceStart));
  let previous = earlier.pop();
  // Past a sentence of reasons stating no amount (重庆: …收入237.52万元，较上年决算数增加237.52万元，增长100%。主要原因是新增单位，
  // 无上年数据。较年初预算数减少15.22万元，下降6%): it names no subject, the one before it does (helper-h239: unread, a wrong
  // rate passed).
  while (previous !== undefined && REASON_ONLY.test(previous) && !new RegExp(MONEY).test(previous)) previous = earlier.pop();
  if (previous === undefined || BUDGET_SAID.test(previous)) return undefined;
  // Read without the section's headings: the amount is the text's own, its label the same under any, and one they leave unread
  // (项目支出145.60万元 under §八 政府性基金…) is still the subject whose change and rate its words state (read under them, a wrong
  // rate passed). Its key, its 预算 and 上年数, are the headings' (fitsBudget, itemKey: keyOf).
  const named = namedAmounts(previous, year);
  const fitting = named.find((n) => fits(n));
  if (fitting) return fitting;
  // Or, where no budget tells, the one the change and its rate agree with, the others' 预算 not known (财政拨款支出4174.61万元，其中：
  // 财政拨款基本支出3109.01万元。较年初预算减少90.99万元，下降2.84%: all funds' 基本支出 has no 指标; held to the first, 4,174.61,
  // under §八 or no heading a right text was a 错误, where under §六 一般公共预算's 预算 fitted it). Not one whose 预算 is known,
  // nor where the rate agrees with such one too, telling none apart (减少0.00万元，下降0.00%, any amount's: read as the part, a
  // wrong change of the whole passed; review r305): the first, as before.
  const agreeing = agrees ? named.filter((n) => agrees.rate(n)) : [];
  if (agreeing.length > 0 && !agreeing.some((n) => agrees!.budgetKnown(n))) return agreeing[0];
  const first = named[0];
  return first && !/[,，;；:：]/.test(previous.slice(0, first.index).replace(/^\d{4}年度?[,，]?/, '')) ? first : undefined;
}

/** A sentence of reasons alone (主要原因是…。, 原因：…。). */
const REASON_ONLY = /^(?:主要)?原因/;

/** A sentence opening on the comparison and naming nothing before its change (较上年减0.04万元，减幅0.02%). */
// Or on a year (福建省 2016 省级“三公”: 因公出国（境）费0.61亿元。比2015年减少48.45万元，下降0.8%; helper-h266: unread, a wrong
// change or rate passed); another year than last is told by otherYearCompared.
const OPENS_ON_COMPARISON = new RegExp(`^(?:与${COMPARED_YEAR}相比[,，]?|(?:比|较)${COMPARED_YEAR}|同比)$`);

/**
 * The amount a change opening its sentence on the comparison is of: the sentence before's, where it states one alone
 * (临沧: 2018年基本支出预算为200.00万元。较上年减0.04万元，减幅0.02%; helper-h114: unread, a wrong rate passed). Only
 * the rate is held to it: which item's 上年数 it is (a budget's, a 决算's) its words may not say; where a label names the
 * amount, that item's (its change held to its 上年数 too).
 */
function totalBefore(
  text: string,
  sentenceStart: number,
  before: string,
  year: number | undefined,
  tableFigure: (label: string) => TextMoney | undefined,
  headings: Headings,
): { money: TextMoney; label?: string } | undefined {
  if (!OPENS_ON_COMPARISON.test(before)) return undefined;
  // Nor after a sentence stating a change of its own (…增加…。较上年…): its amounts may be of either year.
  const previous = sentences(text.slice(0, sentenceStart)).pop();
  // Nor after one of a 决算's year-start or whole-year budget (财政拨款收入年初预算1206.34万元。较上年增加660.56万元，增长93.98%: the
  // change may be the 决算's; helper-h117: held to the budget, a correct sentence was a 错误).
  const amounts = previous === undefined || /[增减降升]|持平|(?:年初|全年|调整后?)预算/.test(previous) ? [] : amountsOfThisYear(previous, year, false, FIGURE_MONEY);
  if (amounts.length !== 1) return undefined;
  const m = amounts[0]!;
  // The amount named by a label (其中，因公出国（境）费0.61亿元。比2015年减少…): the change is the item's, held to its 上年数 too
  // (helper-h266).
  const label = namedAmounts(previous!, year, FIGURE_MONEY, headings).find((n) => n.end === m.index! + m[0].length)?.label;
  const money = parseMoney(m[1]!, m[2]!);
  if (money.writtenUnit === undefined || !money.writtenUnit.startsWith('亿')) return { money, ...(label === undefined ? {} : { label }) };
  // In 亿元, only as the label's figure of the tables (a rate worked out from 0.01 亿 is far off one from the 万元 the change
  // is written in: MONEY).
  const figure = label === undefined ? undefined : tableFigure(label);
  return figure && agreesAtPrecision(money, figure.fen, figure.unit) ? { money: figure, label: label! } : undefined;
}

/**
 * The 增减率 that 本年 `current` and the change make, in 0.01 %, on each scale it may be worked out on (scalesOf):
 * 100 % (10,000) where either year is 0.
 */
function expectedRates(change: TextMoney, current: TextMoney, rises: boolean): number[] {
  return scalesOf(change, current).flatMap(([c, x]) => {
    const prior = rises ? x! - c! : x! + c!;
    const worked = prior === 0 || x === 0 ? 10_000 : ratio(c!, Math.abs(prior));
    return worked === undefined ? [] : [worked];
  });
}

/** Half a 分 of the unit an amount is written in (0.005 万元; 0.005 亿元), or of its last digit where it writes more decimals. */
function halfOfWritten(money: TextMoney): number {
  return parseMoney('1', money.writtenUnit ?? money.unit).fen / 2 / 10 ** Math.max(2, decimalsOf(money));
}

/**
 * The range of 增减率 (0.01 %) the amounts may be rounded from make: this year's and the change each within half a 分 of
 * the unit (0.005 万元, 0.005 元; a number written with fewer decimals is no less exact: 4.5万元 is 4.50), last year's their
 * difference. A rate worked out on the amounts before rounding (元, where the text shows 万元) lies within it; over a small 上年
 * the range is wide (广东省财政厅 2023: 公务接待费 22.59万元, 比上年决算数增加20.63万元，增长1,055.4%: 上年 1.96万元 may be
 * 1.95–1.97, the rate 1,047%–1,058%; held to 1,052.55% alone, a right rate was a 错误; helper-h200). Undefined where the two
 * are written in different units, or last year's may be 0 or less.
 */
function roundedRateRange(change: TextMoney, current: TextMoney, rises: boolean): readonly [number, number] | undefined {
  if (change.unit !== current.unit || (change.writtenUnit ?? change.unit) !== (current.writtenUnit ?? current.unit)) return undefined;
  const rates: number[] = [];
  for (const p of [-1, 1])
    for (const q of [-1, 1]) {
      const c = change.fen + p * halfOfWritten(change);
      // An amount written 0.00 (or more) was never below 0: a fall from it is of 100% at most (其他统战事务支出(项)：…0.00万元，比上年
      // 决算减少0.20万元，下降101%: read as a 尾差 of a −0.005 本年, a rate right for no figures passed; review r325).
      const x = current.fen >= 0 ? Math.max(0, current.fen + q * halfOfWritten(current)) : current.fen + q * halfOfWritten(current);
      const prior = rises ? x - c : x + c;
      if (prior <= 0 || c < 0) return undefined;
      rates.push((c / prior) * 10_000);
    }
  return [Math.min(...rates), Math.max(...rates)];
}

/**
 * The 说明数据 指标 of the item a change speaks of: the label of its 本年 amount (收入总计), or the 项 named before it
 * (上海 and 新疆 §五（三）: "…(项)：支出决算数为…，比上年决算减少…").
 */
function itemKey(ctx: RuleContext, text: string, index: number, label: string | undefined, headings: Headings, read?: CurrentRead): string | undefined {
  if (read?.unkeyed) return undefined;
  if (label) {
    // The sentence before the label's own, whose whole a sentence opening on 其中 lists the parts of (labelUnderHeadings).
    const sentence = labelsSentence(text, index, label);
    const own = sentence === text.slice(text.lastIndexOf('。', index - 1) + 1, index);
    return (read && labelledClassKey(ctx, text, index, label, read.money)) ?? keyOf(label, headings, sentence, own ? sentenceBefore(text, index) : undefined);
  }
  // A 类 named right before the amount: its code where its 上年数 is surely the one meant, else none (an earlier 项's
  // would be another item's).
  const cls = read?.ahead === undefined ? undefined : classNamedBefore(read.ahead);
  if (cls) return classKeyOf(ctx.recognition, cls, read!.ahead!, read!.money, sentenceBefore(text, index));
  const t5 = ctx.recognition.tables.generalBudgetExpenditure;
  return itemRowBefore(t5, text, index)?.code ?? unlistedItemCodeBefore(t5, text, index);
}

/**
 * A 类 a change names by its label, its amount stated before it in the paragraph (一般公共服务支出（类）1,225.73万元。…一般公共服务
 * 支出（类）比上年减少…, 与2021年度相比，一般公共服务支出（类）减少…): its code where it is table 05's (classKeyOf, its scope the
 * words before the label in the change's sentence), as a 类 named right before its own amount is. Unread, a wrong change
 * passed (helper-h104). Undefined where the label names no 类.
 */
function labelledClassKey(ctx: RuleContext, text: string, index: number, label: string, money: TextMoney): string | undefined {
  const sentenceStart = text.lastIndexOf('。', index - 1) + 1;
  const prefix = text.slice(sentenceStart, index);
  const at = prefix.lastIndexOf(label);
  if (at < 0) return undefined;
  const words = prefix.slice(0, at + label.length);
  const cls = classNamedBefore(words);
  return cls ? classKeyOf(ctx.recognition, cls, words, money, sentenceBefore(text, sentenceStart)) : undefined;
}

/**
 * Whether a 类 the text names with its amount (classNamedBefore) is table 05's (一般公共预算), the one whose 上年数 the
 * 说明数据 keeps by its code and table 05 may print: its amount is table 05's figure, and either the sentence (or, naming
 * no scope, the one before it: `earlier`) says 一般公共预算 before it, or, with no words of another scope (本年支出…,
 * 政府性基金…), the 类 is marked (类) as §五（二） marks it (text-figures holds it to table 05 alone) or no other
 * table's figure of it (classFiguresByScope: tables 01, 03, 04's other columns, 08, 09) is that amount. Its 上年 figure
 * in another scope (all sources, 财政拨款) no table or 说明数据 gives: held to table 05's, a right change of table 03's 类
 * would be a 错误 (helper-h102).
 */
function ofGeneralBudgetClass(rec: Recognition, cls: ClassNamed, ahead: string, money: TextMoney, earlier: string): boolean {
  const figures = classFiguresByScope(rec, cls.code);
  const is = (f: NamedFigure | undefined) => {
    const at = f && atWrittenPrecision(money, f.fen, f.unit);
    return at !== undefined && at.stated === at.table;
  };
  if (!is(figures.generalBudget[0])) return false;
  const words = ahead.slice(0, cls.index);
  if (aboutGeneralBudget(words)) return true;
  if (OTHER_SCOPE.test(words)) return false;
  // Words of no scope: the sentence before may name it (财政拨款支出1,363.45万元。其中，一般公共服务支出（类）…: §四's; helper-h104,
  // held to table 05's 上年数, a right change was a 错误), or say 一般公共预算 (§五: …支出1,363.45万元，比上年增加…。其中：一般
  // 公共服务支出…: unread, a wrong one passed).
  if (!words.includes('一般公共预算')) {
    if (aboutGeneralBudget(earlier)) return true;
    if (OTHER_SCOPE.test(earlier)) return false;
  }
  if (cls.marked) return true;
  return !figures.otherScopes.some(is);
}

/**
 * The 说明数据 指标 of a 类 the words before its amount name: its code where it is table 05's (ofGeneralBudgetClass, `earlier`
 * the sentence before in the paragraph).
 */
function classKeyOf(rec: Recognition, cls: ClassNamed, ahead: string, money: TextMoney, earlier: string): string | undefined {
  return ofGeneralBudgetClass(rec, cls, ahead, money, earlier) ? cls.code : undefined;
}

/**
 * The words of the sentence stating `label` for a change at `index`: its own up to the change, or the sentence before, where an
 * amount stated there is the change's (subjectBefore, totalBefore): the funds they name are the label's (keyOf).
 */
function labelsSentence(text: string, index: number, label: string): string {
  const own = text.slice(text.lastIndexOf('。', index - 1) + 1, index);
  return own.includes(label) ? own : sentenceBefore(text, index);
}

/** The sentence of a paragraph before the one a position of it is in ('' where none is). */
function sentenceBefore(text: string, index: number): string {
  return sentences(text.slice(0, text.lastIndexOf('。', index - 1) + 1)).pop() ?? '';
}

/**
 * Words of a whole of another scope than 一般公共预算 (all sources, all 财政拨款, a fund's) before a 类: §三's 支出决算, 总支出
 * and 支出总额 are all sources' as 本年支出 is (helper-h104: held to table 05's 上年数, a right change was a 错误).
 */
const OTHER_SCOPE = /本年支出|支出合计|支出总计|支出总额|总支出|支出决算|收入|政府性基金|国有资本经营|非财政拨款|(?<!一般公共预算)财政拨款支出/;

/**
 * Whether the amount before a change names its item, by a label or as a 类 (classNamedBefore): after a 其中 list the
 * change is then that item's or the whole's; unnamed, it is read as before (the 项 the text names last).
 */
function itemNamed(read: CurrentRead): boolean {
  return read.label !== undefined || (read.ahead !== undefined && classNamedBefore(read.ahead) !== undefined);
}

/** The whole of a 其中 list a change after its last item may be of: its amount, and its key where labelled. */
interface WholeRead {
  readonly money: TextMoney;
  readonly key: string | undefined;
}

function wholeOf(read: CurrentRead): WholeRead | undefined {
  return read.whole && { money: read.whole, key: read.wholeLabel === undefined ? undefined : indicatorKeyOf(read.wholeLabel) };
}

type Ctx = RuleContext<'words' | 'rate' | 'rateRounding' | 'budgetRate' | 'budget' | 'prior' | 'priorAmount' | 'priorOrCurrent' | 'priorChange' | 'multiple' | 'noRate' | 'noRateStated' | 'noBudgetRate' | 'noBudgetRateStated'>;

/**
 * `headings` below: those of the text cell a check reads (TextCell.headings), passed down from check() as the other text rules
 * pass them to namedAmounts: whose money a label naming no fund is (lookupUnderHeadings: 财政拨款项目支出, a bare 项目支出 under §五
 * 一般公共预算财政拨款支出决算情况说明 are table 05's).
 */
type Headings = readonly string[] | undefined;

/**
 * The 说明数据 指标 a label names under `headings` (labelUnderHeadings): 财政拨款基本支出 under §六 一般公共预算财政拨款基本支出决算情况说明
 * is 一般公共预算财政拨款基本支出, whose 上年数 and 预算 its change is held to (keyed to none, a wrong one passed). Not in a `sentence`
 * naming another fund, whose label is that fund's with 一般公共预算's (labelUnderHeadings).
 */
function keyOf(label: string, headings: Headings, sentence?: string, previous?: string): string | undefined {
  return indicatorKeyOf(labelUnderHeadings(label, headings, sentence, previous));
}

/** Last year's amount of an item, in 分, with how a message names the item, where it comes from, and its cells. */
interface Prior {
  readonly fen: number;
  readonly item: string;
  /** 说明数据 and 上年数, or the table (《…》) and the column (上年决算数) printing it. */
  readonly where: string;
  readonly what: string;
  readonly cells: CellRef[];
}

/**
 * The 上年数 of the item a change speaks of: the 说明数据's, else what a table prints for it (table 05's 上年决算数
 * column, table 07's 上年决算数 row: supplement/indicators.ts printedFigure), which the generated text states the change
 * from. Unread, a typed 比上年 there was held to nothing and a wrong one passed.
 */
function priorOf(ctx: Ctx, cell: CellRef, key: string | undefined): Prior | undefined {
  if (!key) return undefined;
  // A subject's code (a 项's 2010301, a 款's 22999) is named as one; a total by its key (收入总计).
  const item = /^\d{3,7}$/.test(key) ? `科目${key}` : key;
  const typed = typedPrior(ctx, key);
  const printed = printedFigure(ctx.recognition, key, '上年数');
  const printedFen = !printed || printed.figure.fen === null || printed.figure.invalid ? undefined : printed.figure.fen;
  // A 类's two 上年 figures (the 说明数据's and table 05's column) that disagree leave which is right unknown: none is
  // held to (supplement-printed-figures names the two). A 项's is the 说明数据's, as the text is written from it.
  if (typed && printedFen !== undefined && /^\d{3}$/.test(key) && Math.abs(typed.fen - printedFen) > 100) return undefined;
  // A table's own 上年 figure of the car items' sum before the parts' added (typedPrior).
  if (typed && !(typed.ofParts && printedFen !== undefined)) return { fen: typed.fen, item, where: '说明数据', what: typed.ofParts ? '购置费与运行维护费上年数之和' : '上年数', cells: [cell, ...typed.cells] };
  if (!printed || printedFen === undefined) return undefined;
  return { fen: printedFen, item, where: `《${shownTitle(printed.table)}》`, what: '上年决算数', cells: [cell, printed.figure.cell] };
}

/**
 * A stated 增减额 against 本年 − `base`, in the direction the words say: undefined where it holds (within a unit of its
 * last place), else what it should be and the values, for the message.
 */
function changeMisses(word: string, change: TextMoney, current: TextMoney, base: number): { expected: string; values: ReturnType<typeof moneyValues> } | undefined {
  const expected = current.fen - base;
  const stated = word === '增加' ? change.fen : -change.fen;
  const at = atCommonPrecision({ ...change, fen: stated }, expected, '万元');
  if (Math.abs(at.stated - at.table) <= 1) return undefined;
  return {
    expected: `${expected < 0 ? '减少' : '增加'}${amountLike(Math.abs(expected), change)}`,
    values: moneyValues([stated, expected], (at.stated - at.table) * at.step, change.unit),
  };
}

/**
 * The 增减额 against the item's 上年数 (priorOf): 本年 − 上年, in the direction the words say. The rate follows
 * from the amount (checked below), so a wrong amount with its own rate was published unflagged. `quoted`: the amount the text
 * writes where `current` is the tables' figure it rounds (6.3亿元 of 63,000.00 万元): both figures quoted in its unit, at two
 * decimals (本年 6.30亿元，上年数 6.00亿元，应为增加0.30亿元; 9.47亿元 for 9.5, whose difference is the one the message wants).
 * Quoted in 万元, the message said 本年 63,000.00万元 … 应为增加0.30亿元: two units for one item.
 */
function checkAgainstPrior(
  ctx: Ctx,
  cell: CellRef,
  phrase: string,
  word: string,
  change: TextMoney,
  current: TextMoney,
  key: string | undefined,
  whole?: WholeRead,
  quoted: TextMoney = current,
): void {
  const prior = priorOf(ctx, cell, key);
  const missed = prior && changeMisses(word, change, current, prior.fen);
  if (!prior || !missed) return;
  // After a 其中 list the change may be the whole's (…4.99万元，其中：…公务接待费0.20万元，比上年减少0.02万元): one that fits
  // the whole's 上年数 holds; where that is not known, which one the text means is not known either.
  if (whole) {
    const wholePrior = priorOf(ctx, cell, whole.key);
    if (!wholePrior || !changeMisses(word, change, whole.money, wholePrior.fen)) return;
  }
  ctx.report({
    messageId: 'prior',
    data: { phrase, item: prior.item, where: prior.where, what: prior.what, current: quoted === current ? moneyText(current) : quotedLike(current.fen, quoted), prior: quotedLike(prior.fen, quoted), expected: missed.expected },
    cells: prior.cells,
    key: `${phrase}上年`,
    ...missed.values,
    ...sourcesOf(current),
  });
}

/**
 * The budget a change is measured against: as the words state it (比年初预算1,206.34万元增加…), else the 说明数据's of the
 * item (年初预算数 for 年初, 全年预算数 for 全年 or 调整, either for a bare 预算), else undefined. `knownFirst`: the
 * item's own before the words' (an item from the sentence before, whose stated 预算 nothing else holds to its tables).
 */
function budgetOf(ctx: Ctx, cell: CellRef, words: RegExpExecArray, key: string | undefined, knownFirst = false): { fen: number; name: string; cells: CellRef[] } | undefined {
  const stated = words[2] === undefined ? undefined : { fen: parseMoney(words[2], words[3]!).fen, name: '文中所写', cells: [cell] };
  // Another year's 预算 (较2021年预算减少…, in a 2022 document): the item's known 预算 is this year's, no base of the change.
  if (!ofThisYear(words[0], tablesYear(ctx))) return stated;
  return knownFirst ? (knownBudgetOf(ctx, cell, words, key) ?? stated) : (stated ?? knownBudgetOf(ctx, cell, words, key));
}

/**
 * Whether the budget words name this year's 预算: no year (比年初预算…), 本年, or the document's (比2022年度年初预算…). Another
 * year's (较2021年预算减少…, in a 2022 document: helper-h232, held to this year's 预算, a right text was a 错误 quoting it), last
 * year's (比上年预算…: helper-h235), or any year where the document's is not known, is not.
 */
function ofThisYear(words: string, year: number | undefined): boolean {
  if (/^[,，;；:：]?(?:与|较|比|对比)(?:上一?年|去年)/.test(words)) return false;
  const named = /^[,，;；:：]?(?:与|较|比|对比)(\d{4})年/.exec(words)?.[1];
  return named === undefined || (year !== undefined && Number(named) === year);
}

/** The item's own budget of the kind the words name: table 07's for a 三公 item, else the 说明数据's. */
function knownBudgetOf(ctx: Ctx, cell: CellRef, words: RegExpExecArray, key: string | undefined): { fen: number; name: string; cells: CellRef[] } | undefined {
  const kind = budgetKindOf(words[1]);
  // A 三公 item's is table 07's, as a 预算 the text states is held to (text-budget-figures): the 说明数据 has no 三公 预算,
  // and 比预算节约0.10万元 went unchecked.
  const ownTable = key === undefined ? undefined : threePublicFigure(ctx, key, 'budget', '预算数', kind);
  if (ownTable) return { fen: ownTable.fen, name: `《${ownTable.source}》的预算数`, cells: ownTable.cell ? [cell, ownTable.cell] : [cell] };
  const indicator = key === undefined ? undefined : ctx.supplement.指标.get(key);
  const fields = kind === '年初' ? (['年初预算数'] as const) : kind === '全年' ? (['全年预算数'] as const) : (['全年预算数', '年初预算数'] as const);
  for (const field of fields) {
    const v = indicator?.[field];
    if (v) return { fen: toFen(v.value, '万元'), name: `说明数据“${key}”的${field}`, cells: v.source.kind === 'cell' ? [cell, v.source.cell] : [cell] };
  }
  return undefined;
}

/**
 * Whether a change against the budget fits an item's amount exactly: its 决算 less its budget to the digit, and the
 * rate stated with it (review77: within the 0.01 a change is allowed, 公务接待费's 0.00 fitted 减少0.01万元).
 */
function fitsBudget(
  ctx: Ctx,
  cell: CellRef,
  words: RegExpExecArray,
  read: { money: TextMoney; label: string },
  word: string,
  change: TextMoney,
  headings: Headings,
  rate?: StatedRate,
): boolean {
  const budget = budgetOf(ctx, cell, words, keyOf(read.label, headings), true);
  if (budget === undefined) return false;
  const at = atCommonPrecision({ ...change, fen: word === '增加' ? change.fen : -change.fen }, read.money.fen - budget.fen, '万元');
  return at.stated === at.table && (rate === undefined || rateAgrees(rate, expectedRates(change, read.money, word === '增加')));
}

/** Whether a difference text-budget holds (budgetDifferencesHeld: where its phrase ends) ends within [from, from + length]. */
function heldIn(ends: ReadonlySet<number>, from: number, length: number): boolean {
  for (const end of ends) if (end > from && end <= from + length) return true;
  return false;
}

/**
 * The 增减额 against the budget: 决算 − 预算, in the direction the words say (the rate, checked on its own, follows from
 * the amount: a wrong amount with its own rate passed).
 */
function checkAgainstBudget(ctx: Ctx, phrase: string, word: string, change: TextMoney, current: TextMoney, budget: ReturnType<typeof budgetOf>): void {
  const missed = budget && changeMisses(word, change, current, budget.fen);
  if (!budget || !missed) return;
  ctx.report({
    messageId: 'budget',
    data: { phrase, current: moneyText(current), budget: quotedLike(budget.fen, current), source: budget.name, expected: missed.expected },
    cells: budget.cells,
    key: `${phrase}预算`,
    ...missed.values,
    ...sourcesOf(current),
  });
}

/**
 * Last year's amount as the words of the comparison name it, against the item's 上年数 (priorOf): a change worked
 * out from a mistyped 上年 agrees with it, and only the 上年 itself shows the error.
 */
function checkStatedPrior(ctx: Ctx, cell: CellRef, stated: TextMoney | undefined, key: string | undefined, whole?: WholeRead, keyTail = ''): void {
  const prior = stated && priorOf(ctx, cell, key);
  if (!stated || !prior) return;
  const fits = (fen: number) => {
    // In 亿 at the digits written, exactly: one unit of 6.1亿 is 1,000 万元, no 尾差 of 0.01 万元 (上年6.1亿元 of 60,000.00 万元).
    if (stated.writtenUnit?.startsWith('亿')) {
      const written = atWrittenPrecision(stated, fen, '万元');
      return written.stated === written.table;
    }
    const at = atCommonPrecision(stated, fen, '万元');
    return Math.abs(at.stated - at.table) <= 1;
  };
  if (fits(prior.fen)) return;
  // After a 其中 list it may be the whole's (“三公”经费…，其中：公务接待费0.20万元，比上年（5.01万元）减少0.02万元), as the change
  // beside it may (checkAgainstPrior): one that is the whole's 上年数 holds; where that is not known, neither is which the
  // text means.
  if (whole) {
    const wholePrior = priorOf(ctx, cell, whole.key);
    if (!wholePrior || fits(wholePrior.fen)) return;
  }
  ctx.report({
    messageId: 'priorAmount',
    data: { stated: moneyText(stated), item: prior.item, where: prior.where, what: prior.what, prior: quotedLike(prior.fen, stated) },
    cells: prior.cells,
    key: `${moneyText(stated)}上年${keyTail}`,
    ...priorAmountValues(stated, prior.fen),
  });
}

/** The decimals a text writes a number with (1,801.23: 2). */
function decimalsOf(money: TextMoney): number {
  return money.written.split('.')[1]?.length ?? 0;
}

/** Half the last digit `money` is written to, in fen (13.8万元: 0.05 万元): how far its rounding may have moved it. */
function halfLastDigit(money: TextMoney): number {
  return parseMoney(`0.${'0'.repeat(decimalsOf(money))}5`, money.writtenUnit ?? money.unit).fen;
}

/**
 * Last year's amount the words of the comparison state (较2021年度的702.89万元增加660.56万元, 与上年1,801.23万元相比，减少…)
 * against this year's and the change: 本年 − 上年 must be the change, whichever of the three is wrong. Where the item's 上年数
 * is known, checkStatedPrior holds the stated one to it; where none is (财政拨款收入 has no 说明数据 指标), a mistyped 上年
 * (720.89) beside a right change and rate passed (helper-h107). Only where the 上年 is written with the change's unit. One
 * written to fewer decimals is rounded (较上年1,801万元减少312.94万元 is no 0.01 万元 statement of the difference): a miss within
 * half its last digit stands; one past it is found (云县 2023: 较2022年决算数13.8万元增加49.26万元, the 13.8 mistyped 18.3
 * passed, helper-h275).
 */
/** How a change misses 本年 less the 上年 the text states (checkChangeFromStatedPrior), beyond what their rounding allows; none where it does not. */
function missedStatedPrior(word: string, change: TextMoney, current: TextMoney, prior: TextMoney): ReturnType<typeof changeMisses> {
  if (prior.unit !== change.unit || prior.writtenUnit !== change.writtenUnit) return undefined;
  const missed = changeMisses(word, change, current, prior.fen);
  if (!missed) return undefined;
  if (decimalsOf(prior) < decimalsOf(change)) {
    // Each of the three rounded on its own: 本年 − 上年 − 增减 may miss by up to half the last digit of each (63.06 − 14 − 49.6
    // = −0.54 of a 上年 13.51: held to the 上年's half digit alone, a right text was a 错误; review r278).
    const rounding = [prior, change, current].reduce((sum, money) => sum + halfLastDigit(money), 0);
    const stated = word === '增加' ? change.fen : -change.fen;
    if (Math.abs(current.fen - prior.fen - stated) <= rounding) return undefined;
  }
  return missed;
}

function checkChangeFromStatedPrior(ctx: Ctx, cell: CellRef, phrase: string, word: string, change: TextMoney, current: TextMoney, prior: TextMoney | undefined, key: string | undefined): void {
  if (!prior || priorOf(ctx, cell, key) !== undefined) return;
  const missed = missedStatedPrior(word, change, current, prior);
  if (!missed) return;
  ctx.report({
    messageId: 'priorChange',
    data: { phrase, current: moneyText(current), prior: moneyText(prior), expected: missed.expected },
    cells: [cell],
    key: `${phrase}文中上年`,
    ...missed.values,
    ...sourcesOf(current),
  });
}

/**
 * Last year's amount of a label as the sentence before states it, opening on last year (2021年度人员经费600.00万元。2022年度人员
 * 经费比上年减少22.16万元): where no 上年数 of the item is known, the change is held to it (checkChangeFromStatedPrior;
 * helper-h122: unread, a wrong one passed). Only one amount of the label there.
 */
function lastYearsAmountBefore(text: string, sentenceStart: number, label: string | undefined, year: number | undefined, headings: Headings): TextMoney | undefined {
  if (label === undefined || year === undefined) return undefined;
  const previous = sentenceBefore(text, sentenceStart);
  if (!new RegExp(`^(?:本部门|本单位|我单位|我部门)?${year - 1}年度?`).test(previous)) return undefined;
  // A 费's 支出 is the 费 (currentAmount reads 公务接待费支出 as 公务接待费): “三公”经费支出5.01万元 there is this 三公经费's.
  const item = (name: string) => name.replace(SPENDING_OF_FEE, '');
  const stated = namedAmounts(previous.replace(new RegExp(`${year}年[^。]*`), ''), undefined, MONEY, headings).filter((n) => item(n.label) === item(label));
  return stated.length === 1 ? stated[0]!.money : undefined;
}

/** The values of a stated 上年 amount's finding: it and the 上年数, and their difference at the digits written. */
function priorAmountValues(stated: TextMoney, prior: number): ReturnType<typeof moneyValues> {
  const at = atCommonPrecision(stated, prior, '万元');
  return moneyValues([stated.fen, prior], (at.stated - at.table) * at.step, stated.unit);
}

/**
 * Last year's amount stated before a change (比上年（0.80万元）…, …0.20万元，上年为0.80万元，减少…) and in brackets right after
 * it (…减少0.60万元（上年为0.80万元）), each held to the change's item's 上年数, or after a 其中 list the whole's (`whole`).
 */
function checkStatedPriors(ctx: Ctx, cell: CellRef, sentence: string, index: number, length: number, year: number | undefined, key: string | undefined, whole: WholeRead | undefined): void {
  checkStatedPrior(ctx, cell, statedPriorBefore(sentence.slice(0, index), year), key, whole);
  checkStatedPrior(ctx, cell, statedPriorAfter(sentence.slice(index + length), year), key, whole);
}

/** The 增减率 from last year's `prior` to this year's `current` (0.01 %), or undefined where none is (last year 0). */
function rateFrom(current: number, prior: number): number | undefined {
  return prior === 0 ? undefined : ratio(Math.abs(current - prior), prior);
}

/**
 * A reason that is an item's bare name (…增加660.56万元，主要是一般行政管理事务支出，增长956.21%: a 项 of table 05, or a figure
 * the text names, 项目支出): the rate after it may be that item's own (helper-h114: read as the change's alone, a correct
 * sentence was a 错误). 'fits' where it is the item's, from its figure and 上年数 (priorOf); 'unknown' where either is not
 * known; undefined where the reason names no item (年中追加人员经费), the rate then the change's alone.
 */
function reasonItemRate(ctx: Ctx, cell: CellRef, reason: string, rate: StatedRate, headings: Headings): 'fits' | 'misses' | 'unknown' | undefined {
  const t5 = ctx.recognition.tables.generalBudgetExpenditure;
  const name = reason.replace(/\(项\)/, '');
  const row = t5 && [name, name.replace(/支出$/, '')].map((n) => loneItemRow(t5, n)).find((r) => r !== undefined);
  // A label's figure under the section's headings (财政拨款项目支出 under §五 is table 05's): one they leave unread (项目支出 under §八
  // 政府性基金…) still names an item, whose rate is not known.
  const labelled = row ? undefined : labelFigure(name, ctx.recognition, ctx.supplement, headings);
  const current = row ? namedFigure(t5!, row.figures.total) : labelled;
  const key = row ? row.code : labelled && keyOf(name, headings);
  if (!row && !labelled) return lookupOf(name) !== undefined && lookupOf(name, headings) === undefined ? 'unknown' : undefined;
  const prior = priorOf(ctx, cell, key);
  const expected = current && prior ? rateFrom(current.fen, prior.fen) : undefined;
  if (!current || !prior || expected === undefined) return 'unknown';
  return rateFits(rate, current.fen, prior.fen, expected) ? 'fits' : 'misses';
}

/** Whether a stated rate is the one from `prior` to `current`, its word the direction of the change. */
function rateFits(rate: StatedRate, current: number, prior: number, expected: number): boolean {
  const sameWay = current === prior || rate.rises === current > prior;
  return sameWay && rateAgrees(rate, [expected]);
}

/**
 * A rate written as none, last year's figure 0 (增长--（基数为0，不可比）: NO_RATE_MARK), against the item's 上年数 (priorOf),
 * else last year's as this year's amount and the change before it give it (`stated`): where that is not 0, the rate is
 * computable and the words are wrong (helper-h207); a bare dash (增长-) where the rate is 0 writes nil.
 */
function checkNoRate(
  ctx: Ctx,
  cell: CellRef,
  phrase: string,
  key: string | undefined,
  current: TextMoney,
  stated?: { word: string; change: TextMoney },
  exactFen: number = current.fen,
): void {
  const prior = priorOf(ctx, cell, key);
  const priorFen = prior ? prior.fen : stated && (stated.word === '增加' ? current.fen - stated.change.fen : current.fen + stated.change.fen);
  if (priorFen === undefined || priorFen <= 0) return;
  // An increase of this year's amount at the coarser of the two amounts' precisions (0.20万元, 增加1,995元): last year's 0
  // within their rounding (worked out exactly, 5.00元, a right text was a 错误: helper-h213).
  if (!prior && stated!.word === '增加' && agreesAtPrecision(stated!.change, current.fen, current.unit)) return;
  // Against the 上年数, of the tables' figure an amount in 亿 rounds (`exactFen`, roundedFrom: 38.72亿元 of 387,249.00万元 over
  // 387,249.00 is 0, the dash right; of 38.72 it was 下降0.01%, a 错误: helper-h274); against the two amounts written, of them.
  const base = prior ? exactFen : current.fen;
  const rate = rateFrom(base, priorFen)!;
  // A bare dash where this year's is last year's (比上年增加0万元，增长-): the rate 0 written nil, as a table's “-” does, and
  // as against the 预算 (checkNoBudgetRate). Held to 不可比, a right text was a 错误 (helper-h219).
  if (rate === 0 && !phrase.includes('不可比')) return;
  const expected = `${base < priorFen ? '下降' : '增长'}${formatBasis(rate)}%`;
  ctx.report(
    prior
      ? { messageId: 'noRate', data: { phrase, item: prior.item, where: prior.where, what: prior.what, prior: quotedLike(prior.fen, current), expected }, cells: prior.cells, key: `${phrase}不可比`, ...sourcesOf(current) }
      : {
          messageId: 'noRateStated',
          data: { phrase, a: stated!.word, change: moneyText(stated!.change), current: moneyText(current), prior: amountLike(priorFen, stated!.change, ''), expected },
          cells: [cell],
          key: `${phrase}不可比`,
          ...sourcesOf(current),
        },
  );
}

/**
 * A rate written as none after a change against the 预算 (比预算减少0.01万元，下降--(基数为0,不可比)): right where the 预算
 * (known, else the one the 决算 and the change give) is 0; else the rate is computable and the words are wrong.
 */
function checkNoBudgetRate(ctx: Ctx, cell: CellRef, phrase: string, current: TextMoney, word: string, change: TextMoney, budget: ReturnType<typeof budgetOf>): void {
  const budgetFen = budget ? budget.fen : word === '增加' ? current.fen - change.fen : current.fen + change.fen;
  if (budgetFen <= 0) return;
  if (!budget && word === '增加' && agreesAtPrecision(change, current.fen, current.unit)) return;
  const rate = rateFrom(current.fen, budgetFen)!;
  // A bare dash where the rate is 0 (比预算增加0万元，增长-) writes nil, as a table's “-” does.
  if (rate === 0 && !phrase.includes('不可比')) return;
  const expected = `${current.fen < budgetFen ? '下降' : '增长'}${formatBasis(rate)}%`;
  const key = `${phrase}不可比预算`;
  ctx.report(
    budget
      ? { messageId: 'noBudgetRate', data: { phrase, current: moneyText(current), budget: quotedLike(budget.fen, current), source: budget.name, expected }, cells: budget.cells, key, ...sourcesOf(current) }
      : {
          messageId: 'noBudgetRateStated',
          data: { phrase, current: moneyText(current), a: word, change: moneyText(change), budget: amountLike(budgetFen, change, ''), expected },
          cells: [cell],
          key,
          ...sourcesOf(current),
        },
  );
}

/**
 * The 增减率 against the item's 上年数 (priorOf): (本年 − 上年) ÷ 上年, in the direction the word says. After a 其中 list
 * (`whole`) the rate may be the whole's, as a change's amount may (checkAgainstPrior): one that fits the whole's 上年数
 * holds; where that is not known, which one the text means is not known either.
 */
function checkRateAgainstPrior(
  ctx: Ctx,
  cell: CellRef,
  phrase: string,
  word: string,
  rateText: string,
  current: TextMoney,
  key: string | undefined,
  whole?: WholeRead,
  exactFen: number = current.fen,
): void {
  const prior = priorOf(ctx, cell, key);
  if (!prior || prior.fen === 0) return;
  const expected = rateFrom(exactFen, prior.fen);
  if (expected === undefined) return;
  const rate = statedRate(word, rateText);
  const stated = rate.basis;
  if (rateFits(rate, exactFen, prior.fen, expected)) return;
  if (whole) {
    const wholePrior = priorOf(ctx, cell, whole.key);
    const wholeExpected = wholePrior && rateFrom(whole.money.fen, wholePrior.fen);
    if (wholeExpected === undefined || rateFits(rate, whole.money.fen, wholePrior!.fen, wholeExpected)) return;
  }
  ctx.report({
    messageId: 'prior',
    data: { phrase, item: prior.item, where: prior.where, what: prior.what, current: moneyText(current), prior: quotedLike(prior.fen, current), expected: `${exactFen < prior.fen ? '下降' : '增长'}${formatBasis(expected)}%` },
    cells: prior.cells,
    key: `${phrase}上年`,
    values: [stated / 100, expected / 100],
    unit: '%',
    difference: (stated - expected) / 100,
    ...sourcesOf(current),
  });
}

/**
 * This year's amount as read, or the table's figure where the text states a label's amount wrong (text-figures says
 * so): a change worked out from the stated one, its message would ask for a second wrong figure.
 */
function correctedCurrent(
  ctx: Ctx,
  read: { readonly money: TextMoney; readonly label?: string; readonly lookup?: Lookup },
  headings: Headings,
  key?: string,
): TextMoney {
  const lookup = read.label === undefined ? undefined : lookupOf(read.label, headings);
  const corrected = lookup && correctedAmount({ label: read.label!, lookup, money: read.money }, ctx.recognition, ctx.supplement);
  // Right by the sentence's reading (text-figures' too: 一般公共预算和政府性基金预算财政拨款支出4174.61万元 where 09 spends 20.00),
  // the stated amount: worked out from the whole's 4,194.61, a right change's rate was a 错误 (review r326).
  const asRead = corrected && read.lookup?.(ctx.recognition, ctx.supplement);
  if (asRead && agreesAtPrecision(read.money, asRead.fen, asRead.unit)) return read.money;
  if (corrected) return textMoneyOf(corrected.fen, corrected.unit, corrected.cell);
  // A 项 of table 05 named by its chain (…(款)行政运行(项)：支出决算数为224.14万元，比上年决算减少180.39万元): its row's figure where
  // the text states it off it (text-figures says so). Worked out from the 224.14, the right change and its rate were two more
  // 错误 (helper-h317).
  const t5 = key !== undefined && /^\d{7}$/.test(key) ? ctx.recognition.tables.generalBudgetExpenditure : undefined;
  const row = t5 && findRow(t5, key!);
  // One the table does not list under a 款 it lists had none (text-figures holds the text to 0.00 there).
  const none = t5 && row?.code !== key && findRow(t5, key!.slice(0, 5))?.code === key!.slice(0, 5) ? { fen: 0, unit: t5.unit, cell: undefined } : undefined;
  const f = row && row.code === key ? namedFigure(t5!, row.figures.total) : none;
  return f && f.unit === read.money.unit && !agreesAtPrecision(read.money, f.fen, f.unit) ? textMoneyOf(f.fen, f.unit, f.cell) : read.money;
}

/**
 * An amount in 亿 is rounded to 100 万元 or more: a rate or a multiple is of the tables' figure it rounds (38.72亿元 of
 * 387,249.00万元 is 37.13% over 282,400.00, not 38.72 ÷ 28.24's 37.11%), as the writer worked it out (helper-h264: a right one
 * was a 错误); quoted as the text writes it. Else `current`.
 */
function roundedFrom(ctx: Ctx, read: { readonly money: TextMoney; readonly label?: string }, current: TextMoney, headings: Headings): TextMoney {
  const figure = current === read.money && read.label !== undefined && current.writtenUnit?.startsWith('亿') ? tableFigureOf(ctx, headings)(read.label) : undefined;
  const at = figure && atWrittenPrecision(current, figure.fen, figure.unit);
  return figure && at!.stated === at!.table ? figure : current;
}

/** A figure of the tables or the 说明数据 in 分, and how far the 元 it was rounded from may lie from it (half its last digit). */
interface Rounded {
  readonly fen: number;
  readonly half: number;
}

/**
 * This year's figure of the tables the amount a change follows stands for (correctedCurrent's where it corrected it; else the
 * label's or the 项's figure the amount rounds at the digits written: 9.5亿元 of 94,720.00万元), rounded to the 0.01 of the
 * tables' unit; undefined where no figure of the tables is known to be it (the rate is then held to the amounts written).
 */
function exactCurrent(ctx: Ctx, read: CurrentRead, current: TextMoney, headings: Headings, key: string | undefined): Rounded | undefined {
  const halfOf = (unit: Unit) => toFen(1, unit) / 200;
  if (current !== read.money) return { fen: current.fen, half: halfOf(current.unit) };
  const t5 = key !== undefined && /^\d{7}$/.test(key) ? ctx.recognition.tables.generalBudgetExpenditure : undefined;
  const row = t5 && findRow(t5, key!);
  const figure =
    (read.label === undefined ? undefined : (read.lookup?.(ctx.recognition, ctx.supplement) ?? labelFigure(read.label, ctx.recognition, ctx.supplement, headings))) ??
    (row && row.code === key ? namedFigure(t5!, row.figures.total) : undefined);
  if (!figure) return undefined;
  const at = atWrittenPrecision(current, figure.fen, figure.unit);
  return at.stated === at.table ? { fen: figure.fen, half: halfOf(figure.unit) } : undefined;
}

/** How far a 说明数据 上年数 may lie from the 元 it was typed from: half a 0.01 万元 where it is typed so, half a 元 where in 元. */
function halfOfTyped(fen: number): number {
  return fen % 10_000 === 0 ? 5_000 : fen % 100 === 0 ? 50 : 0;
}

/**
 * The 增减率 (0.01 %) the amounts the tables' figures were rounded from may make: this year's within `current`'s rounding, last
 * year's within `prior`'s, their difference within the written change's (`change`: the writer worked it on the same 元). A rate
 * worked on 元 lies within it (广东省财政厅 2023: 公务接待费 22.59万元，比上年决算数增加20.63万元，增长1,055.4%, a 上年 of 1.955 万元
 * as 1.96); one the tables' figures cannot give is a 错误, however far the amounts written alone may be rounded from.
 * The rate d ÷ p (d = x − p, or p − x for a fall) is linear-fractional: its extremes over the polygon the bounds make lie at its
 * corners. Undefined where no amounts meet all of them (the change written misses the tables': checkAgainstPrior's 错误).
 */
function reachableRates(current: Rounded, prior: Rounded, change: Rounded, rises: boolean): readonly [number, number] | undefined {
  const xs = [current.fen - current.half, current.fen + current.half];
  const ps = [prior.fen - prior.half, prior.fen + prior.half];
  const ds = [Math.max(0, change.fen - change.half), change.fen + change.half];
  const diff = (x: number, p: number) => (rises ? x - p : p - x);
  const corners: (readonly [number, number])[] = [];
  for (const x of xs) for (const p of ps) corners.push([x, p]);
  for (const d of ds) {
    for (const x of xs) corners.push([x, rises ? x - d : x + d]);
    for (const p of ps) corners.push([rises ? p + d : p - d, p]);
  }
  const within = (v: number, [lo, hi]: readonly number[]) => v >= lo! - 1e-6 && v <= hi! + 1e-6;
  const rates = corners.filter(([x, p]) => within(x, xs) && within(p, ps) && within(diff(x, p), ds) && p > 0).map(([x, p]) => (diff(x, p) / p) * 10_000);
  return rates.length === 0 ? undefined : [Math.min(...rates), Math.max(...rates)];
}

/**
 * This year's amount as a multiple of last year's (是上年的1.94倍, 为2021年度的193.98%): this ÷ the 上年数 (priorOf) of the
 * item. A year named other than last year is not compared (是2020年的3倍: no 上年数 of that year).
 */
function checkTimesPrior(ctx: Ctx, cell: CellRef, text: string, sentenceStart: number, sentence: string, headings: Headings): void {
  const year = tablesYear(ctx);
  for (const m of sentence.matchAll(TIMES_PRIOR)) {
    if (m[2]!.startsWith('-') || (m[1] !== undefined && (year === undefined || Number(m[1]) !== year - 1))) continue;
    // The amount before it in 亿元 too (…支出合计38.72亿元，是上年的1.37倍: helper-h264, unread, a wrong one passed).
    const ahead = sentence.slice(0, m.index);
    const read = currentAmount(text, sentenceStart, sentenceStart + m.index!, tableFigureOf(ctx, headings), year, IN_YI_LAST.test(ahead) ? FIGURE_MONEY : MONEY, headings);
    if (read === undefined || read.whole) continue;
    const prior = priorOf(ctx, cell, itemKey(ctx, text, sentenceStart + m.index!, read.label, headings, read));
    if (!prior || prior.fen === 0) continue;
    const current = correctedCurrent(ctx, read, headings);
    const exact = roundedFrom(ctx, read, current, headings);
    const expected = ratio(exact.fen, prior.fen);
    const stated = statedRate('增长', m[2]!);
    if (expected === undefined || Math.abs(stated.basis - expected) <= stated.tolerance) continue;
    const multiple = m[2]!.endsWith('倍');
    ctx.report({
      messageId: 'multiple',
      data: { phrase: m[0], item: prior.item, where: prior.where, what: prior.what, current: moneyText(current), prior: quotedLike(prior.fen, current), expected: multiple ? `${formatBasis(Math.round(expected / 100))}倍` : `${formatBasis(expected)}%` },
      cells: prior.cells,
      key: `${m[0]}上年`,
      values: [stated.basis / 100, expected / 100],
      unit: '%',
      difference: (stated.basis - expected) / 100,
      ...sourcesOf(current),
    });
  }
}

/** The figure of the tables a label names (收入总计, 公务接待费…), as the text would state it. */
function tableFigureOf(ctx: Ctx, headings: Headings): (label: string) => TextMoney | undefined {
  return (label) => {
    const f = labelFigure(label, ctx.recognition, ctx.supplement, headings);
    return f && textMoneyOf(f.fen, f.unit, f.cell);
  };
}

/**
 * A change right after this year's figure of a label, in a sentence opening on the document's year, with no words of a
 * comparison (2022年，收入总计1,488.29万元，减少312.94万元): against last year, as a change with its rate is read (unread,
 * a wrong one passed). Not where the paragraph speaks of a 预算 before it: a change there may be against the budget.
 */
/**
 * Words before a clause that make its change another comparison's (与2019年相比, 较年初, 比预算…), another year's, or one on
 * other bases (剔除一次性因素后, 扣除…, 同口径: not the tables' 本年 against the 上年数; held to them, a right rate was a 错误, review r310).
 */
const LEAD_COMPARES = /\d{4}年|相比|相较|对比|同比|[比较]|预算|剔除|扣除|口径/;

function afterThisYearsFigure(text: string, sentenceStart: number, before: string, year: number | undefined): boolean {
  // Or 各/均 before the change, of two totals named once (2022年度收、支总计1,488.29万元，各减少…: helper-h254, unread).
  const comma = /[,，](?:各|均)?$/.exec(before);
  if (!comma) return false;
  const figure = before.slice(0, comma.index);
  // Or the figure's own clause opening on the year, after words saying where the figures come from (河南 2013: 河南省财政厅晒出的
  // 账本显示，2013年省级…三公经费财政拨款支出9.5亿元，下降13.4%: unread, a wrong rate or way passed; helper-h302). Not after
  // words of a comparison or another year (与2019年相比，2022年…915.40万元，增加75.76万元: from 2019's; 湖北 鄂城区, review r278).
  const clause = figure.search(/[^,，]*$/);
  const opening = OPENS_ON_YEAR.exec(before) ?? (LEAD_COMPARES.test(figure.slice(0, clause)) ? null : OPENS_ON_YEAR.exec(figure.slice(clause)));
  if (!opening || (opening[1] !== undefined && Number(opening[1]) !== year)) return false;
  if (BUDGET_SAID.test(text.slice(0, sentenceStart)) || BUDGET_SAID.test(before)) return false;
  return namedAmounts(figure, year, FIGURE_MONEY).some((n) => n.end === figure.length);
}

/**
 * The two totals named once with 各/均 and their change, no figure nor words of a comparison, in a sentence opening on the
 * document's year (2022年度收、支总计各减少120.00万元): against last year (helper-h254: unread, a wrong one passed). Every
 * template states the totals' change against last year alone (新疆: 收入总计与上年相比，减少…; 重庆: 收支较上年决算数减少…;
 * 四川: 与2021年相比,收、支总计各减少…), no budget of all funds' totals; and one change of each of two totals is the year-on-year
 * one, both years balancing. Not where the paragraph speaks of a 预算, nor of one total alone (收入总计减少…: left unread).
 */
const TOTALS_NAMED_ONCE = /^(?:本年|全年)?(?:财政拨款)?(?:收、支|收入、支出|收支|收入支出|收入和支出|收入与支出)(?:决算)?总计(?:各|均)$/;

function totalsChangedOnce(text: string, sentenceStart: number, before: string, year: number | undefined): boolean {
  const opening = OPENS_ON_YEAR.exec(before);
  if (!opening || (opening[1] !== undefined && Number(opening[1]) !== year)) return false;
  if (BUDGET_SAID.test(text.slice(0, sentenceStart)) || BUDGET_SAID.test(before)) return false;
  // Nor where the sentence names a budget it is compared with after the change (…各减少120.00万元（与年初预算相比）; …，较年初预算…):
  // helper-h260, held to last year's, a right text was a 错误.
  if (BUDGET_WORDS_ALONE.test(text.slice(sentenceStart + before.length).split('。')[0]!)) return false;
  return TOTALS_NAMED_ONCE.test(before.slice(opening[0].length).replace(/^[,，]/, ''));
}

/**
 * A rate named 增幅, 降幅, 涨幅 or 减幅 right after this year's figure of a label and its share (一般公共预算财政拨款支出1363.45万元，
 * 占总支出的91.61%，增幅93.98%), with no words of a comparison: the amount's rate against last year, as a rate right after the
 * figure in a sentence opening on the year is (afterThisYearsFigure). Unread, a wrong one passed (helper-h107). Not 增长,
 * 下降, 提高 or 上升 there, which may speak of the share itself (占…91.61%，提高5.00%: its points), nor after a 预算 in the
 * paragraph, nor in a sentence opening on another year.
 */
const SHARE_THEN_RATE_WORD = /^(?:增幅|降幅|涨幅|减幅)/;
/** A share after an amount (占总支出的91.61%), a comma in its number's thousands aside; its comma after it. */
const SHARE_WORDS = '占(?:[^,，;；。%]|,(?=\\d{3}))*%[,，]';
const SHARE_CLAUSE = new RegExp(`[,，]${SHARE_WORDS}$`);

function afterShareOfFigure(text: string, sentenceStart: number, before: string, word: string, year: number | undefined): boolean {
  const share = SHARE_CLAUSE.exec(before);
  if (!share || !SHARE_THEN_RATE_WORD.test(word)) return false;
  const opening = OPENS_ON_YEAR.exec(before);
  if (opening?.[1] !== undefined && Number(opening[1]) !== year) return false;
  if (BUDGET_SAID.test(text.slice(0, sentenceStart)) || BUDGET_SAID.test(before)) return false;
  const figure = before.slice(0, share.index);
  return namedAmounts(figure, year).some((n) => n.end === figure.length);
}

/**
 * A change stated by its amount alone or its rate alone, right after the words of a comparison (比上年…, 较上年…,
 * 同比…), or right after this year's figure (afterThisYearsFigure): measured against the item's 上年数 (with no
 * rate beside it, nothing else can tell it is wrong).
 */
function checkLoneChanges(
  ctx: Ctx,
  cell: CellRef,
  text: string,
  sentenceStart: number,
  sentence: string,
  covered: readonly Change[],
  headings: Headings,
  heldByBudget: ReadonlySet<number> = new Set(),
  above?: string,
): void {
  const tableFigure = tableFigureOf(ctx, headings);
  const year = tablesYear(ctx);
  const inChange = (index: number) => covered.some((c) => index >= c.index && index < c.index + c.phrase.length);
  // Or right after last year's amount (…4.99万元，上年为5.01万元，减少0.02万元; …，2021年为5.01万元，下降0.40%): a comparison
  // as surely, with no 比 or 较 (review45: a wrong 上年 or change there passed).
  // Or right after last year's and this year's listed with 分别, in that order (2021年和2022年收入总计分别为1,801.23万元、1,488.29万元，
  // 减少…: helper-h126, unread, a wrong one passed).
  const comparedOrAfterLastYear = (before: string) =>
    !comparedWithOtherYear(before, year) &&
    (COMPARED_WITH.test(before) || earlierYearAmount(before, year) !== undefined || COMPARISON_OPENING.test(before) || LIST_AFTER_COMPARISON.test(before) || afterYearsListed(before, year) || fromToRightBefore(before, year) !== undefined);
  // Only 增加/减少 (and 下降/降低/增长/上升, AMOUNT_WORD) after this year's figure, or after a list's item stated with its amount
  // (itemAfterComparison): 节约, 节省 and 超支 speak of a budget (helper-h104: held to the 上年数, a right saving was a 错误).
  const yearOnYear = (before: string, word: string) =>
    comparedOrAfterLastYear(before) || (!(word in AS_CHANGE) && (afterThisYearsFigure(text, sentenceStart, before, year) || totalsChangedOnce(text, sentenceStart, before, year) || itemAfterComparison(text, sentenceStart, before, year, above)));
  // Where a rate written as none after a change's amount ends (NO_RATE_AFTER_AMOUNT): read with it, not again alone.
  const afterAmount = new Set<number>();
  for (const m of sentence.matchAll(LONE_AMOUNT)) {
    const ahead = sentence.slice(0, m.index);
    const budgetWords = budgetWordsBefore(ahead) ?? (yearOnYear(ahead, m[1]!) ? null : listAfterBudgetChange(text, sentenceStart, ahead));
    if (inChange(m.index!) || (!budgetWords && !yearOnYear(ahead, m[1]!))) continue;
    // The first of a list of changes (公务接待费、公用经费比上年减少0.06万元、25.56万元; 与上年相比，A、B减少…、…): each name's in
    // turn, not the last name's alone (helper-h243: 公用经费 held to 0.06, a right text a 错误).
    if (CHANGE_LIST_GOES_ON.test(sentence.slice(m.index! + m[0].length))) continue;
    const word = AS_CHANGE[m[1]!] ?? AMOUNT_WORD[m[1]!] ?? m[1]!;
    const change = parseMoney(m[2]!, m[3]!);
    const own = currentAmount(text, sentenceStart, sentenceStart + m.index!, tableFigure, year, m[3]!.startsWith('亿') ? FIGURE_MONEY : MONEY, headings);
    const previousItem = own || !budgetWords ? undefined : subjectBefore(text, sentenceStart, sentence.slice(0, m.index), year, (r) => fitsBudget(ctx, cell, budgetWords, r, word, change, headings));
    const read: CurrentRead | undefined = own ?? previousItem;
    if (read === undefined && !budgetWords) checkEachOfTwo(ctx, cell, ahead, sentence.slice(m.index! + m[0].length), m[0], word, change, year, headings);
    if (read === undefined || (read.whole && (budgetWords || !itemNamed(read)))) continue;
    const key = itemKey(ctx, text, sentenceStart + m.index!, read.label, headings, read);
    // Against the budget (比年初预算减少…, 比预算节约…): 决算 less the budget, as a change with its rate is.
    if (budgetWords) {
      const budget = budgetOf(ctx, cell, budgetWords, key, previousItem !== undefined);
      if (!heldIn(heldByBudget, sentenceStart + m.index!, m[0].length)) checkAgainstBudget(ctx, m[0], word, change, read.money, budget);
      // A rate written as none after it (比预算减少0.01万元，下降--): held to the 预算 (helper-h218: unread, passed silently).
      const noRate = NO_RATE_AFTER_AMOUNT.exec(sentence.slice(m.index! + m[0].length));
      if (noRate) {
        afterAmount.add(m.index! + m[0].length + noRate[0].length);
        checkNoBudgetRate(ctx, cell, `${m[0]}${noRate[0]}`, read.money, word, change, budget);
      }
      continue;
    }
    // A rate written as none after it (减少0.06万元，降低--（基数为0，不可比）): held to the 上年数, or the one its amounts give.
    const noRate = NO_RATE_AFTER_AMOUNT.exec(sentence.slice(m.index! + m[0].length));
    if (noRate) {
      afterAmount.add(m.index! + m[0].length + noRate[0].length);
      const current = read.whole ? correctedCurrent(ctx, read, headings) : read.money;
      checkNoRate(ctx, cell, `${m[0]}${noRate[0]}`, key, current, read.whole ? undefined : { word, change }, roundedFrom(ctx, read, current, headings).fen);
    }
    // Last year's amount stated around it (比上年（0.80万元）减少…, …减少0.60万元（上年为0.80万元）) is held to the same
    // 上年数, after a 其中 list the whole's holding too (helper-h102: unread there, a wrong one passed).
    checkStatedPriors(ctx, cell, sentence, m.index!, m[0].length, year, key, wholeOf(read));
    // After a 其中 list, the list's last item's (…其中：公务接待费0.20万元，比上年减少0.60万元: unread, a wrong one passed), or
    // the whole's.
    if (read.whole) {
      checkAgainstPrior(ctx, cell, m[0], word, change, correctedCurrent(ctx, read, headings), key, wholeOf(read));
      // Last year's amount the item's own comparison states, its 上年数 not known (上海 §六: 财政拨款支出4174.61万元，其中：财政拨款
      // 基本支出3109.01万元，比上年（3050.00万元）增加50.01万元: all funds' part, no 指标): held to it, as after the list's own sentence
      // (unread, a wrong change passed; helper-h331). Not where the whole's amount less it fits, nor the whole's own 上年数 (the
      // change may be the whole's: which one the text means is open).
      const prior = priorOfChange(sentence.slice(0, m.index), year);
      const wholePrior = priorOf(ctx, cell, wholeOf(read)!.key);
      const wholeMisses = (fen: number) => changeMisses(word, change, read.whole!, fen) !== undefined;
      if (prior && wholeMisses(prior.fen) && (!wholePrior || wholeMisses(wholePrior.fen))) checkChangeFromStatedPrior(ctx, cell, m[0], word, change, read.money, prior, key);
      continue;
    }
    checkChangeFromStatedPrior(ctx, cell, m[0], word, change, read.money, priorOfChange(sentence.slice(0, m.index), year) ?? lastYearsAmountBefore(text, sentenceStart, read.label, year, headings), key);
    // Of an amount in 亿 (…支出9.5亿元，减少1.5亿元), the tables' figure it rounds (94,720.00万元), as a rate's is: 9.5 itself
    // less the 上年数 gave 减少1.43亿元, a right text a 错误 (review r310).
    checkAgainstPrior(ctx, cell, m[0], word, parseMoney(m[2]!, m[3]!), roundedFrom(ctx, read, read.money, headings), key, undefined, read.money);
  }
  for (const m of sentence.matchAll(LONE_NO_RATE)) {
    const ahead = sentence.slice(0, m.index);
    if (afterAmount.has(m.index! + m[0].length) || inChange(m.index!) || !yearOnYear(ahead, m[1]!)) continue;
    // The amount before it in 亿元 too (…支出合计38.72亿元，比上年增长--（基数为0，不可比）: helper-h274, unread, a wrong one passed).
    const read = currentAmount(text, sentenceStart, sentenceStart + m.index!, tableFigure, year, IN_YI_LAST.test(ahead) ? FIGURE_MONEY : MONEY, headings);
    if (read === undefined || (read.whole && !itemNamed(read))) continue;
    const current = read.whole ? correctedCurrent(ctx, read, headings) : read.money;
    checkNoRate(ctx, cell, m[0], itemKey(ctx, text, sentenceStart + m.index!, read.label, headings, read), current, undefined, roundedFrom(ctx, read, current, headings).fen);
  }
  for (const m of sentence.matchAll(LONE_RATE)) {
    const ahead = sentence.slice(0, m.index);
    if (!inChange(m.index!) && !yearOnYear(ahead, m[1]!)) checkRateBeforeAmount(ctx, cell, text, sentenceStart, sentence, m, headings, above);
    if (inChange(m.index!) || !(yearOnYear(ahead, m[1]!) || afterShareOfFigure(text, sentenceStart, ahead, m[1]!, year))) continue;
    // The amount before it in 亿元 too (…支出合计38.72亿元，比上年增长37.1%: helper-h255, unread, a wrong rate passed).
    const read = currentAmount(text, sentenceStart, sentenceStart + m.index!, tableFigure, year, IN_YI_LAST.test(ahead) ? FIGURE_MONEY : MONEY, headings);
    // After a 其中 list, the list's last item's rate where a label or a 类 names it (…其中：公务接待费0.20万元，比上年下降
    // 75.00%: unread, a wrong one passed; helper-h102), or the whole's; not after 分别/各 (itemNamed: currentAmount leaves
    // it unnamed).
    const named = read !== undefined && !(read.whole && !itemNamed(read));
    const key = named ? itemKey(ctx, text, sentenceStart + m.index!, read.label, headings, read) : undefined;
    // Right after a change from last year's amount to this year's (由上年的5.01万元减少至4.90万元，下降2.2%), the item's 上年数
    // not known or no item of the tables' read: held to the two amounts written (helper-h128: unread, a wrong one passed).
    const fromTo = fromToRightBefore(ahead, year);
    if (fromTo && (!named || (!read.whole && priorOf(ctx, cell, key) === undefined))) {
      checkRateFromTo(ctx, cell, m[0], m[1]!, m[2]!, fromTo);
      continue;
    }
    if (!named) continue;
    checkStatedPriors(ctx, cell, sentence, m.index!, m[0].length, year, key, wholeOf(read));
    // Of the tables' figure where the item's stated amount is not it (寻甸县农业农村局 2022: …支出决算174,732.10元,增长176.55%,
    // the amount the change, the rate right for the 决算 273,702.10): the amount is text-figures' 错误; held to it, the right
    // rate was one too (helper-h242).
    const current = correctedCurrent(ctx, read, headings);
    checkRateAgainstPrior(ctx, cell, m[0], m[1]!, m[2]!, current, key, wholeOf(read), roundedFrom(ctx, read, current, headings).fen);
  }
}

/**
 * A list item's rate before its amount (河南 2013's items written so: …9.5亿元，下降13.4%。其中，因公出国（境）费下降30.9%，为0.4亿元；
 * 公务接待费下降36.4%，为2.3亿元): read as the item's amount then its rate would be (因公出国（境）费0.4亿元，下降30.9%:
 * itemAfterComparison), the rate of the tables' figure the amount rounds. Unread, a wrong rate passed. Only the item's name right
 * before the rate (a label) and 为/是 and its amount right after it; not where the list or its whole compares no year.
 */
const AMOUNT_AFTER_RATE = new RegExp(`^[,，](?:为|是)${FIGURE_MONEY}(?=$|[,，;；。])`);

function checkRateBeforeAmount(ctx: Ctx, cell: CellRef, text: string, sentenceStart: number, sentence: string, m: RegExpMatchArray, headings: Headings, above: string | undefined): void {
  const after = AMOUNT_AFTER_RATE.exec(sentence.slice(m.index! + m[0].length));
  if (!after) return;
  const year = tablesYear(ctx);
  const amountText = after[0].slice(2);
  const asWritten = `${sentence.slice(0, m.index)}${amountText}`;
  const named = namedAmounts(asWritten, year, FIGURE_MONEY, headings).find((n) => n.end === asWritten.length);
  if (!named || !itemAfterComparison(text, sentenceStart, `${asWritten}，`, year, above)) return;
  const money = parseMoney(after[1]!, after[2]!);
  const key = keyOf(named.label, headings, sentence);
  const read = { money, label: named.label, lookup: named.lookup };
  const current = correctedCurrent(ctx, read, headings);
  checkRateAgainstPrior(ctx, cell, m[0], m[1]!, m[2]!, current, key, undefined, roundedFrom(ctx, read, current, headings).fen);
}

/**
 * The last amount of a sentence's words written in 亿 (…38.72亿元，比上年): read with FIGURE_MONEY, as a change in 亿元 is. Its share
 * may stand between (河南 2013's form: 其中，因公出国（境）费0.4亿元，占4.0%，下降30.9%: the share's digits hid the 亿, the item's rate
 * went unread and a wrong one passed).
 */
const IN_YI_LAST = /\d\s*亿元?(?:[,，]占[^,，;；。%]*%[,，])?[^\d]*$/;

/** Last year as the text names it (上年, 去年, 2021年度): group 1 the year, where written (namesLastYear). */
const LAST_YEAR = COMPARED_YEAR.replace('\\d{4}', '(\\d{4})');

/**
 * A list of changes after 分别 (…一般公共服务支出（类）1,225.73万元，社会保障和就业支出（类）47.25万元，分别比上年减少12.00万元、增加
 * 2.25万元; …分别比上年下降0.97%、增长5.00%; …分别比上年增加0.04万元，增长0.84%；减少0.06万元，下降23.08%): the changes of the
 * amounts stated right before it, in turn. currentAmount reads none of them: held to the last item each right one was a
 * 错误 (helper-h104), and skipped a wrong one passed. Read where the sentence states as many amounts right before 分别 as
 * the list has items, none of them before a 其中 (the list's whole is no item of it), each named in its own words (a label,
 * a 类, a 项): each change is then held to its item's 上年数, as one change after its amount is.
 */
// Also with 分别 after the comparison (…1,488.29万元、1,488.29万元，与上年相比分别减少…、…; 比上年分别…: helper-h107, unread).
// Or right after names listed before it with no amounts (其中：公务用车购置及运行维护费、公务接待费分别较上年增加…、…; …与上年相比
// 分别…; …较上年分别…: helper-h122, the names read in turn by labelsListedBefore), no comma between.
// 上年同期 too (…分别较上年同期增加…、…: helper-h124, unread, a wrong one passed).
const IN_TURN = new RegExp(
  `[,，]?(?:分别(?:比|较|与)${LAST_YEAR}(?:同期)?(?:决算数?)?(?:相比)?|(?:与${LAST_YEAR}(?:同期)?(?:决算数?)?相比|(?:比|较)${LAST_YEAR}(?:同期)?(?:决算数?)?)[,，]?分别)[,，]?`,
  'g',
);
// In 亿元 too (中央本级: …分别为9.00亿元、28.00亿元、1.72亿元，分别比上年增加6.06亿元、…: helper-h247, amounts and rates unread).
/**
 * 分别 and the changes with no comparison of their own (其中，因公出国（境）费0.4亿元、公务接待费2.3亿元，分别下降30.9%、36.4%): read
 * only as a list's items after a whole compared with last year (itemAfterComparison, as one item's bare rate is), else unread.
 */
const BARE_IN_TURN = /[,，]分别(?=增加|减少|下降|降低|增长|上升)/g;
const TURN_AMOUNT = new RegExp(`^(增加|减少)?了?${FIGURE_MONEY}`);
const TURN_RATE = new RegExp(`^(?:${RATE_WORD})?${RATE}`);
// The rates may repeat the 分别 (…分别减少312.94万元、312.94万元，分别下降17.37%、17.37%: helper-h107, the rates unread).
const TURN_SEPARATOR = /^(?:[、,，;；]|和|及)(?:分别)?/;

interface TurnChange {
  readonly kind: 'amount' | 'rate';
  readonly phrase: string;
  /** Its length in the list, with the separator before it. */
  readonly length: number;
  readonly word: string;
  /** The amount (kind amount) or the rate as written (kind rate). */
  readonly money?: TextMoney;
  readonly rateText?: string;
}

/** The changes written one after another from the start of `list` (a word left out is the one before: 减少12.00万元和2.25万元). */
function turnChanges(list: string): TurnChange[] {
  const out: TurnChange[] = [];
  let at = 0;
  for (;;) {
    const sep = out.length === 0 ? '' : (TURN_SEPARATOR.exec(list.slice(at))?.[0] ?? '');
    if (out.length > 0 && sep === '') break;
    const rest = list.slice(at + sep.length);
    const last = out[out.length - 1];
    const amount = TURN_AMOUNT.exec(rest);
    const rate = amount ? null : TURN_RATE.exec(rest);
    const word = amount ? (amount[1] ?? (last?.kind === 'amount' ? last.word : undefined)) : rate ? (rate[1] ?? (last?.kind === 'rate' ? last.word : undefined)) : undefined;
    if (word === undefined || !(amount || rate)) break;
    const length = sep.length + (amount ?? rate)![0].length;
    out.push(amount ? { kind: 'amount', phrase: amount[0], length, word, money: parseMoney(amount[2]!, amount[3]!) } : { kind: 'rate', phrase: rate![0], length, word, rateText: rate![2]! });
    at += length;
  }
  return out;
}

/**
 * The changes of `count` items in turn, from the changes written: all of one kind (减少…、增加…), amounts then as many
 * rates (减少…、增加…，下降…、增长…), or each item's amount and rate together (增加…，增长…；减少…，下降…). Undefined for any
 * other order, which does not say which change is whose.
 */
function changesInTurn(changes: readonly TurnChange[]): Pick<ListInTurn, 'amounts' | 'rates' | 'listed'> | undefined {
  const amounts = changes.filter((c) => c.kind === 'amount');
  const rates = changes.filter((c) => c.kind === 'rate');
  if (amounts.length === 0 || rates.length === 0) return { amounts, rates, listed: false };
  if (amounts.length !== rates.length) return undefined;
  const listed = changes.every((c, i) => c.kind === (i < amounts.length ? 'amount' : 'rate'));
  const paired = changes.every((c, i) => c.kind === (i % 2 === 0 ? 'amount' : 'rate'));
  return listed || paired ? { amounts, rates, listed } : undefined;
}

interface ListInTurn {
  /** Where 分别 starts (after the comma before it) and where its list of changes ends, in the sentence. */
  readonly start: number;
  readonly end: number;
  readonly amounts: readonly TurnChange[];
  readonly rates: readonly TurnChange[];
  /** The amounts first, then the rates (not each item's amount and rate together; false for changes of one kind). */
  readonly listed: boolean;
  /** The year compared with, where written (undefined for 上年). */
  readonly year: string | undefined;
  /** 分别 with no comparison (BARE_IN_TURN): year-on-year only as a compared whole's items. */
  readonly bare?: boolean;
}

/** The lists of changes in turn of a sentence, of two items or more. */
function listsInTurn(sentence: string): ListInTurn[] {
  if (!sentence.includes('分别')) return [];
  const out: ListInTurn[] = [];
  for (const m of sentence.matchAll(IN_TURN)) {
    const changes = turnChanges(sentence.slice(m.index! + m[0].length));
    const turn = changesInTurn(changes);
    if (!turn || Math.max(turn.amounts.length, turn.rates.length) < 2) continue;
    const length = changes.reduce((n, c) => n + c.length, 0);
    out.push({ start: m.index!, end: m.index! + m[0].length + length, ...turn, year: m[1] ?? m[2] ?? m[3] });
  }
  for (const m of sentence.matchAll(BARE_IN_TURN)) {
    if (out.some((t) => t.start <= m.index! && m.index! < t.end)) continue;
    const changes = turnChanges(sentence.slice(m.index! + m[0].length));
    const turn = changesInTurn(changes);
    if (!turn || Math.max(turn.amounts.length, turn.rates.length) < 2) continue;
    const length = changes.reduce((n, c) => n + c.length, 0);
    out.push({ start: m.index!, end: m.index! + m[0].length + length, ...turn, year: undefined, bare: true });
  }
  return out;
}

/**
 * The changes of two totals named once, the amounts listed with the unit written once (四川: 与2021年相比，收、支总计各减少
 * 312.94、312.94万元，各下降17.37%、17.37%): each 收入总计's and 支出总计's in turn (财政拨款 ones where named so), held to its 上年数,
 * and the rates after them too (one rate: both's). Unread, a wrong one passed (helper-h107). Only after a comparison with
 * last year in the sentence (与2021年相比, 较上年, 比上年), with no 预算 between, and with as many amounts as totals.
 */
// Not a fund's (政府性基金预算财政拨款收、支总计各增加0、0万元): no 财政拨款 total (held to those, a correct sentence was a
// 错误: helper-h111).
// The unit written after each amount too (西藏 区党委政法委 2024: 与2023年度相比，收入、支出总计各增加1412.7万元、2062.79万元，增长
// 15.74%、23.72%: unread, its two wrong rates passed; helper-h335). Only 、 after such a unit: after a ， the amount may be
// another thing's (收入、支出总计均增加1412.7万元，1000万元用于基本支出: read as the 支出总计's change, a right text was a 错误;
// review r336).
const SHARED_TOTAL_CHANGES = new RegExp(
  `(?<!预算)(?<!预算财政拨款)((?:财政拨款)?)收入?(?:、|和|与|及)支出?(?:决算)?总计(?:(?:比|较)${COMPARED_YEAR}(?:决算数?)?)?(?:各|分别|均)(增加|减少)了?((?:${NUMBER}(?:(?:万元|元)、|[、,]))+${NUMBER})(万元|元)`,
  'g',
);
/** An amount of SHARED_TOTAL_CHANGES's list, with its own unit where written (else the list's last). */
const SHARED_TOTAL_AMOUNT = new RegExp(`(${NUMBER})(万元|元)?`, 'g');
const SHARED_TOTAL_RATES = new RegExp(`^[,、](?:各|分别|均)?${RATE_WORD}((?:-?${RATE_NUMBER}%[、,])*-?${RATE_NUMBER}%)${NOT_ROUGH}`);

function checkSharedTotalChanges(ctx: Ctx, cell: CellRef, sentence: string, tableFigure: (label: string) => TextMoney | undefined): void {
  const year = tablesYear(ctx);
  for (const m of sentence.matchAll(SHARED_TOTAL_CHANGES)) {
    const before = sentence.slice(0, m.index! + m[0].indexOf('总计'));
    const compared = [...before.matchAll(COMPARED_LAST_YEAR)].pop();
    if (!compared || !namesLastYear(compared[1], year) || BUDGET_SAID.test(before.slice(compared.index))) continue;
    const names = [`${m[1]}收入总计`, `${m[1]}支出总计`];
    const amounts = [...m[3]!.matchAll(SHARED_TOTAL_AMOUNT)].map((n) => parseMoney(n[1]!, n[2] ?? m[4]!));
    if (amounts.length !== names.length) continue;
    const rates = SHARED_TOTAL_RATES.exec(sentence.slice(m.index! + m[0].length));
    const rateTexts = rates ? rates[2]!.split(/(?<=%)[、,]/) : [];
    names.forEach((name, i) => {
      const current = tableFigure(name);
      if (!current) return;
      const key = indicatorKeyOf(name);
      checkAgainstPrior(ctx, cell, m[0], m[2]!, amounts[i]!, current, key);
      const rate = rateTexts.length === 1 ? rateTexts[0] : rateTexts.length === names.length ? rateTexts[i] : undefined;
      if (rate !== undefined) checkRateAgainstPrior(ctx, cell, rates![0], rates![1]!, rate, current, key);
    });
  }
}

function checkChangesInTurn(ctx: Ctx, cell: CellRef, text: string, sentenceStart: number, sentence: string, headings: Headings, above?: string): void {
  const year = tablesYear(ctx);
  for (const turn of listsInTurn(sentence)) {
    // Against another year (分别比2019年减少…) no 上年数 is the one meant.
    if (!namesLastYear(turn.year, year)) continue;
    // With no comparison, the items of a list after a whole compared with last year (河南 2013's form: …9.5亿元，下降13.4%。其中，
    // 因公出国（境）费0.4亿元、公务接待费2.3亿元，分别下降30.9%、36.4%: unread, a wrong rate passed); else, as a 预算's, unread.
    if (turn.bare && !itemAfterComparison(text, sentenceStart, sentence.slice(0, turn.start + 1), year, above)) continue;
    const count = Math.max(turn.amounts.length, turn.rates.length);
    const before = sentence.slice(0, turn.start);
    const items = amountsOfThisYear(before, year, false, FIGURE_MONEY).slice(-count);
    const last = items[items.length - 1];
    if (items.length < count || last!.index! + last![0].length !== before.length || before.lastIndexOf('其中') > items[0]!.index!) {
      checkLabelsInTurn(ctx, cell, before, turn, count, year, headings);
      continue;
    }
    // In 亿元 too, as the amounts (福建省 2016 省级“三公”: 公务用车购置费0.14亿元和公务用车运行费1.27亿元，…分别减少…: read with
    // MONEY alone, no item named, the list was unread; helper-h266).
    const labels = namedAmounts(before, year, FIGURE_MONEY, headings);
    items.forEach((item, i) => {
      const money = parseMoney(item[1]!, item[2]!);
      const key = turnItemKey(ctx, text, sentenceStart, before, items, i, labels.find((n) => n.end === item.index! + item[0].length)?.label, money);
      const amount = turn.amounts[i];
      const rate = turn.rates[i];
      // Each rate held to its own item's amount and change where no 上年数 holds it (…分别减少0.18亿元和0.56亿元，下降133.1%和
      // 43.7%: 56.25% and 30.60%; helper-h266, unread, a fall of over 100% passed).
      if (amount && rate && !priorOf(ctx, cell, key)) checkTurnRate(ctx, cell, amount, rate, money);
      if (key === undefined) return;
      // The item's figure where the text states it wrong (因公出国（境）费0.6亿元 of 3,750.00万元: text-figures says so), as one item's
      // change is read (correctedCurrent); of the stated 0.6, a right 下降30.9% was a 错误 asking 增长10.56% (review r338).
      const named = labels.find((n) => n.end === item.index! + item[0].length);
      const read = { money, ...(named ? { label: named.label, lookup: named.lookup } : {}) };
      const current = correctedCurrent(ctx, read, headings);
      if (amount) checkAgainstPrior(ctx, cell, amount.phrase, amount.word, amount.money!, current, key);
      // Of the tables' figure an amount in 亿 rounds (roundedFrom: 0.4亿元 of 3,750.00万元), as the writer worked the rate out.
      if (rate) checkRateAgainstPrior(ctx, cell, rate.phrase, rate.word, rate.rateText!, current, key, undefined, roundedFrom(ctx, read, current, headings).fen);
    });
  }
}

/**
 * A rate of a list in turn against its item's 本年 `current` and stated change (`amount`): the change ÷ (本年 ∓ change), as a
 * change with its rate right after it is read (a 尾差 within the amounts' rounding). Not where the words disagree in
 * direction (减少…，增长…), whose rate is no fall's.
 */
function checkTurnRate(ctx: Ctx, cell: CellRef, amount: TurnChange, turnRate: TurnChange, current: TextMoney): void {
  const change = amount.money!;
  const rises = amount.word === '增加';
  const rate = statedRate(turnRate.word, turnRate.rateText!);
  if (rate.rises !== rises) return;
  const expectations = expectedRates(change, current, rises);
  const expected = expectations[0];
  if (expected === undefined || (change.fen === 0 && rate.basis === 0) || rateAgrees(rate, expectations)) return;
  const range = roundedRateRange(change, current, rises);
  const rounding = range !== undefined && !rate.multiple && rate.basis + rate.tolerance >= range[0] && rate.basis - rate.tolerance <= range[1];
  ctx.report({
    messageId: rounding ? 'rateRounding' : 'rate',
    ...(rounding ? { severity: 'rounding' as const } : {}),
    data: {
      phrase: turnRate.phrase,
      a: amount.word,
      change: moneyText(change),
      current: moneyText(current),
      base: '上年',
      prior: amountLike(rises ? current.fen - change.fen : current.fen + change.fen, change, ''),
      expected: formatBasis(expected),
      stated: turnRate.rateText!,
    },
    cells: [cell],
    values: [rate.basis / 100, expected / 100],
    unit: '%',
    difference: (rate.basis - expected) / 100,
    key: `${amount.phrase}${turnRate.phrase}`,
    ...sourcesOf(current),
  });
}

/**
 * The changes in turn of names listed before 分别 with no amount of their own (2022年度“三公”经费…，其中：因公出国（境）费、公务
 * 用车购置及运行维护费、公务接待费分别较上年增加0.00万元、增加0.04万元、减少0.06万元): each the i-th name's, from its figure of
 * the tables and its 上年数, as a list of amounts in turn is read (checkChangesInTurn). helper-h117 left them unread (held to
 * the last name a right one was a 错误), and a wrong one passed. Only where every name is a label of this year's tables
 * (labelsListedBefore), as many as the changes, and not in a reason (主要原因是人员经费、公用经费分别比上年减少…: often all
 * funds', no table's).
 */
function checkLabelsInTurn(ctx: Ctx, cell: CellRef, before: string, turn: ListInTurn, count: number, year: number | undefined, headings: Headings): void {
  if (/原因/.test(before)) return;
  const items = labelsListedBefore(before, year, headings)?.map(({ label, lookup }) => ({ figure: lookup(ctx.recognition, ctx.supplement), key: indicatorKeyOf(label) })) ?? itemsListedBefore(ctx, before);
  if (items?.length !== count) return;
  items.forEach(({ figure, key }, i) => {
    if (!figure) return;
    const money = textMoneyOf(figure.fen, figure.unit, figure.cell);
    const amount = turn.amounts[i];
    if (amount) checkAgainstPrior(ctx, cell, amount.phrase, amount.word, amount.money!, money, key);
    const rate = turn.rates[i];
    if (rate) checkRateAgainstPrior(ctx, cell, rate.phrase, rate.word, rate.rateText!, money, key);
  });
}

/**
 * 项 of table 05 listed before 分别 with no amounts (行政运行（项）、一般行政管理事务（项）分别较上年减少…、增加…): each its row's
 * figure and code, every name a 项 of the table named with its mark; undefined otherwise.
 */
function itemsListedBefore(ctx: Ctx, before: string): { figure: NamedFigure | undefined; key: string | undefined }[] | undefined {
  const t5 = ctx.recognition.tables.generalBudgetExpenditure;
  const clause = namesClause(before).words;
  // A 支出 may follow the last (…（项）支出分别较上年…: helper-h124, unread, a wrong one passed).
  const names = clause.replace(/(?<=\(项\))支出$/, '').split('、');
  if (!t5 || names.length < 2 || !names.every((n) => /\(项\)$/.test(n))) return undefined;
  const rows = names.map((n) => itemRowBefore(t5, n, n.length));
  if (rows.some((r) => r === undefined)) return undefined;
  return rows.map((r) => ({ figure: namedFigure(t5, r!.figures.total), key: r!.code }));
}

/**
 * The 说明数据 指标 of item `i` of a list of changes in turn, from its own words only (after the item before it): its label,
 * else a 类 or a 项 named right before its amount (an earlier item's name is not its own).
 */
function turnItemKey(ctx: Ctx, text: string, sentenceStart: number, before: string, items: readonly RegExpMatchArray[], i: number, label: string | undefined, money: TextMoney): string | undefined {
  if (label) return indicatorKeyOf(label);
  const item = items[i]!;
  // The names listed before 分别 and the amounts after it (行政运行（项）、事业运行（项）2022年度分别支出223.14万元、284.38万元): the
  // i-th name's (the first amount was read as the 项 named last, a correct sentence was a 错误: helper-h111).
  const listedNames = /^(.*?)(?:\d{4}年度?)?分别[^、,，;；]*$/.exec(before.slice(0, items[0]!.index))?.[1]?.split('、');
  if (listedNames && listedNames.length === items.length) {
    const name = listedNames[i]!;
    const t5 = ctx.recognition.tables.generalBudgetExpenditure;
    return itemRowBefore(t5, name, name.length)?.code ?? unlistedItemCodeBefore(t5, name, name.length);
  }
  const ahead = before.slice(0, item.index);
  const own = i === 0 ? ahead : before.slice(items[i - 1]!.index! + items[i - 1]![0].length, item.index);
  const cls = classNamedBefore(own) && classNamedBefore(ahead);
  if (cls) return classKeyOf(ctx.recognition, cls, ahead, money, sentenceBefore(text, sentenceStart));
  const t5 = ctx.recognition.tables.generalBudgetExpenditure;
  return itemRowBefore(t5, own, own.length)?.code ?? unlistedItemCodeBefore(t5, own, own.length);
}

/** Whether words naming a year (group 1 of LAST_YEAR: undefined for 上年) name the one before the document's. */
function namesLastYear(written: string | undefined, year: number | undefined): boolean {
  return written === undefined || (year !== undefined && Number(written) === year - 1);
}

/**
 * An item of a 其中 list stated with its amount, after a whole compared with last year (…比上年减少0.02万元，下降0.40%，其中：
 * 公务接待费0.20万元，下降23.08%): its change right after its amount is from last year too (helper-h102: unread, a wrong
 * one passed). Not after another year's comparison (比2019年减少…，其中…: no 上年数 of it).
 */
const COMPARED_LAST_YEAR = new RegExp(`(?:比|较|与)${LAST_YEAR}`, 'g');
// Its share may stand between (…4.79万元，占95.99%，增长0.84%: 上海 and 新疆 §七; helper-h104, unread).
// Its amount in 亿元 too, and 其中 with a comma (中央本级 2023: …比2022年增加10.48亿元，…。其中，因公出国（境）费…亿元，增加…亿元).
// Or opened as 2015's 中央决算 does, on its whole and 中 (“三公”经费中，因公出国（境）经费…亿元，增加…), opening its sentence or a
// clause: as the budget form is read (listAfterBudgetChange). Unread, a wrong one passed (helper-h247).
// Not words of the budget or its spending (年初预算中，…; 预算执行中，…): no list of a whole from last year (read so, a right
// text was a 错误; helper-h250).
const WHOLE_AND_ZHONG = '(?:(?!预算|执行)[^,，;；:：。\\d]){1,20}中';
const LIST_OPENER = new RegExp(`(?:其中|(?:^|(?<=[,，]))${WHOLE_AND_ZHONG})[:：,，]`, 'g');
const LIST_ITEM_AMOUNT = new RegExp(`^(?:其中|${WHOLE_AND_ZHONG})[:：,，][^。]*${FIGURE_MONEY}[,，](?:${SHARE_WORDS})?$`);

/**
 * An item of a list after a change against the budget, stated with its amount right before its own change (中央本级 2022:
 * “…“三公”经费财政拨款支出合计28.24亿元，比预算数减少24.76亿元，主要是…。其中，因公出国（境）费2.94亿元，减少3.7亿元；…”;
 * 2015: “…“三公”经费中，因公出国（境）经费17.44亿元，比预算数减少1.94亿元；公务用车购置及运行费30.87亿元，减少3.72亿元；…”):
 * its change is against its own budget, as the total's or the item's before it is. The change against the budget in the
 * sentence before the item's clause (after 其中 or the ； before it), or in the sentence before where the list opens its own.
 * The budget words without an amount stated with them (BUDGET_WORDS alone: budgetOf takes the item's own). Not where a
 * comparison with a year comes after the budget's (…比预算减少…，比上年增加…；…: which one the item's change follows the
 * text leaves open). Unread, a wrong one passed (helper-h242).
 */
const BUDGET_CHANGE = new RegExp(`${BUDGET_WORDS}(?:${FIGURE_MONEY})?(?:相比)?[,，]?(?:增加|减少|节约|节省|超支)`, 'g');
const BUDGET_WORDS_ALONE = new RegExp(BUDGET_WORDS);
/** A change against the budget, in words or a rate (比预算减少…; 较年初预算下降…): itemAfterComparison. */
const BUDGET_COMPARED = new RegExp(`${BUDGET_WORDS}(?:${FIGURE_MONEY})?(?:相比)?[,，]?(?:增加|减少|节约|节省|超支|下降|降低|增长|上升)`);
/** An item's clause in a list: where it starts (after 其中, or a ；), its name and amount then, its share perhaps. */
const LIST_ITEM_CLAUSE = new RegExp(`(?:其中[:：,，]|[;；])(?:(?!其中[:：,，])[^;；。])*?[\u4e00-\u9fa5()“”"]{2,30}${FIGURE_MONEY}[,，](?:${SHARE_WORDS})?$`);
const LIST_OPENS_SENTENCE = /^(?:其中[:：,，]|[^,，;；:：。]{1,20}中[,，])/;
const COMPARED_WITH_YEAR = new RegExp(`(?:比|相?较于?|与)${COMPARED_YEAR}|同比`);

function listAfterBudgetChange(text: string, sentenceStart: number, before: string): RegExpExecArray | null {
  const item = LIST_ITEM_CLAUSE.exec(before);
  if (!item) return null;
  const ahead = before.slice(0, item.index);
  // A sentence opening on its list (其中，…; “三公”经费中，…): its total's change is in the sentence before.
  const head = LIST_OPENS_SENTENCE.test(before) ? sentenceBefore(text, sentenceStart) + ahead : ahead;
  const change = [...head.matchAll(BUDGET_CHANGE)].pop();
  if (!change || COMPARED_WITH_YEAR.test(head.slice(change.index! + change[0].length))) return null;
  return BUDGET_WORDS_ALONE.exec(change[0]);
}

/**
 * `before` the clause up to the change in its sentence; a list opening the sentence (其中，…) is of the change in the
 * sentence before (中央本级 2023: unread, a wrong one passed; helper-h242).
 */
function itemAfterComparison(text: string, sentenceStart: number, before: string, year: number | undefined, above?: string): boolean {
  const opener = [...before.matchAll(LIST_OPENER)].pop();
  const list = opener?.index ?? -1;
  if (list < 0) return listGoesOn(text, sentenceStart, before, year, above);
  if (!LIST_ITEM_AMOUNT.test(before.slice(list))) return false;
  // The list's own items compared with the budget (“三公”经费中，因公出国（境）经费9.00亿元，比预算数减少1.00亿元；公务用车…，
  // 减少…): its bare changes are against theirs (listAfterBudgetChange), whatever the sentence before compared (read from last
  // year, a right text was a 错误; helper-h250).
  if (BUDGET_WORDS_ALONE.test(before.slice(list))) return false;
  const head = list === 0 ? sentenceBefore(text, sentenceStart) : before.slice(0, list);
  // A whole compared with its budget too (…9.5亿元，比预算减少0.5亿元，比上年下降13.4%。其中，…分别下降6.3%、9.8%): which one the
  // items' bare changes follow the text leaves open, as listAfterBudgetChange reads it. Read as last year's, a right text was a
  // 错误 at each (review r338).
  if (head.search(BUDGET_COMPARED) !== -1) return false;
  // An item naming the whole's “三公” again is a part of it by scope (其中，行政单位“三公”经费6.0亿元，下降10.0%; 政府性基金预算财政拨款
  // “三公”经费…): its rate is its own, read as the whole's it was a 错误 on a right text (review r327).
  // Past the list's opener (“三公”经费中，… names the whole).
  if (/三公/.test(head) && /三公/.test(before.slice(list + opener![0].length).split(/[;；]/).pop()!)) return false;
  if ([...head.matchAll(COMPARED_LAST_YEAR)].some((m) => namesLastYear(m[1], year) && /增加|减少|增长|下降/.test(head.slice(m.index! + m[0].length)))) return true;
  // Or the whole's bare change right after its figure, in a clause opening on the year (河南 2013: 2013年省级…支出9.5亿元，下降13.4%。
  // 其中，因公出国（境）费0.4亿元，下降30.9%；公务接待费2.3亿元，下降36.4%: the items' rates unread, a wrong one passed; helper-h313),
  // as afterThisYearsFigure reads the whole's.
  // Not 节约, 节省 or 超支 (a budget's).
  const bare = [...head.matchAll(LONE_RATE), ...[...head.matchAll(LONE_AMOUNT)].filter((m) => !(m[1]! in AS_CHANGE))];
  return bare.some((m) => afterThisYearsFigure(text, sentenceStart, head.slice(0, m.index), year));
}

/** A 三公 item's name opening a sentence, its amount and a comma: all the words before its change (listGoesOn). */
const THREE_PUBLIC_ITEM_AMOUNT = new RegExp(`^(?:因公出国|公务用车|公务接待)[^,，;；:：。\\d]{0,20}${FIGURE_MONEY}[,，]$`);

/**
 * A sentence opening on a 三公 item and its amount right after a sentence listing the others after 其中, each with its change
 * (河南 2013: …其中，因公出国（境）费0.4亿元，下降30.9%；公务接待费2.3亿元，下降36.4%。公务用车购置及运行维护费6.8亿元，增长0.7%。):
 * the list going on, its change compared as theirs are (itemAfterComparison of the sentence before). Unread, a wrong rate
 * passed (helper-h313). Not after a list of the items' budgets (itemAfterComparison's BUDGET_WORDS_ALONE), nor where the
 * sentence before opens on no 其中 list.
 */
function listGoesOn(text: string, sentenceStart: number, before: string, year: number | undefined, above: string | undefined): boolean {
  if (!THREE_PUBLIC_ITEM_AMOUNT.test(before)) return false;
  // The list's paragraph the one right over this one where the sentence opens its own (河南's: a paragraph of its own).
  const [words, at] = sentenceStart === 0 && above !== undefined ? [above, above.length] : [text, sentenceStart];
  if (words[at - 1] !== '。') return false;
  const listStart = words.lastIndexOf('。', at - 2) + 1;
  const list = words.slice(listStart, at);
  if (!/^其中[:：,，]/.test(list)) return false;
  const changes = [...list.matchAll(LONE_RATE), ...[...list.matchAll(LONE_AMOUNT)].filter((m) => !(m[1]! in AS_CHANGE))];
  const last = Math.max(-1, ...changes.map((m) => m.index!));
  return last > 0 && itemAfterComparison(words, listStart, list.slice(0, last), year);
}

/**
 * Last year's amount in brackets right after a change, its amount's or its rate's (…比上年减少0.02万元（上年为5.01万元）;
 * …下降0.40%（2021年为5.01万元））: the 上年数 of the change's item, as one stated before the change is (statedPriorBefore).
 * Unread, a wrong one passed (its amount ends no item's: checkPriorsAfterAmounts finds no item for it).
 */
const PRIOR_BRACKET_AFTER = new RegExp(`^\\(${LAST_YEAR}(?:同期)?(?:决算数?|实际|数)?(?:为|是|:)?${MONEY}\\)`);

function statedPriorAfter(after: string, year: number | undefined): TextMoney | undefined {
  const m = PRIOR_BRACKET_AFTER.exec(after);
  return m && namesLastYear(m[1], year) ? parseMoney(m[2]!, m[3]!) : undefined;
}

/**
 * Last year's amount in a clause right after an item's amount, with or without a change after it (…收入总计1,488.29万元，
 * 上年为1,801.23万元，主要是经营收入减少; 公用经费支出67.39万元（上年为92.95万元）): the 上年数 of that item (priorOf).
 * Held to it only where a change came right after, a wrong 上年 amount stated alone passed. In 亿 too, the item's amount and
 * the 上年 (公务用车运行维护费6.3亿元，上年6.1亿元, its 上年数 60,000.00 万元: unread, a wrong one passed; review r339), held at the
 * digits written (checkStatedPrior).
 */
const PRIOR_CLAUSE = new RegExp(`[,，(（]${LAST_YEAR}(?:同期)?(?:决算数?|实际|数)?(?:为|是|:|：)?${FIGURE_MONEY}`, 'g');

/**
 * A clause opening on last year (2021年，公务接待费0.26万元，…; 上年，本单位收入总计…): its labelled amounts are last year's,
 * up to where this year is named (…，2022年0.20万元; 本年…). Not read as this year's (namedAmounts skips them), they were
 * held to nothing.
 */
// With no comma too (2021年收入、支出总计均为1,801.23万元。2022年度…; 2021年度公用经费92.95万元: helper-h122, unread, a wrong one
// passed), each name sharing an amount read (namedAmounts' shared).
const LAST_YEAR_OPENING = new RegExp(`(?:^|[。;；,，])${LAST_YEAR}[,，]?`, 'g');

function checkLastYearClauses(ctx: Ctx, cell: CellRef, sentence: string, year: number | undefined, headings: Headings): void {
  for (const m of sentence.matchAll(LAST_YEAR_OPENING)) {
    if (!namesLastYear(m[1], year)) continue;
    const from = m.index! + m[0].length;
    const rest = sentence.slice(from);
    // Not a period from last year (2021年以来，…累计…; 2021年起…: helper-h124, its sum held to the 上年数, a 错误).
    if (/^(?:以来|起|至今)/.test(rest)) continue;
    const thisYear = new RegExp(`本年|今年|[;；]${year === undefined ? '' : `|${year}年`}`).exec(rest);
    const clause = thisYear ? rest.slice(0, thisYear.index) : rest;
    for (const n of namedAmounts(clause, undefined, MONEY, headings)) {
      // With no comma, this year's figure (the year not updated): text-template-leftovers says so, not a second 错误 here.
      const current = n.lookup(ctx.recognition, ctx.supplement);
      if (!/[,，]$/.test(m[0]) && current && agreesAtPrecision(n.money, current.fen, current.unit)) continue;
      checkStatedPrior(ctx, cell, n.money, keyOf(n.label, headings, sentence));
      for (const other of n.shared ?? []) checkStatedPrior(ctx, cell, n.money, keyOf(other.label, headings, sentence), undefined, other.label);
    }
    if (thisYear && /[;；]/.test(thisYear[0])) checkPartsRunOn(ctx, cell, sentence, from + thisYear.index + 1, year, headings);
  }
}

/**
 * The parts after a ； of a clause of last year that runs on past it (2021年度收入总计1801.23万元；支出总计1488.92万元: it stated its
 * figures before the ；, documentYear's otherYearOpening). Each labelled amount there is last year's by the clause, but may be
 * this year's by its writer (the year not named again): right as either, its 上年数 or this year's figure; neither, a 错误
 * naming both. Read up to the ； alone (checkLastYearClauses) and skipped by text-figures as 2021's, a wrong one passed
 * (helper-h329). Not where the part is this year's (…；“三公”经费支出4.90万元，比上年减少…: text-figures', review r324).
 */
function checkPartsRunOn(ctx: Ctx, cell: CellRef, sentence: string, from: number, year: number | undefined, headings: Headings): void {
  if (year === undefined) return;
  let start = from;
  while (start < sentence.length) {
    const end = sentence.slice(start).search(/[;；。]/);
    const partEnd = end === -1 ? sentence.length : start + end;
    const opening = otherYearOpening(sentence, partEnd, year);
    if (opening?.year !== year - 1) return;
    const part = sentence.slice(start, partEnd);
    const thisYear = new RegExp(`本年|今年|${year}年`).exec(part);
    for (const n of namedAmounts(thisYear ? part.slice(0, thisYear.index) : part, undefined, MONEY, headings)) {
      for (const label of [n.label, ...(n.shared ?? []).map((o) => o.label)]) checkPriorOrCurrent(ctx, cell, n, label, opening.word, headings, sentence);
    }
    if (thisYear || end === -1 || sentence[partEnd] === '。') return;
    start = partEnd + 1;
  }
}

/**
 * An amount right as its item's 上年数 or, after a year named, as this year's figure (checkPartsRunOn); a 错误 naming both where it
 * is neither.
 */
function checkPriorOrCurrent(ctx: Ctx, cell: CellRef, n: NamedAmount, label: string, word: string, headings: Headings, sentence: string): void {
  const key = keyOf(label, headings, sentence);
  const prior = priorOf(ctx, cell, key);
  const current = (label === n.label ? n.lookup : lookupOf(label, headings))?.(ctx.recognition, ctx.supplement);
  if (!prior || !current) return;
  const fits = (fen: number, unit: Unit) => {
    const at = atCommonPrecision(n.money, fen, unit);
    return Math.abs(at.stated - at.table) <= 1;
  };
  if (fits(prior.fen, '万元')) return;
  // After 上年 (no year named) the part is last year's to its reader: this year's figure there is a wrong 上年 (上年收入总计1801.23万元；
  // 支出总计1488.29万元 passed, and no rule names the year as text-template-leftovers does a 2021年度's: review r340).
  const thisYears = fits(current.fen, current.unit);
  if (thisYears && !/^上/.test(word)) return;
  if (thisYears) return checkStatedPrior(ctx, cell, n.money, key, undefined, label);
  ctx.report({
    messageId: 'priorOrCurrent',
    data: { stated: `${label}${moneyText(n.money)}`, word, item: prior.item, where: prior.where, what: prior.what, prior: quotedLike(prior.fen, n.money), current: moneyText(textMoneyOf(current.fen, current.unit, current.cell)) },
    cells: [...prior.cells, current.cell],
    key: `${moneyText(n.money)}上年或本年${label}`,
    ...priorAmountValues(n.money, prior.fen),
  });
}

function checkPriorsAfterAmounts(ctx: Ctx, cell: CellRef, sentence: string, year: number | undefined, earlier: string, headings: Headings): void {
  for (const m of sentence.matchAll(PRIOR_CLAUSE)) {
    if (!namesLastYear(m[1], year)) continue;
    // The item's amount ends right where the clause starts: its label's (收入总计…), or a 项's named in the sentence.
    const before = sentence.slice(0, m.index);
    const own = [...before.matchAll(new RegExp(FIGURE_MONEY, 'g'))].pop();
    if (!own || own.index! + own[0].length !== m.index) continue;
    const named = namedAmounts(before, year, FIGURE_MONEY, headings).find((n) => n.end === m.index);
    // Or a 类's (一般公共服务支出（类）1,225.73万元（上年为…）: helper-h102, unread), where it is table 05's (classKeyOf).
    const cls = named ? undefined : classNamedBefore(before.slice(0, own.index));
    const key = named
      ? keyOf(named.label, headings, sentence, earlier)
      : cls
        ? classKeyOf(ctx.recognition, cls, before.slice(0, own.index), parseMoney(own[1]!, own[2]!), earlier)
        : itemRowBefore(ctx.recognition.tables.generalBudgetExpenditure, before, own.index!)?.code;
    checkStatedPrior(ctx, cell, parseMoney(m[2]!, m[3]!), key);
  }
}

/**
 * Last year's amount of a change written from it to this year's (三公经费支出由上年的5.01万元减少至4.99万元; 下降到, 上升至):
 * held to the 上年数 of the item this year's amount is of, its label's or a 项's named before (text-figures holds this
 * year's). Unread, a wrong one passed (helper-h125).
 */
const SUBJECT_RIGHT_BEFORE = /\([类款项]\)(?:支出)?(?:决算数?)?[,，]?$/;

function checkChangesFromTo(ctx: Ctx, cell: CellRef, text: string, sentenceStart: number, sentence: string, year: number | undefined, headings: Headings): void {
  const changes = changesFromTo(sentence, year);
  if (changes.length === 0) return;
  const named = namedAmounts(sentence, year, MONEY, headings);
  for (const c of changes) {
    checkFromToWord(ctx, cell, sentence.slice(c.index, c.end), c);
    const label = named.find((n) => n.end === c.end)?.label;
    const ahead = sentence.slice(0, c.index);
    // Unlabelled, only a 项 or 类 named right before (行政运行（项）支出由上年的…): another name there (公务接待费预算由上年…) is
    // no item of the tables', and a 项 named earlier is not the one meant (held to its 上年数, a correct sentence was a 错误).
    if (label === undefined && !SUBJECT_RIGHT_BEFORE.test(ahead)) continue;
    const money = parseMoney(c.currentNumber, c.currentUnit);
    const key = itemKey(ctx, text, sentenceStart + c.index, label, headings, { money, ...(label === undefined ? { ahead } : { label }) });
    checkStatedPrior(ctx, cell, c.prior, key);
  }
}

/**
 * The word of a change written from last year's amount to this year's against the two amounts (由上年的598.00万元增加至
 * 577.84万元 is a decrease), whatever the item (a budget's too): unread, a wrong word passed (helper-h126).
 */
function checkFromToWord(ctx: Ctx, cell: CellRef, phrase: string, c: FromTo): void {
  const current = parseMoney(c.currentNumber, c.currentUnit);
  const difference = current.fen - c.prior.fen;
  if (difference === 0) return;
  const rises = /增|升|提高/.test(c.word);
  if (rises === difference > 0) return;
  const change = { fen: Math.abs(difference), unit: current.unit, written: '' };
  const missed = changeMisses(rises ? '增加' : '减少', change, current, c.prior.fen);
  if (!missed) return;
  ctx.report({
    messageId: 'priorChange',
    data: { phrase, current: moneyText(current), prior: moneyText(c.prior), expected: missed.expected },
    cells: [cell],
    key: `${phrase}由上年至本年`,
    ...missed.values,
  });
}

/**
 * A rate right after a change written from last year's amount to this year's (由上年的5.01万元减少至4.90万元，下降2.2%) against
 * the two amounts: within the rates from any amounts they may be rounded from (0.26 and 0.20 are 0.255–0.265 and 0.195–0.205),
 * in the direction of the change. Not where they are written in different units.
 */
function checkRateFromTo(ctx: Ctx, cell: CellRef, phrase: string, word: string, rateText: string, c: FromTo): void {
  const current = parseMoney(c.currentNumber, c.currentUnit);
  const prior = c.prior;
  if (prior.fen <= 0 || current.fen < 0 || current.unit !== prior.unit || (current.writtenUnit ?? current.unit) !== (prior.writtenUnit ?? prior.unit)) return;
  const expected = rateFrom(current.fen, prior.fen)!;
  const rate = statedRate(word, rateText);
  // Half a unit of the last digit each amount is written with, in 分.
  const half = (money: TextMoney) => parseMoney('1', money.writtenUnit ?? money.unit).fen / 2 / 10 ** decimalsOf(money);
  const corners = [-1, 1].flatMap((p) => [-1, 1].map((q) => ({ prior: prior.fen + p * half(prior), current: current.fen + q * half(current) })));
  const rates = corners.flatMap((r) => rateFrom(r.current, r.prior) ?? []);
  const sameWay = current.fen === prior.fen || rate.rises === current.fen > prior.fen;
  if (sameWay && (rateAgrees(rate, [expected]) || statedWithin(rate.basis, rates, rate.tolerance))) return;
  ctx.report({
    messageId: 'priorChange',
    data: { phrase, current: moneyText(current), prior: moneyText(prior), expected: `${current.fen < prior.fen ? '下降' : '增长'}${formatBasis(expected)}%` },
    cells: [cell],
    key: `${phrase}文中上年`,
    values: [rate.basis / 100, expected / 100],
    unit: '%',
    difference: (rate.basis - expected) / 100,
  });
}

/** The change from last year's amount to this year's the words end on (与上年相比，人员经费由598.00万元减少至577.84万元，), if any. */
function fromToRightBefore(before: string, year: number | undefined): FromTo | undefined {
  const fromTo = changesFromTo(before, year).pop();
  return fromTo !== undefined && RIGHT_BEFORE_CHANGE.test(before.slice(fromTo.end)) ? fromTo : undefined;
}

/** Whether the words end on two years' amounts listed with 分别, last year's then this year's (yearsListedAmounts). */
function afterYearsListed(before: string, year: number | undefined): boolean {
  const listed = yearsListedAmounts(before, year);
  const last = listed[listed.length - 1];
  return last !== undefined && listed.length >= 2 && last.year === year && listed[listed.length - 2]!.year === year! - 1 && RIGHT_BEFORE_CHANGE.test(before.slice(last.end));
}

/**
 * Last year's amount of two years' listed with 分别 (2021年和2022年收入总计分别为1801.23万元、1488.29万元): held to the
 * 上年数 of its label (text-figures holds this year's). Unread, a wrong one passed (helper-h125).
 */
function checkYearsListed(ctx: Ctx, cell: CellRef, sentence: string, year: number | undefined, headings: Headings): void {
  for (const n of yearsListedAmounts(sentence, year, headings)) if (n.year !== year) checkStatedPrior(ctx, cell, n.money, keyOf(n.label, headings, sentence));
}

export default defineRule({
  id: 'text-change-words',
  title: '公开说明中的增减用词、增减额与增减率一致',
  severity: 'error',
  tables: [],
  messages: {
    words: '说明文字“{phrase}”中“{a}”与“{b}”方向相反。',
    rate: '说明文字“{phrase}”：本年 {current}、{a} {change}，则{base}为 {prior}，增减率应为 {expected}%，而文中为 {stated}。',
    budgetRate: '说明文字“{phrase}”：决算 {current}、比预算{a} {change}，则预算为 {prior}，增减率应为 {expected}%，而文中为 {stated}。',
    rateRounding: '说明文字“{phrase}”：本年 {current}、{a} {change}，则{base}为 {prior}，按文中金额增减率为 {expected}%，文中为 {stated}，差异在金额四舍五入的范围内（尾差）。',
    budgetRateRounding: '说明文字“{phrase}”：决算 {current}、比预算{a} {change}，则预算为 {prior}，按文中金额增减率为 {expected}%，文中为 {stated}，差异在金额四舍五入的范围内（尾差）。',
    budget: '说明文字“{phrase}”：决算 {current}，预算 {budget}（{source}），与预算相比应为{expected}。',
    prior: '说明文字“{phrase}”：{item}本年 {current}，{where}的{what} {prior}，与上年相比应为{expected}。',
    priorAmount: '说明文字写上年为 {stated}，而{where}中{item}的{what}为 {prior}。',
    priorOrCurrent: '说明文字“{stated}”在写{word}数字的句中，而{where}中{item}的{what}为 {prior}，本年为 {current}，文中的数字与两者都不符。',
    priorChange: '说明文字“{phrase}”：本年 {current}，文中所写上年 {prior}，与上年相比应为{expected}。',
    noRate: '说明文字“{phrase}”写增减率不可比（上年为0），而{item}{where}的{what}为 {prior}，增减率应为{expected}。',
    noRateStated: '说明文字“{phrase}”写增减率不可比（上年为0），而本年 {current}、{a} {change}，则上年为 {prior}，增减率应为{expected}。',
    noBudgetRate: '说明文字“{phrase}”写增减率不可比（预算为0），而决算 {current}、预算 {budget}（{source}），增减率应为{expected}。',
    noBudgetRateStated: '说明文字“{phrase}”写增减率不可比（预算为0），而决算 {current}、{a} {change}，则预算为 {budget}，增减率应为{expected}。',
    multiple: '说明文字“{phrase}”：{item}本年 {current}，{where}的{what} {prior}，本年应为上年的{expected}。',
  },
  check(rule) {
    // Reports keyed by their phrase, told apart by the sentence they are read in: two wrong changes worded alike in one
    // paragraph (…比上年增加10.00万元，下降5.00%… about two items) are two findings (helper-h131: one id, the second dropped).
    const place = occurrences(rule);
    const ctx = place.context;
    let previous: { readonly cell: TextCell; readonly text: string } | undefined;
    for (const cell of textCells(ctx)) {
      const t = { cell: cell.cell, text: withGapsBlanked(cell.text) };
      // The paragraph right over this one, where a list of it may go on (listGoesOn).
      const above = previous && rightAfter(cell, previous.cell, ctx.grid) ? previous.text : undefined;
      previous = { cell, text: t.text };
      const headings = cell.headings;
      const tableFigure = tableFigureOf(ctx, headings);
      // Every change, rate and amount read here is written with an amount, a % or a 倍 (MONEY, RATE): a text with none
      // (a table's footnote) states none. Or a rate written as none (公务接待费比上年增长--: LONE_NO_RATE), which has no digit
      // (helper-h219: skipped, a mark where the 上年数 was not 0 passed silently).
      if (!mayStateAmount(t.text) && !t.text.includes('%') && !t.text.includes('倍') && !(t.text.includes('-') && new RegExp(LONE_NO_RATE.source).test(t.text))) continue;
      const heldByBudget = budgetDifferencesHeld(ctx, t.text);
      // Its statements read in 亿 too (inYiBudgetOnly).
      const inYi = t.text.includes('亿') ? budgetStatements(t.text, true) : [];
      for (const { sentence, start } of sentenceSpans(t.text)) {
        place.at(start);
        const changes = changesIn(sentence);
        checkLoneChanges(ctx, t.cell, t.text, start, sentence, changes, headings, heldByBudget, above);
        checkChangesInTurn(ctx, t.cell, t.text, start, sentence, headings, above);
        checkSharedTotalChanges(ctx, t.cell, sentence, tableFigure);
        checkTimesPrior(ctx, t.cell, t.text, start, sentence, headings);
        checkPriorsAfterAmounts(ctx, t.cell, sentence, tablesYear(ctx), sentenceBefore(t.text, start), headings);
        checkLastYearClauses(ctx, t.cell, sentence, tablesYear(ctx), headings);
        checkChangesFromTo(ctx, t.cell, t.text, start, sentence, tablesYear(ctx), headings);
        checkYearsListed(ctx, t.cell, sentence, tablesYear(ctx), headings);
        for (const { phrase, index, a, said, amountText, unit, b, rateText, reason } of changes) {
          const rate = statedRate(b, rateText);
          if ((a === '增加') !== rate.rises) {
            // A negative rate turns its word round: the message names both (“增加”与“增长-17.37%”). Keyed by its phrase alone,
            // read here alone: told apart by where the phrase stands, two in one sentence (…；…) too.
            place.at(start + index);
            ctx.report({ messageId: 'words', data: { phrase, a: said, b: rateText.startsWith('-') ? `${b}${rateText}` : b }, cells: [t.cell], key: phrase });
            place.at(start);
            continue;
          }
          const changeMoney = parseMoney(amountText, unit);
          const year = tablesYear(ctx);
          // Against the budget, the change is this year's amount less the budget: no 上年数 to compare with.
          const budgetWords = budgetWordsBefore(sentence.slice(0, index));
          const againstBudget = budgetWords !== null;
          const own = currentAmount(t.text, start, start + index, tableFigure, year, unit.startsWith('亿') ? FIGURE_MONEY : MONEY, headings);
          const fits = (r: { money: TextMoney; label: string }) => fitsBudget(ctx, t.cell, budgetWords!, r, a, changeMoney, headings, rate);
          const subjectRate = {
            rate: (r: { money: TextMoney; label: string }) => rateAgrees(rate, expectedRates(changeMoney, r.money, a === '增加')),
            budgetKnown: (r: { money: TextMoney; label: string }) => budgetOf(ctx, t.cell, budgetWords!, keyOf(r.label, headings), true) !== undefined,
          };
          const previousItem = own || !budgetWords ? undefined : subjectBefore(t.text, start, sentence.slice(0, index), year, fits, subjectRate);
          const carried = own || budgetWords ? undefined : totalBefore(t.text, start, sentence.slice(0, index), year, tableFigure, headings);
          const read: CurrentRead | undefined = own ?? previousItem ?? carried;
          if (read === undefined) continue;
          const key = itemKey(ctx, t.text, start + index, read.label, headings, read);
          const currentMoney = correctedCurrent(ctx, read, headings, read.whole ? undefined : key);
          // Against a budget after a 其中 list, the item's budget is not surely the one meant: as before, the words' alone.
          const budgetKey = read.whole ? itemKey(ctx, t.text, start + index, undefined, headings) : key;
          // Against another year (比2019年(疫情前)决算数减少…): its amount is that year's, named so (the message said 上年).
          const otherYear = againstBudget ? undefined : otherYearCompared(sentence.slice(0, index), year);
          // A difference text-budget holds (its 决算 and 预算 in the clause or known) is its: one wrong amount, one 错误.
          if (budgetWords) {
            if (!heldIn(heldByBudget, start + index, phrase.length)) checkAgainstBudget(ctx, phrase, a, changeMoney, currentMoney, budgetOf(ctx, t.cell, budgetWords, budgetKey, previousItem !== undefined));
          } else if ((!carried || carried.label !== undefined) && otherYear === undefined) {
            // After a 其中 list only where the list's last item is named (itemNamed), its change then held to its 上年数 or the
            // whole's.
            const named = itemNamed(read);
            if (!read.whole || named) checkStatedPriors(ctx, t.cell, sentence, index, phrase.length, year, key, wholeOf(read));
            if (!read.whole) checkChangeFromStatedPrior(ctx, t.cell, phrase, a, changeMoney, currentMoney, priorOfChange(sentence.slice(0, index), year) ?? lastYearsAmountBefore(t.text, start, read.label, year, headings), key);
            checkAgainstPrior(ctx, t.cell, phrase, a, changeMoney, currentMoney, key, named ? wholeOf(read) : undefined);
          }
          const rises = a === '增加';
          const priorFen = rises ? currentMoney.fen - changeMoney.fen : currentMoney.fen + changeMoney.fen;
          const expectations = expectedRates(changeMoney, currentMoney, rises);
          const expected = expectations[0];
          const stated = rate.basis;
          const agrees = (rates: readonly number[]) => rateAgrees(rate, rates);
          /**
           * Whether the rate is the one from the item's known 预算 to its 决算 in the tables (an amount in 亿: the figure it rounds),
           * and the change the one from that 预算 or from a 预算 its clause states off it (text-budget-figures' 错误), at the 0.01 亿
           * written.
           */
          const inYiBudgetOnly = (r: CurrentRead, current: TextMoney, from: number, length: number) => {
            const known = budgetOf(ctx, t.cell, budgetWords!, budgetKey, true);
            if (!known || known.name === '文中所写' || known.fen <= 0) return false;
            const exact = roundedFrom(ctx, r, current, headings).fen;
            const worked = rateFrom(exact, known.fen);
            if (worked === undefined || !rateFits(rate, exact, known.fen, worked)) return false;
            const signed = rises ? changeMoney.fen : -changeMoney.fen;
            if (agreesAtPrecision({ ...changeMoney, fen: signed }, exact - known.fen, '万元')) return true;
            // The statement whose difference is this change's words (its phrase ends within them).
            const clause = inYi.find((b) => {
              const at = b.difference ? b.clause.indexOf(b.difference.phrase) : -1;
              const end = b.start + at + (b.difference?.phrase.length ?? 0);
              return at >= 0 && end > from && end <= from + length;
            });
            const stated = clause?.budget;
            return (
              stated !== undefined &&
              clause!.actual !== undefined &&
              !agreesAtPrecision(stated, known.fen, '万元') &&
              agreesAtPrecision({ ...changeMoney, fen: signed }, clause!.actual.fen - stated.fen, '万元')
            );
          };
          if (expected === undefined || (changeMoney.fen === 0 && stated === 0) || agrees(expectations)) continue;
          // The rate of the item's own figures, this year's and its 上年数 (or its 预算): where the change's amount is wrong (held to
          // them above), a rate right for them is no second 错误 (收入总计…，减少313.94万元，下降17.37%: the rate of 1,488.29 over
          // 1,801.23; worked back from the wrong amount it was one, and one wrong figure gave two: helper-h317).
          const ownPrior = read.whole || againstBudget || otherYear !== undefined ? undefined : priorOf(ctx, t.cell, key);
          const ownBase = read.whole ? undefined : againstBudget ? budgetOf(ctx, t.cell, budgetWords, budgetKey, previousItem !== undefined)?.fen : ownPrior?.fen;
          // Over a 上年数 of 0, the rate expectedRates gives there: 100% (增长100.00%), none where this year's is 0 too.
          const ownRate = ownBase === undefined ? undefined : ownBase === 0 ? (currentMoney.fen === 0 ? 0 : 10_000) : rateFrom(currentMoney.fen, ownBase);
          // Only where the amount itself misses them (so it is the 错误): written in 元, 减少18,897.42元 for 18,987.42 is within the
          // 万元 its 上年数 is held at, and its right rate 下降42.13% is what tells it is wrong (寻甸: hidden by helper-h317).
          if (ownRate !== undefined && changeMisses(a, changeMoney, currentMoney, ownBase!) !== undefined && rateFits(rate, currentMoney.fen, ownBase!, ownRate)) continue;
          // A difference from the 预算 in 亿, its rate right for the tables' 决算 and the known 预算 (财政拨款支出总计决算0.14亿元，比年初
          // 预算增加0.02亿元，增长13.02%: 1,363.45 over 1,206.34): worked out from amounts rounded to 0.01 亿 it was a second 错误
          // beside a wrong 决算 (决算0.15亿元: text-figures'), or beside a wrong 预算 stated (年初预算0.13亿元，比预算增加0.01亿元:
          // text-budget-figures'; the 0.01 its own). Only where the change itself is right for either: else the rate is what tells
          // a wrong change (比预算增加0.03亿元; text-budget takes one unit of 0.01 亿 off as rounding).
          if (againstBudget && unit.startsWith('亿') && inYiBudgetOnly(read, currentMoney, start + index, phrase.length)) continue;
          if (read.whole && agrees(expectedRates(changeMoney, read.whole, rises))) continue;
          // Nor where this year's amount misses the 上年 the comparison states and the change, and the rate is right for those two
          // (和龙 2020: 公务用车及运行维护费支出215万元，比上年累计支出285万元下降34万元，下降12%: the 215 is what is wrong, told once by
          // checkChangeFromStatedPrior; helper-h330).
          // Only where that 错误 is told: by checkChangeFromStatedPrior, or against the 上年数 where one is known (checkAgainstPrior,
          // checkStatedPriors).
          const statedBase = read.whole || againstBudget || otherYear !== undefined || (carried && carried.label === undefined) ? undefined : priorOfChange(sentence.slice(0, index), year);
          const told = statedBase && (priorOf(ctx, t.cell, key) !== undefined ? changeMisses(a, changeMoney, currentMoney, statedBase.fen) : missedStatedPrior(a, changeMoney, currentMoney, statedBase));
          if (statedBase && told !== undefined) {
            const impliedCurrent = textMoneyOf(rises ? statedBase.fen + changeMoney.fen : statedBase.fen - changeMoney.fen, changeMoney.unit);
            if (agrees(expectedRates(changeMoney, impliedCurrent, rises))) continue;
          }
          // The tables give both years' figures (this year's, and the 上年数): a rate right for them is right (of an amount in 亿,
          // the figure it rounds: 9.5亿元，减少1.46亿元，下降13.4% of 94,720.00 over 109,348.64), whatever the amounts written give.
          const exact = ownPrior && ownPrior.fen !== 0 ? exactCurrent(ctx, read, currentMoney, headings, key) : undefined;
          const tablesRate = exact && rateFrom(exact.fen, ownPrior!.fen);
          const tablesRange = tablesRate === undefined ? undefined : reachableRates(exact!, { fen: ownPrior!.fen, half: halfOfTyped(ownPrior!.fen) }, { fen: changeMoney.fen, half: halfOfWritten(changeMoney) }, rises);
          // Only where the change written is one the tables' figures can give, or its 错误 is told (checkAgainstPrior): 寻甸 (元),
          // 比上年减少18,897.42元 for 18,987.42 lies within the 万元 its 上年数 is held at, and its right 下降42.13% is what tells it.
          if (tablesRate !== undefined && rateFits(rate, exact!.fen, ownPrior!.fen, tablesRate) && (tablesRange !== undefined || changeMisses(a, changeMoney, currentMoney, ownPrior!.fen) !== undefined)) continue;
          // Off at the amounts as written but within what their rounding allows: a 尾差, not a 错误 (roundedRateRange). Where the
          // tables give both years' figures, within what theirs allow too, the change written holding (reachableRates): by the
          // amounts written alone, 公务接待费0.20万元，比上年减少0.07万元，下降26.92% (0.26 its 上年数: 23.08%; the 元 they round may
          // give 24.5%–26.4%) was a 尾差 of 23.2%–28.8%, a wrong rate let pass (helper-h329).
          const range = roundedRateRange(changeMoney, currentMoney, rises);
          const writtenRounding = range !== undefined && !rate.multiple && rate.basis + rate.tolerance >= range[0] && rate.basis - rate.tolerance <= range[1];
          // It narrows that range, never widens it: over a 上年数 of 0.01 the 元 may give any rate, the amounts written none (广东 1,800.0%).
          const rounding = writtenRounding && (tablesRange === undefined || (rate.basis + rate.tolerance >= tablesRange[0] && rate.basis - rate.tolerance <= tablesRange[1]));
          // After a reason naming an item bare, the item's own rate, or one not known to be neither.
          const ofReason = reason === undefined ? undefined : reasonItemRate(ctx, t.cell, reason, rate, headings);
          if (ofReason === 'fits' || ofReason === 'unknown') continue;
          if (writtenRounding && !rounding && tablesRate !== undefined) {
            // A 尾差 by the amounts written, none by the tables': the message names the tables' figures and their rate.
            place.at(start + index);
            ctx.report({
              messageId: 'prior',
              data: {
                phrase,
                item: ownPrior!.item,
                where: ownPrior!.where,
                what: ownPrior!.what,
                current: moneyText(currentMoney),
                prior: quotedLike(ownPrior!.fen, currentMoney),
                expected: `${exact!.fen < ownPrior!.fen ? '下降' : '增长'}${formatBasis(tablesRate)}%`,
              },
              cells: ownPrior!.cells,
              key: `${phrase}上年增减率`,
              values: [stated / 100, tablesRate / 100],
              unit: '%',
              difference: (stated - tablesRate) / 100,
              ...sourcesOf(currentMoney),
            });
            place.at(start);
            continue;
          }
          place.at(start + index);
          ctx.report({
            messageId: rounding ? (againstBudget ? 'budgetRateRounding' : 'rateRounding') : againstBudget ? 'budgetRate' : 'rate',
            ...(rounding ? { severity: 'rounding' as const } : {}),
            data: {
              phrase,
              a,
              change: moneyText(changeMoney),
              current: moneyText(currentMoney),
              ...(againstBudget ? {} : { base: otherYear === undefined ? '上年' : `${otherYear}年` }),
              prior: amountLike(priorFen, changeMoney, ''),
              expected: formatBasis(expected),
              stated: rateText,
            },
            cells: [t.cell],
            values: [stated / 100, expected / 100],
            unit: '%',
            difference: (stated - expected) / 100,
            key: phrase,
            ...sourcesOf(currentMoney),
          });
          place.at(start);
        }
      }
    }
  },
});
