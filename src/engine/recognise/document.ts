/**
 * What the workbook says about the whole document: the 年度 and the 单位名称. Published workbooks carry them in a
 * cover title (`上海市XX局2024年度部门决算表`, `…2022年度部门决算公开`), in front of a table's title
 * (`XX局2024年度收入支出决算总表`) or on a `2024年度` line under a title. The narrative falls back to these when the
 * 说明数据 has no 年度 or 单位名称; the audit compares the years a text states with this one.
 */
import type { CellRef } from '../grid/address';
import { cellText, isBlank, SheetGrid, WorkbookGrid } from '../grid/cell';
import { normalizeText } from '../grid/normalize';

export interface Sourced<T> {
  readonly value: T;
  readonly cell: CellRef;
}

export interface DocumentInfo {
  readonly year?: Sourced<number>;
  readonly department?: Sourced<string>;
}

/** Where a table title sits, so a `2024年度` line under it or a prefix before it can be read. */
export interface TitleCell {
  readonly cell: CellRef;
  readonly text: string;
  /** The title as the spec spells it, normalised (what follows the prefix). */
  readonly variant: string;
}

// 本部门/本单位 after the year (2022年度本部门决算): the year's, no department named.
const COVER = /^(.{0,40}?)(\d{4})年度?(?:本?(?:部门|单位))?(?:决算|决算表|决算报表|决算公开|决算公开说明|决算情况说明)$/;
/**
 * A heading's number in front of the year (二、 （一） 2. 第三部分): a section of the 公开说明 (二、2019年决算, setting an earlier
 * year beside this one), not a cover title; its year is not the document's, nor its number a department.
 */
const NUMBERED = /^(?:[一二三四五六七八九十百]+[、.,]|\([一二三四五六七八九十百\d]+\)|\d+[、.,)]|第[一二三四五六七八九十百\d]+(?:部分|章|节|篇))/;
/**
 * A cover with its year first (2023年XX市财政局部门决算, 2023年度XX局部门决算公开): the department between the year and
 * 部门/单位决算. Not read before (the year only after the name), the year was the tables' and the department none.
 */
// The name neither the 度 of 年度 nor the text's own 本部门/本单位 (2022年度本部门决算: the department was “度本”; 本溪市…
// is a name), nor holding a year (2023年XX局2022年度部门决算: COVER reads it, the year before 部门决算 the document's).
const YEAR_FIRST_COVER = /^(\d{4})年度?(?!度|本(?:部门|单位))((?:(?!\d{4}年).){2,40}?)(?:部门|单位)(?:决算|决算表|决算报表|决算公开|决算公开说明|决算情况说明)$/;
/**
 * The heading of the document's own part of the 公开说明 (第二部分 2022年度部门决算情况说明, 第二部分 XX局2022年度部门决算公开说明):
 * its year is the document's, as a cover's, but a heading's number is no department; read only where neither a cover nor the
 * tables' titles state a year (a heading left at the template's year would otherwise outvote them). A colon or 、 after
 * 部分 (湛江: 第三部分:XX中心2021年部门决算情况说明) is no part of the department.
 */
const PART_HEADING = /^第[一二三四五六七八九十\d]+部分[\s:,、.]*(.{0,40}?)(\d{4})年度?(?:部门|单位)?(?:决算公开说明|决算情况说明|决算说明)$/;
const YEAR_LINE = /^\(?(\d{4})年度?\)?$/;
/** Words of a table's header row, not of the lines above it. */
const HEADER_WORDS = /^(?:项目|科目编码|科目名称|栏次)$|决算数|合计/;
const YEAR_PREFIX = /(\d{4})年度?$/;
const YEAR_SUFFIX = /^\(?(\d{4})年度?\)?/;
/** Rows scanned at the top of each sheet for a cover title. */
// A cover's title may stand low, centred on its page under blank rows or under a 目录.
const COVER_ROWS = 30;
const COVER_COLUMNS = 20;

function plausibleYear(year: number): boolean {
  return year >= 2000 && year <= 2100;
}

function department(prefix: string): string | undefined {
  // A year of publishing before the name (2023年XX局2022年度部门决算) is not the department's.
  const name = prefix.replace(/^\d{4}年度?/, '').replace(/[:：,，]$/, '');
  return name.length >= 2 ? name : undefined;
}

/** A year and the department named before it (none where the words are no name), both at `cell`. */
function infoAt(year: number, prefix: string, cell: CellRef): DocumentInfo {
  const name = department(prefix);
  return { year: { value: year, cell }, ...(name ? { department: { value: name, cell } } : {}) };
}

/**
 * The first of the sheet's top cells that `read` makes something of, its text folded. A cover or heading says 决算, and no
 * other character folds into 决 (NFKC): a cell without it is passed over unfolded (the tables' sheets have hundreds of
 * cells in their first rows, each folded and matched for nothing).
 */
