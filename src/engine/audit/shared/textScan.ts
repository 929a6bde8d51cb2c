/**
 * Reading an explanation the accountant typed (a 公开说明 sheet, or any sheet holding its paragraphs): the text
 * cells outside the recognised tables, split into sentences, and the figures the text names by label.
 *
 * Text is read normalised (normalizeText): full-width punctuation and digits become half-width (，→, ；→; ：→:),
 * whitespace and quotes go. So "收入总计 1,488.29 万元" and "收入总计１４８８．２９万元" read alike. Amounts may carry
 * thousands separators or not, and may be in 万元 or in 元: an amount in 元 keeps its 元 (it is compared in 元).
 */
import { isBlank } from '../../grid/cell';
import type { CellValue, WorkbookGrid } from '../../grid/cell';
import type { CellRef, RangeRef } from '../../grid/address';
import { normalizeText } from '../../grid/normalize';
import { derived, derivedSlot } from '../../grid/derived';
import { formatAmount, fromFen, roundHalfAwayFromZero, toFen } from '../../grid/money';
import type { Unit } from '../../grid/money';
import { amount } from '../measure';
import { centsOfFen, Cents } from '../../derive/arithmetic';
import { tableRanges } from '../../recognise/recognise';
import { FUND_COLUMN_BY_NAME } from '../../tables/specs/govFund';
import { FundTableId, fundTotal } from '../../tables/specs/fiscalSummary';
import type { Recognition } from '../../recognise/recognise';
import type { MoneyFigure, TableModel } from '../../tables/model';
import { figureOf, shownTitle } from '../../tables/model';
import type { RuleContext } from '../rule';
import type { Supplement } from '../../supplement/supplement';
import { markedSheets } from '../../plan/owned';
import { hasOwnedTitle } from '../../plan/legacy';

export interface TextCell {
  readonly cell: CellRef;
  /** Normalised: half-width, no whitespace, no quotes (what the patterns read). */
  readonly text: string;
  /**
   * The headings of the sections the cell sits in on its sheet, outermost first (第三部分…, 四、…, （一）…), none where it sits
   * under none. A heading's own are those it sits under. What a sentence's words mean may be its section's (fundsOfHeadings).
   */
  readonly headings?: readonly string[];
}

// The text rules read the same text cells; scanning a large workbook once instead of once per rule matters at 20,000 rows.
// Kept on the recognition (read from one grid), by that grid: a recognition asked of another grid scans it anew.
const SCANNED = derivedSlot<Map<WorkbookGrid, readonly TextCell[]>>('text cells');

/**
 * The add-in's data sheets (说明数据, 检查结果), found by their mark or, unmarked, by our title in A1: their text is
 * ours, not an explanation. A sheet of the accountant's that bears one of those names is read like any other.
 */
function dataSheets(grid: WorkbookGrid): Set<string> {
  const marked = markedSheets(grid);
  const out = new Set(grid.sheets.filter(hasOwnedTitle).map((s) => s.name));
  for (const role of ['supplement', 'results'] as const) {
    const sheet = marked.get(role);
    if (sheet) out.add(sheet.name);
  }
  return out;
}

/**
 * Cells of explanation text outside the tables and the add-in's data sheets: paragraphs, headings, the title and
 * the tables' footnotes (template leftovers hide in all of them). A cell counts when it speaks as an explanation
 * does (an amount, a rate, 预算/决算, a year, a heading, a footnote, a leftover): a sheet of 200,000 ledger lines
 * beside the tables is not read by every rule.
 */
export function textCells(ctx: Pick<RuleContext, 'grid' | 'recognition'>): readonly TextCell[] {
  const byGrid = derived(ctx.recognition, SCANNED, () => new Map());
  let cells = byGrid.get(ctx.grid);
  if (!cells) byGrid.set(ctx.grid, (cells = scanTextCells(ctx.grid, ctx.recognition)));
  return cells;
}

/**
 * A 名词解释 entry: a term and what it means (`十一、机关运行经费：指…`, `人员经费是指…`, `基本支出：指…。其中：人员经费包括…`),
 * the same words in every department's document, not this department's figures. Its 包括 lists are the definition's
 * (办公费、印刷费、会议费…), never table 06's items.
 */
const DEFINITION = /^(?:[一二三四五六七八九十\d]+[、.]|\([一二三四五六七八九十\d]+\))?\s*[\u4e00-\u9fa5“”"()]{2,30}?(?::是?指|是指)/;
/** A definition states no figure: a paragraph with an amount is the department's (…指挥部2022年度…人员经费577.84万元). */
const AMOUNT_IN_TEXT = /\d(?:万元|元)/;

export function isDefinition(paragraph: string): boolean {
  return DEFINITION.test(paragraph) && !AMOUNT_IN_TEXT.test(paragraph);
}

/** Words that say there was none of something (无, 没有, 未发生…): text-none-stated's, and EXPLANATION's. */
export const NONE_WORDS = '(?:无|没有|未发生|未安排|未开展|未有)(?:任何)?';
/** None of the item just named (因公出国（境）费：本单位无此项支出, 无此项经费): text-none-stated's, and EXPLANATION's. */
export const NONE_THIS = '(?:无|没有|未发生)(?:此|该)(?:项|类)';
/**
 * A paragraph opening on none of this (本单位无此项支出。 in a cell of its own under the heading （一）因公出国（境）费): the item
 * its heading names (text-none-stated; helper-h288: such a cell was not read as text, a wrong none passed).
 */
export const NONE_THIS_OPENING = `^(?:本单位|本部门|我单位|我部门|单位|部门)?(?:本年度?|\\d{4}年度?)?(?:本单位|本部门|我单位|我部门)?${NONE_THIS}`;
/** No car bought this year (2022年未新购置公务用车): text-none-stated's 公务用车购置费 none, and EXPLANATION's. */
export const NO_CAR_BOUGHT = '未(?:新|再)?购置(?:公务用车|车辆)';

// A count after a number (`公务用车保有量3辆`, `3批次，18人次`, `实有人数38人`, `在职人员33名`, `下设9个处室`, `下设九个处室`, `内设机构9个`:
// text-counts holds the offices named to it) speaks as an explanation too; the word alone does not (a ledger's `车辆维修费`).
// So does a 三公 item said to be none (2015年无因公出国(境)人员, 四川 东坡区: no other word of these; text-none-stated; helper-h258),
// as text-none-stated's ITEMS read it (2022年未新购置公务用车: helper-h262, unread). So does a comparison with last year or a
// year (相比2018年公务接待费有所减少, 与上年相比，…: text-change-way's way alone, no figure; helper-h288, unread).
const EXPLANATION = new RegExp(
  `元|%|(?:比|较|相比)(?:上一?年|去年|\\d{4}年)|(?:上一?年|去年|\\d{4}年)相比|${NONE_WORDS}(?:国内)?(?:因公出国|公务接待|公务用车|三公)|${NO_CAR_BOUGHT}|(?:出国\\(境\\)|公务接待|公务用车|三公)[^。]{0,20}?${NONE_THIS}|${NONE_THIS_OPENING}|` +
    /\d+(?:辆|台|人|名|批次|个(?:内设机构|职能处室|职能科室|业务科室|处室|科室|股室))|内设机构(?:共)?(?:\d+|[一二两三四五六七八九十]{1,3})个|[一二两三四五六七八九十]{1,3}个(?:内设机构|职能处室|职能科室|业务科室|处室|科室|股室)|预算|决算|持平|包括|\([类款项]\)|年度|12月31日|年末|年底|X{2}|×{2}|\*{2}|\((?:减少|增加|增长|下降|大于|小于)\)|【请填写|作下述说明|不涉及|如持平|按上述格式|仍保留|\.{3}|[。,;:、]{2}|^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分|\([一二三四五六七八九十]+\)|\d{1,2}(?:、|\.(?!\d))|注:|说明:)/.source,
);

/**
 * A short numbered heading naming a 三公 item or a part of the 公务接待 (3.公务接待费, 2、公务用车购置费, 1.国内公务接待, 2.外事接待;
 * 上海/中央's items one cell each): skipped as a short label, the paragraphs after it stayed under the heading before (支出0.30万元
 * under 3.公务接待费 unread, or under 2.公务用车购置及运行维护费; helper-h314). Only an arabic ordinal: （三）… and 三、… are read
 * already; an unnumbered label (国内公务接待, 公务用车购置费) stays a label.
 */
// The name alone, with 费, 支出, 情况 or 说明 after it: not a count (1、公务用车购置数0辆) nor a sentence.
const SHORT_ITEM_HEADING =
  /^\s*[0-9０-９]{1,2}\s*[、.．]\s*[“"]?(?:(?:因公)?出国[（(]境[)）]|公务用车(?:购置|运行维护|运行)|(?:国内)?公务接待|国内接待|(?:外宾|外事|国[(（]境[)）]外|境外|国外)(?:公务)?接待|三公[”"]?)(?:经?费)?(?:支出)?(?:情况)?(?:说明)?[:：。]?\s*$/;

// Also a 三公 item said to be none, as EXPLANATION reads it (公务接待费：无此类情况, 本单位无公务接待费: under 12 characters, such a
// cell was skipped, a wrong none passed; review r277). The cell not yet normalised: brackets either width, quotes kept.
const SHORT_TEXT = new RegExp(
  /^\s*(?:[一二三四五六七八九十]+\s*、|第|[（(]|注|说明)|元|[%％]|年|决算|预算|[XＸ]{2}|××/.source +
    `|${NONE_WORDS}“?(?:国内)?(?:因公出国|公务接待|公务用车|三公)|(?:出国[(（]境[)）]|公务接待|公务用车|三公)[^。]{0,8}?${NONE_THIS}|${NONE_THIS_OPENING.replace('^', '^\\s*')}` +
    `|${SHORT_ITEM_HEADING.source}`,
);

/** Whether a table of the sheet covers cell (r, c). Plain loops: it runs for every text cell of the workbook. */
function covered(ranges: readonly RangeRef[], r: number, c: number): boolean {
  for (let i = 0; i < ranges.length; i++) {
    const x = ranges[i]!;
    if (r >= x.top && r <= x.bottom && c >= x.left && c <= x.right) return true;
  }
  return false;
}

/**
 * Whether a table of the sheet covers every cell of row `r` (nearly every row of a table's sheet): skipped whole. The
 * row's first filled column is looked for only for a table that starts right of column A: the scan comes after the
 * tables were read, its rows' cells long out of the cache, and a table from column A (nearly every one) needs only
 * the row's length.
 */
function rowCovered(ranges: readonly RangeRef[], r: number, row: readonly CellValue[]): boolean {
  let first = -1;
  for (let i = 0; i < ranges.length; i++) {
    const x = ranges[i]!;
    if (r < x.top || r > x.bottom || row.length - 1 > x.right) continue;
    if (x.left === 0) return true;
    if (first === -1) {
      first = 0;
      while (first < row.length && row[first] === null) first++;
    }
    if (first >= x.left) return true;
  }
  return false;
}

function scanTextCells(grid: WorkbookGrid, recognition: Recognition): TextCell[] {
  const ranges = tableRanges(recognition);
  const skipped = dataSheets(grid);
  const out: TextCell[] = [];
  for (const sheet of grid.sheets) {
    // A hidden sheet is not published: last year's 公开说明 or a working draft kept out of sight drew 错误 by the dozen.
    if (skipped.has(sheet.name) || (sheet.state ?? 'visible') !== 'visible') continue;
    const own = ranges.filter((x) => x.sheet === sheet.name);
    // The text cells of the row above, by column, and the words that are none by themselves (本年支出总计): a sentence
    // may run on into the cell below. Two rows' maps, reused: a table's rows are most of a sheet, and a map or two made
    // for each of them took a 20,000-row workbook's scan from 0.25 to 14 ms.
    let above = new RowCells();
    let here = new RowCells();
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r]!;
      if (rowCovered(own, r, row)) {
        above.clear();
        continue;
      }
      here.clear();
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        const start = above.texts.get(c);
        const words = above.words.get(c);
        if ((start !== undefined || words !== undefined) && typeof v === 'string' && !covered(own, r, c)) {
          const rest = normalizeText(v);
          if (start !== undefined && runsOn(out[start]!.text, rest)) {
            out[start] = { cell: out[start]!.cell, text: out[start]!.text + rest };
            here.texts.set(c, start);
            continue;
          }
          // Only an amount opens the rest of a sentence whose words stand alone above it (a ledger's labels do not).
          if (words !== undefined && /^-?\d/.test(rest) && runsOn(normalizeText(words), rest)) {
            here.texts.set(c, out.length);
            out.push({ cell: { sheet: sheet.name, row: r - 1, col: c }, text: normalizeText(words) + rest });
            continue;
          }
        }
        // The tables' own cells first: they are most of a workbook, and none of them is explanation text.
        if (typeof v !== 'string' || v.length < 4 || covered(own, r, c)) continue;
        if (isBlank(v) || !/[\u4e00-\u9fa5]/.test(v)) continue;
        // A short cell is read only when it looks like a heading, a footnote or a figure (saves folding widths of
        // every short label of a ledger).
        if (v.length < 12 && !SHORT_TEXT.test(v)) {
          here.words.set(c, v);
          continue;
        }
        const text = normalizeText(v.includes('\n') ? endParagraphs(v) : v);
        if (!EXPLANATION.test(text)) {
          here.words.set(c, v);
          continue;
        }
        here.texts.set(c, out.length);
        out.push({ cell: { sheet: sheet.name, row: r, col: c }, text });
      }
      // The row below moves up; the old one's maps are cleared before it is filled again.
      const emptied = above;
      above = here;
      here = emptied;
    }
  }
  return withHeadings(out);
}

/**
 * A section's heading: `九、`, `第四部分`, `10.`/`10、`, `（十）`; short, or without a sentence's full stop (`十、其他重要
 * 事项的情况说明。` is one). Missed, §十 after §九 was taken for 国有资本经营's section: false 错误 on its amounts.
 */
const HEADING = /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分|\d{1,2}(?:、|[.．](?!\d))|[(（][一二三四五六七八九十]+[)）])/;
export const isHeading = (text: string): boolean => HEADING.test(text) && (!/[。]/.test(text) || text.length <= 40);

