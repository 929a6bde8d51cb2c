/**
 * What the sheet view draws (SheetView.tsx), and how a value reads in it: shared by the two sources of the view,
 * the ExcelJS workbook being edited (xlsxHost.ts) and, while ExcelJS is still loading, our own reader's grid with
 * the sheets' formats (gridView.ts). Both must draw a workbook alike; a test holds them to it.
 */
import type { CellValue, MergedArea } from '../engine/grid/cell';
import type { FlagLevel } from '../engine/plan/plan';
import type { AddinCell } from '../engine/edit/addinCells';
import { formatAmount } from '../engine/grid/money';
import { mayScale, shownNumber } from '../engine/grid/numberFormat';
import type { BorderEdge, CellBorder } from '../hosts/xlsx/appearance';

/** A cell's border as the view draws it, edge by edge: a CSS border of a width, a style and a `#RRGGBB` colour (`1px solid #000000`). */
export interface Borders {
  readonly left?: string;
  readonly right?: string;
  readonly top?: string;
  readonly bottom?: string;
}

export interface CellView {
  readonly text: string;
  readonly numeric: boolean;
  /** What the cell's editor starts with: the formula with its `=`, a number as stored, text as is. */
  readonly edit: string;
  /** A cell of the add-in's (engine/edit/addinCells.ts): its formula, a label of its sheet, generated text. */
  readonly addin?: AddinCell['kind'];
  /** The cell wraps its text (Excel's 自动换行): the view wraps it too, in the column's width. */
  readonly wrap?: boolean;
  /** Where the text sits in a tall row: Excel's default is the bottom. */
  readonly vertical?: 'top' | 'middle';
  /** Where the text sits across the cell, set by its style (a title centred over its table); else text left, numbers right. */
  readonly horizontal?: 'left' | 'center' | 'right';
  /** The cell's font is bold. */
  readonly bold?: true;
  /** The cell's solid fill, `#RRGGBB` (a header's grey). */
  readonly fill?: string;
  /** The cell's border (a merged area's first cell: the area's outer edges). */
  readonly border?: Borders;
  /** The font's size in pixels (its points at 96 dpi); else the view's own. */
  readonly size?: number;
  readonly italic?: true;
  readonly underline?: true;
  /** The font's colour, `#RRGGBB`. */
  readonly color?: string;
}

export interface SheetView {
  readonly name: string;
  readonly rows: readonly (readonly CellView[])[];
  /** `row,col` → the flag level on that cell. */
  readonly highlights: ReadonlyMap<string, FlagLevel>;
  readonly notes: ReadonlyMap<string, string>;
  /** Rows left out of the view (very large sheets). */
  readonly rowsLeftOut: number;
  /** The rows the sheet hides, not drawn (as Excel draws them): an accountant's zero rows hidden before printing. */
  readonly hiddenRows: ReadonlySet<number>;
  /** Each column's width in pixels as Excel draws it (0: hidden), undefined where the sheet's default serves. */
  readonly widths: readonly (number | undefined)[];
  /** The merged areas that start in the rows drawn, by their top row then left column: each drawn as one cell. */
  readonly merges: readonly MergedArea[];
  /** Each row's height in pixels as Excel draws it where the sheet gives one (a title's tall row), undefined for the default. */
  readonly heights: readonly (number | undefined)[];
}

/** Rows the view draws at most. */
export const MAX_ROWS = 1000;

/** Pixels of a column `chars` wide: Excel's 7-pixel digit per character and 5 pixels of padding. */
export const columnPixels = (chars: number) => Math.trunc(chars * 7 + 0.5) + 5;

/** Pixels of a row `points` high, at 96 dpi, whole as Excel draws rows. */
export const rowPixels = (points: number) => Math.round((points * 4) / 3);

/** Pixels of a font `points` in size, at 96 dpi. */
export const fontPixels = (points: number) => Math.round((points * 400) / 3) / 100;

/**
 * A value as the cell shows it under its number format (percentages, two decimals, thousands separators). A number
 * is the figure as shown (the grid's: a format that scales, `0!.0000`, has divided it already), with the digits its
 * format gives it.
 */
export function shownValue(v: CellValue, numFmt: string): { text: string; numeric: boolean } {
  if (v === null) return { text: '', numeric: false };
  if (typeof v === 'number') {
    const shown = mayScale(numFmt) ? shownNumber(numFmt, v) : undefined;
    if (shown && shown.divisor !== 1) return { text: formatAmount(v, { decimals: shown.decimals, separators: shown.grouping }), numeric: true };
    if (numFmt.includes('%')) return { text: `${(v * 100).toFixed(numFmt.includes('0.00') ? 2 : 0)}%`, numeric: true };
    if (numFmt.includes('0.00')) return { text: numFmt.includes('#,##') ? formatAmount(v) : v.toFixed(2), numeric: true };
    return { text: String(v), numeric: true };
  }
  if (typeof v === 'object') return { text: v.error, numeric: false };
  return { text: String(v), numeric: false };
}

