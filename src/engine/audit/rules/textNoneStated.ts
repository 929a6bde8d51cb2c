/**
 * A 三公 item the explanation says there was none of (2015年无因公出国(境)人员, 本年度未发生公务接待, 无公务用车购置支出) must be
 * none in table 07: its 决算数 0. A sentence left from a year without such spending, in a year with it, says a figure of the
 * tables wrong (四川 东坡区 2015's wording “(一)因公出国(境)经费 2015年无因公出国(境)人员。”: held to no table, a 决算 of 1.00
 * passed; helper-h258). Not read: a clause on another year (上年无…, 2021年无…), on a 预算 (未安排因公出国预算), or a reason
 * (…主要原因是上半年无公务接待), which tells of a part of the year; nor a budget's start, a plan or the year to come
 * (年初未安排…, 下一年度无…计划), nor a unit under the department (部门所属的信息中心无…), nor a kind of department (无…支出的部门，作下述说明: a template's instruction), nor a breach
 * (未发生公务接待违规问题) or a change (无…增减变化), nor the 国内 公务接待 alone (无国内公务接待: the 外事 may be spent). A 决算 below 0 is a refund, none
 * spent (helper-h262: each a false 错误).
 */
import { defineRule } from '../rule';
import { amount, moneyValues } from '../measure';
import { occurrences } from '../shared/occurrences';
import { isHeading, NO_CAR_BOUGHT, NONE_THIS, NONE_THIS_OPENING, NONE_WORDS, sentenceSpans, textCells, threePublicCell } from '../shared/textScan';
import type { TextCell } from '../shared/textScan';
import { shownTitle } from '../../tables/model';
import { tablesYear } from '../shared/documentYear';
import { ofAnotherYear, rightUnderHeading, threePublicHeadingItem } from '../shared/threePublicHeadings';
import type { WorkbookGrid } from '../../grid/cell';


/**
 * An item named, then none of it as 此项 (因公出国（境）费：本单位无此项支出。 公务用车购置费：无此项经费。: unread, a wrong one passed;
 * helper-h273): only the item's name, its 支出, a colon or comma and the department between (an amount or other words between,
 * as 因公出国（境）费0万元，无此项支出 or 公务接待费：年初预算…，无此项支出, is not read here).
 */
function noneOfThis(name: string): string {
  return `${name}(?:支出)?[:,]?(?:本单位|本部门|我单位|我部门|单位|部门)?(?:本年度?|\\d{4}年度?)?${NONE_THIS}`;
}

/** The items, the 购置及运行 before its 购置 (无公务用车购置及运行维护费 is the pair's). The text normalised: brackets half-width, quotes gone. */
const ITEMS: readonly { readonly item: string; readonly name: string; readonly pattern: RegExp }[] = [
  { item: 'total', name: '“三公”经费', pattern: new RegExp(`${NONE_WORDS}三公经费|${noneOfThis('三公经费')}`, 'g') },
  { item: 'overseasTravel', name: '因公出国（境）费', pattern: new RegExp(`${NONE_WORDS}(?:因公)?出国\\(境\\)|${noneOfThis('(?:因公)?出国\\(境\\)(?:费|经费)')}`, 'g') },
  // The pair joined by 费及, 和 or 与 too (无公务用车购置费及运行维护费支出: read as 购置费's 0, a wrong none passed; helper-h299).
  { item: 'vehicles', name: '公务用车购置及运行维护费', pattern: new RegExp(`${NONE_WORDS}公务用车购置费?[及和与]运行|${noneOfThis('公务用车购置费?[及和与]运行(?:维护)?(?:费|经费)')}`, 'g') },
  { item: 'vehiclePurchase', name: '公务用车购置费', pattern: new RegExp(`${NONE_WORDS}公务用车购置(?!费?[及和与]运行)|${NO_CAR_BOUGHT}|${noneOfThis('公务用车购置(?:费|经费)')}`, 'g') },
  { item: 'vehicleOperation', name: '公务用车运行维护费', pattern: new RegExp(`${NONE_WORDS}公务用车运行|${noneOfThis('公务用车运行(?:维护)?(?:费|经费)')}`, 'g') },
  { item: 'reception', name: '公务接待费', pattern: new RegExp(`${NONE_WORDS}(?:国内)?公务接待|${noneOfThis('(?:国内)?公务接待(?:费|经费)')}`, 'g') },
];

