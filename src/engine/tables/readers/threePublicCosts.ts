/**
 * Reader for table 07. Each column is classified by the labels on its header path into a measure (预算数 /
 * 决算数) and an item, which reads layouts A (预算 block then 决算 block), B (pairs under each item) and C
 * (items in another order) alike. A layout with 预算数/决算数 as row labels is read too, and one with the items as
 * rows under 预算数 | 决算数 columns (readItemsAsRows). A table with both a 年初预算数 and a 全年预算数 block has a
 * row for each besides its 预算数 (budgetRowKey says which to quote).
 */
import { cellAt, cellText, isBlank, isColumnHidden, isRowHidden, mergeAt, SheetGrid, visibleOver } from '../../grid/cell';
import type { CellValue } from '../../grid/cell';
import { formatAmount, fromFen, shownFen } from '../../grid/money';
import { addsUpWithinRounding, roundingSlack } from '../rounding';
import { parseNumber } from '../../grid/number';
import type { Unit } from '../../grid/money';
import { cellRef, toA1 } from '../../grid/address';
import { derived, derivedSlot } from '../../grid/derived';
import type { CellRef } from '../../grid/address';
import { labelSet, normalizeLabel } from '../../grid/normalize';
import type { ThreePublicCostsSpec } from '../spec';
import type { ColumnModel, MoneyFigure, RowModel, TableModel } from '../model';
import { headerNotFound, hiddenCopyLeft, hiddenRowLeft, rightOfHeader, sayUnreadColumn, tableModel, tableUnit } from './tableParts';
import { THREE_PUBLIC_ITEMS, THREE_PUBLIC_MEASURES, THREE_PUBLIC_ROW_NAMES, ThreePublicItem } from '../specs/threePublicCosts';
import { place, ProblemLog } from '../problems';
import { headerCellOf, headerLabel, isColumnNumberRow, isPageBreakRow, locateHeader, saysEmptyRow } from './header';
import type { HeaderRegion } from './header';
import { CellFigure, PartsFigure, readMoney } from './figures';
import { isFootnoteRow, ReadResult, TableLocation } from './location';
import { notesUnder, rowHasContent } from './blockTable';
import { columnRole } from './columns';

type Measure = keyof typeof THREE_PUBLIC_MEASURES;

const ITEMS: readonly [ThreePublicItem, ReadonlySet<string>][] = (Object.keys(THREE_PUBLIC_ITEMS) as ThreePublicItem[]).map(
  (i) => [i, labelSet(THREE_PUBLIC_ITEMS[i])],
);
const SUBTOTAL = labelSet(['小计', '合计']);

/** The label column of a table laid out unit by unit (a row per unit and the 合计), headed by what its rows name. */
const UNIT_LABEL_COLUMNS = labelSet(['单位名称', '单位', '预算单位', '预算单位名称', '部门(单位)名称', '单位(部门)名称']);

function itemOf(label: string): ThreePublicItem | undefined {
  for (const [item, set] of ITEMS) if (set.has(label)) return item;
  return undefined;
}

/** The funds a measure's block may be split by (合计 | 一般公共预算 | 政府性基金). */
const FUND_PART = labelSet(['一般公共预算', '一般公共预算财政拨款', '政府性基金', '政府性基金预算', '政府性基金预算财政拨款', '国有资本经营预算']);

/** Whether column `c`'s 合计 stands beside a fund's column under the same label (预算数 over 合计 | 一般公共预算). */
function splitByFund(header: HeaderRegion, c: number): boolean {
  const path = header.paths[c]!;
  const above = path.slice(0, -1).join('/');
  for (let o = header.left; o <= header.right; o++) {
    const other = header.paths[o];
    if (o !== c && other && other.length === path.length && other.slice(0, -1).join('/') === above && FUND_PART.has(other[other.length - 1]!)) return true;
  }
  return false;
}

/** A header that names the 三公 themselves (“三公”经费, “三公”经费合计), not a total of more (会议费, 培训费 beside them). */
const NAMES_THREE_PUBLIC = /三公/;

/**
 * The deepest label on the path that names an item; 小计/合计 under 公务用车 is the 公务用车 subtotal, under “三公”经费 the
 * 三公's own total.
 */
export function classifyThreePublicColumn(path: readonly string[]): ThreePublicItem | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const label = path[i]!;
    if (SUBTOTAL.has(label) && path.slice(0, i).some((a) => itemOf(a) === 'vehicles')) return 'vehicles';
    if (SUBTOTAL.has(label) && path.slice(0, i).some((a) => NAMES_THREE_PUBLIC.test(a))) return 'total';
    const item = itemOf(label);
    if (item) return item;
  }
  return undefined;
}

// The 合计 is not among them: where a table prints no 合计 column the text adds up the items (as it adds 购置费 and
// 运行费 where there is no 小计), and asking for the column only sent the accountant to change a sound table.
const REQUIRED: readonly ThreePublicItem[] = ['overseasTravel', 'reception'];

/** Which 预算 a budget column or row names: the 年初 one, the 全年 (adjusted) one, or neither (plain 预算数). */
type BudgetKind = 'initialBudget' | 'adjustedBudget';

/** What a label names: a measure, the year it names (0 for none), and for a 预算 which one. */
interface NamedMeasure {
  readonly measure: Measure;
  readonly year: number;
  readonly budgetKind?: BudgetKind;
}

/** A year, 本年, 当年 or 年度 in front of a measure (`2022年决算数`, `本年预算数`): this year's, said so. */
const THIS_YEAR = /^(?:(\d{4})年度?|本年度?|当年度?|年度)/;
const LAST_YEAR = /^上一?年度?/;

/**
 * What a column header's or a row's label says it holds: a measure (THREE_PUBLIC_MEASURES), last year's figures, or
 * nothing. Read as exactly 预算数/决算数 only, `年初预算`, `2024年决算数` and `决算金额` were no measure: such a row fell
 * to the first data row, read as both measures (the 预算 printed as the 决算, 完成预算的100%), and such a column block
 * was read for both (the leftmost block, last year's or the 预算, printed as the 决算).
 */
function labelMeasure(label: string): NamedMeasure | 'lastYear' | undefined {
  const l = headerLabel(label);
  if (LAST_YEAR.test(l)) return 'lastYear';
  const year = THIS_YEAR.exec(l);
  const rest = l.slice(year?.[0].length ?? 0);
  const named = Number(year?.[1] ?? 0);
  if (THREE_PUBLIC_MEASURES.actual.test(rest)) return { measure: 'actual', year: named };
  const budget = THREE_PUBLIC_MEASURES.budget.exec(rest);
  if (!budget) return undefined;
  const kind = budget[1] ?? budget[2];
  return kind === undefined ? { measure: 'budget', year: named } : { measure: 'budget', year: named, budgetKind: kind === '年初' ? 'initialBudget' : 'adjustedBudget' };
}

/**
 * The measure a column's header path names, the highest label that names one; a 预算 with the 预算 a label under it
 * names (预算数 over 年初预算数 | 全年预算数): read by the highest alone, both blocks were one plain 预算 and the first
 * was quoted as either (helper-143: 全年预算数 6.00 for 5.00, no finding).
 */
function columnMeasure(path: readonly string[]): NamedMeasure | 'lastYear' | undefined {
  for (let i = 0; i < path.length; i++) {
    const named = labelMeasure(path[i]!);
    if (!named) continue;
    if (named === 'lastYear' || named.measure !== 'budget' || named.budgetKind) return named;
    for (let j = path.length - 1; j > i; j--) {
      const under = labelMeasure(path[j]!);
      if (under && under !== 'lastYear' && under.measure === 'budget' && under.budgetKind) return { ...named, budgetKind: under.budgetKind };
    }
    return named;
  }
  return undefined;
}

/** A year a column's header names anywhere (`2021年` over `预算数 | 决算数`), 0 for none. */
function yearInPath(path: readonly string[]): number {
  for (const label of path) {
    const m = /(\d{4})年/.exec(label);
    if (m) return Number(m[1]);
  }
  return 0;
}

/** A rank above any year: a row or column naming none is the table's own. */
const OWN = 10_000;

/** How surely a row or column naming `year` (0: none) is this year's: one naming none is the table's own; of years, the later. */
const yearRank = (year: number) => (year === 0 ? OWN : year);

/** A row naming the change between the measures (增减额, 增减率, 差异), not a measure: no figure of the table. */
const CHANGE_ROW = /增减|变动|差异|比上年|率$|%/;

/**
 * A row under the header that is the table's data, not a header row, though it holds no figure (an empty table prints
 * blanks for its zeros): a measure's row (`预算数`, layout D) or an item's (items as rows), labelled in the label
 * column, not under a measure or an item. Read as header rows, an empty table's rows left it without data: every
 * figure of §七 a gap, and no 无“三公”经费 sentence.
 */
function isDataLabel(label: string, pathAbove: readonly string[]): boolean {
  // Under 项目 (or nothing): the label column. The 上海 header's item row under 财政拨款“三公”经费 is a header row.
  if (pathAbove.length > 0 && columnRole(pathAbove, new Set()).role !== 'label') return false;
  return labelMeasure(label) !== undefined || itemOf(headerLabel(label)) !== undefined;
}

