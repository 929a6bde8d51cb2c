/**
 * 功能分类 subjects as an explanation names them: "一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)"
 * (both wordings; 上海 writes （类） and 、 after the ordinal, which read the same once normalised).
 */
import { normalizeText } from '../../grid/normalize';
import { derived, derivedSlot } from '../../grid/derived';
import { FUNCTIONAL_CLASSES, functionalClassByName, functionalSubject, functionalSubjectsNamed } from '../../subjects/functional';
import { ECONOMIC_SUBJECTS } from '../../subjects/economic';
import { findRow } from '../../tables/model';
import type { RowModel, TableModel } from '../../tables/model';

/** A 类(款(项)) chain the text names, with where it stands in the cell's text. */
export interface SubjectChain {
  /** Names as written (normalised), 类 first; the ordinal and any words before the 类 name are left out. */
  readonly names: readonly string[];
  readonly index: number;
  readonly end: number;
  readonly phrase: string;
}

const CHAIN = /([\u4e00-\u9fa5()]+?)\(类\)(?:([\u4e00-\u9fa5()]+?)\(款\)(?:([\u4e00-\u9fa5()]+?)\(项\))?)?/g;

/** The 类 name at the end of what precedes "(类)": the longest tail that is a 类 name, else the whole run. */
export function className(run: string): string {
  for (let i = 0; i < run.length - 1; i++) {
    if (functionalClassByName(run.slice(i))) return run.slice(i);
  }
  return run;
}

export function subjectChains(text: string): SubjectChain[] {
  return [...text.matchAll(CHAIN)].map((m) => {
    const cls = className(m[1]!);
    const names = [cls, m[2], m[3]].filter((n): n is string => n !== undefined);
    const index = m.index! + m[1]!.length - cls.length;
    return { names, index, end: m.index! + m[0].length, phrase: m[0].slice(m[1]!.length - cls.length) };
  });
}

const norm = (s: string) => normalizeText(s).replace(/支出$/, '');

/** Whether a name the text writes is a row's label, as names compare (normalised, a closing 支出 either way). */
export function namesRow(name: string, row: RowModel): boolean {
  return norm(row.label) === norm(name);
}

/** A row's label or a former name of its subject (行政事业单位离退休, 20805's before 行政事业单位养老支出), as names compare. */
function rowNamed(row: RowModel, name: string): boolean {
  const wanted = norm(name);
  return norm(row.label) === wanted || (functionalSubject(row.code ?? '')?.aliases ?? []).some((a) => norm(a) === wanted);
}

/**
 * The row of a subject table (02, 03, 05, 08, 09) a chain of names leads to: 类 by the dictionary, 款 and 项 by label (or a
 * former name of the subject: unmatched, a 项 under its 款's former name went unread, a wrong figure passing; helper-h227).
 */
export function subjectByNames(rows: readonly RowModel[], names: readonly string[]): RowModel | undefined {
  const cls = functionalClassByName(names[0]!);
  let candidates = rows.filter((r) => r.code && r.code.startsWith(cls?.code ?? '---'));
  let found: RowModel | undefined = candidates.find((r) => r.level === 'class');
  for (const [i, name] of names.slice(1).entries()) {
    const length = 5 + i * 2;
    found = candidates.find((r) => r.code!.length === length && rowNamed(r, name));
    if (!found) return undefined;
    candidates = candidates.filter((r) => r.code!.startsWith(found!.code!));
  }
  return found;
}

/**
 * A sentence about 一般公共预算 names it before the 类 (本部门2022年度一般公共预算财政拨款支出…主要用于：…), other than
 * as a source of a total of all sources (支出决算…，资金来源为一般公共预算财政拨款和其他资金，主要用于：…; 本年支出合计…
 * 其中：一般公共预算…), which is about all sources.
 */
export function aboutGeneralBudget(before: string): boolean {
  return before.includes('一般公共预算') && !GENERAL_BUDGET_AS_SOURCE.test(before);
}
const GENERAL_BUDGET_AS_SOURCE = /(?:来源|其中|本年支出|支出决算|支出合计|支出总计)[^。]*一般公共预算/;

/** A 类 the words right before an amount name. */
export interface ClassNamed {
  readonly code: string;
  /**
   * Marked (类) as §五（二） marks table 05's (text-figures holds it to that table alone); named alone or with its code
   * (一般公共服务支出（201）), it may be any table's.
   */
  readonly marked: boolean;
  /** Where its name starts in the words. */
  readonly index: number;
}

