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
}

/** Rows the view draws at most. */
export const MAX_ROWS = 1000;

/** Pixels of a column `chars` wide: Excel's 7-pixel digit per character and 5 pixels of padding. */
export const columnPixels = (chars: number) => Math.trunc(chars * 7 + 0.5) + 5;

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
}

/** The optional parts of a cell's view: the add-in's mark, wrapping, alignment, a bold font, a fill. */
export function cellLook(addin: AddinCell | undefined, style: StyleLook): Pick<CellView, 'addin' | 'wrap' | 'vertical' | 'horizontal' | 'bold' | 'fill'> {
  const across = style.horizontal === undefined ? undefined : HORIZONTAL[style.horizontal];
  const vertical = style.vertical;
  return {
    ...(addin ? { addin: addin.kind } : {}),
    ...(style.wrap ? { wrap: true } : {}),
    ...(vertical === 'top' || vertical === 'middle' ? { vertical } : {}),
    ...(across ? { horizontal: across } : {}),
    ...(style.bold ? { bold: true } : {}),
    ...(style.fill ? { fill: style.fill } : {}),
  };
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
