/**
 * Every figure the explanation names must be the figure of the tables: 收入总计 1,488.29 万元 is 收入支出决算总表's
 * 总计; 一般公共服务支出(类)1,225.73 万元 is that 类 of table 05; …(项)：支出决算数为 223.14 万元 is that 项.
 * An amount in 元 is compared in 元 (rounded as the table rounds when the table is in 万元).
 *
 * Where two tables carry the same quantity (table 05's 合计 and table 04's 一般公共预算 column, a 类 in both) and
 * they differ by 0.01, a text equal to one of them is right and the tables hold a rounding gap: 尾差, naming both.
 */
import { defineRule } from '../rule';
import { normalizeText } from '../../grid/normalize';
import type { CellRef } from '../../grid/address';
import type { Recognition } from '../../recognise/recognise';
import type { RowModel, TableModel } from '../../tables/model';
import { findRow, shownTitle } from '../../tables/model';
import { classFiguresByScope } from '../shared/knownFigures';
import { amount, moneyValues } from '../measure';
import { aboutGeneralBudget, className, loneItemRows, loneItemsIn, namesRow, subjectByNames, subjectRowsNamed } from '../shared/subjectText';
import { FUNCTIONAL_CLASSES, functionalClassByName } from '../../subjects/functional';
import { fundTotal } from '../../tables/specs/fiscalSummary';
import { ECONOMIC_SUBJECTS } from '../../subjects/economic';
import { ALTERNATIVES, AMOUNT_LIST, atWrittenPrecision, BUDGET_SAID, BUDGET_WORD, domesticPartBeside, FIGURE_MONEY, FROM_LAST_YEAR_TO, listItems, mayStateAmount, MIRRORS, moneyText, namedAmounts, namedFigure, NamedFigure, ownAmounts, parseMoney, sectionPartLookup, sentenceSpans, sumOfFigures, summedAmounts, textCells, TextMoney, underGeneralBudget, YEARS_PERIOD } from '../shared/textScan';
import type { NamedAmount } from '../shared/textScan';
import { indicatorKeyOf } from '../shared/budgetText';
import { otherYearOpening, tablesYear, THIS_YEAR } from '../shared/documentYear';
import { matterFact } from '../shared/supplementFacts';
import { toFen } from '../../grid/money';
import { centsOfFen } from '../../derive/arithmetic';
import { printedFigure } from '../../supplement/indicators';
import type { RuleContext } from '../rule';
import { occurrences } from '../shared/occurrences';
import { bareAmountUnderItemHeading } from '../shared/threePublicHeadings';

interface Claim {
  readonly label: string;
  readonly stated: TextMoney;
  /** The figure the label names, then the same quantity in other tables. */
  readonly figures: readonly NamedFigure[];
  /** Figures the label may mean instead (ALTERNATIVES): equal to one, the text is right. */
  readonly alternatives?: readonly NamedFigure[];
  /**
   * Where the stated amount ends in the text, where known: the same label and amount stated wrong twice in one text are
   * two findings (occurrences). A claim without it is taken for the first.
   */
  readonly at?: number;
  /**
   * The words the text states the amount with where the label is not them (a list's sum: 因公出国(境)费和公务接待费共…, not
   * …合计…): what the message quotes. The label still keys the finding.
   */
  readonly quoted?: string;
  /**
   * The subject (类, 款, 项) the label names and where its name starts in the text: in a 其中 list after a change
   * (比上年增加…，其中：…), the amount may be its change rather than its 决算 (changeReading).
   */
  readonly subject?: { readonly code: string; readonly from: number };
  /**
   * The first item of a 主要用于 list right after a change's amount from last year (…比上年增加660.56万元，主要用于：…), read by a
   * reader of an item named alone (ofAnotherKind lets it through): its 决算, or its change the same way, or unread
   * (changeReading and the check of claims). Not a 类's or a chain's, read after a change's amount as their 决算 (classOfAnotherKind).
   * 'budgetRise': right after an increase's amount from a budget (…与年初预算数相比增加157.11万元，主要用于：…): its 决算 or its
   * part of the increase (its 决算 − its 预算), neither above its 决算 (USES_AFTER_BUDGET_RISE).
   */
  readonly usesOfChange?: 'lastYear' | 'budgetRise' | false;
}

/** A 类 of table 05, and the same 类 in table 04's 一般公共预算 column. */
function classFigures(rec: Recognition, row: RowModel): NamedFigure[] {
  const t5 = rec.tables.generalBudgetExpenditure!;
  const t4 = rec.tables.fiscalSummary;
  const mirror = t4 && row.code ? namedFigure(t4, findRow(t4, row.code, 'expenditure')?.figures.generalBudget) : undefined;
  return [namedFigure(t5, row.figures.total), mirror].filter((f): f is NamedFigure => f !== undefined);
}

const FUND_SPENT = new RegExp(`(政府性基金|国有资本经营)预算财政拨款收入${FIGURE_MONEY.replace(/\((?!\?)/g, '(?:')}[,，]支出${FIGURE_MONEY}`, 'g');

/**
 * A fund's income and expenditure said as one amount (2022年度国有资本经营预算财政拨款收入、支出均为0万元): each the fund's
 * 合计 (table 08's or 09's, else table 04's column). Unread, a wrong one passed (helper-h105).
 */
const FUND_BOTH = new RegExp(`(政府性基金|国有资本经营)预算财政拨款收入(?:、|和|及|与)支出(?:(?:、|和|及|与)结转和?结余)?(?:均为|各为|均|各|都是|都为)${FIGURE_MONEY}`, 'g');

/** 其他支出 is also the 经济分类 类 399 (§六's lists): without its mark, which one the text means is not known. */
const ECONOMIC_NAMES = new Set(ECONOMIC_SUBJECTS.map((e) => e.name));

/**
 * A 类 named without its (类) mark, or with it before 支出 (`一般公共服务支出1,225.73万元`, `一般公共服务（类）支出…`):
 * the name stands alone (no character of a longer word before it: 职业教育支出 is no 教育支出) and the amount follows.
 */
const UNMARKED_CLASS = new RegExp(
  `(?<![\\u4e00-\\u9fa5])(${FUNCTIONAL_CLASSES.filter((c) => !ECONOMIC_NAMES.has(c.name))
    .sort((a, b) => b.name.length - a.name.length)
    .map((c) => `${c.name}(?!\\(类\\)\\d)(?:\\(类\\)支出)?|${c.name.replace(/支出$/, '')}\\(类\\)支出`)
    .join('|')})(?:决算数?)?(?:为|是|:)?${FIGURE_MONEY}`,
  'g',
);

/**
 * 类 listed by name, then their amounts with 分别 (一般公共服务支出、社会保障和就业支出分别为1225.73万元、47.25万元): each 类
 * its amount in turn, 其他支出 the 功能分类 229 beside the others. Groups: the names, the amounts. Only as many amounts as
 * names. Unread, a wrong one passed (helper-h105). Also right after a year (2022年度一般公共服务支出、…): read only where it is the
 * document's (YEAR_BEFORE_LIST), or 本年/本年度; not in a sentence naming another year last (listOfAnotherYear).
 */
const CLASS_ALTERNATIVES = FUNCTIONAL_CLASSES.filter((c) => !ECONOMIC_NAMES.has(c.name))
  .sort((a, b) => b.name.length - a.name.length)
  .map((c) => `${c.name}(?:\\(类\\))?|${c.name.replace(/支出$/, '')}\\(类\\)支出`)
  .join('|');
const CLASS_NAME = new RegExp(`${CLASS_ALTERNATIVES}|其他支出(?:\\(类\\))?`, 'g');
const CLASS_LIST = new RegExp(
  `(?:(?<![\\u4e00-\\u9fa5])|(?<=年度?))((?:${CLASS_ALTERNATIVES}|其他支出(?:\\(类\\))?)(?:(?:、|和|及|与)(?:${CLASS_ALTERNATIVES}|其他支出(?:\\(类\\))?))+)(?:决算数?)?分别(?:为|是)?:?${AMOUNT_LIST}`,
  'g',
);

/**
 * A year right before a list of 类 (2022年度, 2022年, 本单位2022年度, 本年度(2022年)), not after another year or a joiner
 * (2021年和2022年…, 2021年至2022年…: of two years). Group: the year.
 */
const YEAR_BEFORE_LIST = /(?:^|[^\d、和及与至到~-])(\d{4})年度?\)?$/;

/**
 * Years a sentence names before a list of 类 (2021年度，一般公共服务支出、…分别为…): a year with its 年, 上年/去年 (last year),
 * or 本年/今年 (the document's: THIS_YEAR). Not a year compared with (与2021年相比，…, 比上年增加…: the list is this year's), nor
 * 上年结转 (a source of this year's). Groups: the year's digits; last year's words.
 */
const YEAR_IN_SENTENCE = new RegExp(`(?<!\\d)(\\d{4})年度?(?!度?(?:相比|比较|对比))|(?<![比较与])(上一?年度?|去年)(?!度?(?:相比|比较|对比|同期|结转|结余))|${THIS_YEAR}|今年`, 'g');

/**
 * Whether the last year named in a list's sentence before it (since the previous 。, ；, or line) is another than the document's
 * (2021年度，一般公共服务支出、…: last year's list, not this year's tables'). The second of two years joined (2021年和2022年，…)
 * is of both, not the document's alone; a sentence naming no year is the document's.
 */
function listOfAnotherYear(text: string, index: number, year: number | undefined): boolean {
  const start = Math.max(...['。', ';', '；', '\n'].map((c) => text.lastIndexOf(c, index - 1))) + 1;
  const before = text.slice(start, index);
  let another = false;
  for (const m of before.matchAll(YEAR_IN_SENTENCE)) {
    if (m[2] !== undefined) another = true;
    else if (m[1] === undefined) another = false;
    else if (!(another && /\d年度?[、和及与至到~—－-]$/.test(before.slice(0, m.index)))) another = Number(m[1]) !== year;
  }
  return another;
}

/** Names listed, then their amounts with 分别 (ITEM_LIST's use: 项 named alone). Groups: the names, the amounts. */
// A name holds no joiner (和, 及, 与: a name with one is not read): with them inside, the nested runs made the search exponential.
const ITEM_NAME = '(?:(?![和及与])[\\u4e00-\\u9fa5()])+';
const ITEM_LIST = new RegExp(`(${ITEM_NAME}(?:(?:、|和|及|与)${ITEM_NAME})+)(?:决算数?)?分别(?:为|是)?:?${AMOUNT_LIST}`, 'g');

/** 其他支出 without its mark, then its amount (read only in a list of 类 named so: OTHER_CLASS's use). */
const OTHER_CLASS = new RegExp(`(?<![\\u4e00-\\u9fa5])其他支出(?!\\(类\\))(?:决算数?)?(?:为|是|:)?${FIGURE_MONEY}`, 'g');
/** A sentence about 经济分类 (§六): 人员经费, 公用经费 or an 经济分类 类 named, its 其他支出 the 类 399. */
const ECONOMIC_CLASS_NAMED = new RegExp(`人员经费|公用经费|基本支出|${ECONOMIC_SUBJECTS.filter((e) => e.code.length === 3 && e.name !== '其他支出').map((e) => e.name).join('|')}`);