/**
 * Each ends where the amount starts, with what may stand between a 类's name (or its mark) and it: 支出 after the mark,
 * 决算(数), 为, 是, a colon. `一般公共服务支出(类)`, `一般公共服务(类)支出`: the name the tail of the run before the mark
 * (className).
 */
const MARKED_CLASS_BEFORE = /([\u4e00-\u9fa5()]+?)\(类\)(?:支出)?(?:决算数?)?(?:为|是|:)?$/;
/** `一般公共服务支出(201)`: the 类's own name ends the words before its code. */
const CODED_CLASS_BEFORE = /([\u4e00-\u9fa5()]+?)\((\d{3})\)(?:支出)?(?:决算数?)?(?:为|是|:)?$/;
/** `201一般公共服务支出`: the code, then the 类's name alone. */
const CODE_FIRST_CLASS_BEFORE = /(?<![\d.,])(\d{3})\s*([\u4e00-\u9fa5]+?)(?:决算数?)?(?:为|是|:)?$/;
/**
 * A 类's name alone (no character of a longer word before it: 职业教育支出 is no 教育支出, 主要用于一般公共服务支出 not read, as
 * text-figures reads none there: review44's narrower scopes), 其他支出 aside (also the 经济分类 类 399 of §六).
 */
const UNMARKED_CLASS_BEFORE = /(?<![\u4e00-\u9fa5()])([\u4e00-\u9fa5]+?)(?:决算数?)?(?:为|是|:)?$/;
const ECONOMIC_NAMES = new Set(ECONOMIC_SUBJECTS.map((e) => e.name));

/** The 类 whose name (and mark or code) ends `words`, right before an amount they state for it. */
export function classNamedBefore(words: string): ClassNamed | undefined {
  const marked = MARKED_CLASS_BEFORE.exec(words);
  if (marked) {
    // Where its name starts, not the run's: words of a scope with no punctuation before it (财政拨款支出主要用于一般公共服务
    // 支出（类）…) are no part of it (helper-h104: read as the 类's, they were not seen, and a 财政拨款 one held to table 05's).
    // The run, or it with 支出 after (一般公共服务(类)支出), both starting where the words' run does.
    for (const run of [marked[1]!, `${marked[1]!}支出`]) {
      const name = className(run);
      const cls = functionalClassByName(name);
      if (cls) return { code: cls.code, marked: true, index: marked.index + run.length - name.length };
    }
    return undefined;
  }
  const coded = CODED_CLASS_BEFORE.exec(words);
  if (coded) {
    const cls = FUNCTIONAL_CLASSES.find((c) => c.code === coded[2]);
    const name = cls && [cls.name, cls.name.replace(/支出$/, '')].find((n) => coded[1]!.endsWith(n));
    return name === undefined ? undefined : { code: cls!.code, marked: false, index: coded.index + coded[1]!.length - name.length };
  }
  const codeFirst = CODE_FIRST_CLASS_BEFORE.exec(words);
  if (codeFirst) {
    const cls = FUNCTIONAL_CLASSES.find((c) => c.code === codeFirst[1]);
    return cls && [cls.name, cls.name.replace(/支出$/, '')].includes(codeFirst[2]!) ? { code: cls.code, marked: false, index: codeFirst.index } : undefined;
  }
  const unmarked = UNMARKED_CLASS_BEFORE.exec(words);
  const cls = unmarked && !ECONOMIC_NAMES.has(unmarked[1]!) ? functionalClassByName(unmarked[1]!) : undefined;
  return cls && { code: cls.code, marked: false, index: unmarked!.index };
}

/** The last 项 chain named before a position of the text (the item a later "年初预算为…" speaks of). */
export function chainBefore(text: string, position: number): SubjectChain | undefined {
  const before = subjectChains(text).filter((c) => c.end <= position);
  return before[before.length - 1];
}

/**
 * The code of the 项 the text names last before a position where table 05 does not list it (a 项 with no spending this
 * year: "13. …(款)其他政府办公厅(室)及相关机构事务支出(项):支出决算数为0.00万元，比上年决算减少72.90万元"): its 款 in the
 * table, the 项 by the dictionary under that 款; a 项 named alone, by the dictionary where one 项 has its name. Its 上年数
 * is the 说明数据's like any 项's.
 */
