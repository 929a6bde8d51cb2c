/**
 * Recognising a workbook: find every table title in every sheet, read each table with its spec's reader,
 * keep one table per code (several 自评表), list missing tables and every problem. Never throws on content.
 */
import { cellText, isBlank, SheetGrid, WorkbookGrid } from '../grid/cell';
import { normalizeLabel, normalizeText } from '../grid/normalize';
import type { ProjectPerformanceModel, TableCode, TableId, TableModel } from '../tables/model';
import { shownTitle } from '../tables/model';
import type { TableSpec } from '../tables/spec';
import { TABLE_SPECS } from '../tables/specs';
import { readBlockTable } from '../tables/readers/blockTable';
import { printCents } from '../tables/cents';
import { emptySaidElsewhere } from '../tables/notes';
import { readThreePublicCosts } from '../tables/readers/threePublicCosts';
import { continuesForm, formsSideBySide, readProjectForms, sameForm, unitLineAbove } from '../tables/readers/projectPerformance';
import type { ReadResult, TableLocation } from '../tables/readers/location';
import { place, Problem, problemAt } from '../tables/problems';
import type { CellRef, RangeRef } from '../grid/address';
import type { Unit } from '../grid/money';
import { TITLE_SCAN_COLUMNS, TitleMatch, TitleMatcher } from './titles';
import { DocumentInfo, documentInfo, fromTitle, TitleCell } from './document';
import { displayScaleNotices, displayScalesOf, SheetDisplayScales } from './displayScales';
import { untitledPages, untitledTableProblem, untitledTables } from './untitledPages';
import { threePublicSituationTitle } from './threePublicSituation';
import { areBasicParts, withBasicParts } from './basicParts';

export type BlockTableId = Exclude<TableId, 'projectPerformance'>;

export interface Recognition {
  /** One model per table found, by id (tables 01–09). */
  readonly tables: Readonly<Partial<Record<BlockTableId, TableModel>>>;
  /** Every 项目支出绩效自评表 found, in workbook order. */
  readonly projects: readonly ProjectPerformanceModel[];
  /** Codes of the tables not found. */
  readonly missing: readonly TableCode[];
  readonly problems: readonly Problem[];
  /**
   * Tables read and not used, with their notes: a second copy of a table, a 自评表 of another year. Their cells are
   * no explanation text either (their titles and footnotes name last year).
   */
  readonly setAside: readonly RangeRef[];
  /** The 年度 and 单位名称 the workbook states (a cover title, or in front of a table's title). */
  readonly document: DocumentInfo;
  /**
   * The figures read as their number format shows them (元 stored, 万元 shown), by sheet; absent where none is. A
   * formula that takes such a cell divides by the same (displayScales.ts).
   */
  readonly displayScales?: readonly SheetDisplayScales[];
  /**
   * Where the workbook holds the tables of more than one unit: the unit read (unitRead) and the others, as their
   * 部门 lines name them (a 部门 read beside its `…本级`: a department of several units). Absent where one unit's.
   */
  readonly units?: { readonly read: string; readonly others: readonly string[] };
  /**
   * The tables beyond the nine read (BaseSpec.extra: 江苏's 财政拨款支出决算表（功能科目）, 江西's 国有资产占用情况表), in
   * workbook order: what numbers them 其他表1, 其他表2 (audit/numbering.ts), the same whichever of them has findings.
   */
  readonly extras: readonly TableCode[];
}

interface TitleHit {
  readonly sheetIndex: number;
  readonly spec: TableSpec;
  readonly location: TableLocation;
  readonly text: string;
  readonly variant: string;
  /** A continuation's title with no part of its table right above it in the sheet: said, not read as the table. */
  readonly orphanContinuation?: true;
  /**
   * The sheet's columns the table stands in, from and before (`sideBySide`), where another table's title is on the
   * same row; absent: the whole width.
   */
  readonly columns?: { readonly from: number; readonly to: number };
  /** The other 自评表 titles of a region read as one (withSideBySideForms): each form's year is its own title's. */
  readonly formTitles?: readonly FoundTitle[];
}

const matcher = new TitleMatcher(TABLE_SPECS);

/** The table a sheet's name is the title of (`支出决算表`, `Z03 支出决算表(财决03表)`), none for a continuation's. */
function sheetTitle(name: string): TableSpec | undefined {
  const m = matcher.match(name);
  return m && !m.continued ? m.spec : undefined;
}

interface FoundTitle extends TitleMatch {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  /** The 自评表 titles after it read in its region (withSideBySideForms). */
  readonly alongside?: readonly FoundTitle[];
}

function findTitles(sheet: SheetGrid, sheetIndex: number): TitleHit[] {
  const found: FoundTitle[] = [];
  // A plain loop, not `forEach`: this visits every row of the workbook, and a callback is optimised only after the
  // rows of several checks (measured: 3% of a department-sized check in a batch's first rounds).
  const rows = sheet.rows;
  for (let row = 0; row < rows.length; row++) {
    const cells = rows[row]!;
    const limit = Math.min(cells.length, TITLE_SCAN_COLUMNS);
    let titled = false;
    for (let col = 0; col < limit; col++) {
      const v = cells[col];
      // Every title names a 表 (mayBeTitle): the plain search here, before any call, as nearly every text cell of the
      // workbook (its subjects' codes and names) fails it.
      if (typeof v !== 'string' || v.indexOf('表') === -1) continue;
      const m = matcher.match(v);
      // The 三公 table and a 自评表 are read as one region: their continuations are rows of it, as ever.
      if (!m || (m.continued && m.spec.kind !== 'blocks')) continue;
      // Another table's title further along the row: two tables side by side on one page, each read in its own
      // columns (`sideBySide`). Not the same title again, nor a continuation (a page printed two-up): one table.
      // A 自评表's title again is kept: two forms side by side from one row, each with its own title and year (last
      // year's beside this year's), are told apart by withSideBySideForms, which drops it where no form stands beside.
      if (titled && (m.continued || (m.spec.kind !== 'projectPerformance' && found.some((t) => t.row === row && t.spec === m.spec)))) continue;
      // Not `{ ...m, row, col, text: v }`: Node 20's V8 adds a property to a spread object in the runtime (≈ 6 µs).
      found.push(m.continued ? { spec: m.spec, variant: m.variant, continued: true, row, col, text: v } : { spec: m.spec, variant: m.variant, row, col, text: v });
      titled = true;
    }
  }
  // A continuation (`收入决算表（续）`) right below a part of its table (no other title between) is that table's: its
  // rows are read with it. One with no part of its table right above it is said, and not read.
  const kept: FoundTitle[] = [];
  const continuations = new Map<FoundTitle, number[]>();
  let last: FoundTitle | undefined;
  for (const title of found) {
    if (title.continued && last?.spec === title.spec) {
      continuations.get(last)!.push(title.row);
      continue;
    }
    kept.push(title);
    last = title.continued ? undefined : title;
    if (last) continuations.set(last, []);
  }
  const regions = withSideBySideForms(sheet, withoutRepeatedFormTops(sheet, kept));
  const placed = placeTitles(sheet, regions);
  return regions.map((hit, i) => {
    const { endRow, columns } = placed[i]!;
    const location: TableLocation = { titleRow: hit.row, titleCol: hit.col, endRow };
    const parts = continuations.get(hit);
    return {
      sheetIndex,
      spec: hit.spec,
      text: hit.text,
      variant: hit.variant,
      location: parts?.length ? { ...location, continuations: parts } : location,
      ...(hit.continued ? { orphanContinuation: true as const } : {}),
      ...(columns ? { columns } : {}),
      ...(hit.alongside ? { formTitles: hit.alongside } : {}),
    };
  });
}

