/**
 * 占比 statements: "Y 万元，占 P%" must be Y ÷ base within half a unit of P’s last digit (rateTolerance: 0.01 for two
 * decimals). The base is the sentence's first amount when it introduces a list (…万元，其中：…), the previous sentence's
 * when the sentence starts with 其中, the named total for "占本年支出合计的 P%", and table 05's 合计 for the (类) lines. Where
 * the listed shares add up to 100.00%, the last one may carry the rounding residual. Amounts may be in 万元 or 元.
 */
import { defineRule } from '../rule';
import { formatBasis, ratio } from '../../derive/arithmetic';
import { rowByKey } from '../relations';
import { findRow } from '../../tables/model';
import type { TableModel } from '../../tables/model';
import { FUNCTIONAL_CLASSES, functionalClassByName } from '../../subjects/functional';
import type { NamedAmount } from '../shared/textScan';
import { occurrences } from '../shared/occurrences';
import { agreesAtPrecision, allFundsPart, ALTERNATIVES, AMOUNT_LIST, BUDGET_SAID, BUDGET_WORD, correctedAmount, correctedSum, labelFigure, listItems, MIRRORS, MONEY, moneyText, namedAmounts, namedFigure, NOT_ROUGH, ownAmounts, parseMoney, RATE_NUMBER, rateNumber, rateTolerance, scalesOf, sectionPartLookup, sentences, sentenceSpans, shareTolerance, statedWithin, summedAmounts, textCells, underGeneralBudget, yearsListedAmounts } from '../shared/textScan';
import { amount } from '../measure';
import { tolerance } from '../tolerance';
import type { CellRef } from '../../grid/address';
import type { Unit } from '../../grid/money';
import { otherYearAt, tablesYear } from '../shared/documentYear';
import { toFen } from '../../grid/money';

interface Amount {
  readonly fen: number;
  readonly unit: Unit;
  readonly text: string;
  /** The cell of the tables' figure it is (wholeOf), none for an amount as the text states it: a finding's source. */
  readonly cell?: CellRef;
}

interface Share {
  readonly part: Amount;
  readonly stated: number;
  /** The rate as written (its decimals say how close it must be). */
  readonly written: string;
  readonly base: Amount;
  readonly phrase: string;
  /**
   * The word of a share in a 分别占 list written as a bound (不足 in 分别占99.99%、不足0.01%), null for one written as a
   * figure: the phrase is the list's, its end the last share's. A share alone has none: its bound ends its phrase.
   */
  readonly bound?: string | null;
}

/** How far a share may be from the one worked out (textScan's shareTolerance: 约占 in its phrase says about). */
function toleranceOf(share: Share): number {
  return shareTolerance(share.written, /约占/.test(share.phrase));
}

/**
 * The words between an amount and its share, as departments write them: `，占12.30%`, `，占比12.30%`, `，所占比重为12.30%`,
 * `（占12.30%）`, `，占比达12.30%`, `，约占12.30%` (the text is normalised: brackets half-width), and with a stray comma
 * after 占 (寻甸 2022: `23,005.58元,占,88.19%`; unread, a wrong one passed: helper-h186).
 */
const SHARE_WORDS = '(?:[,，]|\\()约?所?占[,，]?(?:比重|比例|比)?(?:为|是|达到|达)?';
/**
 * Between a named total and its share: `占本年支出合计的12.30%`, `…的比重为12.30%`, `…的比例为12.30%`, and without the 的
 * (`…比重为12.30%`, `…比例12.30%`).
 */
const OF_WORDS = '(?:的(?:比重|比例)?|比重|比例)(?:为|是|达到|达)?';
/**
 * Or nothing, where the whole's name ends as a total's or a label's does (广西: 占本年收入合计99.32%, 占一般公共预算财政拨款
 * 支出89.90%): unread, a wrong share there passed. Not after any name (占比12.30% names no whole).
 */
const OF_WORDS_OR_NONE = `(?:${OF_WORDS}|(?<=合计|总额|总计|支出|收入|经费))`;
/** A whole's name: no 的 in it (占本年收入合计的比重比上年的95.00%… names no whole). */
const WHOLE_NAME = '((?:(?!的)[\\u4e00-\\u9fa5])+?)';
/** The whole's amount in brackets after its name (占本年收入（1,372.79万元）的99.32%), optional. */
const WHOLE_AMOUNT = `(?:\\(${MONEY}\\))?`;

/**
 * A share as written: its figure (one group), or a bound below it (占不足0.01%: the generator's share of a part other than
 * 0 that rounds to 0.00, NarrativeContext.share; 不到 typed by hand). Unread, 占不足0.01% of a share of 0.68% passed.
 */
const RATE = `(?:不足|不到)?(${RATE_NUMBER})%`;
/** A share written as a bound, at the end of its phrase: the word and the figure. */
const BOUND = new RegExp(`(不足|不到)(${RATE_NUMBER})%$`);
/** The shares of a 分别占 list, each a figure or a bound (分别占99.99%、不足0.01%) as a share alone is (RATE). */
const RATE_LIST = `((?:(?:不足|不到)?${RATE_NUMBER}%(?:、|,|，|和|及|与))+(?:不足|不到)?${RATE_NUMBER}%)`;
/** A share of a 分别占 list: the bound's word, if any, and the figure. */
const LISTED_RATE = new RegExp(`^(不足|不到)?(${RATE_NUMBER})%?$`);

/**
 * An aside in brackets between an amount and its share, stating no share itself (浙江: 财政拨款收入4352.47万元（其中，一般公共预算
 * 4352.47万元，…），占收入合计100%; 钱塘区行政审批局 2021): the share is the amount's. Unread, a wrong one passed (helper-h223).
 */
const ASIDE = '(?:\\([^()%]*\\))?';
/**
 * Not the first of a list of shares (…577.84万元、67.39万元，占基本支出的89.56%、10.44%): the list's, each its amount's in turn
 * (RESPECTIVE_SHARES). Read as the last amount's, a right text was a 错误 (helper-h236).
 */
const NOT_LISTED = `(?!(?:、|,|，|和|及|与)(?:不足|不到)?${RATE_NUMBER}%)`;
const SHARE = new RegExp(`${MONEY}${ASIDE}${SHARE_WORDS}${RATE}${NOT_ROUGH}${NOT_LISTED}`, 'g');
/** An amount, then its share of a named whole: groups 1–2 the amount, 3 the whole's name, 4–5 its amount in brackets, 6 the share. */
const NAMED_SHARE = new RegExp(`${MONEY}${ASIDE}[,，]约?所?占${WHOLE_NAME}${WHOLE_AMOUNT}${OF_WORDS_OR_NONE}${RATE}${NOT_ROUGH}${NOT_LISTED}`, 'g');
/**
 * A share of a named whole after the part's name alone (财政拨款收入占本年收入合计的99.32%; the amount is the tables'):
 * groups 1 the whole's name, 2–3 its amount in brackets, 4 the share. The part is the label right before it.
 */
const PART_SHARE = new RegExp(`约?所?占${WHOLE_NAME}${WHOLE_AMOUNT}${OF_WORDS_OR_NONE}${RATE}${NOT_ROUGH}`, 'g');
// Also `一般公共服务（类）支出1,225.73万元，占89.90%`, `一般公共服务支出（类）：1,225.73万元，…`; not a bound (占89%以上).
const CLASS_SHARE = new RegExp(`\\(类\\)(?:支出)?(?:为)?[:：]?${MONEY}${SHARE_WORDS}${RATE}${NOT_ROUGH}`, 'g');

/**
 * Amounts stated with 分别, then their shares with 分别 (`基本支出、项目支出分别为770.07万元、718.22万元，分别占51.74%、48.26%`),
 * of the sentence's whole or of a named one (`分别占本年支出合计的…`): the list, the named whole, the shares.
 */
// Or the amounts right after their names with no 分别 (人员经费、公用经费577.84万元、67.39万元，分别占…: helper-h236, unread, a wrong
// share passed).
const RESPECTIVE_SHARES = new RegExp(`(?:分别(?:为|是|达到|达)?:?|(?<=[\\u4e00-\\u9fa5)])(?:为|是)?:?)${AMOUNT_LIST}[,，]?(?:分别|各)?占(?:([\\u4e00-\\u9fa5]+?)${OF_WORDS}|(?:比重|比例|比)?(?:为|是)?)${RATE_LIST}`, 'g');

/**
 * Shares with 分别 after amounts each named on its own (本年支出1,488.29万元，其中基本支出770.07万元，项目支出718.22万元，分别占本年
 * 支出合计的51.74%、48.26%): group 1 the named whole, 2 the shares. The amounts are the sentence's last before it.
 */
const SHARES_AFTER = new RegExp(`[,，]分别占(?:([\\u4e00-\\u9fa5]+?)${OF_WORDS}|(?:比重|比例|比)?(?:为|是)?)${RATE_LIST}${NOT_ROUGH}`, 'g');
/**
 * Amounts named on their own, then one share of their sum (the 中央 template, 教育部 2024: 经营收入16,348.77万元，附属单位上缴收入
 * 3,363.59万元，两项合计占0.1%): group 1 how many, 2 the share. Unread, a wrong one passed (helper-h222).
 */
const SUM_SHARE = new RegExp(`[,，](两|二|三|四)项(?:合计|共计|之和|共)?约?所?占(?:比重|比例|比)?(?:为|是|达到|达)?${RATE}${NOT_ROUGH}`, 'g');
const COUNTS: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4 };

