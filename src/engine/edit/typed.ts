/**
 * What the accountant types into a cell of the web page's grid, read as Excel and WPS read it: a number (with
 * thousands separators, a sign, accounting brackets, full-width digits or a trailing %), a formula (`=…`),
 * text, or nothing. Two differences on purpose: a leading apostrophe keeps the rest as text (as in Excel), and
 * digits with a leading zero (`06`, the 款 of a split subject code) stay text, since Excel's turning them into 6
 * loses the code.
 */
import { parseNumber } from '../grid/number';

export type Typed =
  | { readonly kind: 'blank' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  /** Without the leading `=`. */
  | { readonly kind: 'formula'; readonly formula: string };

const LEADING_ZERO = /^0\d+$/;

export function parseTyped(input: string): Typed {
  if (input.trim() === '') return { kind: 'blank' };
  if (input.startsWith("'")) return input.length > 1 ? { kind: 'text', value: input.slice(1) } : { kind: 'blank' };
  if (input.startsWith('=') && input.trim().length > 1) return { kind: 'formula', formula: input.slice(1).trim() };
  const compact = input.normalize('NFKC').trim();
  if (LEADING_ZERO.test(compact)) return { kind: 'text', value: input };
  // Dashes mean "no figure" in a table but are text when typed: only real numbers become numbers.
  if (!/\d/.test(compact)) return { kind: 'text', value: input };
  const parsed = parseNumber(compact, { percent: true });
  return parsed.kind === 'number' ? { kind: 'number', value: parsed.value } : { kind: 'text', value: input };
}

/** The text a cell shows in its editor: the formula with its `=`, a number as stored (no separators), text as is. */
export function editText(value: string | number | boolean | null, formula: string | null): string {
  if (formula !== null) return `=${formula}`;
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