interface Placed {
  /** First row after the title's region. */
  readonly endRow: number;
  /** The columns it stands in, from and before; absent: the whole width. */
  readonly columns?: { readonly from: number; readonly to: number };
}

/**
 * Each title's region: from its row to the next title's, in the whole width; for tables printed side by side (titles
 * beside each other, besideOf), in its own columns (sideBySide) down to the next title in them. Of tables side by
 * side with the right-hand one starting rows lower (or higher) than the left, a region from each title to the next
 * cut both: the higher table's region ended under its unit line and the lower one's took the columns of the other,
 * both said missing (缺公开02表、03表、05表 for tables all there).
 */
function placeTitles(sheet: SheetGrid, titles: readonly FoundTitle[]): Placed[] {
  // Runs of titles beside each other, in order: titles are found row by row, and a run's are next to each other.
  const runs: FoundTitle[][] = [];
  titles.forEach((title, i) => {
    const run = runs[runs.length - 1];
    if (run && besideOf(sheet, run, title, titles[i + 1]?.row ?? sheet.rows.length)) run.push(title);
    else runs.push([title]);
  });
  if (runs.length === titles.length) return titles.map((title) => ({ endRow: titles.find((t) => t.row > title.row)?.row ?? sheet.rows.length }));
  const runOf = new Map<FoundTitle, FoundTitle[]>();
  const columnsOf = new Map<FoundTitle, { from: number; to: number }>();
  runs.forEach((run, i) => {
    const end = runs[i + 1]?.[0]!.row ?? sheet.rows.length;
    for (const title of run) {
      runOf.set(title, run);
      const columns = sideBySide(sheet, run, title, end);
      if (columns) columnsOf.set(title, columns);
    }
  });
  const within = (col: number, columns: { from: number; to: number }) => col >= columns.from && col < columns.to;
  return titles.map((title) => {
    const columns = columnsOf.get(title);
    const run = runOf.get(title)!;
    const later = titles.filter((t) => t.row > title.row && !run.includes(t));
    // Beside others, a region ends at the next title in its columns: of tables beside each other further down, the
    // one in its columns; else (a title over the whole width) the next title.
    const ender = columns ? later.find((t) => within(t.col, columns) || !runOf.get(t)!.some((o) => within(o.col, columns))) : later[0];
    const endRow = ender?.row ?? sheet.rows.length;
    return columns ? { endRow, columns } : { endRow };
  });
}

/**
 * Whether `title` stands beside the titles of `run` (tables printed side by side on one page): on the row of one of
 * them, as ever; or, a table of blocks (not a 自评表, withSideBySideForms) rows lower than them, with columns of its own
 * (columnsEdge: an empty column between it and the table on either side down to `next`, the next title's row, or
 * the table beside it ending there), nothing in them above it (a 表号 or 附表 line right above it aside) and the
 * tables beside it going on at its row.
 */
function besideOf(sheet: SheetGrid, run: readonly FoundTitle[], title: FoundTitle, next: number): boolean {
  if (run.some((t) => t.row === title.row)) return true;
  if (title.spec.kind === 'projectPerformance' || run.some((t) => t.spec.kind === 'projectPerformance' || t.col === title.col)) return false;
  const top = Math.min(...run.map((t) => t.row));
  const left = run.filter((t) => t.col < title.col).reduce<FoundTitle | undefined>((a, t) => (a && a.col > t.col ? a : t), undefined);
  const right = run.filter((t) => t.col > title.col).reduce<FoundTitle | undefined>((a, t) => (a && a.col < t.col ? a : t), undefined);
  // Its columns: from `from` to before `to`.
  const from = left ? columnsEdge(sheet, left, title, top, next) : 0;
  const to = right ? columnsEdge(sheet, title, right, top, next) : Infinity;
  if (from === undefined || to === undefined) return false;
  const inBand = (c: number) => c >= from && c < to;
  const filled = (r: number) => (sheet.rows[r] ?? []).some((v, c) => inBand(c) && !isBlank(v ?? null));
  let r = top;
  // The tail of a table above the titles in its columns (of a row of tables above, longer than the one beside it).
  if (top > 0 && filled(top - 1)) while (r < title.row && filled(r)) r++;
  for (; r < title.row; r++) {
    const cells = sheet.rows[r] ?? [];
    for (let c = from; c < Math.min(cells.length, to); c++) {
      const v = cells[c] ?? null;
      if (isBlank(v)) continue;
      // A 表号 (`公开03表`) or `附表3` right above the title is the table's own.
      if (r < title.row - 2 || typeof v !== 'string' || !/^[^\d]{0,6}\d{1,2}[^\d]{0,3}$/.test(v.trim())) return false;
    }
  }
  // The tables beside it go on at its row: a lone title of a table below them has nothing beside it. Directly beside
  // another table (no empty column between, adjacentEdge), at its very row: a title stacked under a narrower table,
  // standing right of that table's width, has its 部门 line under it, the table above ended rows before.
  const outside = (r: number) => (sheet.rows[r] ?? []).some((v, c) => !inBand(c) && !isBlank(v ?? null));
  const adjacent = (from > 0 && !emptyColumn(sheet, from - 1, top, next)) || (to !== Infinity && !emptyColumn(sheet, to - 1, top, next));
  if (!adjacent) return [title.row, title.row + 1, title.row + 2].some(outside);
  // A header cell merged down over the title's row holds its value above it.
  return outside(title.row) || (sheet.merges ?? []).some((m) => m.top < title.row && m.bottom >= title.row && (m.left < from || m.right >= to));
}

/** Whether column `col` is empty in the rows `top` to before `end`. */
function emptyColumn(sheet: SheetGrid, col: number, top: number, end: number): boolean {
  for (let r = top; r < Math.min(end, sheet.rows.length); r++) if (!isBlank(sheet.rows[r]![col] ?? null)) return false;
  return true;
}

/**
 * The first column of the table of `right`, beside the table of `left` (besideOf, sideBySide): the one after the
 * rightmost column between their titles empty in the rows `top` to before `end` (a title is often centred over its
 * table); with none, of titles on different rows, where the higher table's cells end (adjacentEdge); else undefined.
 */
