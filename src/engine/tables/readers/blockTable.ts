/**
 * Reader for tables made of blocks side by side (01, 02, 03, 04, 05, 06, 08, 09). A block is a run of
 * columns: code column(s) and/or a label column, then figure columns. Rows are keyed by subject code, by
 * fixed label, or by the name of a 功能分类 类.
 */
import { cellAt, cellText, CellValue, isBlank, isColumnHidden, isRowHidden, mergeAt, SheetGrid, visibleOver } from '../../grid/cell';
import { cellRef, toA1 } from '../../grid/address';
import type { CellRef } from '../../grid/address';
import { labelSet } from '../../grid/normalize';
import { isNumeric } from '../../grid/number';
import { functionalClassByName, functionalSubject, functionalSubjectsNamed, subjectLevel } from '../../subjects/functional';
import { ECONOMIC_SUBJECTS, economicSubject } from '../../subjects/economic';
import type { BlockSpec, BlockTableSpec } from '../spec';
import type { ColumnModel, MoneyFigure, RowModel, TableModel, TextCell } from '../model';
import { codeOrder, giveKeyIndex } from '../model';
import type { CodeIndex } from '../model';
import type { SubjectLevel } from '../../subjects/functional';
import { headerNotFound, hiddenCopyLeft, hiddenRowLeft, rightOfHeader, sayUnreadColumn, tableModel, tableUnit } from './tableParts';
import { place, ProblemLog } from '../problems';
import { headerCellOf, headerLabel, HeaderRegion, isBlankRow, isColumnNumberRow, isPageBreakRow, locateHeader, readMetaRow } from './header';
import type { MetaInfo } from './header';
import { classifyColumn, columnRole, compileRules, LAST_YEAR, YEAR_AND_MEASURE } from './columns';
import { CodeRead, codeInLabel, digitsOrder, isValidCode, readWholeCode, SplitCodeReader } from './codes';
import { readFen } from './figures';
import { ClosedByRow, FenStore, Row } from './row';
import type { StoredFigures } from './row';
import { emptyWithoutNoteMessage, lacksEmptyNote, saysEmpty } from '../notes';
import type { ReadResult, TableLocation } from './location';
import { isFootnoteRow } from './location';
import { fenPerUnit, shownFen, wholeFen, type Unit } from '../../grid/money';
import { addsUpWithinRounding } from '../rounding';

interface CompiledBlock {
  readonly spec: BlockSpec;
  readonly rowLabels: readonly {
    readonly key: string;
    readonly labels: ReadonlySet<string>;
    readonly after?: string;
    readonly under?: ReadonlySet<string>;
    readonly belowSubjects?: true;
  }[];
  readonly columnRules: ReturnType<typeof compileRules>;
  readonly headerLabels: ReadonlySet<string>;
  readonly anchorLabels: ReadonlySet<string>;
  readonly headings: ReadonlySet<string>;
}

function compileBlock(spec: BlockSpec): CompiledBlock {
  return {
    spec,
    rowLabels: spec.rows.map((r) => ({
      key: r.key,
      labels: labelSet(r.labels),
      ...(r.after ? { after: r.after } : {}),
      ...(r.under ? { under: labelSet(r.under) } : {}),
      ...(r.belowSubjects ? { belowSubjects: r.belowSubjects } : {}),
    })),
    columnRules: compileRules(spec.columns),
    headerLabels: labelSet(spec.headerLabels ?? []),
    anchorLabels: labelSet(spec.anchorLabels ?? []),
    headings: labelSet(spec.headings ?? []),
  };
}

/** What reading a table of a spec needs of the spec's labels, normalised: the same for every table the spec reads. */
interface CompiledTable {
  readonly compiled: readonly CompiledBlock[];
  /** The labels of the blocks' rows (a data row's leftmost label, for finding the header's end). */
  readonly dataLabels: ReadonlySet<string>;
  /** The blocks' anchor and header labels (收入, 支出 …): label columns too. */
  readonly extraLabels: ReadonlySet<string>;
  /** Whether a block reads rows by the name of a 功能分类 类. */
  readonly classRows: boolean;
}

// Specs are constants: their labels are normalised once, not for every table read (≈ 2% of a department-sized check
// went to normalising the same labels again, table after table, workbook after workbook).
const COMPILED_TABLES = new WeakMap<BlockTableSpec, CompiledTable>();

function compiledTable(spec: BlockTableSpec): CompiledTable {
  let table = COMPILED_TABLES.get(spec);
  if (table === undefined) {
    const compiled = spec.blocks.map(compileBlock);
    table = {
      compiled,
      dataLabels: new Set(compiled.flatMap((b) => b.rowLabels.flatMap((r) => [...r.labels]))),
      extraLabels: new Set(compiled.flatMap((b) => [...b.anchorLabels, ...b.headerLabels])),
      classRows: compiled.some((b) => b.spec.classRows),
    };
    COMPILED_TABLES.set(spec, table);
  }
  return table;
}

/** Columns of one block as found in the header. */
interface FoundBlock {
  codeCols: { col: number; part?: '类' | '款' | '项' }[];
  labelCols: number[];
  figureCols: number[];
}

interface BoundBlock {
  readonly compiled: CompiledBlock;
  readonly key: string;
  readonly codeCols: readonly { col: number; part?: '类' | '款' | '项' }[];
  readonly labelCol?: number;
  /** The figure columns the sheet prints. */
  readonly columns: readonly ColumnModel[];
  /** The columns it prints only as their parts (BlockSpec.printedAsParts), each with where its parts are in `columns`. */
  readonly sums: readonly { readonly column: ColumnModel; readonly at: readonly number[] }[];
  /** `columns`, then the `sums`' columns: what each row's figures are kept for (one array a block: row.ts). */
  readonly figureColumns: readonly ColumnModel[];
}

/**
 * The header without its spacer columns: a column with no header text and nothing under it, put in to widen the
 * printed table. Reading the header spreads a label over the empty cells to its right (as a merged cell covers its
 * columns), so a spacer after 科目名称 read as a second name column, and the rows' names (合计 among them) were
 * looked for in it; a spacer after a figure column read as a repeated column.
 */
function withoutSpacers(sheet: SheetGrid, header: HeaderRegion, endRow: number): HeaderRegion {
  let paths: (readonly string[])[] | undefined;
  for (let c = header.left + 1; c <= header.right; c++) {
    if (header.paths[c]!.length === 0 || !isSpacer(sheet, header.headerTop, endRow, c)) continue;
    paths ??= [...header.paths];
    paths[c] = [];
  }
  return paths ? { ...header, paths } : header;
}

/**
 * Column `col` is empty from row `top` to before `end`. A function of its own, not a closure made for each table: a
 * closure's calls are not inlined (its feedback is shared by every closure made), and this one, going down a sparse
 * column of a table of 1,660 rows, was first optimised on its own in the fourteenth check, inside the bench's window.
 */
function isSpacer(sheet: SheetGrid, top: number, end: number, col: number): boolean {
  for (let r = top; r < end; r++) if (!isBlank(cellAt(sheet, r, col))) return false;
  return true;
}

function findBlocks(header: HeaderRegion, extraLabels: ReadonlySet<string>): FoundBlock[] {
  const blocks: FoundBlock[] = [];
  let current: FoundBlock | undefined;
  for (let c = header.left; c <= header.right; c++) {
    const role = columnRole(header.paths[c]!, extraLabels);
    if (role.role === 'code' || role.role === 'label') {
      if (!current || current.figureCols.length > 0) {
        current = { codeCols: [], labelCols: [], figureCols: [] };
        blocks.push(current);
      }
      if (role.role === 'code') current.codeCols.push(role.part ? { col: c, part: role.part } : { col: c });
      else current.labelCols.push(c);
    } else if (role.role === 'figure') {
      if (!current) {
        current = { codeCols: [], labelCols: [], figureCols: [] };
        blocks.push(current);
      }
      current.figureCols.push(c);
    }
  }
  return blocks;
}

function blockMentions(found: FoundBlock, header: HeaderRegion, labels: ReadonlySet<string>): boolean {
  if (labels.size === 0) return false;
  const cols = [...found.codeCols.map((c) => c.col), ...found.labelCols, ...found.figureCols];
  return cols.some((c) => header.paths[c]!.some((l) => labels.has(l)));
}

/** A found block matched to a spec's block; `continues`: it carries on that block's rows (assignBlocks). */
interface AssignedBlock {
  readonly found: FoundBlock;
  readonly compiled: CompiledBlock;
  readonly continues?: true;
}

/**
 * Matches found blocks to the spec's blocks: by their header labels (收入/支出), then in order. A block found once
 * every spec's block has its own carries on the rows of the block to its left: table 01 printed on a narrow page wraps
 * its 支出 over two column pairs (类 一–十三 | 类 十四–二十六 and the totals). Dropped, the second pair's 支出总计 and
 * 类 were unread without a word: no 错误, and gaps in the text.
 */
function assignBlocks(repeatBlock: boolean, compiled: readonly CompiledBlock[], found: FoundBlock[], header: HeaderRegion): AssignedBlock[] {
  if (repeatBlock) return found.map((f) => ({ found: f, compiled: compiled[0]! }));
  const result: AssignedBlock[] = [];
  const free = new Set(compiled);
  const unassigned: FoundBlock[] = [];
  for (const f of found) {
    const byName = [...free].find(
      (b) => blockMentions(f, header, b.headerLabels) || blockMentions(f, header, b.anchorLabels),
    );
    if (byName) {
      free.delete(byName);
      result.push({ found: f, compiled: byName });
    } else unassigned.push(f);
  }
  for (const f of unassigned) {
    const next = compiled.find((b) => free.has(b));
    if (next) {
      free.delete(next);
      result.push({ found: f, compiled: next });
      continue;
    }
    const left = leftOf(result, f);
    if (left) result.push({ found: f, compiled: left.compiled, continues: true });
  }
  // Each spec's block, then the blocks carrying on its rows, left to right.
  const order = (a: AssignedBlock) => compiled.indexOf(a.compiled) * 1e6 + foundStart(a.found);
  return result.sort((a, b) => order(a) - order(b));
}

function foundStart(f: FoundBlock): number {
  return Math.min(...foundColumns(f));
}

function foundColumns(f: FoundBlock): number[] {
  return [...f.codeCols.map((c) => c.col), ...f.labelCols, ...f.figureCols];
}

/** The assigned block nearest to the left of `f` (its rows are those `f` carries on), if any. */
function leftOf(assigned: readonly AssignedBlock[], f: FoundBlock): AssignedBlock | undefined {
  const start = foundStart(f);
  let best: AssignedBlock | undefined;
  for (const a of assigned) {
    const at = foundStart(a.found);
    if (at < start && (best === undefined || at > foundStart(best.found))) best = a;
  }
  return best;
}