/**
 * A row of the header's measures (预算数 | 决算数 | …) with a figure or two beside them, where the sheet's merges are
 * unknown (Office.js below ExcelApi 1.13): 上海's districts' 机关运行经费 figure merged over that row and the data row
 * stands at its top. At least two measures and fewer figures than measures: a layout-D row (预算数 | 5.00 | …) is data.
 */
function measuresBesideFigures(sheet: SheetGrid, row: number): boolean {
  if (sheet.merges !== undefined) return false;
  let measures = 0;
  let figures = 0;
  for (const v of sheet.rows[row] ?? []) {
    if (isBlank(v)) continue;
    if (parseNumber(v).kind === 'number') figures++;
    else if (typeof labelMeasure(cellText(v)) === 'object') measures++;
    else return false;
  }
  return measures >= 2 && figures > 0 && figures < measures;
}

/** The end of the table's rows: its footnote (`注：…`), or a line saying the table is empty without one. */
function endsRows(sheet: SheetGrid, row: number, left: number, right: number): boolean {
  return isFootnoteRow(sheet, row, left, right) || saysEmptyRow(sheet, row);
}

/** The row a measure is read from; `noFigures`: there is none (the table ends at its header): every figure blank. */
interface MeasureSource {
  readonly row: number;
  readonly label: string;
  readonly year?: number;
  readonly noFigures?: true;
  /**
   * The table lists units and no 合计 (unitLayout): the department's figures are none of its rows'; each is an
   * unreadable figure at the first unit's cell (the text leaves a gap, no check takes it, and the table is not empty).
   */
  readonly noDepartment?: true;
  /** The table lists units under a 单位名称 column and no 合计 (unitLayout): the department's figures are these rows' sum. */
  readonly sumOf?: readonly number[];
  /** The 预算 a 预算 row's label names (年初预算数, 全年预算数), where it names one. */
  readonly kind?: BudgetKind;
}

interface ItemColumn {
  readonly col: number;
  readonly item: ThreePublicItem;
  readonly path: readonly string[];
  readonly measure?: Measure;
  readonly year?: number;
  readonly budgetKind?: BudgetKind;
}

