/**
 * The grid's selection as a spreadsheet keeps it: an active cell (where typing goes) and the other corner of a
 * range (Shift with an arrow or a click extends it). Pure functions over 0-based cells, bounded by the grid.
 */

export interface Cell {
  readonly row: number;
  readonly col: number;
}

export interface Selection {
  /** The active cell. */
  readonly anchor: Cell;
  /** The other corner of the range (the anchor itself for a single cell). */
  readonly focus: Cell;
}

export interface Bounds {
  readonly rows: number;
  readonly cols: number;
}

export interface Range {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export const single = (cell: Cell): Selection => ({ anchor: cell, focus: cell });

export function rangeOf(s: Selection): Range {
  return {
    top: Math.min(s.anchor.row, s.focus.row),
    left: Math.min(s.anchor.col, s.focus.col),
    bottom: Math.max(s.anchor.row, s.focus.row),
    right: Math.max(s.anchor.col, s.focus.col),
  };
}

const clamp = (v: number, max: number) => Math.max(0, Math.min(v, max - 1));

export function clampCell(cell: Cell, bounds: Bounds): Cell {
  return { row: clamp(cell.row, bounds.rows), col: clamp(cell.col, bounds.cols) };
}

export type Direction = 'up' | 'down' | 'left' | 'right';

const STEP: Readonly<Record<Direction, Cell>> = { up: { row: -1, col: 0 }, down: { row: 1, col: 0 }, left: { row: 0, col: -1 }, right: { row: 0, col: 1 } };

/** The edge of `area` an arrow leaves it by: its last row going down, its first column going left … */
function edgeOf(area: Range, from: Cell, direction: Direction): Cell {
  switch (direction) {
    case 'up':
      return { row: area.top, col: from.col };
    case 'down':
      return { row: area.bottom, col: from.col };
    case 'left':
      return { row: from.row, col: area.left };
    case 'right':
      return { row: from.row, col: area.right };
  }
}

/**
 * An arrow key: moves the active cell, or with Shift the range's other corner. From inside a merged area (`areas`, drawn
 * as one cell) it moves off the area's edge, as Excel does, rather than onto the area's next cell, which is still it;
 * onto an area, the active cell is the area's first cell, whose value and address the cell shows.
 */
export function move(s: Selection, direction: Direction, extend: boolean, bounds: Bounds, areas: readonly Range[] = []): Selection {
  const at = extend ? s.focus : s.anchor;
  const area = areas.find((a) => contains(a, at));
  const from = area ? edgeOf(area, at, direction) : at;
  const to = clampCell({ row: from.row + STEP[direction].row, col: from.col + STEP[direction].col }, bounds);
  if (extend) return { anchor: s.anchor, focus: to };
  const onto = areas.find((a) => contains(a, to));
  return single(onto ? { row: onto.top, col: onto.left } : to);
}

/**
 * The selection from the top-left to the bottom-right of `cells` (what a paste or an undo wrote), or undefined for
 * none. A loop, not Math.min(...rows): a paste of 200 columns by 1,000 rows overflows the stack as arguments.
 */
export function spanning(cells: readonly Cell[]): Selection | undefined {
  if (cells.length === 0) return undefined;
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const c of cells) {
    top = Math.min(top, c.row);
    left = Math.min(left, c.col);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  return { anchor: { row: top, col: left }, focus: { row: bottom, col: right } };
}

/** Whether two ranges share a cell. */
function overlaps(a: Range, b: Range): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * The range grown to take in whole every merged area it touches, as Excel selects: a range never holds part of an
 * area (a Shift+arrow onto a merged title takes the title whole). Grown until no area sticks out, since a wider range
 * may touch another area.
 */
export function widened(r: Range, areas: readonly Range[]): Range {
  let out = r;
  for (let grew = true; grew; ) {
    grew = false;
    for (const a of areas) {
      if (!overlaps(out, a) || (a.top >= out.top && a.bottom <= out.bottom && a.left >= out.left && a.right <= out.right)) continue;
      out = { top: Math.min(out.top, a.top), left: Math.min(out.left, a.left), bottom: Math.max(out.bottom, a.bottom), right: Math.max(out.right, a.right) };
      grew = true;
    }
  }
  return out;
}

/** The range a selection covers, merged areas taken in whole (`widened`). */
export function selectedRange(s: Selection, areas: readonly Range[] = []): Range {
  return widened(rangeOf(s), areas);
}

/** Whether `cell` is a cell a merged area covers other than its first (it holds nothing of its own). */
function coveredBy(areas: readonly Range[], cell: Cell): boolean {
  return areas.some((a) => contains(a, cell) && (cell.row !== a.top || cell.col !== a.left));
}

export function contains(r: Range, cell: Cell): boolean {
  return cell.row >= r.top && cell.row <= r.bottom && cell.col >= r.left && cell.col <= r.right;
}

/** Every cell of a range, row by row. */
export function cellsOf(r: Range): Cell[] {
  const out: Cell[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  return out;
}

/**
 * Where a pasted block goes: from the active cell (or the range's top left), as many rows and columns as were
 * copied; a single copied cell fills the whole selected range, as Excel does, a merged area in it as one cell (its
 * first: the cells it covers hold nothing of their own, and each written would be the area written again).
 */
export function pasteTargets(s: Selection, block: readonly (readonly string[])[], areas: readonly Range[] = []): { row: number; col: number; text: string }[] {
  const r = selectedRange(s, areas);
  const height = block.length;
  const width = Math.max(0, ...block.map((line) => line.length));
  if (height === 1 && width === 1) return cellsOf(r).flatMap((c) => (coveredBy(areas, c) ? [] : [{ ...c, text: block[0]![0]! }]));
  const out: { row: number; col: number; text: string }[] = [];
  block.forEach((line, i) => {
    for (let j = 0; j < width; j++) out.push({ row: r.top + i, col: r.left + j, text: line[j] ?? '' });
  });
  return out;
}