function bindBlock(
  sheet: SheetGrid,
  found: FoundBlock,
  compiled: CompiledBlock,
  header: HeaderRegion,
  log: ProblemLog,
  title: string,
): BoundBlock | undefined {
  const codeCols = [...found.codeCols];
  const labelCols = [...found.labelCols];
  // `项目` merged over both the code and the name column: the first holds codes.
  if (compiled.spec.subjects && codeCols.length === 0 && labelCols.length >= 2) {
    codeCols.push({ col: labelCols.shift()! });
  }
  const named = labelCols.length === 0 && codeCols.length > 0 ? namesUnderFigureHeader(sheet, header, found.figureCols[0]) : undefined;
  const labelCol = named ?? labelCols[labelCols.length - 1];
  const firstHeaderCell = cellRef(sheet.name, header.headerTop, header.left);
  if (labelCol === undefined && codeCols.length === 0) {
    log.at(
      'unmatched-header',
      firstHeaderCell,
      `${place(firstHeaderCell)}起的《${title}》表头中找不到“项目”或“科目编码/科目名称”列：请保留模板的表头文字。`,
    );
    return undefined;
  }
  // The column bound to each key: the first of its 栏目, or the first visible one when the first is hidden.
  const bound = new Map<string, ColumnModel>();
  const latest = Math.max(...found.figureCols.map((col) => yearAbove(header.paths[col]!) ?? 0));
  const ownKeys = keysNamingNoYear(found.figureCols.filter((col) => col !== named), header, compiled);
  for (const col of found.figureCols) {
    if (col === named) continue;
    const path = header.paths[col]!;
    const headerCell = headerCellOf(sheet, header, col);
    const year = yearAbove(path);
    // A year below another column's, or a year on a 栏目 a column naming none gives too (`2021年决算数 | 决算数`): the
    // one naming none is the table's own, as in table 07 (read first, last year's 决算 was published as this year's).
    const otherYear = year !== undefined && (year < latest || ownKeys.has(classifyColumn(path, compiled.columnRules) ?? ''));
    const period = otherYear ? `${year}年的数` : path.slice(0, -1).find((label) => OTHER_PERIOD.test(label));
    if (period !== undefined) {
      // A budget or last year's block beside the 决算 (`年初预算数 | 决算数`): bound first, its figures were read and
      // published as the 决算's.
      log.at('unknown-column', headerCell, `${place(headerCell)}的列“${path.join('/')}”是${period}，不是本年决算数，已忽略。`);
      continue;
    }
    const key = classifyColumn(path, compiled.columnRules);
    if (lastYearOfPart(path, key, compiled)) continue;
    if (key === undefined) {
      log.at(
        'unknown-column',
        headerCell,
        `${place(headerCell)}的列“${path.join('/')}”不是《${title}》的栏目，已忽略：如是模板栏目，请改回模板的名称。`,
      );
      continue;
    }
    const earlier = bound.get(key);
    if (earlier === undefined) {
      bound.set(key, { key, block: compiled.spec.key, col, header: path });
    } else if (visibleOver(sheet, col, earlier.col)) {
      // A hidden column before a visible one of the same 栏目: last year's figures kept out of sight in a sheet
      // copied forward. What the accountant sees (and prints) is the table's.
      hiddenCopyLeft(log, headerCellOf(sheet, header, earlier.col), earlier.header.join('/'), headerCell);
      bound.set(key, { key, block: compiled.spec.key, col, header: path });
    } else {
      const hidden = isColumnHidden(sheet, col) ? '隐藏的' : '';
      log.at('unknown-column', headerCell, `${place(headerCell)}的${hidden}列“${path.join('/')}”与前面的列重复，已忽略。`);
    }
  }
  // In the sheet's order, as the header reads.
  const columns = [...bound.values()].sort((x, y) => x.col - y.col);
  const sums = columnsOfParts(compiled.spec, columns);
  const either = compiled.spec.eitherOf;
  for (const key of compiled.spec.required) {
    if (bound.has(key)) continue;
    if (either?.key === key && either.columns.every((c) => bound.has(c))) continue;
    if (sums.some((s) => s.column.key === key)) continue;
    const rule = compiled.spec.columns.find((r) => r.key === key)!;
    log.at(
      'missing-column',
      firstHeaderCell,
      `《${title}》（${place(firstHeaderCell)}起）的表头中找不到“${rule.labels[0]}”列：请检查表头文字是否与模板一致。`,
    );
  }
  return {
    compiled,
    key: compiled.spec.key,
    codeCols,
    ...(labelCol !== undefined ? { labelCol } : {}),
    columns,
    sums,
    figureColumns: sums.length === 0 ? columns : [...columns, ...sums.map((s) => s.column)],
  };
}

/**
 * Whether the column is last year's figure of a 栏目 other than the 合计 (基本支出 | 项目支出 each over 本年数 | 上年数):
 * nothing reads it, and it is no 栏目 of the table to say (read as the 上年决算数, it was that column again). Last
 * year's 合计 is read as the table's 上年决算数 where its spec has one (`key`).
 */
function lastYearOfPart(path: readonly string[], key: string | undefined, compiled: CompiledBlock): boolean {
  if (path.length < 2 || !LAST_YEAR.test(path[path.length - 1]!)) return false;
  const own = classifyColumn(path.slice(0, -1), compiled.columnRules);
  return own !== undefined && !(own === 'total' && key !== undefined);
}

/** The 栏目 the columns naming no year give (yearAbove), each column's header read as the block reads it. */
function keysNamingNoYear(cols: readonly number[], header: HeaderRegion, compiled: CompiledBlock): Set<string> {
  const keys = new Set<string>();
  for (const col of cols) {
    const path = header.paths[col]!;
    if (yearAbove(path) !== undefined || path.slice(0, -1).some((label) => OTHER_PERIOD.test(label))) continue;
    const key = classifyColumn(path, compiled.columnRules);
    if (key !== undefined) keys.add(key);
  }
  return keys;
}

/**
 * The columns of BlockSpec.printedAsParts the block prints only as their parts: no column of its own, every part
 * printed but those a form may leave out, and one at least. Made of the parts printed, under the header they share
 * (财政拨款收入 over 一般公共预算财政拨款 | 政府性基金预算财政拨款), at the last part's column.
 */
function columnsOfParts(spec: BlockSpec, columns: readonly ColumnModel[]): BoundBlock['sums'] {
  const sums: { column: ColumnModel; at: number[] }[] = [];
  for (const rule of spec.printedAsParts ?? []) {
    if (columns.some((c) => c.key === rule.key)) continue;
    const at = rule.columns.map((key) => columns.findIndex((c) => c.key === key));
    const needed = rule.columns.every((key, i) => at[i]! >= 0 || rule.optional?.includes(key) === true);
    const printed = at.filter((i) => i >= 0).sort((x, y) => x - y);
    if (!needed || printed.length === 0) continue;
    const parts = printed.map((i) => columns[i]!);
    const last = parts[parts.length - 1]!;
    const header = sharedHeader(parts.map((p) => p.header));
    sums.push({ column: { key: rule.key, block: spec.key, col: last.col, header, parts: parts.map((p) => p.key) }, at: printed });
  }
  return sums;
}

/** The labels the headers share above their own (财政拨款收入 over its funds), top to bottom. */
function sharedHeader(paths: readonly (readonly string[])[]): readonly string[] {
  const first = paths[0]!;
  let n = 0;
  while (n < first.length - 1 && paths.every((p) => p.length - 1 > n && p[n] === first[n])) n++;
  return first.slice(0, n);
}

/** How many of a column's cells below the header are looked at to tell names from figures. */
const NAME_SAMPLE_ROWS = 60;

/**
 * `col` when it is a column of names under a figure's header: the block has codes and no name column, and the column
 * holds text (three cells or more) and no number. Table 06 headed 经济分类科目编码 | 人员经费 | 决算数 (its panel named
 * over its name column): read as figures, every name was an unreadable figure, a 错误 each.
 */
function namesUnderFigureHeader(sheet: SheetGrid, header: HeaderRegion, col: number | undefined): number | undefined {
  if (col === undefined) return undefined;
  let texts = 0;
  const end = Math.min(sheet.rows.length, header.dataStart + NAME_SAMPLE_ROWS);
  for (let r = header.dataStart; r < end; r++) {
    const v = cellAt(sheet, r, col);
    if (typeof v === 'number' || (typeof v === 'string' && isNumeric(v))) return undefined;
    if (typeof v === 'string' && /[\u4e00-\u9fa5]/.test(v)) texts++;
  }
  return texts >= 3 ? col : undefined;
}

/**
 * A header above a column naming the budget's or last year's figures, not this year's 决算: with a year in front
 * (2024年预算数, 2024年年初预算数), as 预算安排(数), numbered as the form numbers its columns (年初预算数(1), 预算数(A)).
 * Unnamed so, the budget block was read as this year's 决算, and the 决算 block beside it dropped as a repeat.
 */
const OTHER_PERIOD = /^(?:\d{4}年度?)?(?:(?:年初|全年|调整后?)?预算(?:安排)?数?|上年度?(?:决算)?数?)(?:\([\dA-Za-z一二三四五六七八九十]+\))?$/;

/** A header above a column naming a year (`2021年决算数`, `2022年度`). */
const YEAR_GROUP = /^(\d{4})年度?(?:决算数?)?$/;

/**
 * The year a column's header names above it, if any. Of two column groups headed by years (`2021年决算数 {…} |
 * 2022年决算数 {…}`), the earlier is last year's: read first, last year's figures were published as this year's.
 */
function yearAbove(path: readonly string[]): number | undefined {
  for (const label of path.slice(0, -1)) {
    const m = YEAR_GROUP.exec(label);
    if (m) return Number(m[1]);
  }
  // Or in the column's own label (`2023年度决算数 | 2024年度决算数`): unread, the table was not found (a false 缺表 错误).
  const own = YEAR_AND_MEASURE.exec(path[path.length - 1] ?? '');
  return own ? Number(own[1]) : undefined;
}

/**
 * The 类 and 款 a reading has open (BlockReading.open), both always there, undefined when not open: objects of one
 * shape, as BlockReading's own properties all are, so that readRow and the functions it calls see one map for each
 * (h211: optional properties added later — `heading`, `split`, `open.sec` — and `delete open.sec` made them several).
 */
interface OpenSubjects {
  cls: number | undefined;
  sec: number | undefined;
}

/** No 类 or 款 open: a fresh object, as makeRow and readSubtotal set `sec` on it. */
const noneOpen = (): OpenSubjects => ({ cls: undefined, sec: undefined });

/**
 * One block of a table as its rows are read: what every row's reading needs, made once per block (passing it as
 * one argument, and making rows with a function rather than a closure per row, keeps the per-row work to the row).
 */
interface BlockReading {
  readonly sheet: SheetGrid;
  readonly block: BoundBlock;
  readonly unit: Unit;
  readonly log: ProblemLog;
  readonly title: string;
  readonly split: SplitCodeReader | undefined;
  /**
   * The row keys read so far in the block, and where each row is in `rows`: every row's, or while the block's subject
   * rows come in code order (`codes`) those of the other rows.
   */
  readonly taken: Map<string, number>;
  /**
   * The block's subject rows, while they come in code order as a table prints them (model.ts, codeOrder): a code after
   * the last is not read before, and is neither looked up nor kept in `taken`. Undefined once one came out of order
   * (`taken` then holds every key). A map of each of tables 02, 03 and 05's 1,654 codes, asked once for each row, was
   * ≈ 3% of a department-sized check; in code order, the codes are found by their order (model.ts, findRow).
   */
  codes: CodeIndex | undefined;
  /** The table's rows, every block's, in reading order (makeRow adds to it). */
  readonly rows: Row[];
  /** Where in `rows` a hidden row was left for a visible one read after it (taken out once all are read). */
  readonly dropped: Set<number>;
  /** The 分 of the table's rows. */
  readonly fens: FenStore;
  /** The figures of the row being read (readFigures), until its Row is made. */
  readonly figures: FiguresRead;
  /** The code of the row being read where its cell holds plain digits (readCode), until readRow is done with it. */
  readonly plainCode: PlainCode;
  /** Whether the block has read a subject row (a row with a code) so far. */
  subjectRead: boolean;
  /** The block's last heading row so far (BlockSpec.headings: `人员经费` over its rows in a list), its label. */
  heading: string | undefined;
  /** The row the table ends before. */
  readonly end: number;
  /**
   * The 类 and the 款 read last, where in `rows` (undefined once a `小计` closed it, or another row of its level or a
   * row that is no subject came): the rows a `小计` below them closes.
   */
  open: OpenSubjects;
  /** The 类 and 款 headings read from the 小计 closing them: their label cell, then the 小计's (said once a table). */
  readonly fromSubtotals: [CellRef, string, CellRef][];
  /** Rows with a name and figures whose code cell is blank: the name's cell, the name, the code's cell (said once). */
  readonly uncoded: [CellRef, string, CellRef][];
  /** The key of the block's last row on the table's page before this one (TableLocation.keysBefore). */
  readonly keyBefore: string | undefined;
  /** The label columns of the blocks beside this one (table 06's other panel), where a spec repeats its block. */
  readonly besides: readonly number[];
}