/** ITEMS' patterns, to ask whether a cell holds one (not global: no lastIndex kept between cells). */
const ITEMS_NAMED = ITEMS.map(({ pattern }) => new RegExp(pattern.source));

/**
 * Words of the clause before the statement that place it elsewhere: another year, a 预算, a part of the year. Nor a budget's
 * start (年初未安排公务接待费，…年中追加…), a plan, the year to come (下一年度无公务用车购置计划; helper-h262: each a 错误).
 */
const ELSEWHERE = /上一?年|去年|同期|预算|期间|半年|季度|\d{1,2}月|年初|下一?年|明年|计划|所属|下属/;
/**
 * None of a breach of the rules on it (未发生公务接待违规违纪问题, 无“三公”经费违规使用情况): the spending was, within them. Nor
 * a rule (对无公务接待公函的一律不予接待: a 接待 without its 公函).
 */
const BREACH = /违规|违纪|违反|超标|超范围|超预算|超支|铺张|私用|问题|现象|函/;
/**
 * The words after a none under a heading that leave it the heading's item (无此项支出, 无此类经费, 无此项内容): any other names a
 * part or another thing (（三）公务接待费 / 本单位无此类外事接待; （二）公务用车购置及运行维护费 / 无此项购置支出; §七 / 无此类因公出国
 * （境）支出: review r293, held to the whole item, a right text was a 错误), a breach or a change (无此项超标准支出).
 */
const GENERIC_REST = /^(?:的)?(?:支出|开支|经费|费用|情况|内容|事项|业务|发生)*$/;
/** None of a change in it (无公务用车运行维护费增减变化): the same as last year's, not none. */
const CHANGE = /变动|变化|增减|波动/;
/** A kind of department named by its none (上海's instruction: 无“三公”经费财政拨款支出的部门，作下述说明): none of this one's. */
const OF_A_KIND = /^[\u4e00-\u9fa5()]{0,20}?的(?:部门|单位)/;

/**
 * The heading a cell's none is under and the paragraph after it: the cell's own where it opens with one and a colon
 * (1.因公出国(境)费支出情况:本单位无此项支出, a heading cell itself as short), else the innermost over it where the cell is right
 * under it (（一）因公出国（境）费 / 本单位无此项支出。; not after a sub-heading no text cell holds: （二）公务用车购置费及运行维护费 /
 * 1.公务用车购置费 / 本单位无此项支出 is 购置费's, review r306). `index`: where the paragraph starts in the cell.
 */
function headingAndParagraph(t: TextCell, above: TextCell | undefined, grid: WorkbookGrid): { readonly heading: string; readonly paragraph: string; readonly index: number } | undefined {
  const lead = /^([^:：。]+)[:：]/.exec(t.text);
  if (lead && isHeading(lead[1]!)) return { heading: lead[1]!, paragraph: t.text.slice(lead[0].length), index: lead[0].length };
  const heading = t.headings?.[t.headings.length - 1];
  return heading === undefined || !rightUnderHeading(t, above, grid) ? undefined : { heading, paragraph: t.text, index: 0 };
}

/**
 * None of this opening a cell's paragraph under an item's heading (（一）因公出国（境）费 / 本单位无此项支出。): the words read,
 * where they stand, the heading and the words after the none in its clause. Only the paragraph's first sentence: further on,
 * 此项 may be what the paragraph named last.
 */