/** Between two amounts named on their own: the next one's name (no figure, no other words of a sentence). */
const NEXT_NAME = /^[,，、;；]?[\u4e00-\u9fa5()“”"]+$/;
/** The 三公 items a share names right before it (公务用车购置及运行维护费4.79万元，占…). */
const THREE_PUBLIC_ITEM = /因公出国|公务用车|公务接待/;

/**
 * A total named in general words (江苏: 占总收入的, 河南/湖北/山东: 占支出总额的, 占支出合计的, 占全年支出的; 云南: 占总支出决算的).
 * Of a 三公 item it may be the 三公's (寻甸 2022: 公务用车购置及运行费支出决算为273,702.10元，占总支出决算的70.16%, of 390,118.10).
 */
const GENERIC_TOTAL = /^(?:部门|单位|本部门|本单位)?(?:总(收入|支出)|(收入|支出)(?:总额|合计)|全年(收入|支出))(?:决算数?)?$/;

/** 一般公共预算(财政拨款) before “三公”经费 (quotes gone): table 07's older title, its total all the same. */
// With the other fund named too (一般公共预算及政府性基金财政拨款“三公”经费支出决算中，…: 安徽 巢湖市人民法院 2021, its table 07
// titled so): unread, a wrong share passed (helper-h210).
const GENERAL_BUDGET_THREE_PUBLIC = /^一般公共预算(?:及政府性基金(?:预算)?)?(?:财政拨款)?(?=三公)/;

/**
 * Where the list of a sentence's first amount starts: its first 其中 after `from` outside brackets. A 其中 in brackets is an
 * item's parts (中央 template: 财政拨款收入…万元（其中，一般公共预算…），占40.2%；事业收入…，占43.2%): taken as the list's, the later
 * items' shares were held to that item (事业收入 of 财政拨款收入: 107.44%), a right share a 错误; the item's own share after the
 * brackets, before a 其中 taken for the list's, was unread.
 */
function listStart(sentence: string, from: number): number {
  let depth = 0;
  for (let i = from; i < sentence.length; i++) {
    const c = sentence[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && sentence.startsWith('其中', i)) return i;
  }
  return -1;
}

/** The last amount written before `at` (a list's whole in its own clause), undefined where none. */
function lastAmountBefore(sentence: string, at: number): RegExpExecArray | undefined {
  return [...sentence.slice(0, at).matchAll(new RegExp(MONEY, 'g'))].pop() as RegExpExecArray | undefined;
}

/** "…决算中，": the whole a list of shares divides, named at the sentence's start (quotes gone in the normalised text). */
const WHOLE_NAMED = /^(?:\d{4}年度?)?([\u4e00-\u9fa5()]{2,30})中[,，]/;

/**
 * A budget's amount opening a sentence, its 决算 stated after it (“三公”经费财政拨款支出预算为44.52万元，…决算为22.62万元; 实际支出…): the
 * 决算 is the whole the sentence's 其中, or the next sentence's, divides (桃江 2019: 其中公务接待费为20.10万元，占88.86%). Read of
 * the budget, a right share was a 错误 (helper-h110).
 */
const BUDGET_BEFORE = new RegExp(`${BUDGET_WORD}数?(?:为|是)?:?$`);
const OUTTURN_AFTER = new RegExp(`(?:决算数?|实际支出(?:数|额)?)(?:为|是)?:?${MONEY}`);

/** A figure of the tables as a whole a share is of. */
function wholeOf(f: { readonly fen: number; readonly unit: Unit; readonly cell?: CellRef }): Amount {
  return { fen: f.fen, unit: f.unit, text: amount(f.fen, f.unit), ...(f.cell ? { cell: f.cell } : {}) };
}

/** Whether an amount as written is a figure of the tables (to half a unit of its last place: 0.01万元 is 100 元). */
function sameAmount(written: Amount, figure: Amount): boolean {
  return Math.abs(written.fen - figure.fen) <= (written.unit === '万元' ? 5_000 : 50);
}

function stated(number: string, unit: string): Amount {
  const m = parseMoney(number, unit);
  return { fen: m.fen, unit: m.unit, text: moneyText(m) };
}

/** The word of a share written as a bound (不足 in 占不足0.01%), else undefined. */
function boundOf(share: Share): string | undefined {
  if (share.bound !== undefined) return share.bound ?? undefined;
  return BOUND.exec(share.phrase)?.[1];
}

/** A share as the text states it, in 0.01 %: a bound counts as 0 in the shares a list sums (its others' 100.00%). */
function statedInSum(share: Share): number {
  return boundOf(share) ? 0 : Math.round(share.stated * 100);
}

/**
 * Whether a share stated as a figure is its part over its base within `tolerance`; one stated as a bound (不足0.01), whether
 * the part is under it, worked out unrounded on a scale it may be worked out on (0.01 of 100.00 万元 is 0.01%, not under).
 */
function statedHolds(share: Share, tolerance: number): boolean {
  if (!boundOf(share)) return statedWithin(Math.round(share.stated * 100), expectedShares(share), tolerance);
  const bound = Math.round(share.stated * 100);
  return scalesOf(share.part, share.base).some(([part, base]) => base! > 0 && part! * 10_000 < bound * base!);
}

/** The share its part makes of its base, on each scale it may be worked out on (scalesOf), in 0.01 %. */
function expectedShares(share: Share): number[] {
  return scalesOf(share.part, share.base).flatMap(([part, base]) => {
    const worked = ratio(part!, base!);
    return worked === undefined ? [] : [worked];
  });
}

/**
 * A budget spoken of (年初预算1,206.34万元中，基本支出600.00万元，占49.74%…): the parts are the budget's, which amountOf would
 * take for the 决算's where a label names them (review45). A fund's name (一般公共预算…) is no budget.
 */

/** 人员经费 and 公用经费: table 06's are 一般公共预算's, so a share of them named alone is read only of a 财政拨款 whole. */
const PERSONNEL_OR_PUBLIC = /^(?:人员经费|公用经费)$/;
const FISCAL_WHOLE = /财政拨款|一般公共预算/;

/**
 * The last `count` amounts of a sentence before `at`, each after its own name and the last ending right there (经营收入16,348.77万元，
 * 附属单位上缴收入3,363.59万元|，两项合计占…); none where they are not so.
 */
function namedRun(sentence: string, at: number, count: number): RegExpMatchArray[] | undefined {
  const amounts = [...sentence.slice(0, at).matchAll(new RegExp(MONEY, 'g'))];
  const parts = amounts.slice(-count);
  if (parts.length !== count) return undefined;
  const ends = parts.map((a) => a.index! + a[0].length);
  if (ends[count - 1] !== at) return undefined;
  if (!parts.slice(1).every((a, i) => NEXT_NAME.test(sentence.slice(ends[i], a.index)))) return undefined;
  return /[\u4e00-\u9fa5)]$/.test(sentence.slice(0, parts[0]!.index)) ? parts : undefined;
}

/**
 * Shares whose sentence says no whole (基本支出770.07万元，占51.74%；项目支出718.22万元，占48.26%, the total in the sentence
 * before): where they add up to 100%, the list is its whole, and the sum of its parts the base (review43: unchecked).
 */
function sharesOfTheirSum(matches: readonly RegExpMatchArray[], amountOf: (m: RegExpMatchArray) => Amount, cell: CellRef): { share: Share; cell: CellRef }[] {
  const total = matches.reduce((sum, m) => sum + Math.round(rateNumber(m[3]!) * 100), 0);
  if (matches.length < 2 || Math.abs(total - 10_000) > matches.length) return [];
  const parts = matches.map(amountOf);
  if (parts.some((p) => p.unit !== parts[0]!.unit)) return [];
  const fen = parts.reduce((sum, p) => sum + p.fen, 0);
  const base: Amount = { fen, unit: parts[0]!.unit, text: amount(fen, parts[0]!.unit) };
  return matches.map((m, i) => ({ share: { part: parts[i]!, stated: rateNumber(m[3]!), written: m[3]!, base, phrase: m[0] }, cell }));
}

/**
 * The 分 by which rounded parts may miss their rounded whole: half a shown step for each figure, the whole's and the
 * parts' (tolerance.ts). Three parts of 10.005 万元 show 10.01 each, 30.03 together, and their whole 30.015 shows 30.02.
 */
function roundingOf(parts: readonly Amount[], whole: Amount): number {
  return tolerance(parts.length + 1, whole.unit);
}

/** Whether amounts of one unit add up to no more than a whole (within what their rounding allows: roundingOf). */
function within(parts: readonly Amount[], whole: Amount): boolean {
  if (parts.some((p) => p.unit !== whole.unit)) return false;
  const sum = parts.reduce((s, p) => s + p.fen, 0);
  return sum <= whole.fen + roundingOf(parts, whole);
}

/** Whether every share of a list is of one base (within half a unit of its last digit; the last may carry the residual). */
function allOf(parts: readonly Amount[], rates: readonly string[], base: Amount): boolean {
  const total = rates.reduce((s, r) => s + Math.round(rateNumber(r) * 100), 0);
  return parts.every((part, i) => {
    const expected = scalesOf(part, base).flatMap(([p, b]) => ratio(p!, b!) ?? []);
    const residual = Math.max(i === parts.length - 1 && total === 10_000 ? Math.ceil(parts.length / 2) : 1, rateTolerance(rates[i]!));
    return statedWithin(Math.round(rateNumber(rates[i]!) * 100), expected, residual);
  });
}

/**
 * A clause of the whole's own change, opening on its comparison or its change (比上年减少312.94万元, 与上年相比, 下降17.37%,
 * 较年初预算增加…): no other amount. One opening on another name (一般公共预算财政拨款支出较上年增加…) or a reason (主要是人员
 * 经费减少…) is another item's (review77).
 */
const CHANGE_CLAUSES = /[,，](?:(?:与|同|和|跟)?(?:上一?年度?|去年|\d{4}年度?)?(?:相比|对比)|比|较|与|同比|增加|减少|增长|下降|持平|节约|超支)[^,，;；。]*/g;
/**
 * The comparison of a change ending where its amount starts, right after what it is of (…1363.45万元，比2021年增加; …，与上年相比
 * 增加; …支出比上年增加; 较上年度决算减少了): changeSubject.
 */
const CHANGE_COMPARISON = /[,，]?(?:(?:与|同|和|跟)(?:上一?年度?|去年|\d{4}年度?)(?:决算数?)?(?:相比|对比)[,，]?|(?:比|较)(?:上一?年度?|去年|\d{4}年度?)(?:决算数?)?)(?:增加|减少|增长|下降)了?$/;
/** An amount right after a change word: the change, not a part (…主要是人员经费减少200.00万元，占…). */
const AFTER_CHANGE = /(?:增加|减少|增长|下降|节约|超支)了?$/;

/**
 * The whole a sentence opens with, its shares naming none (本年支出合计1,488.29万元，基本支出770.07万元，占51.74%；项目支出…; …
 * 支出1,363.45万元，主要用于以下方面：…，占…; 本年收入合计…，包括…，占…): the sentence's first amount, in its first part (a year
 * aside), right before the list (no other amount between), where the parts do not exceed it and it is evidently their
 * whole: they add up to it, or a share is of it. None where every share is of the parts' own sum (sharesOfTheirSum).
 */
