/**
 * The year an explanation is about: the 说明数据's 年度, else the year the workbook states (Recognition.document:
 * a cover title, a table title's prefix, a 年度 line), else the year in the explanation's own title
 * ("新疆…管理局2022年度部门决算公开说明" further down a sheet), not a comparison's heading. Undefined when none says.
 */
import type { RuleContext } from '../rule';
import { derived, derivedSlot } from '../../grid/derived';
import { textCells } from './textScan';

const TITLE = /(\d{4})年度?(?:部门|单位)?决算/;
/**
 * A comparison's heading (（二）与2019年决算对比, 2022年度与2021年度决算比较): its year is another's, or one of two; read as
 * the title, the 疫情前 year was the document's (helper-h217).
 */
const COMPARISON = /对比|比较|相比|(?:与|同|较|比)\d{4}年/;

export function documentYear(ctx: Pick<RuleContext, 'grid' | 'recognition' | 'supplement'>): number | undefined {
  const stated = ctx.supplement.年度?.value ?? ctx.recognition.document.year?.value;
  if (stated) return stated;
  const title = textCells(ctx).find((t) => !t.text.includes('。') && TITLE.test(t.text) && !COMPARISON.test(t.text));
  return title ? Number(TITLE.exec(title.text)![1]) : undefined;
}

const TABLES_YEAR = derivedSlot<number | null>('tables year');
/**
 * The year of the tables a text's figures are held to, for the rules that skip a figure named by another year: the workbook's,
 * else documentYear's (the 说明数据's 年度, else the text's title), read once a check. The workbook's first: its tables are the
 * figures' (a 说明数据 of another year is supplement-year's 错误, and documentYear's order would hold that year's figures to them).
 * The workbook's alone, a workbook whose tables state no year (the 上海 2024 fixture) had none, and a figure named by last year
 * (2023年度一般公共预算财政拨款支出3902.77万元) was held to this year's tables: a right text a 错误 (helper-h207, h289; review r292).
 */
export function tablesYear(ctx: Pick<RuleContext, 'grid' | 'recognition' | 'supplement'>): number | undefined {
  // null where none says: a derived value is made once (undefined is "not made yet").
  return derived(ctx, TABLES_YEAR, () => ctx.recognition.document.year?.value ?? documentYear(ctx) ?? null) ?? undefined;
}

/** A sentence opening on a year, or on 本年 (2022年，收入总计…; （一）2022年度收入总计…; 本年度…): group 1 the year. */
export const OPENS_ON_YEAR = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+[、.])?(?:本部门|本单位|我单位|我部门)?(?:(\d{4})年度?|本年度?)/;

/** A line's 支出 or 收入 after 本年, with its fund or not (本年支出, 本年财政拨款支出, 本年一般公共预算财政拨款收入). */
const THIS_YEARS_FLOW = '度?(?:一般公共预算|政府性基金预算?|国有资本经营预算)?(?:财政拨款)?(?:支出|收入)';
/**
 * 本年 as this year, not in a line's name (上年决算中，本年财政拨款支出主要用于… is a column of last year's 决算; helper-h255:
 * taken for this year, the items were held to this year's 决算, each right text a 错误). A line's 支出 or 收入 with its amount
 * after a clause's start is this year's though (上年财政拨款支出703.00万元，本年财政拨款支出1363.45万元，主要用于…: helper-h263,
 * its items were taken for last year's, a wrong one passed); not right after a year (2021年度本年支出…: that year's), nor
 * in a year's 决算 (上年决算中，本年财政拨款支出703.00万元，主要用于…: a column of it).
 */
export const THIS_YEAR = `本年(?!${THIS_YEARS_FLOW}|度?(?:结转|结余))|(?<=^|[,，。;；:：\\s])(?<!中[,，:：]\\s*)本年(?=${THIS_YEARS_FLOW}(?:合计|总计)?(?:决算数?)?(?:为|是|共计)?[:：]?\\d)`;

