/**
 * The 三公 item a section's heading names (（一）因公出国（境）费, （二）公务用车购置费及运行维护费, 3.公务接待费支出情况): what a
 * paragraph under it speaks of where its words name none (本单位无此项支出: text-none-stated; 支出4.79万元，…: text-figures).
 */
import { FIGURE_MONEY, lookupOf, parseMoney } from './textScan';
import type { Lookup, TextCell, TextMoney } from './textScan';
import type { WorkbookGrid } from '../../grid/cell';

export interface HeadingItem {
  /** Table 07's column (threePublicCell). */
  readonly item: string;
  /** The item's name in a finding. */
  readonly name: string;
}

/**
 * The items a heading may name, the car items' whole before its parts: joined by 及 in one name, or by 费及, 和 or 与 (上海/中央:
 * （二）公务用车购置费及运行维护费, read as 购置费's, was held to its 0: helper-h299); 国内公务接待 alone is not the 公务接待费 (the
 * 外事 part is table 07's too).
 */
const HEADING_ITEMS: readonly (HeadingItem & { readonly pattern: RegExp })[] = [
  { item: 'overseasTravel', name: '因公出国（境）费', pattern: /出国\(境\)/ },
  { item: 'vehicles', name: '公务用车购置及运行维护费', pattern: /公务用车购置费?[及和与]运行/ },
  { item: 'vehiclePurchase', name: '公务用车购置费', pattern: /公务用车购置(?!费?[及和与]运行)/ },
  { item: 'vehicleOperation', name: '公务用车运行维护费', pattern: /(?<!购置及)公务用车运行/ },
  // Not a part of it named (1.国内公务接待, 2.国（境）外公务接待, 外宾公务接待: the part's, FOREIGN_PART; helper-h314).
  { item: 'reception', name: '公务接待费', pattern: /(?<!国内|外宾|外事|外)公务接待/ },
];

/** Whether words name a year other than the document's (2021年度公务接待费). */
export function ofAnotherYear(words: string, year: number | undefined): boolean {
  const named = /(\d{4})年/.exec(words);
  return named !== null && year !== undefined && Number(named[1]) !== year;
}

/**
 * The one item a heading names: the 三公 total where it names none of them but the 三公 (七、…“三公”经费支出…说明); none where it
 * names two, another year, a comparison (（三）与预算对比: then of what it compares) or words `aside` (a rule's own: a 预算, a plan).
 */
export function threePublicHeadingItem(heading: string, year: number | undefined, aside: RegExp): HeadingItem | undefined {
  if (aside.test(heading) || /对比|比较|相比|差异|变动|变化|增减/.test(heading) || ofAnotherYear(heading, year)) return undefined;
  const named = HEADING_ITEMS.filter((i) => i.pattern.test(heading));
  if (named.length === 1) return { item: named[0]!.item, name: named[0]!.name };
  if (named.length === 0 && /三公/.test(heading) && !/国内公务接待/.test(heading)) return { item: 'total', name: '“三公”经费' };
  return undefined;
}

/** Headings of sections about no 决算 of this year: a 预算, last year's, a plan, a comparison. */
const NOT_THIS_YEARS = /预算|上一?年|去年|同期|下一?年|明年|计划|对比|比较|相比|差异|变动|变化|增减/;

/**
 * A paragraph opening on its spending bare (支出4.79万元，比上年增加0.04万元; 2022年度支出决算为0.20万元): group 1 a year, then
 * FIGURE_MONEY's number and unit, ending its clause. Not a 预算 (年初预算…), a part (其中…), an amount of something else (接待3批次),
 * nor one spent on something (支出0.06万元用于外宾接待，0.14万元用于国内接待: parts of the item, review r306).
 */
const BARE_SPENDING = new RegExp(
  `^(?:本单位|本部门|我单位|我部门)?(?:(\\d{4})年度?|本年度?)?(?:财政拨款)?(?:支出决算数?|决算支出|支出)(?:为|是|:)?${FIGURE_MONEY}(?=[,，;；。]|$)`,
);

/**
 * Whether a cell is its section's first paragraph, right under the innermost heading over it: `above`, the text cell before it, is
 * that heading, with nothing but blank rows between them. Further on, or after words no text cell holds (a short label or
 * sub-heading: 国内公务接待 / 支出0.15万元; （二）公务用车购置费及运行维护费 / 1.公务用车购置费 / 本单位无此项支出; 3.公务接待费 / …,
 * under 2.公务用车购置及运行维护费 still), the paragraph may be a part's or the next item's (review r306: held to the heading's item,
 * a right text was a 错误). Nor under a heading with anything beside it in its row: a table's row label (1.因公出国（境）费 | 0.00 /
 * 3.公务接待费 | 0.20 / 支出4.99万元…, a table pasted into the text sheet) or headings side by side, each over its own column (review
 * r321: the short ones read as headings since helper-h314, the 三公's whole after the table was held to the 公务接待费, a 错误).
 */
export function rightUnderHeading(t: TextCell, above: TextCell | undefined, grid: WorkbookGrid): boolean {
  const heading = t.headings?.[t.headings.length - 1];
  return heading !== undefined && above !== undefined && above.text === heading && rightAfter(t, above, grid);
}