/**
 * Whether a row rule of the block's subjects' closing row (`belowSubjects`) reads row `row` above them: where each panel
 * beside it opens with the same label on the row (合计 | 577.84 | 合计 | 67.39: each panel's own total on top), not
 * where it alone does (the table's 合计 on top under the 人员经费 panel).
 */
function opensEveryPanel(reading: BlockReading, row: number, labels: ReadonlySet<string>): boolean {
  return reading.besides.length > 0 && reading.besides.every((col) => labels.has(headerLabel(cellText(cellAt(reading.sheet, row, col)))));
}

/** Row `r` is a heading of the block: a label of BlockSpec.headings, and no figure. */
function isHeadingRow(reading: BlockReading, r: number): boolean {
  const { sheet, block } = reading;
  if (block.labelCol === undefined || block.compiled.headings.size === 0) return false;
  return block.compiled.headings.has(headerLabel(cellText(cellAt(sheet, r, block.labelCol)))) && block.columns.every((c) => isBlank(cellAt(sheet, r, c.col)));
}

/** A row read as one of `headings` (BlockSpec.headings: `人员经费` over its panel's rows): labelled so, no figure at all. */
function readAsHeading(row: Row, headings: ReadonlySet<string>): boolean {
  return row.code === undefined && !row.found && headings.has(headerLabel(row.label));
}

/** The row of `key` read so far is a heading (`人员经费` over its panel's rows), which the panel's total replaces (makeRow). */
function takenByHeading(reading: BlockReading, key: string): boolean {
  return readAsHeading(reading.rows[reading.taken.get(key)!]!, reading.block.compiled.headings);
}

/**
 * Whether a panel's total (a rule's `under`: 合计 under 人员经费) reads row `row`: the block's columns stand under the
 * panel's name (人员经费 over 科目编码 | 科目名称 | 决算数), or its rows do — the block's last heading row is the panel's
 * name, and the 合计 closes that panel, not the table: a heading follows below it (the next panel), or a panel above
 * was closed by a total of its own. A list of panels with one 合计 at its end (人员经费 … 公用经费 … 合计) keeps that
 * 合计 the table's; each panel's 合计 read as the table's made the second a repeated row, the panels without totals.
 */
function underPanel(reading: BlockReading, row: number, under: ReadonlySet<string>): boolean {
  const { block } = reading;
  if (block.columns.some((c) => c.header.slice(0, -1).some((h) => under.has(h)))) return true;
  if (reading.heading === undefined || !under.has(reading.heading)) return false;
  const closedAbove = block.compiled.rowLabels.some((r) => {
    const i = r.under && !r.under.has(reading.heading!) ? reading.taken.get(r.key) : undefined;
    return i !== undefined && reading.rows[i]!.found;
  });
  if (closedAbove) return true;
  for (let r = row + 1; r < reading.end; r++) if (isHeadingRow(reading, r)) return true;
  return false;
}

/**
 * The order of a new subject row's code when it comes after the block's codes so far (BlockReading.codes), else -1:
 * then it may have been read before, and from here on every row's key is kept in `taken`, those read so far first.
 */
function orderIfNew(reading: BlockReading, code: string): number {
  const codes = reading.codes;
  if (codes === undefined) return -1;
  // The order readCode worked out with the code's digits (nearly every row's code), not a second pass over them: the
  // same string is the same order, whichever row it was read for.
  const plain = reading.plainCode;
  const order = code === plain.code ? plain.order : codeOrder(code);
  // Greater than every order before it: none of those codes (two codes of one order, 20101 and 2010100, are looked up).
  if (codes.orders.length === 0 || order > codes.orders[codes.orders.length - 1]!) return order;
  for (let i = 0; i < codes.at.length; i++) reading.taken.set(reading.rows[codes.at[i]!]!.key, codes.at[i]!);
  reading.codes = undefined;
  return -1;
}

/** A code read from a cell of plain digits (readCode), with its order (model.ts, codeOrder). */
interface PlainCode {
  readonly kind: 'code';
  code: string;
  order: number;
}

/** The row of `key` read so far is hidden and `row` is shown: `row` is read instead (a hidden copy above it). */
function replacesHidden(reading: BlockReading, key: string, row: number): boolean {
  const earlier = reading.taken.get(key);
  return earlier !== undefined && isRowHidden(reading.sheet, reading.rows[earlier]!.sheetRow) && !isRowHidden(reading.sheet, row);
}

// readCode and readRow run for every row of a table: what they need of a closure is a function of its own, for a
// closure there (capturing the row's variables) would give every call a context object, used or not.
function readCode(reading: BlockReading, row: number): CodeRead {
  const { sheet, block } = reading;
  if (block.codeCols.length === 0) return { kind: 'none' };
  if (reading.split) {
    const item = block.codeCols.some((x) => x.part === '项') ? codePart(reading, row, '项') : undefined;
    return reading.split.read(codePart(reading, row, '类'), codePart(reading, row, '款'), item);
  }
  const value = cellAt(sheet, row, block.codeCols[0]!.col);
  // Plain digits (nearly every subject row's code cell, as readWholeCode reads them): the reading's one CodeRead given
  // the code, as readRow keeps the code and never the CodeRead; not an object made for each of 5,000 rows.
  if (typeof value === 'string') {
    const order = digitsOrder(value);
    if (order >= 0) {
      reading.plainCode.code = value;
      reading.plainCode.order = order;
      return reading.plainCode;
    }
  }
  return readWholeCode(value);
}

/** The cell of a split code's part (类, 款 or 项) on `row`; null where the block has no column for it. */
function codePart(reading: BlockReading, row: number, part: '类' | '款' | '项'): CellValue {
  const c = reading.block.codeCols.find((x) => x.part === part);
  return c === undefined ? null : cellAt(reading.sheet, row, c.col);
}

/** The first of the row's figure columns holding a figure or something unreadable. */
function firstFigureColumn(figures: StoredFigures): number {
  for (let i = 0; i < figures.columns.length; i++) {
    if (!Number.isNaN(figures.fens[figures.at + i]!) || figures.invalid?.[figures.columns[i]!.key] !== undefined) return i;
  }
  return -1;
}

function subjectName(code: string, kind: 'functional' | 'economic'): string {
  return (kind === 'functional' ? functionalSubject(code) : economicSubject(code))?.name ?? '';
}

const NO_SPANS: ReadonlyMap<BoundBlock, BoundBlock> = new Map();
const NO_LABELS: ReadonlySet<string> = new Set();

interface RowOptions {
  /** The block whose figure columns hold this row's figures (a label merged across blocks); default its own. */
  readonly figuresFrom?: BoundBlock;
  /** The row is also the last header row: its figure cells hold header labels, so the row has no figures. */
  readonly headerRow?: boolean;
}

const NO_OPTIONS: RowOptions = {};

/**
 * The figures of the row being read, as readFigures leaves them for readRow and makeRow: one object a block, overwritten
 * row after row, and copied into the row's Row when one is made (an object of its own for every row was a second object
 * a row, kept, and a pointer more to follow in every later pass over the rows' figures).
 */
class FiguresRead implements StoredFigures {
  columns: readonly ColumnModel[] = [];
  fens: Float64Array = new Float64Array(0);
  at = 0;
  invalid: Record<string, MoneyFigure> | undefined = undefined;
  found = false;
}

/**
 * The row's figure cells, read as 分 (readers/row.ts says why not as figure objects); then the figures of the columns
 * printed as their parts, the parts' sum. Left in `reading.figures`.
 */
function readFigures(reading: BlockReading, row: number, options: RowOptions): FiguresRead {
  const { sheet, unit, log } = reading;
  const { columns, sums, figureColumns } = options.figuresFrom ?? reading.block;
  const fens = reading.fens.room(figureColumns.length);
  const at = reading.fens.take(figureColumns.length);
  let invalid: Record<string, MoneyFigure> | undefined;
  let found = false;
  // The row's cells fetched once, and a plain number (nearly every figure) read from them here: not looked up anew
  // for each column by readFen.
  const cells = options.headerRow ? undefined : sheet.rows[row];
  // 分 a step of the unit's second decimal: a figure is read as its table shows it (shownFen).
  const step = fenPerUnit(unit) / 100;
  for (let i = 0; i < columns.length; i++) {
    const value = cells === undefined ? undefined : cells[columns[i]!.col];
    // A number whole in the unit's second decimal (nearly every figure) is stored at once; shownFen and readFen decide
    // the rest.
    const whole = typeof value === 'number' ? wholeFen(value, 100) : Number.NaN;
    if (!Number.isNaN(whole)) {
      fens[at + i] = whole * step + 0;
      found = true;
      continue;
    }
    const read = options.headerRow ? null : typeof value === 'number' && Number.isFinite(value) ? shownFen(value, unit) : readFen(sheet, row, columns[i]!.col, unit, log);
    if (typeof read === 'number') {
      fens[at + i] = read;
      found = true;
    } else {
      fens[at + i] = Number.NaN;
      // Unreadable: kept as its figure, which says so.
      if (read !== null) (invalid ??= {})[columns[i]!.key] = read;
      found ||= read !== null;
    }
  }
  for (let j = 0; j < sums.length; j++) {
    const { column, at: parts } = sums[j]!;
    let sum = Number.NaN;
    let unreadable = false;
    for (let k = 0; k < parts.length; k++) {
      const fen = fens[at + parts[k]!]!;
      if (!Number.isNaN(fen)) sum = (Number.isNaN(sum) ? 0 : sum) + fen;
      unreadable ||= invalid?.[columns[parts[k]!]!.key] !== undefined;
    }
    fens[at + columns.length + j] = unreadable ? Number.NaN : sum;
    // A part that cannot be read leaves the sum unknown (said once, at the part), not the sum of the others.
    if (unreadable) (invalid ??= {})[column.key] = unreadableSum(sheet.name, row, columns, parts, invalid!);
  }
  const out = reading.figures;
  out.columns = figureColumns;
  out.fens = fens;
  out.at = at;
  out.invalid = invalid;
  out.found = found;
  return out;
}

/** The figure of a column printed as its parts where one of them cannot be read: unreadable too, naming every part. */
function unreadableSum(sheet: string, row: number, columns: readonly ColumnModel[], parts: readonly number[], invalid: Readonly<Record<string, MoneyFigure>>): MoneyFigure {
  const figures = parts.map((i) => invalid[columns[i]!.key] ?? { cell: cellRef(sheet, row, columns[i]!.col), fen: null });
  return { cell: figures[figures.length - 1]!.cell, fen: null, invalid: true, parts: figures };
}

/**
 * The row's model, added to the table's rows; or a `duplicate-row` problem when its key was read before in the block:
 * the first row is read, unless it is hidden and this one is not (a row copied from last year, then hidden, above
 * this year's). A subject row carries its code and level; the object is built whole (no spread: one per row of the
 * table).
 */