function firstTopCell(sheet: SheetGrid, read: (text: string, cell: CellRef) => DocumentInfo | undefined): DocumentInfo | undefined {
  const rows = Math.min(sheet.rows.length, COVER_ROWS);
  for (let r = 0; r < rows; r++) {
    const cells = sheet.rows[r]!;
    for (let c = 0; c < Math.min(cells.length, COVER_COLUMNS); c++) {
      const v = cells[c];
      if (typeof v !== 'string' || v.indexOf('决') === -1) continue;
      const found = read(normalizeText(v), { sheet: sheet.name, row: r, col: c });
      if (found) return found;
    }
  }
  return undefined;
}

/** The first heading of the document's own part (PART_HEADING) in the top rows of a sheet. */
function partHeadingOf(sheet: SheetGrid): DocumentInfo | undefined {
  return firstTopCell(sheet, (text, cell) => {
    const m = PART_HEADING.exec(text);
    return m && plausibleYear(Number(m[2])) ? infoAt(Number(m[2]), m[1]!, cell) : undefined;
  });
}

function coverOf(sheet: SheetGrid): DocumentInfo | undefined {
  return firstTopCell(sheet, (text, cell) => {
    const first = YEAR_FIRST_COVER.exec(text);
    if (first && plausibleYear(Number(first[1])) && !NUMBERED.test(first[2]!)) return infoAt(Number(first[1]), first[2]!, cell);
    const m = COVER.exec(text);
    return m && plausibleYear(Number(m[2])) && !NUMBERED.test(m[1]!) ? infoAt(Number(m[2]), m[1]!, cell) : undefined;
  });
}

/** `XX局2024年度` in front of a title, `（2024年度）` behind it, or a `2024年度` line in the two rows under it. */
export function fromTitle(grid: WorkbookGrid, title: TitleCell): DocumentInfo {
  const text = normalizeText(title.text);
  const at = text.lastIndexOf(title.variant);
  const prefix = at > 0 ? text.slice(0, at) : '';
  const m = YEAR_PREFIX.exec(prefix);
  if (m && plausibleYear(Number(m[1]))) {
    const name = department(prefix.slice(0, m.index));
    return { year: { value: Number(m[1]), cell: title.cell }, ...(name ? { department: { value: name, cell: title.cell } } : {}) };
  }
  const behind = at >= 0 ? YEAR_SUFFIX.exec(text.slice(at + title.variant.length)) : null;
  if (behind && plausibleYear(Number(behind[1]))) return { year: { value: Number(behind[1]), cell: title.cell } };
  const sheet = grid.sheets.find((s) => s.name === title.cell.sheet);
  for (let r = title.cell.row + 1; sheet && r <= title.cell.row + 2; r++) {
    const cells = sheet.rows[r] ?? [];
    const texts = cells.map((v) => (isBlank(v ?? null) ? '' : normalizeText(cellText(v ?? null))));
    // A header setting years side by side (`项目 | 2021年 {…} | 2022年决算数 {…}`) names no year of the table.
    if (texts.some((t) => HEADER_WORDS.test(t))) continue;
    for (let c = 0; c < texts.length; c++) {
      const y = YEAR_LINE.exec(texts[c]!);
      if (y && plausibleYear(Number(y[1]))) return { year: { value: Number(y[1]), cell: { sheet: sheet.name, row: r, col: c } } };
    }
  }
  return {};
}

/** What one visible title states, with the table it titles. */
export interface TitleStatement {
  readonly code: string;
  readonly stated: DocumentInfo;
}

/**
 * The document's year and department: a cover title wins (it names both), then the tables' titles: the department
 * of the first that names one; the year most tables state, each table one vote however many titles it has (nine
 * 自评表 left at the template's year do not outvote the nine tables), the later of two as often stated (a workbook
 * may keep last year's tables beside this year's for comparison, never next year's). Hidden sheets are not read
 * (they often keep last year's workbook).
 */
export function documentInfo(grid: WorkbookGrid, titles: readonly TitleStatement[]): DocumentInfo {
  let year: Sourced<number> | undefined;
  let dept: Sourced<string> | undefined;
  for (const sheet of grid.sheets) {
    if ((sheet.state ?? 'visible') !== 'visible') continue;
    const cover = coverOf(sheet);
    year ??= cover?.year;
    dept ??= cover?.department;
    if (year && dept) break;
  }
  for (const t of titles) dept ??= t.stated.department;
  if (year) return { year, ...(dept ? { department: dept } : {}) };
  const votes = new Map<number, { first: Sourced<number>; codes: Set<string> }>();
  for (const t of titles) {
    const stated = t.stated.year;
    if (!stated) continue;
    const vote = votes.get(stated.value) ?? { first: stated, codes: new Set<string>() };
    vote.codes.add(t.code);
    votes.set(stated.value, vote);
  }
  let best: { first: Sourced<number>; codes: Set<string> } | undefined;
  for (const vote of votes.values()) {
    if (!best || vote.codes.size > best.codes.size || (vote.codes.size === best.codes.size && vote.first.value > best.first.value)) best = vote;
  }
  year = best?.first;
  if (!year || !dept) {
    const heading = grid.sheets.filter((s) => (s.state ?? 'visible') === 'visible').map(partHeadingOf).find((h) => h !== undefined);
    year ??= heading?.year;
    dept ??= heading?.department;
  }
  return { ...(year ? { year } : {}), ...(dept ? { department: dept } : {}) };
}
