/** The grid's selection as a spreadsheet keeps it: arrows move, Shift extends, a paste fills from the top left. */
import { cellsOf, clampCell, contains, move, pasteTargets, rangeOf, selectedRange, single, spanning, widened } from '../../src/web/selection';

const bounds = { rows: 10, cols: 5 };

describe('the selection', () => {
  it('moves the active cell with an arrow and stops at the grid’s edges', () => {
    const s = single({ row: 0, col: 0 });
    expect(move(s, 'down', false, bounds)).toEqual(single({ row: 1, col: 0 }));
    expect(move(s, 'right', false, bounds)).toEqual(single({ row: 0, col: 1 }));
    expect(move(s, 'up', false, bounds)).toEqual(s);
    expect(move(s, 'left', false, bounds)).toEqual(s);
    expect(move(single({ row: 9, col: 4 }), 'down', false, bounds)).toEqual(single({ row: 9, col: 4 }));
    expect(move(single({ row: 9, col: 4 }), 'right', false, bounds)).toEqual(single({ row: 9, col: 4 }));
  });

  it('moves off a merged area whole, as Excel does, and onto one as onto one cell', () => {
    // B3:D4 (rows 2–3, columns 1–3), drawn as one cell.
    const areas = [{ top: 2, left: 1, bottom: 3, right: 3 }];
    const inside = single({ row: 2, col: 1 });
    expect(move(inside, 'right', false, bounds, areas)).toEqual(single({ row: 2, col: 4 }));
    expect(move(inside, 'down', false, bounds, areas)).toEqual(single({ row: 4, col: 1 }));
    expect(move(single({ row: 3, col: 3 }), 'left', false, bounds, areas)).toEqual(single({ row: 3, col: 0 }));
    expect(move(single({ row: 3, col: 2 }), 'up', false, bounds, areas)).toEqual(single({ row: 1, col: 2 }));
    // Onto the area from beside it: the area's first cell, whose value and address it shows.
    expect(move(single({ row: 3, col: 0 }), 'right', false, bounds, areas)).toEqual(single({ row: 2, col: 1 }));
    expect(move(single({ row: 1, col: 3 }), 'down', false, bounds, areas)).toEqual(single({ row: 2, col: 1 }));
    // Shift extends off the area the same way; an area at the grid's edge keeps the cell where it is.
    expect(move(inside, 'right', true, bounds, areas)).toEqual({ anchor: { row: 2, col: 1 }, focus: { row: 2, col: 4 } });
    expect(move(single({ row: 8, col: 3 }), 'down', false, bounds, [{ top: 8, left: 3, bottom: 9, right: 4 }])).toEqual(single({ row: 8, col: 3 }));
  });

  it('extends the range with Shift, keeping the active cell; an arrow without Shift collapses it', () => {
    let s = single({ row: 2, col: 2 });
    s = move(s, 'down', true, bounds);
    s = move(s, 'right', true, bounds);
    expect(s).toEqual({ anchor: { row: 2, col: 2 }, focus: { row: 3, col: 3 } });
    expect(rangeOf(s)).toEqual({ top: 2, left: 2, bottom: 3, right: 3 });
    s = move(move(move(s, 'up', true, bounds), 'up', true, bounds), 'left', true, bounds);
    expect(rangeOf(s)).toEqual({ top: 1, left: 2, bottom: 2, right: 2 });
    expect(move(s, 'down', false, bounds)).toEqual(single({ row: 3, col: 2 }));
  });

  it('lists a range’s cells row by row and tells what it contains', () => {
    const r = rangeOf({ anchor: { row: 1, col: 1 }, focus: { row: 0, col: 2 } });
    expect(cellsOf(r)).toEqual([
      { row: 0, col: 1 },
      { row: 0, col: 2 },
      { row: 1, col: 1 },
      { row: 1, col: 2 },
    ]);
    expect(contains(r, { row: 1, col: 2 })).toBe(true);
    expect(contains(r, { row: 2, col: 2 })).toBe(false);
    expect(contains(r, { row: 0, col: 0 })).toBe(false);
  });

  it('clamps a cell into the grid', () => {
    expect(clampCell({ row: -1, col: 7 }, bounds)).toEqual({ row: 0, col: 4 });
    expect(clampCell({ row: 3, col: 3 }, bounds)).toEqual({ row: 3, col: 3 });
  });
});