function noneUnderHeading(t: TextCell, above: TextCell | undefined, grid: WorkbookGrid): { readonly heading: string; readonly phrase: string; readonly index: number; readonly rest: string } | undefined {
  const under = headingAndParagraph(t, above, grid);
  const m = under && new RegExp(NONE_THIS_OPENING).exec(under.paragraph);
  if (!under || !m) return undefined;
  const rest = under.paragraph.slice(m[0].length).split(/[,，;；。]/)[0]!;
  return { heading: under.heading, phrase: m[0] + rest, index: under.index, rest };
}

export default defineRule({
  id: 'text-none-stated',
  title: '公开说明称没有的“三公”经费支出，“三公”经费支出决算表中应为 0',
  severity: 'error',
  tables: ['07'],
  messages: {
    none: '说明文字写“{phrase}”，而《{table}》中{name}决算数为 {value}。',
  },
  check(rule) {
    const place = occurrences(rule);
    const ctx = place.context;
    const t7 = ctx.recognition.tables.threePublicCosts;
    if (!t7) return;
    const year = tablesYear(ctx);
    const cells = textCells(ctx);
    for (const [i, t] of cells.entries()) {
      if (!/无|没有|未/.test(t.text)) continue;
      for (const { sentence, start } of sentenceSpans(t.text)) {
        for (const { item, name, pattern } of ITEMS) {
          for (const m of sentence.matchAll(pattern)) {
            const before = sentence.slice(0, m.index);
            const clause = before.split(/[,，;；:：]/).pop()! + m[0];
            const rest = sentence.slice(m.index! + m[0].length).split(/[,，;；。]/)[0]!;
            if (/原因/.test(before) || ELSEWHERE.test(clause) || ELSEWHERE.test(rest) || OF_A_KIND.test(rest) || BREACH.test(rest) || CHANGE.test(rest) || ofAnotherYear(clause, year)) continue;
            // None of the 国内 公务接待 alone: table 07's 公务接待费 holds the 外事 接待 too.
            if (m[0].includes('国内')) continue;
            const f = threePublicCell(t7, 'actual', item);
            // A 决算 below 0 is a refund of an earlier year's spending (新疆: …决算为负数，系收回以前年度支出): none spent this year.
            if (!f || f.invalid || (f.fen ?? 0) <= 0) continue;
            const phrase = `${m[0]}${rest}`;
            place.at(start + m.index!);
            ctx.report({
              messageId: 'none',
              data: { phrase, table: shownTitle(t7), name, value: amount(f.fen!, t7.unit) },
              cells: [t.cell, f.cell],
              key: `${item}${phrase}`,
              ...moneyValues([0, f.fen!], -f.fen!, t7.unit),
            });
          }
        }
      }
      checkUnderHeading(t, cells[i - 1]);
    }

    // helper-h288: none of this in a cell of its own under an item's heading was held to no item (a wrong none passed).
    function checkUnderHeading(t: TextCell, above: TextCell | undefined): void {
      const said = noneUnderHeading(t, above, ctx.grid);
      const named = said && threePublicHeadingItem(said.heading, year, ELSEWHERE);
      // Nor where the cell names the item with its none (1.公务接待费:本单位无此项支出): read above, once.
      if (!said || !named || !t7 || ITEMS_NAMED.some((p) => p.test(t.text))) return;
      const { heading, phrase, index, rest } = said;
      if (ELSEWHERE.test(phrase) || !GENERIC_REST.test(rest) || ofAnotherYear(phrase, year)) return;
      const f = threePublicCell(t7, 'actual', named.item);
      if (!f || f.invalid || (f.fen ?? 0) <= 0) return;
      place.at(index);
      ctx.report({
        messageId: 'none',
        data: { phrase: `${heading}：${phrase}`, table: shownTitle(t7), name: named.name, value: amount(f.fen!, t7.unit) },
        cells: [t.cell, f.cell],
        key: `${named.item}${phrase}`,
        ...moneyValues([0, f.fen!], -f.fen!, t7.unit),
      });
    }
  },
});