/** 经济分类 款 named as a 三公 item is (table 06's 30217 公务接待费, table 07's 公务接待费): the label, and the 款's code. */
const ECONOMIC_NAMESAKES: Readonly<Record<string, string>> = {
  公务接待费: '30217',
  公务用车运行维护费: '30231',
  公务用车运行费: '30231',
  '因公出国(境)费': '30212',
  公务用车购置: '31013',
};

/**
 * In a sentence about 人员经费 or 公用经费 (§六) that says nothing of 三公, a 三公 item's name is the 经济分类 款 of table 06
 * (公用经费66.99万元，包括：…；公务接待费-0.20万元为收回以前年度支出，冲减本年支出): its figure, not table 07's. Held to table 07,
 * the 款's refund stated with its figure was a 错误 (helper-h109).
 */
function economicNamesake(rec: Recognition, label: string, sentence: string): NamedFigure | undefined {
  const code = ECONOMIC_NAMESAKES[label];
  const t6 = rec.tables.generalBudgetBasic;
  if (!code || !t6 || !/人员经费|公用经费/.test(sentence) || /三公/.test(sentence)) return undefined;
  const row = findRow(t6, code);
  return row ? namedFigure(t6, row.figures.amount) : undefined;
}

/**
 * A 类 named without its mark may be spoken of in §三 (all sources: tables 01 and 03), in §四 (财政拨款: table 04), in
 * §五 (一般公共预算: tables 05 and 04) or in §八/§九 (a fund: tables 08/09 and table 04's column of it): its figure in
 * any of them. Table 05's comes first, as the (类) lines'. In a sentence about 一般公共预算 (§五: 一般公共预算财政拨款支出
 * …主要用于：一般公共服务支出…), only its figure: table 03's (all sources) was taken for it (aboutGeneralBudget).
 */
function unmarkedClassFigures(rec: Recognition, code: string, generalBudget: boolean): NamedFigure[] {
  const figures = classFiguresByScope(rec, code);
  return (generalBudget ? figures.generalBudget : [...figures.generalBudget, ...figures.otherScopes]).filter((f): f is NamedFigure => f !== undefined);
}

/**
 * Whose 基本支出 and 项目支出 the parts after a whole's 其中 are: the whole's table's. After table 01's or 03's 本年支出合计
 * they are table 03's (all sources); after 一般公共预算财政拨款支出 table 05's. Equal to either table's, as a part named
 * alone may be (ALTERNATIVES), 本年支出合计1,488.29万元，其中：基本支出645.23万元 passed with table 05's 基本支出 under table
 * 03's total, and 一般公共预算财政拨款支出1,363.45万元，其中：基本支出770.07万元 with table 03's.
 */
const PARTS_OF_WHOLE: Readonly<Record<string, 'own' | 'alternative'>> = {
  本年支出合计: 'own',
  本年支出: 'own',
  支出合计: 'own',
  一般公共预算财政拨款支出: 'alternative',
};
/** The spending parts named bare, table 04's with table 05's their alternative (ALTERNATIVES). */
const BARE_PARTS = new Set(['基本支出', '项目支出']);
/** Between a whole and its parts: 其中 or 包括 in its sentence (its items may be one a clause, each after a ；). */
const PARTS_FOLLOW = /^[^。]*?(?:其中|包括)/;

