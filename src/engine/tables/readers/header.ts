/**
 * Locating a table's parts below its title: the meta lines (部门, 单位, 表号), the header rows, the 栏次 row,
 * and the first data row; then the header path of every column (labels top to bottom, with merged
 * header cells spread over the columns they cover).
 */
import { cellAt, cellText, isBlank, isColumnHidden, mergeAt, SheetGrid } from '../../grid/cell';
import { nfkcWithoutSpaces, normalizeLabel, stripSubItemPrefix } from '../../grid/normalize';
import { isNumeric, parseNumber } from '../../grid/number';
import { Unit, unitFromText } from '../../grid/money';
import { cellRef, CellRef } from '../../grid/address';
import { columnRole } from './columns';
import { isFootnoteRow } from './location';
import { saysEmpty } from '../notes';

export interface HeaderRegion {
  readonly titleRow: number;
  readonly unit?: Unit;
  readonly unitCell?: CellRef;
  readonly department?: string;
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly dataStart: number;
  /**
   * A last header row that is also the first data row: an empty 上海 08/09 table prints its 合计 label on the
   * row of the 本年支出 sub-headers (合计 | 基本支出 | 项目支出). Its label cells are data, its other cells header.
   */
  readonly sharedRow?: number;
  readonly left: number;
  readonly right: number;
  /** Header path per column index (empty outside [left, right]). */
  readonly paths: readonly (readonly string[])[];
}

export type HeaderResult = { readonly ok: true; readonly header: HeaderRegion } | { readonly ok: false; readonly reason: string };

const MAX_META_ROWS = 6;
const MAX_HEADER_ROWS = 6;
const DEPARTMENT = /^(部门|编制单位|单位名称|填报单位|编报单位|单位)[:：](.*)$/;
const TABLE_NUMBER = /^\(?((公开|财决|附)?\d+表|表\d+|附表\d*)\)?$/;
const YEAR_LINE = /^\(?\d{4}年度?\)?$/;

/** A unit in brackets closing a label (normalised): `决算数(元)`, `项目资金(万元)`. */
export const UNIT_IN_BRACKETS = /\((万元|千元|元)\)$/;

/** Column letters in brackets closing a label, as the 财政部 自评表 writes its columns: `全年预算数(A)`, `执行率(B/A)`. */
const COLUMN_LETTERS = /\([A-Z](?:[/×*+-][A-Z])*\)$/;

/**
 * A header label as compared: normalised, without a unit or column letters in brackets, a leading 其中 or a closing
 * colon (`年度资金总额：`).
 */
export function headerLabel(text: string): string {
  let label = headerLabels.get(text);
  if (label === undefined) {
    label = stripSubItemPrefix(normalizeLabel(text)).replace(UNIT_IN_BRACKETS, '').replace(COLUMN_LETTERS, '').replace(/:$/, '');
    if (headerLabels.size >= HEADER_LABELS_LIMIT) headerLabels.clear();
    headerLabels.set(text, label);
  }
  return label;
}

// The same few hundred labels are asked for thousands of times a workbook (every header cell, every row label of
// a table, by each reader that looks): a pure function, remembered (a check of the sample asks 1,674 times).
const HEADER_LABELS_LIMIT = 20_000;
const headerLabels = new Map<string, string>();

function rowCells(sheet: SheetGrid, row: number): readonly unknown[] {
  return sheet.rows[row] ?? [];
}

export function isBlankRow(sheet: SheetGrid, row: number): boolean {
  const cells = sheet.rows[row];
  if (!cells) return true;
  return cells.every((v) => isBlank(v ?? null));
}

export interface MetaInfo {
  unit?: Unit;
  unitCell?: CellRef;
  department?: string;
}

/** True when every non-empty cell of the row is a meta item; collects what it finds in any case. */
/** A unit's label with nothing after it (`金额单位：`): its unit is in the next cell. */
const UNIT_LABEL_ALONE = /^(?:金额)?单位(?:[:：\u2236/]|为[:：]?)?$/;

/**
 * A cell of a line over the header holding the unit alone (`元`, with no 单位：): read as 万元, a table in 元 was published
 * ten thousand times too large wherever the others agreed with it.
 */
function bareUnit(text: string): Unit | undefined {
  if (text === '萬元') return '万元';
  return text === '万元' || text === '千元' || text === '元' ? text : undefined;
}

function nextFilled(sheet: SheetGrid, row: number, c: number): number | undefined {
  const cells = rowCells(sheet, row);
  for (let n = c + 1; n < cells.length; n++) if (!isBlank(cellAt(sheet, row, n))) return n;
  return undefined;
}

