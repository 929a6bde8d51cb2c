/**
 * The typed model of a recognised workbook. Every figure remembers the cell it came from, so derived
 * figures, narrative numbers and audit findings can all point back to it.
 */
import type { CellRef, RangeRef } from '../grid/address';
import type { Unit } from '../grid/money';
import type { SubjectLevel } from '../subjects/functional';
import { derived, derivedSlot } from '../grid/derived';

/**
 * The nine tables and the 自评表; then tables a province's set prints beside them (spec.ts: BaseSpec.extra), coded by the
 * table of the nine they widen: F05 江苏's 财政拨款支出决算表(功能科目) (table 05 of every 财政拨款), F06 its
 * 财政拨款基本支出决算表(经济科目) (table 06 of every 财政拨款); A10 江西's 国有资产占用情况表 (its 公开10表, of the §十 国有资产占用).
 */
export type TableCode = '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | '10' | 'F05' | 'F06' | 'A10';

export type TableId =
  | 'summary'
  | 'income'
  | 'expenditure'
  | 'fiscalSummary'
  | 'generalBudgetExpenditure'
  | 'generalBudgetBasic'
  | 'threePublicCosts'
  | 'govFund'
  | 'stateCapital'
  | 'projectPerformance'
  | 'fiscalExpenditure'
  | 'fiscalBasic'
  | 'assets';

/** A money figure in 分 (integer). `fen` is null where the cell holds no figure (blank, a dash, or garbage). */
export interface MoneyFigure {
  readonly cell: CellRef;
  readonly fen: number | null;
  /** True when the cell held something that is not a figure (reported as a problem). */
  readonly invalid?: true;
  /**
   * The figures this one is the sum of, where the table prints it only as its parts (ColumnModel.parts): `cell` is
   * then the last part's, and whatever names the figure's cells (a finding, a formula, the text's source) names these.
   * A 自评表's 年度资金总额 left blank over its filled parts is their sum too, at its own blank cell.
   */
  readonly parts?: readonly MoneyFigure[];
}

/**
 * A table's title as the accountant sees it on its page: as the workbook prints it (printedTitle: 云南's 收入支出决算表),
 * else the canonical one. Messages name a table by it: 《收入支出决算总表》 named a page no one could find.
 */
export function shownTitle(table: { readonly title: string; readonly printedTitle?: string }): string {
  return table.printedTitle ?? table.title;
}

/** The cells a figure stands in: its own, or those of the parts it is the sum of. */
export function figureParts(f: MoneyFigure): readonly MoneyFigure[] {
  return f.parts ?? [f];
}

/** A figure that is not money: a score, a weight, a rate (as a fraction: 100% is 1). */
export interface NumberFigure {
  readonly cell: CellRef;
  readonly value: number | null;
  readonly invalid?: true;
}

export interface TextCell {
  readonly cell: CellRef;
  readonly text: string;
}

export interface ColumnModel {
  /** Meaning of the column within its block (`yearIncome`, `basic`, `amount`, …). */
  readonly key: string;
  readonly block: string;
  readonly col: number;
  /** The header labels above the column, top to bottom, as normalised. */
  readonly header: readonly string[];
  /**
   * A column the table prints only as its parts (BlockSpec.printedAsParts: 财政拨款收入 as 一般公共预算财政拨款 |
   * 政府性基金预算财政拨款, no 小计): the keys of the parts printed; each row's figure is their sum, and `col` is the
   * last part's. Such a column is in TableModel.printedAsParts, not in `columns` (the sheet's own).
   */
  readonly parts?: readonly string[];
}

export interface RowModel {
  readonly block: string;
  /** `total`, a subject code (`2010301`), or a fixed key of the table's spec (`yearIncome`). */
  readonly key: string;
  readonly label: string;
  readonly labelCell: CellRef | null;
  readonly code?: string;
  readonly level?: SubjectLevel;
  readonly figures: Readonly<Record<string, MoneyFigure>>;
}