function makeRow(
  reading: BlockReading,
  row: number,
  labelCol: number,
  key: string,
  label: string,
  code?: string,
  level?: SubjectLevel,
): RowModel | undefined {
  const { block, taken, rows, sheet, figures } = reading;
  const order = code === undefined ? -1 : orderIfNew(reading, code);
  const earlier = order >= 0 ? undefined : taken.get(key);
  // The fixed row read so far has no figure at all and this one of its label has: that one was a heading (table 06's
  // `人员经费` over its panel, the total below it as `人员经费合计`), not the row. Read as the row, its blanks were the
  // total: 人员经费0.00万元 in the text, and the real total dropped as a repeat.
  const heading = earlier !== undefined && code === undefined && !rows[earlier]!.found && figures.found;
  if (earlier !== undefined && !heading && !replacesHidden(reading, key, row)) {
    // A total printed twice with the same figures (a panel's 小计, then the template's 人员经费合计 row under the
    // panels) loses nothing read once; a subject printed twice is a row too many in the published table.
    const at = cellRef(sheet.name, row, labelCol >= 0 ? labelCol : (block.columns[0]?.col ?? 0));
    if (code === undefined && sameFigures(rows[earlier]!, figures)) return undefined;
    if (code === undefined && figures.found) sayTwoTotals(reading, at, label, earlier);
    else sayDuplicate(reading, at, key, label, code);
    return undefined;
  }
  if (heading) reading.dropped.add(earlier!);
  else if (earlier !== undefined) {
    // The earlier row is hidden and this one is shown: this one is read, where it stands in the sheet.
    const hidden = rows[earlier]!.labelCell ?? cellRef(sheet.name, rows[earlier]!.sheetRow, block.columns[0]?.col ?? 0);
    hiddenRowLeft(reading.log, hidden, rowName(key, label, code), reading.title, row);
    reading.dropped.add(earlier);
  }
  const made = new Row(block.key, key, label, sheet.name, row, labelCol, figures.columns, figures.fens, figures.at, figures.invalid, figures.found, code, level);
  if (code !== undefined) reading.subjectRead = true;
  if (order >= 0) {
    reading.codes!.orders.push(order);
    reading.codes!.at.push(rows.length);
  } else taken.set(key, rows.length);
  if (level === 'class') reading.open = { cls: rows.length, sec: undefined };
  else if (level === 'section') reading.open.sec = rows.length;
  else if (code === undefined) reading.open = noneOpen();
  rows.push(made);
  return made;
}

/**
 * A 类 row of table 01 or 04 written with its code (`201 一般公共服务支出`, `201一般公共服务支出`): the 类 the code names.
 * Unread, each was an unknown row, and 本年支出合计 = Σ 类 and the 类 against table 03 went unchecked.
 */
function classInLabel(label: string): { readonly code: string } | undefined {
  const inLabel = codeInLabel(label);
  return inLabel && inLabel.code.length === 3 && functionalSubject(inLabel.code) ? { code: inLabel.code } : undefined;
}

/** Whether two rows read from the same columns hold the same figures (a blank as a blank), none unreadable. */
function sameFigures(a: StoredFigures, b: StoredFigures): boolean {
  if (a.columns !== b.columns || a.invalid !== undefined || b.invalid !== undefined || !a.found) return false;
  for (let i = 0; i < a.columns.length; i++) if (!Object.is(a.fens[a.at + i], b.fens[b.at + i])) return false;
  return true;
}

function rowName(key: string, label: string, code: string | undefined): string {
  return code ? `${code} ${label}`.trim() : label || key;
}

/** A total printed twice with different figures: which one the table means is the accountant's to say. */
function sayTwoTotals(reading: BlockReading, at: CellRef, label: string, earlier: number): void {
  const first = reading.rows[earlier]!;
  const firstRow = first.sheetRow + 1;
  reading.log.at(
    'duplicate-row',
    at,
    `${place(at)}的行“${label}”与第 ${firstRow} 行“${first.label}”是《${reading.title}》的同一个合计，数字却不同：只读取了第 ${firstRow} 行，请核对这两行的数字。`,
  );
}

function sayDuplicate(reading: BlockReading, at: CellRef, key: string, label: string, code: string | undefined): void {
  reading.log.at('duplicate-row', at, `${place(at)}的行“${rowName(key, label, code)}”在《${reading.title}》中重复出现，只读取了第一行：请删除重复的行或改正科目编码。`);
}

/**
 * `text.trim()`, the text itself where it starts and ends with printable ASCII or a CJK ideograph (no whitespace): a
 * label of nearly every row, not a call into V8's builtins for each.
 */
function trimmed(text: string): string {
  return plainEnd(text.charCodeAt(0)) && plainEnd(text.charCodeAt(text.length - 1)) ? text : text.trim();
}

/** A character no trim takes away: printable ASCII but the space, or a CJK ideograph (as isBlank tells them). */
function plainEnd(c: number): boolean {
  return (c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff);
}

function readRow(reading: BlockReading, row: number, options: RowOptions): RowModel | undefined {
  const { sheet, block, log, title } = reading;
  const code = readCode(reading, row);
  const nameValue = block.labelCol === undefined ? null : cellAt(sheet, row, block.labelCol);
  const nameText = isBlank(nameValue) ? '' : trimmed(cellText(nameValue));
  const figures = readFigures(reading, row, options);
  // The label's cell is made only when a message names it (Row.labelCell).
  const labelCol = block.labelCol ?? block.codeCols[0]?.col ?? -1;
  const subjects = block.compiled.spec.subjects;

  if (code.kind === 'code' && subjects) {
    const maxLength = subjects === 'economic' ? 5 : 7;
    if (!isValidCode(code.code, maxLength)) {
      const at = cellRef(sheet.name, row, block.codeCols[0]!.col);
      log.at('invalid-code', at, `${place(at)}的科目编码“${code.code}”不是 3、5 或 7 位的${subjects === 'economic' ? '经济' : '功能'}分类编码：请核对编码。`);
      return undefined;
    }
    return makeRow(reading, row, labelCol, code.code, nameText || subjectName(code.code, subjects), code.code, subjectLevel(code.code)!);
  }
  if (code.kind === 'text' && subjects && looksLikeCode(code.text)) {
    // 20103O1, 2010 301: a code mistyped, not a label; saying so beats "unknown row".
    const at = cellRef(sheet.name, row, block.codeCols[0]!.col);
    log.at('invalid-code', at, `${place(at)}的科目编码“${code.text}”不是 3、5 或 7 位的${subjects === 'economic' ? '经济' : '功能'}分类编码：请核对编码。`);
    return undefined;
  }
  let label = nameText || (code.kind === 'text' ? code.text : '');
  // The code and its name in one cell: where the table has no code column, or in its code column with the name's
  // cell empty (`30207邮电费`, as the 上海 template's PDF prints part of table 06 and a sheet converted from it holds
  // it). Read as an unknown row, each such 经济分类 was an 错误 and §六 listed the 公用经费 only up to it.
  const codeAndName = code.kind === 'text' && nameText === '';
  if (subjects && (block.codeCols.length === 0 || codeAndName)) {
    const inLabel = codeInLabel(label);
    if (inLabel && isValidCode(inLabel.code, subjects === 'economic' ? 5 : 7)) {
      return makeRow(reading, row, labelCol, inLabel.code, inLabel.name, inLabel.code, subjectLevel(inLabel.code)!);
    }
  }
  const normalized = headerLabel(label);
  if (normalized === '栏次' || normalized === '行次') return undefined;
  if (!figures.found && block.compiled.headings.has(normalized)) reading.heading = normalized;
  // A fixed row the block has read already (a second 合计), when no later rule takes the label; and of those, one
  // read from a hidden row above this shown one (table 04 names 一般公共预算财政拨款 under 收入 and under 年初结转).
  let repeated: string | undefined;
  let replaces: string | undefined;
  for (const rule of block.compiled.rowLabels) {
    if (!rule.labels.has(normalized)) continue;
    // `under`: a panel's name above the block's columns (a column named so is one of its figures, not its panel), or
    // the heading row its rows begin with.
    if (rule.under && !underPanel(reading, row, rule.under)) continue;
    if (reading.taken.has(rule.key) && !takenByHeading(reading, rule.key)) {
      repeated ??= rule.key;
      if (replaces === undefined && replacesHidden(reading, rule.key, row)) replaces = rule.key;
      continue;
    }
    if (rule.after && !reading.taken.has(rule.after) && !(reading.keyBefore !== undefined && afterOpen(reading, rule.after))) continue;
    if (!rule.after && isSubRow(reading, normalized)) continue;
    if (rule.belowSubjects && !reading.subjectRead && !opensEveryPanel(reading, row, rule.labels)) continue;
    return makeRow(reading, row, labelCol, rule.key, label);
  }
  // Even without figures: a blank row is this year's zeros, not a reason to keep last year's hidden figures.
  if (replaces !== undefined) return makeRow(reading, row, labelCol, replaces, label);
  // A 小计 closing a 类's (or 款's) block in a 功能分类 table (03, 05): 06's 小计 close its panels (its row rules).
  if (subjects === 'functional' && closesBlock(reading, normalized) && readSubtotal(reading, row, labelCol, normalized !== '小计')) return undefined;
  if (block.compiled.spec.classRows) {
    const cls = functionalClassByName(label) ?? classInLabel(label);
    if (cls) return makeRow(reading, row, labelCol, cls.code, label, cls.code, 'class');
  }
  if (!figures.found) return undefined;
  if (label === '') {
    const at = cellRef(sheet.name, row, figures.columns[firstFigureColumn(figures)]!.col);
    log.at('figure-without-label', at, `${place(at)}有数字，但这一行没有项目名称或科目编码：请补上名称，或删除这个数字。`);
    return undefined;
  }
  // Said as a repeated row (read once), not as a row the table does not have.
  if (repeated !== undefined) return makeRow(reading, row, labelCol, repeated, label);
  label = label.replace(/\s+/g, ' ');
  const at = cellRef(sheet.name, row, labelCol);
  if (subjects && code.kind === 'none' && block.codeCols.length > 0 && namesSubject(label, subjects)) {
    // A subject named, its code cell blank: its code is what is missing, not a template row's name (said once a block).
    reading.uncoded.push([at, label, cellRef(sheet.name, row, block.codeCols[0]!.col)]);
    return undefined;
  }
  log.at('unknown-row', at, `${place(at)}的行“${label}”不是《${title}》的项目，其数字未读取：请改用模板的项目名称。`);
  return undefined;
}

/** The 类 and 款 headings read from the 小计 closing them, said once for the block, naming each heading's and 小计's cell. */
function sayReadFromSubtotals(reading: BlockReading): void {
  const read = reading.fromSubtotals;
  if (read.length === 0) return;
  const list = read.map(([heading, name, subtotal]) => `“${name}”（${toA1(heading.row, heading.col)}）取第 ${subtotal.row + 1} 行“小计”（${toA1(subtotal.row, subtotal.col)}）`).join('，');
  reading.log.at(
    'incomplete-form',
    read[0]![0],
    `${place(read[0]![0])}起，《${reading.title}》有 ${read.length} 个类、款行没有数字，其数字在区块末尾的“小计”行：已按“小计”行的数字读取（${list}）。请核对；也可把数字填在类、款行上，删去“小计”行。`,
  );
}

const ECONOMIC_NAMES = labelSet(ECONOMIC_SUBJECTS.map((e) => e.name));

/** Whether `label` is the name of a subject of the classification (any level), or says its level (`行政运行(项)`). */
function namesSubject(label: string, subjects: 'functional' | 'economic'): boolean {
  if (/[(（][类款项][)）]$/.test(label)) return true;
  if (subjects === 'economic') return ECONOMIC_NAMES.has(headerLabel(label));
  return functionalClassByName(label) !== undefined || functionalSubjectsNamed(label).length > 0;
}

/**
 * The rows with a subject's name and figures but no code, said once for the block, naming each row and its code cell.
 * Not read by the name: one name is many subjects' (行政运行 is a 项 of most 款, 其他支出 a 类, a 款 and a 项), and
 * the levels told by indenting are not in the cells. Said each as a row not of the template, the accountant was told
 * to rename a row whose name was right.
 */
