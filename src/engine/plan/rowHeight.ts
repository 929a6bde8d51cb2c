/**
 * The height a row needs for a wrapped text, computed from the text's length: Excel fits a row of wrapped text
 * only when a person edits it, not when a program writes it, so rows written with a default height overlap their
 * paragraphs on screen and on paper. Widths count as Excel counts them: a CJK character is two of the column
 * width's characters, anything else one.
 */
import type { CellStyle, PlanCell } from './plan';

/** Pixels of one character of the column-width unit (the default font's digit), and Excel's cell padding. */
const DIGIT_PX = 7;
const PADDING_PX = 5;

/**
 * Points of a column `chars` characters wide, as Excel lays it out: the digit's 7 pixels a character plus the
 * padding, a pixel being 0.75 point (Office.js sets widths in points; a chart's size is in points too).
 */
export function columnPoints(chars: number): number {
  return Math.round((Math.trunc(chars * DIGIT_PX + 0.5) + PADDING_PX) * 0.75 * 100) / 100;
}

/** Excel's characters for a text: CJK and full-width characters count two. */
export function textChars(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1;
  return n;
}

/** Lines the text takes in a column `columnChars` wide at `fontPt` (a hard line break starts a line). */
export function wrappedLines(text: string, columnChars: number, fontPt: number): number {
  const columnPx = columnChars * DIGIT_PX + PADDING_PX - 2 * 3;
  // A CJK character is about one em wide; a Latin one about half.
  const cjkPx = (fontPt * 96) / 72;
  const perLine = Math.max(1, Math.floor(columnPx / (cjkPx / 2)));
  return text.split(/\r?\n/).reduce((sum, line) => sum + Math.max(1, Math.ceil(textChars(line) / perLine)), 0);
}

/** The row height in points for the text: its lines at 1.35 × the font size, and a little room above and below. */
export function wrappedRowHeight(text: string, columnChars: number, fontPt: number): number {
  const lines = wrappedLines(text, columnChars, fontPt);
  return Math.min(409, Math.ceil(lines * fontPt * 1.35 + 4));
}

/** Font sizes (points) of the text styles of the 公开说明 sheet: the hosts set them, the heights are computed from them. */
export const TEXT_STYLE_PT = { heading1: 16, heading2: 14, heading3: 12, paragraph: 12 } as const;

/** Styles whose text wraps in its cell (hosts set wrap text for them), and their font sizes. */
const WRAPPED: Readonly<Partial<Record<CellStyle, number>>> = { header: 10, inputText: 10, labelWrap: 10, ...TEXT_STYLE_PT };
/** A row of one 10-pt line: the sheet's standard height serves. */
const STANDARD_PT = 15;

/**
 * Heights for the rows of a block of cells (from column 0): the tallest wrapped text of each row in its column's
 * width, or null where one line is enough and the standard height serves.
 */
export function blockRowHeights(cells: readonly (readonly (PlanCell | undefined)[])[], widths: readonly (number | undefined)[]): (number | null)[] {
  return cells.map((line) => {
    let height = 0;
    line.forEach((cell, c) => {
      const size = cell?.style ? WRAPPED[cell.style] : undefined;
      if (size === undefined || cell?.value === undefined || cell.value === null || cell.value === '') return;
      height = Math.max(height, wrappedRowHeight(String(cell.value), widths[c] ?? 8.43, size));
    });
    return height > STANDARD_PT + 1 ? height : null;
  });
}