/** `printed`: the spec's title the workbook prints where it is not the canonical one; the messages name the table by it. */
export function readThreePublicCosts(sheet: SheetGrid, spec: ThreePublicCostsSpec, at: TableLocation, printed?: string): ReadResult<TableModel> {
  const title = printed ?? spec.titles[0]!;
  const log = new ProblemLog(spec.code);
  const titleCell = cellRef(sheet.name, at.titleRow, at.titleCol);
  const located = locateHeader(sheet, at.titleRow, at.endRow, isDataLabel, measuresBesideFigures);
  if (!located.ok) {
    headerNotFound(log, titleCell, title, located.reason);
    return { problems: log.list };
  }
  const header = located.header;
  let labelCol: number | undefined;
  const found: ItemColumn[] = [];
  /** Columns naming a measure and no item, said only when the table is not laid out with its items as rows. */
  const measureOnly: MeasureColumn[] = [];
  /** Columns the header names as the table's, read or said (an item's, a measure's, last year's, the labels'). */
  const named: number[] = [];
  /** The funds' columns of measures' blocks split by fund (合计 | 一般公共预算 | 政府性基金): the 合计's parts. */
  const fundColumns: number[] = [];
  for (let c = header.left; c <= header.right; c++) {
    const path = header.paths[c]!;
    const role = columnRole(path, UNIT_LABEL_COLUMNS);
    if (role.role === 'label') {
      labelCol ??= c;
      named.push(c);
      continue;
    }
    if (role.role !== 'figure') continue;
    // A measure's block split by fund (预算数 over 合计 | 一般公共预算 | 政府性基金, the items as rows; 安徽 巢湖市人民法院 2021):
    // its 合计 is the measure's column, no item's (read as the 三公's total column, the table's items went unread); the
    // funds' columns parts of it, read only to hold the 合计 to them (fundParts, sayFundParts).
    const leaf = path[path.length - 1]!;
    // (Not under an item: 公务接待费 over 预算数 over 合计 | 一般公共预算 is that item's.)
    const fundBlock = (FUND_PART.has(leaf) || (path.length > 1 && SUBTOTAL.has(leaf) && splitByFund(header, c))) && !classifyThreePublicColumn(path.slice(0, -1));
    const blockMeasure = fundBlock ? columnMeasure(path) : undefined;
    if (blockMeasure && blockMeasure !== 'lastYear') {
      named.push(c);
      if (FUND_PART.has(leaf)) fundColumns.push(c);
      else measureOnly.push({ col: c, measure: blockMeasure.measure, budgetKind: blockMeasure.budgetKind, year: blockMeasure.year || yearInPath(path), path });
      continue;
    }
    const item = classifyThreePublicColumn(path);
    // 机关运行经费 is only ever a 决算 (机关运行经费决算数, one label over every header row): read as one where the header
    // names no measure over it (left unread as an unknown column, the department's 机关运行经费 went unchecked).
    const measure = columnMeasure(path) ?? (item === 'officeCost' ? { measure: 'actual' as const, year: 0 } : undefined);
    // Last year's figures beside this year's (a 上年决算数 block): not this year's.
    if (measure === 'lastYear' || item || measure) named.push(c);
    if (measure === 'lastYear') continue;
    if (!item) {
      measureOnly.push({ col: c, measure: measure?.measure, budgetKind: measure?.budgetKind, year: measure?.year || yearInPath(path), path });
      continue;
    }
    found.push({ col: c, item, path, ...(measure ? { measure: measure.measure, year: measure.year } : {}), ...(measure?.budgetKind ? { budgetKind: measure.budgetKind } : {}) });
  }
  const unmeasuredFunds = found.length === 0 ? fundsWithoutTotal(header, measureOnly, fundColumns) : [];
  if (found.length === 0 && (measureOnly.some((c) => c.measure) || unmeasuredFunds.length > 0)) {
    // The items' column may have no header at all (blank above the names): then it is the one before the figures.
    const itemCol = labelCol ?? Math.max(0, Math.min(...measureOnly.map((c) => c.col)) - 1);
    const parts = fundParts(header, measureOnly, fundColumns);
    return readItemsAsRows({ sheet, spec, at, header, log, title, titleCell }, [...measureOnly, ...unmeasuredFunds], itemCol, [...named, itemCol], parts);
  }
  // Measures in the header (layouts A/B/C), or in the rows' labels (layout D: no column names one). An item column
  // naming none beside columns that do is not read: taken for both measures, it gave its figures to both.
  const measuresInHeader = found.some((c) => c.measure !== undefined);
  const columns = measuresInHeader ? found.filter((c) => c.measure !== undefined) : found;
  for (const c of [...measureOnly, ...(measuresInHeader ? found.filter((x) => x.measure === undefined) : [])]) {
    const headerCell = headerCellOf(sheet, header, c.col);
    log.at('unknown-column', headerCell, `${place(headerCell)}的列“${c.path.join('/')}”不是《${title}》的栏目，已忽略：请改用模板的名称。`);
    named.push(c.col);
  }
  const unit = tableUnit(sheet, header, columns.map((c) => c.col), titleCell, title, log);

  const rowsByMeasure = new Map<Measure | BudgetKind, MeasureSource>();
  // A row read so far that is hidden gives way to a shown one of the same measure below it (last year's row kept
  // above this year's, out of sight), said once at the hidden row.
  const givesWay = (key: Measure | BudgetKind, row: number) => {
    const had = rowsByMeasure.get(key);
    return had !== undefined && isRowHidden(sheet, had.row) && !isRowHidden(sheet, row);
  };
  const take = (keys: readonly (Measure | BudgetKind)[], row: number, label: string, year?: number, kind?: BudgetKind) => {
    const had = rowsByMeasure.get(keys[0]!);
    if (had && isRowHidden(sheet, had.row)) hiddenRowLeft(log, cellRef(sheet.name, had.row, labelCol ?? header.left), had.label || '数据行', title, row);
    // One entry for both measures of a data row that carries both (layouts A/B/C), as the test below asks.
    const entry: MeasureSource = { row, label, ...(year === undefined ? {} : { year }), ...(kind === undefined ? {} : { kind }) };
    for (const k of keys) rowsByMeasure.set(k, entry);
  };
  /** Layout D's rows that name no measure: their figures are not read (said below, unless no row names one). */
  const unnamed: { row: number; label: string }[] = [];
  /** Layout D's 预算 rows, by the 预算 each names (undefined: a plain 预算数). */
  const budgetRowKinds: (BudgetKind | undefined)[] = [];
  /** Layout D's rows of a 决算 other than this year's: 上年决算数, or one naming a year (the year before is last year's). */
  const otherActuals: MeasureSource[] = [];
  /** Rows with a label naming a measure of this year, or none, that no key may have read: said below if none did. */
  const further: { row: number; label: string; measure?: Measure }[] = [];
  /** Layouts A/B/C: every data row (a unit's, the 合计's, or the table's one), in order. */
  const dataRows: { row: number; label: string }[] = [];
  let bottom = header.headerBottom;
  let r = header.dataStart;
  for (; r < at.endRow; r++) {
    if (endsRows(sheet, r, header.left, header.right)) break;
    if (!rowHasContent(sheet, r, header.left, header.right)) continue;
    bottom = r;
    if (isPageFurniture(sheet, r, header, spec)) continue;
    const label = labelCol === undefined ? '' : cellText(cellAt(sheet, r, labelCol)).trim();
    const named = label ? labelMeasure(label) : undefined;
    // Last year's figures beside this year's: not this year's, whichever row comes first (its 决算 kept as last year's).
    if (named === 'lastYear') {
      // Layout D: a 上年决算数 row (上年预算数 is no 决算). Layouts A/B/C: the row's 决算 columns hold last year's 决算,
      // whatever its label says of the measure (上年数, 上年决算数); unread, a wrong one passed unchecked and §七's
      // 比上年 left a gap where the 说明数据 gives no 上年数.
      const rest = headerLabel(label).replace(LAST_YEAR, '');
      if (measuresInHeader ? !THREE_PUBLIC_MEASURES.budget.test(rest) : THREE_PUBLIC_MEASURES.actual.test(rest)) otherActuals.push({ row: r, label, year: -1 });
      continue;
    }
    if (measuresInHeader) {
      dataRows.push({ row: r, label });
      // Layouts A/B/C: the first data row carries both measures, whatever its label; mark it under both keys.
      if (!rowsByMeasure.has('actual') || (rowsByMeasure.get('actual') === rowsByMeasure.get('budget') && givesWay('actual', r))) take(['budget', 'actual'], r, label);
      else further.push({ row: r, label });
      continue;
    }
    if (!named) {
      unnamed.push({ row: r, label });
      continue;
    }
    // Of two rows of one measure, the one naming no year (the table's own: `决算数` beside `2021年决算数`), else the
    // later year's (`2021年决算数` above `2022年决算数`), else a shown one over a hidden. A 年初 and a 全年 预算 row each
    // give their own row too; the 预算数 row is the first of them, as with one.
    if (named.measure === 'actual' && named.year !== 0) otherActuals.push({ row: r, label, year: named.year });
    else if (named.year === 0) further.push({ row: r, label, measure: named.measure });
    if (named.measure === 'budget') budgetRowKinds.push(named.budgetKind);
    for (const key of [named.measure, ...(named.budgetKind ? [named.budgetKind] : [])]) {
      const had = rowsByMeasure.get(key);
      // The 预算数 row is a plain 预算数 row over one naming its 预算 (预算数 beside 全年预算数: the other 预算, which the
      // named row's own row does not give).
      const plainOverNamed = key === 'budget' && had?.kind !== undefined && named.budgetKind === undefined;
      if (!had || givesWay(key, r) || plainOverNamed || yearRank(named.year) > yearRank(had.year ?? 0)) take([key], r, label, named.year, named.budgetKind);
    }
  }
  // Layouts A/B/C laid out unit by unit: the department's figures are its 合计 row's, wherever it stands, and each
  // unit's row is read to be held to it (three-public-units); with no 合计 row, no unit's figures are the department's.
  const units = measuresInHeader ? unitLayout(sheet, dataRows, header.department, columns.map((c) => c.col), unit) : undefined;
  if (units) {
    // Without a 合计, a column headed 单位名称 says its rows are the department's units: their sum is the department's.
    // Not where a row is named as the department (its own figures among the units': added in, they were doubled).
    // Nor where a row adds up the others (a unit's by chance, or the department's named as a unit).
    const summed = !units.total && !units.departmentNamed && !units.unitAddingUp && !units.alike && UNIT_LABEL_COLUMNS.has(header.paths[labelCol!]?.at(-1) ?? '');
    const first = units.rows[0]!.row;
    const source: MeasureSource = units.total
      ? { row: units.total.row, label: units.total.label }
      : summed
        ? { row: first, label: '', sumOf: units.rows.map((u) => u.row) }
        : { row: first, label: '', noDepartment: true };
    rowsByMeasure.set('budget', source);
    rowsByMeasure.set('actual', source);
    const unitRowSet = new Set(units.rows.map((u) => u.row));
    for (let i = further.length - 1; i >= 0; i--) if (unitRowSet.has(further[i]!.row)) further.splice(i, 1);
    if (units.total && units.bySum) {
      const cell = cellRef(sheet.name, units.total.row, labelCol!);
      log.at(
        'unit-rows',
        cell,
        `${place(cell)}的行“${units.total.label}”的数字等于其余各单位之和，《${title}》把它作为部门的数字；如它是一个单位，请在各单位之下加一行“合计”（各单位之和）。`,
      );
    }
    if (!units.total) {
      const firstCell = cellRef(sheet.name, first, labelCol!);
      const names = units.rows.map((u) => `“${u.label}”`).join('、');
      const adding = units.unitAddingUp;
      log.at(
        'unit-rows',
        firstCell,
        `${place(firstCell)}至${toA1(units.rows[units.rows.length - 1]!.row, labelCol!)}是 ${units.rows.length} 个单位（${names}）各自的数字，没有部门的“合计”行：` +
          (units.alike
            ? `两行的数字完全相同，可能是部门和它唯一的单位，也可能是两个单位：《${title}》不作推断，公开说明中这些数字留空待填；如其中一行是部门的，请把它的名称改为“合计”；如两行都是单位，请在其下加一行“合计”（两行之和）。`
            : adding
            ? `其中“${adding.label}”的数字等于其余各单位之和，但它的名称是单位的：《${title}》不把它当作部门的数字，也不把各行相加，公开说明中这些数字留空待填；如它是部门的合计，请把它的名称改为“合计”，如不是，请在各单位之下加一行“合计”（各单位之和）。`
            : summed
              ? `《${title}》以各单位之和作为部门的数字；如不是，请在各单位之下加一行“合计”。`
              : `《${title}》不把其中一个单位的数字当作部门的，公开说明中这些数字留空待填；请在各单位之下加一行“合计”（各单位之和）。`),
      );
    }
  }
  if (measuresInHeader && !units) readYearRows(sheet, dataRows, { rowsByMeasure, further, otherActuals, take });
  if (!measuresInHeader) {
    if (rowsByMeasure.size === 0 && unnamed.length > 0) {
      // No row and no column names a measure: the table's one data row is its 决算 (the table is a 决算表); no 预算 is
      // read (taken for both, the 预算 printed was the 决算: 预决算差异率0.00%).
      rowsByMeasure.set('actual', unnamed[0]!);
      further.push(...unnamed.slice(1));
    } else if (labelCol !== undefined) {
      // A row beside the measures' naming their change (增减额, 增减率) is no figure of the table: left aside quietly.
      for (const u of unnamed.filter((x) => !CHANGE_ROW.test(headerLabel(x.label)))) {
        const cell = cellRef(sheet.name, u.row, labelCol);
        log.at('unknown-row', cell, `${place(cell)}的行“${u.label}”不是《${title}》的预算数或决算数，其数字未读取：请改用模板的名称。`);
      }
    }
  }
  if (rowsByMeasure.size === 0) {
    // Published tables print zeros as blanks: a data row with nothing in it is a row of zeros, not a missing row; and
    // a table that ends at its header (its 注 or 说明 right under it) has no figure but zeros. Of both measures where
    // the header names them, else of the 决算 the table is.
    const row = dataRowBelow(sheet, header.headerBottom);
    const zeros: MeasureSource = endsRows(sheet, row, header.left, header.right) ? { row, label: '', noFigures: true } : { row, label: '' };
    for (const m of measuresInHeader ? (['budget', 'actual'] as const) : (['actual'] as const)) rowsByMeasure.set(m, zeros);
  }
  // A further row of figures under the one read (a second unit's below the 部门's, a 决算数 row typed twice): unread, and
  // said (it was passed over without a word). Not a row of the change (增减额) or a hidden one (last year's kept out of sight).
  const readRows = new Set([...rowsByMeasure.values()].map((x) => x.row));
  for (const f of further) {
    if (readRows.has(f.row) || CHANGE_ROW.test(headerLabel(f.label))) continue;
    const readRow = rowsByMeasure.get(f.measure ?? 'actual')?.row ?? rowsByMeasure.get('budget')?.row;
    if (readRow !== undefined) sayFurtherRow(sheet, log, f, { left: header.left, right: header.right, labelCol }, title, readRow, unit);
  }
  // Last year's 决算 printed beside this year's (layout D: 2022年决算数 | 2023年预算数 | 2023年决算数): its own row of the
  // model, the figures the 说明数据's 上年数 must agree with (unread, a wrong one was published unchecked).
  const thisYear = rowsByMeasure.get('actual')?.year ?? 0;
  const priorSource = otherActuals.find((a) => a.year === -1) ?? (thisYear > 0 ? otherActuals.find((a) => a.year === thisYear - 1) : undefined);
  const figuresInHeader = measuresBesideFigures(sheet, header.headerBottom);
  /** A figure in its row, or at the top of a cell merged down into it (see below). */
  const readAt = (row: number, col: number): MoneyFigure => {
    // A figure merged over the last header row and the data row (上海's districts' 机关运行经费 column): at the top of
    // its merged area, which the header's last row holds (header.ts hasNumeric). Read in the data row, it was blank: 0.
    // Where the merges are unknown, a figure in the header's last row over a blank data cell (measuresBesideFigures):
    // of this year's 决算 row only (the 机关运行经费 is a 决算). Over any row, a 上年决算数 row's blank read this year's.
    const blank = isBlank(cellAt(sheet, row, col));
    const m = blank ? mergeAt(sheet, row, col) : undefined;
    const top = m && m.top < row && m.top >= header.headerTop && m.left === col ? m.top : row;
    const above = blank && figuresInHeader && row > header.headerBottom && row === rowsByMeasure.get('actual')?.row && parseNumber(cellAt(sheet, header.headerBottom, col)).kind === 'number';
    return readMoney(sheet, above ? header.headerBottom : top, col, unit, log);
  };
  const figureAt = (source: MeasureSource, col: number): MoneyFigure =>
    source.noDepartment
      ? { cell: cellRef(sheet.name, source.row, col), fen: null, invalid: true }
      : source.sumOf
        ? unitsSum(source.sumOf.map((row) => readMoney(sheet, row, col, unit, log)))
        : source.noFigures
          ? new CellFigure(sheet.name, source.row, col, null)
          : readAt(source.row, col);

  /** Says which items a measure's row has no column for (the text then leaves a gap for each, and says why here). */
  const sayMissingItems = (figures: Readonly<Record<string, MoneyFigure>>, measureName: string) => {
    const missing = REQUIRED.filter((i) => !figures[i]);
    if (!figures.vehicles && !(figures.vehiclePurchase && figures.vehicleOperation)) missing.push('vehicles');
    if (missing.length === 0) return;
    const cell = cellRef(sheet.name, header.headerTop, header.left);
    const names = missing.map((i) => THREE_PUBLIC_ITEMS[i][0]).join('、');
    log.at('missing-column', cell, `《${title}》（${place(cell)}起）的表头中找不到${measureName}的“${names}”：请检查表头文字是否与模板一致。`);
  };
  const modelColumns: ColumnModel[] = [];
  const rows: RowModel[] = [];
  const budgetLabel = THREE_PUBLIC_ROW_NAMES[loneBudgetKind(measuresInHeader ? columns.filter((c) => c.measure === 'budget').map((c) => c.budgetKind) : budgetRowKinds) ?? 'budget']!;
  // An item's first column is read: a visible one before a hidden one (last year's figures kept out of sight), and of
  // blocks naming years the later year's (`2023年决算数 | 2024年决算数`), a block naming none first of all.
  // Of two 合计, the 三公's own (“三公”经费 {小计 | …}, “三公”经费合计) first: a bare 合计 beside 会议费 and 培训费 adds them in
  // (§七 quoted 46.39, 会议费 and 培训费 with the 三公's 43.09; review38).
  const ownTotal = (c: ItemColumn) => Number(c.item === 'total' && c.path.some((p) => NAMES_THREE_PUBLIC.test(p)));
  // And a plain 预算数 block before one naming its 预算: that one gives its own row (budgetKindRows), the 预算数 row the other.
  const visibleFirst = [...columns].sort(
    (a, b) =>
      Number(isColumnHidden(sheet, a.col)) - Number(isColumnHidden(sheet, b.col)) ||
      yearRank(b.year ?? 0) - yearRank(a.year ?? 0) ||
      ownTotal(b) - ownTotal(a) ||
      namesKind(a) - namesKind(b),
  );
  // The column each item of each measure was read from.
  const readFrom = new Map<string, ItemColumn>();
  // A hidden column left is said once, though both measures (rows) pass it.
  const said = new Set<number>();
  for (const measure of ['budget', 'actual', ...(priorSource ? (['priorActual'] as const) : [])] as const) {
    const source = measure === 'priorActual' ? priorSource : rowsByMeasure.get(measure);
    const figures: Record<string, MoneyFigure> = {};
    // Layouts A/B/C: last year's row holds its 决算 in the 决算 columns.
    const wanted = measure === 'priorActual' && measuresInHeader ? 'actual' : measure;
    for (const column of visibleFirst) {
      const own = column.measure ?? measure;
      if (own !== wanted || !source) continue;
      const read = readFrom.get(`${measure}:${column.item}`);
      if (read !== undefined) {
        if (visibleOver(sheet, read.col, column.col) && !said.has(column.col)) {
          said.add(column.col);
          hiddenCopyLeft(log, headerCellOf(sheet, header, column.col), column.path.join('/'), headerCellOf(sheet, header, read.col));
        }
        continue;
      }
      readFrom.set(`${measure}:${column.item}`, column);
      figures[column.item] = figureAt(source, column.col);
      modelColumns.push({ key: column.item, block: measure, col: column.col, header: column.path });
    }
    if (addsMeetingAndTraining(figures, unit)) {
      // A 合计 of the 三公 with 会议费 and 培训费 (陕西's …“三公”经费及会议费、培训费支出决算表, no 三公 小计): not the 三公's
      // total, which the text then adds up from the items (§七 quoted 46.39 for the 三公's 43.09; review38).
      delete figures.total;
      const at = modelColumns.findIndex((c) => c.block === measure && c.key === 'total');
      if (at !== -1) modelColumns.splice(at, 1);
    }
    // Without a row for the measure (layout D) no column is missing: the row that was not read is said above.
    if (source && measure !== 'priorActual') sayMissingItems(figures, THREE_PUBLIC_ROW_NAMES[measure]!);
    const labelCell = source && labelCol !== undefined && !isBlank(cellAt(sheet, source.row, labelCol))
      ? cellRef(sheet.name, source.row, labelCol)
      : null;
    rows.push({ block: 'main', key: measure, label: measure === 'budget' ? budgetLabel : THREE_PUBLIC_ROW_NAMES[measure]!, labelCell, figures });
  }
  rows.push(...budgetKindRows({ sheet, log, header, labelCol, rows, readFrom, visibleFirst, sayMissingItems, figureAt, modelColumns }, rowsByMeasure, measuresInHeader, budgetRowKinds));
  unreadColumns({ sheet, log, header, title }, named, r - 1);
  // Each unit's row, by measure, from the columns the department's figures were read from.
  const unitRows: RowModel[] = (units?.total && !units.partial ? units.rows : []).flatMap((u) =>
    (['budget', 'actual'] as const).map((measure) => {
      const figures: Record<string, MoneyFigure> = {};
      for (const c of modelColumns) if (c.block === measure) figures[c.key] = readMoney(sheet, u.row, c.col, unit, log);
      return { block: 'unit', key: measure, label: u.label, labelCell: cellRef(sheet.name, u.row, labelCol!), figures };
    }),
  );
  const model = tableModel(spec, sheet, at, header, { unit, bottom, columns: modelColumns, rows, notes: notesUnder(sheet, r, at.endRow, header.left) });
  return { model: units?.total && !units.partial ? { ...model, unitRows } : model, problems: log.list };
}

