/**
 * Which cell styles show a date: a number in such a cell is a date serial, and the grid holds it as an ISO
 * date (as ExcelJS does), so that a date typed into a figure cell is reported as a date, not read as money.
 */
import { attributes, element, elements } from './xml';

// Built-in date and time formats: 14–22 everywhere, 27–36 and 50–58 in the Chinese, Japanese and Korean
// locales (年/月/日), 45–47 minutes and seconds.
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A format code shows a date when, outside quoted text and [brackets], it has y, m, d, h, s or b (Buddhist year). */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhsb]/i.test(bare.replace(/\\./g, '').replace(/General/gi, '').replace(/E[+-]/g, ''));
}

/** For each style index (the `s` of a cell), whether it shows a date. */
export function readDateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const numFmts = element(xml, 'numFmts');
  for (const f of elements(numFmts?.body ?? '', 'numFmt')) {
    const a = attributes(f.attrs);
    custom.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
  }
  const cellXfs = element(xml, 'cellXfs');
  return Array.from(elements(cellXfs?.body ?? '', 'xf'), (xf) => {
    const id = Number(attributes(xf.attrs).get('numFmtId') ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id);
  });
}