/**
 * What an exact sum needs of a row's figure in a column: its 分 (a cell without a figure 0), `absent` where the row
 * has no such column, `invalid` where the cell holds something that is not a figure.
 */
export type ExactFen = number | 'absent' | 'invalid';

/** A row that answers `exactFen` from figures it stores as numbers (a block table's rows: readers/row.ts). */
export interface FiguresStored {
  exactFen(column: string): ExactFen;
}

/** The row's figure in `column` as an exact sum adds it, without making the row's figure objects where it stores 分. */
export function exactFen(row: RowModel, column: string): ExactFen {
  const stored = (row as Partial<FiguresStored>).exactFen;
  if (stored !== undefined) return stored.call(row, column);
  const f = row.figures[column];
  return f === undefined ? 'absent' : f.invalid ? 'invalid' : (f.fen ?? 0);
}

export interface TableModel {
  readonly code: Exclude<TableCode, '10'>;
  readonly id: Exclude<TableId, 'projectPerformance'>;
  /** The canonical title of the table (the spec's, not the cell's spelling). */
  readonly title: string;
  /**
   * The spec's title the workbook prints where it is not the canonical one (云南's 收入支出决算表, an older 09's
   * 国有资本经营预算财政拨款支出决算表): what a document lists and names the table by, as its page is titled.
   */
  readonly printedTitle?: string;
  readonly sheet: string;
  readonly titleCell: CellRef;
  readonly range: RangeRef;
  /**
   * The table's other parts, where its rows go on apart from `range` (its next page or continuation on a sheet of its
   * own, table 06's other part: recognise.ts), each down to its notes, in reading order. Absent: all in `range`.
   */
  readonly partRanges?: readonly RangeRef[];
  readonly unit: Unit;
  /** The cell of the unit line (`单位：万元`) the unit was read from; none where the columns' labels say it, or nothing does. */
  readonly unitCell?: CellRef;
  /** The `部门：` / `编制单位：` line, when present. */
  readonly department?: string;
  /** The figure columns as the sheet prints them. */
  readonly columns: readonly ColumnModel[];
  /**
   * Columns the table prints only as their parts (ColumnModel.parts), where it has none of its own: every row has their
   * figure, the parts' sum. A rule, the text and a typed text's check take it as they take a printed column's.
   */
  readonly printedAsParts?: readonly ColumnModel[];
  readonly rows: readonly RowModel[];
  /**
   * Table 07 laid out unit by unit under (or over) its 合计 row, whose figures are the department's (`rows`): each
   * unit's row per measure (key `budget` or `actual`, label the unit's), which the 合计 row's must add up to
   * (three-public-units). Absent: the table has one data row.
   */
  readonly unitRows?: readonly RowModel[];
  /**
   * A table in 元 of a set that prints 分 (most figures have them: 6,452,305.96, tables/cents.ts): its figures are
   * exact, a relation of them tolerates half a 分 a figure, not the half 元 of tables rounded to whole 元.
   */
  readonly cents?: true;
  /** Lines under the table: the footnote (`注：本表反映…`) and any 说明 (`说明：…故本表无数据。`). */
  readonly notes: readonly TextCell[];
}

/** The table's column of `key` (in `block`, when given): printed, or printed as its parts. */
export function columnOf(table: TableModel | undefined, key: string, block?: string): ColumnModel | undefined {
  const of = (c: ColumnModel) => c.key === key && (block === undefined || c.block === block);
  return table?.columns.find(of) ?? table?.printedAsParts?.find(of);
}

/** Whether the table reads a column of `key` (in `block`, when given): printed, or printed as its parts. */
export function hasColumn(table: TableModel | undefined, key: string, block?: string): boolean {
  return columnOf(table, key, block) !== undefined;
}

/**
 * The columns that hold `key`'s figure: its own, or `parts` where the table prints only those (基本支出 | 项目支出 with no
 * 小计), whose sum is the figure.
 */
