/**
 * What the cell styles' number formats do to a value. A number in a style that shows a date is a date serial, and
 * the grid holds it as an ISO date (as ExcelJS does), so that a date typed into a figure cell is reported as a date,
 * not read as money; one in a style that shows it scaled (`0!.0000`) is read as shown (engine/grid/numberFormat.ts).
 */
import { mayScale } from '../../../engine/grid/numberFormat';
import { attributes, element, elements } from './xml';

// Built-in date and time formats: 14–22 everywhere, 27–36 and 50–58 in the Chinese, Japanese and Korean
// locales (年/月/日), 45–47 minutes and seconds.
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A format code shows a date when, outside quoted text and [brackets], it has y, m, d, h, s or b (Buddhist year). */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhsb]/i.test(bare.replace(/\\./g, '').replace(/General/gi, '').replace(/E[+-]/g, ''));
}

/**
 * For each style index (the `s` of a cell): whether it shows a date, and its format code where it may show a number
 * scaled (元 stored, 万元 shown: engine/grid/numberFormat.ts), undefined for every other style.
 */
export interface StyleFormats {
  readonly dateStyles: boolean[];
  readonly scaledFormats: (string | undefined)[];
}

export function readStyleFormats(xml: string | undefined): StyleFormats {
  if (!xml) return { dateStyles: [], scaledFormats: [] };
  const custom = new Map<number, string>();
  const numFmts = element(xml, 'numFmts');
  for (const f of elements(numFmts?.body ?? '', 'numFmt')) {
    const a = attributes(f.attrs);
    custom.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
  }
  const cellXfs = element(xml, 'cellXfs');
  // Built-in formats never scale (their commas group): only a custom code is asked.
  const codes = Array.from(elements(cellXfs?.body ?? '', 'xf'), (xf) => {
    const id = Number(attributes(xf.attrs).get('numFmtId') ?? 0);
    return { id, code: custom.get(id) };
  });
  return {
    dateStyles: codes.map(({ id, code }) => (code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id))),
    scaledFormats: codes.map(({ code }) => (code !== undefined && !isDateFormat(code) && mayScale(code) ? code : undefined)),
  };
}
