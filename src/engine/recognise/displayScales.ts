/**
 * Figures a number format shows scaled (元 kept in the cells, 万元 shown by `0!.0000`; grid/numberFormat.ts). The
 * hosts read them as shown, which is what the published table prints; this says so once per format, and tells a
 * formula that takes such a cell (the 说明数据's) what to divide by.
 */
import { displayDivisorIn } from '../grid/cell';
import type { DisplayScale, WorkbookGrid } from '../grid/cell';
import type { CellRef, RangeRef } from '../grid/address';
import { formatAmount } from '../grid/money';
import { place, Problem, problemAt } from '../tables/problems';

/** The scaled figures of one sheet. */
export interface SheetDisplayScales {
  readonly sheet: string;
  readonly scales: readonly DisplayScale[];
}

/** The workbook's scaled figures by sheet (sheets without any left out). */
export function displayScalesOf(workbook: WorkbookGrid): SheetDisplayScales[] {
  return workbook.sheets.flatMap((s) => (s.displayScales && s.displayScales.length > 0 ? [{ sheet: s.name, scales: s.displayScales }] : []));
}

/** What the figure at `ref` was divided by to read it as shown (1 for nearly every cell): its sheet's list asked. */
export function displayDivisorOf(scales: readonly SheetDisplayScales[] | undefined, ref: CellRef): number {
  const own = scales?.find((s) => s.sheet === ref.sheet);
  return own ? displayDivisorIn(own, own.scales, ref.row, ref.col) : 1;
}

/** A table (or 自评表) read: where it lies and its title, for the notice. */
export interface ReadTable {
  readonly title: string;
  readonly range: RangeRef;
}

const within = (range: RangeRef, sheet: string, row: number, col: number) =>
  range.sheet === sheet && row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;

/**
 * One notice a format that scales figures of the tables read: which tables, how many cells, the first of them, and
 * that the figures were read as shown. Without it an accountant who sums such a cell elsewhere (in 元) would not
 * know why the add-in's figures are ten thousand times smaller; a format outside the tables says nothing.
 */
export function displayScaleNotices(scales: readonly SheetDisplayScales[], tables: readonly ReadTable[]): Problem[] {
  const byFormat = new Map<string, { format: string; divisor: number; first: CellRef; count: number; titles: Set<string> }>();
  for (const { sheet, scales: groups } of scales) {
    for (const d of groups) {
      for (const [row, col] of d.cells) {
        const table = tables.find((t) => within(t.range, sheet, row, col));
        if (!table) continue;
        const key = `${d.divisor} ${d.format}`;
        let seen = byFormat.get(key);
        if (!seen) byFormat.set(key, (seen = { format: d.format, divisor: d.divisor, first: { sheet, row, col }, count: 0, titles: new Set() }));
        seen.count++;
        seen.titles.add(table.title);
      }
    }
  }
  return [...byFormat.values()].map((s) => {
    const titles = [...s.titles].map((t) => `《${t}》`).join('');
    // The cells may lie on several sheets: the first is named as an example, not as where they all are.
    const cells = s.count > 1 ? `中 ${s.count} 个单元格（如${place(s.first)}）` : `的${place(s.first)}`;
    const divisor = formatAmount(s.divisor, { decimals: 0 });
    return problemAt(
      'shown-scaled',
      s.first,
      `${titles}${cells}的数字格式“${s.format}”把存入的数缩小 ${divisor} 倍显示（如存入元、显示万元）：已按显示的数读取和核对，与打印、公开的表一致；说明数据中引用这些单元格的公式也除以 ${divisor}。`,
    );
  });
}