/** A heading's level: 第X部分 0, 一、 1, （一） 2, 1、 or 1. 3 (a heading closes the sections of its level and deeper). */
function headingLevel(text: string): number {
  if (/^第/.test(text)) return 0;
  if (/^[一二三四五六七八九十]/.test(text)) return 1;
  return /^[(（]/.test(text) ? 2 : 3;
}

/**
 * The heading a cell opens with where its section's first paragraph follows in the same cell (八、…决算情况说明：本单位…; …说明。
 * 2024年度…): the words before the first colon or full stop, a heading that states no figure, followed by more.
 */
function leadingHeading(text: string): string | undefined {
  if (!HEADING.test(text)) return undefined;
  const end = text.search(/[:：。]/);
  if (end === -1 || end === text.length - 1) return undefined;
  const head = text.slice(0, end);
  return isHeading(head) && !AMOUNT_IN_TEXT.test(head) ? head : undefined;
}

const LIST_ITEM_END = /[;；]$/;

/** The cells, each with the headings it sits under on its sheet (TextCell.headings). */
function withHeadings(cells: readonly TextCell[]): TextCell[] {
  let sheet: string | undefined;
  let open: { readonly text: string; readonly level: number }[] = [];
  let shared: readonly string[] = [];
  const opening = (text: string) => {
    const level = headingLevel(text);
    open = [...open.filter((h) => h.level < level), { text, level }];
    shared = open.map((h) => h.text);
  };
  return cells.map((t) => {
    if (t.cell.sheet !== sheet) [sheet, open, shared] = [t.cell.sheet, [], []];
    // A heading states no figure: a short numbered paragraph (1、人员经费577.84万元) opens no section. Nor does a numbered
    // list's item, ending as one does (主要原因是：/1、一般公共预算财政拨款项目增加；: review h261).
    if (isHeading(t.text) && !AMOUNT_IN_TEXT.test(t.text) && !LIST_ITEM_END.test(t.text)) {
      const own = shared.length > 0 ? { ...t, headings: shared } : t;
      opening(t.text);
      return own;
    }
    // A heading with its first paragraph after it (…说明：2024年度…120.00万元。): that paragraph is the section's, and so are the
    // cells after it (review h261: the section before stayed open, its funds read for the new one's, a right text a 错误).
    const head = leadingHeading(t.text);
    if (head !== undefined) opening(head);
    const own = shared.length > 0 ? { ...t, headings: shared } : t;
    // A heading after its section's first paragraph in one cell (…。二、一般公共预算财政拨款支出决算情况说明): the cells after
    // it are its section's (they were read under the section before, its funds for theirs).
    const tail = trailingHeading(t.text);
    if (tail !== undefined) opening(tail);
    return own;
  });
}

/**
 * The heading a cell closes on after a paragraph (…主要原因是…。二、一般公共预算财政拨款支出决算情况说明): the words after its
 * last full stop, a section's heading (说明, 情况) of level 2 or above that states no figure. Not a numbered list's item (1、…),
 * nor a sentence pointing to a section (二、其他情况详见五、一般公共预算…说明: NOT_A_TITLE), nor the last of a 目录's titles
 * (目录。…四、财政拨款支出决算情况说明。五、一般公共预算…说明: the sentence before a heading too). Either opened the section
 * it names for the cells after (review r282: under §四 about all 财政拨款, a right 财政拨款项目支出1065.60万元 was a 错误 against 05's).
 */
function trailingHeading(text: string): string | undefined {
  const end = text.lastIndexOf('。');
  if (end <= 0) return undefined;
  const tail = text.slice(end + 1);
  if (!isHeading(tail) || headingLevel(tail) > 2 || !/(?:说明|情况)$/.test(tail) || AMOUNT_IN_TEXT.test(tail) || NOT_A_TITLE.test(tail)) return undefined;
  const previous = text.slice(text.lastIndexOf('。', end - 1) + 1, end);
  return isHeading(previous) ? undefined : tail;
}

/** Words no section's title has: a reference (详见, 见), a clause's comma, another ordinal after its own. */
const NOT_A_TITLE = /见|[，,；;：:]|[^一二三四五六七八九十(（](?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分|[(（][一二三四五六七八九十]+[)）])/;

/** One row's text cells (their index in the scan's list) and other words, by column. */
class RowCells {
  readonly texts = new Map<number, number>();
  readonly words = new Map<number, string>();

  clear(): void {
    if (this.texts.size > 0) this.texts.clear();
    if (this.words.size > 0) this.words.clear();
  }
}

/**
 * Whether a sentence runs on from a cell into the one below, text pasted line by line (…比上年减少312.94万元，⏎下降17.37%。;
 * …减少312.94⏎万元…; …支出总计⏎1,400.00万元。): the cell ends on a comma, on a number whose unit opens the next, or on a word
 * the next one's amount follows. Read apart, the second cell's figures had no words and the first's change no rate: both
 * went unchecked. Read as one text, reported at the first. Not after a sentence's end; a paragraph below a heading opens
 * on its year or an ordinal, not on an amount.
 */
function runsOn(text: string, below: string): boolean {
  if (/[,、]$/.test(text)) return true;
  if (/\d$/.test(text)) return /^[\d.,]*(?:万元|元|万|%)/.test(below);
  return /[\u4e00-\u9fa5]$/.test(text) && OPENS_ON_AMOUNT.test(below);
}

/**
 * A line break between two paragraphs of one cell, the first ending on a figure without its 。 (text pasted from Word;
 * the 上海 template's lists end so) and the next opening with a year or an ordinal: ended with a 。, as the folding of
 * whitespace would otherwise join them into one sentence (the second paragraph's shares were taken of the first's
 * total). A break inside a sentence (`比上年减少⏎312.94万元`) stays a join, and so does one after a list's ；(its items one a
 * line are one sentence).
 */
const PARAGRAPH_BREAK = /(?<=[%元)）])[ \t\u3000]*\r?\n\s*(?=\d{4}年|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[、.．])/g;

function endParagraphs(text: string): string {
  return text.replace(PARAGRAPH_BREAK, '。');
}

/**
 * A text with what its 【请填写：…】 gaps say blanked out, each character a □ (the same length: offsets into the text
 * hold). A gap may name figures for the accountant to check (公务接待费占比（-0.20万元占4.59万元，负数无占比：请核对）, as the
 * narrative writes it): read as the text's own, the 4.59 was taken for the amount a change after the gap is of, and a
 * correct 比上年减少0.46万元，下降176.92% drew a 错误. The gap itself is text-template-leftovers' to report.
 */
export function withGapsBlanked(text: string): string {
  return text.includes('【') ? text.replace(/【请填写[:：][^】]*】/g, (gap) => `【${'□'.repeat(gap.length - 2)}】`) : text;
}

/** Sentences, each ending with its 。 (the last may have none). */
export function sentences(text: string): string[] {
  return text.split(/(?<=。)/).filter((s) => s.length > 0);
}

/** The sentences of a text (`sentences`), each with where it starts in the text: what a match's place in the text is counted from. */
export function sentenceSpans(text: string): { readonly sentence: string; readonly start: number }[] {
  let start = 0;
  return sentences(text).map((sentence) => {
    const span = { sentence, start };
    start += sentence.length;
    return span;
  });
}

/** Clauses of a sentence: split after each ；(a list of items, each with its own figures). */
export function clauses(sentence: string): string[] {
  return sentence.split(/(?<=;)/).filter((s) => s.length > 0);
}

/**
 * How far a rate the text writes may be from the one computed, in 0.01 percentage points: half a unit of its last
 * written digit (12.2% stands for 12.15–12.25%, 12% for 11.5–12.5%: a fixed 0.01 made both false 错误), never under
 * 0.01 (a two-decimal rate computed from amounts already rounded).
 */
export function rateTolerance(written: string): number {
  const point = written.indexOf('.');
  const decimals = point < 0 ? 0 : written.length - point - 1;
  return Math.max(1, 0.5 * 10 ** (2 - decimals));
}

/**
 * How far a share may be from the one worked out (rateTolerance), a whole unit of its last digit where it is said to be
 * about one (约占52% for 51.74%, 约占51.7% for 51.74%: a share cut, not rounded, is no error).
 */
export function shareTolerance(written: string, rough: boolean): number {
  return rateTolerance(written) * (rough ? 2 : 1);
}

/** Words after a figure that make it a bound or a round figure (NOT_ROUGH, ROUGH_AMOUNT). */
const ROUGH_WORDS = '以上|以下|以内|上下|左右|之多';

/**
 * After a rate or a multiple, words that make it a bound or a round figure (90%以上, 下降20%以下, 增长1倍以内, 17%上下,
 * 增长9倍多, 1.9倍左右, 9倍之多): no figure to compare (read as one, a correct sentence drew a 错误). Before it, 近, 约,
 * 超过, 不足… stand between the rate's word and its number, where no pattern reads a rate.
 */
export const NOT_ROUGH = `(?![多余]|${ROUGH_WORDS})`;

/** A number as the text writes it: sign, digits with or without thousands separators, decimals. */
export const NUMBER = '-?\\d[\\d,]*(?:\\.\\d+)?';
/**
 * A rate's number as written, no sign, no %: over 1,000% with a thousands separator (广东 2023: 增长1,055.4%, 完成年初预算的
 * 1,115.70%), else digits, and decimals. Every rule reading a rate (changes, completion and variance, shares, 执行率)
 * reads it with this and rateNumber: read in two rules alone, a 占比 or 执行率 over 1,000% went unread (helper-h207).
 */
export const RATE_NUMBER = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';

/** The value of a rate's number as written (RATE_NUMBER): 1,055.4 is 1055.4. */
export function rateNumber(written: string): number {
  return Number(written.replace(/,/g, ''));
}
/**
 * A rate written as none (广东 2023: 比上年决算数增加12.02万元，增长--（基数为0，不可比）; 完成预算0万元的--%(基数为0,不可比);
 * 预算执行率--): the mark after the rate's words, -- or —% (the text is normalised: dashes -, brackets and commas
 * half-width), with or without the bracket saying why. Right where the base (上年数, 预算) is 0; where it is not, the rate is
 * computable and the words are wrong. Not a negative rate (增长-25.70%), nor a dash opening the words after the word
 * (比上年增加——主要是…: no rate written; read as 增长--, a 错误: helper-h213): a bare mark ends its clause or bracket, or
 * its bracket follows. A 、 or ： ends a clause as a comma does (…降低--、主要是压减接待; …降低--：主要是…: as after a rate,
 * 增长0.8%、主要是…; helper-h219: unread, a mark where the base was not 0 passed). No group. Read by text-change-words
 * (against the 上年数, helper-h207) and by the 预算 statements
 * (budgetText: against the 预算, helper-h215).
 */
export const NO_RATE_MARK = `(?:-{1,2}%?\\((?:上年|预算)?(?:基数为[0零],?)?不可比\\)|(?:--%?|-%|-)(?=[,;:、。()]|$))(?![\\d.])`;
/** An amount in 万元 (one group: the number). */
export const AMOUNT = `(${NUMBER})万元`;
/**
 * After an amount, words that make it a bound or a round figure (收入总计1,400万元以上, 减少300万元以上, 1.5亿元左右): not
 * the figure (compared as exact, a true bound drew a 错误; a label's bound is text-bounds' to hold). 1,400余万元 and
 * 1,400多万元 are no amount at all (no unit after the number); 多 and 余 after the unit begin other words (…万元余额).
 */
const ROUGH_AMOUNT = `(?!${ROUGH_WORDS})`;
/**
 * An amount in 万元 or 元 (two groups: the number and the unit); also 万 without 元 where no word follows (收入总计
 * 1,488.29万，…: unread, a wrong one passed), not 1.2万人次 or 万平方米; not a bound (ROUGH_AMOUNT).
 */
export const MONEY = `(${NUMBER})(万元|元|万(?![\\u4e00-\\u9fa5\\d]))${ROUGH_AMOUNT}`;
/**
 * MONEY, and also an amount in 亿元 (or 亿 where no word follows: 收入总计1.49亿，…), not 1.2亿人次: for a figure compared
 * with the tables at the digits the text writes (atWrittenPrecision: 1.49亿元 is right for 14,882.91 万元). Unread, a
 * wrong one passed. Not in MONEY: a change, a share or a rate worked out from an amount rounded to 0.01 亿 (100 万元)
 * would be far off the tables' (0.15亿元 of 1,488.29万元 is 0.8% off), a false 错误 where the text is right.
 */
export const FIGURE_MONEY = `(${NUMBER})(亿元|万元|元|亿(?![\\u4e00-\\u9fa5\\d])|万(?![\\u4e00-\\u9fa5\\d]))${ROUGH_AMOUNT}`;
/**
 * What every amount the patterns read is written with: a digit, then digits, separators or a decimal point, then its
 * unit (NUMBER and then 万元, 元, 万 or 亿: MONEY, FIGURE_MONEY and AMOUNT_LIST all read so). A text without it (a table's
 * 注：本单位2023年度无…) states no amount, and a rule reading amounts has nothing to look for in it.
 */
const AMOUNT_WRITTEN = /\d[\d,.]*[万元亿]/;
/** AMOUNT_WRITTEN, or a rate: a digit, digits or a decimal point, then `%`. */
const FIGURE_WRITTEN = /\d[\d,.]*[万元亿%]/;

/** Whether a text may state an amount (AMOUNT_WRITTEN): a text for which it is false matches no amount pattern. */
export function mayStateAmount(text: string): boolean {
  return AMOUNT_WRITTEN.test(text);
}

/** Whether a text may state an amount or a rate (FIGURE_WRITTEN). */
export function mayStateFigure(text: string): boolean {
  return FIGURE_WRITTEN.test(text);
}

/** Text opening on an amount or a rate (the rest of a sentence whose words are in the cell above: runsOn). */
const OPENS_ON_AMOUNT = new RegExp(`^${NUMBER}(?:万元|元|万|%)`);
/**
 * NUMBER as a list's item: its digits and the commas between them taken whole, never ending before a comma and a digit (as
 * LIST_ITEM reads it, greedily). NUMBER there could end at any comma of a run of bare integers (10,11,12,… from 10，11，12，…),
 * which it also separates: each split of the run was tried in turn, 2ⁿ of them where no unit ended the run (helper-h128:
 * seconds at 22 integers, for ever at 40). One way to read each item, the list is read in steps linear in its length.
 */
const LIST_NUMBER = '-?\\d(?:\\d|,(?=\\d))*(?!,?\\d)(?:\\.\\d+)?';
/** A list of amounts (`577.84万元、67.39万元`), the unit said after each or once after the last (one group: the list). */
// In 亿元 too (中央本级: 因公出国（境）费、公务接待费分别为2.94亿元和0.58亿元): unread, a wrong one passed, and a list with no 分别
// read as its last name's first amount, a right text a 错误 (helper-h247). Each held at the 0.01 亿 written (parseMoney).
export const AMOUNT_LIST = `((?:${LIST_NUMBER}(?:亿元|万元|元)?(?:、|,|，|和|及|与))+${LIST_NUMBER}(?:亿元|万元|元))`;
/** AMOUNT_LIST, or one amount alone (one group): after 分别, a list written with fewer amounts than names (…和…分别为100.00万元). */
export const AMOUNTS = `((?:${LIST_NUMBER}(?:亿元|万元|元)?(?:、|,|，|和|及|与))*${LIST_NUMBER}(?:亿元|万元|元))`;
const LIST_ITEM = new RegExp(`(${NUMBER})(亿元|万元|元)?`, 'g');

/**
 * The department's vehicles as §十 states them: 车辆 at the start of a clause or after 共有/实有/现有/拥有 (新疆
 * `截止2022年12月31日，车辆3辆`, 上海 `共有车辆8辆`), never those of one kind (`执法执勤车辆2辆`) or bought in the year
 * (`新购车辆1辆`). The count is the pattern's group.
 */
export const DEPARTMENT_VEHICLES = '(?<=^|[,，;；。:：日]|共有|实有|现有|拥有)车辆(?:共|总数)?(?:为|是)?(\\d+)辆';

export function parseAmount(text: string): Cents {
  return Math.round(Number(text.replace(/,/g, '')) * 100);
}

export type TextUnit = '万元' | '元';

/** An amount the text states: exactly, in 分, with the unit and the number as written. */
export interface TextMoney {
  readonly fen: number;
  readonly unit: TextUnit;
  /** The number as the text writes it (`1,488.29`). */
  readonly written: string;
  /** The unit as the text writes it, where that is not `unit` (`万` for 万元, `亿元` or `亿` for 1 0000 万元). */
  readonly writtenUnit?: string;
  /**
   * The cell of the table's figure where the amount is one the text does not state as it is (textMoneyOf): a finding
   * worked out from it names it among its sources (ReportDescriptor.sources).
   */
  readonly source?: CellRef;
}

/** How many of its unit a unit the text writes stands for, where not one: 亿 is 10,000 万元. */
const UNITS_PER_WRITTEN: Readonly<Record<string, number>> = { 亿元: 10_000, 亿: 10_000 };

export function parseMoney(number: string, unit: string): TextMoney {
  const u: TextUnit = unit === '元' ? '元' : '万元';
  // In 分 of the unit first, then scaled: exact in integers (1.23 × 10,000 is 12,300.000000000002).
  const fen = toFen(Number(number.replace(/,/g, '')), u) * (UNITS_PER_WRITTEN[unit] ?? 1);
  return { fen, unit: u, written: number, ...(unit === u ? {} : { writtenUnit: unit }) };
}

/**
 * A figure of the tables or the 说明数据 as the text would state it (where the text leaves it unsaid): in 元 when it
 * is in 元, else in 万元 (a table in 千元 too: the text has no 千元).
 */
export function textMoneyOf(fen: number, unit: Unit, source?: CellRef): TextMoney {
  const u: TextUnit = unit === '元' ? '元' : '万元';
  return { fen, unit: u, written: formatAmount(fromFen(fen, u)), ...(source ? { source } : {}) };
}

/** The table cells amounts stand on (TextMoney.source), for a finding's sources: none for amounts the text states. */
export function sourcesOf(...amounts: readonly (TextMoney | undefined)[]): { readonly sources?: readonly CellRef[] } {
  const cells = amounts.flatMap((a) => (a?.source ? [a.source] : []));
  return cells.length > 0 ? { sources: cells } : {};
}

/** `1,488.29万元`, as the text wrote it. */
export function moneyText(m: TextMoney): string {
  return `${m.written}${m.writtenUnit ?? m.unit}`;
}

/**
 * An amount a message works out from the text's (the change it should be, last year's or the budget it implies), in the
 * unit `like` is written in where that is 亿 (24.76亿元, to the 0.01 亿 a figure in 亿 is held to): quoted in 万元 it read
 * as another figure than the text's (应为减少247,600.00 万元 for 减少24.67亿元; helper-h247). Else as a table in the
 * unit shows it (`247,600.00 万元`, with `space` between).
 */
export function amountLike(fen: number, like: TextMoney, space = ' '): string {
  const per = UNITS_PER_WRITTEN[like.writtenUnit ?? ''];
  if (per === undefined) return `${formatAmount(fromFen(fen, like.unit))}${space}${like.unit}`;
  return `${formatAmount(fromFen(fen, like.unit) / per)}${like.writtenUnit}`;
}

/** How a figure reads beside a text in 亿元 (quotedLike's `like` where the text's own amount is not at hand). */
export const IN_YI: TextMoney = { fen: 0, unit: '万元', written: '', writtenUnit: '亿元' };

/**
 * A figure of the tables or the 说明数据 (the 上年数, the 预算), or one a message works out, quoted beside the text's amount
 * `like`: in 亿元 where the text writes 亿 (上年数 7.03亿元, not 70,289.00 万元 beside 本年 14.00亿元; 预算 45.00亿元 beside
 * 决算38.72亿元: helper-h255), as amountLike quotes it; else as a table in `unit` shows it (`70,289.00 万元`). One helper for
 * text-change-words and text-budget (helper-h264: each had its own).
 */
export function quotedLike(fen: number, like: TextMoney, unit: Unit = '万元'): string {
  return like.writtenUnit === undefined ? amount(fen, unit) : amountLike(fen, like);
}

/**
 * The smallest step a figure shows, in 分: the text two decimals of its unit; a table in 万元 or 千元 two decimals
 * of its unit; a table in 元 its exact cell value.
 */
const STEP_FEN: Readonly<Record<Unit, number>> = { 万元: 10_000, 千元: 1_000, 元: 1 };

/**
 * A stated amount and a table figure, both at the coarser of their precisions (steps of that precision): an
 * amount in 元 against a 万元 table is rounded to 0.01 万元 first, as the table rounded it.
 */
export function atCommonPrecision(stated: TextMoney, tableFen: number, tableUnit: Unit): { stated: number; table: number; step: number } {
  return atStep(stated, tableFen, Math.max(statedStep(stated), STEP_FEN[tableUnit]));
}

/** Whether the text's amount is the table's figure at the coarser of their precisions (atCommonPrecision). */
export function agreesAtPrecision(stated: TextMoney, tableFen: number, tableUnit: Unit): boolean {
  const at = atCommonPrecision(stated, tableFen, tableUnit);
  return at.stated === at.table;
}

/** Two decimals of the unit the text writes: 0.01 亿元 is 100 万元 (held to 0.01 万元, 1.49亿元 was a false 错误). */
function statedStep(stated: TextMoney): number {
  return STEP_FEN[stated.unit] * (UNITS_PER_WRITTEN[stated.writtenUnit ?? ''] ?? 1);
}

/**
 * As atCommonPrecision, but at the digits the text writes where it writes fewer than two decimals (收入总计1,488.3万元,
 * 1488万元: review43, a false 错误 each): for a figure the text states, not a change worked out from it. A 0 is compared
 * exactly (公务接待费0万元 is no rounding of 0.20: review44). In 亿 a third or fourth decimal counts too (0.149亿元 is
 * 1,490 万元 to 10 万元), never finer than 0.01 of the text's unit.
 */
export function atWrittenPrecision(stated: TextMoney, tableFen: number, tableUnit: Unit): { stated: number; table: number; step: number } {
  const decimals = stated.written.split('.')[1]?.length ?? 0;
  if (stated.fen === 0) return atCommonPrecision(stated, tableFen, tableUnit);
  // Divided, not multiplied by a negative power: 10 ** -3 is no exact binary number.
  const written = decimals <= 2 ? statedStep(stated) * 10 ** (2 - decimals) : statedStep(stated) / 10 ** (decimals - 2);
  return atStep(stated, tableFen, Math.max(written, STEP_FEN[stated.unit], STEP_FEN[tableUnit]));
}

function atStep(stated: TextMoney, tableFen: number, step: number): { stated: number; table: number; step: number } {
  return { stated: roundHalfAwayFromZero(stated.fen / step), table: roundHalfAwayFromZero(tableFen / step), step };
}

/**
 * Amounts on one integer scale for ratios: 0.01 万元 when all are in 万元 (exact, and small enough that
 * part × 10,000 stays exact), 分 otherwise.
 */
export function oneScale(...amounts: readonly { readonly fen: number; readonly unit: Unit }[]): number[] {
  const wanOnly = amounts.every((a) => a.unit === '万元');
  return amounts.map((a) => (wanOnly ? centsOfFen(a.fen) : a.fen));
}

/** Half of 0.01 万元 in 分: how far an amount the text states in 万元 may be from the figure it stands for. */
const HALF_SHOWN_FEN = 5_000;

/**
 * The amounts as a ratio of them may rightly be worked out, each a list on one scale. Where amounts the text states in
 * 万元 meet figures of a 元 or 千元 table: those figures as the text shows them (0.01 万元), how the generator works out
 * its rates (DOMAIN §5), first; then the figures as they are with each 万元 amount at either end of what it rounds (an
 * accountant working from the cells: 4.79万元 may be 47,926.38元). Else the one scale. The text's own rates in a 元
 * workbook were 错误 against neither (4.79万元 ÷ 49,876.54元 = 96.04%, where 4.79 ÷ 4.99 is 95.99% and the cells make
 * 96.09%). A rate is right when it lies within the span the lists give (statedWithin).
 */
export function scalesOf(...amounts: readonly { readonly fen: number; readonly unit: Unit }[]): number[][] {
  if (!(amounts.some((a) => a.unit === '万元') && amounts.some((a) => a.unit !== '万元'))) return [oneScale(...amounts)];
  let ends: number[][] = [[]];
  for (const a of amounts) {
    const around = a.unit !== '万元' ? [a.fen] : a.fen >= 0 ? [Math.max(0, a.fen - HALF_SHOWN_FEN), a.fen + HALF_SHOWN_FEN] : [a.fen - HALF_SHOWN_FEN, Math.min(0, a.fen + HALF_SHOWN_FEN)];
    ends = ends.flatMap((list) => around.map((fen) => [...list, fen]));
  }
  return [amounts.map((a) => centsOfFen(a.fen)), ...ends];
}

/** Whether a stated rate is within `tolerance` of the span of the rates worked out (scalesOf), all in 0.01 %. */
export function statedWithin(stated: number, expectations: readonly number[], tolerance: number): boolean {
  return expectations.length > 0 && stated >= Math.min(...expectations) - tolerance && stated <= Math.max(...expectations) + tolerance;
}

export interface NamedFigure {
  readonly cents: Cents;
  readonly fen: number;
  readonly unit: Unit;
  readonly cell: CellRef;
  /** The table the figure is in (its title as printed), for messages. */
  readonly table: string;
}

export function namedFigure(table: TableModel, f: MoneyFigure | undefined): NamedFigure | undefined {
  if (!f || f.invalid) return undefined;
  const fen = f.fen ?? 0;
  return { cents: centsOfFen(fen), fen, unit: table.unit, cell: f.cell, table: shownTitle(table) };
}

/** The figure a label names, in the tables (or, for a few labels, in the 说明数据 where the text takes it from there). */
export type Lookup = (rec: Recognition, supplement: Supplement) => NamedFigure | undefined;

/**
 * Table 07's figure of a column in a row (actual, budget…); 公务用车购置及运行维护费 where the table prints no 小计 of it (公务
 * 用车购置费 | 公务用车运行维护费 under it alone): its two parts' sum, at the 运行维护费's cell. Unread, the text's amount and
 * its completion rate passed unchecked, where the narrative states that sum.
 */
export function threePublicCell(t7: TableModel, row: string, column: string): MoneyFigure | undefined {
  const own = figureOf(t7, row, column);
  if (own || (column !== 'vehicles' && column !== 'total')) return own;
  const parts =
    column === 'vehicles'
      ? [figureOf(t7, row, 'vehiclePurchase'), figureOf(t7, row, 'vehicleOperation')]
      : // The 三公's 合计 where the table prints none of theirs (陕西's 合计 adds 会议费 and 培训费 in, and is no 三公 total):
        // its items added up, as the narrative states it (sections/threePublic.ts). Unread, a wrong total passed (helper-h238).
        [figureOf(t7, row, 'overseasTravel'), threePublicCell(t7, row, 'vehicles'), figureOf(t7, row, 'reception')];
  if (parts.some((f) => f === undefined)) return undefined;
  const invalid = parts.find((f) => f!.invalid);
  return invalid ?? { cell: parts[1]!.cell, fen: parts.reduce((sum, f) => sum + (f!.fen ?? 0), 0) };
}

const at = (id: keyof Recognition['tables'], row: string, column: string, block?: string): Lookup => (rec) => {
  const t = rec.tables[id];
  return t ? namedFigure(t, figureOf(t, row, column, block)) : undefined;
};

/**
 * 财政拨款基本支出 / 项目支出 (江西's §四 and the 中央 template's: 2022年度财政拨款基本支出645.23万元，其中：人员经费…): table 05's
 * where tables 08 and 09 spend nothing of that column, the same whichever funds the words mean. Where one of them does, the
 * words are 05's under a heading about 一般公共预算 and all funds' under one about 财政拨款 (review h250: held to the sum under
 * 江西's §四 heading, a right text was a 错误), and a text lookup sees no heading: unread, but where the sentence names the
 * funds (specificLabel; `allFunds`: 05's with 08's and 09's). Unread before helper-h248: a wrong one passed.
 */
const fiscalPart =
  (column: 'basic' | 'project', allFunds = false): Lookup =>
  (rec, supplement) => {
    const general = at('generalBudgetExpenditure', 'total', column)(rec, supplement);
    if (!general) return undefined;
    const parts = [general];
    for (const id of ['govFund', 'stateCapital'] as const) {
      const spent = [at(id, 'total', 'yearExpenditure')(rec, supplement), at('fiscalSummary', 'yearExpenditure', id, 'expenditure')(rec, supplement)];
      if (spent.every((f) => (f?.fen ?? 0) === 0)) continue;
      const own = at(id, 'total', column)(rec, supplement);
      if (!own || (!allFunds && own.fen !== 0)) return undefined;
      parts.push(own);
    }
    return sumOfFigures(parts);
  };
/** 财政拨款基本支出/项目支出 of a sentence naming 一般公共预算 and another fund: all funds' (fiscalPart). */
const ALL_FUNDS_PART: Readonly<Record<string, Lookup>> = { 财政拨款基本支出: fiscalPart('basic', true), 财政拨款项目支出: fiscalPart('project', true) };

/**
 * All funds' figure of 财政拨款基本支出/项目支出 (ALL_FUNDS_PART: 05's with 08's and 09's), whatever a heading says: the part on the
 * whole 财政拨款's basis, as text-shares holds its share to one basis (a part of 05's over all funds' whole is neither's).
 */
export function allFundsPart(label: string): Lookup | undefined {
  return ALL_FUNDS_PART[label];
}

/**
 * The labels whose funds a section's heading says (fundsOfHeadings), and what each names there: 财政拨款基本支出/项目支出 table
 * 05's under a heading about 一般公共预算, all funds' under one about 财政拨款; bare 基本支出/项目支出 table 05's under one about
 * 一般公共预算 (§五, §六: 2024年度项目支出920.00万元，比上年增加…; held to table 04's, a right change was a 错误). Under one about
 * another fund alone none: that fund's part, no label of the tables (held to table 04's or 05's, a right one was a 错误).
 */
const BY_FUNDS: Readonly<Record<string, { readonly generalBudget?: Lookup; readonly fiscal?: Lookup }>> = {
  财政拨款基本支出: { generalBudget: at('generalBudgetExpenditure', 'total', 'basic'), fiscal: ALL_FUNDS_PART['财政拨款基本支出']! },
  财政拨款项目支出: { generalBudget: at('generalBudgetExpenditure', 'total', 'project'), fiscal: ALL_FUNDS_PART['财政拨款项目支出']! },
  // Bare, not swapped to 05's under 一般公共预算 (provincial-wordings.txt: the department's 基本支出770.07万元，占本年支出合计…
  // under such a heading was a 错误): 04's with 05's its alternative, as before; only unread under another fund's.
  基本支出: {},
  项目支出: {},
};

/**
 * The figure `label` names in a text under `headings` (TextCell.headings), where the words name no fund of their own: the
 * funds the headings say (BY_FUNDS), none (unread) under one about another fund alone, else `lookup` (the label's own). Every
 * text lookup reads a label's section so: namedAmounts and its lists and sums, text-change-words' figures.
 */
export function lookupUnderHeadings(label: string, lookup: Lookup | undefined, headings: readonly string[] | undefined): Lookup | undefined {
  const by = BY_FUNDS[label];
  const funds = by ? fundsOfHeadings(headings) : undefined;
  if (funds === 'otherFund') return undefined;
  return (funds && by![funds]) ?? lookup;
}

/**
 * The label a text under `headings` means by `label`, where they make it one fund's: 财政拨款基本支出/项目支出 under a heading about
 * 一般公共预算 alone are 一般公共预算财政拨款基本支出/项目支出 (as in a sentence naming that fund: specificLabel), the 说明数据 指标
 * whose 上年数 and 预算 a change of it is held to. Else `label` itself. `sentence`: the words of the label's sentence; `previous`:
 * the sentence before it in its paragraph.
 */
export function labelUnderHeadings(label: string, headings: readonly string[] | undefined, sentence = '', previous?: string): string {
  const general = GENERAL_BUDGET_PART[label];
  // A sentence naming another fund says the label's funds itself (specificLabel: 一般公共预算和政府性基金预算财政拨款基本支出 is all
  // funds'), whatever the heading: not 一般公共预算's 指标 (review r296: its change held to that 上年数, a right one a 错误).
  if (OTHER_FUND.test(sentence)) return label;
  // Nor one naming the whole 财政拨款 before it (财政拨款支出4174.61万元，其中：财政拨款基本支出…): all funds' part (namesWholeFiscal).
  const named = general === undefined ? -1 : sentence.indexOf(label);
  // Or the sentence before, this one opening on its parts (财政拨款支出4174.61万元。其中：财政拨款基本支出…: carriesWholeFiscal).
  if (named !== -1 && (namesWholeFiscal(sentence.slice(0, named)) || carriesWholeFiscal(sentence, previous))) return label;
  return general !== undefined && fundsOfHeadings(headings) === 'generalBudget' ? general : label;
}

/**
 * Whether the words before a 财政拨款基本支出/项目支出 name the whole 财政拨款's income or spending, no fund said (财政拨款支出
 * 4174.61万元，其中：财政拨款基本支出3109.01万元，财政拨款项目支出1065.60万元): the parts are that whole's, table 05's with 08's
 * and 09's, under a heading about 一般公共预算 too (上海 §五: held to table 05's 920.00, a right text was a 错误). The caller has
 * ruled out words naming a fund (一般公共预算财政拨款支出…: GENERAL_BUDGET_PART); 非财政拨款 is not 财政拨款.
 */
function namesWholeFiscal(before: string): boolean {
  return /(?<!非)财政拨款(?:本年|决算)?[收支]/.test(before);
}

/**
 * Whether a sentence opening on its parts (其中：…) lists those of the whole 财政拨款支出 the sentence before opens on, no fund said
 * there (财政拨款支出4174.61万元。其中：财政拨款基本支出3109.01万元，财政拨款项目支出1065.60万元): the parts are that whole's, as in one
 * sentence (namesWholeFiscal). Read sentence by sentence, under §五 the right 1,065.60 was told it should be 05's 920.00 (a 错误).
 * Not after a sentence naming a fund (一般公共预算财政拨款支出…: 05's), nor one naming no 财政拨款 spending (本年支出合计…), nor one
 * whose 财政拨款支出 is another year's or a budget's (上年财政拨款支出4000.00万元。其中：财政拨款项目支出1000.00万元 lists last year's
 * parts, unread as in one sentence; held to this year's 1,065.60, a right text was a 错误: review r326). `year`: the document's,
 * where known (a year named before the whole other than it is another year).
 */
function carriesWholeFiscal(sentence: string, previous: string | undefined, year?: number): boolean {
  return carriedWholePeriod(sentence, previous, year) === 'this';
}

/**
 * Whose year the whole 财政拨款支出 is that a sentence opening on its parts follows (carriesWholeFiscal): this year's, or another's
 * (上年财政拨款支出4000.00万元。其中：财政拨款项目支出1000.00万元 lists last year's parts: under §五 held to table 05's 920.00, a
 * right text was a 错误; helper-h332). Undefined where no such whole is before it.
 */
function carriedWholePeriod(sentence: string, previous: string | undefined, year?: number): 'this' | 'other' | undefined {
  if (previous === undefined || !OPENS_ON_PARTS.test(sentence) || /一般公共/.test(previous) || OTHER_FUND.test(previous)) return undefined;
  const wholes = [...previous.matchAll(/(?<!非)财政拨款(?:本年|决算)?支出/g)];
  if (wholes.length === 0) return undefined;
  // This year's where any whole named is (上年财政拨款支出4000.00万元，本年财政拨款支出4174.61万元。其中：… lists this year's
  // parts: only the first whole weighed, they were last year's and a wrong one passed; review r337).
  const thisYears = wholes.some((whole) => {
    const before = previous.slice(0, whole.index);
    const named = YEAR_BEFORE.exec(before);
    return !OTHER_PERIOD.test(before) && !(named && year !== undefined && Number(named[1]) !== year);
  });
  return thisYears ? 'this' : 'other';
}
const OPENS_ON_PARTS = /^其中/;

/**
 * The figure a 财政拨款基本支出/项目支出 read as the whole 财政拨款's part (namesWholeFiscal) may mean too under a heading about
 * 一般公共预算 alone: table 05's, the section's (上海 §五 财政拨款支出中，财政拨款项目支出920.00万元: the writer may mean the section's
 * fund by 财政拨款; held to all funds' 1,065.60 alone, a right text was a 错误, review r305). Either is right there, as a bare
 * 项目支出's two tables are (ALTERNATIVES). Not under no heading, nor in a sentence naming a fund itself (specificLabel).
 */
export function sectionAlternative(label: string, headings: readonly string[] | undefined, before: string, previous?: string): Lookup | undefined {
  const sentence = before.slice(before.lastIndexOf('。') + 1);
  if (fundsOfHeadings(headings) !== 'generalBudget' || /一般公共/.test(sentence) || OTHER_FUND.test(sentence) || !(namesWholeFiscal(sentence) || carriesWholeFiscal(sentence, previous))) return undefined;
  return BY_FUNDS[label]?.generalBudget;
}

/**
 * The section's figure a 财政拨款基本支出/项目支出 of `named` (its sentence's amounts) may mean (sectionAlternative), but where the whole
 * 财政拨款支出 stated before it is all funds' figure (财政拨款支出4174.61万元，其中：财政拨款项目支出920.00万元 under §五 is all funds'
 * part, and 920.00, table 05's, is wrong there). A whole not stated, or stated otherwise, leaves either reading. text-figures'
 * alternative, and text-shares' basis (a share of the section's part is of the section's whole).
 */
export function sectionPartLookup(
  named: readonly NamedAmount[],
  part: NamedAmount,
  headings: readonly string[] | undefined,
  sentence: string,
  rec: Recognition,
  supplement: Supplement,
  previous?: { readonly text: string; readonly named: readonly NamedAmount[] },
): Lookup | undefined {
  const alternative = sectionAlternative(part.label, headings, sentence.slice(0, part.index), previous?.text);
  if (!alternative) return undefined;
  // The whole in the sentence before, where this one opens on its parts (carriesWholeFiscal): all of that sentence's amounts are before.
  const carried = previous !== undefined && carriesWholeFiscal(sentence, previous.text) ? previous.named : [];
  const ofAllFunds = [...carried.map((w) => ({ ...w, end: -1 })), ...named].some((w) => {
    if (w.end > part.index || !FISCAL_WHOLES.has(w.label)) return false;
    const f = w.lookup(rec, supplement);
    if (f === undefined) return false;
    const at = atWrittenPrecision(w.money, f.fen, f.unit);
    return at.stated === at.table;
  });
  return ofAllFunds ? undefined : alternative;
}
const FISCAL_WHOLES = new Set(['财政拨款支出', '财政拨款本年支出']);

/**
 * Whether the sections a text sits in speak of 一般公共预算's money alone (fundsOfHeadings): a bare 基本支出/项目支出 there, which may
 * be table 04's or table 05's (ALTERNATIVES), is quoted as table 05's where it is neither.
 */
export function underGeneralBudget(headings: readonly string[] | undefined): boolean {
  return fundsOfHeadings(headings) === 'generalBudget';
}

/**
 * Whose money the sections a text sits in speak of, by their headings (TextCell.headings), the innermost naming any: 一般公共预算's
 * alone (江西's and most templates' §四 一般公共预算财政拨款支出决算情况说明, §六 …基本支出…), all 财政拨款 (the 中央 template's 财政拨款
 * 支出决算情况说明; 一般公共预算 named with another fund), another fund's alone (§八 政府性基金…), or none said.
 */
function fundsOfHeadings(headings: readonly string[] | undefined): 'generalBudget' | 'fiscal' | 'otherFund' | undefined {
  for (const h of [...(headings ?? [])].reverse()) {
    const general = h.includes('一般公共');
    if (OTHER_FUND.test(h)) return general ? 'fiscal' : 'otherFund';
    if (general) return 'generalBudget';
    if (/(?<!非)财政拨款/.test(h)) return 'fiscal';
  }
  return undefined;
}

/** The 三公's 决算: table 07's 合计, or its items' sum where it prints none (threePublicCell). */
const threePublicTotal: Lookup = (rec) => {
  const t7 = rec.tables.threePublicCosts;
  return t7 ? namedFigure(t7, threePublicCell(t7, 'actual', 'total')) : undefined;
};

/**
 * The 三公 with 会议费 and 培训费, as a sentence whose 其中 lists them among the total's parts states its total (鄂城区's
 * “三公"经费决算数合计为1000.86万,其中:…会议费34.10万元、培训费51.37万元): the 三公's and theirs added, the 合计 of a table 07
 * printing them (which its reader sets aside as no 三公 total). None where the table prints neither: unread.
 */
const threePublicWithOthers: Lookup = (rec) => {
  const t7 = rec.tables.threePublicCosts;
  if (!t7) return undefined;
  const [total, ...others] = [threePublicCell(t7, 'actual', 'total'), figureOf(t7, 'actual', 'meeting'), figureOf(t7, 'actual', 'training')];
  if (!total || others.every((f) => f === undefined) || [total, ...others].some((f) => f?.invalid)) return undefined;
  return namedFigure(t7, { cell: total.cell, fen: [total, ...others].reduce((sum, f) => sum + (f?.fen ?? 0), 0) });
};
/**
 * A sentence's 其中 naming 会议费 or 培训费 among the 三公's total's parts (threePublicWithOthers); past a ； in it, after
 * the 三公's parts or among parts listed with ； between (OTHERS_PAST_CLAUSE), the total may be either: unread.
 * Named with an amount of theirs: in a reason after the parts (…公务接待费0.20万元，主要原因是严格控制会议费和培训费支出)
 * they are no part, the total the 三公's own (review h251: a right one was a 错误, on a table without them a wrong one unread).
 */
export const MEETING_TRAINING_PART = '(?:会议费|培训费)(?:支出)?(?:年初预算|全年预算|预算|决算)?数?(?:为|是)?[:：]?[-\\d]';
const OTHERS_AMONG_PARTS = new RegExp(`^[^。;；]*其中[^。;；]*${MEETING_TRAINING_PART}`);
const OTHERS_PAST_CLAUSE = new RegExp(`^[^。;；]*其中[^。]*${MEETING_TRAINING_PART}`);

/** Whether the words after an amount list 会议费 or 培训费 in its sentence's 其中 (OTHERS_PAST_CLAUSE): a 三公 total may be theirs too. */
export function othersListedAfter(after: string): boolean {
  return OTHERS_PAST_CLAUSE.test(after);
}

/** 公务用车购置及运行维护费's 决算: table 07's 小计, or its parts' sum (threePublicCell). */
const vehicles: Lookup = (rec) => {
  const t7 = rec.tables.threePublicCosts;
  return t7 ? namedFigure(t7, threePublicCell(t7, 'actual', 'vehicles')) : undefined;
};

/**
 * 机关运行经费 as the 公开说明 states it (narrative/sections/otherMatters.ts): a 行政单位's or 参公事业单位's is its 公用经费
 * (table 06). A 混合 department's or a 事业单位's is no table 06 figure (DOMAIN §4): the 说明数据's 本年数 where the
 * accountant typed one in its sheet, else table 07's 机关运行经费 column where it prints one (上海's districts: the office-cost
 * rule holds the two to each other; a 事业单位's 0 there is none). A 事业单位's with neither stays uncompared: it has none
 * (DOMAIN §1), and a text that states one may mean its 公用经费 by the word, which is no wrong figure to call 错误. Without a
 * 单位性质 which one it is is not known. (A 本年数 from a JSON 说明数据 has no cell to name: not compared.)
 */
const officeCost: Lookup = (rec, supplement) => {
  const kind = supplement.单位性质?.value;
  if (kind === '行政单位' || kind === '参公事业单位') return at('generalBudgetBasic', 'publicTotal', 'amount')(rec, supplement);
  if (kind !== '混合' && kind !== '事业单位') return undefined;
  const typed = supplement.指标.get('机关运行经费')?.本年数;
  // Before helper-h202 a 事业单位's was compared with nothing, and table 07's column with nothing for either.
  if (typed === undefined) {
    const printed = at('threePublicCosts', 'actual', 'officeCost')(rec, supplement);
    // A 事业单位's 0 (or blank) there is its having none: a text's 机关运行经费 is then its 公用经费 by the word, as with
    // neither (held to the 0, a 事业单位's right 公用经费 was a 错误; helper-h203).
    return kind === '事业单位' && printed?.fen === 0 ? undefined : printed;
  }
  if (typed.source.kind !== 'cell') return undefined;
  const fen = toFen(typed.value, '万元');
  return { cents: centsOfFen(fen), fen, unit: '万元', cell: typed.source.cell, table: '说明数据的机关运行经费本年数' };
};

/** 公务用车购置 and 运行维护费 joined by 和, 与 or 及 (公务用车购置和运行维护费, 公务用车购置费及运行维护费), not the one name with 及. */
const VEHICLE_JOINED: readonly string[] = ['购置', '购置费'].flatMap((head) =>
  ['和', '与', '及'].flatMap((joiner) => ['运行维护费', '运行费'].map((tail) => `公务用车${head}${joiner}${tail}`)),
).filter((l) => l !== '公务用车购置及运行维护费' && l !== '公务用车购置及运行费');

/**
 * Labels the text uses for figures of the tables (normalised spelling), and the figure each names. Longer labels
 * win where labels overlap (财政拨款收入总计 over 收入总计).
 */
export const LABELS: readonly (readonly [string, Lookup])[] = [
  ['财政拨款收入支出总计', at('fiscalSummary', 'grandTotal', 'amount', 'income')],
  ['财政拨款收支总计', at('fiscalSummary', 'grandTotal', 'amount', 'income')],
  // 四川, 重庆, 江苏: 收、支总计; the 中央 template: 财政拨款收入、支出总计各…, …决算总计均为… (helper-80: unread).
  ['财政拨款收、支总计', at('fiscalSummary', 'grandTotal', 'amount', 'income')],
  ['财政拨款收入、支出总计', at('fiscalSummary', 'grandTotal', 'amount', 'income')],
  ['财政拨款收入、支出决算总计', at('fiscalSummary', 'grandTotal', 'amount', 'income')],
  // The 中央 template's words: 收入、支出决算总计…, 财政拨款收入支出决算总计….
  ['财政拨款收入支出决算总计', at('fiscalSummary', 'grandTotal', 'amount', 'income')],
  // 新疆 (乌鲁木齐市政务服务中心 2023): 收入支出总体与上年相比，增加58.21万元，增长15.46%: the 总计's change (helper-h227: unread,
  // a wrong one passed).
  ['财政拨款收入支出总体', at('fiscalSummary', 'grandTotal', 'amount', 'income')],
  ['财政拨款支出决算总计', at('fiscalSummary', 'grandTotal', 'total', 'expenditure')],
  ['财政拨款收入总计', at('fiscalSummary', 'grandTotal', 'amount', 'income')],
  ['财政拨款支出总计', at('fiscalSummary', 'grandTotal', 'total', 'expenditure')],
  ['财政拨款本年收入', at('fiscalSummary', 'yearIncome', 'amount', 'income')],
  ['财政拨款本年支出', at('fiscalSummary', 'yearExpenditure', 'total', 'expenditure')],
  // The words the other way round (甘肃, 青海: 其中：本年财政拨款支出…, 年末财政拨款结转和结余…): unread, a wrong one passed.
  // (本年财政拨款收入 is read as 财政拨款收入 with 本年 before it.)
  ['本年财政拨款支出', at('fiscalSummary', 'yearExpenditure', 'total', 'expenditure')],
  // Without 本年 (2023年度财政拨款支出…): only standing alone (STANDALONE_LABELS); 其中财政拨款支出… is a part's.
  ['财政拨款支出', at('fiscalSummary', 'yearExpenditure', 'total', 'expenditure')],
  ['年初财政拨款结转和结余', at('fiscalSummary', 'openingBalance', 'amount', 'income')],
  ['年末财政拨款结转和结余', at('fiscalSummary', 'closingBalance', 'total', 'expenditure')],
  ['一般公共预算财政拨款收入', at('summary', 'fiscalGeneralBudget', 'amount', 'income')],
  ['政府性基金预算财政拨款收入', at('summary', 'fiscalGovFund', 'amount', 'income')],
  ['国有资本经营预算财政拨款收入', at('summary', 'fiscalStateCapital', 'amount', 'income')],
  ['政府性基金预算财政拨款支出', at('fiscalSummary', 'yearExpenditure', 'govFund', 'expenditure')],
  ['国有资本经营预算财政拨款支出', at('fiscalSummary', 'yearExpenditure', 'stateCapital', 'expenditure')],
  ['一般公共预算财政拨款基本支出', at('generalBudgetExpenditure', 'total', 'basic')],
  ['一般公共预算财政拨款项目支出', at('generalBudgetExpenditure', 'total', 'project')],
  // Without the fund's words (江西, the 中央 template: 财政拨款基本支出…): 05's, with 08's and 09's (fiscalPart).
  ['财政拨款基本支出', fiscalPart('basic')],
  ['财政拨款项目支出', fiscalPart('project')],
  // 甘肃 (天水市幼儿园 2017): 一般公共预算财政拨款支出总计1741.75万元, table 05's 合计 (unread, a wrong one passed: helper-h189).
  ['一般公共预算财政拨款支出总计', at('generalBudgetExpenditure', 'total', 'total')],
  ['一般公共预算财政拨款支出', at('generalBudgetExpenditure', 'total', 'total')],
  // 内蒙古's headings and text drop 财政拨款 (一般公共预算基本支出645.23万元): the same figures; unread, a wrong one passed.
  ['一般公共预算基本支出', at('generalBudgetExpenditure', 'total', 'basic')],
  ['一般公共预算项目支出', at('generalBudgetExpenditure', 'total', 'project')],
  ['一般公共预算支出', at('generalBudgetExpenditure', 'total', 'total')],
  ['收入支出总计', at('summary', 'grandTotal', 'amount', 'income')],
  ['收入支出总体', at('summary', 'grandTotal', 'amount', 'income')],
  ['收支总计', at('summary', 'grandTotal', 'amount', 'income')],
  ['收、支总计', at('summary', 'grandTotal', 'amount', 'income')],
  ['收入支出决算总计', at('summary', 'grandTotal', 'amount', 'income')],
  ['收入决算总计', at('summary', 'grandTotal', 'amount', 'income')],
  ['支出决算总计', at('summary', 'grandTotal', 'amount', 'expenditure')],
  ['收入总计', at('summary', 'grandTotal', 'amount', 'income')],
  ['支出总计', at('summary', 'grandTotal', 'amount', 'expenditure')],
  ['本年收入合计', at('summary', 'yearIncome', 'amount', 'income')],
  ['本年支出合计', at('summary', 'yearExpenditure', 'amount', 'expenditure')],
  ['本年收入', at('summary', 'yearIncome', 'amount', 'income')],
  ['本年支出', at('summary', 'yearExpenditure', 'amount', 'expenditure')],
  // Without 本年 (2022年度收入合计…, 部门支出合计…): only standing alone (STANDALONE_LABELS).
  ['收入合计', at('summary', 'yearIncome', 'amount', 'income')],
  ['支出合计', at('summary', 'yearExpenditure', 'amount', 'expenditure')],
  // 2022年度本单位总收入1372.79万元，总支出1488.29万元: the year's, or the 总计 (ALTERNATIVES); only standing alone, as
  // 收入合计 (占总收入的… states no amount). Unread, a wrong one passed (helper-h105).
  ['总收入', at('summary', 'yearIncome', 'amount', 'income')],
  // 本单位收入为1372.79万元 (广西 梧州 2020): the department's income, the year's or the 总计 (ALTERNATIVES, as 总收入): a
  // figure that is neither is wrong whichever it means. Not before 合计/总计 (本单位收入合计…: 收入合计's own, held to the
  // year's alone). Unread, a wrong one passed (helper-h189, h202).
  ['本单位收入', at('summary', 'yearIncome', 'amount', 'income')],
  ['本部门收入', at('summary', 'yearIncome', 'amount', 'income')],
  ['总支出', at('summary', 'yearExpenditure', 'amount', 'expenditure')],
  // Also as table 01 and the 2023 forms of several regions name them (梧州 2023: 使用非财政拨款结余(含专用结余)0.00 万元, 上年结转和
  // 结余 8.02 万元): unread, a wrong one passed (helper-h201).
  ['使用非财政拨款结余(含专用结余)', at('summary', 'useOfNonFiscalSurplus', 'amount', 'income')],
  ['使用非财政拨款结余', at('summary', 'useOfNonFiscalSurplus', 'amount', 'income')],
  ['年初结转和结余', at('summary', 'openingBalance', 'amount', 'income')],
  ['上年结转和结余', at('summary', 'openingBalance', 'amount', 'income')],
  ['年末结转和结余', at('summary', 'closingBalance', 'amount', 'expenditure')],
  // Without 和, as table 01 may print them (西藏 区党委政法委 2024: 本年收入7477.5万元；年初结转结余84.95万元): unread, a wrong one
  // passed (helper-h335). In a sentence about 财政拨款 or a fund table's, theirs (FISCAL_CONTEXT, fundLabel).
  ['年初结转结余', at('summary', 'openingBalance', 'amount', 'income')],
  ['上年结转结余', at('summary', 'openingBalance', 'amount', 'income')],
  ['年末结转结余', at('summary', 'closingBalance', 'amount', 'expenditure')],
  ['结余分配', at('summary', 'surplusDistribution', 'amount', 'expenditure')],
  ['财政拨款收入', at('income', 'total', 'fiscal')],
  ['上级补助收入', at('income', 'total', 'superiorSubsidy')],
  ['事业收入', at('income', 'total', 'businessIncome')],
  ['经营收入', at('income', 'total', 'operatingIncome')],
  ['附属单位上缴收入', at('income', 'total', 'affiliateRemittance')],
  ['其他收入', at('income', 'total', 'otherIncome')],
  ['基本支出', at('expenditure', 'total', 'basic')],
  ['项目支出', at('expenditure', 'total', 'project')],
  ['上缴上级支出', at('expenditure', 'total', 'remittanceToSuperior')],
  ['经营支出', at('expenditure', 'total', 'operatingExpenditure')],
  ['对附属单位补助支出', at('expenditure', 'total', 'subsidyToAffiliates')],
  ['机关运行经费', officeCost],
  ['人员经费', at('generalBudgetBasic', 'personnelTotal', 'amount')],
  ['公用经费', at('generalBudgetBasic', 'publicTotal', 'amount')],
  ['三公经费合计', threePublicTotal],
  ['三公经费财政拨款支出', threePublicTotal],
  // 公共财政拨款, the 一般公共预算's name before 2015 (福州长乐区 2017: “三公”经费公共财政拨款支出1360.13万元，比上年减少…): read as
  // the 财政拨款支出 total's before (helper-257: its change went unread, a wrong one passed).
  ['三公经费公共财政拨款支出', threePublicTotal],
  ['三公经费支出决算', threePublicTotal],
  // Spent, as a 预算 is executed (山西 省级 2020: 2019年“三公”经费执行支出2.52亿元，比预算减少1.08亿元; “三公”经费实际支出…): unread,
  // a wrong total and its 比预算减少 passed (helper-h320).
  ['三公经费执行支出', threePublicTotal],
  ['三公经费实际支出', threePublicTotal],
  // The total as departments also write it: “三公”经费支出…, 财政拨款“三公”经费支出…, “三公”经费…, (占)“三公”经费的….
  ['三公经费支出', threePublicTotal],
  ['三公经费', threePublicTotal],
  ['因公出国(境)费', at('threePublicCosts', 'actual', 'overseasTravel')],
  // 中央决算's wording (2015: 因公出国（境）经费17.44亿元，比预算数减少1.94亿元): unread, a wrong one passed (helper-h242).
  ['因公出国(境)经费', at('threePublicCosts', 'actual', 'overseasTravel')],
  ['公务用车购置及运行维护费', vehicles],
  ['公务用车购置及运行费', vehicles],
  // Without 费, before a connector as 公务用车运行维护 is (山西 省级 2020 wording: 公务用车购置及运行维护支出1.64亿元; 公务用车购置及运行
  // 支出…): unread, a wrong one passed (helper-h330).
  ['公务用车购置及运行维护', vehicles],
  ['公务用车购置及运行', vehicles],
  // Bare, in a clause after one about 公务用车 (广东 湛江市委宣传部 2017: 公务用车保有量2辆，购置及运行维护费5万元: unread, a wrong one
  // passed; helper-h200): VEHICLES_NAMED_BEFORE.
  ['购置及运行维护费', vehicles],
  // Its two parts joined by 和 (公务用车购置和运行维护费4.79万元, 公务用车购置费和运行维护费…): the vehicles' whole, table 07's
  // 购置费 plus 运行维护费 (unread, a wrong one passed: helper-h233).
  ...VEHICLE_JOINED.map((l) => [l, vehicles] as const),
  ['公务用车购置费', at('threePublicCosts', 'actual', 'vehiclePurchase')],
  ['公务用车运行维护费', at('threePublicCosts', 'actual', 'vehicleOperation')],
  ['公务用车运行费', at('threePublicCosts', 'actual', 'vehicleOperation')],
  ['公务接待费', at('threePublicCosts', 'actual', 'reception')],
  // Spellings departments use, each a label only before a connector (支出, 为…): `公务用车运行维护支出4.69万元`.
  ['因公出国费', at('threePublicCosts', 'actual', 'overseasTravel')],
  ['因公出国(境)', at('threePublicCosts', 'actual', 'overseasTravel')],
  ['公务用车运行维护', at('threePublicCosts', 'actual', 'vehicleOperation')],
  // 广西 (梧州 2020): `公务用车运行支出3.98万元` beside `公务用车购置支出0万元` (unread, a wrong one passed: helper-h189).
  ['公务用车运行', at('threePublicCosts', 'actual', 'vehicleOperation')],
  ['公务用车购置', at('threePublicCosts', 'actual', 'vehiclePurchase')],
  // 海南 (海口市中级人民法院 2021): `公务用车(含执勤执法用车)运行支出57.36万元`, the 执法执勤 cars named inside the label (table 07's
  // 公务用车 counts them); and `国内接待费支出0.18万元`. Unread, a wrong one passed (helper-h210).
  // Its 购置 and the whole 公务用车 named so too (公务用车(含执勤执法用车)购置及运行维护费…): only 运行 read, a wrong one of the others
  // passed (helper-h213).
  ...['执勤执法', '执法执勤'].flatMap((kind) => [
    ...(['购置及运行维护费', '购置及运行费'] as const).map((tail) => [`公务用车(含${kind}用车)${tail}`, vehicles] as const),
    ...(['购置费', '购置'] as const).map((tail) => [`公务用车(含${kind}用车)${tail}`, at('threePublicCosts', 'actual', 'vehiclePurchase')] as const),
    ...(['运行维护费', '运行维护', '运行费', '运行'] as const).map((tail) => [`公务用车(含${kind}用车)${tail}`, at('threePublicCosts', 'actual', 'vehicleOperation')] as const),
  ]),
  // The funds named bare, in brackets after a 财政拨款 amount (浙江: 包括财政拨款收入4352.47万元（其中，一般公共预算4352.47万元，政府性基金
  // 预算0万元，国有资本经营预算0万元）; 钱塘区行政审批局 2021): its parts, read only there (FUND_ASIDE, in specificLabel). Unread, a wrong one passed
  // (helper-h223).
  ['一般公共预算', at('summary', 'fiscalGeneralBudget', 'amount', 'income')],
  ['政府性基金预算', at('summary', 'fiscalGovFund', 'amount', 'income')],
  ['国有资本经营预算', at('summary', 'fiscalStateCapital', 'amount', 'income')],
  // 陕西's table 07 prints 会议费 and 培训费 beside the 三公 (…“三公”经费及会议费、培训费支出决算表; 柞水县审计局 2020, its §三
  // “三公”经费、培训费及会议费支出情况说明): read only there (MEETING_TRAINING), their 决算 column's (unread, a wrong one passed:
  // helper-h238).
  ['会议费', at('threePublicCosts', 'actual', 'meeting')],
  ['培训费', at('threePublicCosts', 'actual', 'training')],
  ['国内公务接待费', at('threePublicCosts', 'actual', 'reception')],
  ['国内公务接待', at('threePublicCosts', 'actual', 'reception')],
  ['国内接待费', at('threePublicCosts', 'actual', 'reception')],
  ['公务接待', at('threePublicCosts', 'actual', 'reception')],
];

/**
 * The same quantity in another table, where the tables repeat it (table 04 mirrors table 05's 合计 and table 02's
 * 财政拨款收入). A text figure equal to one table and 0.01 off the other is a 尾差 of the tables, not an error.
 */
export const MIRRORS: Readonly<Record<string, readonly Lookup[]>> = {
  一般公共预算财政拨款支出: [at('fiscalSummary', 'yearExpenditure', 'generalBudget', 'expenditure')],
  一般公共预算财政拨款收入: [at('fiscalSummary', 'generalBudget', 'amount', 'income')],
  政府性基金预算财政拨款收入: [at('fiscalSummary', 'govFund', 'amount', 'income')],
  国有资本经营预算财政拨款收入: [at('fiscalSummary', 'stateCapital', 'amount', 'income')],
  政府性基金预算财政拨款支出: [at('govFund', 'total', 'yearExpenditure')],
  国有资本经营预算财政拨款支出: [at('stateCapital', 'total', 'yearExpenditure')],
  财政拨款收入: [at('fiscalSummary', 'yearIncome', 'amount', 'income')],
  财政拨款本年收入: [at('income', 'total', 'fiscal')],
  本年收入合计: [at('income', 'total', 'yearIncome')],
  本年收入: [at('income', 'total', 'yearIncome')],
  本年支出合计: [at('expenditure', 'total', 'yearExpenditure')],
  本年支出: [at('expenditure', 'total', 'yearExpenditure')],
};

/**
 * What a plain label may also mean where the text speaks of one fund only: §六 of 一般公共预算财政拨款基本支出 writes
 * `2022年度基本支出645.23万元` for table 05's 基本支出, not the whole department's (table 03, 770.07). A figure equal
 * to one of these is no error; one equal to none is compared with the label's own figure.
 */
export const ALTERNATIVES: Readonly<Record<string, readonly Lookup[]>> = {
  基本支出: [at('generalBudgetExpenditure', 'total', 'basic')],
  项目支出: [at('generalBudgetExpenditure', 'total', 'project')],
  总收入: [at('summary', 'grandTotal', 'amount', 'income')],
  本单位收入: [at('summary', 'grandTotal', 'amount', 'income')],
  本部门收入: [at('summary', 'grandTotal', 'amount', 'income')],
  总支出: [at('summary', 'grandTotal', 'amount', 'expenditure')],
};

/**
 * A period of several years a sum is over (2019年至2022年, “十三五”期间, 近三年, 自2019年以来, 三年来, 近年来, 历年): an amount
 * after 累计 in its sentence is no figure of this year's tables (namedAmounts; text-figures' 合计, 共计 too).
 */
// Two years listed (2021年、2022年…累计; 2021年度和2022年度…) and “十四五”以来 too (helper-h124: read as this year's, a 错误);
// not two compared (2022年和2021年相比，收入总计…: this year's).
export const YEARS_PERIOD = '(?:\\d{4}年?度?(?:至|到|—|-|－|~|～)\\d{4}年|\\d{4}年度?(?:、|和)\\d{4}年(?!度?(?:相比|比较|对比))|十[一二三四]五.{0,2}(?:期间|时期|以来)|近[两二三四五六七八九十]年|\\d{4}年度?(?:以来|起)|[两二三四五六七八九十几多近]年(?:来|以来|间)|历年)';
const OVER_YEARS_BEFORE = new RegExp(`${YEARS_PERIOD}(?:(?!\\d{4}年)[^;；。])*$`);

/**
 * Words allowed between a label and its amount: `收入总计1,488.29万元`, `公务接待费支出0.20万元`, `收入总计为…`, `…共计…`,
 * `收入、支出总计均为…` and `…各1,488.29万元` (both totals one figure: 支出总计's is read), and the amount in brackets after its label
 * (`人员经费（577.84万元）`, folded to ASCII brackets).
 */
// 累计 too (“三公”经费累计支出3.01万元, 公务接待费累计0.20万元: the year's in total; helper-h122, unread, a wrong one passed); a sum
// over several years (2019年至2022年…累计…) namedAmounts leaves (OVER_YEARS_BEFORE). 共 and 合计共 too (因公出国（境）费和公务接待费
// 共1.70万元: the list's sum, SUM_WORD; helper-h236, unread, a wrong one passed); 支出合计 and 支出共计 (人员经费和公用经费支出合计…;
// helper-h238, unread).
export const CONNECTOR = '(?:支出决算数为|支出决算为|支出决算数|支出决算|决算数为|决算为|决算数|决算|累计支出为|累计支出|累计为|累计|支出合计为|支出合计|支出共计为|支出共计|支出为|支出|合计共计|合计共|合计为|合计|共计为|共计|共为|共|总计为|总额为|均为|各为|各|为|是|达到|达)?:?\\(?';

/**
 * In a sentence about 政府性基金 or 国有资本经营 (§八, §九: "政府性基金预算财政拨款年初结转和结余…，本年收入…，本年支出…
 * （基本支出…，项目支出…），年末结转和结余…"), the plain labels name the 合计 row of that fund's table.
 */
const FUNDS: readonly [string, 'govFund' | 'stateCapital'][] = [
  ['政府性基金', 'govFund'],
  ['国有资本经营', 'stateCapital'],
];

/** A figure of table 08's or 09's 合计 row, or table 04's copy where the table does not print its column. */
const fundTotalAt = (fund: FundTableId, column: string): Lookup => (rec) => {
  const found = fundTotal(rec.tables, fund, column);
  return found && namedFigure(found.table, found.figure);
};

function fundLabel(label: string, before: string): readonly [string, Lookup] | undefined {
  // 年初结转结余 as 年初结转和结余 (the table-01 labels without 和): a fund table's in a sentence about that fund.
  const column = FUND_COLUMN_BY_NAME[label] ?? FUND_COLUMN_BY_NAME[label.replace('结转结余', '结转和结余')];
  const fund = column ? FUNDS.find(([words]) => before.includes(words)) : undefined;
  return fund && column ? [`${fund[0]}${label}`, fundTotalAt(fund[1], column)] : undefined;
}

/** 收入总计 of a sentence about 财政拨款 (上海: 财政拨款收入总计…，支出总计…) is the 财政拨款 one. */
const FISCAL_CONTEXT: Readonly<Record<string, string>> = {
  收支总计: '财政拨款收支总计',
  '收、支总计': '财政拨款收、支总计',
  收入总计: '财政拨款收入总计',
  支出总计: '财政拨款支出总计',
  // The 中央 template: 财政拨款收入、支出决算总计… (the 、 splits the label: 支出决算总计 is read).
  收入决算总计: '财政拨款收入支出决算总计',
  支出决算总计: '财政拨款支出决算总计',
  本年收入: '财政拨款本年收入',
  本年支出: '财政拨款本年支出',
  收入合计: '财政拨款本年收入',
  支出合计: '财政拨款本年支出',
  // 四川: 2022年财政拨款收入总计…，其中：2022年收入合计…，年初结转和结余…: table 04's, not table 01's (all funds'); held to table
  // 01's, a right sentence was a 错误 wherever a department carried funds of its own over (helper-h201).
  年初结转和结余: '年初财政拨款结转和结余',
  上年结转和结余: '年初财政拨款结转和结余',
  年末结转和结余: '年末财政拨款结转和结余',
  年初结转结余: '年初财政拨款结转和结余',
  上年结转结余: '年初财政拨款结转和结余',
  年末结转结余: '年末财政拨款结转和结余',
};

/**
 * 公务用车 named in the clause before, a bare 购置及运行维护费 opening its own (公务用车保有量2辆，购置及运行维护费…): the vehicles'.
 * Elsewhere (办公设备购置及运行维护费) it is no 三公 figure.
 */
const VEHICLES_NAMED_BEFORE = /公务用车[^。;；,，]*[,，]$/;

/**
 * The brackets a 财政拨款 amount's funds are listed in (财政拨款收入4352.47万元（其中，一般公共预算…）), open before a bare fund's
 * name: group 1 收入 or 支出. Elsewhere 一般公共预算… names no figure of the tables.
 */
const FUND_ASIDE = new RegExp(`财政拨款(?:本年)?(收入|支出)(?:合计)?(?:为|是)?${MONEY}\\((?:其中)?[:：,，]?[^()]*$`);
/**
 * The brackets a bare fund's name stands in (FUND_ASIDE), where the 财政拨款 amount is this year's: not one of another year
 * (2020年度财政拨款收入…（其中，一般公共预算…）, 上年…, 年初…) nor a budget's. A year where the document's is unknown is taken
 * for it, as specificLabel takes the 财政拨款 amount's (rejected, 2024年度财政拨款收入…（其中，一般公共预算…） read its amount and
 * left the funds unread; helper-h230).
 */
function fundAside(before: string, year: number | undefined): RegExpExecArray | undefined {
  const aside = FUND_ASIDE.exec(before);
  if (!aside) return undefined;
  const clause = before.slice(0, aside.index).split(/[,，;；。:：]/).pop() ?? '';
  if (/上年|年初|预算|同期/.test(clause)) return undefined;
  if (year !== undefined && [...clause.matchAll(/(\d{4})年/g)].some((m) => Number(m[1]) !== year)) return undefined;
  return aside;
}
/** The bare funds' figures in such brackets: of 财政拨款收入, table 01's; of 财政拨款支出, table 04's 本年支出合计 by fund. */
const FUND_ASIDE_LOOKUPS: Readonly<Record<string, { readonly 收入: Lookup; readonly 支出: Lookup }>> = {
  一般公共预算: { 收入: at('summary', 'fiscalGeneralBudget', 'amount', 'income'), 支出: at('fiscalSummary', 'yearExpenditure', 'generalBudget', 'expenditure') },
  政府性基金预算: { 收入: at('summary', 'fiscalGovFund', 'amount', 'income'), 支出: at('fiscalSummary', 'yearExpenditure', 'govFund', 'expenditure') },
  国有资本经营预算: { 收入: at('summary', 'fiscalStateCapital', 'amount', 'income'), 支出: at('fiscalSummary', 'yearExpenditure', 'stateCapital', 'expenditure') },
};
/** The department's income named by whose it is (本单位收入…), not by which total: ALTERNATIVES lets it be either. */
const OWN_INCOME = new Set(['本单位收入', '本部门收入']);

/**
 * Labels that name the department's totals only opening a sentence or a clause after ；, or after its year or its name
 * (2022年度收入合计…, 部门支出合计…), and 支出合计 right after such a 收入合计 (收入合计…，支出合计…): elsewhere they are
 * another thing's total (人员经费支出合计; 财政拨款收入合计…，支出合计…; …项目支出718.22万元，支出合计…; review44).
 */
const STANDALONE_LABELS = new Set(['收入合计', '支出合计', '财政拨款支出', '总收入', '总支出']);

/**
 * 会议费 and 培训费 as table 07's items: in a sentence about neither 人员经费/公用经费 (table 06's 款 30215, 30216 by the same
 * names), nor a project, nor its 绩效 (a project's 培训费), and as the department's whole item: after no qualifier of its
 * own (干部培训费, 业务培训费: a part of it), only after a joiner, a punctuation mark or the year (2020年度培训费…).
 */
const MEETING_TRAINING = new Set(['会议费', '培训费']);
// Or about table 06's 款 under other words: 商品和服务支出, the 机关运行经费, or among their other 款 (办公费…, 差旅费…;
// review h245: held to table 07, a right list was a 错误). Those 款 only before it or with an amount of their own: named
// after it as what it paid for (培训费支出2.40万元，主要用于…住宿费和差旅费) they make no list (review h251: a wrong one unread).
const MEETING_TRAINING_ELSEWHERE = /人员经费|公用经费|项目|绩效|基本支出|商品和服务|机关运行经费/;
const OTHER_ITEMS = /办公费|印刷费|邮电费|差旅费|水电费|物业管理费/;
const OTHER_ITEMS_LISTED = new RegExp(`(?:${OTHER_ITEMS.source})(?:支出)?(?:为|是)?[:：]?[-\\d]`);
const MEETING_TRAINING_AFTER = /(?:^|[^\u4e00-\u9fa5]|[、和及与]|年度?|其中)$/;
// 全年 only opening a clause: a project's 全年支出合计 is no department's (review47).
const STANDALONE_START = '(?:^|[。;；]|\\d{4}年度?[,，]?|本年度[,，]?|(?:^|[。;；,，])全年|部门|单位)';
const STANDALONE_BEFORE = new RegExp(`${STANDALONE_START}$`);
const AFTER_STANDALONE_INCOME = new RegExp(`${STANDALONE_START}(?:收入合计|总收入)(?:为|是)?${MONEY}[,，]$`);
// 2022年度财政拨款收入1363.45万元，财政拨款支出1363.45万元 (重庆, 湖北): the year's, as the income before it is (helper-h105: unread).
const AFTER_FISCAL_INCOME = new RegExp(`${STANDALONE_START}(?:本年)?财政拨款收入(?:为|是)?${MONEY}[,，]$`);

// 支出合计 named with 收入 before it, both standing alone (2022年度本年收入、支出合计…; 收入和支出合计均为…): the two year's totals
// (sharersBefore), unread (helper-h254: a wrong 本年收入合计 passed).
const INCOME_HALF_ALONE = new RegExp(`${STANDALONE_START}(?:本年)?收入?(?:、|和|与|及)$`);

function standsAlone(label: string, before: string): boolean {
  if (STANDALONE_BEFORE.test(before)) return true;
  if (label === '财政拨款支出') return AFTER_FISCAL_INCOME.test(before);
  if (label === '支出合计' && INCOME_HALF_ALONE.test(before)) return true;
  return (label === '支出合计' || label === '总支出') && AFTER_STANDALONE_INCOME.test(before);
}

export interface NamedAmount {
  readonly label: string;
  readonly lookup: Lookup;
  readonly money: TextMoney;
  /** The stated amount in 0.01 万元 (rounded when the text is in 元). */
  readonly cents: Cents;
  readonly index: number;
  readonly end: number;
  /**
   * The other names the amount is stated for, one amount shared (2021年收入、支出总计均为1,801.23万元: 收入总计 beside the
   * 支出总计 read; 收入总计、支出总计均为…): each its label, of the same period as the one read.
   */
  readonly shared?: readonly { readonly label: string; readonly lookup: Lookup }[];
  /**
   * The year the text states the amount of apart from the label: in a list of two years' (2021年和2022年收入总计分别为…、…:
   * yearsListedAmounts), after a sum over years (…累计支出10.00万元，2022年度支出4.99万元).
   */
  readonly year?: number;
}

const LABEL_BY_NAME = new Map<string, Lookup>(LABELS);

/** The figure a label of the tables names (收入总计, 项目支出, …); undefined for words that are no label. */
export function lookupOf(label: string, headings?: readonly string[]): Lookup | undefined {
  // A fund named bare (一般公共预算) names a figure only in its brackets (specificLabel), none by its name alone (财政拨款支出中，
  // 一般公共预算比上年增加…: held to table 01's income, a right change was a 错误; helper-h230).
  // In a text under `headings`, the funds they say (lookupUnderHeadings).
  return FUND_ASIDE_LOOKUPS[label] ? undefined : lookupUnderHeadings(label, LABEL_BY_NAME.get(label), headings);
}

/** The figure a label of the tables names (LABELS), by the label as a whole; undefined for any other words. */
export function labelFigure(label: string, rec: Recognition, supplement: Supplement, headings?: readonly string[]): NamedFigure | undefined {
  return lookupOf(label, headings)?.(rec, supplement);
}

/** Whose money a name speaks of: the department's (all sources), 财政拨款, one of the three 财政拨款, or the rest. */
type Scope = 'all' | 'fiscal' | 'generalBudget' | 'govFund' | 'stateCapital' | 'nonFiscal';

/** The scope of a label's or a qualifier's words (table 06's 人员经费/公用经费 are 一般公共预算; 三公 are 财政拨款). */
const SCOPE_WORDS: readonly [RegExp, Scope][] = [
  [/一般公共/, 'generalBudget'],
  [/政府性基金/, 'govFund'],
  [/国有资本经营/, 'stateCapital'],
  [/非财政拨款/, 'nonFiscal'],
  [/财政拨款|三公|因公出国|公务用车|公务接待/, 'fiscal'],
  [/人员经费|公用经费/, 'generalBudget'],
];

function scopeOf(words: string): Scope {
  return SCOPE_WORDS.find(([re]) => re.test(words))?.[1] ?? 'all';
}

/** Whether an amount of scope `inner` is what a name of scope `outer` may mean (财政拨款 人员经费 is table 06's). */
function within(inner: Scope, outer: Scope): boolean {
  return inner === outer || outer === 'all' || (outer === 'fiscal' && (inner === 'generalBudget' || inner === 'govFund' || inner === 'stateCapital'));
}

const THREE_PUBLIC_LABEL = /三公|因公出国|公务用车|公务接待/;

/** Words right before a name that narrow it: 政府性基金(预算)(财政拨款), 国有资本经营…, 一般公共…, (非)财政拨款. */
const QUALIFIER = /(?:(一般公共|政府性基金|国有资本经营)(?:预算)?)?(非)?(财政拨款)?$/;

/** The qualifier that ends `before`, spelt as the labels spell it (政府性基金财政拨款 → 政府性基金预算财政拨款). */
function qualifierOf(before: string): { readonly text: string; readonly scope: Scope; readonly length: number } | undefined {
  const m = QUALIFIER.exec(before.slice(-16));
  if (!m || m[0] === '') return undefined;
  const text = `${m[1] ? `${m[1]}预算` : ''}${m[2] ?? ''}${m[3] ?? ''}`;
  // `length`: as written in the text (政府性基金财政拨款), which `text` may spell longer.
  return { text, scope: m[2] ? 'nonFiscal' : scopeOf(text), length: m[0].length };
}

/**
 * Words right before a label that make it a narrower quantity no table prints, read as the whole a correct sentence was
 * a 错误 (helper-85): 在职人员经费 and 离退休人员经费 (退休人员经费, 编外人员经费…) are parts of 人员经费, whatever their sum,
 * table 06 printing only the whole; the 人员经费 or 公用经费 of the 项目支出 (项目支出中人员经费…) are no part of table 06's
 * 基本支出; a part paid from one source (其他资金安排的基本支出, 其他收入安排的项目支出, 上年结转项目支出…) is no table's
 * (table 05's 一般公共预算 one is a label of its own); one unit's (UNIT_PART).
 */
const STAFF_PART = /(?:在职|在编|编外|聘用|临聘|离退休|离休|退休|遗属)(?:职工|干部)?(?:的)?$/;
/**
 * One unit of a department of several (机关本级公务接待费…，所属事业单位公务接待费…; 局机关基本支出…，下属单位基本支出…): the
 * tables are the department's whole, whatever the label.
 */
const UNIT_PART = /(?:机关本级|单位本级|(?<![\u4e00-\u9fa5])本级|[局部厅委办]机关|机关本部|下属(?:各)?单位|所属(?:各)?(?:事业|行政)?单位|直属(?:各)?单位|二级单位|基层单位)的?$/;
const IN_PROJECTS = /项目(?:支出)?(?:中|安排|列支)的?$/;
const SOURCE_PART = /(?:其他资金|其他收入|事业收入|经营收入|上级补助收入|附属单位上缴收入|自有资金|单位资金|非税收入|(?:上年|年初)结转(?:和结余|结余)?(?:资金)?)(?:安排|列支)?的?$/;
/**
 * 日常公用经费: table 06's 公用经费 in some documents (基本支出 = 人员经费 + 日常公用经费), in others a part of it (商品和
 * 服务支出, or that less the 三公 and 会议费…), no table printing which (helper-h128): ambiguous, it is not read as 公用经费
 * (held to table 06's total, a sentence that may be correct was a 错误). Its change's word is still held to the amounts written.
 */
const DAILY_PART = /日常$/;
/**
 * A balance of one part, right before table 01's balance (基本支出年末结转结余…, 项目支出年末结转和结余…, 某项目年初结转结余…,
 * 行政运行（2010301）年初结转结余…, 专项资金…), or the part of it a year used (使用年初结转结余…, 动用上年结转结余…): no
 * table's whole. Held to table 01's, a right text was a 错误 (review r336).
 */
const BALANCE_PART = /(?:基本支出|项目支出|项目|经费|资金|\)|使用|动用)(?:中|的)?$/;
/** Table 01's balances, with 和 and without (年初结转和结余, 年初结转结余…): BALANCE_PART, balanceOfFiscal. */
const BALANCES: ReadonlySet<string> = new Set(['年初', '上年', '年末'].flatMap((when) => [`${when}结转和结余`, `${when}结转结余`]));
const NARROWER: Readonly<Record<string, readonly RegExp[]>> = {
  人员经费: [STAFF_PART, IN_PROJECTS, SOURCE_PART],
  公用经费: [DAILY_PART, IN_PROJECTS, SOURCE_PART],
  基本支出: [SOURCE_PART],
  项目支出: [SOURCE_PART],
  ...Object.fromEntries([...BALANCES].map((label) => [label, [BALANCE_PART]])),
};

