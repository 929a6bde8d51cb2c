/** The sample with table 05 printing one more column beside its 决算 (a province's 上年决算数, 年初预算数 …). */
import { sample } from './ruleTester';
import type { CellValue, WorkbookGrid } from '../../src/engine/grid/cell';

export const T5 = '一般公共预算财政拨款支出决算表';

/**
 * The sample with table 05 printing a column after its 项目支出 (F): `label` over it (the header's first row), and in each
 * subject's row the figure `figures` gives its code (the 合计 row's under 'total'); none where it gives none.
 */
export function withTable05Column(label: string, figures: Readonly<Record<string, number>>): WorkbookGrid {
  const grid = sample();
  const rows = grid.sheets.find((s) => s.name === T5)!.rows as CellValue[][];
  rows[2]![5] = label;
  rows[4]![5] = 4;
  for (let r = 5; r < rows.length; r++) {
    const row = rows[r]!;
    const key = typeof row[0] === 'string' && /^\d+$/.test(row[0]) ? row[0] : row[1] === '合计' ? 'total' : undefined;
    if (key !== undefined && figures[key] !== undefined) row[5] = figures[key]!;
  }
  return grid;
}