/**
 * The one reading of a clause opening on another year than the document's (helper-h318: text-figures, text-shares,
 * text-change-words and text-change-way read it each their own way, each with its own gaps). A clause opens on its period: a
 * year (…；2021年度一般公共预算…; ，2021年，…), 上年 (上年一般公共预算…; not 上年结转/结余/末, this year's opening balance) or
 * 本年/今年, at the start of a sentence or after a ，；：, after a numbering too (（一）, 1、, 一是, 第一: 一是2021年度… read as this
 * year's, a right share of last year's was a 错误; review r309). Not a comparison's (比上年, 与2021年相比: the clause opens on its
 * 比/与). Groups: 1 the year, 2 上年's word, 3 本年's; the words after the year follow.
 */
const CLAUSE_PERIOD = new RegExp(
  `(?:^|[,，;；:：])(?:[一二三四五六七八九十]+[、是]|第[一二三四五六七八九十]+[,，]?|\\([一二三四五六七八九十\\d]+\\)|\\d+[、.])?(?:本部门|本单位|我单位|我部门)?(?:(\\d{4})年度?|(上一?年度?|去年)(?!结转|结余|末)|(本年度?|今年))`,
  'g',
);
/**
 * After a period, words making it no single year's: one running on (2021年以来, 2021年起, 上年至今), two years listed or compared
 * (2020年与2021年相比, 上年和本年); not 上年同期, last year's (helper-h243).
 * Nor is an aside stating that year's figure of the item before (ASIDE_FIGURE: …1,488.29万元，2021年度为1,801.23万元，比上年减少…;
 * 上年为598.00万元，减少…; 上年决算5.10万元): the change after it is this year's.
 */
const NOT_ONE_YEAR = /^(?:以来|开始|起|至|到|—|-|－|~|～|、|和|与|同(?!期)|及|比|较|相比|对比)/;
const ASIDE_FIGURE = /^(?:决算数?|数)?(?:为|是|:)?\d/;
/** Words after a year that make it the start of a period running on (2021年以来, 2021年起, 2021年至今, 2021年以后). */
const PERIOD_FROM_YEAR = /^(?:以来|开始|起|至今|以后|后)/;

/** Whether `text` names the document's year from `from` on: the year, 本年 as this year (THIS_YEAR), or 今年. */
export function namesThisYearFrom(text: string, from: number, year: number): boolean {
  return thisYearNamedAt(text, from, year) !== -1;
}

/** The words naming year `year` as the document's (thisYearNamedAt), built once a year: the calls are many, the years one or two. */
const THIS_YEAR_NAMED = new Map<number, RegExp>();

/** Where `text` first names the document's year from `from` on (namesThisYearFrom), or −1. */
export function thisYearNamedAt(text: string, from: number, year: number): number {
  let named = THIS_YEAR_NAMED.get(year);
  if (!named) {
    // 本年 opening a clause too (…，本年支出较上年减少…), but in a year's 决算 (上年决算中，本年财政拨款支出…: helper-h255).
    named = new RegExp(`${THIS_YEAR}|(?<=^|[,，;；:：])(?<!中[,，:：])本年|今年|${year}年`, 'g');
    THIS_YEAR_NAMED.set(year, named);
  }
  // Global, so searched from `from`: set on every call (the one RegExp is shared).
  named.lastIndex = from;
  return named.exec(text)?.index ?? -1;
}

/**
 * A clause of another year than the document's: that year, where its clause opens (index: its ，；： or the sentence's start) and
 * its period's words end (end), and the words as written (2021年度, 上年, 去年).
 */
export interface OtherYearClause {
  readonly year: number;
  readonly word: string;
  readonly index: number;
  readonly end: number;
}

/**
 * The clause of another year than `year` (the tables') that `at` in `sentence` stands in: the last period a clause opens on before
 * `at` in its sentence (2021年度“三公”经费支出5.01万元，其中：…；公务接待费0.26万元，占5.19% is 2021's throughout; 上年… is
 * year − 1), up to where the document's year is named after it (本年, 今年, 2022年). Undefined for this year's, a period running
 * on or two years', an aside figure, or year unknown. `stated`: the 说明数据's 年度, where it differs from the tables' (海口 2021's
 * text over a 2022 workbook): its year is no other either, which the text means is not clear.
 */