/** A row's label that is the department's 合计 over its units' rows (合计, 部门合计, XX局合计, 总计, 汇总). */
const TOTAL_ROW = /(?:合计|总计|汇总)$/;

/**
 * A row's label (normalised) that names the department as such (本部门): among its units' rows, the department's. Read
 * as the table's one data row (PLAIN_ROW), 本部门 under its units gave the first unit's figures as the department's.
 */
const THE_DEPARTMENT = labelSet(['部门', '本部门', '全部门']);

/** A row's label (normalised) that is the department's own: a total's, 本部门, or the name its 部门 line gives. */
function namesDepartment(l: string, department: string | undefined): boolean {
  return (TOTAL_ROW.test(l) && !NAMES_THREE_PUBLIC.test(l)) || THE_DEPARTMENT.has(l) || (department !== undefined && l === headerLabel(department));
}

/** A row's label that says only that it holds the figures (the table's one data row), not whose. */
const PLAIN_ROW = labelSet(['金额', '数额', '数值', '本年', '本年数', '本年度', '部门', '本部门', '数据']);

/** A row's label that names a unit: none of a measure, last year, a change, a total, or the figures as such. */
function namesUnit(label: string, department: string | undefined): boolean {
  const l = headerLabel(label);
  // A row naming a year (2022年, 本年度) holds that year's figures, not a unit's.
  return l !== '' && !/^(?:\d{4}|本|当|上一?)年/.test(l) && labelMeasure(label) === undefined && !CHANGE_ROW.test(l) && !namesDepartment(l, department) && !PLAIN_ROW.has(l) && itemOf(l) === undefined;
}

/**
 * The year a data row of layouts A/B/C names, of its 决算 (`2021年决算数`, `2021年`, `2021年度`): 0 for none, undefined
 * for a row naming a year's other figures (`2023年预算数`: no year's 决算 to read as this year's or last year's).
 */