/** Words before an amount in its part of the sentence that make it a change, not a whole (比上年减少312.94万元). */
const CHANGE_BEFORE = /(?:上一?年|去年|较|比|增加|减少|增长|下降)[^,，;；:：(（]*$/;
const AMOUNTS = new RegExp(FIGURE_MONEY, 'g');

/**
 * The whole (PARTS_OF_WHOLE) whose 其中 a part follows in its sentence: the amount nearest before the part with a 其中
 * (包括) between them, a change from last year aside. A whole of another name there is the part's (本年支出合计1,488.29万元，
 * 其中：财政拨款支出1,363.45万元（其中：基本支出645.23万元…）): its table is not said, and either table's figure may be the
 * part's. Held to the 本年支出合计 further back, that correct sentence was a 错误.
 */
function wholeBefore(named: readonly NamedAmount[], part: NamedAmount, sentence: string): 'own' | 'alternative' | undefined {
  const ends = [...sentence.slice(0, part.index).matchAll(AMOUNTS)]
    .filter((m) => !CHANGE_BEFORE.test(sentence.slice(0, m.index)))
    .map((m) => m.index! + m[0].length);
  const end = ends.filter((e) => PARTS_FOLLOW.test(sentence.slice(e, part.index))).pop();
  const whole = end === undefined ? undefined : named.find((w) => w.end === end);
  return whole && PARTS_OF_WHOLE[whole.label];
}

const shown = (f: NamedFigure) => amount(f.fen, f.unit);
const equalAtPrecision = (stated: TextMoney, f: NamedFigure) => {
  const s = atWrittenPrecision(stated, f.fen, f.unit);
  return s.stated === s.table;
};
/**
 * A name of a 类/款/项 chain: within one sentence and before its figure's colon, so that a 款 paragraph (no 项) and
 * the 项 paragraph after it in the same cell are not read as one chain.
 */
const NAME = '([^。;；:：]+?)';
/**
 * Between a 项's (or 款's) chain of names and its amount, as the provinces write it: `(项)：支出决算数为…` (上海, 新疆),
 * `(项)：2022年度决算…` (四川), `(项)支出…` (北京, 山东), `(项)：决算数…`, `(项)，支出决算为…`. Groups: a year named, the
 * number, the unit. Only the 决算 of the document's year: 年初预算…, 上年… or another year's are not read here.
 */
// Or after the change from last year's written before it (行政运行(项)支出由上年的403.53万元减少至223.14万元: FROM_LAST_YEAR_TO;
// helper-h126, unread, a wrong one passed).
const TO_AMOUNT = `[:：,，]?(?:(\\d{4})年度?)?(?:本年)?(?:支出)?(?:决算数?)?(?:为|是)?(?:${FROM_LAST_YEAR_TO})?${FIGURE_MONEY}`;
/**
 * A 结转/结余 the subject of the words before a subject's name, the name among its parts (年末结转和结余50.00万元，主要是：一般行政
 * 管理事务50.00万元; 结余主要为…; 结转资金主要为…, a list's later items too): the balance's part, not the item's 决算 (helper-h232:
 * held to it, a right text was a 错误). Not a balance stated in a clause of its own, a 决算 after it (年初结转和结余0.00万元，
 * 本年支出…，主要用于：…; 上年结转和结余为0，一般公共服务支出…), nor one said to be none (年末无结转和结余，主要用于：…), nor
 * an item after a later clause's subject or parts word (…，其中：财政拨款0.00万元，本年支出…，主要用于：…): the spending's 决算
 * (helper-h234: hidden, a wrong one passed). 无/和/转 before the word: its start is that of the whole word (结转和结余, 结转结余).
 */
// After a ； too (年末结转和结余50.00万元；主要是：…), its parts one a clause each (…；一般行政管理事务30.00万元) or numbered (1.…；
// 2.…, (一)…): helper-h235, held to the items' 决算, each right text was a 错误. Or 一是…；二是… (helper-h252: the same).
const LIST_NUMBER = '(?:\\d{1,2}[.、]|\\([一二三四五六七八九十\\d]{1,3}\\)|[一二三四五六七八九十]{1,3}、|[一二三四五六七八九十]{1,3}是)';
// 用于 alone too, and a balance carried into this year (使用上年结余资金用于…; 上年结转资金50.00万元，用于：…; 上年结转至本年的
// 资金主要用于…): helper-h243, read since NOT_GOVERNING left their 上年 out, each right text was a 错误.
// Nor a balance the spending includes or uses (…，含上年结转50.00万元，主要用于：…; …，其中使用上年结转资金50.00万元，…): the items
// after are the spending's uses (helper-h246: taken for the balance's parts, a wrong one passed; the bracketed form is closed
// before them). One used with no amount of its own (使用上年结余资金用于…) is the subject of the uses: the balance's parts.
// Or the year it was left from (…，含2021年结转50.00万元，主要用于：…): helper-h252, the items taken for the balance's parts, a wrong
// one passed.
/** Words closing a balance named as the subject of the clause after it (上年结转和结余中，…; 2021年结转，…). */
const BALANCE_SUBJECT_END = '(?:和?结余)?(?:资金)?(?:中[,，:：]?|[,，])';
/** A ； opening a new spending's list, its own amount first (…；一般公共预算财政拨款支出1363.45万元，主要用于：…). */
// The department named before it too (…；本单位一般公共预算财政拨款支出…), its amount as a total (…支出共1363.45万元 / 支出总额…).
// Or with no amount, the spending named as this year's or the fund's (…；本年支出主要用于：… / …；一般公共预算财政拨款支出主要用于：…:
// review r279, 946b7e9 read them, 073e5ef hid them as last year's, a wrong one passed); a bare part (…；项目支出主要用于：…) stays the
// balance's.
const NEW_SPENDING_LIST =
  '[;；](?:(?:\\d{4}年度?|本年度?|今年|全年)?[,，]?(?:本部门|本单位|我部门|我单位)?(?:一般公共预算)?(?:财政拨款)?(?:本年)?支出(?:合计|总计|共计|总额|共)?(?:决算数?)?(?:为|是)?[:：]?\\d[^;；]*?' +
  '|(?:\\d{4}年度?|本年度?|今年|全年|本部门|本单位|我部门|我单位|一般公共预算|财政拨款)+支出[,，]?)(?:主要|其中|包括|具体|用于)';
/**
 * A spending's sources listed up to a joiner (…支出1363.45万元，资金来源为本年收入、 / 来源于本年财政拨款1,363.45万元和): a balance
 * after it is one source among others of this year's spending, not the subject of the list after (its amount's thousands too).
 */
const SPENDING_SOURCES = '支出[^。;；]*?(?:资金)?来源(?:于|为|是|主要为|主要是|包括|有)?[:：]?(?:[^。;；,，]|(?<=\\d),(?=\\d))*?[、和及与]';
const BALANCE_YEAR = '(?:上一?年度?|年初|以前年度|往年|(?<!\\d)\\d{4}年度?)?';
/** A balance's words up to its amount (上年结转和结余资金为…; 上年结转至本年的资金…). */
const BALANCE_WORDS = '(?:结转|结余)(?:和?结余)?(?:(?:至|到)本年度?的?)?(?:资金)?(?:为|是|:)?';
// The used one's words as BALANCE_PARTS reads them (使用上年结转至本年的资金50.00万元，主要用于：…: the 至本年 left out here, it was
// the balance's parts, unread, a wrong one passed; helper-h249).
// Not a balance's own part (年末结转和结余50.00万元，包括结转资金30.00万元，主要用于：…: the balance's parts, held to the items'
// 决算 since ef0c428, each right text a 错误; helper-h249).
const PART_OF_BALANCE = `(?<=(?:结转|结余)(?:和?结余)?(?:资金)?(?:为|是)?${FIGURE_MONEY}[,，](?:其中)?(?:含|包含|包括)${BALANCE_YEAR})`;
// The 财政拨款's balance a source the same (…资金来源为本年收入和上年财政拨款结转，主要用于：…: review r279, unread as its parts).
const INCLUDED_BALANCE = `(?:(?<!(?:含|包含|包括)${BALANCE_YEAR})(?<!${SPENDING_SOURCES}${BALANCE_YEAR}(?:财政拨款)?)|${PART_OF_BALANCE})(?!(?<=(?:使用|动用)${BALANCE_YEAR})${BALANCE_WORDS}${FIGURE_MONEY})`;
/** A character of the parts' words before an item: no new subject or parts word, no end of the sentence or clause. */
const PART_CHAR = '(?!本年|主要|其中|包括|具体)[^。;；]';
/**
 * A part's clause closed by a ； (…主要是：行政运行20.00万元；…): with an amount of its own. After a clause with none (…，主要是项目
 * 未完工；一般行政管理事务781.22万元) the ； closes the parts: the item after is this year's 决算 (helper-h252: taken for the
 * balance's part, a wrong one passed unread). The lookahead holds no choice to try again: a long run of clauses stays linear.
 */
// Nor where a numbered list goes on after the ； (…主要是：（一）项目未完工；（二）一般行政管理事务30.00万元): the list's next part, the
// balance's (helper-h260: held to the items' 决算 since 880a7b8, a right text was a 错误).
const PART_CLAUSE = `(?:(?=(?:${PART_CHAR})*?\\d\\s*(?:亿|万|元))(?:${PART_CHAR})*[;；]|${LIST_NUMBER}(?:${PART_CHAR})*[;；](?=${LIST_NUMBER}))`;
const BALANCE_PARTS = new RegExp(
  `(?<!无|没有|和|转)${INCLUDED_BALANCE}${BALANCE_WORDS}(?:${FIGURE_MONEY})?[,，;；]?(?:(?:年[初末])?(?:结转和结余|结转|结余)(?:资金)?)?(?:主要(?:是|为|有|包括|用于)|用于|包括|其中|具体(?:为|是|包括))[:：]?(?:${PART_CLAUSE})*(?:(?:${PART_CHAR})*?[、,，])?${LIST_NUMBER}?$`,
);

/** A balance stated as none (含上年结转0.00万元，主要用于：…): no parts of it after, the amounts are the spending's (helper-h234). */
const NO_BALANCE = /^(?:结转|结余)(?:和?结余)?(?:资金)?(?:为|是|:)?0(?:\.0+)?\s*(?:万元|元)/;

function ofBalance(text: string, index: number): boolean {
  const start = Math.max(text.lastIndexOf('。', index - 1), text.lastIndexOf('\n', index - 1)) + 1;
  const balance = BALANCE_PARTS.exec(text.slice(start, index));
  return balance !== null && !NO_BALANCE.test(balance[0]);
}

/**
 * Words naming a budget, last year or another year that do not govern what follows them: a parenthesis closed before it
 * (（含上年结转50.00万元）, （2021年度为1,200.00万元）), and last year's balance as a source of this year's money (含上年结转…,
 * 使用以前年度结余…, 含2021年结转…: the balance's own parts are ofBalance's). The year a balance was left from is not the year of
 * the spending's items after it (helper-h252: 含2021年结转50.00万元，主要用于：… hid them as 2021's, a wrong one passed).
 */
// The year's form only as a source after 含, 包括, 使用 or 动用: a year's balance named as the subject (2021年结转和结余中，…) is that
// year's, its items no 决算 of this year (helper-h260: left out since d9d3f5a, held to this year's 决算, a 错误).
// Last year's the same where named as the subject (上年结转和结余中，…; 上年结转资金中，…; 以前年度结余，…: no amount of its own before
// the clause ends): its items are last year's (helper-h265: held to this year's 决算, a 错误). Stated with an amount or a clause of
// its own (上年结转和结余为0，一般公共预算财政拨款支出…) or as a source (含上年结转，主要用于：…) it still governs nothing. Nor past a ；
// whose clause opens a new list (…中，一般行政管理事务50.00万元；一般公共预算财政拨款支出1363.45万元，主要用于：…: this year's
// spending's, as PART_CHAR ends a balance's parts; review h267: hidden as last year's, a wrong one passed unread).
// A year's balance (2021年结转和结余中，…; 2021年结转50.00万元，主要用于：…) or the year's opening one (年初结转和结余中，…) the same
// way (helper-h271: the new list after the ； hidden as 2021's, a wrong one passed; 年初's parts were held to this year's 决算,
// a 错误). The new list is a spending's with its own amount (…；一般公共预算财政拨款支出1363.45万元，主要用于：…), not a part of
// the balance's going on (…；项目支出50.00万元，主要用于：…: the balance's, as before).
// Nor last year's balance listed after another source of a spending's money (…支出1363.45万元，资金来源为本年收入、上年结转，主要
// 用于：…): this year's spending's items (helper-h271: unread, a wrong one passed). As the only source (资金来源为上年结转，…) the
// items may be the balance's uses alone, no 决算: it still governs. The 财政拨款's balance alike (年初财政拨款结转和结余中，…: held to this
// year's 决算, a 错误; 上年财政拨款结转和结余0.00万元，…主要用于：… hid the spending's items as last year's, a wrong one passed: review r279).
const NOT_GOVERNING = new RegExp(
  `\\([^()]*\\)|(?:(?:上一?年度?|去年|以前年度|年初)(?:财政拨款)?(?:结转|结余)(?!${BALANCE_SUBJECT_END}(?![^]*${NEW_SPENDING_LIST}))|(?<!\\d)\\d{4}年度?(?:结转|结余)(?=[^]*${NEW_SPENDING_LIST})|(?<=含|包括|使用|动用)(?:\\d{4}年度?|上一?年度?|去年|以前年度)(?:结转|结余)|(?<=${SPENDING_SOURCES})(?:\\d{4}年度?|上一?年度?|去年|以前年度|年初)(?:财政拨款)?(?:结转|结余))`,
  'g',
);

/**
 * The words before a subject's name that may say whose amount it is: those of NOT_GOVERNING left out (helper-h235: 2022年度
 * 本年支出1,488.29万元（含上年结转50.00万元），主要用于：一般行政管理事务781.22万元 hid every item as last year's, a wrong one
 * passed).
 */
function governingWords(before: string): string {
  let words = before;
  for (let previous = ''; previous !== words; ) [previous, words] = [words, words.replace(NOT_GOVERNING, '')];
  return words;
}

/**
 * Last year's words (上年, 去年, 以前年度), a year, or this year's (本年, 今年; not a line's name: 2021年度本年支出… is last
 * year's). Groups: the year's digits.
 */
// A line's name with its fund neither (THIS_YEAR).
const YEAR_WORDS = new RegExp(`上一?年|去年|以前年度|年初(?=(?:财政拨款)?(?:结转|结余))|(?<!\\d)(\\d{4})年|${THIS_YEAR}|今年`, 'g');

/**
 * Whether the last year the governing words name is last year or another than the document's (上年决算中，…; 2021年度…): not
 * where this year is named after it (上年主要用于…68.00万元，本年主要用于…; …，2022年度主要用于…: helper-h235, hidden as last
 * year's, a wrong one passed). The second of two years joined (2021年和2022年…) is of both, not the document's alone.
 */
function anotherYearGoverns(governing: string, year: number | undefined): boolean {
  let another = false;
  for (const m of governing.matchAll(YEAR_WORDS)) {
    if (m[1] === undefined) another = !/本年|今年/.test(m[0]);
    else if (year !== undefined && !(another && /\d年度?[、和及与至到~—－-]$/.test(governing.slice(0, m.index)))) another = Number(m[1]) !== year;
  }
  return another;
}

/**
 * A comparison with last year, another year or a budget (比上年增加…, 较2021年度…, 与年初预算相比, 同比): the amount compared is
 * this year's, and so are the 类, 款 and 项 listed after it (ofAnotherKind).
 */
// 上年同期 only after 同比 (同比上年同期…) or 比/较/与 (较上年同期…): alone (上年同期，一般行政管理事务…) it is last year's (helper-h243:
// taken out, the items were read as this year's, each right text a 错误). After 和 or 同 too where 相比, 比较 or 对比 follows
// (和上年同期相比，…: with 上年同期 no longer taken out alone, its 上年 governed, the items unread, a wrong one passed; helper-h249).
const COMPARISON = new RegExp(`(?:比|较|与|对比)(?:上一?年度?|去年|\\d{4}年度?)?(?:同期)?(?:年初|全年|调整后?)?(?:预算|决算)?数?的?(?:${FIGURE_MONEY.replace(/\((?!\?)/g, '(?:')})?(?:相比)?|[和同](?:上一?年度?|去年|\\d{4}年度?)(?:同期)?(?:预算|决算)?数?(?:相比|比较|对比)|同比(?:上一?年同期)?`, 'g');

/** The 决算 or the 实际 amount stated after the last budget named (…预算为1,200.00万元，支出决算为1363.45万元，…). */
const DECIDED_AFTER_BUDGET = new RegExp(`${BUDGET_WORD}(?:(?!${BUDGET_WORD})[^])*?[,，;；](?:本年|全年)?(?:支出)?(?:决算|实际)(?:支出)?数?(?:为|是|:|：)?\\d`);
/** The 决算's rate of a budget (完成年初预算的113.62%; 为年初预算的98.5%): no budget's amount stated. */
const BUDGET_RATE = /(?:完成|为|占|达到?)了?(?:年初|全年|调整后?的?)?预算数?的?\d[\d,.]*%/g;

/**
 * Whether the sentence, before a 类 named, speaks of another amount than its 决算 (年初预算中，一般公共服务支出…; 上年决算中…;
 * 增加的原因主要是：…): as ofAnotherKind, but after a change's amount (…，比上年增加660.56万元，主要用于：一般公共服务支出…) it is
 * this year's, as the 类 readers have read it (helper-h235: they asked only ofBalance, each such right text was a 错误).
 */
function classOfAnotherKind(text: string, index: number, year: number | undefined): boolean {
  return ofAnotherKind(text, index, year, true);
}

/**
 * Whether the sentence, before a 项 named alone, speaks of another amount than its 决算 (review45: 年初预算中，行政运行(项)
 * 230.00万元; 上年决算中…; 2021年度…) or of a run of 项 whose amount is their sum (行政运行(项)、事业运行(项)507.52万元).
 */
function ofAnotherKind(text: string, index: number, year: number | undefined, ofClass = false): boolean {
  const before = text.slice(text.lastIndexOf('。', index - 1) + 1, index);
  if (ofBalance(text, index)) return true;
  // A comparison before it (比上年增加…，增长…%，主要用于：…) leaves the list this year's (helper-h235: hidden as last year's, a wrong
  // one passed), but for the change's amount right before the item's clause (CHANGE_BEFORE_CLAUSE).
  // Nor a rate of the budget (…，完成年初预算的113.62%，主要用于：…): the 决算's, no budget stated (helper-h260: a chain after it
  // unread since 58b7e6e, a wrong one passed).
  const governing = governingWords(before).replace(COMPARISON, '').replace(BUDGET_RATE, '');
  // 预算 as a budget, not in a fund's name (一般公共预算财政拨款支出主要用于：行政运行(项)… is the 决算: BUDGET_SAID).
  // Nor a budget whose 决算 is stated after it (年初预算为1,200.00万元，支出决算为1363.45万元，其中：…): the list is the 决算's, as
  // BUDGET_PARTS' end at 实际 reads it (helper-h260: a chain after it unread since 58b7e6e, a wrong one passed).
  if ((BUDGET_SAID.test(governing) && !DECIDED_AFTER_BUDGET.test(governing)) || anotherYearGoverns(governing, year) || /\(项\)、$/.test(before)) return true;
  // Nor its clause a change's reasons (增加的原因主要是：一般行政管理事务50.00万元; 减少主要是行政运行(项)…): the item's part of
  // the change, not its 决算 (helper-h229: held to it, a right text was a 错误).
  const clauseStart = Math.max(...[',', '，', ';', '；'].map((c) => before.lastIndexOf(c))) + 1;
  if (/增加|减少|增长|下降|新增|变动|变化|原因/.test(before.slice(clauseStart))) return true;
  // A 类 read after a change's amount as well, as before (a 类 list after it hidden, a wrong one would pass unread).
  // Not where the item's clause names its year (…增加100.00万元，今年主要用于：…).
  // Nor a 其中 list's (…比上年减少180.39万元，其中：行政运行…): its items are read as after a change's rate, their 决算 or their change
  // the same way (changeReading; helper-h265: unread, a wrong one passed). Nor a 主要用于 list's after a change from last year
  // (…比上年增加660.56万元，主要用于：一般行政管理事务781.22万元: unread, a wrong one passed): the same, but unread where the item's
  // 上年数 is not known or it moved the other way (Claim.usesOfChange: a part of the change spent on it may be meant). Not after a
  // change from a budget (与年初预算数相比增加…，主要用于：…): read only where it is above the item's 决算 (Claim.usesOfChange
  // 'budgetRise').
  const clause = before.slice(clauseStart);
  return !ofClass && CHANGE_BEFORE_CLAUSE.test(before.slice(0, clauseStart)) && !/本年|今年|\d{4}年|^其中/.test(clause) && !USES_AFTER_CHANGE.test(before) && !USES_AFTER_BUDGET_RISE.test(before);
}

/**
 * A change's amount closing the clause before an item's (…，比上年增加660.56万元，主要用于：一般行政管理事务…): the item may be the
 * increase's use, not its 决算. After the change's rate (…增长93.98%，主要用于：…) the list is the spending's.
 */
const CHANGE_BEFORE_CLAUSE = new RegExp(`(?:增加|减少|增长|下降|新增|节约|节省)了?(?:为|是)?${FIGURE_MONEY.replace(/\((?!\?)/g, '(?:')}[,，;；]$`);

/**
 * A 项's figures of other scopes, any of which a 项 named alone may state (review45: 本年支出…主要用于事业运行(项)409.21万元
 * is table 03's all sources; 基本支出…, 本年收入…按支出功能分类 are tables 03's and 02's parts; table 05's own parts).
 */
function otherScopes(rec: Recognition, code: string): NamedFigure[] {
  const { generalBudgetExpenditure: t5, expenditure: t3, income: t2 } = rec.tables;
  const of = (table: TableModel | undefined, columns: readonly string[]) => {
    const row = table && findRow(table, code);
    return row ? columns.map((c) => namedFigure(table!, row.figures[c])) : [];
  };
  return [...of(t5, ['basic', 'project']), ...of(t3, ['yearExpenditure', 'basic', 'project']), ...of(t2, ['yearIncome'])].filter((f): f is NamedFigure => f !== undefined);
}

/** The sums of rows' figures in each of otherScopes' columns (a run of 款 or 项 with one amount: JOINED_SECTIONS). */
function scopeSums(rec: Recognition, codes: readonly string[]): NamedFigure[] {
  const { generalBudgetExpenditure: t5, expenditure: t3, income: t2 } = rec.tables;
  const sum = (table: TableModel | undefined, column: string) =>
    table ? sumOfFigures(codes.map((code) => { const row = findRow(table, code); return row ? namedFigure(table, row.figures[column]) : undefined; })) : undefined;
  return [sum(t5, 'basic'), sum(t5, 'project'), sum(t3, 'yearExpenditure'), sum(t3, 'basic'), sum(t3, 'project'), sum(t2, 'yearIncome')].filter((f): f is NamedFigure => f !== undefined);
}

/** A 款's or 项's code (5 or 7 digits, no more around it) before or after its name, then its amount (a 类 is read by its name). */
// Or right after a list item's number and its point (福建: 1.2010302-政务公开审批…万元): unread, taken for a decimal's digits
// (helper-h221).
const SUBJECT_CODE = '(?:(?<![\\d.,])|(?<=(?:^|[^\\d.,])\\d{1,2}\\.))(\\d{7}|\\d{5})(?![\\d.,%])';
const SUBJECT_NAME = '([\\u4e00-\\u9fa5][\\u4e00-\\u9fa5()]*?)';
// Or a dash between them (福建: 1、20103-政府办公厅（室）及相关机构事务9185万元; 泉州台商区 2022): unread, a wrong one passed
// (helper-h208).
const CODE_THEN_NAME = new RegExp(`${SUBJECT_CODE}\\s*[-－—]?\\s*${SUBJECT_NAME}(?:支出)?${TO_AMOUNT}`, 'g');
// The name may end a run of words (主要用于行政运行（2010101）支出500.00万元; 福建): the row's label is its tail (BEFORE_BARE_NAME).
// Unread before helper-h221, a wrong one passed.
const NAME_THEN_CODE = new RegExp(`${SUBJECT_NAME}\\(${SUBJECT_CODE}\\)(?:支出)?${TO_AMOUNT}`, 'g');

/**
 * A 款 or 项 named bare, no mark and no code, then its amount (福建 §五: 主要用于：一般行政管理事务781.22万元；具体为：机关服务
 * 80万元): group 1 the run of words before the amount, the name its tail. Unread before helper-h221, a wrong one passed.
 */
// From where the run starts only: tried from each of its characters, a long run with no amount after it cost its length squared.
const BARE_SUBJECT = new RegExp(`(?<![\\u4e00-\\u9fa5()])([\\u4e00-\\u9fa5()]+?)${TO_AMOUNT}`, 'g');
/** Words a subject's name may follow in its run (主要用于一般行政管理事务…, (一)…); after others it is the tail of a longer word. */
const BEFORE_BARE_NAME = /(?:^|^\([一二三四五六七八九十\d]{1,3}\)|主要用于|用于|其中|包括|具体为|具体是|主要为|主要是|主要有|分别是|为|是)$/;
/** 经济分类 款 named as a 功能 项 is (30108 机关事业单位基本养老保险缴费, 2080505 …缴费支出): §六's, not table 05's. */
const ECONOMIC_STEMS = new Set(ECONOMIC_SUBJECTS.map((e) => e.name.replace(/支出$/, '')));

/**
 * Of 项 rows sharing a name (行政运行 under 20103 and 20805), the one whose 款 the sentence names last before it
 * (行政事业单位养老支出47.25万元，其中：行政运行1.03万元): none where the last 款 named is no parent of theirs, or none is named.
 */
function itemOfSectionNamed(table: TableModel, rows: readonly RowModel[], sentence: string): RowModel | undefined {
  if (rows.length < 2 || rows.some((r) => r.code!.length !== 7)) return undefined;
  const at = (label: string) => Math.max(sentence.lastIndexOf(label), sentence.lastIndexOf(label.replace(/支出$/, '')));
  let last: { code: string; index: number } | undefined;
  for (const r of table.rows) {
    if (r.code?.length !== 5) continue;
    const index = at(normalizeText(r.label));
    if (index >= 0 && (!last || index > last.index)) last = { code: r.code, index };
  }
  const own = last && rows.filter((r) => r.code!.startsWith(last!.code));
  return own?.length === 1 ? own[0] : undefined;
}

/** The name a run of words ends with, as `named` tells a row's label, where the words before it may lead to a name. */
function nameEnding(run: string, named: (name: string) => boolean): string | undefined {
  for (let i = 0; i < run.length; i++) {
    if (!named(run.slice(i))) continue;
    return BEFORE_BARE_NAME.test(run.slice(0, i)) ? run.slice(i) : undefined;
  }
  return undefined;
}

/**
 * A 类 named with its code after its name (一般公共服务支出（201）1,225.73万元), then its amount: unread, a wrong one passed
 * (helper-h100). Code first (201一般公共服务支出…) the name stands alone before the amount: UNMARKED_CLASS reads it.
 */
const CLASS_NAME_THEN_CODE = new RegExp(`(?<![\\u4e00-\\u9fa5()])${SUBJECT_NAME}\\((?<![\\d.,])(\\d{3})(?![\\d.,%])\\)(?:支出)?${TO_AMOUNT}`, 'g');

/** A name then `(款)` with no `(类)` before it in the same run of words: a 款 named alone. */
const LONE_SECTION = /(?<![\u4e00-\u9fa5()])((?:(?!\((?:类|款|项)\))[\u4e00-\u9fa5()])+?)\(款\)/g;
/** Words a 款's name may follow in the same run (2022年度…(款), 其中…(款)): not part of it. */
const BEFORE_SECTION_NAME = /^(?:其中|(?:本)?年度?|本年|的|是|为)?/;

/**
 * Two or more 款, or 项, each with its mark, joined by 、, 和, 及 or 与 with one amount after the last (政府办公厅（室）及相关机构事务
 * （款）和行政事业单位养老支出（款）1,272.98万元; 行政运行（项）、一般行政管理事务（项）941.36万元): their sum. Unread before
 * helper-h246 (the last one's own amount is not read either: LONE_SECTION, loneItemsIn), a wrong sum passed. Groups: the run, the
 * mark.
 */
const JOINED_SECTIONS = /(?<![\u4e00-\u9fa5()])((?:(?:(?!\((?:类|款|项)\))[\u4e00-\u9fa5()])+?\((款|项)\)(?:、|和|及|与))+(?:(?!\((?:类|款|项)\))[\u4e00-\u9fa5()])+?\(\2\))/g;
/** An amount after the one read that goes on a list of amounts (…(项)223.14万元、718.22万元: each its own, not a sum). */
const AMOUNT_LIST_GOES_ON = /^\s*(?:、|和|及|与|,|，)\s*-?\d[\d,.]*\s*(?:万元|元)/;

/** 项 names joined by 、, 和, 及 or 与, each with its mark but the last (the chain's (项) closes it): a run ending a chain. */
const ITEM_RUN = /^(?:[\u4e00-\u9fa5()]+?\(项\)(?:、|和|及|与))+(?:(?!\(项\))[\u4e00-\u9fa5()])+$/;

/** TO_AMOUNT right where a 项's name ends. */
const ITEM_AMOUNT = new RegExp(TO_AMOUNT, 'y');

/**
 * A sentence up to a name in a 其中 list after a change compared with last year (…比上年增加660.56万元，增长93.98%，其中：…): the
 * list may give the change's parts. Not past a 。 or ；, nor after another comparison or the list's own year. Group: the change's
 * word.
 */
const CHANGE_FROM_LAST_YEAR = '(?:比|较|与)(?:上一?年度?|去年|\\d{4}年度?)(?:同期)?(?:决算数?)?(?:相比)?[,，]?(增加|减少|增长|下降)';
const CHANGE_THEN_LIST = new RegExp(`${CHANGE_FROM_LAST_YEAR}[^。;；\\n]*?其中[:：]?(?:(?![比较]\\S{0,3}(?:上一?年|去年|\\d{4}年))[^。;；\\n])*$`);
/**
 * A sentence up to a 主要用于 list's first item right after a change's amount from last year (…比上年增加660.56万元，主要用于：):
 * the item's 决算 or its part of the change, read as a 其中 list's (changeReading). Group: the change's word.
 */
const USES_AFTER_CHANGE = new RegExp(`${CHANGE_FROM_LAST_YEAR}了?(?:为|是)?${FIGURE_MONEY.replace(/\((?!\?)/g, '(?:')}[,，]主要用于[:：]?$`);
/**
 * A sentence up to a 主要用于 list's first item right after an increase's amount from a budget (…与年初预算数相比增加157.11万元，
 * 主要用于：; 比年初预算增加…): the item's 决算, or its part of the increase (its 决算 − its 预算, which no table gives), each at
 * most its 决算 (a 预算 is no less than 0). An amount above every figure of the item is neither: a 错误 (helper-h287: unread, a
 * wrong one passed); one below it may be its part, unread. A decrease's (与年初预算相比减少…，主要用于：) stays unread: a part of it
 * may pass the item's 决算. Not 超出年初预算…, 决算数大于年初预算数…: ofAnotherKind takes the list there for a budget's (its
 * COMPARISON strips only 比, 较, 与), and it stays unread (review r294: the words were here, read by nothing).
 */
const USES_AFTER_BUDGET_RISE = new RegExp(
  `(?:比|较|与)(?:年初|全年|调整后?|年中调整)?预算数?(?:相比)?[,，]?(?:增加|增长)了?(?:为|是)?${FIGURE_MONEY.replace(/\((?!\?)/g, '(?:')}[,，]主要用于[:：]?$`,
);
/**
 * Whether the item named at `from` opens a 主要用于 list right after a change's amount from last year (USES_AFTER_CHANGE:
 * 'lastYear') or an increase's from a budget (USES_AFTER_BUDGET_RISE: 'budgetRise').
 */
function usesOfChange(text: string, from: number): Claim['usesOfChange'] {
  const sentence = text.slice(text.lastIndexOf('。', from - 1) + 1, from);
  return USES_AFTER_CHANGE.test(sentence) ? 'lastYear' : USES_AFTER_BUDGET_RISE.test(sentence) ? 'budgetRise' : false;
}

/** Each change compared with last year in CHANGE_THEN_LIST's words: the last before the 其中 is the list's (group: its word). */
const CHANGES_FROM_LAST_YEAR = new RegExp(CHANGE_FROM_LAST_YEAR, 'g');
/** Punctuation around a 款 or 项 name in a chain (`…(类)、政府办公厅(室)…(款)、行政运行(项)`). */
const EDGE_PUNCTUATION = /^[、,，:：\s]+|[、,，:：\s]+$/g;

/**
 * A sum over years (2019年至2022年，本单位累计压减“三公”经费支出…, “十三五”期间…合计…, 近三年…共计…, 自2019年以来…): no figure of
 * this year's tables (helper-h119: a 错误 on a correct sentence). Not where a year follows the sum's word (…累计压减…，2022年度…).
 */
const OVER_YEARS = new RegExp(`${YEARS_PERIOD}[^;。]*?(?:累计|合计|共计|总计|累积)(?:(?!\\d{4}年)[^;。])*$`);

/**
 * A sum over last year and this one (2021年至2022年，本单位“三公”经费累计支出10.00万元; 2021—2022年…共计…): this year's figure of
 * the tables and the item's 上年数 (说明数据) together (helper-h122: unread as a sum over years, a wrong one passed). Other
 * periods hold years no workbook gives; an item with no 上年数 known is not read either.
 */
// Or the two listed (2021年、2022年…; 2021年度和2022年度…: helper-h124).
const TWO_YEARS = /(\d{4})年?度?(?:至|到|—|-|－|~|～|、|和)(\d{4})年度?(?!相比|比较|对比)/;
const SUM_BEFORE_AMOUNT = /(?:累计|共计)(?:支出)?(?:为|是|达到|达)?:?\(?[-\d]/;

function lastTwoYearsSums(ctx: RuleContext, sentence: string, year: number | undefined): { label: string; stated: TextMoney; current: NamedFigure; prior: number }[] {
  const period = TWO_YEARS.exec(sentence);
  if (!period || year === undefined || Number(period[1]) !== year - 1 || Number(period[2]) !== year) return [];
  const rest = sentence.slice(period.index + period[0].length);
  // Not where this year is named again after it (…累计压减…，2022年度…: that one is this year's).
  return namedAmounts(rest, year, FIGURE_MONEY).flatMap((n) => {
    const sum = SUM_BEFORE_AMOUNT.exec(rest.slice(n.index, n.end));
    if (!sum || /\d{4}年/.test(rest.slice(0, n.index))) return [];
    const current = n.lookup(ctx.recognition, ctx.supplement);
    const key = indicatorKeyOf(n.label);
    const prior = key === undefined ? undefined : ctx.supplement.指标.get(key)?.上年数;
    return current && prior ? [{ label: `${period[0]}${n.label}${sum[0].slice(0, 2)}`, stated: n.money, current, prior: toFen(prior.value, '万元') }] : [];
  });
}

/**
 * A balance named as the subject of the parts right after it (上年结转和结余中，…; 年末结转和结余70.00万元，其中：…), its 基本支出 or 项目支出
 * parts before (…，基本支出20.00万元；): a 基本支出 or 项目支出 next is the balance's part, not table 03's (review r279: 上年结转和结余中，
 * 基本支出20.00万元；项目支出50.00万元 held to table 03, each right text a 错误). Only those parts between: after any other clause
 * (…；本年支出1,488.29万元，其中：基本支出…) the label is the spending's again.
 */
const BALANCE_SPENDING_PARTS = new RegExp(
  `(?:上一?年度?|去年|以前年度|年[初末]|\\d{4}年度?)(?:财政拨款)?(?:结转|结余)(?:和?结余)?(?:资金)?(?:中[,，:：]?|(?:为|是)?${FIGURE_MONEY.replace(/\((?!\?)/g, '(?:')}[,，](?:其中|包括|主要为|主要是)[:：]?)(?:(?:基本|项目)支出(?:为|是)?${FIGURE_MONEY.replace(/\((?!\?)/g, '(?:')}[,，、;；])*$`,
);

export default defineRule({
  id: 'text-figures',
  title: '公开说明中的金额与决算表一致',
  severity: 'error',
  tables: ['01', '02', '03', '04', '05', '06', '07'],
  messages: {
    mismatch: '说明文字写“{label}{stated}”，而{table}中为 {actual}。',
    mismatchOrChange: '说明文字写“{label}{stated}”，而{table}中为 {actual}，比上年{direction} {change}：既不是决算数，也不是增减额。',
    rounding: '说明文字写“{label}{stated}”，与{table}一致；{other}中同一数为 {otherActual}，两表相差 0.01 属尾差。',
    tables: '说明文字写“{label}{stated}”，与{table}一致，而{other}中同一数为 {otherActual}：两表不一致，请先核对决算表。',
    yearsSum: '说明文字写“{label}{stated}”，而本年{table}中为 {current}、上年（说明数据的上年数）为 {prior}，两年合计应为 {actual}。',
  },
  check(rule) {
    // A label and amount stated wrong twice in one text (…收入总计1,500.00万元…。…收入总计1,500.00万元…) had one id, the second
    // dropped (helper-h131): told apart by where the amount stands.
    const place = occurrences(rule);
    const ctx = place.context;
    const rec = ctx.recognition;
    const t5 = rec.tables.generalBudgetExpenditure;
    // The tables' year, else the 说明数据's or the text's title (tablesYear: 2023年度一般公共预算财政拨款支出3902.77万元 in the 上海
    // 2024 fixture, whose tables state no year, was held to this year's 4,029.01; helper-h289).
    const docYear = tablesYear(ctx);
    // A year written before a 项's amount: the document's, or the 项's 决算 is not the one stated.
    const ofTheYear = (year: string | undefined) => year === undefined || docYear === undefined || Number(year) === docYear;
    // The 说明数据's 外宾接待费 above 0: a 国内 part of the 公务接待 is then not the whole (domesticPartBeside).
    const foreignKnown = (matterFact(ctx, '外宾接待费', 'amount')?.value ?? 0) > 0;
    const cells = textCells(ctx);
    for (const [i, t] of cells.entries()) {
      // Every claim is an amount the text states (FIGURE_MONEY): a text stating none (a table's footnote) makes none.
      if (!mayStateAmount(t.text)) continue;
      const claims: Claim[] = [];
      // The sentence before in the paragraph and its amounts: the whole a sentence opening on 其中 may list the parts of.
      let previous: { readonly text: string; readonly named: readonly NamedAmount[] } | undefined;
      for (const { sentence, start: sentenceStart } of sentenceSpans(t.text)) {
        const named = ownAmounts(namedAmounts(sentence, docYear, FIGURE_MONEY, t.headings, previous?.text), rec, ctx.supplement);
        const before = previous;
        previous = { text: sentence, named };
        // A paragraph opening on its spending bare under a 三公 item's heading ((二)公务用车购置费及运行维护费 / 支出4.79万元): the
        // heading's item's, the car items' sum under one of both (unread, a wrong one passed: helper-h299).
        const bare = sentenceStart === 0 ? bareAmountUnderItemHeading(t, cells[i - 1], ctx.grid, docYear) : undefined;
        const bareFigure = bare?.lookup(rec, ctx.supplement);
        if (bare && bareFigure) claims.push({ label: bare.name, stated: bare.money, figures: [bareFigure], alternatives: [], at: bare.end });
        for (const n of named) {
          // This year's of two years' listed (2021年和2022年收入总计分别为…、…) is said so, whatever year the sentence opens on.
          if (n.year === undefined && OVER_YEARS.test(sentence.slice(0, n.end))) continue;
          // Nor one in a clause opening on another year (2021年度，本部门收入总计…，支出总计1801.23万元；2022年度…; 上年度人员经费…，
          // 公用经费92.95万元): that year's, the names after its first too (helper-h124: held to this year's, a 错误).
          if (n.year === undefined && otherYearOpening(sentence, n.index, docYear) !== undefined) continue;
          if ((n.label === '基本支出' || n.label === '项目支出') && BALANCE_SPENDING_PARTS.test(sentence.slice(0, n.index))) continue;
          if (domesticPartBeside(n.label, t.text, foreignKnown)) continue;
          const namesake = economicNamesake(rec, n.label, sentence);
          let figures = namesake ? [namesake] : [n.lookup, ...(MIRRORS[n.label] ?? [])].map((l) => l(rec, ctx.supplement)).filter((f): f is NamedFigure => f !== undefined);
          // The 三公 item's own figure (table 07) stays one the words may mean: 公用经费…；公务接待费0.20万元，比上年减少0.06万元 is
          // the 三公 item's where table 06's 30217 is less (held to table 06's alone, a correct sentence was a 错误: helper-h111).
          // 财政拨款项目支出 after the whole 财政拨款支出 under §五: all funds', or the section's fund's (sectionAlternative); not
          // where the whole's amount stated before it is all funds' (sectionPartLookup).
          const inSection = sectionPartLookup(named, n, t.headings, sentence, rec, ctx.supplement, before);
          let alternatives = namesake
            ? [n.lookup(rec, ctx.supplement)].filter((f): f is NamedFigure => f !== undefined)
            : [...(ALTERNATIVES[n.label] ?? []), ...(inSection ? [inSection] : [])].map((l) => l(rec, ctx.supplement)).filter((f): f is NamedFigure => f !== undefined);
          // A part of a whole stated before it is the whole's table's figure, not either table's (PARTS_OF_WHOLE).
          const whole = alternatives.length > 0 ? wholeBefore(named, n, sentence) : undefined;
          if (whole === 'alternative') [figures, alternatives] = [alternatives, []];
          else if (whole === 'own') alternatives = [];
          // Under a heading about 一般公共预算 (上海's §五, §六) the alternative is the section's figure: one wrong there quotes table
          // 05's (项目支出1000.00万元 under §五 quoted table 04's 1,065.60 where 920.00 is meant); either is still right.
          else if (BARE_PARTS.has(n.label) && !namesake && alternatives.length > 0 && underGeneralBudget(t.headings)) [figures, alternatives] = [alternatives, figures];
          if (figures.length) claims.push({ label: n.label, stated: n.money, figures, alternatives, at: sentenceStart + n.end });
          // The names sharing its amount (人员经费和公用经费均为…, 因公出国（境）费和公务接待费均为…): each's too, their own figures
          // (only the last one's was compared: a wrong figure of the others passed; helper-h233). Not one of the same figure
          // (收入、支出总计均为…: the two totals balance, its finding would say the last one's again).
          // In a sentence about 公用经费, a 三公 name is table 06's 款 as the last one is (economicNamesake; helper-h234: held to
          // table 07's, 公用经费…，其中：因公出国（境）费和公务接待费均为0.20万元 right by table 06 was a 错误).
          for (const other of n.shared ?? []) {
            const otherNamesake = economicNamesake(rec, other.label, sentence);
            const own = otherNamesake
              ? [otherNamesake]
              : [other.lookup, ...(MIRRORS[other.label] ?? [])].map((l) => l(rec, ctx.supplement)).filter((f): f is NamedFigure => f !== undefined);
            const others = otherNamesake
              ? [other.lookup(rec, ctx.supplement)].filter((f): f is NamedFigure => f !== undefined)
              : (ALTERNATIVES[other.label] ?? []).map((l) => l(rec, ctx.supplement)).filter((f): f is NamedFigure => f !== undefined);
            if (own.length && figures.length && own[0]!.fen === figures[0]!.fen && own[0]!.unit === figures[0]!.unit) continue;
            if (own.length) claims.push({ label: other.label, stated: n.money, figures: own, alternatives: others, at: sentenceStart + n.end });
          }
        }
        for (const n of lastTwoYearsSums(ctx, sentence, docYear)) {
          const sum = n.current.fen + n.prior;
          const at = atWrittenPrecision(n.stated, sum, n.current.unit);
          if (at.stated === at.table) continue;
          ctx.report({
            messageId: 'yearsSum',
            data: { label: n.label, stated: moneyText(n.stated), table: n.current.table, current: shown(n.current), prior: amount(n.prior, '万元'), actual: amount(sum, n.current.unit) },
            cells: [t.cell, n.current.cell],
            key: `${n.label}${n.stated.fen}两年`,
            ...moneyValues([n.stated.fen, sum], (at.stated - at.table) * at.step, n.stated.unit),
          });
        }
        for (const n of summedAmounts(sentence, docYear, FIGURE_MONEY, t.headings)) {
          const own = sumOfFigures(n.lookups.map((l) => l(rec, ctx.supplement)));
          // Each label's alternative where it has one (§六's 基本支出 is table 05's), its own figure where not.
          const alternative = sumOfFigures(n.labels.map((label, i) => (ALTERNATIVES[label]?.[0] ?? n.lookups[i]!)(rec, ctx.supplement)));
          // The message quotes the text's own words (helper-h236: it said 合计 where the text has none, or 共).
          if (own) claims.push({ label: `${n.labels.slice(0, -1).join('、')}和${n.labels[n.labels.length - 1]}合计`, quoted: n.words, stated: n.money, figures: [own], alternatives: alternative ? [alternative] : [] });
        }
      }
      // 上海 §八/§九: "政府性基金预算财政拨款收入150.00万元，支出145.60万元": the 支出 is the fund's.
      for (const m of t.text.matchAll(FUND_SPENT)) {
        const found = fundTotal(rec.tables, m[1] === '政府性基金' ? 'govFund' : 'stateCapital', 'yearExpenditure');
        const f = found && namedFigure(found.table, found.figure);
        if (f) claims.push({ label: `${m[1]}预算财政拨款支出`, stated: parseMoney(m[2]!, m[3]!), figures: [f] });
      }
      for (const m of t.text.matchAll(FUND_BOTH)) {
        const fund = m[1] === '政府性基金' ? 'govFund' : 'stateCapital';
        for (const [column, words] of [['yearIncome', '收入'], ['yearExpenditure', '支出']] as const) {
          const found = fundTotal(rec.tables, fund, column);
          const f = found && namedFigure(found.table, found.figure);
          if (f) claims.push({ label: `${m[1]}预算财政拨款${words}`, stated: parseMoney(m[2]!, m[3]!), figures: [f] });
        }
      }
      for (const m of t.text.matchAll(UNMARKED_CLASS)) {
        if (classOfAnotherKind(t.text, m.index!, docYear)) continue;
        const stem = m[1]!.replace(/\(类\)支出$/, '');
        const cls = functionalClassByName(stem) ?? functionalClassByName(`${stem}支出`);
        const sentenceStart = Math.max(t.text.lastIndexOf('。', m.index!), t.text.lastIndexOf('\n', m.index!)) + 1;
        const figures = cls ? unmarkedClassFigures(rec, cls.code, aboutGeneralBudget(t.text.slice(sentenceStart, m.index!))) : [];
        // Equal to any of its tables' figures, the text is right (which section it stands in is not known).
        if (figures.length > 0) claims.push({ label: m[1]!, stated: parseMoney(m[2]!, m[3]!), figures: figures.slice(0, 1), alternatives: figures.slice(1), subject: cls ? { code: cls.code, from: m.index! } : undefined });
      }
      // As a 类 named without its mark is, its figure in any of its tables (which section it stands in is not known).
      for (const m of t.text.matchAll(CLASS_NAME_THEN_CODE)) {
        // The 类's own name ends the words before the code (主要用于一般公共服务支出（201）…); another's there is
        // text-subject-names' to say, and which one the text means is not known.
        const code = m[2]!;
        const cls = FUNCTIONAL_CLASSES.find((c) => c.code === code);
        const name = cls && [cls.name, cls.name.replace(/支出$/, '')].find((n) => m[1]!.endsWith(n));
        if (!name || !ofTheYear(m[3]) || ofAnotherKind(t.text, m.index!, docYear)) continue;
        const sentenceStart = Math.max(t.text.lastIndexOf('。', m.index!), t.text.lastIndexOf('\n', m.index!)) + 1;
        const figures = unmarkedClassFigures(rec, code, aboutGeneralBudget(t.text.slice(sentenceStart, m.index!)));
        if (figures.length > 0) claims.push({ label: `${name}(${code})`, stated: parseMoney(m[4]!, m[5]!), figures: figures.slice(0, 1), alternatives: figures.slice(1) });
      }
      for (const m of t.text.matchAll(CLASS_LIST)) {
        // A list running on before the match (2022年度一般公共服务支出、社会保障和就业支出、…: the first name after words it cannot
        // start at) is read from a later name: its amounts would go each to the name before its own (helper-h131, a 错误
        // naming the wrong 类). Not read.
        if (/[、和及与]$/.test(t.text.slice(0, m.index))) continue;
        // After a year (2022年度一般公共服务支出、…: helper-h132, unread), only the document's: last year's list is not this
        // year's tables'.
        const before = t.text.slice(0, m.index);
        // 本年/本年度 right before it (本年一般公共服务支出、…: helper-h135, unread) is the document's year; 上年/上年度, not.
        if (/[\u4e00-\u9fa5]$|\d年度?\)$/.test(before) && !/本年度?$/.test(before)) {
          const year = YEAR_BEFORE_LIST.exec(before);
          if (!year || Number(year[1]) !== docYear) continue;
        }
        // After a comma, in a sentence opening on another year (2021年度，一般公共服务支出、…分别为…: helper-h135, last year's list
        // held to this year's tables, a 错误 on a correct sentence): not read either.
        if (listOfAnotherYear(t.text, m.index!, docYear) || classOfAnotherKind(t.text, m.index!, docYear)) continue;
        const names = [...m[1]!.matchAll(CLASS_NAME)].map((n) => n[0].replace(/\(类\)/, ''));
        const amounts = listItems(m[2]!);
        if (names.length !== amounts.length || m[1]!.replace(CLASS_NAME, '').replace(/[、和及与]/g, '') !== '') continue;
        const codes = names.map((n) => (n === '其他支出' ? '229' : (functionalClassByName(n) ?? functionalClassByName(`${n}支出`))?.code));
        if (codes.every((c) => c === '229')) continue;
        const sentenceStart = Math.max(t.text.lastIndexOf('。', m.index!), t.text.lastIndexOf('\n', m.index!)) + 1;
        const general = aboutGeneralBudget(t.text.slice(sentenceStart, m.index!));
        names.forEach((name, i) => {
          const figures = codes[i] ? unmarkedClassFigures(rec, codes[i]!, general) : [];
          if (figures.length > 0) claims.push({ label: name, stated: amounts[i]!.money, figures: figures.slice(0, 1), alternatives: figures.slice(1) });
        });
      }
      // 其他支出 without its mark after other 类 so named in its sentence (黑龙江: …住房保障支出37.84万元，其他支出18.55万元):
      // the 功能分类 229 of the list, not the 经济分类 399 of §六 (a sentence naming an 经济分类 类 is not read). Unread, a
      // wrong one passed (helper-82).
      for (const m of t.text.matchAll(OTHER_CLASS)) {
        const sentenceStart = Math.max(t.text.lastIndexOf('。', m.index!), t.text.lastIndexOf('\n', m.index!)) + 1;
        const sentence = t.text.slice(sentenceStart, t.text.indexOf('。', m.index!) < 0 ? t.text.length : t.text.indexOf('。', m.index!));
        const before = t.text.slice(sentenceStart, m.index!);
        if (!new RegExp(UNMARKED_CLASS.source).test(before) || ECONOMIC_CLASS_NAMED.test(sentence)) continue;
        const figures = unmarkedClassFigures(rec, '229', aboutGeneralBudget(before));
        if (figures.length > 0) claims.push({ label: '其他支出', stated: parseMoney(m[1]!, m[2]!), figures: figures.slice(0, 1), alternatives: figures.slice(1) });
      }
      if (t5) {
        // 一般公共服务支出(类)1,225.73万元 and …(类)…(款)…(项):支出决算数为223.14万元
        for (const m of t.text.matchAll(new RegExp(`([\\u4e00-\\u9fa5()]+?)\\(类\\)${FIGURE_MONEY}`, 'g'))) {
          // The words before the name, those of its run too (年初预算中一般公共服务支出(类)…); a balance's parts from the run's start.
          const another = ofBalance(t.text, m.index!) || classOfAnotherKind(t.text, m.index! + m[1]!.length, docYear);
          const row = another ? undefined : subjectByNames(t5.rows, [m[1]!.replace(/^\d+\.?/, '')]);
          if (row) claims.push({ label: `${m[1]}(类)`, stated: parseMoney(m[2]!, m[3]!), figures: classFigures(rec, row), subject: row.code ? { code: row.code, from: m.index! } : undefined });
        }
        for (const m of t.text.matchAll(new RegExp(`${NAME}\\(类\\)${NAME}\\(款\\)${NAME}\\(项\\)${TO_AMOUNT}`, 'g'))) {
          if (!ofTheYear(m[4]) || /\(款\)/.test(m[3]!)) continue;
          // Nor after words of another amount than the 决算 before the 类 (年初预算中，…; 上年决算中，…; 2021年度，…; a balance's parts:
          // ofAnotherKind): helper-h252, held to it, each right text was a 错误. After a change's amount (…比上年增加660.56万元，主要
          // 用于：…) read, as the chain's 类 is (classOfAnotherKind; helper-h260: unread since 58b7e6e, a wrong one passed).
          if (classOfAnotherKind(t.text, m.index! + m[1]!.length - className(m[1]!).length, docYear)) continue;
          // A run of 项 ending the chain (…(款)行政运行(项)和一般行政管理事务(项)941.36万元): their sum under that 款, each a 项 of
          // it in table 05; not a 项 the table lacks (held to 0.00 as one, a right text was a 错误; helper-h246, then unread: a wrong
          // sum passed; helper-h252). A name not of the 款, or a list of amounts after (…(项)223.14万元、718.22万元), not read.
          if (/\(项\)/.test(m[3]!)) {
            const run = m[3]!.replace(EDGE_PUNCTUATION, '');
            const section = [className(m[1]!), m[2]!.replace(EDGE_PUNCTUATION, '')];
            const items = ITEM_RUN.test(run) ? run.split(/\(项\)(?:、|和|及|与)/) : [];
            const rows = items.map((n) => subjectByNames(t5.rows, [...section, n]));
            if (rows.length < 2 || rows.some((r, i) => !r || rows.indexOf(r) !== i)) continue;
            if (AMOUNT_LIST_GOES_ON.test(t.text.slice(m.index! + m[0].length))) continue;
            const sum = sumOfFigures(rows.map((r) => namedFigure(t5, r!.figures.total)));
            if (sum) claims.push({ label: `${run}(项)`, stated: parseMoney(m[5]!, m[6]!), figures: [sum] });
            continue;
          }
          // The 类 name is the tail of what comes before (an ordinal, 其中, a year); 款 and 项 without the 、 between.
          const names = [className(m[1]!), m[2]!.replace(EDGE_PUNCTUATION, ''), m[3]!.replace(EDGE_PUNCTUATION, '')];
          const row = subjectByNames(t5.rows, names);
          const f = row ? namedFigure(t5, row.figures.total) : undefined;
          // A 项 the table does not list under a 款 it lists had no expenditure: the text must say 0.00. A chain that
          // names no 款 of the table is not read (compared with 0.00, an ordinal before it was a false 错误).
          const listed = !row && subjectByNames(t5.rows, names.slice(0, 2)) !== undefined;
          const figures = f ? [f] : listed ? [{ cents: 0, fen: 0, unit: t5.unit, cell: t.cell, table: shownTitle(t5) }] : [];
          if (figures.length) claims.push({ label: `${names[2]}(项)`, stated: parseMoney(m[5]!, m[6]!), figures, subject: row?.code ? { code: row.code, from: m.index! } : undefined });
        }
        // A 款 the table prints without 项 under it: …(类)…(款):支出决算数为18.55万元.
        for (const m of t.text.matchAll(new RegExp(`${NAME}\\(类\\)${NAME}\\(款\\)${TO_AMOUNT}`, 'g'))) {
          if (!ofTheYear(m[3]) || classOfAnotherKind(t.text, m.index! + m[1]!.length - className(m[1]!).length, docYear)) continue;
          const names = [className(m[1]!), m[2]!.replace(EDGE_PUNCTUATION, '')];
          const row = subjectByNames(t5.rows, names);
          const f = row ? namedFigure(t5, row.figures.total) : undefined;
          if (f) claims.push({ label: `${names[1]}(款)`, stated: parseMoney(m[4]!, m[5]!), figures: [f] });
        }
        // A 项 named alone (北京, 山东: 行政运行(项)支出决算数为223.14万元): the row of table 05 with its name; where two 款
        // have a 项 of that name (行政运行 under 20103 and 20138), right if it is either's.
        for (const item of loneItemsIn(t.text)) {
          ITEM_AMOUNT.lastIndex = item.end;
          const m = ITEM_AMOUNT.exec(t.text);
          const rows = m && ofTheYear(m[1]) && !ofAnotherKind(t.text, item.index, docYear) ? loneItemRows(t5, item.name) : [];
          const figures = rows.flatMap((row) => namedFigure(t5, row.figures.total) ?? []);
          if (figures.length === 0) continue;
          const alternatives = [...figures.slice(1), ...rows.flatMap((row) => otherScopes(rec, row.code!))];
          const subject = rows.length === 1 && rows[0]!.code ? { code: rows[0]!.code, from: item.index } : undefined;
          claims.push({ label: `${item.name}(项)`, stated: parseMoney(m![2]!, m![3]!), figures: figures.slice(0, 1), alternatives, subject, usesOfChange: usesOfChange(t.text, item.index) });
        }
        // A 款 named alone, its amount right after (政府办公厅(室)及相关机构事务(款)支出1,234.00万元): the 款 rows of table 05 with
        // its name, right if it is either's. Unread, a wrong one passed (helper-h237). Not after its 类 (…(类)、…(款)…: the
        // chain's, read above).
        for (const m of t.text.matchAll(LONE_SECTION)) {
          const lead = BEFORE_SECTION_NAME.exec(m[1]!)![0].length;
          const name = m[1]!.slice(lead);
          // Nor the last of a run of 款 whose amount is their sum (行政事业单位养老支出(款)、住房改革支出(款)85.09万元).
          if (/\(类\)[、,，:：\s]*$|\((?:款|项)\)[、和及与]$/.test(t.text.slice(0, m.index! + lead))) continue;
          ITEM_AMOUNT.lastIndex = m.index! + m[0].length;
          const a = ITEM_AMOUNT.exec(t.text);
          if (!a || !ofTheYear(a[1]) || ofAnotherKind(t.text, m.index! + lead, docYear)) continue;
          const rows = subjectRowsNamed(t5, name).filter((r) => r.code?.length === 5);
          const figures = rows.flatMap((row) => namedFigure(t5, row.figures.total) ?? []);
          if (figures.length === 0) continue;
          const alternatives = [...figures.slice(1), ...rows.flatMap((row) => otherScopes(rec, row.code!))];
          const subject = rows.length === 1 && rows[0]!.code ? { code: rows[0]!.code, from: m.index! + lead } : undefined;
          claims.push({ label: `${name}(款)`, stated: parseMoney(a[2]!, a[3]!), figures: figures.slice(0, 1), alternatives, subject, usesOfChange: usesOfChange(t.text, m.index! + lead) });
        }
        // A run of 款 or of 项 with one amount (JOINED_SECTIONS): the sum of their rows of table 05, or of another scope's
        // (本年支出…主要用于… is table 03's, as for one 项: otherScopes). Each name one row of its level; not after its 类 (a chain's).
        for (const m of t.text.matchAll(JOINED_SECTIONS)) {
          const level = m[2]!;
          if (/\(类\)[、,，:：\s]*$/.test(t.text.slice(0, m.index))) continue;
          const names = m[1]!.split(/\((?:款|项)\)(?:、|和|及|与)?/).filter((n) => n !== '');
          const rowsOf = (n: string) => (level === '项' ? loneItemRows(t5, n) : subjectRowsNamed(t5, n).filter((r) => r.code?.length === 5));
          // The first name may follow other words (主要用于行政运行（项）…): the longest name of a row it ends with.
          const lead = [...names[0]!].findIndex((_c, i) => rowsOf(names[0]!.slice(i)).length > 0);
          if (lead < 0 || !(BEFORE_BARE_NAME.test(names[0]!.slice(0, lead)) || /^(?:其中|本?年度?|的)$/.test(names[0]!.slice(0, lead)))) continue;
          const rows = [names[0]!.slice(lead), ...names.slice(1)].map(rowsOf);
          if (rows.some((r) => r.length !== 1)) continue;
          ITEM_AMOUNT.lastIndex = m.index! + m[0].length;
          const a = ITEM_AMOUNT.exec(t.text);
          if (!a || !ofTheYear(a[1]) || AMOUNT_LIST_GOES_ON.test(t.text.slice(a.index + a[0].length))) continue;
          if (ofAnotherKind(t.text, m.index! + lead, docYear)) continue;
          const codes = rows.map((r) => r[0]!.code!);
          const figure = sumOfFigures(rows.map((r) => namedFigure(t5, r[0]!.figures.total)));
          if (!figure) continue;
          claims.push({ label: m[1]!.slice(lead), stated: parseMoney(a[2]!, a[3]!), figures: [figure], alternatives: scopeSums(rec, codes) });
        }
        // 项 named alone and listed with 分别 (行政单位医疗、事业单位医疗分别为8.28万元、17.46万元): each its row, every name a 项
        // of table 05 (helper-h105: unread, a wrong one passed).
        for (const m of t.text.matchAll(ITEM_LIST)) {
          const amounts = listItems(m[2]!);
          const names = m[1]!.split(/、|和|及|与/);
          if (names.length !== amounts.length) continue;
          // The first name may follow other words (2022年度行政单位医疗、…): the longest 项 name it ends with.
          // A name with (项) or 支出 after it (行政运行支出、…) is the 项 of that name.
          const itemRows = (n: string) => {
            const bare = n.replace(/\(项\)$/, '');
            const rows = loneItemRows(t5, bare);
            return rows.length > 0 ? rows : loneItemRows(t5, bare.replace(/支出$/, ''));
          };
          const first = [...names[0]!].map((_c, i) => names[0]!.slice(i)).find((n) => itemRows(n).length > 0);
          if (!first || ofAnotherKind(t.text, m.index!, docYear)) continue;
          const rowsOf = [first, ...names.slice(1)].map(itemRows);
          if (rowsOf.some((rows) => rows.length === 0)) continue;
          rowsOf.forEach((rows, i) => {
            const figures = rows.flatMap((row) => namedFigure(t5, row.figures.total) ?? []);
            const alternatives = [...figures.slice(1), ...rows.flatMap((row) => otherScopes(rec, row.code!))];
            if (figures.length > 0) claims.push({ label: i === 0 ? first : names[i]!, stated: amounts[i]!.money, figures: figures.slice(0, 1), alternatives });
          });
        }
        // A subject named by its code and name (2010301行政运行支出…, 行政运行(2010301)支出…): the row of that code, where
        // the name is its label (a number that only looks like a code is no subject).
        for (const re of [CODE_THEN_NAME, NAME_THEN_CODE]) {
          for (const m of t.text.matchAll(re)) {
            const code = re === CODE_THEN_NAME ? m[1]! : m[2]!;
            const row = ofTheYear(m[3]) ? findRow(t5, code) : undefined;
            const name = re === CODE_THEN_NAME ? m[2]! : row && nameEnding(m[1]!, (n) => namesRow(n, row));
            // The words before the name, those of its run too (年初预算主要用于行政运行（2010301）…: a budget's; helper-h229).
            const nameAt = re === CODE_THEN_NAME || name === undefined ? m.index! : m.index! + m[1]!.length - name.length;
            const thisYears = !ofAnotherKind(t.text, nameAt, docYear);
            const f = row && thisYears && name !== undefined && namesRow(name, row) ? namedFigure(t5, row.figures.total) : undefined;
            const label = re === CODE_THEN_NAME ? `${code}${name}` : `${name}(${code})`;
            if (f) claims.push({ label, stated: parseMoney(m[4]!, m[5]!), figures: [f], alternatives: otherScopes(rec, code), subject: { code, from: m.index! }, usesOfChange: usesOfChange(t.text, m.index!) });
          }
        }
        for (const m of t.text.matchAll(BARE_SUBJECT)) {
          const before = t.text.slice(0, m.index);
          // After a code (2010302-一般行政管理事务…: CODE_THEN_NAME's), a decimal's point, or a name joined before it
          // (行政运行、事业运行507.52万元: their sum); 1. or 1、 or 一、 before it is a list item's number.
          // A year's digits before its 年 (2022年度主要用于一般行政管理事务…) are no code: skipped as one, the run went unread.
          const yearBefore = /(?<!\d)(?<!\d[.,])\d{4}$/.test(before) && m[1]!.startsWith('年');
          if (/[\d\-－—]\s*$|、$/.test(before) && !yearBefore && !/(?:元|%|\))、$|(?:^|[^\u4e00-\u9fa5\d.,])(?:\d{1,2}|[一二三四五六七八九十]{1,3})、$/.test(before)) continue;
          if (/\.$/.test(before) && !/(?:^|[^\d.,])\d{1,2}\.$/.test(before)) continue;
          const name = nameEnding(m[1]!, (n) => subjectRowsNamed(t5, n).length > 0);
          const rows = name === undefined || ECONOMIC_STEMS.has(name.replace(/支出$/, '')) ? [] : subjectRowsNamed(t5, name);
          // One row of the name, a 款 or a 项 (a 类 is UNMARKED_CLASS's): 行政运行 under two 款 is not known to be which.
          // The sentence up to the name, the words of its run before it too (年初预算主要用于一般行政管理事务…, 上年主要用于…:
          // a budget's or last year's, not the 决算; read from the run's start they were held to it, a false 错误).
          const runEnd = m.index! + m[1]!.length;
          const nameAt = runEnd - (name?.length ?? 0);
          const sentence = t.text.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1, nameAt);
          const row = rows.length === 1 && (rows[0]!.code!.length === 5 || rows[0]!.code!.length === 7) ? rows[0]! : itemOfSectionNamed(t5, rows, sentence);
          if (!row || !ofTheYear(m[2]) || ofAnotherKind(t.text, nameAt, docYear)) continue;
          // Another fund's section, or §六's 经济分类 (人员经费…，主要包括：…).
          if (/政府性基金|国有资本经营|人员经费|公用经费/.test(sentence)) continue;
          // A name a fund's table has too (§八's list after the sentence naming the fund: 主要用于：…彩票公益金支出…): which
          // table's is not known.
          if ([rec.tables.govFund, rec.tables.stateCapital].some((ft) => ft && subjectRowsNamed(ft, name!).length > 0)) continue;
          const f = namedFigure(t5, row.figures.total);
          // Quoted as written, its 支出 too (行政事业单位养老支出50.00万元).
          const label = t.text.startsWith('支出', runEnd) ? `${name!}支出` : name!;
          if (f) claims.push({ label, stated: parseMoney(m[3]!, m[4]!), figures: [f], alternatives: otherScopes(rec, row.code!), subject: { code: row.code!, from: nameAt }, usesOfChange: usesOfChange(t.text, nameAt) });
        }
      }
      for (const c of claims) {
        // After an increase from a budget, an amount above every figure of the item: neither its 决算 nor its part (USES_AFTER_BUDGET_RISE).
        if (c.usesOfChange === 'budgetRise') {
          if (aboveEvery(c)) judge(c, t.cell);
          continue;
        }
        const change = changeReading(c, t.text);
        // A 主要用于 list's item right after a change's amount with no change of its own to be held to (its 上年数 not known, it
        // moved the other way, or which row it is not known): a part of the change spent on it may be meant, which cannot be
        // told from its 决算, so unread.
        if (change === undefined && c.usesOfChange) continue;
        judge(c, t.cell, change);
      }
    }

    /**
     * A subject's amount in a 其中 list after a change in its sentence (…比上年增加660.56万元，增长93.98%，其中：一般行政管理事务
     * 650.22万元): the list may give the change's parts (决算 − 上年数) as well as the items' 决算. Right if it is either; wrong,
     * the message names both. Its 上年数 unknown, or its change the other way than the sentence's, the 决算 is held to (the
     * usual wording: …，其中：基本支出…，项目支出…).
     * Held to the 决算 alone, a right change was a 错误 (helper-h255). The same for a 主要用于 list's first item right after a
     * change's amount (Claim.usesOfChange).
     */
    function changeReading(c: Claim, text: string): NamedFigure | undefined {
      const before = c.subject ? text.slice(0, c.subject.from) : '';
      const change = c.subject ? (CHANGE_THEN_LIST.exec(before) ?? (c.usesOfChange === 'lastYear' ? USES_AFTER_CHANGE.exec(before) : null)) : null;
      if (!c.subject || !change) return undefined;
      const primary = c.figures[0]!;
      const typed = ctx.supplement.指标.get(c.subject.code)?.上年数;
      const printed = typed ? undefined : printedFigure(rec, c.subject.code, '上年数');
      const prior = typed ? toFen(typed.value, '万元') : printed && !printed.figure.invalid && printed.figure.fen !== null ? printed.figure.fen : undefined;
      if (prior === undefined) return undefined;
      // A part of an increase is an item that rose, of a decrease one that fell (helper-h263: 比上年增加660.56万元，其中：行政运行
      // 180.39万元 passed where 行政运行 fell by 180.39).
      // The change nearest the list (…比上年增加…，本年支出…，比上年减少50.00万元，其中：…: the decrease's).
      const word = [...change[0].matchAll(CHANGES_FROM_LAST_YEAR)].pop()![1]!;
      if (/增/.test(word) ? primary.fen < prior : primary.fen > prior) return undefined;
      const fen = Math.abs(primary.fen - prior);
      return { ...primary, fen, cents: centsOfFen(fen), table: primary.fen < prior ? '减少' : '增加' };
    }

    /** Whether a claim's amount is above each figure the item has, in every scope (at the precision written). */
    function aboveEvery(c: Claim): boolean {
      return [...c.figures, ...(c.alternatives ?? [])].every((f) => {
        const at = atWrittenPrecision(c.stated, f.fen, f.unit);
        return at.stated > at.table;
      });
    }

    function judge(c: Claim, textCell: CellRef, change?: NamedFigure): void {
      place.at(c.at);
      const steps = c.figures.map((f) => atWrittenPrecision(c.stated, f.fen, f.unit));
      const matched = steps.findIndex((s) => s.stated === s.table);
      const key = `${c.label}${c.stated.fen}`;
      const primary = c.figures[0]!;
      if (matched < 0) {
        if (c.alternatives?.some((f) => equalAtPrecision(c.stated, f))) return;
        if (change && equalAtPrecision(c.stated, change)) return;
        const s = steps[0]!;
        ctx.report({
          messageId: change ? 'mismatchOrChange' : 'mismatch',
          data: {
            label: c.quoted ?? c.label,
            stated: moneyText(c.stated),
            table: primary.cell === textCell ? '决算表' : primary.table,
            actual: shown(primary),
            ...(change ? { direction: change.table, change: shown(change) } : {}),
          },
          cells: primary.cell === textCell ? [textCell] : [textCell, primary.cell],
          key,
          // The values speak the text's unit (an amount in 元 stays in 元).
          ...moneyValues([c.stated.fen, primary.fen], (s.stated - s.table) * s.step, c.stated.unit),
        });
        return;
      }
      const others = c.figures.map((f, i) => ({ f, s: steps[i]! })).filter(({ s }) => s.stated !== s.table);
      if (others.length === 0) return;
      const { f: other, s } = others[0]!;
      const hit = c.figures[matched]!;
      ctx.report({
        messageId: Math.abs(s.stated - s.table) <= 1 ? 'rounding' : 'tables',
        severity: Math.abs(s.stated - s.table) <= 1 ? 'rounding' : 'error',
        data: { label: c.quoted ?? c.label, stated: moneyText(c.stated), table: hit.table, other: other.table, otherActual: shown(other) },
        cells: [textCell, hit.cell, other.cell],
        key,
        ...moneyValues([c.stated.fen, hit.fen, other.fen], (s.stated - s.table) * s.step, c.stated.unit),
      });
    }
  },
});