/** Excel's horizontal alignments as the view draws them: `centerContinuous` (centre across the selection) centres too. */
const HORIZONTAL: Readonly<Record<string, CellView['horizontal']>> = { left: 'left', center: 'center', centerContinuous: 'center', right: 'right' };

/** What a cell's style says of how it looks, as both sources of the view read it. */
export interface StyleLook {
  readonly wrap: boolean | undefined;
  readonly vertical: string | undefined;
  readonly horizontal: string | undefined;
  readonly bold: boolean | undefined;
  /** `#RRGGBB`. */
  readonly fill: string | undefined;
  /** The font's size in points. */
  readonly size: number | undefined;
  readonly italic: boolean | undefined;
  readonly underline: boolean | undefined;
  /** The font's colour, `#RRGGBB`. */
  readonly color: string | undefined;
  readonly border: CellBorder | undefined;
}

const HEX = /^#[0-9A-F]{6}$/i;

/** Excel's border styles as CSS draws them: width in pixels and style (a dash-dot as a dash, a hair line as dots). */
const BORDER_STYLES: Readonly<Record<string, readonly [number, string]>> = {
  hair: [1, 'dotted'],
  dotted: [1, 'dotted'],
  dashed: [1, 'dashed'],
  dashDot: [1, 'dashed'],
  dashDotDot: [1, 'dashed'],
  thin: [1, 'solid'],
  mediumDashed: [2, 'dashed'],
  mediumDashDot: [2, 'dashed'],
  mediumDashDotDot: [2, 'dashed'],
  slantDashDot: [2, 'dashed'],
  medium: [2, 'solid'],
  thick: [3, 'solid'],
  double: [3, 'double'],
};

/** One edge as CSS: its width and style (an unknown style as thin), its colour or black (Excel's automatic). */
export function edgeCss(edge: BorderEdge): string {
  const [width, style] = BORDER_STYLES[edge.style] ?? [1, 'solid'];
  return `${width}px ${style} ${edge.color !== undefined && HEX.test(edge.color) ? edge.color.toUpperCase() : '#000000'}`;
}