function rowYear(label: string): number | undefined {
  const l = headerLabel(label);
  const m = /^(\d{4})年度?/.exec(l);
  if (!m) return 0;
  const rest = l.slice(m[0].length);
  return rest === '' || THREE_PUBLIC_MEASURES.actual.test(rest) ? Number(m[1]) : undefined;
}

/**
 * Layouts A/B/C with rows naming years (`2021年决算数` over `2022年决算数`): this year's row is the one naming no year,
 * else the latest; the row of the year before it is last year's 决算 (the 上年决算数). Read from its first row, the
 * table gave last year's figures as this year's (§七 stated them), and this year's row was said unread.
 */
function readYearRows(
  sheet: SheetGrid,
  dataRows: readonly { row: number; label: string }[],
  t: {
    readonly rowsByMeasure: ReadonlyMap<string, MeasureSource>;
    readonly further: { row: number; label: string }[];
    readonly otherActuals: MeasureSource[];
    readonly take: (keys: readonly ('budget' | 'actual')[], row: number, label: string) => void;
  },
): void {
  const rows = dataRows
    .filter((d) => !isRowHidden(sheet, d.row) && !CHANGE_ROW.test(headerLabel(d.label)))
    .map((d) => ({ ...d, year: rowYear(d.label) }))
    .filter((d): d is { row: number; label: string; year: number } => d.year !== undefined);
  if (rows.length < 2 || !rows.some((d) => d.year > 0)) return;
  const best = rows.reduce((a, b) => (yearRank(b.year) > yearRank(a.year) ? b : a));
  const read = t.rowsByMeasure.get('actual');
  const drop = (row: number) => {
    const at = t.further.findIndex((f) => f.row === row);
    if (at !== -1) t.further.splice(at, 1);
  };
  if (read && read.row !== best.row) {
    t.take(['budget', 'actual'], best.row, best.label);
    drop(best.row);
    t.further.push({ row: read.row, label: read.label });
  }
  const prior = best.year > 0 ? rows.find((d) => d.year === best.year - 1) : undefined;
  if (prior) {
    t.otherActuals.push({ row: prior.row, label: prior.label, year: -1 });
    drop(prior.row);
  }
}

/** The units' figures of an item added up, the department's (at the last unit's cell, naming all); an unreadable one is the sum's. */
function unitsSum(parts: readonly MoneyFigure[]): MoneyFigure {
  const invalid = parts.find((p) => p.invalid);
  if (invalid) return invalid;
  return new PartsFigure(parts, parts.every((p) => p.fen === null) ? null : parts.reduce((sum, p) => sum + (p.fen ?? 0), 0));
}

/** A row's label (normalised) that names a unit of a department, not a department: its 机关 or 本级, a 中心, a 站 … */
const UNIT_NAME = /(?:机关|本级|本部|中心|站|所|队|学校|馆|场|厂)$/;

/** A row's label (normalised) that is a department's own part, its 机关 or 本级 (`局机关`, `机关本级`), after its name or alone. */
const OWN_PART = /^(?:(?:局|委|办)?(?:机关|本级|本部)|机关本级)$/;

/** A department's units' rows, and where there is no 合计, how its row among them was told (unitLayout). */
interface UnitLayout {
  readonly total?: { row: number; label: string };
  readonly rows: { row: number; label: string }[];
  readonly partial?: true;
  readonly departmentNamed?: true;
  /** The total is a row adding up the others that nothing else tells from a unit's (its label names no unit): said. */
  readonly bySum?: true;
  /** A row adding up the others whose label names a unit: no department's row, and no sum (it may be one): said. */
  readonly unitAddingUp?: { row: number; label: string };
  /**
   * Two rows equal in every figure column that nothing tells apart: the department's and its one unit's, or two units'
   * whose figures agree. Neither is read as the department's and they are not added (half the total, or the department's doubled): said.
   */
  readonly alike?: true;
}

/**
 * Layouts A/B/C laid out unit by unit: a row per unit, and the department's row under them or above them (`total`: its
 * 合计, a row under the name its 部门 line gives, else the first or last row adding up the others in every figure
 * column, see below), or none (the rows are units when each is labelled as one). Read from its first row, §七 stated
 * one unit's figures as the department's. Undefined for the table's one data row (or one beside a row of the change,
 * last year's, a hidden one). `rows`: the units' rows, hidden ones too (still units, held to the 合计).
 * `departmentNamed`: with no total, a row named as the department is (its label the 部门 line's end): the rows are no
 * units to add up.
 */
function unitLayout(
  sheet: SheetGrid,
  dataRows: readonly { row: number; label: string }[],
  department: string | undefined,
  cols: readonly number[],
  unit: Unit,
): UnitLayout | undefined {
  const listed = dataRows.filter((d) => !CHANGE_ROW.test(headerLabel(d.label)));
  const shown = listed.filter((d) => !isRowHidden(sheet, d.row));
  if (shown.length < 2) return undefined;
  const totals = shown.filter((d) => headerLabel(d.label) !== '' && namesDepartment(headerLabel(d.label), department));
  // A hidden row naming a unit is one (left out, the 合计 was held to the shown units' sum: a false 错误); another
  // hidden row (last year's kept out of sight) is none.
  const rows = listed.filter((d) => !totals.includes(d) && (!isRowHidden(sheet, d.row) || namesUnit(d.label, department)));
  if (!rows.every((d) => namesUnit(d.label, department))) return undefined;
  // Units listed as 其中 (of which): some of them, not all; held to no sum, and with no 合计 the first row is the whole.
  const partial = rows.some((d) => /^其中/.test(normalizeLabel(d.label)));
  if (totals.length === 1) return partial ? { total: totals[0]!, rows, partial } : { total: totals[0]!, rows };
  if (totals.length !== 0 || partial) return undefined;
  const d = department === undefined ? '' : headerLabel(department);
  const namedAsDepartment = (l: string) => l.length >= 6 && d.length >= 6 && (d.endsWith(l) || l.endsWith(d));
  // The department's row named as its units are (昌吉州…管理局 for the 部门 line's 新疆昌吉州…管理局): the first or last
  // row adding up the others (of two rows, equal to the other: the department and its one unit). Added in with them,
  // its figures were doubled; taken for no unit's, §七 left every figure a gap. Taken silently where something beside
  // the sum tells it: its name (the 部门 line's end; another row its 机关 or 本级) or its cells' formulas adding up the
  // others' rows. Else the sum may be a unit's by chance (one unit's figures then published as the department's): a row
  // named as a unit (…中心, …局机关) is taken for none, and no sum is made (it may be the department's: doubled); one
  // named otherwise (…局) is taken, and said at its label. Of two rows (equal), neither is taken nor are they added: see below.
  const others = (c: { row: number }) => rows.filter((x) => x !== c).map((x) => x.row);
  const ends = [...new Set([rows[0]!, rows[rows.length - 1]!])];
  const adding = ends.filter((c) => !isRowHidden(sheet, c.row) && addsUpOthers(sheet, c.row, others(c), cols, unit));
  const told = (c: { row: number; label: string }) => {
    const l = headerLabel(c.label);
    const ownPart = rows.some((x) => x !== c && (OWN_PART.test(headerLabel(x.label)) || (headerLabel(x.label).startsWith(l) && OWN_PART.test(headerLabel(x.label).slice(l.length)))));
    return namedAsDepartment(l) || ownPart || formulasAddUp(sheet, c.row, others(c), cols);
  };
  const unitNamed = (c: { label: string }) => UNIT_NAME.test(headerLabel(c.label));
  // Of two rows, equal, a name alone tells nothing: a department's 本级 unit is often named as the department (…局) and
  // a department may be named as a unit is (…中心, …馆). Taken for the department's, …局 beside …图书馆 published one
  // of two units' figures as the whole (half the total); added, the department's were doubled.
  const total = adding.find(told) ?? (rows.length > 2 ? adding.find((c) => !unitNamed(c)) : undefined);
  if (total) return { total, rows: rows.filter((x) => x !== total), ...(told(total) ? {} : { bySum: true as const }) };
  if (rows.length === 2 && adding.length > 0) return { rows, alike: true };
  const departmentNamed = rows.some((r) => namedAsDepartment(headerLabel(r.label)));
  const unitAddingUp = rows.length > 2 ? adding[0] : undefined;
  return { rows, ...(departmentNamed ? { departmentNamed: true as const } : {}), ...(unitAddingUp ? { unitAddingUp } : {}) };
}

/**
 * A cell or range reference in a formula (`B6`, `$B$6:$B$8`), with the sheet it names before a `!` where it names one
 * (`Sheet2!`, `'其他 表'!`, `[1]Sheet1!`): 1, that sheet; 2 and 3, the rows. Not the end of a name (`LOG10`, `T1.B6`).
 */
const CELL_REFERENCE = /(?<![\w.$!])((?:'(?:[^']|'')+'|[^\s'!(),;:+\-*/^&=<>"{}]+)!)?\$?[A-Za-z]{1,3}\$?(\d+)(?::\$?[A-Za-z]{1,3}\$?(\d+))?(?![\w(!])/g;

