/**
 * §六 lists what 人员经费 and 公用经费 were spent on: "人员经费 577.84 万元，包括：基本工资、津贴补贴…" (新疆),
 * "人员经费X万元，主要包括：基本工资、津贴补贴、奖金……（不涉及的不列）" (上海). The list must be the 经济分类 款 of
 * table 06 with a figure: an item whose figure is 0 or blank must not be named, one above 0 must not be left
 * out (unless the list ends with 等), and one below 0 (a refund, 收回以前年度支出) is no spending: named, a 提示 (our §六
 * states it after the list: 奖励金-0.50万元为收回以前年度支出，冲减本年支出); after "主要包括" one left out is a 提示 (none where the list is a selection of the main
 * items: it states their amounts, or names fewer than half), and so are 款 of 0 where the list names
 * several (the 中央 template's fixed list). 人员经费 = 301 + 303, 公用经费 = 302 + 310 (+ 307 + 399) (DOMAIN §2).
 * A name that is no 经济分类 款 at all is a 提示 (a colloquial name such as 水电费 may stand for 水费 and 电费), and
 * leaves the list open: none of its 款 is then said to be missing. A 名词解释 entry's list (公用经费：指…，包括…) is the
 * definition's, and is not compared. An amount written after an item (基本工资135.62万元) must be table 06's, where the
 * text's amount for the group is table 06's (so that the list is known to be of 一般公共预算财政拨款).
 */
import { defineRule } from '../rule';
import { amount as tableAmount, moneyValues } from '../measure';
import type { RuleContext } from '../rule';
import type { CellRef } from '../../grid/address';
import type { Unit } from '../../grid/money';
import { fromFen } from '../../grid/money';
import { normalizeLabel } from '../../grid/normalize';
import { ECONOMIC_SUBJECTS, PERSONNEL_CLASSES, PUBLIC_CLASSES } from '../../subjects/economic';
import type { RowModel, TableModel } from '../../tables/model';
import { occurrences } from '../shared/occurrences';
import { agreesAtPrecision, AMOUNT_LIST, AMOUNTS, atCommonPrecision, CONNECTOR, FROM_LAST_YEAR_TO, isDefinition, listItems, MONEY, moneyText, parseMoney, textCells } from '../shared/textScan';
import type { TextMoney } from '../shared/textScan';

// 基本支出 only as the whole of a 其中 (OF_WHICH): 一般公共预算财政拨款基本支出645.23万元，其中：工资福利支出…, 商品和服务支出….
type Group = '人员经费' | '公用经费' | '基本支出';
const CLASSES: Readonly<Record<Group, readonly string[]>> = { 人员经费: PERSONNEL_CLASSES, 公用经费: PUBLIC_CLASSES, 基本支出: [...PERSONNEL_CLASSES, ...PUBLIC_CLASSES] };

/** "人员经费…包括:A、B、C" up to the end of the clause. */
const LIST = /(人员经费|公用经费)[^。;包]*?(主要)?包括:?([^。;]+)/g;

/**
 * "人员经费577.84万元，其中：工资福利支出556.87万元、对个人和家庭的补助20.97万元" (湖北, the 中央 wording of §六): the group's
 * amount, then 其中 and its parts, up to the clause's end, the other group or a 包括 list. Only the parts' amounts are
 * read (a 其中 names some parts, not the list of them: none is said to be missing, and a name that is no 款 is another
 * split, 在职人员经费…), and only where the group's amount is table 06's. Unread, a wrong part passed (helper-82).
 */
// Of 基本支出 too, where its amount is table 06's (helper-h125: 其中：工资福利支出和商品和服务支出分别为…, unread).
const OF_WHICH = new RegExp(`(人员经费|公用经费|基本支出)${CONNECTOR}${MONEY}[,，]?\\(?其中:?((?:(?!人员经费|公用经费|包括)[^。;)])+)`, 'g');

/** How many 款 of 0 a 主要包括 list names before it is taken for the 中央 template's fixed list. */
const TEMPLATE_ZEROS = 3;

const DICTIONARY = new Map(ECONOMIC_SUBJECTS.map((e) => [normalizeLabel(e.name), e.code]));

interface Item {
  readonly code: string;
  readonly name: string;
  readonly row?: RowModel;
  readonly fen: number;
}