export function columnsOf(table: TableModel | undefined, key: string, parts: readonly string[], block?: string): readonly string[] {
  return !hasColumn(table, key, block) && parts.every((p) => hasColumn(table, p, block)) ? parts : [key];
}

/** A table with no figure other than 0 (blank cells print zeros): an empty 08/09/07 as published. */
export function isEmptyTable(table: TableModel): boolean {
  return table.rows.every((r) => Object.values(r.figures).every((f) => !f.invalid && (f.fen === null || f.fen === 0)));
}

export type FundRowKey = 'total' | 'fiscal' | 'carryover' | 'other';

export interface FundRow {
  readonly label: TextCell;
  readonly initialBudget?: MoneyFigure;
  readonly adjustedBudget?: MoneyFigure;
  readonly actual?: MoneyFigure;
  readonly weight?: NumberFigure;
  readonly rate?: NumberFigure;
  readonly score?: NumberFigure;
}

export interface Indicator {
  readonly level1: string;
  readonly level2: string;
  readonly name: TextCell;
  readonly target?: TextCell;
  readonly achieved?: TextCell;
  readonly weight?: NumberFigure;
  readonly score?: NumberFigure;
  readonly deviation?: TextCell;
}

/** One 项目支出绩效自评表 (DOMAIN §7). */
export interface ProjectPerformanceModel {
  readonly code: '10';
  readonly id: 'projectPerformance';
  readonly title: string;
  readonly sheet: string;
  readonly titleCell: CellRef;
  readonly range: RangeRef;
  readonly unit: Unit;
  readonly name?: TextCell;
  readonly department?: TextCell;
  readonly implementer?: TextCell;
  readonly funds: Readonly<Partial<Record<FundRowKey, FundRow>>>;
  /** Rows of the funds block that are none of its rows (a form's own split of 年度资金总额): its parts are then not all read. */
  readonly otherFundRows?: readonly TextCell[];
  readonly goals: { readonly expected?: TextCell; readonly achieved?: TextCell };
  readonly indicators: readonly Indicator[];
  readonly total?: { readonly label: TextCell; readonly weight?: NumberFigure; readonly score?: NumberFigure };
}

/**
 * A table's rows by key and by parent subject, each built on first use (a rule that looks rows up by key needs no
 * index of parents, and the other way round). Most keys name one row: the row itself is stored, a list only for
 * a key that several blocks share (`total` in the income and the expenditure block), so that indexing a table of
 * 5,000 rows makes no list per row.
 */
interface RowIndex {
  /** The row of each key, by its place in `rows`; a list of the rows for a key several rows share. */
  byKey?: ReadonlyMap<string, number | RowModel[]>;
  /**
   * Where a table's rows come in code order (giveKeyIndex): the row of each key that is no subject code, by its place
   * in `rows`, and the subject rows by their codes' order.
   */
  byFixedKey?: ReadonlyMap<string, number>;
  byCode?: CodeIndex;
  /** Rows by the code of their parent subject (a code two digits shorter). */
  byParent?: ReadonlyMap<string, readonly RowModel[]>;
  /** The rows making up each 类, by its code. */
  byClass?: ReadonlyMap<string, readonly RowModel[]>;
  /** The subject rows of each level. */
  byLevel?: ReadonlyMap<SubjectLevel, readonly RowModel[]>;
}

// Models are immutable once read, so an index built on first use stays right; without it the cross-table rules
// are quadratic in the rows (20,000 项 took seconds).
const ROW_INDEX = derivedSlot<RowIndex>('row index');

function rowIndex(table: TableModel): RowIndex {
  return derived(table, ROW_INDEX, () => ({}));
}

function rowsByKey(table: TableModel): ReadonlyMap<string, number | RowModel[]> {
  const index = rowIndex(table);
  if (index.byKey) return index.byKey;
  const rows = table.rows;
  const byKey = new Map<string, number | RowModel[]>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const seen = byKey.get(row.key);
    if (seen === undefined) byKey.set(row.key, i);
    else if (Array.isArray(seen)) seen.push(row);
    else byKey.set(row.key, [rows[seen]!, row]);
  }
  return (index.byKey = byKey);
}

