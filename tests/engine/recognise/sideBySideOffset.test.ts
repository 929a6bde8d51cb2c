/**
 * Tables 02, 03 and 05 printed side by side on one sheet, each starting some rows lower (or higher) than the one on
 * its left: each read in its own columns from its own title, every figure at the cell it was written to. A region
 * from each title to the next cut them: the higher table's ended under its unit line and the lower one's took the
 * other's columns, all three said missing (缺公开02表、03表、05表, a false 错误 for tables all there).
 */
import { recognise, Recognition } from '../../../src/engine/recognise/recognise';
import { check } from '../../../src/engine/workflow';
import { readXlsx } from '../../../src/hosts/xlsx/read';
import { toA1 } from '../../../src/engine/grid/address';
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { buildWorkbook, expectedFigures, GeneratedWorkbook, standardPlan, tableLayout, toGrid, toXlsx } from '../../../fixtures/workbook';
import { writeTable } from '../../../fixtures/writers/table';
import { withSideBySide } from '../../../fixtures/sideBySide';

const INCOME = '收入决算表';
const EXPENDITURE = '支出决算表';
const GENERAL_BUDGET = '一般公共预算财政拨款支出决算表';
const BASIC = '一般公共预算财政拨款基本支出决算表';

/**
 * The standard workbook with 02, 03 and 05 on one sheet, left to right, `rowsDown` rows under the sheet's top each,
 * `gap` empty columns between them (none: directly side by side, as printed workbooks often have them).
 */
function besides(rowsDown: readonly [number, number, number], gap = 1): GeneratedWorkbook {
  const book = buildWorkbook(changji2022, standardPlan(changji2022));
  return withSideBySide(book, '收支', [INCOME, EXPENDITURE, GENERAL_BUDGET].map((sheet, i) => ({ sheet, rowsDown: rowsDown[i]! })), gap);
}

/** Each figure written that was not read, or read from another cell or as another amount. */
function mismatches(book: GeneratedWorkbook, rec: Recognition, tables?: readonly string[]): string[] {
  const out: string[] = [];
  for (const e of expectedFigures(book).filter((x) => !tables || tables.includes(x.table))) {
    const f = rec.tables[e.table as keyof Recognition['tables']]?.rows.find((r) => r.key === e.row && r.block === e.block)?.figures[e.column];
    const where = `${e.table} ${e.block}/${e.row}/${e.column} at ${e.sheet}!${toA1(e.cellRow, e.cellCol)}`;
    if (!f) out.push(`${where}: not read`);
    else if (f.cell.sheet !== e.sheet || f.cell.row !== e.cellRow || f.cell.col !== e.cellCol) out.push(`${where}: read at ${f.cell.sheet}!${toA1(f.cell.row, f.cell.col)}`);
    else if (f.fen !== e.fen) out.push(`${where}: read ${f.fen} 分 for ${e.fen}`);
  }
  return out;
}

/** The figures read from the tables on the sheet: no more than were written. */
function figuresOn(rec: Recognition, sheet: string): number {
  return Object.values(rec.tables)
    .filter((t) => t.sheet === sheet)
    .reduce((n, t) => n + t.rows.reduce((m, r) => m + Object.values(r.figures).filter((f) => f.fen !== null && !f.parts).length, 0), 0);
}