export function otherYearOpening(sentence: string, at: number, year: number | undefined, stated?: number): OtherYearClause | undefined {
  if (year === undefined) return undefined;
  const from = sentence.lastIndexOf('。', at - 1) + 1;
  const before = sentence.slice(from, at);
  // 本年 opening a clause is no other year's; whether it names this year is namesThisYearFrom's (本年财政拨款支出 after 上年决算中 is
  // a column of last year's: helper-h255).
  const opening = [...before.matchAll(CLAUSE_PERIOD)].filter((m) => m[3] === undefined).pop();
  if (!opening) return undefined;
  const end = opening.index! + opening[0].length;
  const after = before.slice(end);
  if (namesThisYearFrom(before, end, year) || ASIDE_FIGURE.test(after) || NOT_ONE_YEAR.test(after)) return undefined;
  if (endedInWords(after) || (opening[2] !== undefined && comparedWithLastYearPast(sentence, from + end, at))) return undefined;
  const named = opening[2] !== undefined ? year - 1 : Number(opening[1]);
  const word = opening[0].slice(opening[0].lastIndexOf(opening[1] ?? opening[2]!));
  return named === year || named === stated ? undefined : { year: named, word, index: from + opening.index!, end: from + end };
}

/**
 * Whether another year's clause, in words alone up to a ； (2023年，我单位将继续压减支出；“三公”经费支出4.90万元，比上年减少…; 主要
 * 原因是：上年度接待任务较多；公务接待费…), ended there: it runs on past a ； only as a statement of its figures (2021年度收入总计
 * 1801.23万元；支出总计…). Run on, this year's amounts after it were that year's (review r324: a wrong 4.90 passed).
 */
function endedInWords(after: string): boolean {
  const part = after.search(/[;；]/);
  // An amount in 亿元 or 万 alone states its figures too (2021年度收入总计1.80亿元；支出总计…).
  return part !== -1 && !/\d\s*(?:[万亿]元?|元|%)/.test(after.slice(0, part));
}

/**
 * Whether the part `at` stands in, after a ； past `opening` (上年's words), compares with 上年 (上年“三公”经费支出5.01万元；“三公”
 * 经费支出4.90万元，比上年减少0.11万元): 上年 compared with 上年 is no year, so that part is this year's (review r324: read as
 * 上年's, a wrong 4.90 passed). A year by its number may compare with its own 上年 (2021年…；…比上年…: 2021's against 2020).
 */
function comparedWithLastYearPast(sentence: string, opening: number, at: number): boolean {
  const part = Math.max(sentence.lastIndexOf('；', at - 1), sentence.lastIndexOf(';', at - 1));
  // A ； of its 其中 list is none (上年…，其中：公务接待费0.26万元；公务用车…4.75万元: 上年's still; review r309).
  if (part < opening || /其中|包括/.test(sentence.slice(opening, part))) return false;
  const end = sentence.slice(at).search(/[。;；]/);
  return /(?:比|较|与|同)上一?年|同比/.test(sentence.slice(part, end === -1 ? undefined : at + end));
}

/** otherYearOpening's year: a share or an amount there is that year's (held to this year's tables, a right text was a 错误: helper-h298). */
export function otherYearAt(sentence: string, at: number, year: number | undefined, stated?: number): number | undefined {
  return otherYearOpening(sentence, at, year, stated)?.year;
}

/**
 * Whether a sentence opens on another year than the document's and names the document's nowhere before the change (2021年度，
 * “三公”经费支出较上年下降9.07%; 2020年，“三公”经费支出5.30万元，比上年减少…): that year's change, of no figure of the tables'
 * year nor its 上年数 (helper-h274: held to them, a right text was a 错误). Its opening read as otherYearOpening's; but two years
 * compared (2020年与2021年相比，…) are no change of this year's either, and an aside figure opening a sentence
 * (2021年度为598.00万元，比上年…) is that year's. text-template-leftovers names a year left from another report.
 */
export function openedOnOtherYear(said: string, year: number | undefined): boolean {
  const opening = said.matchAll(CLAUSE_PERIOD).next().value;
  if (year === undefined || opening?.index !== 0 || opening[1] === undefined || Number(opening[1]) === year) return false;
  if (namesThisYearFrom(said, opening[0].length, year)) return false;
  // A period from an earlier year on (2021年以来，“三公”经费支出较上年减少…; 2020年起, 至今, 以后) runs to the document's year: its
  // change against last year is this year's (helper-h288: read as 2021's, a wrong one passed).
  return !(Number(opening[1]) < year && PERIOD_FROM_YEAR.test(said.slice(opening[0].length)));
}
