/**
 * Text rules match the normalised text of a cell (half-width punctuation, no spaces: textScan.ts); a finding that
 * quotes what it found quotes it as the cell writes it — `【请填写：收入总计上年数（万元）】`, not its normalised
 * `【请填写:收入总计上年数(万元)】` — so that the accountant's Ctrl+F in Excel finds it.
 */
import { cellAt, cellText } from '../../grid/cell';
import type { WorkbookGrid } from '../../grid/cell';
import type { CellRef } from '../../grid/address';
import { normalizeText } from '../../grid/normalize';

/** The part of the cell's own text that normalises to `found`; `found` itself when it cannot be told. */
export function asWritten(grid: WorkbookGrid, cell: CellRef, found: string): string {
  const sheet = grid.sheets.find((s) => s.name === cell.sheet);
  if (!sheet) return found;
  const original = cellText(cellAt(sheet, cell.row, cell.col));
  // Normalise character by character, remembering where each normalised character came from.
  let joined = '';
  const from: number[] = [];
  const chars = [...original];
  let offset = 0;
  for (const ch of chars) {
    const n = normalizeText(ch);
    for (let k = 0; k < n.length; k++) from.push(offset);
    joined += n;
    offset += ch.length;
  }
  const at = joined.indexOf(found);
  if (at < 0 || joined !== normalizeText(original)) return found;
  const start = from[at]!;
  const lastFrom = from[at + found.length - 1]!;
  const end = lastFrom + (original.codePointAt(lastFrom)! > 0xffff ? 2 : 1);
  return original.slice(start, end);
}
