/**
 * A merged area in the web page's sheet view (web/view.ts): drawn as one cell spanning the rows and columns shown, a
 * cell inside it found through the area's first cell; an area whose first row or column is hidden drawn cell by cell.
 */
import type { CellView, StyleLook } from '../../src/web/view';
import { bordersCss, cellLook, drawnAt, drawnEdges, drawnMerges, drawnSpan, drawnWhole, edgeCss, fontPixels, frameAreas, heavier, MERGED, rowPixels } from '../../src/web/view';

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

const NO_STYLE: StyleLook = { wrap: undefined, vertical: undefined, horizontal: undefined, bold: undefined, fill: undefined, size: undefined, italic: undefined, underline: undefined, color: undefined, border: undefined };
const thin = '1px solid #000000';
const cell = (border?: CellView['border']): CellView => ({ text: '', numeric: false, edit: '', ...(border ? { border } : {}) });

describe('a cell\'s border, font and row height in the sheet view', () => {
  it('draws each of Excel\'s border styles as a CSS border of its weight, in its colour or black', () => {
    const css = (style: string, color?: string) => edgeCss({ style, color });
    expect(['thin', 'hair', 'dotted', 'dashed', 'dashDot', 'medium', 'mediumDashed', 'slantDashDot', 'thick', 'double'].map((s) => css(s))).toEqual([
      thin,
      '1px dotted #000000',
      '1px dotted #000000',
      '1px dashed #000000',
      '1px dashed #000000',
      '2px solid #000000',
      '2px dashed #000000',
      '2px dashed #000000',
      '3px solid #000000',
      '3px double #000000',
    ]);
    expect(css('thin', '#ff0000')).toBe('1px solid #FF0000');
    // Never anything but a colour into the style: a colour not `#RRGGBB` is black; a style unknown is thin.
    expect(css('thin', 'red;background:url(x)')).toBe(thin);
    expect(css('wavy')).toBe(thin);
    expect(bordersCss({ left: { style: 'thin', color: undefined }, bottom: { style: 'none', color: undefined } })).toEqual({ left: thin });
    expect(bordersCss({ right: { style: 'none', color: undefined } })).toBeUndefined();
    expect(bordersCss(undefined)).toBeUndefined();
  });

  it('gives the font\'s size in pixels at 96 dpi, italic, underline and a colour only as #RRGGBB', () => {
    expect(cellLook(undefined, { ...NO_STYLE, size: 16, italic: true, underline: true, color: '#c00000', border: { top: { style: 'medium', color: undefined } } })).toEqual({
      size: 21.33,
      italic: true,
      underline: true,
      color: '#C00000',
      border: { top: '2px solid #000000' },
    });
    expect(cellLook(undefined, { ...NO_STYLE, size: 10, color: 'expression(alert(1))', fill: 'url(x)' })).toEqual({ size: 13.33 });
    expect(cellLook(undefined, NO_STYLE)).toEqual({});
    expect(fontPixels(12)).toBe(16);
    expect(rowPixels(15)).toBe(20);
    expect(rowPixels(22.5)).toBe(30);
  });

  it('frames a merged area by the outer edges of its cells', () => {
    const rows = [
      [cell({ top: thin, left: thin, right: thin, bottom: thin }), MERGED],
      [MERGED, MERGED],
    ];
    const borders: Record<string, CellView['border']> = { '0,0': { top: '2px solid #000000', left: thin }, '0,1': { right: '3px double #000000' }, '1,0': { bottom: '3px solid #000000' } };
    frameAreas(rows, [{ top: 0, left: 0, bottom: 1, right: 1 }], (r, c) => borders[`${r},${c}`]);
    expect(rows[0]![0]!.border).toEqual({ top: '2px solid #000000', left: thin, right: '3px double #000000', bottom: '3px solid #000000' });
    const bare = [[cell({ top: thin }), MERGED]];
    frameAreas(bare, [{ top: 0, left: 0, bottom: 0, right: 1 }], () => undefined);
    expect(bare[0]![0]!.border).toBeUndefined();
  });

  it('draws an edge two cells share once, the heavier of the two, by the cell left of or above it', () => {
    expect(heavier(thin, '2px solid #FF0000')).toBe('2px solid #FF0000');
    expect(heavier('3px double #000000', '3px solid #000000')).toBe('3px double #000000');
    expect(heavier(thin, '1px solid #FF0000')).toBe(thin);
    expect(heavier(undefined, thin)).toBe(thin);
    expect(heavier(undefined, undefined)).toBeUndefined();
    // B1 has a left border only, A2 a top one: A1 draws them as its right and bottom edges; B1 and A2 draw none there.
    const view = { ...layout([]), rows: [[cell(), cell({ left: '2px solid #000000' }), cell()], [cell({ top: thin }), cell(), cell()]] };
    expect(drawnEdges(view, 0, 0, { row: 0, col: 0 })).toEqual({ borderRight: '2px solid #000000', borderBottom: thin });
    expect(drawnEdges(view, 0, 1, { row: 0, col: 1 })).toEqual({ borderLeft: 'none' });
    expect(drawnEdges(view, 1, 0, { row: 1, col: 0 })).toEqual({ borderTop: 'none' });
    // Nothing set: the grid's own line.
    expect(drawnEdges(view, 1, 2, { row: 1, col: 2 })).toEqual({ borderLeft: 'none', borderTop: 'none' });
    // The first column and row draw their own left and top.
    expect(drawnEdges({ ...view, rows: [[cell({ left: thin, top: thin })]] }, 0, 0, { row: 0, col: 0 })).toEqual({ borderLeft: thin, borderTop: thin });
  });

  it('meets the neighbour shown across a hidden column, and a merged area by its frame', () => {
    const hidden = { ...layout([], [], [undefined, 0]), rows: [[cell(), cell(), cell({ left: thin })]] };
    expect(drawnEdges(hidden, 0, 0, { row: 0, col: 0 })).toEqual({ borderRight: thin });
    // C2 lies in the area B1:C2, framed on its left: A2's right meets the area's left.
    const merged = { ...layout([{ top: 0, left: 1, bottom: 1, right: 2 }]), rows: [[cell(), cell({ left: '2px solid #000000' }), MERGED], [cell(), MERGED, MERGED]] };
    expect(drawnEdges(merged, 1, 0, { row: 1, col: 0 })).toEqual({ borderTop: 'none', borderRight: '2px solid #000000' });
  });
});