function openingWhole(
  sentence: string,
  firstMatch: RegExpExecArray | null,
  first: Amount | undefined,
  shares: readonly RegExpMatchArray[],
  amountOf: (m: RegExpMatchArray) => Amount,
): Amount | undefined {
  if (!firstMatch || !first || shares.length === 0 || firstMatch.index >= shares[0]!.index!) return undefined;
  if (/[,，;；。]/.test(sentence.slice(0, firstMatch.index).replace(/^\d{4}年度?[,，]?/, ''))) return undefined;
  // The whole's own change from last year or its budget may stand between (…1,488.29万元，比上年减少312.94万元，下降17.37%，
  // 基本支出…，占…): no other amount.
  const between = sentence.slice(firstMatch.index + firstMatch[0].length, shares[0]!.index).replace(CHANGE_CLAUSES, '');
  if (new RegExp(MONEY).test(between) || /%/.test(between)) return undefined;
  // Nor the reason of that change (…减少312.94万元，主要是其他收入9.34万元，占0.68%): its items' shares are of their own wholes
  // (read of the opening whole, a right share was a 错误: helper-h111).
  if (/主要(?:原因)?(?:是|为|系|在于)|原因(?:是|为|系|:|：)/.test(between)) return undefined;
  const parts = shares.map(amountOf);
  const rates = shares.map((m) => m[3]!);
  if (!within(parts, first)) return undefined;
  // One share (本年支出合计1,488.29万元，基本支出770.07万元，占51.74%): of the whole right before it, as the words read; no sum
  // to tell it by. Unread, a wrong one passed. Not a change's share (…减少200.00万元，占63.91%: of the whole's change).
  if (parts.length === 1) return AFTER_CHANGE.test(sentence.slice(0, shares[0]!.index)) ? undefined : first;
  const sum = parts.reduce((s, p) => s + p.fen, 0);
  const whole = Math.abs(sum - first.fen) <= roundingOf(parts, first);
  if (!whole && !parts.some((p, i) => allOf([p], [rates[i]!], first))) return undefined;
  const own: Amount = { fen: sum, unit: first.unit, text: amount(sum, first.unit) };
  return !allOf(parts, rates, first) && allOf(parts, rates, own) ? undefined : first;
}

/** 财政拨款基本支出/项目支出 and their 一般公共预算 labels: a part the heading makes table 05's (sectionFirst). */
const GENERAL_PARTS: Readonly<Record<string, string>> = { 财政拨款基本支出: '一般公共预算财政拨款基本支出', 财政拨款项目支出: '一般公共预算财政拨款项目支出' };

/** The whole 财政拨款 spending named bare (占财政拨款支出的…), which under §五 may be 一般公共预算's. */
const FISCAL_WHOLE_NAME = /^财政拨款(?:本年)?支出(?:决算数?)?$/;

/** The year a list's 其中 names its parts of (其中2022年度公务接待费…): group 1. */
const LIST_YEAR = /^其中[:：,，]?(\d{4})年度?/;

/** A paragraph opening on its parts (其中：…), the whole in the one before. */
const OPENS_ON_PARTS = /^其中/;

/** The first amount of each sentence of a text stating one, as written: the wholes a paragraph opening on 其中 after it may be of. */
function firstAmounts(text: string): Amount[] {
  return sentences(text).flatMap((sentence) => {
    const m = new RegExp(MONEY).exec(sentence);
    return m ? [stated(m[1]!, m[2]!)] : [];
  });
}

/**
 * The whole of a paragraph opening on 其中, among the sentences' first amounts of the paragraph before (`wholes`): the last
 * its parts fit (within it, one share at least of it, not every share of their own sum alone); where none fits, the first
 * they are within (the paragraph's stated total: every share wrong was unread). Its last sentence's alone was
 * taken, where that states the change's reasons (…增长68.3%。主要原因是:事业收入增加687.73万元;…。): each right share a
 * 错误 of a reason's amount (1,015.31 ÷ 687.73 = 147.63%; helper-h244).
 */
function carriedWhole(wholes: readonly Amount[], shares: readonly RegExpMatchArray[], amountOf: (m: RegExpMatchArray) => Amount): Amount | undefined {
  if (shares.length === 0) return undefined;
  const parts = shares.map(amountOf);
  const rates = shares.map((m) => m[3]!);
  if (parts.some((p) => p.unit !== parts[0]!.unit)) return undefined;
  const sum = parts.reduce((x, p) => x + p.fen, 0);
  const own: Amount = { fen: sum, unit: parts[0]!.unit, text: amount(sum, parts[0]!.unit) };
  const ofTheirSum = allOf(parts, rates, own);
  const fitting = [...wholes]
    .reverse()
    .find((whole) => within(parts, whole) && parts.some((p, i) => allOf([p], [rates[i]!], whole)) && !(ofTheirSum && !allOf(parts, rates, whole)));
  // Every share wrong, none fits: of the paragraph's stated whole, its first the parts fit within (its total's, before any
  // reason's amount), so each wrong one is said; taking none, every one passed (helper-h254). Shares right of their own
  // sum alone stay theirs.
  // Nor where the shares agree on one whole of their own the paragraph before does not state (其中：财政拨款收入1,363.45万元，占
  // 99.3%: of 本年收入合计 1,372.79 after a paragraph stating only 收入总计 1,488.29): right of that one, no wrong share of the
  // stated whole (helper-h260: a 错误 since fd7f5ac). One share always agrees with a whole of its own: not said so.
  if (fitting || ofTheirSum) return fitting;
  const largest = parts.reduce((a, p, i) => (p.fen > parts[a]!.fen ? i : a), 0);
  const rate = rateNumber(rates[largest]!);
  const implied = rate > 0 ? Math.round((parts[largest]!.fen * 100) / rate) : undefined;
  if (implied !== undefined && allOf(parts, rates, { fen: implied, unit: parts[0]!.unit, text: amount(implied, parts[0]!.unit) })) return undefined;
  return wholes.find((whole) => within(parts, whole));
}

/**
 * The 三公 total stated in the sentence before, for shares of 三公 items naming no whole (“三公”经费财政拨款支出决算为4.99万元。
 * 公务用车购置及运行维护费4.79万元，占95.99%；…): the previous sentence's first amount, where it names 三公 before it and
 * states no 预算, the sentence opens with an item's share, and the items do not exceed it.
 */
function threePublicWhole(
  sentence: string,
  firstMatch: RegExpExecArray | null,
  shares: readonly RegExpMatchArray[],
  previousSentence: string | undefined,
  previousFirst: Amount | undefined,
  amountOf: (m: RegExpMatchArray) => Amount,
): Amount | undefined {
  if (!previousSentence || !previousFirst || !firstMatch || shares.length === 0 || shares[0]!.index !== firstMatch.index) return undefined;
  const previousAmount = new RegExp(MONEY).exec(previousSentence);
  if (!previousAmount || !/三公/.test(previousSentence.slice(0, previousAmount.index)) || BUDGET_SAID.test(previousSentence)) return undefined;
  if (!THREE_PUBLIC_ITEM.test(sentence.slice(0, firstMatch.index))) return undefined;
  return within(shares.map(amountOf), previousFirst) ? previousFirst : undefined;
}

/**
 * The year's income or spending total stated alone in the sentence before, for a list of its parts' shares naming no whole
 * (中央 template: 本年收入合计…万元。财政拨款收入…万元（其中，…），占…；事业收入…万元，占…): the previous sentence's first amount,
 * where it opens on that total and states no 预算; the sentence opens with a part's share, every part named as one of that kind
 * (…收入, 财政拨款 of an income; …支出 of a spending), none exceeding it, and one share at least is of it. Unread (its list
 * taken for the bracket's 其中 before helper-h237, of the first item), a wrong share passed.
 */
const TOTAL_BEFORE = /(?:本年|年度|部门|单位)?(?:(收入|支出)(?:合计|总额)|总(收入|支出))(?:决算数?)?(?:为|是|达到|达|共计|:)?$/;
function totalBeforeWhole(
  sentence: string,
  firstMatch: RegExpExecArray | null,
  shares: readonly RegExpMatchArray[],
  previousSentence: string | undefined,
  previousFirst: Amount | undefined,
  amountOf: (m: RegExpMatchArray) => Amount,
): Amount | undefined {
  if (!previousSentence || !previousFirst || !firstMatch || shares.length < 2 || shares[0]!.index !== firstMatch.index) return undefined;
  const previousAmount = new RegExp(MONEY).exec(previousSentence);
  const total = previousAmount && TOTAL_BEFORE.exec(previousSentence.slice(0, previousAmount.index));
  if (!total || BUDGET_SAID.test(previousSentence)) return undefined;
  const kind = total[1] ?? total[2];
  const partName = kind === '收入' ? /(?:收入|财政拨款)(?:为|是|:)?$/ : /支出(?:为|是|:)?$/;
  for (const m of shares) {
    const before = sentence.slice(0, m.index);
    const clause = before.slice(Math.max(...[...'；;，,：:、。'].map((c) => before.lastIndexOf(c))) + 1);
    if (!partName.test(clause)) return undefined;
  }
  const parts = shares.map(amountOf);
  const rates = shares.map((m) => m[3]!);
  if (!within(parts, previousFirst) || !parts.some((p, i) => allOf([p], [rates[i]!], previousFirst))) return undefined;
  const sum = parts.reduce((x, p) => x + p.fen, 0);
  const own: Amount = { fen: sum, unit: previousFirst.unit, text: amount(sum, previousFirst.unit) };
  return !allOf(parts, rates, previousFirst) && allOf(parts, rates, own) ? undefined : previousFirst;
}

/** Whether share `i` of a list of one base holds; where the list adds up to 100.00% the last may carry the residual. */
function listed(list: readonly { readonly share: Share }[], i: number): boolean {
  const share = list[i]!.share;
  const expectations = expectedShares(share);
  if (expectations.length === 0) return true;
  const total = list.reduce((s, x) => s + statedInSum(x.share), 0);
  const residual = Math.max(i === list.length - 1 && total === 10_000 ? Math.ceil(list.length / 2) : 1, toleranceOf(share));
  return statedHolds(share, residual) || (total === 10_000 && apportioned(list.map((x) => x.share)));
}

