/** The generated workbooks the bench times, by their count of subject rows (1,000 to 40,000; 5,000 is department-sized). */
import { generateAccounts } from '../fixtures/generate';
import { buildWorkbook, standardPlan, toGrid } from '../fixtures/workbook';
import { recognise } from '../src/engine/recognise/recognise';
import type { WorkbookGrid } from '../src/engine/grid/cell';

/** Rows carrying a subject code, in every recognised table. */
function subjectRows(grid: WorkbookGrid): number {
  return Object.values(recognise(grid).tables).reduce((n, t) => n + t.rows.filter((r) => r.code).length, 0);
}

/** A generated workbook with about `rows` subject rows: 项 are scaled from a first try (their 类 and 款 come too). */
export function workbookOfRows(rows: number) {
  const make = (items: number) => {
    const data = generateAccounts(rows, { items });
    return buildWorkbook(data, standardPlan(data));
  };
  const probe = Math.ceil(rows / 3);
  const items = Math.max(1, Math.round((probe * rows) / subjectRows(toGrid(make(probe)))));
  const book = make(items);
  const grid = toGrid(book);
  return { book, grid, rows: subjectRows(grid) };
}