function sayUncoded(reading: BlockReading): void {
  const rows = reading.uncoded;
  if (rows.length === 0) return;
  const first = rows[0]![0];
  const list = rows.map(([at, name, code]) => `第 ${at.row + 1} 行“${name}”（编码应在${toA1(code.row, code.col)}）`).join('，');
  const kind = reading.block.compiled.spec.subjects === 'economic' ? '经济分类' : '功能分类';
  const lengths = kind === '经济分类' ? '类 3 位、款 5 位' : '类 3 位、款 5 位、项 7 位';
  reading.log.at(
    'unknown-row',
    first,
    `${place(first)}起，《${reading.title}》有 ${rows.length} 行有科目名称和数字、却没有科目编码，其数字未读取：${list}。请在这些单元格填上各行的${kind}科目编码（${lengths}）。`,
  );
}

const SUBTOTAL_LABELS = labelSet(['小计', '合计']);

/**
 * Whether a row labelled `normalized` may close the block of the 类 or 款 above it: a `小计`, or a `合计` where every
 * row rule that names it has been read (the table's own 合计 above).
 */
function closesBlock(reading: BlockReading, normalized: string): boolean {
  if (!SUBTOTAL_LABELS.has(normalized) || (reading.open.cls === undefined && reading.open.sec === undefined)) return false;
  return reading.block.compiled.rowLabels.every((rule) => !rule.labels.has(normalized) || reading.taken.has(rule.key));
}

/** The rows one level under the subject heading at `rows[i]` (a 类's 款, or its 项 where it prints no 款), as read so far. */
function rowsUnder(rows: readonly Row[], i: number): Row[] {
  const code = rows[i]!.code!;
  const under: Row[] = [];
  for (let j = i + 1; j < rows.length; j++) {
    const r = rows[j]!;
    if (r.code === undefined || !r.code.startsWith(code) || r.code.length <= code.length) break;
    under.push(r);
  }
  const next = Math.min(...under.map((r) => r.code!.length));
  return under.filter((r) => r.code!.length === next);
}

/**
 * A heading given the figures of a 小计 that was one of its 款's own (a 类 of several 款, each closed by its 小计, none
 * closing the 类): that 款's figures are not the 类's. The heading is left blank again (its sum said by the checks, a
 * gap in the text), not read as the one 款.
 */
function undoPartSubtotals(reading: BlockReading): void {
  const { rows } = reading;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (!(row instanceof ClosedByRow)) continue;
    const under = rowsUnder(rows, i);
    if (under.length < 2 || addsUpUnder(rows, i, row, reading.unit) || !under.some((r) => sameFigures(r, row))) continue;
    rows[i] = row.heading;
    const said = reading.fromSubtotals.findIndex(([cell]) => cell.row === row.heading.sheetRow);
    if (said >= 0) reading.fromSubtotals.splice(said, 1);
  }
}

/**
 * Whether `figures` are, column by column, the sum of the rows one level under the subject heading at `rows[i]` (a
 * 类's 款, or its 项 where it prints no 款), a blank cell 0, within rounding (addsUpWithinRounding): the 小计 of that
 * heading's block.
 */
function addsUpUnder(rows: readonly Row[], i: number, figures: StoredFigures, unit: Unit): boolean {
  const leaves = rowsUnder(rows, i);
  if (leaves.length === 0 || figures.invalid !== undefined) return false;
  for (let c = 0; c < figures.columns.length; c++) {
    let sum = 0;
    for (const leaf of leaves) {
      if (leaf.columns !== figures.columns || leaf.invalid !== undefined) return false;
      const fen = leaf.fens[leaf.at + c]!;
      if (!Number.isNaN(fen)) sum += fen;
    }
    const own = figures.fens[figures.at + c]!;
    if (!addsUpWithinRounding(Number.isNaN(own) ? 0 : own, sum, leaves.length, unit)) return false;
  }
  return true;
}

/**
 * A `小计` (or a second 合计) closing the block of the 类 or 款 read last: where one of them is a heading with no figure
 * of its own and the 小计 adds up its rows (the 款 first), read as that heading's figures (said once a table; a later
 * 小计 that adds up more of them replaces it); equal to a 类 or 款 with figures, read silently as a repeat of it; where a
 * heading with no figure is left and the 小计 adds up none, read as that heading's (the 类 first: its sum checked
 * against its 款 as any 类's); else a 小计 that differs from its 类, said naming both. A second 合计 (`onlyAddingUp`)
 * is taken only where it adds up a heading's rows. Whether the row was taken so.
 */
function readSubtotal(reading: BlockReading, row: number, labelCol: number, onlyAddingUp: boolean): boolean {
  const { open, rows, figures, sheet } = reading;
  if (!figures.found) return false;
  const candidates = [open.sec, open.cls].filter((i): i is number => i !== undefined);
  const isHeading = (i: number) => !rows[i]!.found || rows[i] instanceof ClosedByRow;
  const close = (i: number) => {
    if (open.cls === i) reading.open = noneOpen();
    else open.sec = undefined;
  };
  const at = cellRef(sheet.name, row, labelCol >= 0 ? labelCol : (reading.block.columns[0]?.col ?? 0));
  const take = (i: number) => {
    const earlier = rows[i]!;
    const heading = earlier instanceof ClosedByRow ? earlier.heading : earlier;
    rows[i] = new ClosedByRow(heading, row, figures);
    const said = reading.fromSubtotals.findIndex(([cell]) => cell.row === heading.sheetRow);
    const entry: [CellRef, string, CellRef] = [heading.labelCell!, rowName(heading.key, heading.label, heading.code), at];
    if (said >= 0) reading.fromSubtotals[said] = entry;
    else reading.fromSubtotals.push(entry);
  };
  const sums = candidates.find((i) => isHeading(i) && addsUpUnder(rows, i, figures, reading.unit));
  if (sums !== undefined) {
    take(sums);
    if (sums === open.sec) open.sec = undefined;
    return true;
  }
  // A second 合计 that adds up no heading above it is the table's own, printed again (said as such by readRow).
  if (onlyAddingUp) return false;
  const equal = candidates.find((i) => !isHeading(i) && sameFigures(rows[i]!, figures));
  if (equal !== undefined) {
    close(equal);
    return true;
  }
  const blank = [...candidates].reverse().find((i) => !rows[i]!.found);
  if (blank !== undefined) {
    take(blank);
    if (blank === open.sec) open.sec = undefined;
    return true;
  }
  const ownAt = open.cls ?? candidates[0]!;
  const own = rows[ownAt]!;
  close(ownAt);
  const ownCell = own.labelCell!;
  reading.log.at(
    'duplicate-row',
    at,
    `${place(at)}的行“小计”与${place(ownCell)}的${own.level === 'class' ? '类' : '款'}“${rowName(own.key, own.label, own.code)}”数字不同：读取的是${place(ownCell)}这一行的数字，请核对这两行的数字。`,
  );
  return true;
}

/**
 * Whether a row labelled `normalized` is a sub-row of the block's last fixed row (`after`: table 04's 一般公共预算财政拨款
 * under 年初财政拨款结转和结余), where the block's own row of that label (一、一般公共预算财政拨款) is not read yet: the
 * part of a table printed over two pages with its title again, its first page's rows not in it. Read as the 收入 row,
 * the page was not the table's next page but a copy (duplicate-table), its 本年收入合计, 年初 and 总计 unread.
 */
function isSubRow(reading: BlockReading, normalized: string): boolean {
  for (const rule of reading.block.compiled.rowLabels) {
    if (rule.after && rule.labels.has(normalized) && !reading.taken.has(rule.key) && afterOpen(reading, rule.after)) return true;
  }
  return false;
}

/**
 * Whether the block's rows since its row `after` (年初财政拨款结转和结余) are its sub-rows alone: read on this page, or
 * the last row of the page before (TableLocation.keysBefore) where none of the block's other rows is read yet here.
 */
function afterOpen(reading: BlockReading, after: string): boolean {
  const rules = reading.block.compiled.rowLabels;
  const siblings = new Set(rules.filter((r) => r.after === after).map((r) => r.key));
  const at = reading.taken.get(after);
  if (at === undefined && !(reading.keyBefore === after || (reading.keyBefore !== undefined && siblings.has(reading.keyBefore)))) return false;
  for (let i = at === undefined ? 0 : at + 1; i < reading.rows.length; i++) {
    const r = reading.rows[i]!;
    if (r.block === reading.block.key && !siblings.has(r.key)) return false;
  }
  return true;
}

/** Text in a code column that is meant as a code: mostly digits, with a letter O or l or a space slipped in. */
function looksLikeCode(text: string): boolean {
  const t = text.trim();
  return /^[\dOoIl .]{3,9}$/.test(t) && (t.match(/\d/g)?.length ?? 0) >= 3;
}

/** A block carrying on another's rows (a column pair the table wraps to), with the block whose rows it carries on. */
interface Wrap {
  readonly block: BoundBlock;
  readonly of: BoundBlock;
}

/** The assigned blocks bound to their columns: the blocks of their own, and those carrying on one of them (wraps). */
function bindAssigned(sheet: SheetGrid, assigned: readonly AssignedBlock[], header: HeaderRegion, log: ProblemLog, title: string): { readonly blocks: BoundBlock[]; readonly wraps: Wrap[] } {
  const blocks: BoundBlock[] = [];
  const wraps: Wrap[] = [];
  for (const a of assigned) {
    const b = bindBlock(sheet, a.found, a.compiled, header, log, title);
    if (b === undefined || b.columns.length === 0) continue;
    const of = a.continues ? blocks.find((x) => x.compiled === a.compiled) : undefined;
    if (of) wraps.push({ block: b, of });
    else blocks.push(b);
  }
  return { blocks, wraps };
}

/**
 * The rows read under one header (the table's own or a stacked part's): its blocks' readings, the blocks wrapped from
 * them, the rows read (the shared header row among them, if any) and the columns its blocks cover (each read or said).
 */
interface Section {
  header: HeaderRegion;
  readonly readings: readonly BlockReading[];
  readonly wraps: Wrap[];
  readonly rows: number[];
  readonly sharedRow: number | undefined;
  readonly covered: number[];
}

/** Reads the rows of a header's wrapped blocks, each carrying on the reading of the block it wraps from. */
function readWraps(section: Section): void {
  const carried = new Map<BoundBlock, BlockReading>();
  for (const wrap of section.wraps) {
    // The block's reading carried on (its rows so far are those a row here would repeat), in the wrapped block's columns.
    const before = carried.get(wrap.of) ?? section.readings.find((x) => x.block === wrap.of)!;
    const reading: BlockReading = { ...before, block: wrap.block, figures: new FiguresRead() };
    for (const row of section.rows) readRow(reading, row, row === section.sharedRow ? { headerRow: true } : NO_OPTIONS);
    carried.set(wrap.of, reading);
  }
}

/** How many of a column's cells, at least, tell it a column of labels or of figures of an unheaded pair (unheadedWrap). */
const UNHEADED_CELLS = 2;

/** What a column of an unheaded pair holds on the rows read: text (not a number), numbers, and CJK text. */
function columnKinds(sheet: SheetGrid, rows: readonly number[], col: number): { text: number; numbers: number; words: number } {
  const kinds = { text: 0, numbers: 0, words: 0 };
  for (const r of rows) {
    const v = cellAt(sheet, r, col);
    if (isBlank(v)) continue;
    if (typeof v === 'number' || (typeof v === 'string' && isNumeric(v))) kinds.numbers++;
    else {
      kinds.text++;
      if (/[\u4e00-\u9fa5]/.test(cellText(v))) kinds.words++;
    }
  }
  return kinds;
}