/**
 * Whether shares of one base that add up to 100% are the largest-remainder rounding of their parts (each rounded down at
 * the places written, the units left to 100% given to the largest remainders): a share so rounded up may be more than
 * half a unit off its own (教育部 2024: 经营收入、附属单位上缴收入两项合计占0.1% of 0.046%, beside 40.2%, 43.2%, 16.5%). Only
 * where the parts make the base.
 */
function apportioned(shares: readonly Share[]): boolean {
  const first = shares[0];
  if (!first || shares.some((s) => boundOf(s) || s.base.fen !== first.base.fen || s.base.unit !== first.base.unit || s.part.unit !== first.base.unit)) return false;
  const places = new Set(shares.map((s) => (s.written.includes('.') ? s.written.length - s.written.indexOf('.') - 1 : 0)));
  if (places.size !== 1 || first.base.fen <= 0) return false;
  // The parts make the whole (within their rounding: roundingOf): else the units left to 100% are the parts left
  // out, not remainders (40.23, 43.23, 16.50 of a whole with 0.04 more: 40.3 was given the unit; helper-h230, it passed).
  const sum = shares.reduce((total, s) => total + s.part.fen, 0);
  if (Math.abs(sum - first.base.fen) > roundingOf(shares.map((s) => s.part), first.base)) return false;
  const step = 10 ** (2 - [...places][0]!);
  if (!Number.isInteger(step)) return false;
  // In 0.01 %: exact, then rounded down to the step.
  const exact = shares.map((s) => (s.part.fen * 10_000) / first.base.fen);
  const floors = exact.map((e) => Math.floor(e / step) * step);
  let left = Math.round((10_000 - floors.reduce((a, b) => a + b, 0)) / step);
  const order = exact.map((e, i) => ({ i, rest: e - floors[i]! })).sort((a, b) => b.rest - a.rest);
  const rounded = [...floors];
  for (const { i } of order) {
    if (left <= 0) break;
    rounded[i]! += step;
    left--;
  }
  return shares.every((s, i) => Math.round(s.stated * 100) === rounded[i]);
}

/**
 * 类 named without their (类) mark, each with its share and no whole said (湖南: 一般公共服务支出1225.73万元，占89.9%；…；其他
 * 支出18.55万元，占1.4%; 黑龙江, with no amounts: 一般公共预算财政拨款支出结构：一般公共服务支出占89.90%，…). Groups: the
 * 类's name, then the amount (two groups) where stated, then the share.
 */
const CLASS_WORDS = `(?<![\\u4e00-\\u9fa5])(${FUNCTIONAL_CLASSES.map((c) => c.name)
  .sort((a, b) => b.length - a.length)
  .map((n) => `${n}(?!\\(类\\))|${n.replace(/支出$/, '')}\\(类\\)支出`)
  .join('|')})`;
const CLASS_AMOUNT_SHARE = new RegExp(`${CLASS_WORDS}(?:决算数?)?(?:为|是|:)?${MONEY}${SHARE_WORDS}${RATE}${NOT_ROUGH}`, 'g');
const CLASS_BARE_SHARE = new RegExp(`${CLASS_WORDS}约?所?占(?:比重|比例|比)?(?:为|是|达到|达)?${RATE}${NOT_ROUGH}`, 'g');

/**
 * The items of the “三公” named with a share and no amount or whole (“三公”经费中，公务用车购置及运行维护费占95.99%，公务接待费占
 * 4.01%): each of table 07's 合计. Groups: the item as the labels spell it, the share. Not its parts (公务用车购置费, 运行维护费:
 * after the 购置及运行 item they may be of it). Unread, a wrong one passed (helper-h105).
 */
const THREE_PUBLIC_BARE_SHARE = new RegExp(
  `(?<![\\u4e00-\\u9fa5])(因公出国\\(境\\)费|公务用车购置及运行维护费|公务用车购置及运行费|公务接待费)(?:支出)?(?:决算数?)?约?所?占(?:比重|比例|比)?(?:为|是|达到|达)?${RATE}${NOT_ROUGH}`,
  'g',
);

/** A list of 类 by name ending where its amounts start (…、住房保障支出、其他支出|分别为…). */
const CLASS_LIST_END = new RegExp(`${CLASS_WORDS}(?:\\(类\\))?(?:决算数?)?$`);

/** The totals of the tables a share naming no whole may be of (labelShare). */
const LABEL_WHOLES = [
  '本年收入合计', '收入总计', '本年支出合计', '支出总计', '财政拨款收入总计', '财政拨款本年收入', '财政拨款本年支出',
  '一般公共预算财政拨款支出', '一般公共预算财政拨款基本支出', '一般公共预算财政拨款项目支出', '三公经费合计', '人员经费', '公用经费',
];

/** The total a label's share is of where its sentence names none: 三公's for its items, table 06's for 人员经费…, the year's. */
function wholeFor(label: string): string {
  if (THREE_PUBLIC_ITEM.test(label)) return '三公经费合计';
  if (/^(?:人员经费|公用经费)$/.test(label)) return '一般公共预算财政拨款基本支出';
  return /收入|结余|结转/.test(label) ? '本年收入合计' : '本年支出合计';
}