/** The items of table 06 under the group's classes: 款 rows, and a 类 row that has no 款 of its own. */
function tableItems(t6: TableModel, group: Group): Item[] {
  const coded = t6.rows.filter((r) => r.code && CLASSES[group].includes(r.code.slice(0, 3)));
  return coded
    .filter((r) => r.code!.length === 5 || !coded.some((k) => k.code!.length === 5 && k.code!.startsWith(r.code!)))
    .map((r) => ({ code: r.code!, name: normalizeLabel(r.label), row: r, fen: r.figures.amount?.fen ?? 0 }));
}

/** A listed name as a code: by table 06's labels, then by the dictionary. */
function codeOf(name: string, t6: TableModel): string | undefined {
  const n = normalizeLabel(name);
  return t6.rows.find((r) => r.code && normalizeLabel(r.label) === n)?.code ?? DICTIONARY.get(n);
}

/** "A和B", "A及B" as two known names (其他商品和服务支出 has a 和 of its own: every split point is tried). */
function splitPair(name: string, t6: TableModel): [string, string] | undefined {
  for (const m of name.matchAll(/以及|和|及/g)) {
    const left = name.slice(0, m.index);
    const right = name.slice(m.index! + m[0].length);
    if (codeOf(left, t6) && codeOf(right, t6)) return [left, right];
  }
  return undefined;
}

/** An item's amount written after it (`基本工资135.62万元`, `1,168.45 万元`, `（12.60万元）`): not part of its name. */
const AMOUNT = /\(?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(万元|千元|元)\s*\)?/g;

const ETC = /(等|等等|等支出|等费用)$/;

/** A listed name, with the amount written after it (千元 is no unit of the text's: not compared). */
interface Listed {
  readonly name: string;
  readonly stated?: TextMoney;
}

/**
 * The list's names, each with its amount: split at 、 and commas; a trailing 等 (or the template's ……) leaves the list
 * open. The amounts are taken out first (a thousands separator would split the list), each left as a mark of its
 * place, so that it stays with the name before it.
 */
function listedNames(list: string, t6: TableModel): { names: Listed[]; open: boolean; uneven: Uneven[] } {
  const amounts: (TextMoney | undefined)[] = [];
  const { list: respectively, uneven } = inTurn(list, t6);
  // A change from last year's amount to this year's (办公费由上年的10.00万元减少至8.46万元): this year's the name's (helper-h126:
  // unread, a wrong one passed; in a 包括 list its words were taken for a name).
  const body = respectively.replace(/\(不涉及的不列\)/g, '').replace(FROM_LAST_YEAR_TO_ALL, '').replace(AMOUNT, (_whole, number: string, unit: string) => {
    amounts.push(unit === '千元' ? undefined : parseMoney(number, unit));
    return `\u0000${amounts.length - 1}\u0000`;
  });
  const plain = body.replace(/\u0000\d+\u0000/g, '');
  let open = /\.{3,}|…/.test(plain);
  const names: Listed[] = [];
  for (const piece of body.split(/[、,]|\.{3,}|…+/)) {
    // A comparison after the names (办公费、差旅费较上年减少; 办公费10.00万元，比上年减少2.00万元): what is said of them, no name, its
    // amount the change (helper-h255: 差旅费较上年减少 was taken for a name, a 提示 on a right text).
    const compared = COMPARED_TAIL.exec(piece);
    const own = compared ? piece.slice(0, compared.index) : piece;
    const mark = /\u0000(\d+)\u0000/.exec(own);
    const named = own.replace(/\u0000\d+\u0000/g, '').replace(/^(和|及|以及)/, '').trim();
    // 等 leaves the list open, wherever it ends a piece; before the amount (津贴补贴等304.07万元) it makes the amount several
    // items' (review44), after it (…补助20.97万元等) it only closes the list.
    open ||= ETC.test(named);
    const name = named.replace(ETC, '');
    const several = mark !== null && ETC.test(own.slice(0, mark.index).trim());
    const stated = mark && !several ? amounts[Number(mark[1])] : undefined;
    if (!name) continue;
    const pair = codeOf(name, t6) ? undefined : splitPair(name, t6);
    // An amount after a pair (办公费和印刷费10.00万元) is the two's together: compared with neither.
    names.push(...(pair ? pair.map((n) => ({ name: n })) : [{ name, ...(stated ? { stated } : {}) }]));
  }
  return { names, open, uneven };
}

