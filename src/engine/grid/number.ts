/**
 * Reading figures out of cells (DOMAIN §3). A figure cell may hold a number, numeric text in any of the
 * spellings accountants use, a dash meaning "no figure", or garbage. Garbage is reported, never read as 0.
 */
import { CellValue, isCellError } from './cell';

export type ParsedNumber =
  | { readonly kind: 'number'; readonly value: number }
  /** Empty, or one of the dashes and slashes that mean "nothing here". */
  | { readonly kind: 'empty' }
  | { readonly kind: 'invalid'; readonly reason: InvalidReason; readonly text: string };

export type InvalidReason = 'error' | 'text' | 'boolean';

const NO_FIGURE = new Set(['', '-', '--', '---', '—', '——', '/', '－', '–', '―']);

/**
 * Parses a figure. `suffixes` lists unit words that may trail the number in this cell (`分` in a 自评表
 * score, `万元`); `%` is accepted and divides by 100 only when `percent` is set.
 */
export function parseNumber(
  value: CellValue,
  options: { readonly suffixes?: readonly string[]; readonly percent?: boolean } = {},
): ParsedNumber {
  if (value === null) return { kind: 'empty' };
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid', reason: 'text', text: String(value) };
  }
  if (typeof value === 'boolean') return { kind: 'invalid', reason: 'boolean', text: value ? 'TRUE' : 'FALSE' };
  if (isCellError(value)) return { kind: 'invalid', reason: 'error', text: value.error };
  return parseNumericText(value, options);
}

function parseNumericText(
  raw: string,
  options: { readonly suffixes?: readonly string[]; readonly percent?: boolean },
): ParsedNumber {
  let text = raw.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
  if (NO_FIGURE.has(text)) return { kind: 'empty' };
  const invalid: ParsedNumber = { kind: 'invalid', reason: 'text', text: raw };
  if (/^#[A-Z/0!?]+[!?A]?$/.test(text) || text.startsWith('#')) return { kind: 'invalid', reason: 'error', text: raw };
  for (const suffix of options.suffixes ?? []) {
    if (text.endsWith(suffix)) {
      text = text.slice(0, -suffix.length);
      break;
    }
  }
  let scale = 1;
  if (options.percent && text.endsWith('%')) {
    text = text.slice(0, -1);
    scale = 0.01;
  }
  let sign = 1;
  // Accounting negatives: (3.20)
  const paren = /^\((.*)\)$/.exec(text);
  if (paren) {
    text = paren[1]!;
    sign = -1;
  }
  if (/^[-−]/.test(text)) {
    if (sign === -1) return invalid;
    text = text.slice(1);
    sign = -1;
  } else if (text.startsWith('+')) {
    text = text.slice(1);
  }
  // Thousands separators must sit in groups of three; `1,2,3` is not a number.
  if (text.includes(',')) {
    if (!/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return invalid;
    text = text.replace(/,/g, '');
  }
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(text)) return invalid;
  const value = sign * Number(text) * scale;
  return Number.isFinite(value) ? { kind: 'number', value: value === 0 ? 0 : value } : invalid;
}

/** True when the cell holds something that reads as a number (not empty, not garbage). */
export function isNumeric(value: CellValue): boolean {
  return parseNumber(value).kind === 'number';
}
