/**
 * A figure read from a cell (tables/readers/figures.ts `CellFigure`) makes its cell when asked: it reads, compares
 * and serialises as the plain `{ cell, fen }` of the model, and an unreadable figure is still the plain object
 * with `invalid`.
 */
import type { SheetGrid } from '../../../src/engine/grid/cell';
import { readMoney } from '../../../src/engine/tables/readers/figures';
import { ProblemLog } from '../../../src/engine/tables/problems';

const SHEET: SheetGrid = { name: '收入决算表', rows: [[], [null, 12.34, null, 'abc', -0.5]] };

describe('a money figure read from its cell', () => {
  it('gives its cell and its amount in 分, as the plain figure would', () => {
    const log = new ProblemLog('02');
    const figure = readMoney(SHEET, 1, 1, '万元', log);
    expect(figure.cell).toEqual({ sheet: '收入决算表', row: 1, col: 1 });
    expect(figure.fen).toBe(12_340_000);
    expect(figure.invalid).toBeUndefined();
    expect(readMoney(SHEET, 1, 4, '元', log).fen).toBe(-50);
    expect(readMoney(SHEET, 1, 2, '元', log)).toMatchObject({ cell: { sheet: '收入决算表', row: 1, col: 2 }, fen: null });
    expect(readMoney(SHEET, 5, 7, '元', log).cell).toEqual({ sheet: '收入决算表', row: 5, col: 7 });
    expect(log.list).toEqual([]);
  });

  it('serialises as { cell, fen }', () => {
    const figure = readMoney(SHEET, 1, 1, '元', new ProblemLog('02'));
    expect(JSON.parse(JSON.stringify(figure))).toEqual({ cell: { sheet: '收入决算表', row: 1, col: 1 }, fen: 1234 });
  });

  it('leaves an unreadable figure a plain object that says so, with the problem logged', () => {
    const log = new ProblemLog('02');
    expect(readMoney(SHEET, 1, 3, '元', log)).toEqual({ cell: { sheet: '收入决算表', row: 1, col: 3 }, fen: null, invalid: true });
    expect(log.list).toHaveLength(1);
  });
});