/** A 分别 list of names and amounts not as many (inTurn): one 提示, the list to be written again. */
function reportUneven(ctx: RuleContext<'uneven'>, group: Group, cell: CellRef, uneven: readonly Uneven[]): void {
  for (const u of uneven) {
    ctx.report({ messageId: 'uneven', data: { phrase: u.phrase, group, names: u.names, amounts: u.amounts }, cells: [cell], key: `分别${u.phrase}`, severity: 'warning' });
  }
}

const FROM_LAST_YEAR_TO_ALL = new RegExp(FROM_LAST_YEAR_TO, 'g');

/**
 * A comparison with last year, another year or a budget after a list's names (…差旅费较上年减少, 同比下降), or a change word
 * ending the piece (会议费增加, 会议费增加1.00万元): no part of a name.
 */
const COMPARED_TAIL = /(?:比|较|与|同比)(?:上一?年度?|去年|\d{4}年度?|同期|年初|全年|预算|增加|减少|增长|下降)|(?:有所)?(?:增加|减少|增长|下降)了?(?=\u0000|$)/;

/**
 * Names before 分别 and their amounts after it (工资福利支出和商品和服务支出分别为556.87万元、64.11万元), a comma before 分别 too
 * (主要包括工资福利支出和对个人和家庭的补助，分别为…: helper-h126, 分别为 was taken for a name, a 提示 on a correct sentence).
 */
// One amount too (工资福利支出和对个人和家庭的补助分别为556.87万元): a list not as many as its names, said so (inTurn).
const RESPECTIVELY = new RegExp(`([^,，;；:：。]+?)[,，]?分别(?:为|是|达到|达)?:?${AMOUNTS}`, 'g');
/** Names, then as many amounts with no 分别 (办公费、差旅费8.46万元、4.27万元): the names from a word's start, with no amount. */
const LISTED_BARE = new RegExp(`((?!元)[\\u4e00-\\u9fa5(][^,，;；:：。\\d元]{0,80}?)(?:为|是)?:?${AMOUNT_LIST}`, 'g');

/** A 分别 list whose names (every one a 经济分类 name) are not as many as its amounts: which amount is whose is not known. */
interface Uneven {
  /** The names, 分别 and the amounts, as written. */
  readonly phrase: string;
  readonly names: number;
  readonly amounts: number;
}

/**
 * A list's names before 分别 and their amounts after it, each name with its amount (工资福利支出和商品和服务支出分别为556.87万元、
 * 64.11万元 → 工资福利支出556.87万元、商品和服务支出64.11万元): split at 、, and at 和 or 及 where both sides are names (splitPair:
 * 商品和服务支出 has a 和 of its own). Only where every name is one and there are as many amounts (unread, a wrong one passed:
 * helper-h125). Otherwise the names alone, the amounts left unread (paired in turn, one may go to the wrong name), and
 * where every name is one, the list `uneven` (helper-h131: 分别为 and the amounts were read as one more name, a 提示 that it
 * is no 经济分类 name, or after 其中 nothing said).
 */
function inTurn(given: string, t6: TableModel): { list: string; uneven: Uneven[] } {
  const uneven: Uneven[] = [];
  // Names and as many amounts with no 分别 (办公费、差旅费8.46万元、4.27万元): each in turn too (helper-h236: the first amount was
  // the last name's, a right text a 错误 and a swapped one passed). Where they are not, left as written.
  const list = given.replace(LISTED_BARE, (whole, names: string, amounts: string) => {
    const etc = ETC.exec(names)?.[0] ?? '';
    const split = names.slice(0, names.length - etc.length).split('、').flatMap((n) => (codeOf(n, t6) ? [n] : (splitPair(n, t6) ?? [n])));
    const items = listItems(amounts);
    if (split.length < 2 || split.length !== items.length || !split.every((n) => codeOf(n, t6))) return whole;
    return split.map((n, i) => `${n}${moneyText(items[i]!.money)}`).join('、') + etc;
  });
  if (!list.includes('分别')) return { list, uneven };
  const paired = list.replace(RESPECTIVELY, (whole, names: string, amounts: string) => {
    // 等 after the names (基本工资、津贴补贴等，分别为…: helper-h128, 分别为 was taken for a name, a 提示 on a correct sentence):
    // the amounts are the names', and the list stays open after the last (…津贴补贴168.45万元等).
    const etc = ETC.exec(names)?.[0] ?? '';
    const split = names.slice(0, names.length - etc.length).split('、').flatMap((n) => (codeOf(n, t6) ? [n] : (splitPair(n, t6) ?? [n])));
    const items = listItems(amounts);
    const named = split.every((n) => codeOf(n, t6));
    if (split.length === items.length && named) return split.map((n, i) => `${n}${moneyText(items[i]!.money)}`).join('、') + etc;
    if (named) uneven.push({ phrase: whole, names: split.length, amounts: items.length });
    return names;
  });
  return { list: paired, uneven };
}