/**
 * A column pair right of the header with no header text at all, laid out as the header's last block (its labels where
 * that block has its labels, figures where it has figures, on the rows read): table 01 wrapped on a narrow page with
 * the 项目 | 金额 over its last pair left out. Carries on that block's rows as a headed pair does (assignBlocks), the
 * header read as that block's; its 类 and 支出总计 were unread without a word. Undefined where no such pair is there.
 */
function unheadedWrap(sheet: SheetGrid, section: Section, log: ProblemLog, title: string): Wrap | undefined {
  const { header, rows } = section;
  const placed = [...section.readings.map((x) => x.block), ...section.wraps.map((w) => w.block)];
  if (placed.length === 0 || rows.length === 0) return undefined;
  const last = placed.reduce((a, b) => (blockEnd(b) > blockEnd(a) ? b : a));
  const from = blockStart(last);
  const to = blockEnd(last);
  // The pair's first column: the first with content on the rows read right of the header, a spacer column at most away.
  const start = firstFilledRightOf(sheet, rows, header.right);
  if (start === undefined || start <= to) return undefined;
  const shift = start - from;
  const labels = [...last.codeCols.map((c) => c.col), ...(last.labelCol !== undefined ? [last.labelCol] : [])];
  const figures = last.columns.map((c) => c.col);
  if (!labels.every((c) => columnKinds(sheet, rows, c + shift).text + columnKinds(sheet, rows, c + shift).numbers >= UNHEADED_CELLS)) return undefined;
  if (last.labelCol !== undefined && columnKinds(sheet, rows, last.labelCol + shift).words < UNHEADED_CELLS) return undefined;
  const kinds = figures.map((c) => columnKinds(sheet, rows, c + shift));
  if (kinds.some((k) => k.words > 0) || kinds.reduce((n, k) => n + k.numbers, 0) < UNHEADED_CELLS) return undefined;
  // The header read as the last block's over the pair's columns (nothing of the header is there to read otherwise).
  const paths = [...header.paths];
  for (let c = from; c <= to; c++) paths[c + shift] = header.paths[c] ?? [];
  const widened: HeaderRegion = { ...header, right: Math.max(header.right, to + shift), paths };
  const found: FoundBlock = {
    codeCols: last.codeCols.map((c) => (c.part ? { col: c.col + shift, part: c.part } : { col: c.col + shift })),
    labelCols: last.labelCol !== undefined ? [last.labelCol + shift] : [],
    figureCols: figures.map((c) => c + shift),
  };
  const block = bindBlock(sheet, found, last.compiled, widened, log, title);
  if (block === undefined || block.columns.length === 0) return undefined;
  section.header = widened;
  section.covered.push(...foundColumns(found));
  return { block, of: section.wraps.find((w) => w.block === last)?.of ?? last };
}

/**
 * Of the two columns right of the header (`right` + 1, + 2), the first with content on `rows`, or undefined. One pass
 * over the rows, a row no wider than the header passed over on its length: nearly every table has nothing there, and a
 * pass over all its rows for each column (with a call and a callback a cell) was ≈ 1.4% of a department-sized check.
 */
function firstFilledRightOf(sheet: SheetGrid, rows: readonly number[], right: number): number | undefined {
  let second = false;
  for (let i = 0; i < rows.length; i++) {
    const cells = sheet.rows[rows[i]!];
    if (cells === undefined || cells.length <= right + 1) continue;
    const v = cells[right + 1];
    if (!isBlank(v === undefined ? null : v)) return right + 1;
    if (!second && cells.length > right + 2) {
      const w = cells[right + 2];
      second = !isBlank(w === undefined ? null : w);
    }
  }
  return second ? right + 2 : undefined;
}

function blockEnd(block: BoundBlock): number {
  return Math.max(...block.codeCols.map((c) => c.col), block.labelCol ?? -1, ...block.columns.map((c) => c.col));
}

/** `printed`: the spec's title the workbook prints where it is not the canonical one; the messages name the table by it. */
export function readBlockTable(sheet: SheetGrid, spec: BlockTableSpec, at: TableLocation, printed?: string): ReadResult<TableModel> {
  const title = printed ?? spec.titles[0]!;
  const log = new ProblemLog(spec.code);
  const { compiled, dataLabels, extraLabels, classRows } = compiledTable(spec);
  // A data row's leftmost label sits under a label or code column (项目, 科目名称, 收入 …).
  // The label asked about first: nearly every header row's leftmost label is no data label, and the path above it then
  // needs no column role (two of them a label, made of a path built for it).
  const isDataLabel = (label: string, above: readonly string[]) =>
    (dataLabels.has(label) || /^\d{3,7}$/.test(label) || (classRows && !!functionalClassByName(label))) &&
    above.some((l) => {
      const role = columnRole([l], extraLabels).role;
      return role === 'label' || role === 'code' || extraLabels.has(l);
    });
  // The first part's header ends before a continuation's title at the latest (a part with no rows of its own).
  const titleCell = cellRef(sheet.name, at.titleRow, at.titleCol);
  // An 08 or 09 published as its title and a sentence, with no form under it.
  const formless = spec.mayBeEmpty ? linesOnly(sheet, at) : undefined;
  if (formless) return formlessTable(sheet, spec, at, formless, log, title);
  const located = locateHeader(sheet, at.titleRow, at.continuations?.[0] ?? at.endRow, isDataLabel);
  if (!located.ok) {
    headerNotFound(log, titleCell, title, located.reason);
    return { problems: log.list };
  }
  const header = withoutSpacers(sheet, located.header, at.endRow);
  const assigned = assignBlocks(spec.repeatBlock === true, compiled, findBlocks(header, extraLabels), header);
  const { blocks, wraps } = bindAssigned(sheet, assigned, header, log, title);
  if (blocks.length === 0) {
    if (log.list.length === 0) {
      log.at('unmatched-header', titleCell, `${place(titleCell)}的《${title}》表头无法识别：请保留模板的表头文字。`);
    }
    return { problems: log.list };
  }
  // Blocks the header does not have side by side: looked for under the rows of the others (支出 stacked under 收入).
  let missing = spec.repeatBlock ? [] : compiled.filter((b) => !blocks.some((x) => x.compiled === b));
  // Every block carrying on another's rows, the table's own header's and each stacked part's.
  const allWraps = [...wraps];
  // The header's blocks and those they wrap to, pushed in a loop: `wraps.map(…)` inlined by TurboFan makes a HOLEY
  // array where the interpreter made a PACKED one, and the spread of it deoptimised readBlockTable (h211: "wrong
  // map" at the third warm check, then a recompile of this large function).
  const headerBlocks: BoundBlock[] = [...blocks];
  for (let i = 0; i < wraps.length; i++) headerBlocks.push(wraps[i]!.block);
  const unit = tableUnit(sheet, header, headerBlocks.flatMap((b) => b.columns.map((c) => c.col)), titleCell, title, log);
  const read: Row[] = [];
  const dropped = new Set<number>();
  // Room for every figure cell of the rows below the header, which no table outgrows but by a stacked part.
  const fens = new FenStore(Math.max(0, at.endRow - header.dataStart) * headerBlocks.reduce((n, b) => n + b.figureColumns.length, 0));
  const allReadings: BlockReading[] = [];
  // A reading of each block, pushed in a loop, not `list.map(…)`: see headerBlocks (h211: `readings[i]` deoptimised
  // readBlockTable at the seventh warm check).
  const readingsOf = (list: readonly BoundBlock[]): BlockReading[] => {
    const made: BlockReading[] = [];
    for (let i = 0; i < list.length; i++) made.push(newReading(list[i]!));
    allReadings.push(...made);
    return made;
  };
  const newReading = (block: BoundBlock): BlockReading => ({
    sheet,
    block,
    unit,
    log,
    title,
    taken: new Map(),
    codes: { orders: [], at: [], next: 0 },
    rows: read,
    dropped,
    fens,
    figures: new FiguresRead(),
    plainCode: { kind: 'code', code: '', order: codeOrder('') },
    subjectRead: false,
    heading: undefined,
    open: noneOpen(),
    fromSubtotals: [],
    uncoded: [],
    end: at.endRow,
    besides: spec.repeatBlock ? blocks.filter((b) => b !== block).flatMap((b) => b.labelCol ?? b.codeCols[0]?.col ?? []) : [],
    split: block.codeCols.some((c) => c.part) ? new SplitCodeReader(at.codesBefore?.[`${block.key}@${block.labelCol}`]) : undefined,
    keyBefore: at.keysBefore?.[`${block.key}@${block.labelCol}`],
  });
  let readings = readingsOf(blocks);
  // Each header's blocks as read (the table's own, then a stacked part's), with the blocks wrapped from them and the
  // rows read under that header, each with whether it is the shared header row: the rows of the blocks the table wraps
  // to, read once the blocks they carry on are (in the table's order: 类 一–十三, then 十四 on).
  // (Each header's rows are kept where a column pair with no header text may carry on its blocks: not table 06's.)
  const keepRows = spec.repeatBlock !== true;
  let section: Section = { header, readings, wraps, rows: [], sharedRow: header.sharedRow, covered: assigned.flatMap((a) => foundColumns(a.found)) };
  const sections = [section];
  let rowsHeader = header;
  let bottom = header.headerBottom;
  let sharedRow = header.sharedRow;
  const continuations = at.continuations ?? [];
  let part = 0;
  let r = header.dataStart;
  for (; r < at.endRow; r++) {
    // A continued part (`收入决算表（续）`): its title and header again, then more rows of the same table.
    if (r === continuations[part]) {
      const end = continuations[part + 1] ?? at.endRow;
      part++;
      const resumed = continuedHeader({ sheet, isDataLabel, blocks: [...blocks, ...allWraps.map((w) => w.block)], unit, log, title }, r, end);
      if (!resumed) {
        // Not read (said), yet the table's rows: within its range, so that they are no explanation text.
        bottom = partBottom(sheet, r, end, header);
        r = end - 1;
        continue;
      }
      bottom = resumed.headerBottom;
      sharedRow = resumed.sharedRow;
      r = resumed.dataStart - 1;
      continue;
    }
    if (isFootnoteRow(sheet, r, header.left, header.right)) {
      // A note under one part (each page repeats 注) ends that part, not the table.
      if (part < continuations.length) {
        r = continuations[part]! - 1;
        continue;
      }
      const resumed = rowsAfterPageFoot(sheet, r, at.endRow, header, blocks);
      if (resumed !== undefined) {
        r = resumed - 1;
        continue;
      }
      break;
    }
    // An empty table's 说明 typed into its body (`本部门无政府性基金预算财政拨款收支，故本表为空表` under a figure
    // column), not a figure that is not a number.
    if (spec.mayBeEmpty && saysEmptyInBody(sheet, r, header)) break;
    const stacked = missing.length > 0 ? stackedBlocks(sheet, r, at.endRow, missing, { isDataLabel, extraLabels, log, title }) : undefined;
    if (stacked) {
      // The blocks above end here; the stacked ones are read from their own header down.
      blocks.push(...stacked.blocks);
      missing = missing.filter((b) => !stacked.blocks.some((x) => x.compiled === b));
      readings = readingsOf(stacked.blocks);
      allWraps.push(...stacked.wraps);
      section = { header: stacked.header, readings, wraps: [...stacked.wraps], rows: [], sharedRow: stacked.header.sharedRow, covered: [...stacked.covered] };
      sections.push(section);
      rowsHeader = stacked.header;
      sharedRow = stacked.header.sharedRow;
      r = stacked.header.dataStart - 1;
      continue;
    }
    if (isPageBreakRow(sheet, r, rowsHeader)) continue;
    // Only side-by-side blocks of one spec (table 06) can have a label across blocks: no map for the others' rows.
    const spans = spec.repeatBlock ? spanningLabels(sheet, r, blocks) : NO_SPANS;
    const headerRow = r === sharedRow;
    // Nearly every row has no label across blocks: no lookup in the empty map for each block of each row.
    const spanned = spans.size > 0;
    for (let i = 0; i < readings.length; i++) {
      const reading = readings[i]!;
      const block = reading.block;
      if (spanned && [...spans.values()].includes(block)) continue;
      const figuresFrom = spanned ? spans.get(block) : undefined;
      const options: RowOptions = figuresFrom || headerRow ? { ...(figuresFrom ? { figuresFrom } : {}), ...(headerRow ? { headerRow } : {}) } : NO_OPTIONS;
      readRow(reading, r, options);
    }
    if (keepRows) section.rows.push(r);
    if (r !== sharedRow && rowHasContent(sheet, r, header.left, header.right)) bottom = r;
  }
  for (const s of sections) {
    const unheaded = keepRows ? unheadedWrap(sheet, s, log, title) : undefined;
    if (unheaded) {
      s.wraps.push(unheaded);
      allWraps.push(unheaded);
    }
    readWraps(s);
  }
  for (let i = 0; i < sections.length; i++) {
    const { header: partHeader, covered } = sections[i]!;
    // The last part down to where reading stopped (`bottom` is the last row with content under the first header's columns).
    const to = i + 1 < sections.length ? sections[i + 1]!.header.headerTop - 1 : r - 1;
    unreadColumns(sheet, partHeader, covered, partHeader.dataStart, to, { log, title, extraLabels });
  }
  for (const reading of allReadings) {
    if (reading.fromSubtotals.length > 0) undoPartSubtotals(reading);
    sayReadFromSubtotals(reading);
    sayUncoded(reading);
  }
  for (const b of missing) {
    const cell = cellRef(sheet.name, header.headerTop, header.left);
    log.at('unmatched-header', cell, `《${title}》（${place(cell)}起）中找不到“${b.spec.headerLabels?.[0] ?? b.spec.key}”部分的表头：请保留模板的表头文字。`);
  }
  for (const i of headingsWithoutFigures(blocks, read)) dropped.add(i);
  const rows = withRowsFromColumns(blocks, withEitherOf(blocks, dropped.size === 0 ? read : read.filter((_, i) => !dropped.has(i))));
  const otherKind = subjectsOfOtherKind(blocks, rows);
  if (otherKind) {
    const { kind, example } = otherKind;
    log.at('unmatched-header', titleCell, `${place(titleCell)}的《${title}》列的是${kind}科目（如“${example.code} ${example.label}”），不是这张表的科目：未作为《${title}》读取。`);
    return { problems: log.list };
  }
  if (rows.length === 0 && !spec.mayBeEmpty) {
    log.at('empty-table', titleCell, `${place(titleCell)}的《${title}》只有表头，没有数据行：请填入数据（无数的格填 0 或“-”），或从模板重新复制这张表。`);
  }
  const notes = notesUnder(sheet, r, at.endRow, header.left);
  const model = tableModel(spec, sheet, at, header, { unit, bottom, columns: blocks.flatMap((b) => b.columns), printedAsParts: blocks.flatMap((b) => b.sums.map((x) => x.column)), rows, notes });
  // One block's rows, none dropped or added: the keys taken while reading are the table's key index, each key once at
  // its row's place (makeRow), its subject rows' too unless they came in code order; and rule after rule looks rows up by key.
  if (blocks.length === 1 && allWraps.length === 0 && readings.length === 1 && readings[0]!.block === blocks[0] && dropped.size === 0 && rows === read) {
    giveKeyIndex(model, readings[0]!.taken, readings[0]!.codes);
  }
  if (spec.mayBeEmpty && lacksEmptyNote(model)) {
    const below = cellRef(sheet.name, bottom + 1, header.left);
    log.at('empty-table-without-note', below, emptyWithoutNoteMessage(title, place(below)));
  }
  return { model, problems: log.list };
}