/** Whether `above` (the text cell before `t`) is the paragraph right over it on its sheet, nothing but blank rows between. */
export function rightAfter(t: TextCell, above: TextCell | undefined, grid: WorkbookGrid): above is TextCell {
  if (above === undefined || above.cell.sheet !== t.cell.sheet) return false;
  const rows = grid.sheets.find((s) => s.name === t.cell.sheet)?.rows ?? [];
  const filled = (v: unknown) => v !== null && v !== undefined && String(v).trim() !== '';
  if ((rows[above.cell.row] ?? []).some((v, c) => c !== above.cell.col && filled(v))) return false;
  for (let r = above.cell.row + 1; r < t.cell.row; r++) {
    if ((rows[r] ?? []).some(filled)) return false;
  }
  return above.cell.row < t.cell.row;
}

/**
 * The amount a cell's paragraph opens on bare right under a 三公 item's heading, the innermost (（二）公务用车购置费及运行维护费 /
 * 支出4.79万元，…): the heading's item's, the car items' whole under a heading of both (its parts, named after 其中, are read as
 * their own). Only the cell's first words, only the cell right under the heading (`above`: the text cell before it), only under
 * an item's heading (not the 三公's: a section's heading over other items' paragraphs), none where any heading over it is about a
 * 预算, another year or a comparison. Unread before helper-h299: a wrong amount passed.
 */
export function bareAmountUnderItemHeading(
  t: TextCell,
  above: TextCell | undefined,
  grid: WorkbookGrid,
  year: number | undefined,
): { readonly name: string; readonly lookup: Lookup; readonly money: TextMoney; readonly end: number } | undefined {
  const headings = t.headings ?? [];
  const heading = headings[headings.length - 1];
  if (heading === undefined || !rightUnderHeading(t, above, grid)) return undefined;
  if (headings.some((h) => NOT_THIS_YEARS.test(h) || ofAnotherYear(h, year))) return undefined;
  const named = threePublicHeadingItem(heading, year, NOT_THIS_YEARS);
  const m = named && named.item !== 'total' ? BARE_SPENDING.exec(t.text) : null;
  if (!named || !m || (m[1] !== undefined && year !== undefined && Number(m[1]) !== year)) return undefined;
  const lookup = lookupOf(named.name === '因公出国（境）费' ? '因公出国(境)费' : named.name);
  return lookup && { name: named.name, lookup, money: parseMoney(m[2]!, m[3]!), end: m[0].length };
}

/** The words of the 公务接待's foreign part (外宾接待, 外事接待, 国(境)外公务接待…), as a pattern's source (text-counts reads them too). */
export const FOREIGN_RECEPTION_WORDS = '(?:外宾|外事|国\\(境\\)外|境外|国外)(?:公务)?接待';
/** A heading naming the foreign part of the 公务接待 (2.外事接待, （二）外宾接待费, 2.国（境）外公务接待), not the 国内 one. */
const FOREIGN_PART = new RegExp(FOREIGN_RECEPTION_WORDS);
const RECEPTION = HEADING_ITEMS.find((i) => i.item === 'reception')!.pattern;

/**
 * Whether a heading is the foreign part's alone: not the 国内 one's, nor the whole's saying what it holds (（三）公务接待费（含外宾接待）,
 * 3.公务接待费(含外事接待): review r321, its 支出0.20万元 was held to the 外宾接待费 0.05, a 错误).
 */
export function namesForeignReception(heading: string): boolean {
  return FOREIGN_PART.test(heading) && !/国内/.test(heading) && !RECEPTION.test(heading);
}

/**
 * The amount a cell's paragraph opens on bare right under a heading of the 公务接待's foreign part, the innermost (（三）公务接待费 /
 * 2.外事接待 / 支出0.05万元。): the 说明数据's 外宾接待费 is its figure (text-matter-amounts). Under the 国内 part's heading (1.国内
 * 公务接待) nothing is read: the 说明数据 gives no 国内 figure, and the whole (table 07's) is not the part's (helper-h314). The same
 * limits as bareAmountUnderItemHeading: only right under the heading, none under a heading of a 预算, another year or a comparison.
 */
export function bareAmountUnderForeignReception(
  t: TextCell,
  above: TextCell | undefined,
  grid: WorkbookGrid,
  year: number | undefined,
): { readonly match: RegExpExecArray; readonly money: TextMoney; readonly end: number } | undefined {
  const headings = t.headings ?? [];
  const heading = headings[headings.length - 1];
  if (heading === undefined || !namesForeignReception(heading) || !rightUnderHeading(t, above, grid)) return undefined;
  if (headings.some((h) => NOT_THIS_YEARS.test(h) || ofAnotherYear(h, year))) return undefined;
  const m = BARE_SPENDING.exec(t.text);
  if (!m || (m[1] !== undefined && year !== undefined && Number(m[1]) !== year)) return undefined;
  return { match: m, money: parseMoney(m[2]!, m[3]!), end: m[0].length };
}