/**
 * A table's subject rows in code order (each code's order greater than the one before): their codes' orders (codeOrder)
 * and their places in `rows`. A code is found by its order in a few comparisons of numbers, where a map of a table's
 * codes cost a hash a row to make (made for every subject table, though rules look up one table's codes).
 */
export interface CodeIndex {
  readonly orders: number[];
  readonly at: number[];
  /**
   * Where in `orders` the last lookup ended, plus one: tried before the search, as rules mostly look up one table's
   * codes in the order another table prints them, which is this table's (a department's table 05 against table 03:
   * 1,650 searches of eleven steps each, half of that rule's time).
   */
  next?: number;
}

/**
 * A subject code as a number in the order a table prints codes, a parent before its children and siblings by their
 * own digits, padded to 7 digits: 201 → 2010000 < 20101 → 2010100 < 2010101. Not the strings compared: V8 compares two
 * strings in a call to its runtime, which cost as much as a lookup in a map.
 */
export function codeOrder(code: string): number {
  let n = 0;
  for (let i = 0; i < 7; i++) n = n * 10 + (i < code.length ? code.charCodeAt(i) - 48 : 0);
  return n;
}

/**
 * The key index of a table whose rows the reader has already indexed so (readers/blockTable.ts: the rows it took, by
 * key, while reading them), given instead of made anew on first use: `byKey` must hold each key once, at its row's
 * place in `table.rows`, and every row's key; or, with `codes` (the subject rows in code order), every other row's.
 */
export function giveKeyIndex(table: TableModel, byKey: ReadonlyMap<string, number>, codes: CodeIndex | undefined): void {
  const index = rowIndex(table);
  if (index.byKey !== undefined || index.byFixedKey !== undefined) return;
  if (codes === undefined) index.byKey = byKey;
  else {
    index.byFixedKey = byKey;
    index.byCode = codes;
  }
}

/** The place in `table.rows` of the subject row of `code`, found by its order. */
function placeOfCode(table: TableModel, codes: CodeIndex, code: string): number | undefined {
  const { orders, at } = codes;
  const next = codes.next ?? 0;
  // The row after the last one found, tried by its key alone: a subject row's key is its code, whose order is the one
  // stored for it, so the key equal says the orders are. Its order is worked out only for the search: codeOrder cost
  // ≈ 240 instructions a code (charCodeAt on a code sliced from its cell), most of a lookup (h241: table 05's 1,653
  // subjects looked up in table 03, 0.70 M instructions a check → 0.30 M).
  if (next < orders.length && table.rows[at[next]!]!.key === code) {
    codes.next = next + 1;
    return at[next];
  }
  const order = codeOrder(code);
  let low = 0;
  let high = orders.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const o = orders[mid]!;
    if (o < order) low = mid + 1;
    else if (o > order) high = mid - 1;
    else {
      // Of one order with `code` (20101 and 2010100, or a key of more than 7 characters): `code` itself only.
      const place = at[mid]!;
      codes.next = mid + 1;
      return table.rows[place]!.key === code ? place : undefined;
    }
  }
  return undefined;
}

/** Whether a key may be a subject code (a subject row's key is its code: all digits, a fixed key none). */
function mayBeCode(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57;
}

function rowsByParent(table: TableModel): ReadonlyMap<string, readonly RowModel[]> {
  const index = rowIndex(table);
  return (index.byParent ?? subjectIndex(table, index).byParent)!;
}