/** At most this many lines under a title with no form: more is a form whose header could not be read. */
const FORMLESS_LINES = 4;

/**
 * The text lines under a title when nothing else is there (no figure, no row of several labels but the unit line's),
 * with the unit the unit line states: a table published as its title and a sentence
 * (`本部门2024年度无政府性基金预算财政拨款收入、支出及结转结余，故本表为空表。`). Undefined where a form may stand under the
 * title: its header is read as ever.
 */
function linesOnly(sheet: SheetGrid, at: TableLocation): { readonly lines: TextCell[]; readonly unit: Unit } | undefined {
  const lines: TextCell[] = [];
  const meta: MetaInfo = {};
  for (let r = at.titleRow + 1; r < at.endRow; r++) {
    const filled = (sheet.rows[r] ?? []).flatMap((v, c) => (isBlank(v) ? [] : [{ v, c }]));
    if (filled.length === 0) continue;
    if (filled.some((x) => typeof x.v !== 'string')) return undefined;
    // The unit line (部门：… | 公开08表 | 单位：万元) and a year line are no lines of the table's, as above a form.
    if (readMetaRow(sheet, r, meta)) continue;
    if (filled.length > 1 || lines.length >= FORMLESS_LINES) return undefined;
    lines.push({ cell: cellRef(sheet.name, r, filled[0]!.c), text: String(filled[0]!.v).trim() });
  }
  return lines.length > 0 ? { lines, unit: meta.unit ?? '万元' } : undefined;
}

/**
 * A table with no form under its title, only lines: read as the table published empty where a line says so (as an
 * empty table's 说明 under its form is read), its lines its notes; else said at the title as a table whose form is
 * missing (not a table the workbook lacks: its title is there), and not read.
 */
function formlessTable(sheet: SheetGrid, spec: BlockTableSpec, at: TableLocation, formless: { readonly lines: readonly TextCell[]; readonly unit: Unit }, log: ProblemLog, title: string): ReadResult<TableModel> {
  const { lines, unit } = formless;
  const titleCell = cellRef(sheet.name, at.titleRow, at.titleCol);
  if (!lines.some((l) => saysEmpty(l.text))) {
    log.at(
      'missing-table',
      titleCell,
      `${place(titleCell)}是《${title}》的标题，但标题下没有表格，只有文字“${lines[0]!.text}”：请保留表样（表头和合计行）；本年没有数据时，在表下写明“说明：本单位本年度没有……收入和支出，故本表无数据。”`,
    );
    return { problems: log.list };
  }
  const last = lines[lines.length - 1]!.cell;
  const cols = [at.titleCol, ...lines.map((l) => l.cell.col)];
  const header: HeaderRegion = { titleRow: at.titleRow, headerTop: at.titleRow + 1, headerBottom: at.titleRow, dataStart: at.titleRow + 1, left: Math.min(...cols), right: Math.max(...cols), paths: [] };
  return { model: tableModel(spec, sheet, at, header, { unit, bottom: last.row, columns: [], rows: [], notes: lines }), problems: log.list };
}

/** How many figures a column under a header holds, at least, to be said as a column not read (unreadColumns). */
const UNREAD_COLUMN_FIGURES = 2;

/**
 * Says each column of figures under the header that no block reads or says anything of: a figure column (or one with
 * no header text, under the header or right of it) outside the blocks found, with figures on two rows or more of
 * `from`–`to` (栏次 rows, hidden rows and hidden columns aside). A column pair left of every block the header names,
 * or one with no header text right of it that is not laid out as the header's last block (unheadedWrap), was unread
 * without a word: no 错误, and gaps in the text.
 */
function unreadColumns(
  sheet: SheetGrid,
  header: HeaderRegion,
  covered: readonly number[],
  from: number,
  to: number,
  table: { readonly log: ProblemLog; readonly title: string; readonly extraLabels: ReadonlySet<string> },
): void {
  const own = new Set(covered);
  const scan = { sheet, log: table.log, from, to, under: `《${table.title}》任何一部分的栏目`, least: UNREAD_COLUMN_FIGURES };
  const right = rightOfHeader(sheet, header.right, header.headerTop, to);
  for (let c = header.left; c <= right; c++) {
    if (own.has(c)) continue;
    const path = c <= header.right ? (header.paths[c] ?? []) : [];
    const role = columnRole(path, table.extraLabels).role;
    if (role === 'figure' || role === 'empty') sayUnreadColumn(scan, c, path);
  }
}

/** The first digit of a subject code of each classification: 功能分类 2xx, 经济分类 3xx (部门) and 5xx (政府预算). */
const SUBJECT_KIND_OF_DIGIT: Readonly<Record<string, 'functional' | 'economic'>> = { '2': 'functional', '3': 'economic', '5': 'economic' };

/**
 * The classification a table's subject rows are all of where it is not the one its spec reads ('经济分类' for a 功能分类
 * table), else undefined. 四川's set prints an 一般公共预算财政拨款支出决算明细表 of 经济分类 rows (301 工资福利支出…) beside
 * table 05: read as table 05 (its title is one of 05's), §五 listed 工资福利支出(类) and 基本工资(款) as 功能分类 类 and 款.
 */
function subjectsOfOtherKind(blocks: readonly BoundBlock[], rows: readonly RowModel[]): { readonly kind: string; readonly example: RowModel } | undefined {
  const kinds = new Set(blocks.map((b) => b.compiled.spec.subjects).filter((k) => k !== undefined));
  if (kinds.size !== 1) return undefined;
  const own = [...kinds][0]!;
  let example: RowModel | undefined;
  for (const r of rows) {
    if (r.code === undefined) continue;
    const kind = SUBJECT_KIND_OF_DIGIT[r.code[0]!];
    if (kind === own) return undefined;
    if (kind !== undefined) example ??= r;
  }
  return example && { kind: own === 'functional' ? '经济分类' : '功能分类', example };
}

/**
 * The blocks missing from a table's header when row `r` starts their own header under the rows of the others (table
 * 01 or 04 printed on a portrait page: `支出` or `支出项目 | 行次 | 决算数` under the 收入 rows), with that header. Read
 * as rows of the 收入 block, every 支出 row was unknown and the header's 决算数 a figure that is not a number.
 */
function stackedBlocks(
  sheet: SheetGrid,
  r: number,
  endRow: number,
  missing: readonly CompiledBlock[],
  table: { readonly isDataLabel: (label: string, above: readonly string[]) => boolean; readonly extraLabels: ReadonlySet<string>; readonly log: ProblemLog; readonly title: string },
): { readonly blocks: BoundBlock[]; readonly wraps: readonly Wrap[]; readonly header: HeaderRegion; readonly covered: readonly number[] } | undefined {
  const first = (sheet.rows[r] ?? []).find((v) => !isBlank(v ?? null));
  if (first === undefined) return undefined;
  const label = headerLabel(cellText(first ?? null));
  if (!missing.some((b) => b.headerLabels.has(label) || b.anchorLabels.has(label))) return undefined;
  // The row above stands for a title: the header is found from `r` down as a table's is.
  const located = locateHeader(sheet, r - 1, endRow, table.isDataLabel);
  if (!located.ok) return undefined;
  const header = withoutSpacers(sheet, located.header, endRow);
  // A stacked part wrapped over further column pairs (支出 类 一–十三 | 十四 on and the totals, under the 收入) is read
  // as the table's own header wrapped so is: its second pair was said as a column not read.
  const assigned = assignBlocks(false, missing, findBlocks(header, table.extraLabels), header);
  const { blocks, wraps } = bindAssigned(sheet, assigned, header, table.log, table.title);
  return blocks.length > 0 ? { blocks, wraps, header, covered: assigned.flatMap((a) => foundColumns(a.found)) } : undefined;
}