function columnsEdge(sheet: SheetGrid, left: FoundTitle, right: FoundTitle, top: number, end: number): number | undefined {
  for (let col = right.col - 1; col > left.col; col--) if (emptyColumn(sheet, col, top, end)) return col + 1;
  return left.row === right.row ? undefined : adjacentEdge(sheet, left, right);
}

/**
 * Of two tables printed directly side by side (no empty column between them, as printed workbooks often have them),
 * their titles on different rows: the first column of the right-hand one, where the higher table's rows above the
 * lower title show its own width. That is its cells there (its title, its 部门 and 单位 line, its header) running
 * up to the edge, the lower one's columns empty: the higher one on the left ends with its last cell there, the higher
 * one on the right starts with its first. A lone title text, which may stand anywhere over its table, is no edge: only
 * a title merged over its columns, or another of its cells (the 单位 line ends at the table's right, the 部门 line
 * starts at its left, a header spans it), shows one. Undefined where none does.
 */
function adjacentEdge(sheet: SheetGrid, left: FoundTitle, right: FoundTitle): number | undefined {
  const leftHigher = left.row < right.row;
  const [higher, lower] = leftHigher ? [left, right] : [right, left];
  // The last column of each area merged across columns from its top-left cell, of those rows.
  const mergedTo = new Map<string, number>();
  for (const m of sheet.merges ?? []) {
    if (m.top >= lower.row || m.bottom < higher.row) continue;
    // A cell merged over the lower title's column (a footnote over the whole table above): a table over it, not beside.
    const over = leftHigher ? lower.col : lower.col + 1;
    if (m.left < over && m.right >= over) return undefined;
    if (m.right > m.left) mergedTo.set(`${m.top},${m.left}`, m.right);
  }
  let edge: number | undefined;
  let shown = false;
  for (let r = higher.row; r < lower.row; r++) {
    const cells = sheet.rows[r] ?? [];
    for (let c = left.col + (leftHigher ? 0 : 1); c < Math.min(cells.length, right.col + (leftHigher ? 0 : 1)); c++) {
      if (isBlank(cells[c] ?? null)) continue;
      const to = mergedTo.get(`${r},${c}`);
      // The higher table's cell: its last column (on the left) or its first (on the right).
      const at = leftHigher ? Math.max(c, to ?? c) : c;
      const own = to !== undefined || r !== higher.row || c !== higher.col;
      if (edge === undefined || (leftHigher ? at > edge : at < edge)) [edge, shown] = [at, own];
      else if (at === edge) shown ||= own;
    }
  }
  if (edge === undefined || !shown) return undefined;
  return leftHigher ? edge + 1 : edge;
}

/**
 * The columns of a table whose title stands beside another's (two tables printed side by side on one page, as
 * some departments lay out their empty 08 and 09; besideOf): from the edge of its table (columnsEdge: after a gap left
 * of its title, or the leftmost title's, from the sheet's first column) to the edge of the next. A gap is a column
 * empty in every row of the titles' regions down to `endRow`; with none, tables directly side by side, the next
 * title's column, or where the higher table's cells end (adjacentEdge). Undefined for a title alone. Read in the
 * whole width, the second table was never read (缺表, a false 错误).
 */
function sideBySide(sheet: SheetGrid, run: readonly FoundTitle[], title: FoundTitle, endRow: number): { from: number; to: number } | undefined {
  if (run.length < 2) return undefined;
  const row = [...run].sort((a, b) => a.col - b.col);
  const top = Math.min(...run.map((t) => t.row));
  const edge = (left: FoundTitle, right: FoundTitle) => columnsEdge(sheet, left, right, top, endRow) ?? right.col;
  const i = row.indexOf(title);
  return { from: i === 0 ? 0 : edge(row[i - 1]!, title), to: i === row.length - 1 ? Infinity : edge(title, row[i + 1]!) };
}

/** The sheet with only the columns `from` to before `to` (the others empty), in place: cells keep their addresses. */
function onlyColumns(sheet: SheetGrid, columns: { from: number; to: number }): SheetGrid {
  const keep = <T>(cells: readonly (T | null)[]): (T | null)[] => {
    const out = cells.slice(0, Math.min(cells.length, columns.to));
    for (let c = 0; c < Math.min(columns.from, out.length); c++) out[c] = null;
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  };
  return { ...sheet, rows: sheet.rows.map(keep), ...(sheet.formulas ? { formulas: sheet.formulas.map(keep) } : {}) };
}

/** Whether a continuation's title opens its sheet, the sheet before ending with its table's title. */
function opensSheetAfter(titles: readonly TitleHit[], hit: TitleHit): boolean {
  const before = titles.filter((h) => h.sheetIndex === hit.sheetIndex - 1);
  return before[before.length - 1]?.spec === hit.spec && titles.find((h) => h.sheetIndex === hit.sheetIndex) === hit;
}

function withoutOrphanMark(hit: TitleHit): TitleHit {
  const { orphanContinuation: _, ...rest } = hit;
  return rest;
}

/** The titles without a 自评表 title that only repeats a page's top over the form above it (continuesForm). */
function withoutRepeatedFormTops(sheet: SheetGrid, titles: readonly FoundTitle[]): FoundTitle[] {
  const out: FoundTitle[] = [];
  titles.forEach((title, i) => {
    const before = out[out.length - 1];
    const end = titles[i + 1]?.row ?? sheet.rows.length;
    if (before && title.spec.kind === 'projectPerformance' && before.spec === title.spec && continuesForm(sheet, before.row, title.row, end)) return;
    out.push(title);
  });
  return out;
}

/**
 * The titles with one 自评表 title for each run of them over forms set side by side (two forms to a page's width, the
 * right-hand one a few rows lower than the left, as departments paste them): the run read as one region, each form in
 * its own columns (readProjectForms). A region from each title to the next cut the forms beside it: the rows of a
 * right-hand form above its own title went to the left-hand form's region, its title's region took the left-hand
 * form's rows below it, and a form longer than the one beside it lost its tail to the next title's region (§十一
 * counted 5 projects for 9, and check's 错误 named the wrong project). The other titles go with the first: each form's
 * year is its own title's (formYear), a form of last year kept beside this year's set aside as ever.
 */
function withSideBySideForms(sheet: SheetGrid, titles: readonly FoundTitle[]): FoundTitle[] {
  const out: FoundTitle[] = [];
  for (let i = 0; i < titles.length; ) {
    const first = titles[i]!;
    let j = i + 1;
    if (first.spec.kind === 'projectPerformance') while (j < titles.length && titles[j]!.spec === first.spec) j++;
    const run = titles.slice(i, j);
    const end = titles[j]?.row ?? sheet.rows.length;
    if (run.length > 1 && formsSideBySide(sheet, first.row, end)) out.push({ ...first, alongside: run.slice(1) });
    // No forms side by side: a title again on its row is the same title (typed in each cell of its row), one form's.
    else out.push(...run.filter((t, k) => !run.slice(0, k).some((before) => before.row === t.row)));
    i = j;
  }
  return out;
}