/**
 * The subject rows by parent, by 类 (classParts) and by level, made in one pass over the table's rows: the rules of
 * the subject hierarchy ask for all three of every subject table, and a pass each went through a department's 5,000
 * rows three times (measured: ≈ 5% of its check).
 * A row's parent, 类 and 款 are told by its code's order (codeOrder: the code's digits, so a prefix is the order with its
 * last digits zeroed), not by `startsWith` on the code (a call into V8's builtins for each row) and a code sliced and
 * hashed for each parent: where the parent's own row came just before (a table in code order), its code is the key.
 */
function subjectIndex(table: TableModel, index: RowIndex): RowIndex {
  const byParent = new Map<string, RowModel[]>();
  const byClass = new Map<string, RowModel[]>();
  // Siblings stand together in table order: a row under the parent of the row before it joins that list without a
  // lookup in the map.
  let lastParent = -1;
  let lastLength = 0;
  let lastChildren: RowModel[] | undefined;
  // The 类 and the 款 of the row before (their orders), with whether each is listed: the rows under one stand together
  // in table order, and each asks of the same one rather than of its code looked up anew.
  let lastClass = -1;
  let lastClassCode = '';
  let classListed = false;
  let lastSection = -1;
  let sectionListed = false;
  // The last 类 and 款 rows read, their orders and codes: the code a row under them is keyed by, not one sliced anew.
  const seen: SeenCodes = { classOrder: -1, classCode: '', sectionOrder: -1, sectionCode: '' };
  // Each level's rows, in a list of its own rather than looked up in a map for every row.
  let classes: RowModel[] | undefined;
  let sections: RowModel[] | undefined;
  let items: RowModel[] | undefined;
  const levels: SubjectLevel[] = [];
  // The orders the reader worked out for the subject rows, where it gave them (giveKeyIndex: `at` their places in
  // `rows`, ascending): taken in turn, not codeOrder anew for each row (≈ 240 instructions a code).
  const byCode = index.byCode;
  let nextCode = 0;
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const code = row.code;
    const given = byCode !== undefined && byCode.at[nextCode] === i ? byCode.orders[nextCode++]! : -1;
    if (!code) continue;
    const level = row.level;
    if (level === 'class') (classes ??= (levels.push(level), [])).push(row);
    else if (level === 'section') (sections ??= (levels.push(level), [])).push(row);
    else if (level === 'item') (items ??= (levels.push(level), [])).push(row);
    const length = code.length;
    const order = given >= 0 ? given : codeOrder(code);
    if (length === 3) {
      seen.classOrder = order;
      seen.classCode = code;
    } else if (length === 5) {
      seen.sectionOrder = order;
      seen.sectionCode = code;
    }
    if (length > 3) {
      // The parent's order: the code's last two digits zeroed (-1: a code of another length, told by its string).
      const parent = length === 5 ? order - (order % 10000) : length === 7 ? order - (order % 100) : -1;
      if (lastChildren !== undefined && parent >= 0 && parent === lastParent && length === lastLength) lastChildren.push(row);
      else {
        const key = prefix(code, length - 2, parent, seen);
        let children = byParent.get(key);
        if (children) children.push(row);
        else byParent.set(key, (children = [row]));
        lastParent = parent;
        lastLength = length;
        lastChildren = children;
      }
    }
    let cls = code;
    if (length > 3) {
      const classOrder = order - (order % 10000);
      if (classOrder !== lastClass) {
        lastClass = classOrder;
        lastClassCode = prefix(code, 3, classOrder, seen);
        classListed = findRow(table, lastClassCode) !== undefined;
      }
      cls = lastClassCode;
      // A row under one listed above it (its 类, or its 款) is a part of that one, not of the 类 itself.
      if (classListed) continue;
      if (length > 5) {
        const sectionOrder = order - (order % 100);
        if (sectionOrder !== lastSection) {
          lastSection = sectionOrder;
          sectionListed = findRow(table, prefix(code, 5, sectionOrder, seen)) !== undefined;
        }
        if (sectionListed) continue;
      }
    }
    const parts = byClass.get(cls);
    if (parts) parts.push(row);
    else byClass.set(cls, [row]);
  }
  const byLevel = new Map<SubjectLevel, RowModel[]>();
  for (const level of levels) byLevel.set(level, level === 'class' ? classes! : level === 'section' ? sections! : items!);
  index.byParent = byParent;
  index.byClass = byClass;
  index.byLevel = byLevel;
  return index;
}

