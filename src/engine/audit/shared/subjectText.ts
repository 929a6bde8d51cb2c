/**
 * 功能分类 subjects as an explanation names them: "一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)"
 * (both wordings; 上海 writes （类） and 、 after the ordinal, which read the same once normalised).
 */
import { normalizeText } from '../../grid/normalize';
import { derived, derivedSlot } from '../../grid/derived';
import { functionalClassByName, functionalSubjectsNamed } from '../../subjects/functional';
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

/** The row of a subject table (02, 03, 05, 08, 09) a chain of names leads to: 类 by the dictionary, 款 and 项 by label. */
export function subjectByNames(rows: readonly RowModel[], names: readonly string[]): RowModel | undefined {
  const cls = functionalClassByName(names[0]!);
  let candidates = rows.filter((r) => r.code && r.code.startsWith(cls?.code ?? '---'));
  let found: RowModel | undefined = candidates.find((r) => r.level === 'class');
  for (const [i, name] of names.slice(1).entries()) {
    const length = 5 + i * 2;
    found = candidates.find((r) => r.code!.length === length && norm(r.label) === norm(name));
    if (!found) return undefined;
    candidates = candidates.filter((r) => r.code!.startsWith(found!.code!));
  }
  return found;
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
  const chain = chainBefore(text, position);
  if (!table) return undefined;
  // A 项 named alone (吉林: 其他统战事务支出（项）0.00万元，比上年减少…) that no row of the table has: the dictionary's 项 of
  // that name, where it has one only (unread, the change went unchecked; helper-82).
  const lone = loneItemsIn(text.slice(0, position)).pop();
  if (lone && (!chain || lone.end > chain.end)) {
    if (loneItemRows(table, lone.name).length > 0) return undefined;
    const named = functionalSubjectsNamed(lone.name).filter((e) => e.code.length === 7);
    return named.length === 1 ? named[0]!.code : undefined;
  }
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
 * The 项 row of table 05 the text names last before a position (`…(类)…(款)…(项)：…比上年…`, `…(项)。…年初预算为…`), or a
 * 项 named alone (`行政运行(项)支出决算数为…`, 北京 and 山东) that one row of the table has.
 */
export function itemRowBefore(table: TableModel | undefined, text: string, position: number): RowModel | undefined {
  if (!table) return undefined;
  const chain = chainBefore(text, position);
  const lone = loneItemsIn(text.slice(0, position)).pop();
  if (lone && (!chain || lone.end > chain.end)) return loneItemRow(table, lone.name);
  return chain && chain.names.length === 3 ? subjectByNames(table.rows, chain.names) : undefined;
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