/** What a title's region holds: one table, or (a 自评表's title) one form or several stacked under it. */
function read(sheet: SheetGrid, hit: TitleHit, formUnit: Unit | undefined): ReadResult<TableModel | ProjectPerformanceModel>[] {
  const spec = hit.spec;
  switch (spec.kind) {
    case 'blocks':
      return [readBlockTable(sheet, spec, hit.location, printedTitle(hit))];
    case 'threePublicCosts':
      return [readThreePublicCosts(sheet, spec, hit.location, printedTitle(hit))];
    case 'projectPerformance':
      return readProjectForms(sheet, spec, hit.location, formUnit);
  }
}

/**
 * Every title's region read, in workbook order. A 自评表 naming no unit is in the unit of the form above it on its
 * sheet: forms titled one by one with the unit stated under the first only (金额单位：元) were read in 万元, their
 * 全年预算数 ten thousand times too large in §十一.
 */
function readAll(workbook: WorkbookGrid, hits: readonly TitleHit[]): { hit: TitleHit; results: ReadResult<TableModel | ProjectPerformanceModel>[] }[] {
  const formUnits = new Map<number, Unit>();
  return hits.map((hit) => {
    const whole = workbook.sheets[hit.sheetIndex]!;
    const sheet = hit.columns ? onlyColumns(whole, hit.columns) : whole;
    // The unit line over this title first, then the form above's.
    const formUnit = hit.spec.kind === 'projectPerformance' ? (unitLineAbove(sheet, hit.location.titleRow) ?? formUnits.get(hit.sheetIndex)) : undefined;
    const printed = printedTitle(hit);
    const results = read(sheet, hit, formUnit).map((r) => (printed && r.model && r.model.code !== '10' ? { ...r, model: { ...r.model, printedTitle: printed } } : r));
    const last = results.flatMap((r) => (r.model?.code === '10' ? [r.model] : [])).pop();
    if (last) formUnits.set(hit.sheetIndex, last.unit);
    return { hit, results };
  });
}

/** The spec's title a table was found under, where it is not the canonical one. */
function otherTitle(hit: TitleHit): string | undefined {
  const [canonical, ...others] = hit.spec.titles;
  return normalizeLabel(canonical!) === hit.variant ? undefined : others.find((t) => normalizeLabel(t) === hit.variant);
}

// What a title says its table is classified by, after its name: 江苏's 财政拨款支出决算表(功能科目).
const SUBJECT_KIND = /\(((?:功能|经济)(?:分类)?科目)\)/;

/**
 * The title a table is shown under where it is not the canonical one (TableModel.printedTitle): the spec's title it
 * was found under; for a table beyond the nine, with what its title says it is classified by (江苏's
 * 财政拨款支出决算表（功能科目）, beside its 财政拨款基本支出决算表（经济科目）): the words the accountant finds the page
 * by, which the match leaves out (titles.ts).
 */
function printedTitle(hit: TitleHit): string | undefined {
  const title = otherTitle(hit);
  const kind = hit.spec.extra ? SUBJECT_KIND.exec(normalizeText(hit.text))?.[1] : undefined;
  return kind ? `${title ?? hit.spec.titles[0]!}（${kind}）` : title;
}

