/**
 * Whether a workbook's tables in 元 print 分 (6,452,305.96) or are rounded to whole 元: a relation of figures kept to
 * the 分 tolerates half a 分 a figure, not half a 元 (audit/tolerance.ts). Told from the figures of all its 元 tables
 * together, as one program wrote them: at least half of those other than 0 have 分. A set rounded to whole 元 has none
 * but a mistyped one (14,882,900.30: a 尾差 there); a set kept to the 分 has them nearly everywhere, its 三公 table's
 * round budgets (300,000.00) included.
 * `exponent`: tables in 元 read `exponent` powers of ten too large (元 read as 万元: 4), whatever unit they are read in.
 */
import { exactFen } from './model';
import type { TableModel } from './model';

export function printCents(tables: readonly TableModel[], exponent = 0): boolean {
  let amounts = 0;
  let withCents = 0;
  for (const table of tables) {
    if (exponent === 0 && table.unit !== '元') continue;
    for (const row of table.rows) {
      for (const column of table.columns) {
        const read = exactFen(row, column.key);
        if (typeof read !== 'number' || read === 0) continue;
        const fen = exponent === 0 ? read : read / 10 ** exponent;
        amounts++;
        if (fen % 100 !== 0) withCents++;
      }
    }
  }
  return withCents > 0 && withCents * 2 >= amounts;
}
