/**
 * The sheet view drawn from our own reader: the grid's values and formulas (readXlsx) with the sheets' formats,
 * notes and highlights (readAppearance), exactly as xlsxHost.ts draws the ExcelJS workbook. The web page shows
 * this while ExcelJS loads, so the pane and the sheets appear at the speed of our reader.
 *
 * A chunk of its own, requested as the page starts beside the sample's bytes. The add-in's cells, which the view
 * shades, are known only through much of the engine (engine/edit/addinCells.ts): the page draws the sheets
 * without them first and shades them once that chunk is in, rather than wait for it.
 */
import type { SheetGrid, WorkbookGrid } from '../engine/grid/cell';
import { cellAt, displayDivisorAt, isCellError } from '../engine/grid/cell';
import { editText } from '../engine/edit/typed';
import type { AddinCells } from '../engine/edit/addinCells';
import { readAppearance, SheetAppearance } from '../hosts/xlsx/appearance';
import { corrupt, openXlsxOnce, readXlsx, XlsxReadError } from '../hosts/xlsx/file';
import { bordersCss, CellView, cellLook, columnPixels, drawnMerges, frameAreas, MAX_ROWS, MERGED, rowPixels, shownValue, SheetView } from './view';

/** `row * 16384 + col` of the cells inside merged areas other than their first. */
function mergedAway(sheet: SheetGrid): Set<number> {
  const out = new Set<number>();
  for (const m of sheet.merges ?? []) {
    for (let r = m.top; r <= Math.min(m.bottom, MAX_ROWS - 1); r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) out.add(r * 16384 + c);
  }
  return out;
}

/** No cell known to be the add-in's (yet). */
const NONE: Pick<AddinCells, 'at'> = { at: () => undefined };

function cellView(sheet: SheetGrid, look: SheetAppearance, cells: Pick<AddinCells, 'at'>, row: number, col: number): CellView {
  const value = cellAt(sheet, row, col);
  const format = look.formatAt(row, col);
  // The editor starts with what the cell stores, as Excel's formula bar: 元 where the format shows 万元.
  const divisor = typeof value === 'number' ? displayDivisorAt(sheet, row, col) : 1;
  const stored = divisor === 1 ? value : Number(((value as number) * divisor).toPrecision(15));
  const edit = editText(isCellError(stored) ? stored.error : stored, sheet.formulas?.[row]?.[col] ?? null);
  return { ...shownValue(value, format.numFmt), edit, ...cellLook(cells.at(sheet.name, row, col), format) };
}

function sheetView(sheet: SheetGrid, look: SheetAppearance, cells: Pick<AddinCells, 'at'>): SheetView {
  const merged = mergedAway(sheet);
  const height = Math.min(look.rowCount, MAX_ROWS);
  const width = look.columnCount;
  const rows = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => (merged.has(r * 16384 + c) ? MERGED : cellView(sheet, look, cells, r, c))));
  const widths = Array.from({ length: width }, (_, c) => {
    const chars = look.columnWidth(c);
    return chars === 0 ? 0 : chars ? columnPixels(chars) : undefined;
  });
  const hiddenRows = new Set((sheet.hiddenRows ?? []).filter((r) => r < height));
  const merges = drawnMerges(sheet.merges ?? [], height);
  frameAreas(rows, merges, (r, c) => bordersCss(look.formatAt(r, c).border));
  const heights = Array.from({ length: height }, (_, r) => {
    const points = look.rowHeight(r);
    return points === undefined ? undefined : rowPixels(points);
  });
  return { name: sheet.name, rows, highlights: look.flags, notes: look.notes, rowsLeftOut: Math.max(0, look.rowCount - MAX_ROWS), hiddenRows, widths, merges, heights };
}

/** The visible sheets' views, in the workbook's order; the add-in's cells shaded where they are given. */
export function gridViews(grid: WorkbookGrid, appearance: readonly SheetAppearance[], cells: Pick<AddinCells, 'at'> = NONE): SheetView[] {
  const looks = new Map(appearance.map((a) => [a.name, a]));
  return grid.sheets.flatMap((sheet) => {
    const look = looks.get(sheet.name);
    return look && (sheet.state ?? 'visible') === 'visible' ? [sheetView(sheet, look, cells)] : [];
  });
}

/**
 * What our reader gives of an .xlsx: the grid at once (the pane needs nothing more to list the recognised tables),
 * and the sheets' looks read from the same package on first call, once the pane is on screen (reading them and
 * drawing every cell first held the pane back ≈50 ms on a first visit in Chromium).
 */
export interface ReadView {
  readonly grid: WorkbookGrid;
  readonly looks: () => Promise<readonly SheetAppearance[]>;
}

/** An .xlsx read with our own reader (XlsxReadError when it is not a readable .xlsx; for its looks, when called). */
export async function readView(data: Uint8Array): Promise<ReadView> {
  const pkg = await openXlsxOnce(data);
  const grid = await readXlsx(data, pkg);
  let looks: Promise<readonly SheetAppearance[]> | undefined;
  return {
    grid,
    looks: () =>
      (looks ??= readAppearance(data, MAX_ROWS, pkg).catch((e: unknown) => {
        throw e instanceof XlsxReadError ? e : corrupt(e);
      })),
  };
}