export function unlistedItemCodeBefore(table: TableModel | undefined, text: string, position: number): string | undefined {
  if (!table) return undefined;
  const named = itemNamedBefore(table, text, position);
  // A 项 named with its code (行政运行(2010301), 2010301行政运行) that no row of the table has: that code, its name the
  // dictionary's (codedItemsIn).
  if (named?.kind === 'coded') return findRow(table, named.code)?.code === named.code ? undefined : named.code;
  // A 项 named alone (吉林: 其他统战事务支出（项）0.00万元，比上年减少…) that no row of the table has: the dictionary's 项 of
  // that name, where it has one only (unread, the change went unchecked; helper-82).
  if (named?.kind === 'lone') {
    if (loneItemRows(table, named.name).length > 0) return undefined;
    const found = functionalSubjectsNamed(named.name).filter((e) => e.code.length === 7);
    return found.length === 1 ? found[0]!.code : undefined;
  }
  const chain = named?.chain;
  if (!chain || chain.names.length !== 3) return undefined;
  const section = sectionCode(table, chain.names);
  if (section === undefined || subjectByNames(table.rows, chain.names)) return undefined;
  return functionalSubjectsNamed(chain.names[2]!).find((e) => e.code.length === 7 && e.code.startsWith(section))?.code;
}

/**
 * The code of a chain's 款: its row in the table, else the dictionary's 款 of that name under the 类 (a 款 none of whose
 * 项 was spent this year has no row either: 新疆 §五（三） "统战事务(款)其他统战事务支出(项)：支出决算数为0.00万元，比上年决算
 * 减少0.20万元", whose change went unchecked).
 */
function sectionCode(table: TableModel, names: readonly string[]): string | undefined {
  const listed = subjectByNames(table.rows, names.slice(0, 2))?.code;
  if (listed !== undefined) return listed;
  const cls = functionalClassByName(names[0]!);
  return cls && functionalSubjectsNamed(names[1]!).find((e) => e.code.length === 5 && e.code.startsWith(cls.code))?.code;
}

/**
 * The 项 row of table 05 the text names last before a position (`…(类)…(款)…(项)：…比上年…`, `…(项)。…年初预算为…`), a
 * 项 named alone (`行政运行(项)支出决算数为…`, 北京 and 山东) that one row of the table has, or a 项 named with its code
 * (`行政运行(2010301)支出…`, `2010301行政运行支出…`) that the table has.
 */
export function itemRowBefore(table: TableModel | undefined, text: string, position: number): RowModel | undefined {
  if (!table) return undefined;
  const named = itemNamedBefore(table, text, position);
  if (named?.kind === 'coded') {
    const row = findRow(table, named.code);
    return row?.code === named.code ? row : undefined;
  }
  if (named?.kind === 'lone') return loneItemRow(table, named.name);
  return named && named.chain.names.length === 3 ? subjectByNames(table.rows, named.chain.names) : undefined;
}

/** How the text names the 项 it names last before a position: a 类(款(项)) chain, a name then (项), or a name with its code. */
type NamedItem = { readonly kind: 'chain'; readonly chain: SubjectChain } | { readonly kind: 'lone'; readonly name: string } | { readonly kind: 'coded'; readonly code: string };

/**
 * The 项 the text names last before a position, in whichever of its ways (the one ending last): a chain is read where
 * neither a lone 项 nor a coded one ends after it, a lone 项 where no coded one ends after it.
 */
function itemNamedBefore(table: TableModel, text: string, position: number): NamedItem | undefined {
  const chain = chainBefore(text, position);
  const head = text.slice(0, position);
  const lone = loneItemsIn(head).pop();
  const coded = codedItemsIn(head, table).pop();
  const chainEnd = chain?.end ?? -1;
  const loneEnd = lone?.end ?? -1;
  if (coded && coded.end > chainEnd && coded.end > loneEnd) return { kind: 'coded', code: coded.code };
  if (lone && lone.end > chainEnd) return { kind: 'lone', name: lone.name };
  return chain && { kind: 'chain', chain };
}

/** A 项's code (7 digits, no more around it), where a text may name a 项 by it. */
const ITEM_CODE = /(?<![\d.,])(\d{7})(?![\d.,%])/g;

/**
 * 项 named with their code beside their name, name first or code first (`行政运行(2010301)`, `2010301行政运行`,
 * `[2010301]行政运行`), as text-figures reads their amounts: each code whose own name stands right beside it, the
 * table's row's label or the dictionary's name (a closing 支出 either way), and where the naming ends. A code beside
 * another 项's name is text-subject-names' 错误, and which of the two the text means is not known: not read.
 */
