/** Where a table sits in its sheet, and what every reader returns. */
import { cellAt, cellText, isBlank, SheetGrid } from '../../grid/cell';
import { normalizeText } from '../../grid/normalize';
import type { Problem } from '../problems';

export interface TableLocation {
  readonly titleRow: number;
  readonly titleCol: number;
  /** First row after the table's region: the next title in the sheet, or the sheet's end. */
  readonly endRow: number;
}

export interface ReadResult<T> {
  readonly model?: T;
  readonly problems: readonly Problem[];
}

/** `注：本表反映…`, `说明：…` in the first filled cell of the row end a table's data. */
export function isFootnoteRow(sheet: SheetGrid, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const v = cellAt(sheet, row, c);
    if (isBlank(v)) continue;
    const t = normalizeText(cellText(v));
    return /^(注|说明|备注)(\d|:|:|[(（]|$)/.test(t) || /^注\d*[:：、.]/.test(t);
  }
  return false;
}