/**
 * An amount per head or per vehicle (人均公用经费2.04万元, 人均“三公”经费…, 在职人员人均人员经费…, 单车运行维护费…): no figure of
 * the tables, whatever the label (helper-h126: held to the total, a correct sentence was a 错误).
 */
const PER_HEAD = /(?:人均|生均|户均|车均|每人|每辆车?|单车|平均)的?["“”]?$/;

/**
 * A scope of the 三公 other than the department's 财政拨款 one table 07 holds (山西 省级: 全口径“三公”经费, all sources'; 行政单位“三公”
 * 经费, 事业单位…, the units of one kind): no figure of the tables (read as table 07's, a right text was a 错误; helper-h330). Not
 * 行政事业单位 (all the department's units).
 */
export const THREE_PUBLIC_SCOPE = /(?:全口径|(?<!行政)(?:行政|事业)单位)的?["“”]?$/;

/** Whether the words before `label` make it a narrower quantity (NARROWER): not the label's figure. */
export function narrowedBefore(label: string, before: string): boolean {
  return (
    UNIT_PART.test(before) ||
    PER_HEAD.test(before) ||
    (THREE_PUBLIC_LABEL.test(label) && THREE_PUBLIC_SCOPE.test(before)) ||
    (NARROWER[label]?.some((re) => re.test(before)) ?? false)
  );
}

/**
 * Whether `words` at this place of a text name themselves and not a more specific quantity: 财政拨款收入 in
 * 政府性基金(预算)财政拨款收入 does not (another label), nor 基本支出 in 财政拨款基本支出 (the 财政拨款 part of a
 * total of all sources); 人员经费 in 一般公共预算财政拨款人员经费 does (table 06's is that one).
 */
export function namesItself(before: string, words: string): boolean {
  if (narrowedBefore(words, before)) return false;
  const q = qualifierOf(before);
  if (!q) return true;
  if (LABEL_BY_NAME.has(q.text + words)) return false;
  // 一般公共预算财政拨款“三公”经费 is table 07's (its older title, as namedAmounts reads it): the 云南 and central wording
  // 一般公共预算财政拨款“三公”经费支出决算数比上年减少… named nothing, its change and rate unread (寻甸 2022; helper-h186).
  return within(scopeOf(words), q.scope) || (q.scope === 'generalBudget' && THREE_PUBLIC_LABEL.test(words));
}

/** The first amount a text states for exactly these words (`words` + connector + amount), not for a narrower name. */
export function statedFor(text: string, words: string, connector = CONNECTOR): TextMoney | undefined {
  for (const m of text.matchAll(new RegExp(`${escape(words)}${connector}${MONEY}`, 'g'))) {
    if (namesItself(text.slice(0, m.index), words)) return parseMoney(m[1]!, m[2]!);
  }
  return undefined;
}

/**
 * Words that may stand between a year (or 上年) and the name it dates: 上年决算收入总计, 上年度部门收入总计, 2021年度决算公用经费,
 * 上年实际公务接待费, 上年全年收入总计, 上年（2021年度）“三公”经费, 2021年，本单位收入总计 (review43, review47: each read as this
 * year's, a false 错误).
 */
const PERIOD_FILLER = '(?:决算数?|实际|全年|本部门|本单位|我单位|我部门|部门|同口径|\\(\\d{4}年度?\\))*(?:的)?';

/**
 * Words right before a name (and its qualifier) that make it another year's or the budget's quantity: 较上年收入总计
 * 1,801.23万元, 上年公务接待费支出, 年初预算收入总计, 年初预算安排公务用车运行维护费, 与2021年度收入总计 (a year compared with
 * is not this one). Compared with this year's 决算 they were false 错误.
 */
const OTHER_PERIOD = new RegExp(`(?:(?:上一?年度?|去年|同期|年初预算|全年预算|调整后?预算|预算)(?:数|的|安排)?|(?:与|较|比|同)\\d{4}年度?(?:的)?)${PERIOD_FILLER}$`);

/**
 * A budget's parts: the names after a 预算 with its amount and then 其中 or 分别, or after 预算(数)分别 (…预算为5.00万元，其中：
 * 因公出国（境）费0.00万元，公务用车购置及运行维护费4.80万元; 全年预算数分别为：…; 预算5.00万元（其中：…）; 年初预算中…, 年初预算1,206.34万元中…), with no 决算 between:
 * the budget's amounts, not this year's (review43: compared with the 决算, false 错误). The 其中 must follow the budget's
 * amount, and the parts end at ；, 实际 or 本年 (预算5.00万元，实际支出4.99万元，其中：… lists the 决算's: review44). A fund's
 * name (一般公共预算…, 政府性基金预算财政拨款…) and a rate of the budget (完成年初预算的…，其中…) are no budget stated. The
 * budget's amount in 亿元 too (“三公”经费预算3.49亿元，其中：因公出国（境）费0.40亿元…: its items were held to the 决算, three
 * 错误 on a right text; helper-h332).
 */
/** 预算 as a budget, not as part of a fund's name (一般公共预算…, 政府性基金预算财政拨款…). */
export const BUDGET_WORD = '(?<!一般公共|政府性基金|国有资本经营)预算(?!财政拨款)';
/** Whether a text speaks of a budget (BUDGET_WORD anywhere in it). */
export const BUDGET_SAID = new RegExp(BUDGET_WORD);

const BUDGET_PARTS = new RegExp(`${BUDGET_WORD}(?:数)?(?:安排)?(?:为|是)?:?(?:${NUMBER}(?:亿元|万元|元)(?:[,，(]?(?:其中|分别)|中)|分别|中(?!的))(?:(?!实际|本年)[^。;；决])*$`);

/** A year right before a name (`2021年度收入总计…`, `2021年的公用经费…`, `2021年度决算公用经费…`, `2021年，收入合计…`). */
const YEAR_BEFORE = new RegExp(`(\\d{4})年度?(?:的|[,，])?${PERIOD_FILLER}$`);

/** A 类, 款 or 项 named right before, with a colon or a year between (`(项):`, `(项)2022年度`). */
const AFTER_SUBJECT = /\([类款项]\)[:,，]?(?:\d{4}年度?)?$/;

/**
 * The year's flow of something other than the department: a project's, a kind of spending's (`…系统项目本年收入…`,
 * `“三公”经费本年支出…`, `人员经费本年支出…`), or any of a sentence about a project (§十一: 该项目全年预算数…，本年支出…;
 * …运维费项目：年初预算…，本年支出…), where 项目支出 is no project. Compared with table 01's 本年收入合计 / 本年支出合计 they were false 错误.
 */
const YEAR_FLOWS = new Set(['本年收入', '本年支出']);

/**
 * 人员经费 and 公用经费 of the department's 基本支出 of all sources (§三: 本年支出合计…，其中：基本支出770.07万元（其中人员
 * 经费…，公用经费…）): no table gives them (table 06's are 一般公共预算's, 645.23 of the 770.07), so they are not compared.
 */
const BASIC_PARTS = new Set(['人员经费', '公用经费']);
const ALL_SOURCES_BASIC = /(?<!财政拨款|预算)基本支出/;
const OTHER_OWNER = /(?:项目|经费|费)["”]?$/;
/**
 * A sentence about one project: it opens on it (该项目…, 本项目…), or names it as the subject of a budget or with a
 * colon, or with its own flow before (…运维费项目：年初预算…; …系统项目全年预算数…; …系统项目本年收入…，本年支出…). Not
 * 项目 anywhere before: a department named …重点项目建设服务中心, a reason (主要原因是项目经费减少；本年收入…) or 项目支出
 * speak of the department.
 */
const ONE_PROJECT = /^(?:[该本此]项目)|项目(?:[:：]|(?:全年|年初)?预算|本年(?:收入|支出))/;

/**
 * An amount of the label's kind that is only a part of it, or another year's: added to it in the year (年中追加人员经费
 * 100.00万元, 调增, 新增, 下达), paid once (一次性补发), contained in a figure (上年基本支出中含…, 收入总计包含经营收入…).
 * Right before the label; or, in a reason clause (主要原因…), anywhere after the word 原因, with last year's (上年有事业
 * 收入120.00万元). Compared with the table's whole they were false 错误 (review34: 新疆's 预决算差异原因 name them often).
 */
const PART_BEFORE = /(?:追加|追减|调增|调减|新增|下达|补发|一次性|包含|含)(?:了|的)?$/;
const PART_IN_REASON = /追加|追减|调增|调减|新增|下达|补发|一次性|包含|含|上一?年|去年/;

function partOfAnother(before: string): boolean {
  if (PART_BEFORE.test(before)) return true;
  // This year's, said so (…上年有经营收入，本年财政拨款收入…), is read.
  if (/本年度?$/.test(before)) return false;
  // The reason's own part of the sentence: up to a ；, after which another item is spoken of (…主要原因是：本年用车次数
  // 比上年增加；公务接待费支出0.30万元: read).
  const clause = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf(';')) + 1);
  const reason = clause.lastIndexOf('原因');
  return reason !== -1 && PART_IN_REASON.test(clause.slice(reason));
}

/**
 * A project's performance named before a 三公 amount, in its sentence or its section's heading (§十 项目绩效: …项目全年预算数…，
 * 执行数…，“三公”经费实际支出…; （三）项目支出绩效自评情况): that project's, no figure of table 07's whole (held to it, a right text
 * was a 错误; helper-h332). Not a heading about 绩效 alone (预算绩效情况说明): the department's whole may be spoken of there.
 */
const PROJECT_PERFORMANCE = /项目[^。]{0,12}绩效|绩效[^。]{0,6}项目/;
function projectsOwn(before: string, headings: readonly string[] | undefined): boolean {
  return opensOnOneProject(before) || (headings ?? []).some((h) => PROJECT_PERFORMANCE.test(h));
}

/**
 * Whether the words before a 三公 amount make it one project's (该项目…, 办公楼维修项目绩效自评中，…), for the 决算 (projectsOwn) and
 * the budget (budgetText's threePublicColumn) alike: the sentence's opening clause or the 三公's own clause names it. Not a reason
 * naming a project after the opening (…主要原因是严格执行项目预算，公务接待费…), nor an opening that is itself a reason or a manner
 * (因项目绩效管理加强，“三公”经费支出…; 严格执行项目预算，…: unread, a wrong total passed; review r337).
 */
export function opensOnOneProject(before: string): boolean {
  const opening = before.slice(before.lastIndexOf('。') + 1).split(/[,，;；]/)[0]!;
  // 由于项目调整，该项目“三公”经费预算3.00万元…: the project's own clause, after a reason (held to table 07, a 错误; review r337).
  if (/[该本此]项目[^,，;；。]*$/.test(before)) return true;
  return !REASON_OR_MANNER.test(opening) && (ONE_PROJECT.test(opening) || PROJECT_PERFORMANCE.test(opening));
}
const REASON_OR_MANNER = /由于|因(?!公出国)|原因|主要是|得益于|严格|加强/;

/**
 * Whether the 三公 its sentence names last before a 三公 item is one no figure of table 07 is (全口径“三公”经费支出8.00万元，其中：
 * 因公出国（境）费…; 机关本级“三公”经费…，其中公务接待费…): the item is that one's part (held to table 07's, a right text was a 错误;
 * helper-h332). 财政拨款“三公”经费… named after it speaks of table 07's again.
 */
function ofNarrowedThreePublic(before: string): boolean {
  const sentence = before.slice(before.lastIndexOf('。') + 1);
  // Up to a ；, after which the items are the whole's again (河南: 行政单位“三公”经费6.0亿元，下降10.0%；公务接待费2.3亿元…), unless
  // the clause opens on the parts (…8.00万元；其中：因公出国（境）费…).
  const clause = sentence.slice(Math.max(sentence.lastIndexOf('；'), sentence.lastIndexOf(';')) + 1);
  const words = OPENS_ON_PARTS.test(clause) ? sentence : clause;
  const at = words.lastIndexOf('三公');
  if (at <= 0 || !threePublicOfOtherScope(words.slice(0, at))) return false;
  // That one a part listed after 其中 of table 07's whole (“三公”经费支出4.99万元，其中行政单位“三公”经费3.00万元，事业单位…，
  // 公务接待费0.30万元): the items after it are the whole's parts as the units' are (unread, a wrong one passed; review r337).
  // Not where a 其中 or a bracket opened follows that part (…其中行政单位“三公”经费3.00万元，其中公务接待费0.10万元; …3.00万元
  // （公务接待费0.10万元）: its own items).
  const first = words.indexOf('三公');
  const partOfWhole = first < at && !threePublicOfOtherScope(words.slice(0, first)) && words.slice(first, at).includes('其中');
  return !partOfWhole || OWN_PARTS_AFTER.test(words.slice(at));
}

const OWN_PARTS_AFTER = /其中|[(（][^)）]*$/;

/**
 * Whether the words right before a 三公 name make it one no figure of table 07 is: another fund's alone (政府性基金“三公”经费…;
 * 一般公共预算及政府性基金… is table 07's older title), a part of the department or of all funds (行政单位…, 全口径…, 机关本级…,
 * 人均…: narrowedBefore).
 */
export function threePublicOfOtherScope(before: string): boolean {
  const words = before.replace(/["“”]+$/, '');
  return (OTHER_FUND_THREE_PUBLIC.test(words) && !/一般公共/.test(words)) || narrowedBefore('三公经费', words);
}
const OTHER_FUND_THREE_PUBLIC = /(?:政府性基金|国有资本经营|非财政拨款)(?:预算)?(?:财政拨款)?(?:安排)?的?$/;

/** 财政拨款基本支出/项目支出 of a sentence about 一般公共预算 alone (specificLabel). */
const GENERAL_BUDGET_PART: Readonly<Record<string, string>> = { 财政拨款基本支出: '一般公共预算财政拨款基本支出', 财政拨款项目支出: '一般公共预算财政拨款项目支出' };
const OTHER_FUND = /政府性基金|国有资本/;

/**
 * The label a text names at `index` and the figure it names: the most specific one. A qualifier right before the
 * label makes it the longer label (政府性基金财政拨款收入 → 政府性基金预算财政拨款收入), or in a sentence about a fund
 * that fund's table, or a quantity the tables do not give (undefined: not read). Without one, the sentence's
 * context (a fund, 财政拨款) may still narrow the plain label.
 */
function specificLabel(label: string, labelLookup: Lookup, before: string, year: number | undefined, headings?: readonly string[], previous?: string): readonly [string, Lookup] | undefined {
  // A fund named bare (一般公共预算…) names a figure only in the brackets after this year's 财政拨款 amount (FUND_ASIDE), the
  // amount's part; elsewhere none, whichever reader finds it (a 分别 list or a sum of it outside them, 财政拨款支出中，一般公共预算、
  // 政府性基金预算分别为…, was held to table 01's income: a right one was a 错误; helper-h230).
  const funds = FUND_ASIDE_LOOKUPS[label];
  const aside = funds && fundAside(before, year);
  if (funds && !aside) return undefined;
  const headless = aside ? funds[aside[1] as '收入' | '支出'] : labelLookup;
  if (narrowedBefore(label, before)) return undefined;
  if (THREE_PUBLIC_LABEL.test(label) && (projectsOwn(before, headings) || ofNarrowedThreePublic(before))) return undefined;
  // Right after a subject (`…(项)：本年支出41.90万元`) the label is that subject's figure, not the department's.
  if (AFTER_SUBJECT.test(before)) return undefined;
  if (YEAR_FLOWS.has(label) && (OTHER_OWNER.test(before) || ONE_PROJECT.test(before))) return undefined;
  if (BASIC_PARTS.has(label) && ALL_SOURCES_BASIC.test(before) && /本年支出|支出合计/.test(before) && !/财政拨款|一般公共/.test(before)) return undefined;
  // 财政拨款基本支出/项目支出 in a sentence about 一般公共预算 alone (2024年度一般公共预算财政拨款支出中，财政拨款项目支出…; …，其中：
  // 财政拨款基本支出…): that fund's, table 05's alone (read with 08's and 09's, a right text was a 错误; helper-h250).
  // A sentence naming another fund too: all funds' (05's with 08's and 09's); that fund alone: not 05's, unread.
  const general = GENERAL_BUDGET_PART[label];
  const sentence = before.slice(before.lastIndexOf('。') + 1);
  if (general && sentence.includes('一般公共预算') && !OTHER_FUND.test(sentence)) return [general, LABEL_BY_NAME.get(general)!];
  if (general && OTHER_FUND.test(sentence)) return sentence.includes('一般公共预算') ? [label, ALL_FUNDS_PART[label]!] : undefined;
  // Parts of another year's whole stated in the sentence before (上年财政拨款支出…。其中：财政拨款项目支出…): that year's, unread.
  if (general && carriedWholePeriod(sentence, previous, year) === 'other') return undefined;
  // A sentence naming no fund: the funds its section's heading names (江西's §四 一般公共预算…: table 05's; the 中央 template's §四
  // 财政拨款支出…: all funds'; §八 政府性基金…: not 05's, unread). Where none says, fiscalPart (unread where 08 or 09 spends on
  // that column: a wrong one passed under either heading before helper-h253).
  // One naming the whole 财政拨款 before it: all funds' (namesWholeFiscal), but under a heading about another fund alone, whose
  // 财政拨款 it may be (§八: unread as before).
  // Or the sentence before, where this one opens on its parts (财政拨款支出4174.61万元。其中：…财政拨款项目支出1065.60万元: carriesWholeFiscal).
  const wholeFiscal = general !== undefined && (namesWholeFiscal(sentence) || carriesWholeFiscal(sentence, previous, year)) && fundsOfHeadings(headings) !== 'otherFund';
  const lookup = general === undefined ? headless : wholeFiscal ? ALL_FUNDS_PART[label] : lookupUnderHeadings(label, headless, headings);
  if (!lookup) return undefined;
  const q = qualifierOf(before);
  const ahead = before.slice(0, before.length - (q?.length ?? 0)).slice(-16);
  // A label opening on 本年 (本年财政拨款支出) says this year's itself, as 本年 before a label does (partOfAnother).
  if (OTHER_PERIOD.test(ahead) || (!label.startsWith('本年') && partOfAnother(before.slice(0, before.length - (q?.length ?? 0))))) return undefined;
  if (BUDGET_PARTS.test(before.slice(before.lastIndexOf('。') + 1))) return undefined;
  // Another year named right before (`2021年度收入总计1,801.23万元`, last year's in a comparison): not this year's.
  const stated = YEAR_BEFORE.exec(ahead);
  if (stated && year !== undefined && Number(stated[1]) !== year) return undefined;
  const fund = fundLabel(label, before);
  if (q) {
    const longer = LABEL_BY_NAME.get(q.text + label);
    if (longer) return [q.text + label, longer];
    // Table 07 was titled 一般公共预算财政拨款“三公”经费支出决算表, and departments still write so (一般公共预算财政拨款“三公”
    // 经费支出4.99万元): table 07's figure. Unread, a wrong one passed (helper-h93).
    if (q.scope === 'generalBudget' && THREE_PUBLIC_LABEL.test(label)) return [label, lookup];
    return fund ?? (within(scopeOf(label), q.scope) ? [label, lookup] : undefined);
  }
  // 财政拨款 in the label's own clause (上海: 财政拨款收入总计…，支出总计…), not anywhere before it: `财政拨款收入1,363.45
  // 万元，收入总计1,488.29万元` names the department's 收入总计.
  const fiscal = FISCAL_CONTEXT[label];
  // The department's own, said so (…占部门收入总计…的, 比部门本年收入…): not 财政拨款's, whatever the sentence is about.
  if (fund === undefined && DEPARTMENTS_OWN.test(before)) return [label, lookup];
  if (fund) return fund;
  if (fiscal && fiscalClause(before)) return [fiscal, LABEL_BY_NAME.get(fiscal)!];
  const fiscalBalance = fiscal && balanceOfFiscal(label, before);
  if (fiscalBalance !== undefined) return fiscalBalance ? [fiscal, LABEL_BY_NAME.get(fiscal)!] : undefined;
  // A bare 基本支出/项目支出: the funds its section's heading names (BY_FUNDS: unread under another fund's), unless its sentence
  // is about the department's whole spending (DEPARTMENTS_SPENDING).
  const own = general === undefined && !DEPARTMENTS_SPENDING.test(sentence) ? lookupUnderHeadings(label, lookup, headings) : lookup;
  return own && [label, own];
}

/**
 * A sentence about the department's whole spending, naming its total and no fund (2024年度本年支出合计4540.11万元，其中：基本支出…，
 * 项目支出…): its bare 项目支出 is table 04's under any heading. Not a spending named otherwise: under §八 政府性基金…, 本单位项目支出
 * 145.60万元 and 财政拨款支出145.60万元，其中项目支出145.60万元 are the fund's (review r282: held to 04's 1,065.60, 错误).
 */
const DEPARTMENTS_SPENDING = /^(?!.*(?:财政拨款|政府性基金|国有资本|一般公共)).*支出(?:合计|总计)/;

/**
 * Whether the words before a label make it 财政拨款's: its own clause names 财政拨款, or the sentence speaks of a
 * 财政拨款 total (上海: 财政拨款收入总计X万元，支出总计Y万元). Another 财政拨款 figure before it does not
 * (`财政拨款收入1,363.45万元，收入总计1,488.29万元` names the department's 收入总计), nor 非财政拨款 (table 01's rows listed
 * with 、: …、使用非财政拨款结余115.5万元、年初结转和结余10万元 is table 01's; helper-h203, a right one was a 错误).
 */
function fiscalClause(before: string): boolean {
  const clauses = before.split(/[,，;；]/);
  return /(?<!非)财政拨款/.test(clauses[clauses.length - 1]!) || FISCAL_TOTAL.test(before);
}

/**
 * A balance of table 01 in a sentence (or a clause after ；) whose subject is 财政拨款 (§四: 2024年度财政拨款收入1363.45万元，
 * 年初结转结余0万元，本年支出…，年末结转结余0万元): 财政拨款's, table 04's (true); of 一般公共预算财政拨款, table 04's one fund, which
 * it prints in a column of no label: unread (false). Held to table 01's (all sources'), a right text was a 错误 where the
 * department carried money of its own (review r336). Not where 财政拨款 comes later (收入总计…，其中：财政拨款收入…，年初结转结余…:
 * the department's, undefined).
 */
const OPENS_ON_FISCAL = /^(?:\d{4}年度?|本年度?)?[,，]?(?:本部门|本单位|部门|单位)?(一般公共预算)?财政拨款/;
function balanceOfFiscal(label: string, before: string): boolean | undefined {
  if (!BALANCES.has(label)) return undefined;
  const opening = OPENS_ON_FISCAL.exec(before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf(';')) + 1).trim());
  return opening ? opening[1] === undefined : undefined;
}

const DEPARTMENTS_OWN = /(?:部门|单位|全部)(?:收入、?)?$/;

/**
 * The label a plain total names after the words `before` it in its sentence: 财政拨款's in a sentence about a 财政拨款 total,
 * as namedAmounts reads an amount there (四川: 2022年财政拨款收入总计…，其中：…，与2021年相比收入总计减少…), else itself.
 */
export function labelInContext(label: string, before: string): string {
  const fiscal = FISCAL_CONTEXT[label];
  return fiscal && !DEPARTMENTS_OWN.test(before) && fiscalClause(before) ? fiscal : label;
}

/** A 财政拨款 total as the provinces write it: 收入支出总计, 收支总计, 收、支总计, 收入、支出(决算)总计, 收入总计…. */
const FISCAL_TOTAL = /财政拨款(?:收入、?支出(?:决算)?总计|收、?支总计|收入总计|支出总计|本年收入|本年支出)/;

/**
 * A pattern of each label, by the amount pattern it reads (MONEY, or FIGURE_MONEY for text-figures): compiled once, and
 * given with its search position back at the start (each is global).
 */
function patternByLabel(source: (label: string, money: string) => string): (label: string, money: string) => RegExp {
  const compiled = new Map<string, Map<string, RegExp>>();
  return (label, money) => {
    let byLabel = compiled.get(money);
    if (!byLabel) compiled.set(money, (byLabel = new Map()));
    let re = byLabel.get(label);
    if (!re) byLabel.set(label, (re = new RegExp(source(label, money), 'g')));
    re.lastIndex = 0;
    return re;
  };
}

/**
 * 财政拨款 bare, opening an item of a list of the year's income sources (the 中央 template, 教育部 2024: 其中：财政拨款17,229,526.68
 * 万元，占40.2%；事业收入18,512,156.91万元，…): table 02's 财政拨款收入. Unread, a wrong one passed (helper-h222). Only at an item's
 * start (not 一般公共预算财政拨款…), its amount right after (not 财政拨款支出…, 财政拨款结转…), with another income source named in
 * its sentence (else it may be any 财政拨款: 年初预算…财政拨款…, 基本支出中财政拨款…).
 */
const BARE_FISCAL_BEFORE = /(?:^|其中|[:;；,，、。])$/;
const INCOME_SOURCES = /上级补助收入|事业收入|经营收入|附属单位上缴收入|其他收入/;
/** A spending or a balance named in a sentence after its last 收入: the whole a list after it is of. */
const SOURCES_OF_ANOTHER = /(?:支出|结转|结余)(?:(?!收入).)*$/;
/** The income sources that also name what a spending or a balance is paid from (SOURCES_OF_ANOTHER). */
const SOURCE_LABELS = new Set(['上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);

const SOURCE_NAMES = new RegExp([...SOURCE_LABELS].join('|'), 'g');

/**
 * Whether the whole the sentence before names last is a spending or a balance (SOURCES_OF_ANOTHER): 收入支出总计 and 收支总计
 * name the income too (a list after them is of its sources); the sources listed before in the same list (…支出…，其中：事业收入…，
 * 其他收入…) name no whole.
 */
function sourceOfAnother(before: string): boolean {
  const sentence = before.slice(before.lastIndexOf('。') + 1).replace(/收入[、和及与]?支出|收[、和及与]?支/g, '收入').replace(SOURCE_NAMES, '');
  if (!SOURCES_OF_ANOTHER.test(sentence)) return false;
  // A balance listed among an income's parts (收入总计…，其中：年初结转和结余…，事业收入…) is no whole of its own: the list is the
  // income's, whose whole before the 其中 names 收入 last (helper-h244: unread, a wrong 事业收入 passed).
  const list = sentence.lastIndexOf('其中');
  if (list === -1) return true;
  const whole = sentence.slice(0, list);
  return !/收入/.test(whole) || SOURCES_OF_ANOTHER.test(whole);
}
const bareFiscalPattern = patternByLabel((label, money) => `${escape(label)}(?:为|是)?:?${money}`);

function bareFiscalIncome(text: string, year: number | undefined, money: string): NamedAmount[] {
  if (!text.includes('财政拨款')) return [];
  const label = '财政拨款收入';
  return [...text.matchAll(bareFiscalPattern('财政拨款', money))].flatMap((m) => {
    const index = m.index!;
    const before = text.slice(0, index);
    if (!BARE_FISCAL_BEFORE.test(before)) return [];
    const end = index + m[0].length;
    const sentence = before.slice(before.lastIndexOf('。') + 1) + text.slice(index, text.indexOf('。', end) === -1 ? undefined : text.indexOf('。', end));
    if (!INCOME_SOURCES.test(sentence)) return [];
    // Nor a list of a spending's or a balance's sources (基本支出中，财政拨款…，事业收入…; 年初结转和结余…，其中：财政拨款…): the
    // whole its sentence names last before it is no income (read as 财政拨款收入, a right one was a 错误; helper-h230).
    // The sources named before it in that list name no whole (…支出…，资金来源为：其他收入…、财政拨款…: read, a right one was a 错误).
    if (sourceOfAnother(before)) return [];
    const own = specificLabel(label, LABEL_BY_NAME.get(label)!, before, year);
    if (!own) return [];
    const parsed = parseMoney(m[1]!, m[2]!);
    return [{ label: own[0], lookup: own[1], money: parsed, cents: centsOfFen(parsed.fen), index, end }];
  });
}

/**
 * The 四川 template's 公务接待 with its counts, then its amount (国内公务接待16批次，800人次（不包括陪同人员），共计支出7.8万元): the
 * amount is 国内公务接待's, as 国内公务接待支出7.8万元 is. Unread, a wrong one passed (大英 2022; helper-h186). Not beside a
 * foreign part (DOMESTIC_RECEPTION), nor of another year (2021年国内公务接待…).
 */
function countedReceptions(text: string, year: number | undefined, money: string): NamedAmount[] {
  if (!text.includes('批次') || foreignReceptionStated(text)) return [];
  const pattern = new RegExp(`国内公务接待(?:共)?\\d+批次[,，、]?(?:共?\\d+人次?)?(?:\\([^)]*\\))?[,，]?(?:共计|合计|累计)(?:支出|开支)?(?:金额)?(?:为|是)?:?${money}`, 'g');
  const lookup = LABEL_BY_NAME.get('国内公务接待')!;
  return [...text.matchAll(pattern)].flatMap((m) => {
    const stated = YEAR_BEFORE.exec(text.slice(Math.max(0, m.index! - 16), m.index));
    if (stated && year !== undefined && Number(stated[1]) !== year) return [];
    const amount = new RegExp(`${money}$`).exec(m[0])!;
    const parsed = parseMoney(amount[1]!, amount[2]!);
    const index = m.index! + m[0].length - amount[0].length;
    return [{ label: '国内公务接待', lookup, money: parsed, cents: centsOfFen(parsed.fen), index, end: m.index! + m[0].length }];
  });
}

/**
 * A label, then its amount. A 三公 item's too as spent (公务接待费实际支出0.12亿元, 因公出国（境）费执行支出…: 山西 省级 2020 words its
 * total so, its items alike) and as 费用 (和龙 2020: 公务接待费用124万元，比上年减少…): unread, a wrong one passed (helper-h330).
 */
const labelPattern = patternByLabel((label, money) => `${escape(label)}${THREE_PUBLIC_ITEM_LABEL.test(label) ? ITEM_SPENT : ''}${CONNECTOR}${money}`);
const THREE_PUBLIC_ITEM_LABEL = /^(?:因公出国|公务用车|公务接待|国内公务接待|国内接待)/;
/** Between a 三公 item's label and its connector: 用 after its 费 (费用), then 实际 or 执行 before its 支出. */
const ITEM_SPENT = '(?:(?<=费)用)?(?:(?:实际|执行)(?=支出))?';

/**
 * 国内公务接待 is table 07's 公务接待费 where the text counts 外宾 in it (上海 2024: 国内公务接待支出…（含外宾接待支出…）),
 * only its domestic part where the text states a foreign part beside it (the 中央 wording: 国内公务接待支出…，外宾接待
 * 支出… / 国（境）外公务接待…): there it is not compared.
 */
const DOMESTIC_RECEPTION = new Set(['国内公务接待费', '国内公务接待', '国内接待费']);
/** A foreign part's label (not 含外宾…: counted in the 国内 one), then its figure. */
const FOREIGN_FIGURES = /(?<!含)(?:外宾|国\(境\)外|境外|国外|外事)(?:公务)?接待(?:费|支出)?(?:为|是|:)?(\d[\d,]*(?:\.\d+)?)/g;

/**
 * Whether the text states a foreign part of the 公务接待 beside the 国内 one: a foreign amount or count other than 0. The
 * 北京 and 中央 wordings state it even where there is none (国内公务接待支出0.2万元，接待3批次，18人次；外事接待支出0万元，接待0
 * 批次，0人次): the 国内 part is then the whole 公务接待费, compared with table 07 (skipped, a wrong one passed: helper-h201).
 */
function foreignReceptionStated(text: string): boolean {
  return [...text.matchAll(FOREIGN_FIGURES)].some((m) => Number(m[1]!.replace(/,/g, '')) !== 0);
}
const FOREIGN_QUALIFIER = /(?:外宾|国\(境\)外|境外|国外|外事)$/;
/**
 * Whether a 国内 label is the 公务接待's 国内 part by a foreign part the paragraph states in another sentence (潍坊's wording with
 * 。 for its ；: 公务接待费692万元。其中国内接待费603万元，共计接待3837批次…。国（境）外接待费89万元…), or the 说明数据 gives
 * (`foreignKnown`: its 外宾接待费 above 0) where the text states none and does not count it in (含外宾…, 上海's wording): read sentence by sentence,
 * 603 was held to table 07's 692, a right text a 错误 (helper-h302, review r310). namedAmounts sees the sentence only.
 */
export function domesticPartBeside(label: string, paragraph: string, foreignKnown: boolean): boolean {
  if (!DOMESTIC_RECEPTION.has(label)) return false;
  // One the text states as 0 (外事接待支出0万元) makes the 国内 part the whole, whatever the 说明数据 says.
  const stated = [...paragraph.matchAll(FOREIGN_FIGURES)];
  return stated.some((m) => Number(m[1]!.replace(/,/g, '')) !== 0) || (stated.length === 0 && foreignKnown && !/含(?:外宾|外事)/.test(paragraph));
}

/**
 * Amounts a sentence states for a label, with their position (the most specific label the text names wins). With the
 * document's `year`, a label right after another year (`2021年度收入总计…`) is last year's, not read. `money`: the
 * amounts read, FIGURE_MONEY for a rule that compares them at the digits written (亿 too), else MONEY. `headings`: those of
 * the sections the text sits in (TextCell.headings), which say whose a label naming no fund is (fundsOfHeadings). `previous`: the
 * sentence before in its paragraph, whose whole a text opening on 其中 lists the parts of (carriesWholeFiscal).
 */
export function namedAmounts(text: string, year?: number, money: string = MONEY, headings?: readonly string[], previous?: string): NamedAmount[] {
  // Every amount is written in digits and a unit: a text without one (a table's 注：本表反映…, 注：本单位2023年度无…) states
  // none, and each of the labels need not be looked for in it.
  if (!mayStateAmount(text)) return [];
  const found: NamedAmount[] = [];
  for (const [label, lookup] of LABELS) {
    if (!text.includes(label)) continue;
    if (DOMESTIC_RECEPTION.has(label) && foreignReceptionStated(text)) continue;
    for (const m of labelHits(text, label, money, year)) {
      const index = m.index;
      // Not part of a longer word (财政拨款收入总计 contains 收入总计; 其他收入 is not 一般收入…).
      if (index > 0 && /[\u4e00-\u9fa5]/.test(text[index - 1]!) && LABELS.some(([l]) => l.length > label.length && text.slice(0, index + label.length).endsWith(l))) continue;
      if (STANDALONE_LABELS.has(label) && !standsAlone(label, text.slice(0, index))) continue;
      if (label === '购置及运行维护费' && !VEHICLES_NAMED_BEFORE.test(text.slice(0, index))) continue;
      if (
        MEETING_TRAINING.has(label) &&
        (MEETING_TRAINING_ELSEWHERE.test(text) || OTHER_ITEMS.test(text.slice(0, index)) || OTHER_ITEMS_LISTED.test(text) || !MEETING_TRAINING_AFTER.test(text.slice(0, index)))
      )
        continue;
      // Funds a sentence says something involves (绩效自评…涉及一般公共预算财政拨款支出748.11万元; 涉及资金…，其中一般公共预算
      // 支出…): the evaluated projects' part, not the table's figure (helper-h93: a false 错误 in §十一 of many provinces).
      if (INVOLVES.test(text.slice(0, index))) continue;
      // An income source named as a source of a spending or a balance its sentence names last before it (本年支出合计…，其中：
      // 财政拨款支出…，事业收入…; …支出…，资金来源为：财政拨款…、事业收入…): the part of that whole paid from it, no table's
      // (read as table 02's 事业收入, a right sentence was a 错误).
      if (SOURCE_LABELS.has(label) && sourceOfAnother(text.slice(0, index))) continue;
      // 国（境）外公务接待费, 外宾公务接待: the foreign part of 公务接待费, not the whole.
      if (label.startsWith('公务接待') && FOREIGN_QUALIFIER.test(text.slice(0, index))) continue;
      // A sum over several years (2019年至2022年，…“三公”经费累计支出15.01万元; 三年来…累计…): no figure of this year's.
      if (m.tail.startsWith('累计') && OVER_YEARS_BEFORE.test(text.slice(0, index))) continue;
      // 本单位收入合计/总计…: the longer total's own (收入合计, 收入总计), not the either-or of 本单位收入.
      if (OWN_INCOME.has(label) && /^(?:合计|总计|支出)/.test(m.tail)) continue;
      // The sum of a list of labels (人员经费和公用经费合计645.23万元): not the last one's amount (summedAmounts reads it).
      // Or of two named together with one amount (经营收入和附属单位上缴收入19,712.36万元: summedListAt).
      if (summedListAt(text, index, label, m.tail, m.end)) continue;
      // Nor a year's total whose 合计 sums a list of other names with its shorter name (使用非财政拨款结余和本年收入合计1,488.29
      // 万元: 本年收入 + 合计, the two's sum, summedAmounts reads it; read as 本年收入合计's own too, a right text was a 错误: helper-h254).
      if (YEAR_TOTAL.test(label) && LABEL_BY_NAME.has(label.slice(0, -2)) && SUM_WORD.test(label.slice(-2)) && summedListBefore(text.slice(0, index)).some((p) => !YEAR_TOTAL.test(p.label))) continue;
      const [read, readLookup] = wholeOfJoinedFunds(label, text.slice(0, index)) ?? [label, lookup];
      const own = specificLabel(read, readLookup, text.slice(0, index), year, headings, previous);
      if (!own) continue;
      // An amount marked the budget in brackets after it (“三公”经费3.94亿元（年初预算）): the 预算, not this year's 决算.
      if (BUDGET_MARK_AFTER.test(text.slice(m.end))) continue;
      // One amount shared by names listed before the label (均为, 各为): of the period the first is (2021年收入、支出总计均为…
      // is last year's, not this year's 支出总计: helper-h122, a correct sentence was a 错误), each name's.
      // Not the first of a list of amounts after 各 (人员经费、公用经费各为577.84万元、67.39万元: each its own, listedAmounts; read as
      // both's, 公用经费 577.84 was a false 错误: helper-h186).
      if (/^各/.test(m.tail) && LIST_GOES_ON.test(text.slice(m.end))) continue;
      // Nor the last of names listed with as many amounts and no 分别 (因公出国（境）费、公务接待费1.50万元、0.20万元; 公务用车购置费
      // 和运行维护费2.00万元、2.79万元): each its own in turn (listedAmounts). Read as the last one's, the first amount was held to
      // it: a right text a 错误, a wrong one passed where the first amount was the last one's figure (helper-h236).
      if (JOINT_TAIL.test(m.tail) && bareListGoesOn(text.slice(m.end)) && (VEHICLE_JOINED.includes(label) || summedListBefore(text.slice(0, index)).length > 0)) continue;
      // So too a 支出合计 after its income half, as many amounts after (收入和支出合计1,372.79万元、1,488.29万元; 本年收入合计、本年
      // 支出合计…、…): the first amount is the income's (helper-h260: held to 支出合计 since ad7419e, a right text was a 错误).
      if (bareListGoesOn(text.slice(m.end)) && totalsSharingBefore(/^(?:合计|总计)/.test(m.tail) ? label + m.tail.slice(0, 2) : label, text.slice(0, index))) continue;
      const sharers = /^(?:均|各)/.test(m.tail) ? sharersBefore(label, text.slice(0, index)) : totalsSharingBefore(label, text.slice(0, index));
      const shared = sharers?.map((n) => specificLabel(n.label, n.lookup, text.slice(0, n.index), year, headings));
      if (shared?.some((n) => n === undefined)) continue;
      const withOthers = own[1] === threePublicTotal && OTHERS_PAST_CLAUSE.test(text.slice(m.end));
      if (withOthers && !OTHERS_AMONG_PARTS.test(text.slice(m.end))) continue;
      const stated = parseMoney(m.number, m.unit);
      found.push({
        label: own[0],
        lookup: withOthers ? threePublicWithOthers : own[1],
        money: stated,
        cents: centsOfFen(stated.fen),
        index,
        end: m.end,
        ...(shared === undefined ? {} : { shared: shared.map((n) => ({ label: n![0], lookup: n![1] })) }),
        ...(m.year === undefined ? {} : { year: m.year }),
      });
    }
  }
  found.push(...listedAmounts(text, year, headings));
  found.push(...bothHalves(text, year, money));
  found.push(...yearsListedAmounts(text, year, headings).filter((n) => n.year === year));
  found.push(...countedReceptions(text, year, money));
  found.push(...spentAfterThreePublic(text, year, money, previous));
  found.push(...bareFiscalIncome(text, year, money));
  const scoped = basicPartsInScope(text, money, found);
  // Where two labels claim the same amount, the longer label (earlier start) wins.
  return scoped
    .sort((a, b) => a.index - b.index || b.label.length - a.label.length)
    .filter((f, i, all) => !all.slice(0, i).some((g) => g.end === f.end));
}

/** Words of a measure or plan (aboutThreePublicAlone): what is to be done, not what was spent. */
const THREE_PUBLIC_MEASURE = /将|下一步|继续|今后|严控|严格|控制|加强|管理|规范|落实|厉行|坚持|从严|确保|做好/;

/**
 * Whether a sentence names the 三公 as its one subject (“三公”经费节支力度更为显著。): of table 07's scope (not 全口径…, 政府性基金…),
 * nothing else named beside it (another item, a spending, income or fund, a project, a list with it) and no year but `year`.
 */
export function aboutThreePublicAlone(sentence: string, year: number | undefined): boolean {
  const subject = /三公["“”]?经费/.exec(sentence);
  if (!subject || THREE_PUBLIC_SCOPE.test(sentence.slice(0, subject.index)) || /(?:政府性基金|国有资本|非财政拨款)[^。]*$/.test(sentence.slice(0, subject.index))) return false;
  const rest = sentence.slice(0, subject.index) + sentence.slice(subject.index + subject[0].length);
  if (/费|支出|收入|资金|项目|绩效|预算安排|上一?年|去年|下一?年|明年/.test(rest) || /^[和及与、等]/.test(sentence.slice(subject.index + subject[0].length))) return false;
  // A measure or plan for the 三公 (严控“三公”经费。下一步将…, 加强“三公”经费管理。) is one of a 项's or a section's points, not how the
  // 三公 went: the amount after it may be the 项's (read as the 三公's total, a right text was a 错误; review r341).
  if (THREE_PUBLIC_MEASURE.test(sentence)) return false;
  return year === undefined || ![...sentence.matchAll(/(\d{4})年/g)].some((m) => Number(m[1]) !== year);
}

/**
 * A sentence opening on a bare amount spent (实际支出, 执行支出), after a sentence about the 三公 alone (山西 省级 2020: 从预算执行情况看，
 * “三公”经费节支力度更为显著。以2020年为例，实际支出1.78亿元，比预算减少1.71亿元): the 三公's total, as “三公”经费实际支出 is. Unread,
 * a wrong one passed (helper-h330). Only where the sentence before names the 三公 as its one subject (no other item, spending,
 * project or fund of it: a 绩效 project's 实际支出 is no 三公's), of no other scope (全口径…) and no other year, and the sentence
 * names only the year of account (以2020年为例, 2020年) before the amount.
 */
function spentAfterThreePublic(text: string, year: number | undefined, money: string, previous: string | undefined): NamedAmount[] {
  if (previous === undefined || !/^(?:以\d{4}年|\d{4}年|实际|执行|全年)/.test(text) || !aboutThreePublicAlone(previous, year)) return [];
  const m = new RegExp(`^(?:以(\\d{4})年度?为例[,，]?|(\\d{4})年度?[,，]?)?(?:全年)?(实际支出|执行支出)(?:数|金额)?(?:为|是)?:?${money}`).exec(text);
  if (!m) return [];
  const named = m[1] ?? m[2];
  if (named !== undefined && year !== undefined && Number(named) !== year) return [];
  const label = `三公经费${m[3]!}`;
  const stated = parseMoney(m[4]!, m[5]!);
  return [{ label, lookup: LABEL_BY_NAME.get(label)!, money: stated, cents: centsOfFen(stated.fen), index: m[0].indexOf(m[3]!), end: m[0].length }];
}

/**
 * A bracket right after an amount saying it is a budget (（年初预算）, （全年预算数）, （调整预算）): the amount is that 预算 (held to
 * table 07's 决算, a right text was a 错误; helper-h332). A bracket stating an amount of its own (（年初预算3.49亿元）) is not it.
 */
const BUDGET_MARK_AFTER = /^[(（](?:年初|全年|调整后?的?)?预算(?:数|安排)?[)）]/;

/**
 * A fund's label right after another fund joined to it (一般公共预算和政府性基金预算财政拨款支出4174.61万元): one amount of both
 * funds, the whole 财政拨款's label (财政拨款支出), not the last fund's (read as 政府性基金's, held to 145.60, a right text was a
 * 错误: helper h300's note). The funds listed with 分别 and an amount each are not one label's (listedAmounts).
 */
const FUND_LABEL = /^(?:一般公共|政府性基金|国有资本经营)预算(?=财政拨款)/;
function wholeOfJoinedFunds(label: string, before: string): readonly [string, Lookup] | undefined {
  const fund = FUND_LABEL.exec(label)?.[0];
  const whole = fund === undefined ? undefined : label.slice(fund.length);
  const lookup = whole === undefined ? undefined : LABEL_BY_NAME.get(whole);
  const joined = FUNDS_JOINED_BEFORE.exec(before);
  if (!lookup || !joined) return undefined;
  const named = new Set([...`${joined[0]}${fund!}`.matchAll(FUND_NAME)].map((m) => m[0]));
  return [whole!, namedFundsOf(whole!, lookup, named)];
}
/** The funds joined before a fund's label (一般公共预算、政府性基金预算和…), all of them. */
const FUNDS_JOINED_BEFORE = /(?:(?:一般公共|政府性基金|国有资本经营)(?:预算)?(?:财政拨款)?(?:和|及|与|、|以及))+$/;
const FUND_NAME = /一般公共|政府性基金|国有资本经营/g;
const FUND_NAMES = ['一般公共', '政府性基金', '国有资本经营'];

/**
 * The figure of the whole 财政拨款 `whole` (财政拨款支出, 财政拨款收入) of the funds `named` alone: the whole's where every fund left
 * out has none of it (0, or no figure known), else the named funds' figures added (一般公共预算和政府性基金预算财政拨款支出 where
 * 国有资本经营预算 spends too is 05's with 08's; held to the whole 财政拨款's, a right text was a 错误, helper-h316).
 */
function namedFundsOf(whole: string, lookup: Lookup, named: ReadonlySet<string>): Lookup {
  const figureOf = (fund: string): Lookup | undefined => LABEL_BY_NAME.get(`${fund}预算${whole}`);
  const left = FUND_NAMES.filter((f) => !named.has(f));
  if (left.length === 0) return lookup;
  return (rec, supplement) => {
    if (left.every((f) => (figureOf(f)?.(rec, supplement)?.fen ?? 0) === 0)) return lookup(rec, supplement);
    return sumOfFigures([...named].map((f) => figureOf(f)?.(rec, supplement)));
  };
}

/** 基本支出 named with its funds: table 05's, or 05's with 08's and 09's (fiscalPart), whose 其中 may list its parts. */
const FUNDED_BASIC = new Set(['一般公共预算财政拨款基本支出', '财政拨款基本支出', '一般公共预算基本支出']);
const GENERAL_BASIC = at('generalBudgetExpenditure', 'total', 'basic');
/** A spending named with its amount (资本性支出57.39万元, 其他支出为…): another part of a list, not a change (比上年增加5.00万元). */
const ANOTHER_PART_AFTER = /(?:支出|经费|费用?)(?:为|共计|合计|计)?\d/;

/**
 * A part of a 基本支出 named with its funds, listed in its 其中: table 06's where that 基本支出 is table 05's (whose parts table 06
 * gives), none where it is all funds' with table 08's or 09's beside (neither part is any table's: held to table 06, a right
 * 人员经费 was a 错误; helper-h253).
 */
const partOfBasic =
  (whole: Lookup, part: Lookup): Lookup =>
  (rec, supplement) => {
    const [of, general] = [whole(rec, supplement), GENERAL_BASIC(rec, supplement)];
    return of && general && of.fen === general.fen && of.unit === general.unit ? part(rec, supplement) : undefined;
  };

/**
 * The parts listed in the 其中 of a 基本支出 named with its funds (2022年度财政拨款基本支出645.23万元，其中：人员经费577.84万元；日常公用
 * 经费67.39万元: §四 of 江西's, 湖南's…), each held to table 06 in that whole's scope (partOfBasic). 日常公用经费 there, after 人员经费,
 * is what is left of the 基本支出 beside it: table 06's 公用经费 (unread before helper-h253, a wrong one passed). Elsewhere it may be a
 * part of 公用经费 and stays unread (DAILY_PART).
 */
function basicPartsInScope(text: string, money: string, found: readonly NamedAmount[]): NamedAmount[] {
  if (!text.includes('基本支出') || !text.includes('其中')) return [...found];
  const wholeOf = (index: number): NamedAmount | undefined => {
    const sentenceStart = text.lastIndexOf('。', index - 1) + 1;
    const whole = found.filter((n) => n.index >= sentenceStart && n.end <= index && FUNDED_BASIC.has(n.label)).pop();
    return whole && text.slice(whole.end, index).includes('其中') ? whole : undefined;
  };
  const out = found.map((n) => {
    const whole = BASIC_PARTS.has(n.label) ? wholeOf(n.index) : undefined;
    return whole ? { ...n, lookup: partOfBasic(whole.lookup, n.lookup) } : n;
  });
  if (!text.includes('日常公用经费')) return out;
  for (const m of text.matchAll(labelPattern('日常公用经费', money))) {
    const index = m.index!;
    const whole = wholeOf(index);
    if (!whole || !found.some((n) => n.label === '人员经费' && n.index > whole.end && n.end <= index)) continue;
    // Another part listed after it (…日常公用经费10.00万元，资本性支出57.39万元): then it is 302's alone, not what is left of the
    // 基本支出 (review h261: a right one was a 错误). Its own parts, after a 其中, are none.
    const after = text.slice(index + m[0].length);
    if (ANOTHER_PART_AFTER.test(after.slice(0, after.includes('其中') ? after.indexOf('其中') : undefined))) continue;
    const stated = parseMoney(m[1]!, m[2]!);
    out.push({ label: '日常公用经费', lookup: partOfBasic(whole.lookup, LABEL_BY_NAME.get('公用经费')!), money: stated, cents: centsOfFen(stated.fen), index, end: index + m[0].length });
  }
  return out;
}

/**
 * 收入 and 支出 named once with the words before them in common, one amount shared (财政拨款收入、支出均为1,363.45万元; 本年收入、
 * 支出各为…): each the label its words name (财政拨款收入 and 财政拨款支出; 本年收入 and 本年支出), read as the 支出 with the
 * 收入 sharing it. Unread (收入 has no amount of its own, 支出 is no label), a wrong one passed (helper-h236). Not after other
 * words (其他收入、支出…; 一般公共预算财政拨款收入、支出…: no figure of these labels).
 */
const bothHalvesPattern = patternByLabel(
  (words, money) => `(?<=^|[^\u4e00-\u9fa5]|年|年度|部门|单位)${escape(words)}收入(?:、|和|与|及)支出(?:均|各)(?:为|是)?:?${money}`,
);

function bothHalves(text: string, year: number | undefined, money: string): NamedAmount[] {
  if (!text.includes('收入、支出') && !/收入[和与及]支出/.test(text)) return [];
  return ['财政拨款', '本年'].flatMap((words) =>
    [...text.matchAll(bothHalvesPattern(words, money))].flatMap((m) => {
      const index = m.index!;
      const before = text.slice(0, index);
      const income = specificLabel(`${words}收入`, LABEL_BY_NAME.get(`${words}收入`)!, before, year);
      const spent = specificLabel(`${words}支出`, LABEL_BY_NAME.get(`${words}支出`)!, before, year);
      if (!income || !spent) return [];
      const stated = parseMoney(m[1]!, m[2]!);
      const end = index + m[0].length;
      return [{ label: spent[0], lookup: spent[1], money: stated, cents: centsOfFen(stated.fen), index, end, shared: [{ label: income[0], lookup: income[1] }] }];
    }),
  );
}

/** A label's amount where the text states it: the words after the label, the amount (number and unit), where it ends. */
interface LabelHit {
  readonly index: number;
  readonly tail: string;
  readonly number: string;
  readonly unit: string;
  readonly end: number;
  /** This year, where the text names it for the amount apart from the label (SINCE_SUM). */
  readonly year?: number;
}

/**
 * A label's amounts: right after it (labelPattern), and this year's after a change from last year's (三公经费支出由上年的
 * 5.01万元减少至4.99万元: FROM_TO), where the years named are last year and this one.
 */
function labelHits(text: string, label: string, money: string, year: number | undefined): LabelHit[] {
  let hits: LabelHit[] = [...text.matchAll(labelPattern(label, money))].map((m) => ({ index: m.index!, tail: m[0].slice(label.length), number: m[1]!, unit: m[2]!, end: m.index! + m[0].length }));
  if (year !== undefined && text.includes('累计')) {
    for (const m of text.matchAll(sinceSumPattern(label, money))) {
      if (Number(m[1]) !== year) continue;
      // The sum before this year's is over years, whatever opens the sentence (三公经费累计支出10.00万元，其中2022年度4.90万元):
      // no figure of this year's (held to it, a correct sentence was a 错误: review).
      hits = hits.filter((h) => !(h.index === m.index && h.tail.startsWith('累计')));
      hits.push({ index: m.index!, tail: '', number: m[2]!, unit: m[3]!, end: m.index! + m[0].length, year });
    }
  }
  // This year named between the label and its amount (“三公”经费2022年度支出4.99万元: 四川; helper-h126, unread, a wrong one passed).
  if (year !== undefined && text.includes(`${label}${year}年`)) {
    for (const m of text.matchAll(yearAfterLabelPattern(label, year, money))) {
      hits.push({ index: m.index!, tail: m[0].slice(label.length), number: m[1]!, unit: m[2]!, end: m.index! + m[0].length, year });
    }
  }
  if (!FROM_TO_SAID.test(text)) return hits;
  for (const m of text.matchAll(fromToPattern(label, money))) {
    // The words between the label and 由 are before the change too (与上年相比 there: fromToPattern).
    const change = fromToOf(m, label.length + m[1]!.length, 1, text.slice(0, m.index) + m[1]!);
    if (!change.ofYears(year)) continue;
    hits.push({ index: m.index!, tail: m[0].slice(label.length), number: change.currentNumber, unit: change.currentUnit, end: m.index! + m[0].length });
  }
  return hits;
}

/** A label, this year, then its amount (“三公”经费2022年度支出4.99万元): the amount pattern's groups. */
function yearAfterLabelPattern(label: string, year: number, money: string): RegExp {
  return new RegExp(`${escape(label)}${year}年度?(?:的)?${CONNECTOR}${money}`, 'g');
}

/**
 * This year's amount right after a label's sum over years, the label not named again (2021年以来，“三公”经费累计支出10.00万元，
 * 2022年度支出4.90万元; …公务接待费累计支出1.20万元，其中2022年度0.20万元): the label's, of the year written (group 1; the
 * amount groups 2 and 3). Unread (the sum's label is no figure of this year's), a wrong one passed (helper-h125).
 */
const sinceSumPattern = patternByLabel(
  (label, money) => `${escape(label)}累计(?:支出)?(?:为|达)?${NUMBER}(?:亿元|万元|元)[,，](?:其中)?[,，]?(\\d{4})年度?(?:的)?(?:支出为|支出|为|是)?:?${money}`,
);

/**
 * A change written from last year's amount to this year's (由上年的5.01万元减少至4.99万元, 从2021年度的92.95万元下降到67.39万元,
 * 由上年4.75万元上升至2022年的4.79万元): the first last year's, the second this year's. Unread, a wrong one of either passed
 * (helper-h125). Groups: the year named first (none for 上年), last year's number and unit, the word, the year named
 * second, this year's amount (the amount pattern's groups).
 */
// Or no year, where the clause before compares with last year (与上年相比，收入总计由1,801.23万元减少至1,488.29万元: LAST_YEAR_COMPARED;
// helper-h126, unread, a wrong one passed).
/** Words comparing with last year (与上年相比, 比上年, 较上年同期, 同比). */
const COMPARED_WITH_LAST_YEAR = '(?:(?:与|和|同)上一?年度?(?:同期)?(?:决算数?)?相比|(?:比|较)上一?年度?(?:同期)?|同比)';
const FROM_YEAR = '(?:(?:上一?年度?|去年|(\\d{4})年度?)(?:同期)?的?)?(?:决算数?|实际)?(?:为|是)?';
/** A comparison with last year earlier in the sentence: a change from an amount of no year named is from last year's. */
// A 预算 between ends the comparison (与上年相比，年初预算由…), not the 预算 of a fund's name (一般公共预算财政拨款支出由…: the label
// read, the change unread, where the two were judged on different words: review).
const LAST_YEAR_COMPARED = new RegExp(`${COMPARED_WITH_LAST_YEAR}(?:(?!(?<!公共|基金|经营)预算)[^。;；])*$`);
const TO_WORDS = '(增加|减少|下降|上升|增长|降低|提高|减|增|降|升)(?:至|到)(?:本年度?的?|(\\d{4})年度?的?)?';
const fromToSource = (money: string) => `(?:由|从)${FROM_YEAR}(${NUMBER})(亿元|万元|元)${TO_WORDS}${money}`;
// The first digit after 由 and the first 至 after it, each found once: `[由从][^。]*\d[^。]*(?:至|到)` matches the same texts but
// backtracks over every 由 (由于…) of a long paragraph with no 至 (8,000 characters took 434 ms, once for each label: review).
const FROM_TO_SAID = /[由从][^。\d]*\d[^。至到]*[至到]/;
/**
 * FROM_TO's words up to this year's amount, last year's written 上年 (no group): 由上年的403.53万元减少至 before a 项's
 * amount (行政运行（项）支出由上年的403.53万元减少至223.14万元), which text-figures reads as it reads 支出223.14万元.
 */
export const FROM_LAST_YEAR_TO = `(?:由|从)(?:上一?年度?|去年)(?:同期)?的?(?:决算数?|实际)?(?:为|是)?${NUMBER}(?:亿元|万元|元)(?:增加|减少|下降|上升|增长|降低|提高|减|增|降|升)(?:至|到)(?:本年度?的?)?`;
const FROM_TO = new RegExp(fromToSource(MONEY), 'g');
/**
 * Each label's FROM_TO (its words after the label, 支出 or 决算 or a comparison with last year between: group 1). A comparison
 * there (收入总计与上年相比，由1,801.23万元减少至…; 公务接待费较上年，由…) makes the change the label's, its first amount last
 * year's (LAST_YEAR_COMPARED). Unread, a wrong one passed (helper-h128).
 */
const fromToPattern = patternByLabel((label, money) => `${escape(label)}((?:支出)?(?:决算数?)?[,，]?(?:${COMPARED_WITH_LAST_YEAR}[,，]?)?)${fromToSource(money)}`);

export interface FromTo {
  /** Where the change's words (由…) start and end in the text. */
  readonly index: number;
  readonly end: number;
  /** Last year's amount, and where it ends (this year's amount ends at `end`). */
  readonly prior: TextMoney;
  readonly word: string;
  readonly currentNumber: string;
  readonly currentUnit: string;
  /** Whether the years it names are last year and this one (none named: 上年 and 本年). */
  ofYears(year: number | undefined): boolean;
}

/** A FROM_TO match's parts: its own groups after `groupsBefore` others, its words `skip` characters into the match. */
function fromToOf(m: RegExpMatchArray, skip: number, groupsBefore = 1, before = ''): FromTo {
  const g = (i: number) => m[groupsBefore + i];
  const fromYear = g(1);
  const toYear = g(5);
  // No year named for the first amount (由1,801.23万元减少至…): last year's only after a comparison with it.
  const yearless = /^[由从](?:决算数?|实际)?(?:为|是)?-?\d(?!\d*年)/.test(m[0].slice(skip)) && !LAST_YEAR_COMPARED.test(before);
  return {
    index: m.index! + skip,
    end: m.index! + m[0].length,
    prior: parseMoney(g(2)!, g(3)!),
    word: g(4)!,
    currentNumber: g(6)!,
    currentUnit: g(7)!,
    ofYears: (year) =>
      !yearless &&
      (fromYear === undefined || (year !== undefined && Number(fromYear) === year - 1)) && (toYear === undefined || (year !== undefined && Number(toYear) === year)),
  };
}

/** The changes from last year's amount to this year's a text writes (FROM_TO), of last year and this one. */
export function changesFromTo(text: string, year: number | undefined): FromTo[] {
  if (!FROM_TO_SAID.test(text)) return [];
  return [...text.matchAll(FROM_TO)].map((m) => fromToOf(m, 0, 0, text.slice(0, m.index))).filter((c) => c.ofYears(year));
}

/** 涉及 earlier in the sentence (not 不涉及, which says a fund does not apply). */
const INVOLVES = /(?<!不)涉及[^。]*$/;

/** A connector that sums (合计, 共计, 总计, 之和…) right after a label, before its amount. */
const SUM_WORD = /^(?:支出)?(?:两项|三项)?(?:合计|共计|总计|之和|累计|共)/;
const LIST_JOINER = /(?:和|及|与|、)$/;

/**
 * The labels of a list that ends in `before` with a joiner (…人员经费和 | …基本支出、项目支出及): each the longest label the
 * text ends with there, a character of a longer word before it stopping the list; nearest last. None: no list.
 */
function summedListBefore(before: string): { readonly label: string; readonly lookup: Lookup; readonly index: number }[] {
  const out: { label: string; lookup: Lookup; index: number }[] = [];
  let rest = before;
  while (LIST_JOINER.test(rest)) {
    const head = rest.slice(0, -1);
    const hit = LABELS.filter(([l]) => head.endsWith(l)).sort((a, b) => b[0].length - a[0].length)[0];
    if (!hit) break;
    out.unshift({ label: hit[0], lookup: hit[1], index: head.length - hit[0].length });
    rest = head.slice(0, -hit[0].length);
  }
  return out;
}

/**
 * 收入 with the words it shares with the 支出 label after it (收入、支出总计; 收、支出合计), not the end of a longer word (其他
 * 收入、…).
 */
const INCOME_HALF = /(?<=^|[^\u4e00-\u9fa5]|年|年度|部门|单位)收入?(?:、|和|与|及)$/;

/**
 * The names listed before a label that share its amount (收入总计、支出总计均为…; 收入总计和支出总计各为…; 收入、支出总计均为…):
 * each a label, and where it starts; none where no list stands there.
 */
function sharersBefore(label: string, before: string): { readonly label: string; readonly lookup: Lookup; readonly index: number }[] | undefined {
  const half = label.startsWith('支出') ? INCOME_HALF.exec(before) : null;
  // 本年收入、支出总计均为…: the 总计 both's (收入总计; read as 本年收入, a right text was a 错误: helper-h236).
  if (half && label.length > 2 && LABEL_BY_NAME.has(`收入${label.slice(2)}`)) return [{ label: `收入${label.slice(2)}`, lookup: LABEL_BY_NAME.get(`收入${label.slice(2)}`)!, index: half.index }];
  const list = summedListBefore(before);
  if (list.length > 0) return list;
  const income = half ? `收入${label.slice(2)}` : undefined;
  const lookup = income === undefined ? undefined : LABEL_BY_NAME.get(income);
  return half && lookup ? [{ label: income!, lookup, index: half.index }] : undefined;
}

/**
 * 收入总计 named before its 支出总计 with one amount and no 均/各 (收入总计、支出总计1,488.29万元; 收入总计和支出总计…; 收入、支出
 * 总计…): the two totals' amount, each's as with 均为 (only 支出总计 was read, a wrong 收入总计 passed: helper-h246). So too the
 * year's (本年收入合计、本年支出合计…; 本年收入、支出合计…: only 本年支出合计 was read, or the two's sum; helper-h254): one amount
 * states each, their sum being nothing. Only the totals: two other names joined with one amount may state their sum (JOINT_KINDS).
 */
const YEAR_TOTAL = /(?:收入|支出)(?:合计|总计)$/;
function totalsSharingBefore(label: string, before: string): ReturnType<typeof sharersBefore> {
  if (!/支出(?:总计|合计)$/.test(label)) return undefined;
  const sharers = sharersBefore(label, before);
  const income = label.replace(/支出(总计|合计)$/, '收入$1');
  // A bare 支出总计 after a longer 收入总计 (财政拨款收入总计、支出总计…): that one's words are its too.
  const ofLonger = label === '支出总计' && sharers?.length === 1 && sharers[0]!.label.endsWith('收入总计') && LABEL_BY_NAME.has(sharers[0]!.label.replace(/收入总计$/, '支出总计'));
  return sharers?.length === 1 && (sharers[0]!.label === income || ofLonger) ? sharers : undefined;
}

/**
 * The parts of one whole, of one kind each (income sources; spending by its purpose; 基本支出's two parts): two or more of
 * them joined by 和, 及 or 与 with one amount and no 合计 (the 中央 template, 教育部 2024: 经营收入和附属单位上缴收入19,712.36
 * 万元，占0.1%; 人员经费和公用经费645.23万元) state their sum, as with 合计. Read as the last one's, a correct sum was a 错误
 * (helper-h228). Not totals (收入总计和支出总计…: each's) or funds; the 及 inside one name (公务用车购置及运行维护费) is no joiner.
 */
const JOINT_KINDS: readonly ReadonlySet<string>[] = [
  new Set(['财政拨款收入', '一般公共预算财政拨款收入', '政府性基金预算财政拨款收入', '国有资本经营预算财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']),
  new Set(['基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出', '一般公共预算财政拨款基本支出', '一般公共预算财政拨款项目支出', '一般公共预算基本支出', '一般公共预算项目支出']),
  new Set(['人员经费', '公用经费']),
  // The 三公 items (因公出国（境）费和公务接待费1.70万元; 因公出国（境）费、公务用车购置及运行维护费和公务接待费6.49万元, the 三公
  // total): read as 公务接待费's own, a right sum was a 错误 and a wrong 公务接待费 could pass (helper-h233). distinctThreePublic
  // keeps out an item named twice (公务用车购置及运行维护费 with one of its parts).
  new Set(['因公出国(境)费', '因公出国(境)经费', '因公出国费', '因公出国(境)', '公务接待费', '公务接待', '公务用车购置及运行维护费', '公务用车购置及运行费', '公务用车购置及运行维护', '公务用车购置及运行', ...VEHICLE_JOINED,
    '公务用车购置费', '公务用车购置', '公务用车运行维护费', '公务用车运行维护', '公务用车运行费', '公务用车运行']),
  // 会议费 and 培训费 after each other or after the 三公 (陕西's …“三公”经费及会议费、培训费支出决算8.59万元, as its table 07's
  // title names them; 会议费和培训费支出3.60万元): read as 培训费's own, a right sum was a 错误 (review h245).
  new Set(['会议费', '培训费', '三公经费', '三公经费支出']),
];

/** Which 三公 item a label names (the vehicles' whole holds both its parts); undefined: no 三公 item. */
function threePublicItems(label: string): readonly string[] | undefined {
  if (/出国/.test(label)) return ['overseasTravel'];
  if (/接待/.test(label)) return ['reception'];
  if (/购置.*运行/.test(label)) return ['vehiclePurchase', 'vehicleOperation'];
  if (/购置/.test(label)) return ['vehiclePurchase'];
  if (/运行/.test(label)) return ['vehicleOperation'];
  return undefined;
}

/** Whether joined 三公 labels name each item once at most (not 公务用车购置及运行维护费和公务用车运行维护费…). */
function distinctThreePublic(labels: readonly string[]): boolean {
  const items = labels.flatMap((l) => threePublicItems(l) ?? []);
  return new Set(items).size === items.length;
}
/** Between the last joined name and its amount: no word of another meaning (均为, 各为, 分别, 累计…). */
// 支出决算 too (…会议费、培训费支出决算3.60万元).
const JOINT_TAIL = /^用?(?:(?:实际|执行)?支出)?(?:决算数?)?(?:为|是|达到|达)?:?\(?[-\d]/;

/**
 * The labels listed before `label` whose sum its amount is (`tail` the words from the label's end, `end` where its amount
 * ends): after 合计 (SUM_WORD) any list; with no word between, parts of one kind (JOINT_KINDS), and not a list of amounts
 * after it (人员经费和公用经费577.84万元、67.39万元). None where the amount is the label's own.
 */
function summedListAt(text: string, index: number, label: string, tail: string, end: number): ReturnType<typeof summedListBefore> | undefined {
  const list = summedListBefore(text.slice(0, index));
  if (list.length === 0) return undefined;
  const sum = SUM_WORD.exec(tail);
  // Not the 合计 of a year's total after another total (本年收入合计、本年支出合计1,488.29万元: 本年支出 + 合计 read as the two's
  // sum, a message asked for 2,861.08, income and spending added; helper-h254): each its own (totalsSharingBefore).
  if (sum && list.every((p) => YEAR_TOTAL.test(p.label)) && YEAR_TOTAL.test(label + sum[0]) && LABEL_BY_NAME.has(label + sum[0])) return undefined;
  if (sum) return list;
  if (!JOINT_TAIL.test(tail) || bareListGoesOn(text.slice(end))) return undefined;
  const kind = JOINT_KINDS.find((k) => k.has(label));
  if (!kind || !list.every((p) => kind.has(p.label))) return undefined;
  if (!distinctThreePublic([...list.map((p) => p.label), label])) return undefined;
  // Not the end of a longer name (…预算财政拨款收入: the longer label is the last one).
  if (LABELS.some(([l]) => l.length > label.length && text.slice(0, index + label.length).endsWith(l))) return undefined;
  return list;
}

/** The funds' words a list's first label may open with, which the names after it share (QUALIFIED_LIST). */
const LIST_QUALIFIERS = ['一般公共预算财政拨款', '一般公共预算', '财政拨款'];

/**
 * A list of labels whose first opens with a fund's words (一般公共预算财政拨款基本支出和项目支出…): the names after it are that
 * fund's too, where a label names them so (一般公共预算财政拨款项目支出, table 05's), not the department's (table 03's: the
 * sum's figure was table 05's 基本支出 plus table 03's 项目支出, a message asking for it; helper-h230).
 */
function sharingQualifier(labels: readonly (readonly [string, Lookup])[]): (readonly [string, Lookup])[] {
  const qualifier = LIST_QUALIFIERS.find((q) => labels[0]![0].startsWith(q));
  return labels.map((l, i) => {
    const longer = qualifier && i > 0 && !l[0].startsWith(qualifier) ? LABEL_BY_NAME.get(qualifier + l[0]) : undefined;
    return longer ? ([qualifier + l[0], longer] as const) : l;
  });
}

export interface SummedAmount {
  /** The labels as the tables name them (each its most specific), in text order. */
  readonly labels: readonly string[];
  readonly lookups: readonly Lookup[];
  readonly money: TextMoney;
  readonly index: number;
  readonly end: number;
  /** The text's own words from the first name to the amount (因公出国(境)费和公务接待费共): what a message quotes. */
  readonly words: string;
}

/**
 * Amounts stated for the sum of a list of labels (`人员经费和公用经费合计645.23万元`, `基本支出、项目支出共计1,488.29万元`):
 * the sum of their figures, which namedAmounts does not take for the last label's (read so, a correct sum was a 错误
 * against 公用经费 alone). A list any of whose labels is not this year's figure of the tables (上年…, 预算…) is not read.
 */
export function summedAmounts(text: string, year?: number, money: string = MONEY, headings?: readonly string[]): SummedAmount[] {
  if (!mayStateAmount(text)) return [];
  const out: SummedAmount[] = [];
  for (const [label, lookup] of LABELS) {
    if (!text.includes(label)) continue;
    for (const m of text.matchAll(labelPattern(label, money))) {
      const index = m.index!;
      const list = summedListAt(text, index, label, m[0].slice(label.length), index + m[0].length) ?? [];
      if (list.length === 0) continue;
      const parts = [...list, { label, lookup, index }];
      const read = parts.map((p) => specificLabel(p.label, p.lookup, text.slice(0, p.index), year, headings));
      if (read.some((o) => o === undefined)) continue;
      const own = sharingQualifier(read as (readonly [string, Lookup])[]);
      const amountAt = index + m[0].indexOf(m[1]!, label.length);
      const words = text.slice(list[0]!.index, amountAt).replace(/[:(]+$/, '');
      out.push({ labels: own.map((o) => o[0]), lookups: own.map((o) => o[1]), money: parseMoney(m[1]!, m[2]!), index: list[0]!.index, end: index + m[0].length, words });
    }
  }
  return out.filter((f, i, all) => !all.slice(0, i).some((g) => g.end === f.end));
}

/**
 * The amounts of a sentence (namedAmounts) without the parts of a whole no table splits: 人员经费 or 公用经费 after a 基本支出
 * the sentence states as the department's of all sources (§三: 2022年度基本支出770.07万元，其中：人员经费700.00万元，公用经费
 * 70.07万元), which no table gives (table 06's are 一般公共预算's, of table 05's 645.23). Compared with table 06, a correct
 * sentence was a 错误 (helper-85). §六's 基本支出645.23万元，其中：人员经费… names table 05's, whose parts table 06 gives;
 * where tables 03 and 05 agree the stated figure cannot tell, and table 06's are read.
 */
export function ownAmounts(named: readonly NamedAmount[], rec: Recognition, supplement: Supplement): NamedAmount[] {
  return named.filter((n) => {
    if (!BASIC_PARTS.has(n.label)) return true;
    const whole = named.filter((w) => w.end <= n.index && w.label === '基本支出').pop();
    if (!whole) return true;
    const same = (f: NamedFigure | undefined) => f !== undefined && agreesAtPrecision(whole.money, f.fen, f.unit);
    return !same(whole.lookup(rec, supplement)) || (ALTERNATIVES['基本支出'] ?? []).some((l) => same(l(rec, supplement)));
  });
}

/**
 * `人员经费和公用经费分别为577.84万元、67.39万元`: names, then 分别, then as many amounts; the unit may be said once, after
 * the last (`分别为577.84、67.39万元`).
 */
// Or with 各 and as many amounts as names (四川: 收、支总计各是4125.49,4143.91万元; unread, a wrong one passed: helper-h186).
const RESPECTIVELY = new RegExp(`([^，。；,;:：]+?)(?:分别|各)(?:为|是|达到|达)?:?${AMOUNT_LIST}`, 'g');
/**
 * Or with no word at all, names then as many amounts (因公出国（境）费、公务接待费1.50万元、0.20万元; 人员经费和公用经费577.84万元、
 * 67.39万元): each its own in turn, as with 分别. Read as the last name's first amount, a right text was a 错误 (helper-h236).
 */
// The names no longer than a list of them is written (a paragraph with no punctuation was scanned from each of its characters
// to its end), and only where amounts are listed (LISTED_SAID).
const LISTED_BARE = new RegExp(`([^，。；,;:：]{1,80}?)(?:为|是)?:?${AMOUNT_LIST}`, 'g');
const LISTED_SAID = /\d(?:亿元|万元|元)?(?:、|和|及|与)-?\d|\d(?:亿元|万元|元)[,，]-?\d|\.\d+[,，]-?\d/;
const LIST_SEPARATOR = /和|及|与/;
/**
 * An amount followed by the rest of its list (…万元、67.39万元), as AMOUNT_LIST reads it: not a comma and a year's digits
 * (…各为1488.29万元，2021年度…: one amount, both names'; skipped as a list's first, it went unread: helper-h190).
 */
const LIST_GOES_ON = new RegExp(`^(?:、|,|，|和|及|与)(?:${LIST_NUMBER}(?:亿元|万元|元)?(?:、|,|，|和|及|与))*${LIST_NUMBER}(?:亿元|万元|元)`);
/** A list of amounts ending its clause (…1.50万元，0.20万元。), no more words of the last amount's (…1.50万元为…). */
const BARE_LIST_ENDS = /^(?:[。；;,，]|$)/;
/**
 * LIST_GOES_ON where no word pairs the names with the amounts (LISTED_BARE): across a comma after an amount's unit only where the
 * list then ends its clause (因公出国（境）费、公务接待费1.50万元，0.20万元。); not where the amount after the comma has words of
 * its own (…1.70万元，1.50万元为…: another clause's, helper-h243). Never across one since ec11bde, a right list of two was held
 * to their sum, a 错误 (helper-h249).
 */
function bareListGoesOn(after: string): boolean {
  const list = LIST_GOES_ON.exec(after);
  return list !== null && (!/^[,，]/.test(after) || BARE_LIST_ENDS.test(after.slice(list[0].length)));
}

/**
 * The names of a 分别 list: split at 、, and at 和, 及 or 与 only where every part is a label's name (公务用车购置及运行
 * 维护费 and 社会保障和就业支出 are one name each: split there, the list had more names than amounts and went unread;
 * review41).
 */
// Or at one of them alone where the name has another inside (公务用车购置及运行维护费和公务接待费: at 和; helper-h122, unread).
// A name after the first is a label's whole (…购置及运行维护费与公务接待费: not at 及, whose 运行维护费与公务接待费 only ends
// with one; helper-h124, a 错误 of the first change held to the last's).
function listNames(text: string): string[] {
  const endsLabel = (name: string) => LABELS.some(([l]) => name.endsWith(l));
  const isLabel = (name: string) => LABEL_BY_NAME.has(name) || LABEL_BY_NAME.has(name.replace(NAME_TAIL, ''));
  // A vehicle part after the vehicles' first written without 公务用车 (公务用车购置费和运行维护费分别…: helper-h236, unread) is
  // theirs, named in full.
  const vehicles = /公务用车/.test(text);
  const inFull = (name: string) => (vehicles && !isLabel(name) && isLabel(`公务用车${name}`) ? `公务用车${name}` : name);
  return text.split('、').map((p, i) => (i > 0 ? inFull(p) : p)).flatMap((piece) => {
    const split = (full: boolean) =>
      [LIST_SEPARATOR, '和', '及', '与']
        .map((sep) => piece.split(sep).map((p, i) => (full && i > 0 ? inFull(p) : p)))
        .find((p) => p.length > 1 && p.every(endsLabel) && p.slice(1).every(isLabel));
    // Not inside one name (公务用车购置及运行维护费), only between the vehicles' two (公务用车购置费和运行维护费).
    return split(false) ?? (endsLabel(piece) && !VEHICLE_JOINED.some((l) => piece.endsWith(l)) ? undefined : split(true)) ?? [piece];
  });
}

/** A list of amounts after 分别 (RESPECTIVELY's second group, or AMOUNT_LIST): each, where it starts in the list and its length. */
export function listItems(list: string): { readonly money: TextMoney; readonly index: number; readonly length: number }[] {
  const items = [...list.matchAll(LIST_ITEM)];
  // An amount without its unit has the list's last one.
  const unit = items[items.length - 1]?.[2] ?? '万元';
  return items.map((a) => ({ money: parseMoney(a[1]!, a[2] ?? unit), index: a.index!, length: a[0].length }));
}

/**
 * The amounts of a list stated with 分别 (`人员经费和公用经费分别为577.84万元、67.39万元`), each for its name in turn: only
 * where every name is a label and there are as many amounts as names (a list read otherwise is not read).
 */
/**
 * Two totals written with their 总计 or 合计 once (收入、支出总计分别为…、…; 收、支总计…; 财政拨款收入、支出总计…): each name in
 * full, as the labels spell it. Unread, the list went unread (a wrong one passed) or its second was the department's
 * 支出总计 (财政拨款收入、支出总计分别为1,363.45万元、1,363.45万元 was a false 错误): helper-h105.
 */
const SHARED_TOTAL = /(财政拨款)?收(?:入)?(?:、|和|与|及)支(?:出)?(总计|合计)$/;

function expandedNames(text: string): string[] {
  const m = SHARED_TOTAL.exec(text);
  if (!m) return listNames(text);
  const fiscal = m[1] ?? '';
  return [`${text.slice(0, m.index)}${fiscal}收入${m[2]!}`, `${fiscal}支出${m[2]!}`];
}

/** A name's words after its label, as a 分别 list may write them (公务接待费支出、…, 收入总计决算数、…). */
const NAME_TAIL = /(?:支出)?(?:决算数?)?$/;

/**
 * The last clause of `before` (the words after its last comma, semicolon, colon or 。), where names listed before 分别
 * stand, and where it starts; a year closing it goes (…（项）2022年度分别…).
 */
export function namesClause(before: string): { readonly start: number; readonly words: string } {
  const start = Math.max(...[',', '，', ';', '；', ':', '：', '。'].map((c) => before.lastIndexOf(c))) + 1;
  return { start, words: before.slice(start).replace(/\d{4}年度?$/, '') };
}

/**
 * The labels of names listed before 分别 with no amount of their own, their changes after it in turn (其中：公务用车购置及运行
 * 维护费、公务接待费分别较上年增加0.04万元、减少0.06万元; 收入、支出总计分别比上年…): `before` the sentence's words up to the
 * 分别 or the comparison, ending on the last name (a year after it goes: …（项）2022年度分别…). Each name in turn as the
 * tables label it (expandedNames, specificLabel: this year's figure of the tables); undefined where any is no label, or
 * there are fewer than two names.
 */
export function labelsListedBefore(before: string, year?: number, headings?: readonly string[]): { readonly label: string; readonly lookup: Lookup }[] | undefined {
  const { start: clauseStart, words } = namesClause(before);
  if (mayStateAmount(words)) return undefined;
  const shared = SHARED_TOTAL.exec(words);
  const names = expandedNames(words);
  if (names.length < 2) return undefined;
  const labelOf = (name: string) => [name, name.replace(NAME_TAIL, '')].find((n) => LABEL_BY_NAME.has(n));
  // The first name may follow a year or other words (2022年度公务用车…, 其中因公出国…): the longest label it ends with.
  const firstName = names[0]!;
  const firstWords = [firstName, firstName.replace(NAME_TAIL, '')];
  const first = firstWords
    .map((w) => ({ w, l: LABELS.filter(([l]) => w.endsWith(l)).sort((a, b) => b[0].length - a[0].length)[0] }))
    .find((f) => f.l !== undefined);
  if (!first) return undefined;
  const firstStart = shared ? clauseStart + shared.index : clauseStart + first.w.length - first.l![0].length;
  const rest = names.slice(1).map(labelOf);
  if (rest.some((l) => l === undefined)) return undefined;
  const labels = [first.l!, ...rest.map((l) => [l!, LABEL_BY_NAME.get(l!)!] as const)];
  const own = labels.map(([l, lookup]) => specificLabel(l, lookup, before.slice(0, firstStart), year, headings));
  if (own.some((o) => o === undefined)) return undefined;
  return own.map((o) => ({ label: o![0], lookup: o![1] }));
}

function listedAmounts(text: string, year: number | undefined, headings: readonly string[] | undefined): NamedAmount[] {
  const found: NamedAmount[] = [];
  // Not across a comma after an amount's unit unless the list then ends its clause (…1.70万元，1.50万元为…: the next amount another
  // clause's; helper-h243, read in turn, a right sum was two 错误; …1.50万元，0.20万元。 a list: bareListGoesOn).
  const bare = (LISTED_SAID.test(text) ? [...text.matchAll(LISTED_BARE)] : []).filter(
    (m) => !/(?:分别|各|均)$/.test(m[1]!) && (!/元[,，]/.test(m[2]!) || BARE_LIST_ENDS.test(text.slice(m.index! + m[0].length))),
  );
  for (const m of [...text.matchAll(RESPECTIVELY), ...bare]) {
    const shared = SHARED_TOTAL.exec(m[1]!);
    const names = expandedNames(m[1]!);
    const amounts = listItems(m[2]!);
    if (names.length !== amounts.length) continue;
    // The first name may follow a year or other words (`2022年度人员经费和…`): the longest label it ends with.
    const first = LABELS.filter(([l]) => names[0]!.endsWith(l)).sort((a, b) => b[0].length - a[0].length)[0];
    if (!first) continue;
    // Where the first label starts: in a shared total, where its words do (收入、支出总计: at 收; 财政拨款收…: at 财政拨款).
    const firstStart = shared ? m.index! + shared.index : m.index! + m[1]!.length - names.join('、').length + names[0]!.length - first[0].length;
    const labels = [first, ...names.slice(1).map((n) => LABELS.find(([l]) => l === n))];
    const own = labels.map((l) => l && specificLabel(l[0], l[1], text.slice(0, firstStart), year, headings));
    if (own.some((o) => o === undefined)) continue;
    const amountsStart = m.index! + m[0].length - m[2]!.length;
    amounts.forEach((a, i) => {
      const index = amountsStart + a.index;
      found.push({ label: own[i]![0], lookup: own[i]![1], money: a.money, cents: centsOfFen(a.money.fen), index, end: index + a.length });
    });
  }
  return found;
}

/**
 * Two years' amounts of one name listed with 分别 (2021年和2022年收入总计分别为1801.23万元、1488.29万元; 2022年、2021年公用经费
 * 分别为…、…): each its year's, in turn. Unread (one name, two amounts), a wrong one passed (helper-h125). Group 1 and 2 the
 * years, 3 the name, 4 the amounts.
 */
// Or three (2020年、2021年和2022年收入总计分别为…、…、…: helper-h126, unread, a wrong one passed): group 3 the third year, 4 the
// name, 5 the amounts.
const YEARS_LISTED = new RegExp(`(\\d{4})年度?(?:和|、|与|及)(\\d{4})年度?(?:(?:和|、|与|及)(\\d{4})年度?)?(?:的|,)?([^，。；,;:：、]+?)分别(?:为|是|达到|达)?:?${AMOUNT_LIST}`, 'g');

type YearsAmount = NamedAmount & { readonly year: number };

/**
 * The amounts of two years listed with 分别 (YEARS_LISTED) of the document's `year` and the one before, each with its year:
 * the name one label (the longest it ends with, its words before not narrowing it), as many amounts as years.
 */
export function yearsListedAmounts(text: string, year: number | undefined, headings?: readonly string[]): YearsAmount[] {
  if (year === undefined || !text.includes('分别')) return [];
  const out: YearsAmount[] = [];
  for (const m of text.matchAll(YEARS_LISTED)) {
    const years = [m[1], m[2], m[3]].filter((y) => y !== undefined).map(Number);
    // Of this year and last, and of an earlier one where three are listed (its amount no figure known: not read).
    if (!years.includes(year) || !years.includes(year - 1) || new Set(years).size !== years.length) continue;
    if (years.some((y) => y > year)) continue;
    const name = m[4]!;
    const words = [name, name.replace(NAME_TAIL, '')].find((w) => LABELS.some(([l]) => w.endsWith(l)));
    const hit = words === undefined ? undefined : LABELS.filter(([l]) => words.endsWith(l)).sort((a, b) => b[0].length - a[0].length)[0];
    if (!hit) continue;
    const own = specificLabel(hit[0], hit[1], words!.slice(0, -hit[0].length), undefined, headings);
    if (!own) continue;
    const amounts = listItems(m[5]!);
    if (amounts.length !== years.length) continue;
    const amountsStart = m.index! + m[0].length - m[5]!.length;
    amounts.forEach((a, i) => {
      if (years[i]! < year - 1) return;
      const index = amountsStart + a.index;
      out.push({ label: own[0], lookup: own[1], money: a.money, cents: centsOfFen(a.money.fen), index, end: index + a.length, year: years[i]! });
    });
  }
  return out;
}

/**
 * The figure a label's amount should have been, where the text states it as none of the figures the label names (its
 * table's, the one it mirrors, an alternative): text-figures says so. A share or a change is then worked out from the
 * table's figure: from the stated one, its message asked for a share or a change of the wrong amount, a second wrong
 * figure to publish for one (review34).
 */
export function correctedAmount(named: Pick<NamedAmount, 'label' | 'lookup' | 'money'> | undefined, rec: Recognition, supplement: Supplement): NamedFigure | undefined {
  if (!named) return undefined;
  const lookups = [named.lookup, ...(MIRRORS[named.label] ?? []), ...(ALTERNATIVES[named.label] ?? [])];
  const figures = lookups.map((l) => l(rec, supplement)).filter((f) => f !== undefined);
  const wrong = figures.every((f) => {
    const at = atCommonPrecision(named.money, f.fen, f.unit);
    return at.stated !== at.table;
  });
  return wrong ? figures[0] : undefined;
}

/**
 * The sum of figures (summedAmounts' labels), named by the first one's cell and table (and the others' tables): none
 * where one is missing or the units differ. Text-figures' claim of a list's sum, and text-shares' base where it is stated wrong.
 */
export function sumOfFigures(figures: readonly (NamedFigure | undefined)[]): NamedFigure | undefined {
  const first = figures[0];
  if (!first || figures.some((f) => f === undefined || f.unit !== first.unit)) return undefined;
  const fen = figures.reduce((sum, f) => sum + f!.fen, 0);
  const tables = [...new Set(figures.map((f) => f!.table))];
  return { cents: centsOfFen(fen), fen, unit: first.unit, cell: first.cell, table: tables.join('、') };
}

/**
 * The sum a list of labels' amount should have been (summedAmounts: 经营收入和附属单位上缴收入合计…), where the text states it as
 * neither the sum of their figures nor that of their alternatives (§六's 基本支出 is table 05's), as text-figures compares it:
 * a share is then of the tables' sum (of the stated one, its message asked for a share of the wrong amount). None where a
 * figure is missing or the units differ.
 */
export function correctedSum(summed: Pick<SummedAmount, 'labels' | 'lookups' | 'money'> | undefined, rec: Recognition, supplement: Supplement): NamedFigure | undefined {
  if (!summed) return undefined;
  const own = sumOfFigures(summed.lookups.map((l) => l(rec, supplement)));
  if (!own) return undefined;
  const alternative = sumOfFigures(summed.labels.map((label, i) => (ALTERNATIVES[label]?.[0] ?? summed.lookups[i]!)(rec, supplement)));
  return [own, alternative].some((f) => f !== undefined && agreesAtPrecision(summed.money, f.fen, f.unit)) ? undefined : own;
}

export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