/** The amount the text states for the group itself, between its name and 包括 (`人员经费577.84万元，主要包括`). */
const GROUP_AMOUNT = new RegExp(`^${CONNECTOR}${MONEY}`);

/**
 * Whether the items' amounts are table 06's: the group's amount the text states is table 06's (at the text's
 * precision). An amount of another scope (§三's 基本支出 of all sources: 人员经费690.12万元，主要包括…) has items of that
 * scope, which no table gives; a list with no amount of its own is not known to be table 06's.
 */
function statesTableGroup(m: RegExpMatchArray, group: Group, t6: TableModel): boolean {
  const own = GROUP_AMOUNT.exec(m[0].slice(group.length));
  const totals = GROUP_TOTAL[group].map((key) => t6.rows.find((r) => r.key === key)?.figures.amount);
  if (!own || totals.some((total) => !total || total.invalid)) return false;
  return agreesAtPrecision(parseMoney(own[1]!, own[2]!), totals.reduce((sum, total) => sum + (total!.fen ?? 0), 0), t6.unit);
}

const GROUP_TOTAL: Readonly<Record<Group, readonly string[]>> = { 人员经费: ['personnelTotal'], 公用经费: ['publicTotal'], 基本支出: ['personnelTotal', 'publicTotal'] };

/** An item's figure in table 06: its row's, or for a 类 without a row its 款's sum; the cell to name, where there is one. */
function itemFigure(t6: TableModel, code: string, items: readonly Item[]): { readonly fen: number; readonly cell?: CellRef } {
  const row = t6.rows.find((r) => r.code === code);
  if (row) return { fen: row.figures.amount?.fen ?? 0, ...(row.figures.amount ? { cell: row.figures.amount.cell } : {}) };
  return { fen: items.filter((i) => i.code.startsWith(code)).reduce((s, i) => s + i.fen, 0) };
}

interface StatedItem {
  readonly group: Group;
  readonly name: string;
  readonly code: string;
  readonly stated: TextMoney;
  readonly cell: CellRef;
}

/** The items of a run of names together (办公费、邮电费12.04万元: 8.46 + 3.58), where the run has more than one. */
function runFigure(t6: TableModel, run: readonly string[], items: readonly Item[]): { readonly fen: number } | undefined {
  return run.length > 1 ? { fen: run.reduce((sum, code) => sum + itemFigure(t6, code, items).fen, 0) } : undefined;
}

/**
 * The item's amount as the text states it against table 06's figure, at the coarser of their precisions; right too
 * where it is the run's before it together (`run`).
 */
function checkAmount(ctx: RuleContext<'amount'>, item: StatedItem, figure: { readonly fen: number; readonly cell?: CellRef }, run: { readonly fen: number } | undefined, unit: Unit): void {
  const same = (fen: number) => agreesAtPrecision(item.stated, fen, unit);
  if (same(figure.fen) || (run && same(run.fen))) return;
  const at = atCommonPrecision(item.stated, figure.fen, unit);
  ctx.report({
    messageId: 'amount',
    data: { group: item.group, name: item.name, stated: moneyText(item.stated), expected: tableAmount(figure.fen, unit) },
    cells: figure.cell ? [item.cell, figure.cell] : [item.cell],
    key: `${item.group}${item.code}${moneyText(item.stated)}`,
    ...moneyValues([item.stated.fen, figure.fen], (at.stated - at.table) * at.step, item.stated.unit),
  });
}

