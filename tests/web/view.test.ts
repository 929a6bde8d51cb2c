/**
 * A merged area in the web page's sheet view (web/view.ts): drawn as one cell spanning the rows and columns shown, a
 * cell inside it found through the area's first cell; an area whose first row or column is hidden drawn cell by cell.
 */
import { drawnAt, drawnMerges, drawnSpan, drawnWhole } from '../../src/web/view';

const layout = (merges: { top: number; left: number; bottom: number; right: number }[], hiddenRows: number[] = [], widths: (number | undefined)[] = []) => ({
  merges: drawnMerges(merges, 100),
  hiddenRows: new Set(hiddenRows),
  widths,
});

describe('a merged area in the sheet view', () => {
  it('is drawn by its first cell, which a cell inside it stands for', () => {
    const view = layout([{ top: 2, left: 2, bottom: 3, right: 4 }]);
    expect(drawnAt(view, 3, 4)).toEqual({ row: 2, col: 2 });
    expect(drawnAt(view, 2, 2)).toEqual({ row: 2, col: 2 });
    expect(drawnAt(view, 4, 4)).toEqual({ row: 4, col: 4 });
    expect(drawnSpan(view, view.merges[0]!)).toEqual({ rows: 2, cols: 3 });
  });

  it('spans only the rows and columns shown', () => {
    const view = layout([{ top: 0, left: 0, bottom: 3, right: 3 }], [2], [undefined, 0, 80, undefined]);
    expect(drawnSpan(view, view.merges[0]!)).toEqual({ rows: 3, cols: 3 });
  });

  it('is drawn cell by cell where its first row or column is hidden: its cells stand for themselves', () => {
    const rowHidden = layout([{ top: 1, left: 0, bottom: 2, right: 1 }], [1]);
    expect(drawnWhole(rowHidden, rowHidden.merges[0]!)).toBe(false);
    expect(drawnAt(rowHidden, 2, 1)).toEqual({ row: 2, col: 1 });
    const columnHidden = layout([{ top: 0, left: 1, bottom: 0, right: 3 }], [], [undefined, 0]);
    expect(drawnWhole(columnHidden, columnHidden.merges[0]!)).toBe(false);
    expect(drawnAt(columnHidden, 0, 3)).toEqual({ row: 0, col: 3 });
  });

  it('is cut to the rows drawn, ordered by where it starts; an area of one cell is none', () => {
    expect(
      drawnMerges(
        [
          { top: 5, left: 0, bottom: 5, right: 2 },
          { top: 1, left: 3, bottom: 1200, right: 3 },
          { top: 1, left: 0, bottom: 1, right: 1 },
          { top: 1000, left: 0, bottom: 1001, right: 0 },
          // Cut to one cell by the rows drawn: none (ExcelJS, drawing no cell below it, sees none).
          { top: 999, left: 5, bottom: 1006, right: 5 },
          { top: 7, left: 7, bottom: 7, right: 7 },
        ],
        1000,
      ),
    ).toEqual([
      { top: 1, left: 0, bottom: 1, right: 1 },
      { top: 1, left: 3, bottom: 999, right: 3 },
      { top: 5, left: 0, bottom: 5, right: 2 },
    ]);
  });
});