/** The sheet a reference's prefix (`Sheet2!`, `'其他 表'!`) names, in capitals; a workbook's (`[1]`) never this one's. */
function sheetOfReference(prefix: string): string {
  const name = prefix.slice(0, -1);
  if (name.startsWith('[')) return '';
  return (name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name).toUpperCase();
}

/**
 * Whether a row's figure cells are formulas taking the others' rows (`SUM(B6:B8)`, `B6+B7+B8`), each that holds a
 * figure not 0 (and one at least): the sheet's own word that the row is their total. Formulas are known where the
 * host reads them.
 */
function formulasAddUp(sheet: SheetGrid, row: number, others: readonly number[], cols: readonly number[]): boolean {
  const formulas = sheet.formulas?.[row];
  if (!formulas) return false;
  let any = false;
  for (const c of cols) {
    const p = parseNumber(cellAt(sheet, row, c));
    if (p.kind !== 'number' || p.value === 0) continue;
    const f = formulas[c];
    if (!f) return false;
    const taken = new Set<number>();
    for (const m of f.matchAll(CELL_REFERENCE)) {
      // Another sheet's cells (Sheet2!B5, '其他 表'!B5:B6, [1]Sheet1!B5) are none of this sheet's rows.
      if (m[1] !== undefined && sheetOfReference(m[1]) !== sheet.name.toUpperCase()) continue;
      const from = Number(m[2]);
      const to = m[3] === undefined ? from : Number(m[3]);
      for (let r = Math.min(from, to); r <= Math.max(from, to) && r - Math.min(from, to) < 10_000; r++) taken.add(r - 1);
    }
    if (!others.every((o) => taken.has(o))) return false;
    any = true;
  }
  return any;
}

/**
 * Whether a row's figures are the others' added up, in every figure column (within the rounding of the figures added:
 * addsUpWithinRounding), with at least one other (then equal to it) and a figure not 0. A blank is 0; text in a figure cell is none.
 */
function addsUpOthers(sheet: SheetGrid, row: number, others: readonly number[], cols: readonly number[], unit: Unit): boolean {
  if (others.length === 0 || cols.length === 0) return false;
  const value = (r: number, c: number): number | undefined => {
    const p = parseNumber(cellAt(sheet, r, c));
    return p.kind === 'number' ? shownFen(p.value, unit) : p.kind === 'empty' ? 0 : undefined;
  };
  let nonzero = false;
  for (const c of cols) {
    const own = value(row, c);
    if (own === undefined) return false;
    let sum = 0;
    for (const o of others) {
      const v = value(o, c);
      if (v === undefined) return false;
      sum += v;
    }
    if (!addsUpWithinRounding(own, sum, others.length, unit)) return false;
    if (own !== 0) nonzero = true;
  }
  return nonzero;
}

/** How many of an unread row's figures its finding quotes. */
const QUOTED_FIGURES = 4;

/**
 * Says a row of figures under the table's header that is not read, below the data row read (`readRow`): the table
 * reads one row of each measure. Its figures: the numbers between `left` and `right` beside its label; nothing for a
 * hidden row or one of zeros and blanks. The first of them are quoted as the table shows them, in its `unit`: where the
 * accountant is to add them to the row read, they are the table's amounts, not 元 of another ledger.
 */
function sayFurtherRow(
  sheet: SheetGrid,
  log: ProblemLog,
  f: { readonly row: number; readonly label: string },
  span: { readonly left: number; readonly right: number; readonly labelCol: number | undefined },
  title: string,
  readRow: number,
  unit: Unit,
): void {
  if (isRowHidden(sheet, f.row)) return;
  const cols: number[] = [];
  const values: number[] = [];
  let nonzero = false;
  for (let c = span.left; c <= span.right; c++) {
    if (c === span.labelCol) continue;
    const p = parseNumber(cellAt(sheet, f.row, c));
    if (p.kind !== 'number') continue;
    cols.push(c);
    values.push(p.value);
    if (p.value !== 0) nonzero = true;
  }
  if (!nonzero) return;
  const first = cellRef(sheet.name, f.row, cols[0]!);
  const cell = f.label && span.labelCol !== undefined ? cellRef(sheet.name, f.row, span.labelCol) : first;
  const quoted = values.slice(0, QUOTED_FIGURES).map((v) => formatAmount(v)).join('、');
  const figures = `${quoted} ${unit}${values.length > QUOTED_FIGURES ? ' 等' : ''}`;
  const named = f.label ? `（行“${f.label}”：${figures}）` : `（${figures}）`;
  log.at(
    'unknown-row',
    cell,
    `${place(first)}至${toA1(f.row, cols[cols.length - 1]!)}这一行的 ${cols.length} 个数字${named}在《${title}》读取的数据行（第 ${readRow + 1} 行）之下，` +
      '未读取：本表只读一行数据；如是本部门的数字，请并入读取的那一行（或删去重复的行）；如不是，请移到表外。',
  );
}

/**
 * Whether a measure's 合计 is the three items plus 会议费 and 培训费, not the three alone: the total of a table that
 * prints the two beside the 三公. Within the rounding of its figures (half a shown step each): a 合计 of 25.00 over
 * 4.99 + 8.00 + 12.00 was kept as the 三公's for its 决算 and dropped for its 预算 (review77).
 */
function addsMeetingAndTraining(figures: Readonly<Record<string, MoneyFigure>>, unit: Unit): boolean {
  const fen = (item: string) => figures[item]?.fen ?? 0;
  const { total, meeting, training } = figures;
  if (!total || total.fen === null || (!meeting && !training)) return false;
  const vehicles = figures.vehicles ? fen('vehicles') : fen('vehiclePurchase') + fen('vehicleOperation');
  const items = fen('overseasTravel') + vehicles + fen('reception');
  const more = fen('meeting') + fen('training');
  const off = Math.abs(total.fen - items - more);
  // The figures added: the 合计, the three items (公务用车 as its 小计 or its two parts), 会议费 and 培训费 where printed.
  const terms = 4 + (figures.vehicles ? 0 : 1) + (meeting ? 1 : 0) + (training ? 1 : 0);
  return more !== 0 && off <= roundingSlack(terms, unit) && off < Math.abs(total.fen - items);
}

/** A cell of a 三公 heading row: no figure (blank, a dash: parseNumber's empty) or 0. */
function zeroOrBlank(v: CellValue): boolean {
  const p = parseNumber(v);
  return p.kind === 'empty' || (p.kind === 'number' && p.value === 0);
}

/** What the rows of a table's 年初 and 全年 预算 are read with (the main reading's own). */
interface KindReading {
  readonly sheet: SheetGrid;
  readonly log: ProblemLog;
  readonly header: HeaderRegion;
  readonly labelCol: number | undefined;
  readonly rows: readonly RowModel[];
  readonly readFrom: ReadonlyMap<string, ItemColumn>;
  readonly visibleFirst: readonly ItemColumn[];
  readonly sayMissingItems: (figures: Readonly<Record<string, MoneyFigure>>, measureName: string) => void;
  readonly figureAt: (source: MeasureSource, col: number) => MoneyFigure;
  readonly modelColumns: ColumnModel[];
}

/**
 * A table with both a 年初预算数 and a 全年预算数 (blocks of columns, or rows of layout D): each as a row of its own, for
 * the preset that quotes the one its template names (新疆 全年, 上海 年初). The 预算数 row is the first of them, as
 * with one. Read as the 预算 alone, 新疆's "全年预算数" printed the 年初 figures, and the 全年 ones were not read.
 */
/**
 * The one 预算 a table prints where it names which (a lone 年初预算数 or 全年预算数 block or row): its 预算数 row is then that
 * one, and is so named (budgetRowKey tells a preset naming the other 预算 that the table has none of it: 上海's 年初预算为…
 * quoted a 全年预算数).
 */
function loneBudgetKind(kinds: readonly (Measure | BudgetKind | undefined)[]): BudgetKind | undefined {
  const named = new Set(kinds.filter((k): k is BudgetKind => k === 'initialBudget' || k === 'adjustedBudget'));
  const unnamed = kinds.some((k) => k === undefined);
  return named.size === 1 && !unnamed ? [...named][0] : undefined;
}

/**
 * The 预算 that get a row of their own beside the 预算数 row, of a table's 预算 blocks or rows (each the 预算 it names,
 * undefined for a plain 预算数): both where it names a 年初 and a 全年 预算; the one it names beside a plain 预算数
 * (预算数 | 全年预算数, 预算数 | 调整预算数: the plain one is the other, and the 预算数 row reads it). Read as one 预算, the
 * first block was quoted as either (helper-143: 全年预算数6.00万元 for 5.00, and no finding). None where it names one
 * alone: its 预算数 row is that one (loneBudgetKind).
 */
function ownBudgetKinds(kinds: readonly (BudgetKind | undefined)[]): BudgetKind[] {
  const named = (['initialBudget', 'adjustedBudget'] as const).filter((k) => kinds.includes(k));
  return named.length === 2 || (named.length === 1 && kinds.includes(undefined)) ? named : [];
}