/** `部门：XX 单位：万元` in one cell: the department part before the unit's. */
const DEPARTMENT_BEFORE_UNIT = /^(?:部门|编制单位|单位名称|填报单位|编报单位)[:：](.*?)(?:金额)?单位(?:[:：/(]|为)/;

/**
 * What a cell of a meta line says by itself (readMetaRow), from its text alone: a pure function of the text, worked out
 * once a text. The same few dozen texts (部门：…, 单位：万元, 公开01表) head every table of every workbook checked, and
 * each folded (NFKC) and tried against six expressions on every read made readMetaRow, run a few dozen times a check,
 * a large function that TurboFan compiled late (≈ 4 M instructions inside the bench's counted checks).
 */
interface MetaCell {
  /** The text folded (nfkcWithoutSpaces). */
  readonly t: string;
  /** `金额单位：` with nothing after it: its unit may be in the next cell (then read with it, not from here). */
  readonly unitLabelAlone: boolean;
  /** The unit the text states by itself (`单位：万元`, `元`). */
  readonly unit: Unit | undefined;
  /** Before a unit in the same cell (`部门：XX 单位：万元`), the department part; undefined where the text has none. */
  readonly departmentBeforeUnit: string | undefined;
  /** `部门：XX` (DEPARTMENT): whether the text is one, and its department (maybe empty). */
  readonly isDepartment: boolean;
  readonly department: string;
  /** A 表号 or a year line (`公开01表`, `2024年度`). */
  readonly numberOrYear: boolean;
}

function metaCellOf(text: string): MetaCell {
  let cell = metaCells.get(text);
  if (cell === undefined) {
    const t = nfkcWithoutSpaces(text);
    const dep = DEPARTMENT.exec(t);
    cell = {
      t,
      unitLabelAlone: UNIT_LABEL_ALONE.test(t),
      unit: unitFromText(t) ?? bareUnit(t),
      departmentBeforeUnit: DEPARTMENT_BEFORE_UNIT.exec(t)?.[1],
      isDepartment: dep !== null,
      department: dep?.[2] ?? '',
      numberOrYear: TABLE_NUMBER.test(t) || YEAR_LINE.test(t),
    };
    if (metaCells.size >= META_CELLS_LIMIT) metaCells.clear();
    metaCells.set(text, cell);
  }
  return cell;
}

// As headerLabels: remembered by text, bounded (a sheet of many distinct lines above its tables clears it).
const META_CELLS_LIMIT = 20_000;
const metaCells = new Map<string, MetaCell>();

export function readMetaRow(sheet: SheetGrid, row: number, info: MetaInfo): boolean {
  const cells = rowCells(sheet, row);
  let any = false;
  let allMeta = true;
  for (let c = 0; c < cells.length; c++) {
    const v = cellAt(sheet, row, c);
    if (isBlank(v)) continue;
    any = true;
    const m = metaCellOf(cellText(v));
    // `金额单位：` with its unit in the next cell.
    const next = m.unitLabelAlone ? nextFilled(sheet, row, c) : undefined;
    const unit = next === undefined ? m.unit : (unitFromText(`${m.t}${cellText(cellAt(sheet, row, next))}`) ?? bareUnit(m.t));
    if (unit) {
      if (!info.unit) {
        info.unit = unit;
        info.unitCell = cellRef(sheet.name, row, next ?? c);
      }
      if (next !== undefined) c = next;
      // `部门：XX 单位：万元` in one cell: keep the department part too.
      if (m.departmentBeforeUnit !== undefined && !info.department) info.department = m.departmentBeforeUnit;
      continue;
    }
    if (m.isDepartment) {
      if (!info.department && m.department) info.department = m.department;
      continue;
    }
    if (m.numberOrYear) continue;
    allMeta = false;
  }
  return any && allMeta;
}

/** A page's number at its foot: `第1页`, `第1页，共2页`, `共2页`, `- 1 -`, `1/2`. */
const PAGE_FOOTER = /^(?:第\d+页[,，]?(?:共\d+页)?|共\d+页[,，]?(?:第\d+页)?|-\d+-|\d+\/\d+)$/;

/**
 * A row a page break left among a table's rows, when the table was copied from a paginated document: its header
 * again (Word repeats a table's header rows on every page), its 部门 and 单位 line again, or the page's number.
 * Read as rows, their labels were figures that are not numbers: false 错误 on a correct table. A row with a number
 * is never one (the 栏次 row again is read as ever: not a row).
 */
export function isPageBreakRow(sheet: SheetGrid, row: number, header: HeaderRegion): boolean {
  const cells = rowCells(sheet, row);
  for (let c = 0; c < cells.length; c++) if (typeof cells[c] === 'number') return false;
  let any = false;
  let allHeader = true;
  let allFooter = true;
  for (let c = 0; c < cells.length; c++) {
    const v = cellAt(sheet, row, c);
    if (isBlank(v)) continue;
    any = true;
    const text = cellText(v);
    if (!(header.paths[c] ?? []).includes(headerLabel(text))) allHeader = false;
    if (!PAGE_FOOTER.test(nfkcWithoutSpaces(text))) allFooter = false;
  }
  return any && (allHeader || allFooter || readMetaRow(sheet, row, {}));
}

/**
 * The 栏次 row: a `栏次` label, or only small integers numbering the columns: increasing (1, 2, 3 …); or, side by side
 * with no blank between them, each block numbered from 1 again in blocks of one length (1–6 | 1–6 over a “三公” table's
 * 预算数 and 决算数), or 1 to n in another order (columns moved, each keeping its number). Read as a row of figures, a
 * “三公” table's unlabelled 栏次 row numbered by block or out of order was its data row: §七 stated the column numbers
 * as its amounts (决算1.00万元, 预算1.00万元) and the figures under them went unread. A row of figures with blanks among
 * them (合计 3 = 出国 1 + 接待 2, 用车 blank) is not numbered so.
 */
const COLUMN_LETTER = /^[甲乙丙丁戊己庚辛壬癸]$/;
const MAX_COLUMN_NUMBER = 200;

export function isColumnNumberRow(sheet: SheetGrid, row: number): boolean {
  const cells = rowCells(sheet, row);
  const numbers: number[] = [];
  // A blank column after the first number: the numbers do not stand side by side.
  let blankAfterFirst = false;
  let dense = true;
  for (let c = 0; c < cells.length; c++) {
    // A hidden column copied with its 栏次 number repeats it: the numbers are those the accountant sees.
    if (isColumnHidden(sheet, c)) continue;
    const v = cellAt(sheet, row, c);
    if (isBlank(v)) {
      blankAfterFirst = numbers.length > 0;
      continue;
    }
    const label = headerLabel(cellText(v));
    if (label === '栏次' || label === '行次') return true;
    // The code and name columns may be lettered (甲 乙 1 2 3 …) instead of labelled 栏次.
    if (COLUMN_LETTER.test(label)) continue;
    const p = parseNumber(v);
    if (p.kind !== 'number' || !Number.isInteger(p.value) || p.value < 1 || p.value > MAX_COLUMN_NUMBER) return false;
    if (blankAfterFirst) dense = false;
    numbers.push(p.value);
  }
  if (numbers.length < 2) return false;
  if (numbers.every((n, i) => i === 0 || n > numbers[i - 1]!)) return true;
  return dense && (numberedByBlock(numbers) || numberedOnce(numbers));
}

/** 1 to k, then 1 to k again, in blocks of one length k of at least 2. */
function numberedByBlock(numbers: readonly number[]): boolean {
  const k = numbers.indexOf(1, 1);
  return k >= 2 && numbers.length % k === 0 && numbers.every((n, i) => n === (i % k) + 1);
}

/** 1 to n each once, in any order (n at least 3). */
function numberedOnce(numbers: readonly number[]): boolean {
  return numbers.length >= 3 && new Set(numbers).size === numbers.length && Math.max(...numbers) === numbers.length;
}

function hasNumeric(sheet: SheetGrid, row: number): boolean {
  const cells = rowCells(sheet, row);
  let numbers = 0;
  let mergedDown = 0;
  let labels = 0;
  for (let c = 0; c < cells.length; c++) {
    const v = cellAt(sheet, row, c);
    if (isBlank(v)) continue;
    if (!isNumeric(v)) {
      labels++;
      continue;
    }
    numbers++;
    const m = mergeAt(sheet, row, c);
    if (m && m.top === row && m.left === c && m.bottom > row) mergedDown++;
  }
  // A header row whose only numbers stand at the top of cells merged down into the data row (上海's districts' table 07:
  // 预算数 | 决算数 | … | 325.88, the 机关运行经费 figure merged over that row and the data row): a header row still. Taken
  // for the data, every 三公 column lost its measure, and the whole table went unread. More labels than numbers: a data
  // row whose figures are each merged over it and a row below (a tall row) stays data, its one label at the left.
  return numbers > 0 && !(labels > numbers && mergedDown === numbers);
}

function leftmost(sheet: SheetGrid, row: number): { label: string; col: number } | undefined {
  const cells = rowCells(sheet, row);
  for (let c = 0; c < cells.length; c++) {
    const v = cellAt(sheet, row, c);
    if (!isBlank(v)) return { label: headerLabel(cellText(v)), col: c };
  }
  return undefined;
}

/** Whether the row's first text says the table is empty (`本单位本年无政府性基金预算财政拨款收支，故本表为空表`). */
export function saysEmptyRow(sheet: SheetGrid, row: number): boolean {
  const cells = rowCells(sheet, row);
  for (let c = 0; c < cells.length; c++) {
    const v = cellAt(sheet, row, c);
    if (!isBlank(v)) return saysEmpty(cellText(v));
  }
  return false;
}

/** The header labels above `col` in rows top..bottom, spread from merged cells. */
function pathAt(sheet: SheetGrid, top: number, bottom: number, col: number): readonly string[] {
  let left = col;
  for (let r = top; r <= bottom; r++) {
    const cells = rowCells(sheet, r);
    for (let c = 0; c < Math.min(cells.length, left); c++) if (!isBlank(cellAt(sheet, r, c))) left = c;
  }
  return headerPaths(sheet, top, bottom, left, col)[col] ?? [];
}

/**
 * Finds the header below a title at `titleRow`. `isDataLabel` tells a first data row whose figures are all
 * blank (合计 of an empty table) from a header row: it is asked about the row's leftmost label and the
 * header path above it, so a 合计 under 本年支出 stays a header while a 合计 under 项目 is data.
 */
export function locateHeader(
  sheet: SheetGrid,
  titleRow: number,
  endRow: number,
  isDataLabel: (label: string, pathAbove: readonly string[]) => boolean,
  /**
   * Whether a row holding a number is a header row all the same (a reader's own test, where the sheet's merges are
   * unknown: table 07's 预算数 | 决算数 row with a figure merged down beside them).
   */
  headerWithFigures?: (sheet: SheetGrid, row: number) => boolean,
): HeaderResult {
  const info: MetaInfo = {};
  // The title row itself may carry the 表号 or the unit at its right.
  readMetaRow(sheet, titleRow, info);
  let row = titleRow + 1;
  for (let n = 0; row < endRow && n < MAX_META_ROWS; row++, n++) {
    if (isBlankRow(sheet, row)) continue;
    if (!readMetaRow(sheet, row, info)) break;
  }
  const headerTop = row;
  let headerBottom = row - 1;
  let shared: SharedRow | undefined;
  let codeParts: CodePartsRow | undefined;
  for (; row < endRow && row - headerTop < MAX_HEADER_ROWS; row++) {
    if (isBlankRow(sheet, row)) {
      if (headerBottom >= headerTop) break;
      continue;
    }
    if (isColumnNumberRow(sheet, row) || (hasNumeric(sheet, row) && !(headerBottom >= headerTop && headerWithFigures?.(sheet, row)))) {
      codeParts = codePartsRow(sheet, row, headerTop, headerBottom);
      if (codeParts) headerBottom = row;
      break;
    }
    // An empty table's note right under its header (`注：本单位无政府性基金…故本表为空表。`, no 栏次 or 合计 row between):
    // read as a header row, it left the name column without its header, and the table unfound (a false 缺表 错误).
    if (headerBottom >= headerTop && (isFootnoteRow(sheet, row, 0, rowCells(sheet, row).length - 1) || saysEmptyRow(sheet, row))) break;
    const first = leftmost(sheet, row);
    if (headerBottom >= headerTop && first && isDataLabel(first.label, pathAt(sheet, headerTop, headerBottom, first.col))) {
      shared = sharedRow(sheet, row, headerTop, headerBottom, isDataLabel);
      if (shared) headerBottom = row;
      break;
    }
    headerBottom = row;
  }
  if (headerBottom < headerTop) return { ok: false, reason: '标题下方没有表头行' };
  let dataStart = headerBottom + 1;
  if (shared) dataStart = shared.row;
  else {
    while (dataStart < endRow && isBlankRow(sheet, dataStart)) dataStart++;
    if (dataStart < endRow && isColumnNumberRow(sheet, dataStart)) dataStart++;
  }

  let left = Number.POSITIVE_INFINITY;
  let right = -1;
  for (let r = headerTop; r <= headerBottom; r++) {
    const cells = rowCells(sheet, r);
    for (let c = 0; c < cells.length; c++) {
      if (isBlank(cellAt(sheet, r, c))) continue;
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  const paths = headerPaths(sheet, headerTop, headerBottom, left, right, shared, codeParts);
  const header: HeaderRegion = {
    titleRow,
    headerTop,
    headerBottom,
    dataStart,
    ...(shared ? { sharedRow: shared.row } : {}),
    left,
    right,
    paths,
    ...(info.unit ? { unit: info.unit } : {}),
    ...(info.unitCell ? { unitCell: info.unitCell } : {}),
    ...(info.department ? { department: info.department } : {}),
  };
  return { ok: true, header };
}

interface SharedRow {
  readonly row: number;
  /** Columns whose cell is a data label (合计), not a header label. */
  readonly dataColumns: ReadonlySet<number>;
}

/**
 * A row that starts with a data label (合计) but also carries header labels further right (合计 | 基本支出 | 项目支出
 * under 本年支出): the last header row and the first data row at once. Any figure or dash in it makes it plain data.
 */
function sharedRow(
  sheet: SheetGrid,
  row: number,
  top: number,
  bottom: number,
  isDataLabel: (label: string, pathAbove: readonly string[]) => boolean,
): SharedRow | undefined {
  const dataColumns = new Set<number>();
  let headerCells = 0;
  const cells = rowCells(sheet, row);
  for (let c = 0; c < cells.length; c++) {
    const v = cellAt(sheet, row, c);
    if (isBlank(v)) continue;
    const label = headerLabel(cellText(v));
    if (isDataLabel(label, pathAt(sheet, top, bottom, c))) dataColumns.add(c);
    else if (/[\u4e00-\u9fa5]/.test(label)) headerCells++;
    else return undefined;
  }
  return headerCells > 0 ? { row, dataColumns } : undefined;
}

interface CodePartsRow {
  readonly row: number;
  /** The columns labelled 类, 款 or 项 under the code's label: the row's only header cells. */
  readonly columns: ReadonlySet<number>;
}

/**
 * The 栏次 row of the central template, `类 | 款 | 项 | 栏次 | 1 | 2 | 3`: the code's parts are labelled on it, under
 * 科目编码. Ended above it, the header bound the code to its 类 column alone, every row's code was its 类 and the 项
 * rows were dropped as repeats of it (§五 said 0.00万元 for every 项, and no 错误).
 */
function codePartsRow(sheet: SheetGrid, row: number, top: number, bottom: number): CodePartsRow | undefined {
  if (bottom < top) return undefined;
  const columns = new Set<number>();
  const cells = rowCells(sheet, row);
  for (let c = 0; c < cells.length; c++) {
    const v = cellAt(sheet, row, c);
    if (typeof v !== 'string') continue;
    const role = columnRole([...pathAt(sheet, top, bottom, c), headerLabel(v)], new Set());
    if (role.role === 'code' && role.part) columns.add(c);
  }
  return columns.size >= 2 ? { row, columns } : undefined;
}

/**
 * Spreads each header label to the right over empty cells that share its parent (the filled labels of the
 * rows above), which is how a merged cell covers its columns; then reads each column top to bottom. On a row of
 * the code's parts only those are labels (its 栏次 numbers are not).
 */
function headerPaths(sheet: SheetGrid, top: number, bottom: number, left: number, right: number, shared?: SharedRow, codeParts?: CodePartsRow): string[][] {
  const filled: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const line: string[] = [];
    for (let c = left; c <= right; c++) {
      if (r === codeParts?.row && !codeParts.columns.has(c)) {
        line.push('');
        continue;
      }
      const own = r === shared?.row && shared.dataColumns.has(c) ? '' : headerLabel(cellText(cellAt(sheet, r, c)));
      if (own !== '' || c === left) {
        line.push(own);
        continue;
      }
      const prev = line[c - left - 1]!;
      const sameParent = filled.every((above) => above[c - left] === above[c - left - 1]);
      line.push(sameParent ? prev : '');
    }
    filled.push(line);
  }
  const paths: string[][] = [];
  for (let c = 0; c <= right; c++) {
    if (c < left) {
      paths.push([]);
      continue;
    }
    const path: string[] = [];
    for (const line of filled) {
      const label = line[c - left]!;
      if (label !== '' && path[path.length - 1] !== label) path.push(label);
    }
    paths.push(path);
  }
  return paths;
}

/** The cell that holds a column's lowest header label (where a message about the column should point). */
export function headerCellOf(sheet: SheetGrid, header: HeaderRegion, col: number): CellRef {
  for (let r = header.headerBottom; r >= header.headerTop; r--) {
    if (!isBlank(cellAt(sheet, r, col))) return cellRef(sheet.name, r, col);
  }
  return cellRef(sheet.name, header.headerBottom, col);
}