/** A border's edges as CSS; undefined for none. */
export function bordersCss(border: CellBorder | undefined): Borders | undefined {
  if (!border) return undefined;
  const out: { -readonly [K in keyof Borders]: string } = {};
  for (const side of ['left', 'right', 'top', 'bottom'] as const) {
    const edge = border[side];
    if (edge && edge.style !== 'none') out[side] = edgeCss(edge);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The optional parts of a cell's view: the add-in's mark, wrapping, alignment, the font, a fill, the border. */
export function cellLook(
  addin: AddinCell | undefined,
  style: StyleLook,
): Pick<CellView, 'addin' | 'wrap' | 'vertical' | 'horizontal' | 'bold' | 'fill' | 'border' | 'size' | 'italic' | 'underline' | 'color'> {
  const across = style.horizontal === undefined ? undefined : HORIZONTAL[style.horizontal];
  const vertical = style.vertical;
  const border = bordersCss(style.border);
  const size = style.size;
  return {
    ...(addin ? { addin: addin.kind } : {}),
    ...(style.wrap ? { wrap: true } : {}),
    ...(vertical === 'top' || vertical === 'middle' ? { vertical } : {}),
    ...(across ? { horizontal: across } : {}),
    ...(style.bold ? { bold: true } : {}),
    ...(style.fill && HEX.test(style.fill) ? { fill: style.fill } : {}),
    ...(border ? { border } : {}),
    ...(size !== undefined && size > 0 && size <= 409 ? { size: fontPixels(size) } : {}),
    ...(style.italic ? { italic: true } : {}),
    ...(style.underline ? { underline: true } : {}),
    ...(style.color && HEX.test(style.color) ? { color: style.color.toUpperCase() } : {}),
  };
}

/**
 * The merged areas' first cells framed as Excel frames an area: by the outer edges of its cells (`borderAt` gives a
 * cell's border, the area's other cells' too), its top and left edges the first cell's, its right the top right
 * cell's, its bottom the bottom left cell's.
 */
export function frameAreas(rows: CellView[][], merges: readonly MergedArea[], borderAt: (row: number, col: number) => Borders | undefined): void {
  for (const m of merges) {
    const first = rows[m.top]?.[m.left];
    if (!first || first === MERGED) continue;
    const own = borderAt(m.top, m.left);
    const frame: Borders = {
      ...(own?.top ? { top: own.top } : {}),
      ...(own?.left ? { left: own.left } : {}),
      ...(borderAt(m.top, m.right)?.right ? { right: borderAt(m.top, m.right)!.right } : {}),
      ...(borderAt(m.bottom, m.left)?.bottom ? { bottom: borderAt(m.bottom, m.left)!.bottom } : {}),
    };
    const { border: _drop, ...rest } = first;
    void _drop;
    rows[m.top]![m.left] = Object.keys(frame).length > 0 ? { ...rest, border: frame } : rest;
  }
}

/** Rank of a CSS edge where two cells meet: the wider, then double over solid over dashed over dotted, as CSS and Excel resolve them. */
function weight(css: string): number {
  const [width, style] = css.split(' ');
  return parseFloat(width ?? '0') * 10 + ({ double: 4, solid: 3, dashed: 2, dotted: 1 }[style ?? ''] ?? 0);
}

/** The heavier of two edges meeting (the first on a tie); undefined where neither is set. */
export function heavier(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return weight(b) > weight(a) ? b : a;
}

/** An edge of a cell's box as drawn: a CSS border, `none` (its neighbour draws the edge) or undefined (the grid's line). */
export interface DrawnEdges {
  readonly borderLeft?: string;
  readonly borderTop?: string;
  readonly borderRight?: string;
  readonly borderBottom?: string;
}

/** A cell inside a merged area, other than its first: drawn by its area's first cell, which spans it (drawnWhole). */
export const MERGED: CellView = { text: '', numeric: false, edit: '' };

/** The merged areas of `merges` starting in the first `height` rows, cut to them, ordered by top row then left column. */
export function drawnMerges(merges: readonly MergedArea[], height: number): MergedArea[] {
  return merges
    .filter((m) => m.top < height)
    .map((m) => (m.bottom < height ? m : { ...m, bottom: height - 1 }))
    .filter((m) => m.bottom > m.top || m.right > m.left)
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

type Layout = Pick<SheetView, 'merges' | 'hiddenRows' | 'widths'>;

/**
 * The edges the box of cell (row, col) draws (`last`: its merged area's bottom right cell, or itself), so that an edge two
 * cells share is drawn once, as Excel draws it whichever of the two sets it: its right and bottom edges, the heavier of
 * its own and its shown neighbour's; its left and top only at the first column and row shown (else its neighbour's).
 */
export function drawnEdges(view: Layout & Pick<SheetView, 'rows'>, row: number, col: number, last: { readonly row: number; readonly col: number }): DrawnEdges {
  const own = view.rows[row]?.[col]?.border;
  const borderOf = (r: number, c: number) => {
    // Only a cell a merged area covers is drawn by another (the search through the areas skipped for the rest).
    const cell = view.rows[r]?.[c];
    if (cell !== MERGED) return cell?.border;
    const at = drawnAt(view, r, c);
    return view.rows[at.row]?.[at.col]?.border;
  };
  let right = last.col + 1;
  while (view.widths[right] === 0) right++;
  let below = last.row + 1;
  while (view.hiddenRows.has(below)) below++;
  let firstCol = 0;
  while (firstCol < col && view.widths[firstCol] === 0) firstCol++;
  let firstRow = 0;
  while (firstRow < row && view.hiddenRows.has(firstRow)) firstRow++;
  const edgeRight = heavier(own?.right, borderOf(row, right)?.left);
  const edgeBottom = heavier(own?.bottom, borderOf(below, col)?.top);
  const edgeLeft = col === firstCol ? own?.left : 'none';
  const edgeTop = row === firstRow ? own?.top : 'none';
  return {
    ...(edgeLeft ? { borderLeft: edgeLeft } : {}),
    ...(edgeTop ? { borderTop: edgeTop } : {}),
    ...(edgeRight ? { borderRight: edgeRight } : {}),
    ...(edgeBottom ? { borderBottom: edgeBottom } : {}),
  };
}

/**
 * Whether a merged area is drawn as one cell: not where its first row or column is hidden, whose cell is not drawn
 * at all (the area's other cells, had they no cell either, would leave their rows short and shift what follows them);
 * such an area's cells are drawn one by one, empty but the first, as before merges were drawn.
 */
export function drawnWhole(view: Pick<SheetView, 'hiddenRows' | 'widths'>, m: MergedArea): boolean {
  return !view.hiddenRows.has(m.top) && view.widths[m.left] !== 0;
}

/** The merged area drawn as one cell that holds cell (row, col), if any. */
export function mergeOf(view: Layout, row: number, col: number): MergedArea | undefined {
  return view.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && drawnWhole(view, m));
}

/** The cell that draws (row, col): the first cell of its merged area, or itself. */
export function drawnAt(view: Layout, row: number, col: number): { readonly row: number; readonly col: number } {
  const m = mergeOf(view, row, col);
  return m ? { row: m.top, col: m.left } : { row, col };
}

/**
 * The rows and columns a merged area's first cell spans as the table draws it: only those shown (a hidden row or column
 * is no part of the table's layout, and a span counting it would push the cells after it out of their columns).
 */
export function drawnSpan(view: Pick<SheetView, 'hiddenRows' | 'widths'>, m: MergedArea): { readonly rows: number; readonly cols: number } {
  let rows = 0;
  for (let r = m.top; r <= m.bottom; r++) if (!view.hiddenRows.has(r)) rows++;
  let cols = 0;
  for (let c = m.left; c <= m.right; c++) if (view.widths[c] !== 0) cols++;
  return { rows: Math.max(rows, 1), cols: Math.max(cols, 1) };
}