/** The last 类 and 款 rows subjectIndex read: their codes' orders and the codes. */
interface SeenCodes {
  classOrder: number;
  classCode: string;
  sectionOrder: number;
  sectionCode: string;
}

/** The first `length` digits of `code` (their order `order`): the code of the 类 or 款 row read last where it is that one. */
function prefix(code: string, length: number, order: number, seen: SeenCodes): string {
  if (length === 3 && seen.classOrder === order) return seen.classCode;
  if (length === 5 && seen.sectionOrder === order) return seen.sectionCode;
  return code.slice(0, length);
}

/** The first row with a key (in a block, when given). */
export function findRow(table: TableModel, key: string, block?: string): RowModel | undefined {
  const index = rowIndex(table);
  const { byFixedKey, byCode } = index;
  const found =
    index.byKey === undefined && byFixedKey !== undefined && byCode !== undefined
      ? mayBeCode(key)
        ? placeOfCode(table, byCode, key)
        : byFixedKey.get(key)
      : rowsByKey(table).get(key);
  if (found === undefined) return undefined;
  if (Array.isArray(found)) return block === undefined ? found[0] : found.find((r) => r.block === block);
  const row = table.rows[found]!;
  return block === undefined || row.block === block ? row : undefined;
}

/**
 * Each 类 of a subject table, by code in table order, with the rows that make it up: its 类 row, or where the table has
 * none (some departments print table 05 with its 项 alone, no 类 or 款 subtotals) its top-most rows below it, the
 * 款 rows and the 项 whose 款 has no row. Read as the 类 rows alone, such a table had no 类: §五（二） dropped out and
 * every 类 of table 04 was said to be missing from it.
 */
export function classParts(table: TableModel): ReadonlyMap<string, readonly RowModel[]> {
  const index = rowIndex(table);
  return (index.byClass ?? subjectIndex(table, index).byClass)!;
}

/**
 * The subject rows of one level (类, 款 or 项), in table order. Made once a table: the three rules of the subject
 * hierarchy ask for each level of five tables, and a list of a large table's rows filtered anew each time cost
 * half a megabyte a check.
 */
export function rowsAtLevel(table: TableModel, level: SubjectLevel): readonly RowModel[] {
  const index = rowIndex(table);
  return (index.byLevel ?? subjectIndex(table, index).byLevel)!.get(level) ?? [];
}

/** The rows whose code extends `code` by two digits: the 款 of a 类, the 项 of a 款. */
export function childRows(table: TableModel, code: string): readonly RowModel[] {
  return rowsByParent(table).get(code) ?? [];
}

export function figureOf(table: TableModel, rowKey: string, column: string, block?: string): MoneyFigure | undefined {
  return findRow(table, rowKey, block)?.figures[column];
}

/**
 * Whether the subject row `row` reads 0 in `column` (its cell blank, or 0) while a row under it (a 款 or 项 of its code)
 * holds a figure other than 0 there, or one that cannot be read: a 类 or 款 printed as a blank heading that no 小计
 * closes. Its 0 is no figure of its spending: added into a 类 (its 款 where the table prints no 类 row), a 类 of a
 * blank 款 and one that spent 1.00 was said to have spent 1.00.
 */
export function zeroOverSpending(table: TableModel, row: RowModel, column: string): boolean {
  const code = row.code;
  if (code === undefined || row.figures[column]?.invalid === true || (row.figures[column]?.fen ?? 0) !== 0) return false;
  return table.rows.some((r) => r.code !== undefined && r.code.length > code.length && r.code.startsWith(code) && (r.figures[column]?.invalid === true || (r.figures[column]?.fen ?? 0) !== 0));
}