export function codedItemsIn(text: string, table: TableModel | undefined): { readonly code: string; readonly index: number; readonly end: number }[] {
  const out: { code: string; index: number; end: number }[] = [];
  for (const m of text.matchAll(ITEM_CODE)) {
    const code = m[1]!;
    const row = table && findRow(table, code);
    const names = [row?.code === code ? row.label : undefined, functionalSubject(code)?.name]
      .filter((n): n is string => n !== undefined)
      .flatMap((n) => [normalizeText(n), normalizeText(n).replace(/支出$/, '')])
      .filter((n) => n.length > 1);
    if (names.length === 0) continue;
    const opening = /[([【]$/.exec(text.slice(0, m.index!))?.[0] ?? '';
    const before = text.slice(0, m.index! - opening.length);
    const closing = /^[)\]】]?[:-]?/.exec(text.slice(m.index! + code.length))![0];
    const afterFrom = m.index! + code.length + closing.length;
    const after = text.slice(afterFrom);
    const nameBefore = names.find((n) => before.endsWith(n));
    if (nameBefore !== undefined) {
      out.push({ code, index: before.length - nameBefore.length, end: afterFrom });
      continue;
    }
    const nameAfter = names.filter((n) => after.startsWith(n)).sort((a, b) => b.length - a.length)[0];
    if (nameAfter !== undefined) out.push({ code, index: m.index! - opening.length, end: afterFrom + nameAfter.length });
  }
  return out;
}

/** A name then `(项)` with no `(款)` before it in the same run of words: a 项 named alone, and where it ends. */
const LONE_ITEM = /(?<![\u4e00-\u9fa5()])((?:(?!\((?:类|款)\))[\u4e00-\u9fa5()])+?)\(项\)/g;
/** Words a 项's name may follow in the same run (2022年度行政运行(项), 其中行政运行(项)): not part of it. */
const BEFORE_NAME = /^(?:其中|(?:本)?年度?|本年|的|是|为)?/;

export function loneItemsIn(text: string): { readonly name: string; readonly index: number; readonly end: number }[] {
  return [...text.matchAll(LONE_ITEM)].map((m) => {
    const lead = BEFORE_NAME.exec(m[1]!)![0].length;
    return { name: m[1]!.slice(lead), index: m.index! + lead, end: m.index! + m[0].length };
  });
}

/** The one 项 row of the table with this name; none where no row, or more than one (行政运行 under two 款), has it. */
export function loneItemRow(table: TableModel, name: string): RowModel | undefined {
  const named = loneItemRows(table, name);
  return named.length === 1 ? named[0] : undefined;
}

/** Every 项 row of the table with this name, in table order (行政运行 under each 款 that has one). */
export function loneItemRows(table: TableModel, name: string): readonly RowModel[] {
  return itemsByName(table).get(norm(name)) ?? [];
}

// The 项 rows by name, made once a table: a 公开说明 names 项 alone dozens of times, and a department's table 05 can have
// thousands of rows, each label normalised anew on every lookup otherwise.
const ITEMS_BY_NAME = derivedSlot<Map<string, RowModel[]>>('项 rows by name');

function itemsByName(table: TableModel): Map<string, RowModel[]> {
  return derived(table, ITEMS_BY_NAME, () => {
    const byName = new Map<string, RowModel[]>();
    for (const r of table.rows) {
      if (r.code?.length !== 7) continue;
      const key = norm(r.label);
      const rows = byName.get(key);
      if (rows) rows.push(r);
      else byName.set(key, [r]);
    }
    return byName;
  });
}

/**
 * Every row of a subject table (类, 款, 项) whose label is this name (normalised, a closing 支出 either way): a name
 * written bare (一般行政管理事务781.22万元) is a subject of the table only where one row has it; 行政运行 under two 款,
 * 其他支出 as 类, 款 and 项, is not known to be which.
 */
export function subjectRowsNamed(table: TableModel, name: string): readonly RowModel[] {
  return subjectsByName(table).get(norm(name)) ?? [];
}

const SUBJECTS_BY_NAME = derivedSlot<Map<string, RowModel[]>>('subject rows by name');

function subjectsByName(table: TableModel): Map<string, RowModel[]> {
  return derived(table, SUBJECTS_BY_NAME, () => {
    const byName = new Map<string, RowModel[]>();
    for (const r of table.rows) {
      if (!r.code || !/^\d+$/.test(r.code)) continue;
      const key = norm(r.label);
      const rows = byName.get(key);
      if (rows) rows.push(r);
      else byName.set(key, [r]);
    }
    return byName;
  });
}