/** 1 for a 预算 column naming its 预算 (年初预算数), else 0: a plain 预算数 block is the 预算数 row's, before a named one. */
function namesKind(c: { readonly measure?: Measure; readonly budgetKind?: BudgetKind }): number {
  return Number(c.measure === 'budget' && c.budgetKind !== undefined);
}

function budgetKindRows(
  t: KindReading,
  rowsByMeasure: ReadonlyMap<Measure | BudgetKind, MeasureSource>,
  measuresInHeader: boolean,
  budgetRowKinds: readonly (BudgetKind | undefined)[],
): RowModel[] {
  const budgetRow = t.rows.find((x) => x.key === 'budget');
  const out: RowModel[] = [];
  if (measuresInHeader) {
    const source = rowsByMeasure.get('budget');
    if (!source) return out;
    for (const kind of ownBudgetKinds(t.visibleFirst.filter((c) => c.measure === 'budget').map((c) => c.budgetKind))) {
      const figures: Record<string, MoneyFigure> = {};
      for (const column of t.visibleFirst) {
        if (column.budgetKind !== kind || figures[column.item]) continue;
        // A column the 预算数 row read already gives its figure (read, and any problem with it said, once).
        const readAbove = t.readFrom.get(`budget:${column.item}`) === column ? budgetRow?.figures[column.item] : undefined;
        figures[column.item] = readAbove ?? t.figureAt(source, column.col);
        if (!readAbove) t.modelColumns.push({ key: column.item, block: kind, col: column.col, header: column.path });
      }
      t.sayMissingItems(figures, THREE_PUBLIC_ROW_NAMES[kind]!);
      out.push({ block: 'main', key: kind, label: THREE_PUBLIC_ROW_NAMES[kind]!, labelCell: budgetRow?.labelCell ?? null, figures });
    }
    return out;
  }
  // Layout D: the 年初 and 全年 rows read the 预算数 row's columns (said missing, and in the model's columns, once).
  for (const kind of ownBudgetKinds(budgetRowKinds)) {
    const source = rowsByMeasure.get(kind)!;
    const figures: Record<string, MoneyFigure> = {};
    for (const column of t.visibleFirst) {
      if (figures[column.item]) continue;
      // The 预算数 row's own figures where it is this row (read, and any problem with it said, once).
      figures[column.item] = (rowsByMeasure.get('budget') === source ? budgetRow?.figures[column.item] : undefined) ?? t.figureAt(source, column.col);
    }
    const labelCell = t.labelCol === undefined ? null : cellRef(t.sheet.name, source.row, t.labelCol);
    out.push({ block: 'main', key: kind, label: THREE_PUBLIC_ROW_NAMES[kind]!, labelCell, figures });
  }
  return out;
}

/** A fund's column of a measure's block split by fund, and its header's label (一般公共预算). */
interface FundPart {
  readonly col: number;
  readonly label: string;
}

interface MeasureColumn {
  readonly col: number;
  readonly measure: Measure | undefined;
  readonly budgetKind: BudgetKind | undefined;
  /** The year its header names (0: none). */
  readonly year: number;
  readonly path: readonly string[];
  /** A block of funds with no 合计 column (预算数 over 一般公共预算 | 政府性基金): the funds' columns it adds up. */
  readonly sumOf?: readonly number[];
}

interface TableReading {
  readonly sheet: SheetGrid;
  readonly spec: ThreePublicCostsSpec;
  readonly at: TableLocation;
  readonly header: HeaderRegion;
  readonly log: ProblemLog;
  readonly title: string;
  readonly titleCell: CellRef;
}

/**
 * The table laid out with its items as rows (合计 / 因公出国（境）费 / 公务用车购置及运行费 / 其中：购置费 …) and its
 * measures as columns (项目 | 预算数 | 决算数): each measure column gives its row of the model, each item row its
 * figure. Read as the usual layout, every column was "not a 栏目 of the table" and every figure of §七 a gap.
 */
function readItemsAsRows(
  t: TableReading,
  measureColumns: readonly MeasureColumn[],
  labelCol: number,
  named: readonly number[],
  partsOf: ReadonlyMap<number, readonly FundPart[]>,
): ReadResult<TableModel> {
  const { sheet, spec, at, header, log, title, titleCell } = t;
  const used = measureColumns.filter((c) => c.measure && c.col !== labelCol);
  const unit = tableUnit(sheet, header, used.map((c) => c.col), titleCell, title, log);
  const budgetKinds = used.filter((c) => c.measure === 'budget').map((c) => c.budgetKind);
  const ownKinds = new Set<string>(ownBudgetKinds(budgetKinds));
  // The row keys the columns give, each from its first column: 预算数 and 决算数, and with a 年初 and a 全年 column each.
  // First of all a shown column naming no year (the table's own), else the later year's: `2021年决算数 | 2022年预算数 |
  // 2022年决算数` read its first column as this year's 决算 (every figure of §七 last year's, and no check could tell).
  // The 预算 then of the 决算's year: `2022年预算数 | 2022年决算数 | 2023年预算数` is next year's budget beside this year's.
  const keyed = new Map<string, MeasureColumn>();
  const shownFirst = (a: MeasureColumn, b: MeasureColumn) => Number(isColumnHidden(sheet, a.col)) - Number(isColumnHidden(sheet, b.col));
  const actual = used.filter((c) => c.measure === 'actual').sort((a, b) => shownFirst(a, b) || yearRank(b.year) - yearRank(a.year))[0];
  const year = actual?.year ?? 0;
  // Of the 决算's year first; then naming none; then earlier years, the later first; a year after the 决算's last.
  const rank = (c: MeasureColumn) => (year === 0 ? yearRank(c.year) : c.year === year ? OWN + 1 : c.year === 0 ? OWN : c.year < year ? c.year : -c.year);
  const ranked = [...used].sort((a, b) => shownFirst(a, b) || rank(b) - rank(a) || namesKind(a) - namesKind(b));
  for (const c of ranked) {
    if (!keyed.has(c.measure!)) keyed.set(c.measure!, c);
    if (c.budgetKind && ownKinds.has(c.budgetKind) && !keyed.has(c.budgetKind)) keyed.set(c.budgetKind, c);
  }
  const figures = new Map<string, Record<string, MoneyFigure>>([...keyed.keys()].map((k) => [k, {}]));
  const left = Math.min(labelCol, header.left);
  let threePublicTotal = false;
  // The table's rows name 会议费 or 培训费 beside the 三公 (its 合计 then adds them in).
  let others = false;
  for (let i = header.dataStart; i < at.endRow; i++) {
    const item = itemOf(headerLabel(cellText(cellAt(sheet, i, labelCol))));
    if (item === 'meeting' || item === 'training') others = true;
  }
  let bottom = header.headerBottom;
  let r = header.dataStart;
  for (; r < at.endRow; r++) {
    if (endsRows(sheet, r, left, header.right)) break;
    if (!rowHasContent(sheet, r, left, header.right)) continue;
    bottom = r;
    if (isPageFurniture(sheet, r, header, spec)) continue;
    const label = cellText(cellAt(sheet, r, labelCol)).trim();
    const item = label ? itemOf(headerLabel(label)) : undefined;
    if (!item) {
      const cell = cellRef(sheet.name, r, labelCol);
      log.at('unknown-row', cell, `${place(cell)}的行“${label}”不是《${title}》的项目，其数字未读取：请改用模板的项目名称。`);
      continue;
    }
    // The 三公's own total (“三公”经费小计, “三公”经费合计) over a bare 合计 above it, which in a table with 会议费 and
    // 培训费 rows adds them in (§七 quoted 8.59, 三公, 会议费 and 培训费 together, for the 三公's 4.99).
    const namesThreePublic = item === 'total' && NAMES_THREE_PUBLIC.test(label);
    // “三公”经费支出 with no figure over the items: their heading, not a total of 0.00 (review39). With 0 or - typed in,
    // a heading too under a 合计 read before it or among 会议费 and 培训费 rows (review77); the table's one total
    // otherwise, held to its items (review79: dropped, a wrong 0.00 passed).
    const cells = [...keyed.values()].map((c) => cellAt(sheet, r, c.col));
    const heading = cells.every((v) => isBlank(v)) || (cells.every(zeroOrBlank) && ([...figures.values()].some((f) => f.total) || others));
    if (namesThreePublic && heading) continue;
    const ownTotal = namesThreePublic && !threePublicTotal;
    if (ownTotal) threePublicTotal = true;
    // A column serving two row keys (the 预算数 row and its 年初 or 全年 row) is read once: one figure, said once.
    const read = new Map<number, MoneyFigure>();
    let readBefore: MoneyFigure | undefined;
    for (const [key, c] of keyed) {
      const row = figures.get(key)!;
      if (row[item] !== undefined && !ownTotal) {
        readBefore ??= row[item];
        continue;
      }
      let figure = read.get(c.col);
      if (!figure) read.set(c.col, (figure = c.sumOf ? unitsSum(c.sumOf.map((col) => readMoney(sheet, r, col, unit, log))) : readMoney(sheet, r, c.col, unit, log)));
      row[item] = figure;
    }
    for (const [col, figure] of read) {
      const parts = partsOf.get(col);
      if (parts) sayFundParts(log, figure, parts.map((p) => ({ label: p.label, figure: readMoney(sheet, r, p.col, unit, log) })), unit);
    }
    // An item's row again (因公出国（境）费 typed twice, a second unit's rows below the 部门's): the first read, this one
    // said (it was passed over without a word). Not a second 合计: a bare one beside the 三公's own adds 会议费 and 培训费.
    if (read.size === 0 && readBefore && item !== 'total') {
      sayFurtherRow(sheet, log, { row: r, label }, { left, right: header.right, labelCol }, title, readBefore.cell.row, unit);
    }
  }
  // A 合计 of the 三公 with 会议费 and 培训费 rows and no 三公 total of its own: not the 三公's (the text adds up the items).
  // Decided once for the table: each measure's 合计 is of the same rows.
  if (!threePublicTotal && [...figures.values()].some((f) => addsMeetingAndTraining(f, unit))) for (const f of figures.values()) delete f.total;
  // A lone 预算 column naming its 预算 names the 预算数 row so (上海's 年初预算为… then does not quote a 全年预算数).
  const budgetName = THREE_PUBLIC_ROW_NAMES[loneBudgetKind(budgetKinds) ?? 'budget']!;
  const rows: RowModel[] = [...figures].map(([key, f]) => ({ block: 'main', key, label: key === 'budget' ? budgetName : (THREE_PUBLIC_ROW_NAMES[key] ?? key), labelCell: null, figures: f }));
  for (const key of ['budget', 'actual'] as const) {
    if (figures.has(key)) continue;
    const cell = cellRef(sheet.name, header.headerTop, header.left);
    log.at('missing-column', cell, `《${title}》（${place(cell)}起）的表头中找不到“${THREE_PUBLIC_ROW_NAMES[key]}”列：请检查表头文字是否与模板一致。`);
  }
  const columns: ColumnModel[] = [...keyed].map(([key, c]) => ({ key, block: 'main', col: c.col, header: c.path }));
  unreadColumns({ sheet, log, header: { ...header, left }, title }, named, r - 1);
  const model = tableModel(spec, sheet, at, { ...header, left }, { unit, bottom, columns, rows, notes: notesUnder(sheet, r, at.endRow, left) });
  return { model, problems: log.list };
}