describe('the range a selection covers', () => {
  const title = { top: 0, left: 0, bottom: 0, right: 7 };
  const header = { top: 2, left: 2, bottom: 3, right: 2 };

  it('takes in whole every merged area it touches, as Excel selects', () => {
    // From B2 down onto the title's row: the whole title A1:H1 (and B2's column down to row 2).
    expect(selectedRange({ anchor: { row: 1, col: 1 }, focus: { row: 0, col: 1 } }, [title, header])).toEqual({ top: 0, left: 0, bottom: 1, right: 7 });
    // Shift+Down from C3 (the top of C3:C4) is C3:C4 and the row below.
    expect(selectedRange({ anchor: { row: 2, col: 2 }, focus: { row: 4, col: 2 } }, [title, header])).toEqual({ top: 2, left: 2, bottom: 4, right: 2 });
    // Touching C4 alone from D4 takes C3 too.
    expect(selectedRange({ anchor: { row: 3, col: 3 }, focus: { row: 3, col: 2 } }, [title, header])).toEqual({ top: 2, left: 2, bottom: 3, right: 3 });
  });

  it('grows again when the wider range touches another area', () => {
    const a = { top: 0, left: 0, bottom: 1, right: 0 };
    const b = { top: 1, left: 1, bottom: 2, right: 1 };
    const c = { top: 2, left: 0, bottom: 3, right: 0 };
    // A1:B1 touches A1:A2; that touches B2:B3; that touches A3:A4, which the first range did not.
    expect(widened({ top: 0, left: 0, bottom: 0, right: 1 }, [c, b, a])).toEqual({ top: 0, left: 0, bottom: 3, right: 1 });
  });

  it('is the plain range where no area touches it', () => {
    expect(selectedRange({ anchor: { row: 5, col: 5 }, focus: { row: 6, col: 4 } }, [title, header])).toEqual({ top: 5, left: 4, bottom: 6, right: 5 });
  });
});

describe('where a paste goes', () => {
  it('a copied block goes from the range’s top left, as many rows and columns as were copied', () => {
    const s = { anchor: { row: 5, col: 3 }, focus: { row: 4, col: 3 } };
    expect(pasteTargets(s, [['1', '2'], ['3']])).toEqual([
      { row: 4, col: 3, text: '1' },
      { row: 4, col: 4, text: '2' },
      { row: 5, col: 3, text: '3' },
      // A short row is padded: the copied block is a rectangle.
      { row: 5, col: 4, text: '' },
    ]);
  });

  it('one copied cell fills the whole selected range, as Excel does', () => {
    const s = { anchor: { row: 0, col: 0 }, focus: { row: 1, col: 1 } };
    expect(pasteTargets(s, [['7']]).map((t) => `${t.row},${t.col}=${t.text}`)).toEqual(['0,0=7', '0,1=7', '1,0=7', '1,1=7']);
  });

  it('one copied cell fills a merged area in the range once, at its first cell (the cells it covers hold nothing)', () => {
    const s = { anchor: { row: 0, col: 0 }, focus: { row: 1, col: 2 } };
    const areas = [{ top: 0, left: 1, bottom: 1, right: 2 }];
    expect(pasteTargets(s, [['7']], areas).map((t) => `${t.row},${t.col}=${t.text}`)).toEqual(['0,0=7', '0,1=7', '1,0=7']);
  });

  it('nothing copied, nothing pasted', () => {
    expect(pasteTargets(single({ row: 0, col: 0 }), [])).toEqual([]);
  });

  it('selects what a paste or an undo wrote, top left to bottom right, however many cells (200 × 1,000 overflowed the stack)', () => {
    expect(spanning([])).toBeUndefined();
    expect(spanning([{ row: 4, col: 1 }, { row: 2, col: 3 }, { row: 3, col: 0 }])).toEqual({ anchor: { row: 2, col: 0 }, focus: { row: 4, col: 3 } });
    const block = cellsOf({ top: 5, left: 2, bottom: 1_004, right: 201 });
    expect(block).toHaveLength(200_000);
    expect(spanning(block)).toEqual({ anchor: { row: 5, col: 2 }, focus: { row: 1_004, col: 201 } });
  });
});

