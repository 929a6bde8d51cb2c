/**
 * Properties of the audit on random consistent workbooks: no 错误 at all; and one figure changed anywhere in
 * tables 02, 03 or 05 is found, as a 错误 naming that very cell.
 */
import fc from 'fast-check';
import { check } from '../../src/engine/workflow';
import { qualifiedA1 } from '../../src/engine/grid/address';
import type { WorkbookGrid } from '../../src/engine/grid/cell';
import { expectedFigures, toGrid } from '../../fixtures/workbook';
import { consistentBook } from './arbitraries';

const SUBJECT_TABLES = new Set(['income', 'expenditure', 'generalBudgetExpenditure']);

describe('the audit on random consistent workbooks', () => {
  it('finds no 错误', () => {
    fc.assert(
      fc.property(consistentBook, (book) => {
        const errors = check(toGrid(book)).findings.filter((f) => f.severity === 'error');
        expect(errors.map((f) => f.message)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('finds one changed figure as a 错误 at its cell', () => {
    const mutation = consistentBook.chain((book) => {
      const figures = expectedFigures(book).filter((f) => SUBJECT_TABLES.has(f.table));
      // Beyond any tolerance (0.05 万元), either way.
      const delta = fc.integer({ min: 6, max: 10_000_000 }).chain((d) => fc.constantFrom(d, -d));
      return fc.record({ book: fc.constant(book), figure: fc.constantFrom(...figures), delta });
    });
    fc.assert(
      fc.property(mutation, ({ book, figure, delta }) => {
        const grid = toGrid(book);
        const sheets = grid.sheets.map((s) => (s.name === figure.sheet ? { ...s, rows: s.rows.map((r) => [...r]) } : s));
        const rows = sheets.find((s) => s.name === figure.sheet)!.rows as (typeof grid.sheets)[number]['rows'][number][];
        const old = rows[figure.cellRow]![figure.cellCol];
        (rows[figure.cellRow] as unknown[])[figure.cellCol] = Math.round(((typeof old === 'number' ? old : 0) * 100 + delta)) / 100;
        const mutated: WorkbookGrid = { sheets };
        const cell = qualifiedA1({ sheet: figure.sheet, row: figure.cellRow, col: figure.cellCol });
        const errors = check(mutated).findings.filter((f) => f.severity === 'error');
        expect(errors.some((f) => f.cells.includes(cell))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