/**
 * Each 合计 column of a measure's block split by fund (预算数 over 合计 | 一般公共预算 | 政府性基金; 安徽 巢湖市人民法院
 * 2021) with the funds' columns beside it under the same label: the parts its figures are held to (sayFundParts). Not
 * where a column beside them names something else (合计 | 一般公共预算 | 其他资金, or a fund FUND_PART does not know):
 * held to the funds alone, a right 合计 was a 错误.
 */
function fundParts(header: HeaderRegion, measureColumns: readonly MeasureColumn[], fundColumns: readonly number[]): Map<number, readonly FundPart[]> {
  const parts = new Map<number, readonly FundPart[]>();
  const above = (c: number) => header.paths[c]!.slice(0, -1).join('/');
  for (const m of measureColumns) {
    const beside = (c: number) => c !== m.col && header.paths[c] !== undefined && header.paths[c]!.length === m.path.length && above(c) === above(m.col);
    const own = fundColumns.filter(beside);
    let other = false;
    for (let c = header.left; c <= header.right && !other; c++) other = beside(c) && !own.includes(c) && header.paths[c]!.at(-1)!.trim() !== '';
    if (own.length > 0 && !other) parts.set(m.col, own.map((col) => ({ col, label: header.paths[col]!.at(-1)! })));
  }
  return parts;
}

/**
 * A measure's block split by fund with no 合计 column (预算数 over 一般公共预算 | 政府性基金 alone): the measure is its funds'
 * columns added up, one column of the measure adding them (sumOf). Unread, the table's every figure was a gap and its
 * 总计 row held to nothing (helper-h221). Not where a column beside the funds names something else (其他资金): the funds
 * alone are not the measure.
 */
function fundsWithoutTotal(header: HeaderRegion, measureColumns: readonly MeasureColumn[], fundColumns: readonly number[]): MeasureColumn[] {
  const above = (c: number) => header.paths[c]!.slice(0, -1).join('/');
  const length = (c: number) => header.paths[c]?.length;
  const out: MeasureColumn[] = [];
  const taken = new Set<number>();
  for (const f of fundColumns) {
    if (taken.has(f)) continue;
    const beside = (c: number) => length(c) === length(f) && above(c) === above(f);
    const own = fundColumns.filter(beside);
    for (const c of own) taken.add(c);
    if (measureColumns.some((m) => beside(m.col))) continue;
    let other = false;
    for (let c = header.left; c <= header.right && !other; c++) other = beside(c) && !own.includes(c) && header.paths[c]!.at(-1)!.trim() !== '';
    const path = header.paths[f]!;
    const measure = columnMeasure(path);
    if (other || !measure || measure === 'lastYear') continue;
    out.push({ col: f, measure: measure.measure, budgetKind: measure.budgetKind, year: measure.year || yearInPath(path), path: path.slice(0, -1), sumOf: own });
  }
  return out;
}

/**
 * Says a 合计 that is not its funds' figures added up (within the rounding of the figures added): the measure is read
 * from the 合计, and its funds' columns were not read at all, so a wrong 合计 (or a wrong fund) passed unseen. A figure
 * not readable (said where it was read) is not added.
 */
function sayFundParts(log: ProblemLog, own: MoneyFigure, parts: readonly { readonly label: string; readonly figure: MoneyFigure }[], unit: Unit): void {
  if (own.invalid || parts.some((p) => p.figure.invalid)) return;
  const ownFen = own.fen ?? 0;
  const sum = parts.reduce((a, p) => a + (p.figure.fen ?? 0), 0);
  if (addsUpWithinRounding(ownFen, sum, parts.length, unit)) return;
  const amount = (fen: number) => `${formatAmount(fromFen(fen, unit), { separators: true })}${unit}`;
  const cells = parts.map((p) => `“${p.label}”${toA1(p.figure.cell.row, p.figure.cell.col)}`).join('、');
  log.at(
    'fund-parts',
    own.cell,
    `${place(own.cell)}的“合计”${amount(ownFen)}与其旁各项资金（${cells}）之和 ${amount(sum)}不符，相差 ${amount(Math.abs(ownFen - sum))}：` +
      `公开说明按“合计”读取，请核对这一行的数字，使“合计”等于各项资金之和。`,
  );
}

/**
 * Says each column of figures under the table's header (or right of it, with no header text) that the header names
 * as none of the table's: no item and no measure (a column under its own name, or with no header text). Its figures
 * were unread without a word (the 三公 reader reads the columns it knows, and passes over the others). One figure is
 * enough: a table of the usual layout has one data row.
 */
function unreadColumns(t: Pick<TableReading, 'sheet' | 'log' | 'header' | 'title'>, named: readonly number[], to: number): void {
  const { sheet, header } = t;
  const known = new Set(named);
  const scan = { sheet, log: t.log, from: header.dataStart, to, under: `《${t.title}》的栏目`, least: 1 };
  const right = rightOfHeader(sheet, header.right, header.headerTop, to);
  for (let c = header.left; c <= right; c++) {
    if (known.has(c)) continue;
    const path = c <= header.right ? (header.paths[c] ?? []) : [];
    // A column of the change between the measures (增减额, 增减率) is no figure of the table, as a row of it is not.
    if (path.some((l) => CHANGE_ROW.test(headerLabel(l)))) continue;
    const role = columnRole(path, new Set()).role;
    if (role === 'figure' || role === 'empty') sayUnreadColumn(scan, c, path);
  }
}

/**
 * A row a page break leaves between the header and the figures (the table copied from a paginated document, its data
 * row on the next page): the title again with （续）, the 部门 and 单位 line, the header rows, the 栏次 row. Read as
 * the data row, the title was a figure that is not a number and every 三公 figure 0.00 in §七 (下降100%).
 */
function isPageFurniture(sheet: SheetGrid, row: number, header: HeaderRegion, spec: ThreePublicCostsSpec): boolean {
  return isContinuedTitle(sheet, row, spec) || isPageBreakRow(sheet, row, header) || isColumnNumberRow(sheet, row);
}

const TITLES = derivedSlot<readonly string[]>('titles normalised');

/** The table's title again, marked continued (`…决算表（续）`, `…决算表(续表)`), alone on its row. */
function isContinuedTitle(sheet: SheetGrid, row: number, spec: ThreePublicCostsSpec): boolean {
  const cells = sheet.rows[row] ?? [];
  const texts = cells.filter((v) => !isBlank(v));
  if (texts.length !== 1 || typeof texts[0] !== 'string') return false;
  const titles = derived(spec, TITLES, (x) => x.titles.map(normalizeLabel));
  const text = normalizeLabel(texts[0]);
  return /续/.test(text) && titles.some((t) => text.startsWith(t));
}

/** The row under the header, past a 栏次 row. */
function dataRowBelow(sheet: SheetGrid, headerBottom: number): number {
  const row = headerBottom + 1;
  return isColumnNumberRow(sheet, row) ? row + 1 : row;
}