/**
 * Whether a 主要包括 list is a selection of the main items, not the whole list trimmed: it states the items' amounts
 * (主要包括：基本工资135.62万元、津贴补贴168.45万元…: the largest, with their figures), or names fewer than half of the
 * group's non-zero items. "主要" promises no whole list: its items left out were a 提示 each, a dozen on a right
 * sentence (helper-82). A list naming most of them (the 中央 template's fixed list, trimmed) still has its gaps said.
 */
function selection(mainly: boolean, names: readonly Listed[], items: readonly Item[], covered: ReadonlySet<string>): boolean {
  if (!mainly) return false;
  const spent = items.filter((i) => i.fen > 0);
  return names.some((n) => n.stated !== undefined) || 2 * spent.filter((i) => covered.has(i.code)).length < spent.length;
}

export default defineRule({
  id: 'text-basic-items',
  title: '公开说明中人员经费、公用经费的构成与基本支出决算表一致',
  severity: 'error',
  tables: ['06'],
  messages: {
    zero: '说明文字列出{group}包括“{name}”，而一般公共预算财政拨款基本支出决算表中{name}为 0 或空白：请删去。',
    otherGroup: '说明文字在{group}中列出“{name}”，而{name}（{code}）属于{otherGroup}：请移到{otherGroup}的构成中。',
    missing: '说明文字列出的{group}构成漏了“{name}”：一般公共预算财政拨款基本支出决算表中{name}为 {amount}：请补上。',
    unknown: '说明文字列出{group}包括“{name}”，这不是经济分类科目的名称，基本支出决算表中也没有：请核对。',
    amount: '说明文字写{group}中“{name}{stated}”，而一般公共预算财政拨款基本支出决算表中{name}为 {expected}。',
    refund: '说明文字列出{group}包括“{name}”，而一般公共预算财政拨款基本支出决算表中{name}为 {amount}（退回，冲减支出），不是支出：请从构成中删去，另行说明。',
    uneven: '说明文字“{phrase}”用“分别”列出{group}的 {names} 项，却写了 {amounts} 个金额，无法逐项对应：请逐项写出各项的金额，或核对所列名称。',
  },
  check(rule) {
    // Keyed by the group and the item (and the amount written): the same wrong item written twice in one text (two lists
    // alike) had one id, the second dropped (helper-h132): told apart by the sentence the list starts in, where both
    // readings (OF_WHICH, LIST) of one list place it.
    const place = occurrences(rule);
    const ctx = place.context;
    const t6 = ctx.recognition.tables.generalBudgetBasic;
    if (!t6) return;
    const sentenceOf = (text: string, index: number) => text.lastIndexOf('。', index - 1) + 1;
    for (const t of textCells(ctx)) {
      // Both readings (OF_WHICH, LIST) open on the group's name (OF_WHICH on 基本支出 too): a text naming none has nothing to check.
      if (!t.text.includes('人员经费') && !t.text.includes('公用经费') && !t.text.includes('基本支出')) continue;
      // 名词解释 (机关运行经费：指…日常公用经费支出，包括办公费、印刷费、会议费…): what the words mean, not table 06.
      if (isDefinition(t.text)) continue;
      for (const m of t.text.matchAll(OF_WHICH)) {
        const group = m[1] as Group;
        if (!statesTableGroup(m, group, t6)) continue;
        place.at(sentenceOf(t.text, m.index!));
        const items = tableItems(t6, group);
        let run: string[] = [];
        const listed = listedNames(m[4]!, t6);
        reportUneven(ctx, group, t.cell, listed.uneven);
        for (const { name, stated } of listed.names) {
          const code = codeOf(name, t6);
          if (!code || !CLASSES[group].includes(code.slice(0, 3))) {
            run = [];
            continue;
          }
          run.push(code);
          if (!stated) continue;
          checkAmount(ctx, { group, name, code, stated, cell: t.cell }, itemFigure(t6, code, items), runFigure(t6, run, items), t6.unit);
          run = [];
        }
      }
      for (const m of t.text.matchAll(LIST)) {
        const group = m[1] as Group;
        const mainly = m[2] !== undefined;
        place.at(sentenceOf(t.text, m.index!));
        const items = tableItems(t6, group);
        const { names, open, uneven } = listedNames(m[3]!, t6);
        reportUneven(ctx, group, t.cell, uneven);
        const amountsAreTable06 = statesTableGroup(m, group, t6);
        // "主要包括" (mainly) promises no whole list: an item left out is a 提示. A list after it naming several 款 of 0
        // is the 中央 template's fixed list as it stands, not the department's: those are a 提示 too (上海's
        // "主要包括……（不涉及的不列）", filled in, names none).
        const leftOut = mainly ? ({ severity: 'warning' } as const) : {};
        const zeros = names.filter(({ name }) => {
          const code = codeOf(name, t6);
          return code !== undefined && CLASSES[group].includes(code.slice(0, 3)) && (t6.rows.find((r) => r.code === code)?.figures.amount?.fen ?? 0) === 0;
        });
        const zeroNamed = mainly && zeros.length >= TEMPLATE_ZEROS ? ({ severity: 'warning' } as const) : {};
        const covered = new Set<string>();
        // A name that is no 款 (水电费, the older 社会保障缴费) may stand for several: what the list leaves out is not known.
        let unknown = false;
        // The items named since the last amount: an amount after a run of names may be the run's (办公费、邮电费12.04万元).
        let run: string[] = [];
        for (const { name, stated } of names) {
          const code = codeOf(name, t6);
          const key = `${group}${name}`;
          if (!code) {
            run = [];
            ctx.report({ messageId: 'unknown', data: { group, name }, cells: [t.cell], key, severity: 'warning' });
            unknown = true;
            continue;
          }
          const cls = code.slice(0, 3);
          if (!CLASSES[group].includes(cls)) {
            const otherGroup: Group = group === '人员经费' ? '公用经费' : '人员经费';
            ctx.report({ messageId: 'otherGroup', data: { group, name, code, otherGroup }, cells: [t.cell], key });
            run = [];
            continue;
          }
          // A 类 named as a whole covers its 款.
          const named = items.filter((i) => i.code === code || (code.length === 3 && i.code.startsWith(code)));
          named.forEach((i) => covered.add(i.code));
          const row = t6.rows.find((r) => r.code === code);
          const fen = row?.figures.amount?.fen ?? 0;
          run.push(code);
          if (stated && amountsAreTable06) checkAmount(ctx, { group, name, code, stated, cell: t.cell }, itemFigure(t6, code, items), runFigure(t6, run, items), t6.unit);
          if (stated) run = [];
          if (fen === 0) {
            const f = row?.figures.amount;
            ctx.report({ messageId: 'zero', data: { group, name }, cells: f ? [t.cell, f.cell] : [t.cell], key, values: [0], unit: t6.unit, ...zeroNamed });
          } else if (fen < 0 && !stated) {
            // A refund (收回以前年度支出) is no spending: named among what the group was spent on, as if spent (a 提示: the
            // list may have been written for the 款 as a whole). With its figure written after it, it says what it is.
            const f = row!.figures.amount!;
            ctx.report({ messageId: 'refund', data: { group, name, amount: tableAmount(fen, t6.unit) }, cells: [t.cell, f.cell], key, values: [fromFen(fen, t6.unit)], unit: t6.unit, severity: 'warning' });
          }
        }
        // 日常公用经费 is table 06's 公用经费 in some documents and a part of it in others (商品和服务支出, or less): what its list
        // leaves out is known only where its amount is table 06's (helper-h128: a 错误 for each 款 not named, on a sentence that
        // may be correct). A 款 of 人员经费 or of 0 named in it is wrong either way.
        const daily = group === '公用经费' && t.text.slice(0, m.index).endsWith('日常');
        if (open || unknown || selection(mainly, names, items, covered) || (daily && !amountsAreTable06)) continue;
        // A 款 below 0 (a refund) is no spending: a list of what the group was spent on leaves it out (§六 states it after).
        for (const item of items) {
          if (item.fen <= 0 || covered.has(item.code)) continue;
          const f = item.row!.figures.amount!;
          const amount = tableAmount(item.fen, t6.unit);
          ctx.report({ messageId: 'missing', data: { group, name: item.name, amount }, cells: [t.cell, f.cell], key: `${group}${item.code}`, values: [fromFen(item.fen, t6.unit)], unit: t6.unit, ...leftOut });
        }
      }
    }
  },
});