export function recognise(workbook: WorkbookGrid): Recognition {
  const tables: Partial<Record<BlockTableId, TableModel>> = {};
  const projects: ProjectPerformanceModel[] = [];
  const problems: Problem[] = [];
  const setAside: RangeRef[] = [];
  // Title candidates that failed to read: reported only if no other candidate supplies the table.
  const failed = new Map<TableCode, Problem[]>();
  const hidden = (i: number) => (workbook.sheets[i]!.state ?? 'visible') !== 'visible';
  const found = workbook.sheets.flatMap((sheet, i) => findTitles(sheet, i));
  // A continuation opening the sheet after its table's last part is read as that table's next page (isNextPage).
  const titles = found.map((h) => (h.orphanContinuation && opensSheetAfter(found, h) ? withoutOrphanMark(h) : h));
  const hits = titles.filter((h) => !h.orphanContinuation);
  // A continuation not read: said (the caller puts it among the problems), its rows set aside.
  const orphanProblem = (orphan: TitleHit): Problem => {
    const at = titleCell(workbook, orphan).cell;
    const title = orphan.spec.titles[0]!;
    const what =
      orphan.spec.code === '06'
        ? `请把它放在原表的右侧（同一张工作表），或使它只有原表缺少的那部分（人员经费或公用经费），单位与原表相同`
        : '请把续表接在原表下面（同一张工作表），或把两部分合成一张表';
    // Its rows are table rows, not explanation text.
    const sheet = workbook.sheets[orphan.sheetIndex]!;
    const right = sheet.rows.slice(orphan.location.titleRow, orphan.location.endRow).reduce((w, r) => Math.max(w, r.length - 1), 0);
    setAside.push({ sheet: sheet.name, top: orphan.location.titleRow, left: 0, bottom: orphan.location.endRow - 1, right });
    return problemAt('orphan-continuation', at, `${place(at)}是《${title}》的续表，但它上面没有这张表：未读取。${what}。`, orphan.spec.code);
  };
  // A continuation elsewhere in the workbook (another sheet, not right below its table) may be its table's rest, or
  // table 06's other part (basicParts.ts): read once its table is.
  const orphans = titles.filter((h) => h.orphanContinuation);
  const stated = new Map(titles.map((hit) => [hit, fromTitle(workbook, titleCell(workbook, hit))] as const));
  const document = documentInfo(
    workbook,
    hits.filter((h) => !hidden(h.sheetIndex)).map((h) => ({ code: h.spec.code, stated: stated.get(h)! })),
  );
  // The year a title states when it is not the document's: last year's tables kept beside this year's.
  const otherYear = (hit: TitleHit): number | undefined => {
    const year = stated.get(hit)!.year?.value;
    return year !== undefined && document.year !== undefined && year !== document.year.value ? year : undefined;
  };
  // A form of a region of several titles (withSideBySideForms): the year its own title states, in the form's columns
  // (the form beside it may put its own year line on the row under this title), where not the document's.
  const formYear = (hit: TitleHit, form: ProjectPerformanceModel): number | undefined => {
    const { top, bottom, left, right } = form.range;
    const own = [{ row: hit.location.titleRow, col: hit.location.titleCol, text: hit.text, variant: hit.variant }, ...hit.formTitles!].find(
      (t) => t.row >= top && t.row <= bottom && t.col >= left && t.col <= right,
    );
    if (!own) return otherYear(hit);
    const sheet = onlyColumns(workbook.sheets[hit.sheetIndex]!, { from: left, to: right + 1 });
    const year = fromTitle({ sheets: [sheet] }, { cell: { sheet: sheet.name, row: own.row, col: own.col }, text: own.text, variant: own.variant }).year?.value;
    return year !== undefined && document.year !== undefined && year !== document.year.value ? year : undefined;
  };
  // 自评表 of the document's year (or of none stated): only beside them is a 自评表 of another year last year's.
  const formsOfTheYear = hits.some((h) => h.spec.code === '10' && !hidden(h.sheetIndex) && otherYear(h) === undefined);
  const readHits = readAll(workbook, hits);
  const sheetIndex = new Map(workbook.sheets.map((sheet, i) => [sheet.name, i] as const));
  const titlesOn = (sheet: string) => titles.filter((h) => workbook.sheets[h.sheetIndex]!.name === sheet);
  const titleRowsOn = (sheet: string) => titlesOn(sheet).map((h) => h.location.titleRow);
  // The last page read of each table (its first, or the one a next page joined), for a page on the sheet after it.
  const lastPages = new Map<BlockTableId, TableModel>();
  // The title each table was read under (not one a next page joined), to read a next page as a part of it (asContinued).
  const tableHits = new Map<BlockTableId, TitleHit>();
  // Table 06 of its two parts; the part apart from the table's range is table cells all the same.
  const joinBasicParts = (existing: TableModel, part: TableModel, partProblems: readonly Problem[]) => {
    const { table, other } = withBasicParts(existing, part);
    tables.generalBudgetBasic = { ...table, partRanges: [...(table.partRanges ?? []), withNotes(other), ...(other.partRanges ?? [])] };
    setAside.push(withNotes(other));
    append(problems, partProblems.filter((p) => p.kind !== 'no-unit'));
  };
  // The table's last page ends its sheet and the next sheet opens with its next page.
  const endsSheetBefore = (last: TableModel, next: TableModel) =>
    sheetIndex.get(next.sheet) === sheetIndex.get(last.sheet)! + 1 &&
    titleRowsOn(last.sheet).every((r) => r <= last.titleCell.row) &&
    titleRowsOn(next.sheet).every((r) => r >= next.titleCell.row);
  const unit = unitRead(
    readHits.filter((h) => !hidden(h.hit.sheetIndex) && otherYear(h.hit) === undefined),
    document,
  );
  const ofOtherUnit = (r: ReadResult<TableModel | ProjectPerformanceModel>) => {
    const name = departmentOf(r.model);
    return unit !== undefined && name !== undefined && name !== unit.name;
  };
  // A visible sheet's table wins over a hidden copy of it (hidden sheets often keep last year's or a draft), and a
  // table of the document's year over one whose title states another year.
  // A sheet named for an earlier year (2021收入决算表) holds that year's copy, whatever its title says: read first, last
  // year's figures were published as this year's.
  const sheetOfOtherYear = (hit: TitleHit) => {
    const year = /(?<!\d)(20\d{2})(?!\d)/.exec(workbook.sheets[hit.sheetIndex]!.name)?.[1];
    // Only an earlier year: sheets are named for the year of publishing too (2023年公开-收入决算表 for 2022).
    return year !== undefined && document.year !== undefined && Number(year) < document.year.value;
  };
  // Last, a table under its canonical title over one under another of its titles: of two tables the shorter title
  // (云南's 收入支出决算表) fits, the 公开 table's is the canonical one.
  const rank = (h: (typeof readHits)[number]) =>
    Number(h.results.some(ofOtherUnit)) * 8 +
    Number(hidden(h.hit.sheetIndex)) * 4 +
    Number(otherYear(h.hit) !== undefined || sheetOfOtherYear(h.hit)) * 2 +
    Number(otherTitle(h.hit) !== undefined);
  readHits.sort((a, b) => rank(a) - rank(b));
  // Tables read from a title of another year because none of the document's year could be read.
  const ofOtherYear = new Set<TableCode>();
  for (const { hit, results } of readHits) {
    const sheet = workbook.sheets[hit.sheetIndex]!;
    for (const result of results) {
      const model = result.model;
      if (!model) {
        failed.set(hit.spec.code, [...(failed.get(hit.spec.code) ?? []), ...result.problems]);
        continue;
      }
      if (ofOtherUnit(result)) {
        // Another unit's table (the 本级's beside the 部门's): left out, or one document would mix two units' figures.
        const table = model as TableModel;
        problems.push(otherUnitProblem(table, unit!));
        setAside.push(withNotes(table));
        continue;
      }
      const year = model.code === '10' && hit.formTitles ? formYear(hit, model as ProjectPerformanceModel) : otherYear(hit);
      if (model.code === '10' && year !== undefined && formsOfTheYear) {
        // Last year's 自评表 beside this year's is no project of this year: counting it would change the figures.
        problems.push(otherYearProblem(model.titleCell, shownTitle(model), year, document.year!.value, false));
        setAside.push(model.range);
        continue;
      }
      if (year !== undefined && (model.code === '10' || !tables[(model as TableModel).id])) {
        // Used, for want of one of the document's year: said, so that last year's figures are not published unawares.
        problems.push(otherYearProblem(model.titleCell, shownTitle(model), year, document.year!.value, true));
        if (model.code !== '10') ofOtherYear.add(model.code);
      }
      if (hidden(hit.sheetIndex) && !(model.code !== '10' && tables[(model as TableModel).id])) problems.push(hiddenProblem(model.titleCell, shownTitle(model), sheet.state!));
      if (model.code === '10') {
        const form = model as ProjectPerformanceModel;
        const copied = projects.find((p) => sameForm(p, form));
        if (copied) {
          // The same form again (a sheet of all forms beside one sheet per form): counted twice, §十一 said 5 projects
          // for 3 and added their money twice.
          const at = form.titleCell;
          problems.push(problemAt('duplicate-table', at, `${place(at)}的项目支出绩效自评表“${form.name!.text}”与${place(copied.titleCell)}的相同，只计一次：请删除多余的一份。`, '10'));
          setAside.push(form.range);
          continue;
        }
        projects.push(form);
        append(problems, result.problems);
        continue;
      }
      const table = model as TableModel;
      const existing = tables[table.id];
      const nextPage = existing && isNextPage(existing, table, titleRowsOn(existing.sheet), endsSheetBefore(lastPages.get(table.id) ?? existing, table));
      // A page that reads alone with a problem, or naming rows the table has, may read as a part of the region of the
      // table's title (asContinued): the rows above give its rows their 类 or their heading.
      const partHit = existing && (!nextPage || result.problems.some((p) => p.kind !== 'no-unit')) ? tableHits.get(table.id) : undefined;
      const continued = partHit ? asContinued(workbook, partHit, existing!, hit, table, titleRowsOn(existing!.sheet)) : undefined;
      if (continued) {
        tables[table.id] = continued.table;
        tableHits.set(table.id, continued.hit);
        lastPages.set(table.id, table);
        continue;
      }
      const onNextSheet = existing && table.sheet !== existing.sheet && endsSheetBefore(lastPages.get(table.id) ?? existing, table);
      const pageOf = onNextSheet && isNextPage(existing!, table, [], true, false) && (!nextPage || result.problems.some((p) => p.kind !== 'no-unit'));
      const seeded = pageOf ? withCodesBefore(workbook, existing!, hit, table) : undefined;
      if (seeded && isNextPage(existing!, seeded, [], true)) {
        // A page a sheet whose split codes share the 类 and 款 of the page before's last row: read with them.
        tables[table.id] = withNextPage(existing!, seeded);
        lastPages.set(table.id, seeded);
        tableHits.delete(table.id);
        setAside.push(withNotes(seeded));
        continue;
      }
      if (nextPage) {
        // The table's next page, its title printed again: more of its rows. A page without its own unit line is in
        // the unit the first page states, so its no-unit notice is no news.
        tables[table.id] = withNextPage(existing!, table);
        lastPages.set(table.id, table);
        // Its rows are no longer those of its title's region alone.
        tableHits.delete(table.id);
        // A page on a sheet of its own lies outside the table's range: its cells are table cells all the same.
        if (table.sheet !== existing.sheet) setAside.push(withNotes(table));
        append(problems, result.problems.filter((p) => p.kind !== 'no-unit'));
        continue;
      }
      if (existing && areBasicParts(existing, table) && !hidden(hit.sheetIndex) && !hidden(sheetIndex.get(existing.sheet)!) && otherYear(hit) === undefined) {
        // Table 06's other part, printed on a sheet of its own or apart from the first (basicParts.ts); not one on a
        // hidden sheet or of another year (a draft, last year's).
        joinBasicParts(existing, table, result.problems);
        continue;
      }
      const wider = existing && titleText(workbook, existing) !== titleText(workbook, table) ? widerOf(existing, table) : undefined;
      if (wider) {
        // Two tables of one spec where the set has both (四川: 国有资本经营预算财政拨款收入支出决算表 and its 支出决算表):
        // not a duplicate; the one with every column of the other and more is read (the 支出 one left §九 gaps).
        const narrower = wider === table ? existing! : table;
        tables[table.id] = wider;
        setAside.push(withNotes(narrower));
        if (wider === table) append(problems, result.problems);
        continue;
      }
      if (existing) {
        const at = table.titleCell;
        problems.push(
          problemAt(
            'duplicate-table',
            at,
            `${place(at)}也是《${shownTitle(table)}》，与${place(existing.titleCell)}重复；已使用工作表“${existing.sheet}”的表：请删除或改名多余的一张。`,
            table.code,
          ),
        );
        setAside.push(withNotes(table));
        continue;
      }
      tables[table.id] = table;
      tableHits.set(table.id, hit);
      append(problems, result.problems);
    }
  }
  // Another table's continuation not read is said first, table 06's part last, as ever.
  const first: Problem[] = [];
  for (const { hit, results } of readAll(workbook, orphans)) {
    const part = results[0]?.model as TableModel | undefined;
    const table = tables[hit.spec.id as BlockTableId];
    // Not a part on a hidden sheet or of another year (a draft, last year's).
    const joinable =
      !hidden(hit.sheetIndex) && otherYear(hit) === undefined && !sheetOfOtherYear(hit) && part !== undefined && table !== undefined && !hidden(sheetIndex.get(table.sheet)!);
    if (joinable && areBasicParts(table, part)) joinBasicParts(table, part, results[0]!.problems);
    else if (joinable && part.sheet !== table.sheet && complements(table, part)) {
      // The rest of its rows (收入决算表（续） on a sheet of its own): read with them, its figures in the text; said and
      // left out before, its 类 were gaps in §三 and §五. Its cells are table cells, outside the table's range. One on
      // the table's sheet with another title between is said as ever: whose rows they are is not plain.
      tables[table.id] = withNextPage(table, part);
      setAside.push(withNotes(part));
      append(problems, results[0]!.problems.filter((p) => p.kind !== 'no-unit'));
    } else (hit.spec.code === '06' ? problems : first).push(orphanProblem(hit));
  }
  problems.unshift(...first);
  const titled = new Set(found.map((h) => h.sheetIndex));
  const untitled = untitledTables(workbook, titled, Object.values(tables), sheetTitle);
  const missing: TableCode[] = [];
  for (const spec of TABLE_SPECS) {
    const present = spec.code === '10' ? projects.length > 0 : tables[spec.id as BlockTableId] !== undefined;
    // A table beyond the nine is read where printed, never missing.
    if (spec.extra && !present) continue;
    // This year's table that could not be read, where another year's stands in: why it does.
    if (present && ofOtherYear.has(spec.code)) append(problems, failed.get(spec.code) ?? []);
    if (present) continue;
    const failures = failed.get(spec.code);
    if (failures) {
      append(problems, failures);
    }
    missing.push(spec.code);
    // A title with no form under it, only lines (readBlockTable): said so, not as a header that could not be read.
    const seen = failures === undefined ? false : failures.some((p) => p.kind === 'missing-table') ? 'formless' : true;
    const named = failures === undefined ? untitled.get(spec.code) : undefined;
    if (named) problems.push(untitledTableProblem(named));
    problems.push(missingProblem(spec, seen, spec.code === '07' ? threePublicSituationTitle(workbook)?.title : undefined, named?.at.sheet));
  }
  markCents(tables);
  // An empty 08/09 said empty on a page of its own (天津's 关于空表的说明, notes.ts): no line under it is missing.
  for (let i = problems.length - 1; i >= 0; i--) {
    const p = problems[i]!;
    if (p.kind !== 'empty-table-without-note') continue;
    const spec = TABLE_SPECS.find((s) => s.code === p.table);
    if (spec && emptySaidElsewhere(workbook, spec.titles)) problems.splice(i, 1);
  }
  append(problems, untitledPages(workbook, titled, Object.values(tables), new Set([...untitled.values()].map((t) => t.at.sheet))));
  const displayScales = displayScalesOf(workbook);
  const units = unit ? { units: { read: unit.name, others: [...unit.units.keys()].filter((name) => name !== unit.name) } } : {};
  const extras = extrasInOrder(tables, sheetIndex);
  if (displayScales.length === 0) return { tables, projects, missing, problems, setAside, document, extras, ...units };
  append(problems, displayScaleNotices(displayScales, [...Object.values(tables), ...projects]));
  return { tables, projects, missing, problems, setAside, document, displayScales, extras, ...units };
}

