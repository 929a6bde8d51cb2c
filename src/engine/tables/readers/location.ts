/** Where a table sits in its sheet, and what every reader returns. */
import { cellAt, cellText, isBlank, SheetGrid } from '../../grid/cell';
import { normalizeText } from '../../grid/normalize';
import type { Problem } from '../problems';

export interface TableLocation {
  readonly titleRow: number;
  readonly titleCol: number;
  /** First row after the table's region: the next title in the sheet, or the sheet's end. */
  readonly endRow: number;
  /** The title rows of the table's continuations within the region (`收入决算表（续）`), each with its header again. */
  readonly continuations?: readonly number[];
  /**
   * The last subject code each block read on the table's page before this one (a page a sheet), by `block@label
   * column` (table 06's panels are one block side by side): a code split over 类 | 款 | 项 leaving out the parts
   * shared with the row above takes them from it.
   */
  readonly codesBefore?: Readonly<Record<string, string>>;
  /** The key of each block's last row on the page before, by `block@label column`: its sub-rows may open this page. */
  readonly keysBefore?: Readonly<Record<string, string>>;
}

// A table cut in parts (copied from a paginated document) repeats its title over each part, marked as continued:
// （续）, （续表）, （续1）, （续表二）, （续上表）, （接上表）, 续表 behind it, or 续表： in front.
const CONTINUED_AFTER = /(\((续表?|续上表|接上表)[\d一二三四五六七八九十]*\)|续表?[\d一二三四五六七八九十]*)$/;
const CONTINUED_BEFORE = /^续表?[\d一二三四五六七八九十]*:?/;

/** A normalised title without its continuation mark, and whether it had one (`收入决算表(续)` is `收入决算表`, continued). */
export function withoutContinuedMark(title: string): { readonly text: string; readonly continued: boolean } {
  const text = title.replace(CONTINUED_BEFORE, '').replace(CONTINUED_AFTER, '');
  return { text, continued: text !== title };
}

export interface ReadResult<T> {
  readonly model?: T;
  readonly problems: readonly Problem[];
}

/**
 * A first character that normalising keeps first and that is not 注, 说 or 备: printable ASCII but quotes (a code,
 * a number) and the CJK unified ideographs (NFKC maps only the compatibility ones). Every data row of a table is
 * tested, and nearly every one starts so: no folding and no expression for them.
 */
function cannotStartNote(code: number): boolean {
  if (code >= 0x21 && code <= 0x7e) return code !== 0x22 && code !== 0x27;
  return code >= 0x4e00 && code <= 0x9fff && code !== 0x6ce8 /* 注 */ && code !== 0x8bf4 /* 说 */ && code !== 0x5907 /* 备 */;
}

/** `注：本表反映…`, `说明：…` in the first filled cell of the row end a table's data. */
export function isFootnoteRow(sheet: SheetGrid, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const v = cellAt(sheet, row, c);
    if (isBlank(v)) continue;
    // A figure is no note (its text starts with a digit or `-`): not made into that text only to find so.
    if (typeof v === 'number') return false;
    const text = cellText(v);
    if (cannotStartNote(text.charCodeAt(0))) return false;
    const t = normalizeText(text);
    return /^(注|说明|备注)(\d|:|:|[(（]|$)/.test(t) || /^注\d*[:：、.]/.test(t);
  }
  return false;
}