/** The rows (their indices) that are a heading of their block (BlockSpec.headings): labelled so, with no figure at all. */
function headingsWithoutFigures(blocks: readonly BoundBlock[], rows: readonly Row[]): number[] {
  const headings = new Map(blocks.map((b) => [b.key, b.compiled.headings] as const));
  if ([...headings.values()].every((h) => h.size === 0)) return [];
  return rows.flatMap((row, i) => (readAsHeading(row, headings.get(row.block) ?? NO_LABELS) ? [i] : []));
}

/** Each row's figure in a column its block lacks, from the one column of BlockSpec.eitherOf the row fills. */
function withEitherOf(blocks: readonly BoundBlock[], rows: RowModel[]): RowModel[] {
  const lacking = blocks.filter((b) => b.compiled.spec.eitherOf && !b.columns.some((c) => c.key === b.compiled.spec.eitherOf!.key));
  if (lacking.length === 0) return rows;
  return rows.map((row) => {
    const either = lacking.find((b) => b.key === row.block)?.compiled.spec.eitherOf;
    if (!either) return row;
    const figures = either.columns.map((c) => row.figures[c]).filter((f): f is MoneyFigure => f !== undefined);
    const filled = figures.filter((f) => f.invalid || (f.fen !== null && f.fen !== 0));
    // None filled (blank or 0): the row's 0 is its figure; several: a total of them, with no one figure.
    const figure = filled.length === 0 ? figures[0] : filled.length === 1 ? filled[0] : undefined;
    if (!figure) return row;
    const { block, key, label, labelCell, code, level } = row;
    return { block, key, label, labelCell, ...(code !== undefined ? { code } : {}), ...(level !== undefined ? { level } : {}), figures: { ...row.figures, [either.key]: figure } };
  });
}

/** The rows each block gives as a column of another row (BlockSpec.rowsFromColumns), where it has none of its own. */
function withRowsFromColumns(blocks: readonly BoundBlock[], rows: RowModel[]): RowModel[] {
  const made: RowModel[] = [];
  for (const block of blocks) {
    for (const rule of block.compiled.spec.rowsFromColumns ?? []) {
      const own = (key: string) => rows.find((r) => r.block === block.key && r.key === key);
      const figure = own(rule.row)?.figures[rule.column];
      if (own(rule.key) || made.some((r) => r.block === block.key && r.key === rule.key) || !figure) continue;
      const column = block.columns.find((c) => c.key === rule.column)!;
      made.push({ block: block.key, key: rule.key, label: column.header[column.header.length - 1] ?? rule.key, labelCell: own(rule.row)!.labelCell, figures: { [rule.as]: figure } });
    }
  }
  return made.length === 0 ? rows : [...rows, ...made];
}

/** What reading a continued part's header needs of the table read above it. */
interface ContinuedTable {
  readonly sheet: SheetGrid;
  readonly isDataLabel: (label: string, above: readonly string[]) => boolean;
  readonly blocks: readonly BoundBlock[];
  readonly unit: Unit;
  readonly log: ProblemLog;
  readonly title: string;
}

/**
 * The header of a continued part whose title is at `row`: where its rows start, when its columns are the table's
 * (each figure column read for the same 栏目 as above) and its unit line, if it has one, the table's. A part laid
 * out otherwise is not read: its figures would go into the wrong columns, or be off by ten thousand times.
 */
function continuedHeader(table: ContinuedTable, row: number, endRow: number): Pick<HeaderRegion, 'headerBottom' | 'dataStart' | 'sharedRow'> | undefined {
  const { sheet, log, title } = table;
  const titleCol = Math.max(0, (sheet.rows[row] ?? []).findIndex((v) => !isBlank(v)));
  const at = cellRef(sheet.name, row, titleCol);
  const bare = bareContinuation(table, row, endRow);
  if (bare !== undefined) return { headerBottom: bare - 1, dataStart: bare };
  const located = locateHeader(sheet, row, endRow, table.isDataLabel);
  if (!located.ok) {
    log.at('unmatched-header', at, `${place(at)}起的《${title}》续表的表头无法识别，续表的数据未读取：请保留与原表相同的表头，或把两部分合成一张表。`);
    return undefined;
  }
  const header = withoutSpacers(sheet, located.header, endRow);
  if (header.unit && header.unit !== table.unit) {
    const cell = header.unitCell ?? at;
    log.at('unmatched-header', cell, `${place(cell)}：《${title}》续表的金额单位是${header.unit}，与原表的${table.unit}不同，续表的数据未读取：请统一两部分的单位，或把两部分合成一张表。`);
    return undefined;
  }
  for (const block of table.blocks) {
    for (const column of block.columns) {
      if (classifyColumn(header.paths[column.col] ?? [], block.compiled.columnRules) === column.key) continue;
      const cell = cellRef(sheet.name, header.headerTop, column.col);
      log.at('unmatched-header', cell, `${place(cell)}：《${title}》续表的这一列与原表同一列的栏目“${column.header.join('/')}”不同，续表的数据未读取：请让续表的各列与原表一致，或把两部分合成一张表。`);
      return undefined;
    }
  }
  return header;
}

/**
 * Where the rows of a continued part start when it repeats no header: right under its （续） title, or under its 栏次
 * row alone, a figure in one of the table's own figure columns. Such a part was not read (its header unknown), and
 * the table's 合计 was then held to the 类 above the break only (a false 错误).
 */
function bareContinuation(table: ContinuedTable, row: number, endRow: number): number | undefined {
  const { sheet, blocks } = table;
  let r = row + 1;
  while (r < endRow && isBlankRow(sheet, r)) r++;
  if (r >= endRow) return undefined;
  if (isColumnNumberRow(sheet, r)) return r + 1;
  return blocks.some((b) => b.columns.some((c) => isNumeric(cellAt(sheet, r, c.col)))) ? r : undefined;
}

/** The last row of a part that is not read: down to its note (`注：`) or two blank rows, whichever comes first. */
function partBottom(sheet: SheetGrid, from: number, end: number, header: HeaderRegion): number {
  let bottom = from;
  let blanks = 0;
  for (let r = from; r < end && blanks < 2; r++) {
    if (r > from && isFootnoteRow(sheet, r, header.left, header.right)) break;
    if (rowHasContent(sheet, r, header.left, header.right)) {
      bottom = r;
      blanks = 0;
    } else blanks++;
  }
  return bottom;
}

function blockStart(block: BoundBlock): number {
  return Math.min(...block.codeCols.map((c) => c.col), block.labelCol ?? Infinity, ...block.columns.map((c) => c.col));
}

function hasLabel(sheet: SheetGrid, row: number, block: BoundBlock): boolean {
  const cols = [...block.codeCols.map((c) => c.col), ...(block.labelCol !== undefined ? [block.labelCol] : [])];
  return cols.some((c) => !isBlank(cellAt(sheet, row, c)));
}

function hasFigure(sheet: SheetGrid, row: number, block: BoundBlock): boolean {
  return block.columns.some((c) => !isBlank(cellAt(sheet, row, c.col)));
}

/**
 * Labels merged across side-by-side blocks of one spec (table 06: `公用经费合计` over blocks 2 and 3): such a
 * label's figures are those of the last block it reaches, not the empty cells under its own block. Where the
 * host knows the label's merged area it decides; otherwise a label whose own figure cells are empty, followed by a
 * block with figures and no label of its own, is read the same way.
 */
function spanningLabels(sheet: SheetGrid, row: number, blocks: readonly BoundBlock[]): Map<BoundBlock, BoundBlock> {
  const spans = new Map<BoundBlock, BoundBlock>();
  for (let i = 0; i < blocks.length - 1; i++) {
    const block = blocks[i]!;
    if (!hasLabel(sheet, row, block)) continue;
    let target: BoundBlock | undefined;
    const start = [...block.codeCols.map((c) => c.col), ...(block.labelCol !== undefined ? [block.labelCol] : [])];
    const area = sheet.merges ? start.map((c) => mergeAt(sheet, row, c)).find((m) => m !== undefined) : undefined;
    if (area) {
      const reached = blocks.slice(i + 1).filter((b) => blockStart(b) <= area.right);
      const last = reached[reached.length - 1];
      if (last && last.columns.every((c) => c.col > area.right)) target = last;
    }
    // Not merged across (typed in its own block, merged within it, or the host does not know): read so when its own
    // figure cells are empty and the next block has figures and no label (公用经费0.00万元 before, where .xlsx said
    // which areas were merged and this label's was none).
    if (!target && !hasFigure(sheet, row, block)) {
      const next = blocks[i + 1]!;
      if (!hasLabel(sheet, row, next) && hasFigure(sheet, row, next)) target = next;
    }
    if (target) {
      spans.set(block, target);
      i = blocks.indexOf(target) - 1;
    }
  }
  return spans;
}

/** Lines under a table (`注：本表反映…`, `说明：…本年度没有…，故本表无数据。`): text rows up to a gap of two blank rows. */
export function notesUnder(sheet: SheetGrid, from: number, endRow: number, left: number): TextCell[] {
  const notes: TextCell[] = [];
  let blanks = 0;
  for (let r = from; r < endRow && notes.length < 8; r++) {
    const cells = sheet.rows[r] ?? [];
    let first: TextCell | undefined;
    for (let c = Math.min(left, cells.length); c < cells.length; c++) {
      const v = cellAt(sheet, r, c);
      if (isBlank(v)) continue;
      if (typeof v === 'string') first = { cell: cellRef(sheet.name, r, c), text: v.trim() };
      break;
    }
    if (!first) {
      if (rowHasContent(sheet, r, 0, cells.length - 1) || ++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    notes.push(first);
  }
  return notes;
}

/** How far below a note the table's rows may go on (the note's lines, blank rows, the page's foot and header). */
const PAGE_FOOT_ROWS = 12;

/**
 * The first row of the table's below a note at `row`, when the note was a page's foot (each page of a table copied
 * from a document repeats its 注): past the note's lines, blank rows and what a page break leaves, a row with a
 * label and a figure in the table's columns. Ended at the first 注, the table lost its later pages silently.
 */
function rowsAfterPageFoot(sheet: SheetGrid, row: number, endRow: number, header: HeaderRegion, blocks: readonly BoundBlock[]): number | undefined {
  for (let r = row + 1; r < Math.min(endRow, row + PAGE_FOOT_ROWS); r++) {
    if (!rowHasContent(sheet, r, header.left, header.right)) continue;
    if (isFootnoteRow(sheet, r, header.left, header.right) || isPageBreakRow(sheet, r, header) || isColumnNumberRow(sheet, r)) continue;
    const tableRow = blocks.some((b) => hasLabel(sheet, r, b) && b.columns.some((c) => typeof cellAt(sheet, r, c.col) === 'number'));
    return tableRow ? r : undefined;
  }
  return undefined;
}

/** The total's labels a row saying the table is empty may keep beside its 说明 (合计 | 本单位无…，本表为空表). */
const TOTAL_LABELS = labelSet(['合计', '总计']);

/**
 * The row's only text, within the table, says the table is empty: alone, or on the 合计 row in its figure cells (the
 * 说明 typed across them, merged). Read as the 合计's figures, it was a figure that is not a number: two false 错误
 * for an empty 08 and 09 (helper-143).
 */
function saysEmptyInBody(sheet: SheetGrid, row: number, header: HeaderRegion): boolean {
  let only: CellValue | undefined;
  for (let c = header.left; c <= header.right; c++) {
    const v = cellAt(sheet, row, c);
    if (isBlank(v)) continue;
    if (only === undefined && typeof v === 'string' && TOTAL_LABELS.has(headerLabel(v))) continue;
    if (only !== undefined) return false;
    only = v;
  }
  return typeof only === 'string' && saysEmpty(only);
}

export function rowHasContent(sheet: SheetGrid, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (!isBlank(cellAt(sheet, row, c))) return true;
  return false;
}