/** The codes of the tables beyond the nine read, in workbook order: by sheet, then down and across it. */
function extrasInOrder(tables: Partial<Record<BlockTableId, TableModel>>, sheetIndex: ReadonlyMap<string, number>): TableCode[] {
  const extra = new Set(TABLE_SPECS.filter((s) => s.extra).map((s) => s.code));
  const at = (t: TableModel) => [sheetIndex.get(t.sheet) ?? Infinity, t.range.top, t.range.left] as const;
  const before = (a: TableModel, b: TableModel) => {
    const [x, y] = [at(a), at(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  };
  return Object.values(tables)
    .filter((t) => extra.has(t.code))
    .sort(before)
    .map((t) => t.code);
}

/** The tables in 元 marked as printing 分 where the set of them does (tables/cents.ts). */
function markCents(tables: Partial<Record<BlockTableId, TableModel>>): void {
  const inYuan = Object.values(tables).filter((t) => t.unit === '元');
  if (!printCents(inYuan)) return;
  for (const t of inYuan) tables[t.id] = { ...t, cents: true };
}

/** The unit a table's 部门 line names, as compared: without spaces. */
function departmentOf(model: TableModel | ProjectPerformanceModel | undefined): string | undefined {
  return model && model.code !== '10' ? (model as TableModel).department?.replace(/\s+/g, '') : undefined;
}

interface UnitRead {
  readonly name: string;
  /** Each unit with its tables, in workbook order. */
  readonly units: ReadonlyMap<string, ReadonlySet<TableCode>>;
}

/**
 * The unit whose tables are read when the workbook holds the same table for two units (a 部门's and its 本级's, each
 * on its own sheets): the one the cover names, else the one with the most tables, else the one whose name the others
 * extend (the 部门 itself), else the first. The first table
 * of each code was read before, whatever its unit: a document mixing two units' figures (本年支出 of one, the
 * shares of the other: 占本年支出合计的183.22%). Undefined when no table is there twice: a 部门 line spelt two ways
 * is no second unit.
 */
function unitRead(read: readonly { readonly results: readonly ReadResult<TableModel | ProjectPerformanceModel>[] }[], document: DocumentInfo): UnitRead | undefined {
  const units = new Map<string, Set<TableCode>>();
  for (const { results } of read) {
    for (const r of results) {
      const name = departmentOf(r.model);
      if (name === undefined) continue;
      const codes = units.get(name) ?? new Set<TableCode>();
      codes.add(r.model!.code);
      units.set(name, codes);
    }
  }
  const all = [...units.values()];
  const twice = all.some((codes, i) => [...codes].some((code) => all.some((other, j) => j !== i && other.has(code))));
  if (!twice) return undefined;
  const named = document.department?.value.replace(/\s+/g, '');
  if (named !== undefined && units.has(named)) return { name: named, units };
  // Of units with as many tables, the one whose name the others' extend (the 部门 beside its `…本级`), else the first.
  const encloses = (name: string) => [...units.keys()].some((other) => other !== name && other.includes(name));
  const score = ([name, codes]: [string, ReadonlySet<TableCode>]) => codes.size * 2 + Number(encloses(name));
  return { name: [...units].reduce((best, u) => (score(u) > score(best) ? u : best))[0], units };
}

function otherUnitProblem(table: TableModel, unit: UnitRead): Problem {
  const at = table.titleCell;
  const list = [...unit.units].map(([name, codes]) => `“${name}”（${codes.size}张）`).join('、');
  return problemAt(
    'other-unit',
    at,
    `${place(at)}的《${shownTitle(table)}》是“${table.department}”的表；工作簿中有多个单位的决算表：${list}，已读取“${unit.name}”的表，这张未计入：一次只公开一个单位，请把其他单位的表移到别的工作簿。`,
    table.code,
  );
}

/**
 * A table's next page with its title and header printed again, without 续 (a table copied back from a document
 * printed with its title rows repeated on every page): right below the table on its sheet, no other title between,
 * or opening the next sheet where the table ends its own (a long table printed a page a sheet); the same columns and
 * unit, and none of the rows the table has (a copy of the table repeats them, its 合计 first). Set aside as a second
 * copy, the page's 项 were left out of the text (0.00万元, 下降100%) and its 类 said missing.
 */
function isNextPage(first: TableModel, next: TableModel, titleRows: readonly number[], onNextSheet: boolean, rowsToo = true): boolean {
  const below = first.sheet === next.sheet && next.titleCell.row > first.range.bottom && !titleRows.some((r) => r > first.range.bottom && r < next.titleCell.row);
  return (below || onNextSheet) && complements(first, next, rowsToo);
}

/**
 * Whether `next` is more of the table `first`: the same unit and columns, the department `first`'s where it names
 * one, rows of its own and none of `first`'s (a copy of the table repeats them, its 合计 first); `rowsToo` false: the
 * rows not asked (asContinued reads the two as one and asks it there).
 */
function complements(first: TableModel, next: TableModel, rowsToo = true): boolean {
  if (first.unit !== next.unit || (next.department !== undefined && next.department !== first.department)) return false;
  const sameColumns = first.columns.length === next.columns.length && first.columns.every((c, i) => c.key === next.columns[i]!.key && c.col === next.columns[i]!.col);
  const read = new Set(first.rows.map((r) => `${r.block}\u0000${r.key}`));
  return sameColumns && (!rowsToo || (next.rows.length > 0 && next.rows.every((r) => !read.has(`${r.block}\u0000${r.key}`))));
}

/**
 * A next page on the table's sheet (isNextPage but for its rows) whose rows, read alone, name rows the table has or
 * make a problem: read as a part of the table (as `（续）` is), where only the rows above give a row its meaning. Table
 * 04's page opening with the fund rows under 年初财政拨款结转和结余 read them, alone, as the 收入 rows of those names:
 * the page was set aside as a copy (duplicate-table), its 年初 funds and 总计 unread. A page of codes split over 类 |
 * 款 leaving out the 类 shared with the row above read its first rows' 款 alone as codes (invalid-code, unread). Kept
 * where the table read so has every row of both, each once, and no problem: a copy of the table is still a duplicate.
 */
function asContinued(
  workbook: WorkbookGrid,
  firstHit: TitleHit,
  first: TableModel,
  nextHit: TitleHit,
  next: TableModel,
  titleRows: readonly number[],
): { readonly table: TableModel; readonly hit: TitleHit } | undefined {
  const spec = firstHit.spec;
  if (spec.kind !== 'blocks' || firstHit.sheetIndex !== nextHit.sheetIndex || firstHit.columns || nextHit.columns) return undefined;
  if (!isNextPage(first, next, titleRows, false, false)) return undefined;
  const location: TableLocation = {
    ...firstHit.location,
    continuations: [...(firstHit.location.continuations ?? []), nextHit.location.titleRow, ...(nextHit.location.continuations ?? [])],
    endRow: nextHit.location.endRow,
  };
  const printed = printedTitle(firstHit);
  const result = readBlockTable(workbook.sheets[firstHit.sheetIndex]!, spec, location, printed);
  const model = result.model;
  if (!model || result.problems.length > 0 || model.rows.length < first.rows.length + next.rows.length) return undefined;
  return { table: printed ? { ...model, printedTitle: printed } : model, hit: { ...firstHit, location } };
}

/**
 * A table's next page on a sheet of its own read again with the last code and row of each block of the page before
 * (TableLocation.codesBefore, keysBefore), where read alone it made a problem or named rows the table has: codes split
 * over 类 | 款 | 项 leaving out the parts shared with the row above read, alone, the first rows' 款 or 项 as codes
 * (invalid-code, unread); table 04's page opening with the fund rows under 年初财政拨款结转和结余 read them as the 收入
 * rows (a duplicate table). Kept where it reads so with no problem and every row it read alone.
 */
function withCodesBefore(workbook: WorkbookGrid, first: TableModel, nextHit: TitleHit, next: TableModel): TableModel | undefined {
  const spec = nextHit.spec;
  if (spec.kind !== 'blocks' || nextHit.columns) return undefined;
  const codesBefore: Record<string, string> = {};
  const keysBefore: Record<string, string> = {};
  // Each panel's own (table 06 prints two of one block side by side), by its label column.
  for (const r of first.rows) {
    if (!r.labelCell) continue;
    if (r.code !== undefined) codesBefore[`${r.block}@${r.labelCell.col}`] = r.code;
    keysBefore[`${r.block}@${r.labelCell.col}`] = r.key;
  }
  const printed = printedTitle(nextHit);
  const result = readBlockTable(workbook.sheets[nextHit.sheetIndex]!, spec, { ...nextHit.location, codesBefore, keysBefore }, printed);
  const model = result.model;
  if (!model || result.problems.some((p) => p.kind !== 'no-unit') || model.rows.length < next.rows.length) return undefined;
  return printed ? { ...model, printedTitle: printed } : model;
}

/**
 * The table with its next page's rows; its range grows over a page on its sheet only, a page on another sheet is one
 * of its parts (and set aside).
 */
function withNextPage(first: TableModel, next: TableModel): TableModel {
  const rows = [...first.rows, ...next.rows];
  const notes = [...first.notes, ...next.notes];
  if (next.sheet !== first.sheet) return { ...first, partRanges: [...(first.partRanges ?? []), withNotes(next)], rows, notes };
  return { ...first, range: { ...first.range, bottom: next.range.bottom, right: Math.max(first.range.right, next.range.right) }, rows, notes };
}

/** A table's range down to its last note: a copy's footnote speaks of its own year, not of this document. */
function withNotes(table: TableModel): RangeRef {
  const bottom = table.notes.reduce((b, n) => Math.max(b, n.cell.row), table.range.bottom);
  return { ...table.range, bottom };
}

/** Where the workbook's tables stand, used or set aside: cells that are no explanation text. */
export function tableRanges(rec: Recognition): RangeRef[] {
  return [...Object.values(rec.tables).map((t) => t.range), ...rec.projects.map((p) => p.range), ...rec.setAside];
}

function titleCell(workbook: WorkbookGrid, hit: TitleHit): TitleCell {
  return { cell: { sheet: workbook.sheets[hit.sheetIndex]!.name, row: hit.location.titleRow, col: hit.location.titleCol }, text: hit.text, variant: hit.variant };
}

function otherYearProblem(at: CellRef, title: string, year: number, documentYear: number, used: boolean): Problem {
  const what = `${place(at)}的《${title}》是${year}年度的表，不是本次${documentYear}年度的`;
  return used
    ? problemAt('other-year', at, `${what}，因找不到本年度的这张表而照常读取：请确认是否要公开这张表，或改正表上的年度。`)
    : problemAt('other-year', at, `${what}，未计入：如确是本年度的表，请改正表上的年度。`);
}

function hiddenProblem(at: CellRef, title: string, state: 'hidden' | 'veryHidden' | 'visible'): Problem {
  const how = state === 'veryHidden' ? '深度隐藏（在 Excel 中取消隐藏也看不到，需在 VBA 中改 Visible 属性）' : '隐藏';
  return problemAt('hidden-sheet', at, `${place(at)}的《${title}》在${how}的工作表上，已照常读取：请确认这是要公开的表，而不是旧表或草稿。`);
}

/**
 * `situation`: the title of a 三公 情况表 the workbook holds in place of table 07 (threePublicSituation.ts); `namedSheet`:
 * the sheet named for the table whose form has no title (untitledTables).
 */
function missingProblem(spec: TableSpec, titleSeen: boolean | 'formless', situation?: string, namedSheet?: string): Problem {
  const title = spec.titles[0]!;
  const what = spec.code === '10' ? `项目支出绩效自评表` : `《${title}》（公开${spec.code}表）`;
  const hint = namedSheet !== undefined
    ? `工作表“${namedSheet}”像是这张表，但表上没有标题行，见上一条`
    : titleSeen === 'formless'
    ? '找到了标题，但标题下没有表格，见上一条'
    : titleSeen
    ? '找到了标题，但表头无法识别，见上一条'
    : situation !== undefined
      ? `工作簿中的《${situation}》是“三公”经费的情况表（云南等地的表样），本工具还不能读取这种表样，与公开${spec.code}表有关的检查和公开说明的数字需自行核对填写`
      : spec.code === '10'
      ? '本年无绩效自评项目时可忽略；否则请加入自评表，标题须含“项目支出绩效自评表”'
      : '请在工作簿中加入此表，标题须为表名（工作表名称不限）';
  return { kind: 'missing-table', sheet: null, cell: null, message: `未找到${what}：${hint}。`, table: spec.code };
}

/** A table's title as printed, folded. */
function titleText(workbook: WorkbookGrid, table: TableModel): string {
  const { sheet, row, col } = table.titleCell;
  const value = workbook.sheets.find((s) => s.name === sheet)?.rows[row]?.[col];
  return value === undefined || value === null ? '' : normalizeLabel(cellText(value));
}

/**
 * Of two tables of one spec titled differently, the one whose columns are all the other's and more (a 收入支出 table
 * beside its 支出 table), if either is; undefined for two tables of the same columns (a duplicate).
 */
function widerOf(a: TableModel, b: TableModel): TableModel | undefined {
  const keys = (t: TableModel) => new Set(t.columns.map((c) => `${c.block}.${c.key}`));
  const [ka, kb] = [keys(a), keys(b)];
  if (ka.size > kb.size && [...kb].every((k) => ka.has(k))) return a;
  if (kb.size > ka.size && [...ka].every((k) => kb.has(k))) return b;
  return undefined;
}

/**
 * Adds a reader's problems one by one: push(...problems) passes them as arguments, and a table of 40,000 rows
 * whose figures are text gives more problems than the stack holds arguments (recognition threw RangeError).
 */
function append(problems: Problem[], more: readonly Problem[]): void {
  for (const p of more) problems.push(p);
}
