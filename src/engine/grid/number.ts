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

/**
 * Why a figure cannot be read: an Excel error, a logical value, text that is no number, a number with a space inside it
 * that is no thousands grouping (`1 2`, `13 72.79`: joining the digits made a figure nobody wrote), or a comma for a
 * decimal point (`1.372,79`, as Europe writes it).
 */
export type InvalidReason = 'error' | 'text' | 'boolean' | 'spaced' | 'decimal-comma';

const NO_FIGURE = new Set(['', '-', '--', '---', '—', '——', '/', '－', '–', '―', '−']);

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

type Options = { readonly suffixes?: readonly string[]; readonly percent?: boolean };

/** Most figures typed as text: `1,372.79`, `-3.20`, ` 1372.79 `, read without the general path's work. */
const PLAIN = /^ *(-?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)? *$/;

/**
 * Text without a digit that NFKC keeps as it is, with no space or quote (printable ASCII, the CJK ideographs and
 * 、。《》【】, as normalize.ts's NORMAL): a label (`科目编码`, `项目`), never a figure. The general path below reads it as
 * 'text' (an error's code where it starts with `#`) after folding it, a dozen expressions later; every header cell a
 * reader tells from a figure row (header.ts hasNumeric, the 栏次 row) goes through here.
 */
const LABEL_ONLY = /^[\x21\x23-\x26\x28-\x2f\x3a-\x7e\u4e00-\u9fff\u3001\u3002\u300a\u300b\u3010\u3011]+$/;

function parseNumericText(raw: string, options: Options): ParsedNumber {
  if (NO_FIGURE.has(raw)) return { kind: 'empty' };
  if (LABEL_ONLY.test(raw)) return { kind: 'invalid', reason: raw.charCodeAt(0) === 0x23 ? 'error' : 'text', text: raw };
  const plain = PLAIN.exec(raw);
  if (plain) {
    const value = Number(`${plain[1]}${plain[2]!.replace(/,/g, '')}${plain[3] ?? ''}`);
    if (Number.isFinite(value)) return { kind: 'number', value: value === 0 ? 0 : value };
  }
  // Zero-width spaces and joiners (text pasted from the web or a PDF) are spaces unseen.
  const normal = raw.normalize('NFKC').replace(/[\u200b-\u200d\u2060]/g, ' ');
  // A leading apostrophe is Excel's mark of a number kept as text, which some exports leave in the cell.
  const compact = normal.replace(/\s+/g, '').replace(/^'/, '');
  if (NO_FIGURE.has(compact)) return { kind: 'empty' };
  if (compact.startsWith('#')) return { kind: 'invalid', reason: 'error', text: raw };
  // `_` marks a space between digits below: one typed in the cell (1_372.79, 201_301) is no number, never a grouping.
  if (compact.includes('_')) return { kind: 'invalid', reason: 'text', text: raw };
  // A space between two digits (NBSP, thin and full-width spaces are spaces after NFKC) is kept as a mark: a thousands
  // separator where the groups are of three, else no number. Dropped, `1 2` read as 12. Other spaces (after a sign,
  // before a unit) mean nothing; one beside a decimal point or comma (`1372 .79`) is no grouping either, nor is a line
  // break or tab between digits (`1⏎372.79` may be two figures in one cell).
  const marked = normal.trim().replace(/(?<=\d) +(?=\d)/g, '_');
  if (/[\d.,]\s+[\d.,]/.test(marked)) return { kind: 'invalid', reason: 'spaced', text: raw };
  const text = marked.replace(/\s+/g, '').replace(/^'/, '');
  let read = readText(text, options);
  // Text that the digits joined would read (`1 2万元` where 万元 is allowed): the space is what is wrong.
  if (read === 'text' && text.includes('_') && typeof readText(text.replace(/_/g, ''), options) === 'number') read = 'spaced';
  return typeof read === 'number' ? { kind: 'number', value: read } : { kind: 'invalid', reason: read, text: raw };
}

/**
 * A figure's signs around its number: `△` or `▲` (Chinese accounting's negative), a yuan sign (the currency: in a table
 * in 万元 or 千元 the reader asks which is meant, figures.ts), accounting brackets, a minus or plus, a trailing minus
 * (`3.20-`, as accounting exports write a negative). At most one yuan sign and one sign of any kind. A leading en dash
 * (`–3.20`) is the minus Word's and WPS's autocorrect made of the hyphen typed: a sign only before the number, so that
 * a range (`1–3`) or a trailing dash (`3.20–`) stays no number.
 */
const SHAPE = /^([△▲])?(¥)?(\()?(¥)?([-−–+])?(¥)?([\d.,_]+)(\))?([-−])?$/;

/** A comma for a decimal point: `1.372,79`, `1 372,79`, `12,5` (what no thousands grouping reads). */
const DECIMAL_COMMA = /^\d+([._]\d{3})*,\d+$/;

/** The number of a figure's text with no space but between digits (marked `_`), or why it is none. */
function readText(raw: string, options: Options): number | Exclude<InvalidReason, 'error' | 'boolean'> {
  let text = raw;
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
  const m = SHAPE.exec(text);
  if (!m) return 'text';
  const [, triangle, yen1, open, yen2, sign, yen3, number, close, trailing] = m;
  if ((open === undefined) !== (close === undefined)) return 'text';
  if ([yen1, yen2, yen3].filter((x) => x !== undefined).length > 1) return 'text';
  if ([triangle, open, sign, trailing].filter((x) => x !== undefined).length > 1) return 'text';
  const negative = triangle !== undefined || open !== undefined || trailing !== undefined || (sign !== undefined && sign !== '+');
  let digits = number!;
  // Thousands separators must sit in groups of three; `1,2,3` is not a number, nor is `13 72.79`.
  if (/^\d{1,3}([_,])\d{3}(\1\d{3})*(\.\d+)?$/.test(digits)) digits = digits.replace(/[_,]/g, '');
  else if (DECIMAL_COMMA.test(digits)) return 'decimal-comma';
  else if (digits.includes('_')) return 'spaced';
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(digits)) return 'text';
  const value = (negative ? -1 : 1) * Number(digits) * scale;
  if (!Number.isFinite(value)) return 'text';
  return value === 0 ? 0 : value;
}

/** True when the cell holds something that reads as a number (not empty, not garbage). */
export function isNumeric(value: CellValue): boolean {
  return parseNumber(value).kind === 'number';
}