describe('tables side by side with their titles on different rows', () => {
  it.each([
    ['on one row', [0, 0, 0]],
    ['each starting 2 rows lower than the one on its left', [0, 2, 4]],
    ['each starting 2 rows higher than the one on its left', [4, 2, 0]],
    ['the middle one highest', [3, 0, 5]],
    ['the right-hand one 20 rows lower', [0, 0, 20]],
  ] as const)('reads 02, 03 and 05 %s, every figure at its cell, with an empty column between them or none', (_how, rowsDown) => {
    for (const gap of [1, 0]) expectReadInOwnColumns(besides(rowsDown, gap), rowsDown);
  });

  it.each([
    ['each starting 2 rows lower than the one on its left', [0, 2, 4]],
    ['the middle one highest', [3, 0, 5]],
  ] as const)('reads 02, 03 and 05 directly side by side %s where the host knows no merged areas (Office.js)', (_how, rowsDown) => {
    expectReadInOwnColumns(besides(rowsDown, 0), rowsDown, (g) => ({ sheets: g.sheets.map(({ merges: _merges, ...s }) => s) }));
  });

  function expectReadInOwnColumns(book: GeneratedWorkbook, rowsDown: readonly number[], host = (g: WorkbookGrid) => g): void {
    const rec = recognise(host(toGrid(book)));
    expect(rec.missing).toEqual([]);
    expect(rec.problems).toEqual([]);
    expect(mismatches(book, rec)).toEqual([]);
    const written = expectedFigures(book).filter((e) => e.sheet === '收支' && e.fen !== null).length;
    expect(figuresOn(rec, '收支')).toBe(written);
    // Each in its own columns, from its own title's row.
    expect([rec.tables.income, rec.tables.expenditure, rec.tables.generalBudgetExpenditure].map((t) => t!.titleCell.row)).toEqual([...rowsDown]);
    expect(rec.tables.income!.range.right).toBeLessThan(rec.tables.expenditure!.range.left);
    expect(rec.tables.expenditure!.range.right).toBeLessThan(rec.tables.generalBudgetExpenditure!.range.left);
  }

  it.each([1, 0])('reads them the same from a real .xlsx (merged titles and headers), %i empty columns between them', async (gap) => {
    const book = besides([0, 2, 4], gap);
    const rec = recognise(await readXlsx(await toXlsx(book)));
    expect(rec.missing).toEqual([]);
    expect(mismatches(book, rec)).toEqual([]);
  });

  it('finds nothing the same tables on their own sheets do not', () => {
    const said = (g: Parameters<typeof check>[0]) => check(g).findings.map((f) => `${f.rule} ${f.message.replace(/“[^”]*”工作表|工作表“[^”]*”|[A-Z]+\d+(:[A-Z]+\d+)?/g, '')}`);
    expect(said(toGrid(besides([0, 2, 4]))).sort()).toEqual(said(toGrid(buildWorkbook(changji2022, standardPlan(changji2022)))).sort());
  });

  it('ends each region at a table over the whole width below them', () => {
    // 02 and 03 side by side, 03 two rows lower, and table 06 under them from the first column.
    const book = withSideBySide(buildWorkbook(changji2022, standardPlan(changji2022)), '收支', [
      { sheet: INCOME, rowsDown: 0 },
      { sheet: EXPENDITURE, rowsDown: 2 },
    ]);
    const sheet = book.sheets.find((s) => s.name === '收支')!;
    writeTable(sheet, tableLayout('generalBudgetBasic', changji2022), sheet.height + 2);
    const plain = { sheets: book.sheets.filter((s) => s.name !== BASIC), states: book.states };
    const rec = recognise(toGrid(plain));
    expect(rec.missing).toEqual([]);
    expect(rec.problems).toEqual([]);
    expect(mismatches(plain, rec)).toEqual([]);
    expect(rec.tables.expenditure!.range.bottom).toBeLessThan(rec.tables.generalBudgetBasic!.titleCell.row);
  });

  it('reads two rows of tables side by side, each region down to the next title in its columns', () => {
    // 02 | 03 and under them 05 | 08, each right-hand table two rows lower: 03 runs on beside 05's title.
    const book = buildWorkbook(changji2022, standardPlan(changji2022));
    const right = Math.max(...book.sheets.find((s) => s.name === INCOME)!.rows.map((r) => r.length)) + 1;
    const below = book.sheets.find((s) => s.name === INCOME)!.height + 1;
    const both = withSideBySide(book, '收支', [
      { sheet: INCOME, rowsDown: 0 },
      { sheet: EXPENDITURE, rowsDown: 2 },
      { sheet: GENERAL_BUDGET, rowsDown: below, left: 0 },
      { sheet: '政府性基金预算财政拨款收入支出决算表', rowsDown: below + 2, left: right },
    ]);
    const rec = recognise(toGrid(both));
    expect(rec.missing).toEqual([]);
    expect(rec.problems).toEqual([]);
    expect(mismatches(both, rec)).toEqual([]);
    // 03's footnote stands beside 05's title: read as 03's, its region not cut there.
    expect(rec.tables.expenditure!.notes.map((n) => n.cell.row)).toContain(rec.tables.generalBudgetExpenditure!.titleCell.row);
  });

  it('reads tables stacked on one sheet as ever, a narrow one over a wide one included', () => {
    // 08 (narrow: its title over its eight columns) above 02 whose title stands further right, unmerged.
    const book = buildWorkbook(changji2022, [{ name: 'Sheet1', tables: ['govFund', 'income'] }, ...standardPlan(changji2022).filter((p) => !['govFund', 'income'].includes(p.tables?.[0] ?? ''))]);
    const sheet = book.sheets[0]!;
    const titleRow = sheet.rows.findIndex((r, i) => i > 0 && typeof r[0] === 'string' && r[0] === INCOME);
    sheet.merges.splice(sheet.merges.findIndex((m) => m.top === titleRow), 1);
    sheet.rows[titleRow]![0] = null;
    sheet.set(titleRow, 4, INCOME, 'title');
    const rec = recognise(toGrid(book));
    expect(rec.missing).toEqual([]);
    expect(mismatches(book, rec, ['govFund', 'income'])).toEqual([]);
  });

  it('reads a table stacked under a narrower one as ever, its unmerged title standing right of that one’s width', () => {
    // 06 (six columns) above 07 (twelve), 07's title typed in its seventh column over the page's middle: no table
    // beside 06, whose columns end right of the title's.
    const THREE_PUBLIC = '财政拨款“三公”经费支出决算表';
    const book = buildWorkbook(changji2022, [{ name: 'Sheet1', tables: ['generalBudgetBasic', 'threePublicCosts'] }, ...standardPlan(changji2022).filter((p) => !['generalBudgetBasic', 'threePublicCosts'].includes(p.tables?.[0] ?? ''))]);
    const sheet = book.sheets[0]!;
    const titleRow = sheet.rows.findIndex((r, i) => i > 0 && r[0] === THREE_PUBLIC);
    sheet.merges.splice(sheet.merges.findIndex((m) => m.top === titleRow), 1);
    sheet.rows[titleRow]![0] = null;
    sheet.set(titleRow, 6, THREE_PUBLIC, 'title');
    for (const host of [(g: WorkbookGrid) => g, (g: WorkbookGrid) => ({ sheets: g.sheets.map(({ merges: _merges, ...s }) => s) })]) {
      const rec = recognise(host(toGrid(book)));
      expect(rec.missing).toEqual([]);
      expect(rec.problems).toEqual([]);
      expect(mismatches(book, rec, ['generalBudgetBasic'])).toEqual([]);
      expect(rec.tables.threePublicCosts!.range.left).toBe(0);
    }
  });

  it('takes no edge from a lone title typed over a table’s middle: neither table is cut there', () => {
    // 02 directly left of 03, a row lower; above 02's title only 03's title, unmerged in 03's fourth column, and no
    // merged areas known (Office.js): where 03 begins is not shown, and neither is read as side by side.
    const book = withSideBySide(buildWorkbook(changji2022, standardPlan(changji2022)), '收支', [{ sheet: INCOME, rowsDown: 1 }, { sheet: EXPENDITURE, rowsDown: 0 }], 0);
    const sheet = book.sheets.find((s) => s.name === '收支')!;
    const col = sheet.rows[0]!.indexOf(EXPENDITURE);
    sheet.rows[0]![col] = null;
    sheet.set(0, col + 3, EXPENDITURE, 'title');
    const rec = recognise({ sheets: toGrid(book).sheets.map(({ merges: _merges, ...s }) => s) });
    expect(mismatches(book, rec, ['income'])).toEqual([]);
    // 03 is said at its title as before (no header under it in the whole width), not read from a column of its own
    // middle on (its 科目 columns left to 02): where it starts is the author's to show (merge the title, or a 部门 line).
    expect(rec.problems.filter((p) => p.kind === 'unmatched-header').map((p) => p.cell)).toEqual([toA1(0, col + 3)]);
  });
});
