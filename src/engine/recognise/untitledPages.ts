/**
 * A table's rows continued on a sheet of their own without its title (a long 05 split by hand over two sheets, the
 * header repeated, no title): no title finds them, so they are not read, and without a word the text lost the 类 and
 * 项 on that sheet while the check blamed the table (its 合计 no longer the sum of its 类; review38). Said at the
 * sheet's first cell, with what to do: give the page its title with （续）, which reads it as the table's next page.
 */
import { shownTitle } from '../tables/model';
import { cellAt, isBlank } from '../grid/cell';
import type { CellValue, SheetGrid, WorkbookGrid } from '../grid/cell';
import type { CellRef } from '../grid/address';
import type { TableSpec } from '../tables/spec';
import type { TableCode } from '../tables/model';
import { digits, isValidCode } from '../tables/readers/codes';
import type { TableModel } from '../tables/model';
import { place, Problem, problemAt } from '../tables/problems';
import { markedSheets } from '../plan/owned';
import { basicParts, PUBLIC_CODE } from './basicParts';

/** Subject rows a sheet must hold to be taken for a table's page: fewer is a note or a stray list. */
const PAGE_ROWS = 3;

/** Columns searched for a row's code: a code column comes first or after a 行次 column. */
const CODE_COLUMNS = 3;

/**
 * A row of a subject table of the kind `kind` tells (功能分类 codes start with 2, 经济分类 ones with 3 or 5): its code
 * in one of its first columns and a number after it.
 */
function isSubjectRow(cells: readonly CellValue[] | undefined, kind: RegExp): boolean {
  if (!cells) return false;
  for (let col = 0; col < Math.min(cells.length, CODE_COLUMNS); col++) {
    const value = cells[col] ?? null;
    if (isBlank(value)) continue;
    const code = digits(value);
    if (code === undefined || !isValidCode(code) || !kind.test(code)) return false;
    return cells.slice(col + 1).some((v) => typeof v === 'number');
  }
  return false;
}

function subjectRowCount(sheet: SheetGrid, kind: RegExp): number {
  let n = 0;
  for (const cells of sheet.rows) if (isSubjectRow(cells, kind)) n++;
  return n;
}

/** The sheet opens with a header (several labels in its first row), not with a title of its own (one text alone). */
function opensWithHeader(sheet: SheetGrid): boolean {
  const row = firstFilledRow(sheet);
  return (sheet.rows[row] ?? []).filter((_, c) => !isBlank(cellAt(sheet, row, c))).length >= 2;
}

/** A table not read whose title is only the name of a sheet holding a form with no title (`untitledTable`). */
export interface UntitledTable {
  readonly spec: TableSpec;
  /** The sheet's first filled cell: where the form begins. */
  readonly at: CellRef;
}

/**
 * The tables of the nine not read whose title is the name of a visible sheet with no title in it that opens with a
 * header (the title put in a text box or the page header, which no cell holds, or nowhere but on the sheet's tab).
 * Said as the table's, with what to do: guessed to be the page of the table on the sheet before it, the accountant
 * was told to title 03's rows `收入决算表（续）`, a table they are not. `titleOf` is the title a text is.
 */
export function untitledTables(
  workbook: WorkbookGrid,
  titled: ReadonlySet<number>,
  tables: readonly TableModel[],
  titleOf: (text: string) => TableSpec | undefined,
): Map<TableCode, UntitledTable> {
  const found = new Map<TableCode, UntitledTable>();
  const owned = ownedSheets(workbook);
  workbook.sheets.forEach((sheet, i) => {
    if (titled.has(i) || owned.has(sheet.name) || (sheet.state ?? 'visible') !== 'visible' || !opensWithHeader(sheet)) return;
    const spec = titleOf(sheet.name);
    if (!spec || spec.kind === 'projectPerformance' || found.has(spec.code) || tables.some((t) => t.code === spec.code)) return;
    found.set(spec.code, { spec, at: { sheet: sheet.name, row: firstFilledRow(sheet), col: 0 } });
  });
  return found;
}

/** What to do about a table whose title is only its sheet's name: said where its form begins. */
export function untitledTableProblem({ spec, at }: UntitledTable): Problem {
  const title = spec.titles[0]!;
  return problemAt(
    'untitled-table',
    at,
    `${place(at)}起的表没有标题行，工作表名称是《${title}》的表名：标题在文本框、页眉中或只在工作表名称中，都读不到，这张表未读取。请在表头上方插入一行，写上标题“${title}”。`,
    spec.code,
  );
}

/** The add-in's own sheets (说明数据 lists 项 codes with figures): no page of a table. */
function ownedSheets(workbook: WorkbookGrid): Set<string> {
  return new Set([...markedSheets(workbook).values()].map((s) => s.name));
}

/**
 * A notice for each visible sheet in which no title was found that holds subject rows, right after a sheet whose last
 * subject table is read: the rows look like that table's next page. `titled` says which sheets hold a title; `named`,
 * the sheets of tables whose title is only the sheet's name (untitledTables), said as those tables.
 */
export function untitledPages(workbook: WorkbookGrid, titled: ReadonlySet<number>, tables: readonly TableModel[], named: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const owned = ownedSheets(workbook);
  workbook.sheets.forEach((sheet, i) => {
    if (i === 0 || titled.has(i) || owned.has(sheet.name) || named.has(sheet.name) || (sheet.state ?? 'visible') !== 'visible') return;
    const basic = tables.find((t) => t.code === '06');
    if (basic && basic.sheet !== workbook.sheets[i - 1]!.name && !basicParts(basic).public && subjectRowCount(sheet, PUBLIC_CODE) >= PAGE_ROWS) {
      // Table 06's 公用经费 part on a sheet of its own, away from its 人员经费 part: with a title marked 续 it is read.
      const at = { sheet: sheet.name, row: firstFilledRow(sheet), col: 0 };
      const title = shownTitle(basic);
      problems.push(
        problemAt(
          'orphan-continuation',
          at,
          `${place(at)}起的行没有标题，像是《${title}》（工作表“${basic.sheet}”，只有人员经费部分）的公用经费部分：未读取，公用经费合计和其中的科目不在表中。请在这些行上方插入一行，写上标题“${title}（续）”，或把这部分放在原表的右侧（同一张工作表）。`,
          basic.code,
        ),
      );
      return;
    }
    const before = workbook.sheets[i - 1]!.name;
    const table = tables.filter((t) => t.sheet === before && t.rows.some((r) => r.code !== undefined)).pop();
    // Its rows of the table's kind of subject, under a header of their own: another table titled in words no title
    // matches (06 after 05, a department's own 明细表) is no page of it (review39).
    const kind = table?.code === '06' ? /^[35]/ : /^2/;
    if (!table || !opensWithHeader(sheet) || subjectRowCount(sheet, kind) < PAGE_ROWS) return;
    const at = { sheet: sheet.name, row: firstFilledRow(sheet), col: 0 };
    problems.push(
      problemAt(
        'orphan-continuation',
        at,
        `${place(at)}起的行没有标题，像是《${shownTitle(table)}》（工作表“${table.sheet}”）的续页：未读取，其中的科目不在表中。请在首行加上标题“${shownTitle(table)}（续）”，或把这些行接在原表下面。`,
        table.code,
      ),
    );
  });
  return problems;
}

function firstFilledRow(sheet: SheetGrid): number {
  const row = sheet.rows.findIndex((cells, r) => cells.some((_, c) => !isBlank(cellAt(sheet, r, c))));
  return Math.max(0, row);
}