export default defineRule({
  id: 'text-shares',
  title: '公开说明中的占比与金额一致',
  severity: 'error',
  tables: [],
  messages: { mismatch: '说明文字“{phrase}”：占比应为 {expected}%（{part} ÷ {base}），文中为 {stated}%。' },
  check(rule) {
    // Keyed by their phrase: the same wrong share written twice in one text had one id, the second dropped (helper-h132):
    // told apart by the sentence it is read in (all readings of one sentence share its place: a share reached by two of them
    // stays one finding), a (类) line by where it stands.
    const place = occurrences(rule);
    const ctx = place.context;
    const t5 = ctx.recognition.tables.generalBudgetExpenditure;
    const t5Total = t5 && namedFigure(t5, rowByKey(t5, 'total')?.figures.total);
    const classBase: Amount | undefined = t5Total && wholeOf(t5Total);
    /**
     * The whole a sentence divides with no amount of its own (上海 §七（二）: "“三公”经费财政拨款支出决算中，因公出国（境）费
     * 支出决算X万元，占X%；…"): a label of the tables before 中, its figure the base.
     */
    const namedWhole = (sentence: string, firstAmount: number | undefined): Amount | undefined => {
      const m = WHOLE_NAMED.exec(sentence);
      if (!m || (firstAmount !== undefined && firstAmount < m[0].length)) return undefined;
      // Also as table 07's older title names it (一般公共预算财政拨款“三公”经费支出决算中，…: 云南, the central template): unread,
      // a wrong share of a list not adding up to 100% passed (寻甸 2022; helper-h186).
      const names = [m[1]!, m[1]!.replace(/决算数?$/, '')];
      for (const name of [...names, ...names.map((n) => n.replace(GENERAL_BUDGET_THREE_PUBLIC, '')).filter((n) => !names.includes(n))]) {
        const f = labelFigure(name, ctx.recognition, ctx.supplement);
        if (f) return wholeOf(f);
      }
      return undefined;
    };
    /**
     * The figures a whole the text names may be (占基本支出的…): the label's, or what it may also mean (ALTERNATIVES:
     * §六's 基本支出 is table 05's); a label's 总额 is the label's figure (占“三公”经费总额的).
     */
    const namedWholes = (name: string): Amount[] => {
      const probe = '0.00万元';
      const named = namedAmounts(`${name}${probe}`)[0] ?? namedAmounts(`${name.replace(/总额$/, '')}${probe}`)[0];
      const lookups = named ? [named.lookup, ...(ALTERNATIVES[named.label] ?? [])] : [];
      return lookups.map((l) => l(ctx.recognition, ctx.supplement)).filter((f) => f !== undefined).map(wholeOf);
    };
    /**
     * The figures of the part a share names alone, right before its 占 (财政拨款收入占本年收入合计的…): the label's (read as an
     * amount would be there: another year's, a budget's or a project's is none) and what it may also mean. None where an
     * amount stands before the 占 (NAMED_SHARE reads it), in a sentence about a budget, or for 人员经费/公用经费 of the
     * department's 基本支出 (no table gives those of all sources: 占基本支出的… may be of those). Of a 财政拨款 whole, the
     * 财政拨款 meaning first (基本支出占一般公共预算财政拨款支出的…: table 05's, for the message). `from`: where the part's name starts.
     */
    const partNamedBefore = (before: string, wholeName: string, headings?: readonly string[]): { readonly parts: Amount[]; readonly from: number } => {
      const none = { parts: [], from: before.length };
      if (BUDGET_SAID.test(before)) return none;
      const probe = `${before.replace(/约?所?$/, '')}0.00万元`;
      const named = namedAmounts(probe, tablesYear(ctx)).find((n) => n.end === probe.length);
      // Under §五 a 财政拨款 part named alone is 05's or all funds' (sectionAlternative): both, each held to its own whole
      // (mixesBases). Read with no heading, all funds' 项目支出 where 08 spends on it is none: 财政拨款项目支出占财政拨款支出的22.04%
      // (05's part of all funds' whole) passed unread.
      const general = named && headings !== undefined && underGeneralBudget(headings) && FISCAL_WHOLE_NAME.test(wholeName) ? GENERAL_PARTS[named.label] : undefined;
      if (general !== undefined) {
        const figures = [labelFigure(general, ctx.recognition, ctx.supplement), allFundsPart(named!.label)?.(ctx.recognition, ctx.supplement)];
        const parts = figures.filter((f) => f !== undefined).map(wholeOf);
        if (parts.length > 0) return { parts, from: named!.index };
      }
      if (!named) return none;
      const fiscal = FISCAL_WHOLE.test(wholeName);
      const clause = before.slice(Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1);
      if (PERSONNEL_OR_PUBLIC.test(named.label) && !fiscal && !FISCAL_WHOLE.test(clause)) return none;
      const alternatives = ALTERNATIVES[named.label] ?? [];
      const lookups = fiscal ? [...alternatives, named.lookup] : [named.lookup, ...alternatives];
      const parts = [...lookups, ...(MIRRORS[named.label] ?? [])].map((l) => l(ctx.recognition, ctx.supplement)).filter((f) => f !== undefined).map(wholeOf);
      return { parts, from: named.index };
    };
    /**
     * The figures of what a change at `at` is of, for the share of a named whole after it: the amount its sentence states right
     * before the comparison (…支出1363.45万元，比2021年增加660.56万元，占…; 与上年相比, 较上年), else the label right before the
     * comparison, named with no amount (…一般公共预算财政拨款支出比2021年增加660.56万元，占…: partNamedBefore). None where other
     * words stand between. With no comparison, a label right before the change word (…主要是项目支出增加200.00万元，占本年支出合计的
     * 23.47%): its figures, or the change `m` itself, as read before (unread, a share wrong for both passed: review r326).
     */
    const changeSubject = (sentence: string, m: RegExpMatchArray, amountOf: (m: RegExpMatchArray) => Amount, wholeName: string): Amount[] => {
      const before = sentence.slice(0, m.index);
      const comparison = CHANGE_COMPARISON.exec(before);
      if (!comparison) {
        const verb = AFTER_CHANGE.exec(before);
        const named = verb ? partNamedBefore(before.slice(0, verb.index), wholeName).parts : [];
        return named.length > 0 ? [...named, amountOf(m)] : [];
      }
      const words = before.slice(0, comparison.index);
      const last = lastAmountBefore(words, words.length);
      if (last) return last.index! + last[0].length === words.length ? [amountOf(last)] : [];
      return partNamedBefore(words, wholeName).parts;
    };
    /**
     * The whole of a list (其中…) after two years' amounts listed with 分别, the first amount of its sentence among them (2021年度和
     * 2022年度“三公”经费支出分别为5.01万元、4.99万元，其中2022年度公务接待费0.20万元，占4.01%): the amount of the year its 其中 names,
     * else this year's (its parts are the tables'). Of the sentence's first, last year's 5.01, a right share was a 错误.
     */
    const yearsListedWhole = (sentence: string, listAt: number, firstMatch: RegExpExecArray | null, headings: readonly string[] | undefined): Amount | undefined => {
      if (listAt === -1 || !firstMatch || year === undefined) return undefined;
      const listed = yearsListedAmounts(sentence, year, headings).filter((n) => n.end <= listAt);
      if (!listed.some((n) => n.index === firstMatch.index)) return undefined;
      const named = LIST_YEAR.exec(sentence.slice(listAt));
      const entry = listed.find((n) => n.year === (named ? Number(named[1]) : year));
      if (!entry) return undefined;
      const f = entry.year === year ? correctedAmount(entry, ctx.recognition, ctx.supplement) : undefined;
      return f ? wholeOf(f) : { fen: entry.money.fen, unit: entry.money.unit, text: moneyText(entry.money) };
    };
    const year = tablesYear(ctx);
    // The whole 财政拨款支出 (all funds') and 一般公共预算's: the bases of a 财政拨款 part's share on either basis (onBasis).
    const allFundsFigure = labelFigure('财政拨款支出', ctx.recognition, ctx.supplement);
    const allFundsWhole = allFundsFigure && wholeOf(allFundsFigure);
    const generalFigure = labelFigure('一般公共预算财政拨款支出', ctx.recognition, ctx.supplement);
    const generalWhole = generalFigure && wholeOf(generalFigure);
    /**
     * Whether a part's share of `whole` mixes two bases under §五, where 财政拨款支出 named bare may be either fund's whole
     * (FISCAL_WHOLE_NAME): a part that is 05's figure alone (财政拨款项目支出920.00万元) of all funds' whole, or all funds' alone
     * (1,065.60) of 05's. 920.00 ÷ 4,174.61 = 22.04% is a share right for neither 05's 22.83% nor all funds' 25.53%: it passed.
     * A part both funds' figure (基本支出 3,109.01 where 08 spends none on it) is of either whole.
     */
    const partFigures = Object.entries(GENERAL_PARTS).map(([label, general]) => ({
      general: labelFigure(general, ctx.recognition, ctx.supplement),
      allFunds: allFundsPart(label)?.(ctx.recognition, ctx.supplement),
    }));
    const mixesBases = (part: Amount, whole: Amount): boolean => {
      if (!allFundsWhole || !generalWhole || sameAmount(allFundsWhole, generalWhole)) return false;
      const only = (f: { readonly fen: number } | undefined, other: { readonly fen: number } | undefined) => f !== undefined && f.fen === part.fen && other?.fen !== part.fen;
      const sectionOnly = partFigures.some((p) => only(p.general, p.allFunds));
      const allFundsOnly = partFigures.some((p) => only(p.allFunds, p.general));
      return (sectionOnly && whole.fen === allFundsWhole.fen) || (allFundsOnly && whole.fen === generalWhole.fen);
    };
    /**
     * A 分别 list's shares under §五 (mixesBases), each right of any whole on its part's basis: 基本支出 3,109.01 (both funds'
     * figure) of either, 05's 项目支出 920.00 of 05's 4,029.01 only. A wrong one is said of the list's basis, the whole none of its
     * parts mixes with where most shares hold (分别占…74.47%、22.04%: one 错误 at 22.04% asking 05's 22.83%, not two).
     */
    const sharesOnOwnBasis = <T extends { readonly share: Share }>(parts: readonly Amount[], wholes: readonly Amount[], sharesOf: (whole: Amount) => T[]): T[] => {
      const distinct = wholes.filter((w, i) => wholes.findIndex((x) => sameAmount(x, w)) === i);
      const unmixed = distinct.filter((w) => !parts.some((p) => mixesBases(p, w)));
      const holding = (w: Amount) => sharesOf(w).filter((x) => holds(x.share)).length;
      const basis = [...unmixed].sort((a, b) => holding(b) - holding(a))[0];
      return parts.map((part, i) => {
        const own = distinct.filter((w) => !mixesBases(part, w)).map((w) => sharesOf(w)[i]!);
        return own.find((x) => holds(x.share)) ?? (basis ? sharesOf(basis)[i]! : own[0] ?? sharesOf(distinct[0]!)[i]!);
      });
    };
    const statedYear = ctx.supplement.年度?.value;
    /**
     * Last year's figure of a figure of the tables (`a.cell`): the 上年数 of the 说明数据 指标 whose this year's figure is that cell
     * (支出总计's 1,801.23 for table 01's 支出总计), undefined where the 说明数据 gives none.
     */
    const priorOf = (a: Amount): Amount | undefined => {
      for (const [key, indicator] of ctx.supplement.指标) {
        const prior = indicator.上年数;
        const f = prior && labelFigure(key, ctx.recognition, ctx.supplement);
        if (!prior || !f || f.cell.sheet !== a.cell!.sheet || f.cell.row !== a.cell!.row || f.cell.col !== a.cell!.col) continue;
        const fen = toFen(prior.value, '万元');
        return { fen, unit: '万元', text: `上年${amount(fen, '万元')}` };
      }
      return undefined;
    };
    /**
     * An amount as a share at `at` of `sentence` means it: a figure of the tables (this year's) in a clause of another year
     * (2023年度一般公共预算财政拨款支出3902.77万元，占支出合计的86.12% under 年度 2024) is that year's, last year's 上年数 where the
     * 说明数据 gives it, else none (the share unread): divided by this year's whole, a right share was a 错误 (helper-h298).
     * An amount as the text states it is the text's, of any year.
     */
    const ofClause = (a: Amount, sentence: string | undefined, at: number): Amount | undefined => {
      if (a.cell === undefined || sentence === undefined || at < 0) return a;
      const other = otherYearAt(sentence, at, year, statedYear);
      if (other === undefined) return a;
      return year !== undefined && other === year - 1 ? priorOf(a) : undefined;
    };
    /** The sentence being read, where a share's phrase stands (ofClause). */
    let reading: string | undefined;
    /** Whether a share alone is its part over its base (within half a unit of its last digit). */
    const holds = (share: Share) => statedHolds(share, toleranceOf(share));
    /** A list of shares of one base; where they add up to 100.00% the last may carry the residual. */
    const checkList = (all: readonly { share: Share; cell: CellRef; key?: string; at?: number }[]) => {
      // Each of its year's figures (ofClause): one of another year the 说明数据 gives none of is left unread.
      const list = all.flatMap((x) => {
        const at = reading === undefined ? -1 : reading.indexOf(x.share.phrase);
        const part = ofClause(x.share.part, reading, at);
        const base = ofClause(x.share.base, reading, at);
        return part && base ? [{ ...x, share: { ...x.share, part, base } }] : [];
      });
      list.forEach(({ share, cell, key, at }, i) => {
        const expectations = expectedShares(share);
        const expected = expectations[0];
        if (expected === undefined || listed(list, i)) return;
        if (at !== undefined) place.at(at);
        const statedBasis = Math.round(share.stated * 100);
        const sources = [share.part.cell, share.base.cell].filter((c) => c !== undefined);
        ctx.report({
          messageId: 'mismatch',
          data: { phrase: share.phrase, expected: formatBasis(expected), stated: `${boundOf(share) ?? ''}${share.written}`, part: share.part.text, base: share.base.text },
          cells: [cell],
          key: key ?? share.phrase,
          values: [share.stated, expected / 100],
          unit: '%',
          difference: (statedBasis - expected) / 100,
          // The tables' figures it divides: one read in the wrong unit makes this its consequence (runAudit folds it).
          ...(sources.length > 0 ? { sources } : {}),
        });
      });
    };
    /**
     * A list of 类 named without their mark, each with its share and no whole said (CLASS_AMOUNT_SHARE, CLASS_BARE_SHARE):
     * of the whole of one scope, 一般公共预算 (table 05), 财政拨款 (table 04) or all sources (tables 03 and 01), or of the
     * amounts' own sum; a 类 without its amount is that scope's figure. The scope most of the shares hold for is the list's
     * (more than half of them, two at least), and the others are said of it. Unread, a wrong share passed (helper-82).
     * Only where every share of the sentence is a 类's, one at least not 其他支出 (also the 经济分类 类 399).
     */
    const classListShares = (sentence: string, shares: number, cell: CellRef): { share: Share; cell: CellRef }[] => {
      const amounts = [...sentence.matchAll(CLASS_AMOUNT_SHARE)];
      const bare = [...sentence.matchAll(CLASS_BARE_SHARE)];
      const matches = amounts.length > 0 ? amounts : bare;
      if (matches.length < 2 || matches.length !== Math.max(shares, bare.length) || (amounts.length > 0 && bare.length > 0)) return [];
      const codes = matches.map((m) => functionalClassByName(m[1]!.replace(/\(类\)支出$/, '支出'))?.code);
      if (codes.some((c) => c === undefined) || codes.every((c) => c === '229')) return [];
      const { generalBudgetExpenditure: t5, fiscalSummary: t4, expenditure: t3, summary: t1 } = ctx.recognition.tables;
      const scopeFigure = (table: TableModel | undefined, code: string | undefined, column: string, block?: string) => {
        const row = table && code !== undefined ? (code === '' ? rowByKey(table, block === 'expenditure' ? 'yearExpenditure' : 'total') : findRow(table, code, block)) : undefined;
        const f = table && row ? namedFigure(table, row.figures[column]) : undefined;
        return f && wholeOf(f);
      };
      const scopes: { readonly base: Amount | undefined; readonly part: (code: string) => Amount | undefined }[] = [
        { base: classBase, part: (code) => scopeFigure(t5, code, 'total') },
        { base: scopeFigure(t4, '', 'total', 'expenditure'), part: (code) => scopeFigure(t4, code, 'total', 'expenditure') },
        { base: scopeFigure(t3, '', 'yearExpenditure'), part: (code) => scopeFigure(t3, code, 'yearExpenditure') },
        { base: scopeFigure(t1, '', 'amount', 'expenditure'), part: (code) => scopeFigure(t3, code, 'yearExpenditure') },
      ];
      const stated = amounts.length > 0 ? amounts.map((m) => parseMoney(m[2]!, m[3]!)) : undefined;
      if (stated && stated.every((m) => m.unit === stated[0]!.unit)) {
        const fen = stated.reduce((sum, m) => sum + m.fen, 0);
        scopes.push({ base: { fen, unit: stated[0]!.unit, text: amount(fen, stated[0]!.unit) }, part: () => undefined });
      }
      const lists = scopes.flatMap(({ base, part }) => {
        if (!base) return [];
        const parts = matches.map((_m, i) => (stated ? { fen: stated[i]!.fen, unit: stated[i]!.unit, text: moneyText(stated[i]!) } : part(codes[i]!)));
        if (parts.some((p) => p === undefined)) return [];
        const rate = (m: RegExpMatchArray) => m[m.length - 1]!;
        return [matches.map((m, i) => ({ share: { part: parts[i]!, stated: rateNumber(rate(m)), written: rate(m), base, phrase: m[0] }, cell }))];
      });
      const held = lists.map((list) => list.filter((_, i) => listed(list, i)).length);
      const best = held.indexOf(Math.max(...held, 0));
      return best >= 0 && held[best]! >= 2 && 2 * held[best]! > matches.length ? lists[best]! : [];
    };
    /**
     * One share after a label's amount, its sentence naming no whole (江西: 财政拨款收入1,363.45万元，所占比重为99.32%; 重庆:
     * 项目支出718.22万元，占比48.26%): right where it is of any total of the tables (LABEL_WHOLES), else said of the total of
     * its kind (wholeFor). Not a change's share. Unread, a wrong one passed (helper-82).
     */
    const labelShare = (m: RegExpMatchArray, named: readonly NamedAmount[], amountOf: (m: RegExpMatchArray) => Amount, sentence: string, cell: CellRef): { share: Share; cell: CellRef }[] => {
      const label = named.find((n) => n.end === m.index! + m[1]!.length + m[2]!.length)?.label;
      if (!label || AFTER_CHANGE.test(sentence.slice(0, m.index))) return [];
      // Another year's, that year's (ofClause).
      const wholes = LABEL_WHOLES.flatMap((l) => labelFigure(l, ctx.recognition, ctx.supplement) ?? []).flatMap((w) => ofClause(wholeOf(w), sentence, m.index!) ?? []);
      const natural = labelFigure(wholeFor(label), ctx.recognition, ctx.supplement);
      if (!natural) return [];
      const part = amountOf(m);
      const shareOf = (base: Amount): Share => ({ part, stated: rateNumber(m[3]!), written: m[3]!, base, phrase: m[0] });
      return wholes.some((w) => holds(shareOf(w))) ? [] : [{ share: shareOf(wholeOf(natural)), cell }];
    };
    /** The shares of 三公 items stating no amount (THREE_PUBLIC_BARE_SHARE): of table 07's figures; none beside a refund (below 0). */
    const threePublicBareShares = (sentence: string, cell: CellRef): { share: Share; cell: CellRef }[] => {
      const base = labelFigure('三公经费合计', ctx.recognition, ctx.supplement);
      if (!base || base.fen <= 0) return [];
      const list = [...sentence.matchAll(THREE_PUBLIC_BARE_SHARE)].map((m) => ({ m, part: labelFigure(m[1]!, ctx.recognition, ctx.supplement) }));
      if (list.some(({ part }) => !part || part.fen < 0)) return [];
      return list.map(({ m, part }) => ({ share: { part: wholeOf(part!), stated: rateNumber(m[2]!), written: m[2]!, base: wholeOf(base), phrase: m[0] }, cell }));
    };
    /**
     * A (类) line's amount (一般公共服务支出(类)1,225.73万元，占89.90%): as stated, or table 05's figure of the 类 where it is stated
     * off it (text-figures says so): a share right for the table's figure is no second 错误 (helper-h317: 1,226.73 gave two).
     */
    const classPart = (text: string, m: RegExpMatchArray): Amount => {
      const written = stated(m[1]!, m[2]!);
      const name = /[\u4e00-\u9fa5]+$/.exec(text.slice(0, m.index))?.[0];
      const code = name === undefined ? undefined : functionalClassByName(name)?.code;
      const t5 = ctx.recognition.tables.generalBudgetExpenditure;
      const row = t5 && code !== undefined ? findRow(t5, code) : undefined;
      const f = t5 && row ? namedFigure(t5, row.figures.total) : undefined;
      return f && f.unit === written.unit && !agreesAtPrecision(parseMoney(m[1]!, m[2]!), f.fen, f.unit) ? wholeOf(f) : written;
    };
    // The (类) lines of §五（二） stand one per paragraph but make one list.
    const classShares: { share: Share; cell: CellRef; at: number }[] = [];
    // The wholes the paragraph before states (its sentences' first amounts, as previousFirst; carriedWhole picks the one the
    // parts fit): a paragraph opening on 其中 lists its parts (重庆: 2.收入情况。2019年度收入合计2,320.51万元，…。|其中：财政拨款收入1,015.31万元，占43.8%；…). Read there
    // as of their own sum alone, one share written wrong left the list short of 100% and it passed (helper-h239).
    let carried: Amount[] = [];
    for (const t of textCells(ctx)) {
      const before = carried;
      carried = firstAmounts(t.text);
      // Every share is written with its %: a text without one (a table's footnote) has none to check.
      if (!t.text.includes('%')) continue;
      // One (类) a paragraph (新疆), or all in one paragraph (上海's list): each is read.
      const classMatches = [...t.text.matchAll(CLASS_SHARE)];
      if (classMatches.length > 0 && classBase !== undefined) {
        for (const m of classMatches) {
          // Of another year's clause, that year's whole (ofClause).
          const base = ofClause(classBase, t.text, m.index!);
          if (base) classShares.push({ share: { part: classPart(t.text, m), stated: rateNumber(m[3]!), written: m[3]!, base, phrase: m[0] }, cell: t.cell, at: m.index! });
        }
        continue;
      }
      const opensOnParts = OPENS_ON_PARTS.test(t.text);
      const firsts: Amount[] = [];
      let previousFirst: Amount | undefined;
      let previousSentence: string | undefined;
      for (const { sentence, start } of sentenceSpans(t.text)) {
        place.at(start);
        reading = sentence;
        // The sentence before: the whole a sentence opening on 其中 lists the parts of (namedAmounts' `previous`).
        const named = ownAmounts(namedAmounts(sentence, tablesYear(ctx), undefined, t.headings, previousSentence), ctx.recognition, ctx.supplement);
        // Its amounts read only where a part may be the section's (sectionBasis): most sentences have none.
        let previousAmounts: NamedAmount[] | undefined;
        const priorSentence = previousSentence;
        const previousNamed =
          priorSentence === undefined
            ? undefined
            : {
                text: priorSentence,
                get named(): readonly NamedAmount[] {
                  return (previousAmounts ??= namedAmounts(priorSentence, tablesYear(ctx), undefined, t.headings));
                },
              };
        /**
         * The amount a match starts with (a part, a list's whole): as stated, or the table's figure where it is a label's
         * stated wrong (text-figures says so; a share of the wrong amount would be asked for).
         */
        // Or a list of labels' sum stated wrong (经营收入和附属单位上缴收入3,363.59万元，占0.1%: of the tables' sum; helper-h228).
        let summed: ReturnType<typeof summedAmounts> | undefined;
        const summedAt = (end: number) => (summed ??= summedAmounts(sentence, tablesYear(ctx), undefined, t.headings)).find((n) => n.end === end);
        const amountOf = (m: RegExpExecArray | RegExpMatchArray): Amount => {
          // Another year's as stated: the tables' figure it would be corrected to is this year's (ofClause).
          if (otherYearAt(sentence, m.index!, year, statedYear) !== undefined) return stated(m[1]!, m[2]!);
          const end = m.index! + m[1]!.length + m[2]!.length;
          const own = named.find((n) => n.end === end);
          const f = own ? correctedAmount(own, ctx.recognition, ctx.supplement) : correctedSum(summedAt(end), ctx.recognition, ctx.supplement);
          return f ? wholeOf(f) : stated(m[1]!, m[2]!);
        };
        /**
         * The part and base of a share at `m` on one basis: a 财政拨款基本支出/项目支出 under §五 stated as the section's fund's figure
         * (sectionPartLookup: 财政拨款支出中，财政拨款项目支出920.00万元，占22.83%, table 05's) is a part of that fund's whole, 一般公共
         * 预算财政拨款支出 (4,029.01), not of all funds' 4,174.61 the words name: held to all funds' 1,065.60 ÷ 4,174.61, a right
         * share was a 错误. A part stated as both figures (05's 基本支出 where 08 spends none on it) takes the basis its share holds on.
         */
        const onBasis = (m: RegExpMatchArray, part: Amount, base: Amount, stated: number, written: string): { part: Amount; base: Amount } => {
          const section = sectionBasis(named.find((n) => n.end === m.index! + m[1]!.length + m[2]!.length), base);
          if (!section) return { part, base };
          return section.only || holds({ ...section, stated, written, phrase: '' }) ? section : { part, base };
        };
        /**
         * The section's basis of a part `own` of `base` (onBasis): its figure, 一般公共预算's whole, and whether the part is stated as
         * that figure only (not all funds' too). None where the part is not the section's figure or the base is not all funds' whole.
         */
        const sectionBasis = (own: NamedAmount | undefined, base: Amount | undefined): { part: Amount; base: Amount; only: boolean } | undefined => {
          const lookup = own && sectionPartLookup(named, own, t.headings, sentence, ctx.recognition, ctx.supplement, previousNamed);
          const figure = lookup?.(ctx.recognition, ctx.supplement);
          if (!own || !figure || !agreesAtPrecision(own.money, figure.fen, figure.unit) || !base || !allFundsWhole || !generalWhole || !sameAmount(base, allFundsWhole)) return undefined;
          const alsoAllFunds = own.lookup(ctx.recognition, ctx.supplement);
          return { part: wholeOf(figure), base: generalWhole, only: !alsoAllFunds || !agreesAtPrecision(own.money, alsoAllFunds.fen, alsoAllFunds.unit) };
        };
        const firstMatch = new RegExp(MONEY).exec(sentence);
        const allShares = [...sentence.matchAll(SHARE)];
        if (start === 0 && opensOnParts) previousFirst = carriedWhole(before, allShares.filter((m) => !AFTER_CHANGE.test(sentence.slice(0, m.index))), amountOf);
        const opening = firstMatch ? amountOf(firstMatch) : undefined;
        // The 决算 only before the list (预算为5.00万元，其中：…占96.00%；决算为4.99万元: the list is the budget's; helper-h111).
        const listAt = firstMatch ? listStart(sentence, firstMatch.index) : -1;
        const afterOpening = firstMatch ? sentence.slice(firstMatch.index + firstMatch[0].length, listAt === -1 ? undefined : listAt) : '';
        const outturn = firstMatch && BUDGET_BEFORE.test(sentence.slice(0, firstMatch.index)) ? OUTTURN_AFTER.exec(afterOpening) : null;
        const first = outturn ? stated(outturn[1]!, outturn[2]!) : opening;
        // A list in a clause of another year than the first amount's (2022年度“三公”经费支出4.99万元；2021年度…5.01万元，其中：…占94.81%;
        // 2021年度…5.01万元；2022年度…4.99万元，其中：…占95.99%) is of the last amount before it, in its clause: of the sentence's
        // first, a right share was a 错误 (helper-h298); left unread, a wrong one passed (review r309).
        const listYear = listAt === -1 ? undefined : otherYearAt(sentence, listAt, year, statedYear);
        const ownWhole = firstMatch && listAt !== -1 && listYear !== otherYearAt(sentence, firstMatch.index, year, statedYear) ? lastAmountBefore(sentence, listAt) : undefined;
        const list = first && (ownWhole === undefined || otherYearAt(sentence, ownWhole.index!, year, statedYear) === listYear) ? listAt : -1;
        const listWholeAmount = ownWhole ? amountOf(ownWhole) : (yearsListedWhole(sentence, list, firstMatch, t.headings) ?? first);
        // A part stated as a budget (其中：公务用车运行维护费预算4.80万元，占96.00%) is of the budget, after a 决算 too (helper-h111).
        const baseOf = (m: RegExpMatchArray, whole: Amount): Amount => (outturn && opening && BUDGET_BEFORE.test(sentence.slice(0, m.index)) ? opening : whole);
        const base = sentence.startsWith('其中') ? previousFirst : list !== -1 ? listWholeAmount : namedWhole(sentence, firstMatch?.index);
        if (base !== undefined) {
          // The whole's own share, before its 其中 (基本支出645.23万元，占47.32%，其中：…), is of another base.
          // Nor a change's share (其中：项目支出减少200.00万元，占63.91%: of the whole's change; review79).
          const shares = [...sentence.matchAll(SHARE)].filter((m) => (list === -1 || m.index! > list) && !AFTER_CHANGE.test(sentence.slice(0, m.index)));
          const entries = shares.map((m) => ({ at: m.index!, share: { ...onBasis(m, amountOf(m), baseOf(m, base), rateNumber(m[3]!), m[3]!), stated: rateNumber(m[3]!), written: m[3]!, phrase: m[0] } }));
          // One share of the sum of the amounts named right before it (…，两项合计占0.1%): of the same base, one of the list.
          for (const m of sentence.matchAll(SUM_SHARE)) {
            if (list !== -1 && m.index! < list) continue;
            const parts = namedRun(sentence, m.index!, COUNTS[m[1]!]!);
            if (!parts) continue;
            const amounts = parts.map(amountOf);
            if (amounts.some((a) => a.unit !== amounts[0]!.unit)) continue;
            const fen = amounts.reduce((sum, a) => sum + a.fen, 0);
            const part: Amount = { fen, unit: amounts[0]!.unit, text: `${amounts.map((a) => a.text).join('、')}之和` };
            // The phrase from the first part's name (after the list's mark before it).
            const from = Math.max(...[...'；;，,：:、'].map((c) => sentence.lastIndexOf(c, parts[0]!.index))) + 1;
            entries.push({ at: m.index!, share: { part, stated: rateNumber(m[2]!), written: m[2]!, base: baseOf(m, base), phrase: sentence.slice(from, m.index! + m[0].length) } });
          }
          checkList(entries.sort((a, b) => a.at - b.at).map(({ share }) => ({ share, cell: t.cell })));
        }
        const namedBases: { readonly at: number; readonly whole: Amount }[] = [];
        /**
         * A share of the whole a name says (占本年收入合计的…), of the part's figures (one where the text states it; where it
         * names the part alone, each figure its label may mean): right if of any whole the name may mean.
         */
        const checkNamed = (m: RegExpMatchArray, named: readonly Amount[], groups: { readonly name: number; readonly bracket: number; readonly rate: number }, phrase = m[0], sectionFirst = false) => {
          // Another year's parts and wholes (ofClause): the fitting one chosen among them.
          const parts = named.flatMap((p) => ofClause(p, sentence, m.index!) ?? []);
          if (parts.length === 0) return;
          const rate = m[groups.rate]!;
          const shareOf = (part: Amount, whole: Amount): Share => ({ part, stated: rateNumber(rate), written: rate, base: whole, phrase });
          const name = m[groups.name]!;
          const generic = GENERIC_TOTAL.exec(name);
          // What the sentence states before the share: its list's whole (after its 其中), its first amount.
          const listWhole = sentence.startsWith('其中') ? previousFirst : list !== -1 && m.index! > list ? first : undefined;
          const firstBefore = first && firstMatch!.index < m.index! && first.fen !== parts[0]!.fen ? first : undefined;
          // The whole's amount where the text states it in brackets after its name (占本年收入（1,372.79万元）的…).
          const bracketed = m[groups.bracket] !== undefined ? stated(m[groups.bracket]!, m[groups.bracket + 1]!) : undefined;
          let wholes: Amount[];
          if (generic) {
            // The whole may be the list's, the sentence's first amount before the share (…支出1,363.45万元，主要用于以下方
            // 面：…), or the year's total.
            const kind = generic[1] ?? generic[2] ?? generic[3];
            const f = labelFigure(kind === '收入' ? '本年收入合计' : '本年支出合计', ctx.recognition, ctx.supplement);
            // Of a 三公 item, the 三公's total too: held to the year's alone, a right share was a 错误 (helper-h186).
            const item = kind === '支出' && THREE_PUBLIC_ITEM.test(sentence.slice(0, m.index).split(/[;；,，]/).pop() ?? '');
            const threePublic = item ? labelFigure('三公经费合计', ctx.recognition, ctx.supplement) : undefined;
            wholes = [listWhole, firstBefore, threePublic && wholeOf(threePublic), f && wholeOf(f)].filter((w): w is Amount => w !== undefined);
          } else {
            wholes = namedWholes(name);
            // Under §五 (a heading about 一般公共预算) 财政拨款支出 named bare may be the section's fund's, first (财政拨款项目支出920.00
            // 万元，占财政拨款支出的22.83%: table 05's part of 05's whole; held to all funds' 4,174.61, a right share was a 错误).
            // Said of it where the part is the section's figure (sectionFirst), else all funds' first.
            if (generalWhole && underGeneralBudget(t.headings) && FISCAL_WHOLE_NAME.test(name)) wholes = sectionFirst ? [generalWhole, ...wholes] : [...wholes, generalWhole];
          }
          if (bracketed) wholes = [bracketed, ...wholes];
          const asRead = wholes;
          wholes = wholes.flatMap((w) => ofClause(w, sentence, m.index!) ?? []);
          // Right if of any whole it may mean. Where of none, said of the one the sentence states (一般公共预算财政拨款基本支出
          // 645.23万元，其中：人员经费…占基本支出的…: table 05's, not table 03's 770.07, which the message asked for; the one in
          // brackets), else of the first.
          // Under §五 a part and 财政拨款支出 on one basis (mixesBases): 05's part of all funds' whole is right for neither.
          const oneBasis = !generic && generalWhole !== undefined && underGeneralBudget(t.headings) && FISCAL_WHOLE_NAME.test(name);
          const fitting = parts.flatMap((part) => wholes.filter((w) => !oneBasis || !mixesBases(part, w)).map((w) => shareOf(part, w))).find(holds);
          const written = [bracketed, listWhole, firstBefore].filter((w): w is Amount => w !== undefined);
          // Of a whole on the first part's basis (mixesBases: 05's part of 05's whole, not all funds' 22.04% asked for).
          const onItsBasis = oneBasis ? wholes.filter((w) => !mixesBases(parts[0]!, w)) : wholes;
          const said = fitting?.base ?? onItsBasis.find((w) => written.some((x) => sameAmount(x, w))) ?? onItsBasis[0] ?? wholes[0];
          if (said) checkList([{ share: fitting ?? shareOf(parts[0]!, said), cell: t.cell }]);
          // The list's later shares say no whole (…，占一般公共预算财政拨款支出的89.90%；住房保障支出37.84万元，占2.78%):
          // of the one this share named, where the sentence gave them no base of its own.
          // The whole as read (asRead), each bare share's of its own clause's year (ofClause): 2021年度…，占支出总计的39.02%；2022年度
          // 1363.45万元，占91.61% is this year's of this year's 支出总计 (of last year's, a right share was a 错误; review r309).
          const read = said && asRead.find((w) => {
            const clauses = ofClause(w, sentence, m.index!);
            return clauses !== undefined && sameAmount(clauses, said);
          });
          if (said && base === undefined) namedBases.push({ at: m.index! + m[0].length, whole: read ?? said });
        };
        for (const m of sentence.matchAll(NAMED_SHARE)) {
          // A change's amount (…支出1363.45万元，比2021年增加660.56万元，占本年支出合计的91.61%): the share is of the year's figure the
          // change is of (changeSubject), not of the change (660.56 ÷ 1,488.29 = 44.38%: a right text a 错误); none found, unread.
          if (!AFTER_CHANGE.test(sentence.slice(0, m.index))) {
            // A part on the section's basis (sectionBasis: 财政拨款支出中，财政拨款项目支出920.00万元，占财政拨款支出的…) is its figure.
            const part = amountOf(m);
            const own = named.find((n) => n.end === m.index! + m[1]!.length + m[2]!.length);
            const section = sectionBasis(own, allFundsWhole);
            // Or one the heading makes the section's (财政拨款项目支出 under §五, no whole before: table 05's, lookupUnderHeadings).
            const generalPart = own && GENERAL_PARTS[own.label] !== undefined ? labelFigure(GENERAL_PARTS[own.label]!, ctx.recognition, ctx.supplement) : undefined;
            const ownFigure = own?.lookup(ctx.recognition, ctx.supplement);
            const sectionFirst = section?.only === true || (generalPart !== undefined && ownFigure?.fen === generalPart.fen);
            checkNamed(m, section ? (section.only ? [section.part] : [section.part, part]) : [part], { name: 3, bracket: 4, rate: 6 }, m[0], sectionFirst);
          }
          else {
            const subject = changeSubject(sentence, m, amountOf, m[3]!);
            if (subject.length > 0) checkNamed(m, subject, { name: 3, bracket: 4, rate: 6 });
          }
        }
        for (const m of sentence.matchAll(PART_SHARE)) {
          const { parts, from } = partNamedBefore(sentence.slice(0, m.index), m[1]!, t.headings);
          // The phrase with the part's name (财政拨款收入占本年收入合计的…), for the message.
          if (parts.length > 0) checkNamed(m, parts, { name: 1, bracket: 2, rate: 4 }, sentence.slice(from, m.index! + m[0].length));
        }
        if (namedBases.length > 0) {
          const bare = [...sentence.matchAll(SHARE)].flatMap((m) => {
            const of = namedBases.filter((b) => b.at <= m.index!).pop();
            return of ? [{ share: { part: amountOf(m), stated: rateNumber(m[3]!), written: m[3]!, base: of.whole, phrase: m[0] }, cell: t.cell }] : [];
          });
          checkList(bare);
        }
        if (base === undefined && namedBases.length === 0 && !BUDGET_SAID.test(sentence)) {
          const whole = openingWhole(sentence, firstMatch, first, allShares, amountOf) ?? threePublicWhole(sentence, firstMatch, allShares, previousSentence, previousFirst, amountOf) ?? totalBeforeWhole(sentence, firstMatch, allShares, previousSentence, previousFirst, amountOf);
          const ofTheirSum = whole ? [] : sharesOfTheirSum(allShares, amountOf, t.cell);
          checkList(
            whole
              ? allShares.map((m) => ({ share: { part: amountOf(m), stated: rateNumber(m[3]!), written: m[3]!, base: whole, phrase: m[0] }, cell: t.cell }))
              : ofTheirSum.length > 0
                ? ofTheirSum
                : allShares.length === 1
                  ? labelShare(allShares[0]!, named, amountOf, sentence, t.cell)
                  : classListShares(sentence, allShares.length, t.cell),
          );
        }
        // Whatever whole the sentence names (“三公”经费中，…), its 三公 items' shares stating no amount are of table 07's 合计.
        if (allShares.length === 0) checkList(threePublicBareShares(sentence, t.cell));
        /**
         * Shares stated with 分别 of parts listed before them: of the whole the words name (any of its meanings), the year's
         * total for general words, else the sentence's whole (`sentenceWhole`).
         */
        const checkRespective = (
          phrase: string,
          parts: readonly Amount[],
          wholeName: string | undefined,
          ratesText: string,
          sentenceWhole: Amount | undefined,
          listWholes: readonly Amount[] = [],
          section?: { readonly parts: readonly Amount[]; readonly base: Amount; readonly only: boolean },
        ) => {
          const rates = ratesText.split(/(?<=%)(?:、|,|，|和|及|与)/).map((r) => LISTED_RATE.exec(r)!);
          if (parts.length !== rates.length) return;
          const generic = wholeName !== undefined ? GENERIC_TOTAL.exec(wholeName) : null;
          const kind = generic && (generic[1] ?? generic[2] ?? generic[3]);
          const general = kind ? labelFigure(kind === '收入' ? '本年收入合计' : '本年支出合计', ctx.recognition, ctx.supplement) : undefined;
          const wholes = (wholeName === undefined ? (sentenceWhole ? [sentenceWhole] : listWholes) : general ? [wholeOf(general)] : namedWholes(wholeName)).flatMap(
            (w) => ofClause(w, sentence, sentence.indexOf(phrase)) ?? [],
          );
          const sharesOf = (whole: Amount, of = parts) =>
            of.map((part, i) => ({ share: { part, stated: rateNumber(rates[i]![2]!), written: rates[i]![2]!, bound: rates[i]![1] ?? null, base: whole, phrase }, cell: t.cell, key: `${phrase}#${i + 1}` }));
          // Right if every share is of one whole it may mean; else said of the first. Parts on the section's basis (sectionBasis) are
          // of its whole, first where one is stated as the section's figure only.
          // Under §五 财政拨款支出 named bare is 05's whole or all funds' (FISCAL_WHOLE_NAME), each share of a whole on its own part's
          // basis (mixesBases), as one share alone is: 财政拨款基本支出3109.01万元、财政拨款项目支出920.00万元，分别占财政拨款支出的
          // 74.47%、22.04% (all funds' whole for both) passed, and 05's right 77.17%、22.83% were two 错误 asking all funds'.
          if (wholeName !== undefined && !generic && generalWhole && underGeneralBudget(t.headings) && FISCAL_WHOLE_NAME.test(wholeName)) {
            // The parts as the section's figures where stated so (sectionBasis: 920.00 read as all funds' 1,065.60 after 财政拨款支出中).
            const own = section?.parts ?? parts;
            checkList(sharesOnOwnBasis(own, [...wholes, generalWhole], (w) => sharesOf(w, own)));
            return;
          }
          const lists = wholes.map((w) => sharesOf(w));
          if (section && wholes.some((w) => sameAmount(w, allFundsWhole!))) lists[section.only ? 'unshift' : 'push'](sharesOf(section.base, section.parts));
          const list = lists.find((l) => l.every((x) => holds(x.share))) ?? lists[0];
          if (list) checkList(list);
        };
        const respective = [...sentence.matchAll(RESPECTIVE_SHARES)];
        for (const m of respective) {
          const listStart = m.index! + m[0].indexOf(m[1]!);
          const parts = listItems(m[1]!).map((item) => {
            const f = correctedAmount(named.find((n) => n.end === listStart + item.index + item.length), ctx.recognition, ctx.supplement);
            return f ? wholeOf(f) : { fen: item.money.fen, unit: item.money.unit, text: moneyText(item.money) };
          });
          // 类 listed by name (一般公共服务支出、社会保障和就业支出分别为…，分别占…): of the expenditure of their scope, 一般公共预算
          // (table 05) first, 财政拨款 or all sources (helper-h105: with no whole said, unread).
          const classList = CLASS_LIST_END.test(sentence.slice(0, m.index));
          const classWholes = classList
            ? ['一般公共预算财政拨款支出', '财政拨款支出', '本年支出合计'].flatMap((l) => labelFigure(l, ctx.recognition, ctx.supplement) ?? []).map(wholeOf)
            : [];
          // 财政拨款基本支出、财政拨款项目支出分别为3109.01万元、920.00万元 under §五 after 财政拨款支出中: the section's parts (sectionBasis).
          const sections = listItems(m[1]!).map((item) => sectionBasis(named.find((n) => n.end === listStart + item.index + item.length), base));
          const on = sections.find((x) => x !== undefined);
          const section = on && { parts: parts.map((p, i) => sections[i]?.part ?? p), base: on.base, only: sections.some((x) => x?.only) };
          checkRespective(m[0], parts, m[2], m[3]!, base, classWholes, section);
        }
        // 分别占 after amounts each named on its own (review: unread, a wrong share passed): the last amounts before it, one
        // a share, each after the name of its part.
        for (const m of sentence.matchAll(SHARES_AFTER)) {
          if (respective.some((r) => r.index! <= m.index! && m.index! < r.index! + r[0].length)) continue;
          const count = m[2]!.split(/、|,|，|和|及|与/).length;
          const amounts = [...sentence.slice(0, m.index).matchAll(new RegExp(MONEY, 'g'))];
          const parts = amounts.slice(-count);
          if (parts.length !== count) continue;
          const ends = parts.map((a) => a.index! + a[0].length);
          const eachNamed = parts.slice(1).every((a, i) => NEXT_NAME.test(sentence.slice(ends[i], a.index)));
          if (!eachNamed || ends[count - 1] !== m.index || !/[\u4e00-\u9fa5)]$/.test(sentence.slice(0, parts[0]!.index))) continue;
          const whole = base ?? (amounts.length > count ? amountOf(amounts[0]!) : undefined);
          checkRespective(sentence.slice(parts[0]!.index, m.index! + m[0].length), parts.map(amountOf), m[1], m[2]!, whole);
        }
        previousFirst = first ?? previousFirst;
        if (first) firsts.push(first);
        previousSentence = sentence;
      }
      carried = firsts;
    }
    // The (类) lines are read last, each at its own place in its text.
    reading = undefined;
    checkList(classShares);
  },
});
