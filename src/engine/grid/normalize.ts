/**
 * Label normalisation (DOMAIN §3). Real workbooks spell the same label many ways: full-width brackets and
 * digits, spaced-out titles (`收 入 支 出 决 算 总 表`), ordinals (`一、`, `（一）`, `1.`), three kinds of quotes
 * around 三公. Every comparison of a label goes through `normalizeLabel`.
 */

const QUOTES = /["'“”‘’「」『』〝〞＂＇]/g;
// Whitespace includes the ideographic space U+3000 and no-break spaces that NFKC does not always remove.
const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const ORDINAL = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|\d+[、.](?!\d)|\(\d+\)|[①-⑳])/;

// The same labels come back in every table and every workbook of a batch, and NFKC is the costliest step of
// reading one: remember recent results (a pure function, so a cache changes nothing but the time).
const CACHE_LIMIT = 50_000;
const normalized = new Map<string, string>();

/**
 * Text normalising cannot change: printable ASCII other than quotes, and the CJK unified ideographs with the
 * punctuation around them that NFKC keeps (、。《》【】). Most cells of a real workbook are such text, and a ledger
 * of 200,000 distinct lines would otherwise each be folded, cached and thrown away. (An expression rather than a
 * loop over the characters: it runs as machine code from the first call, which a command line run of one
 * workbook, over before the loop would be optimised, feels.)
 */
const NORMAL = /^[\x21\x23-\x26\x28-\x7e\u4e00-\u9fff\u3001\u3002\u300a\u300b\u3010\u3011]*$/;

/** Full-width to half-width, no whitespace, no quotes; keeps ordinals. */
export function normalizeText(text: string): string {
  if (NORMAL.test(text)) return text;
  let result = normalized.get(text);
  if (result === undefined) {
    result = text.normalize('NFKC').replace(WHITESPACE, '').replace(QUOTES, '').replace(/[—–－]/g, '-');
    if (normalized.size >= CACHE_LIMIT) normalized.clear();
    normalized.set(text, result);
  }
  return result;
}

/**
 * NFKC without whitespace (`\s`), and nothing else: quotes and dashes kept (what the unit and 部门 lines and a page's
 * footer are read from). Text of NORMAL's characters is returned as it is: NFKC keeps each of them and none is
 * whitespace, and ICU's NFKC, called for every cell of a table's meta and header rows, was most of reading them.
 */
export function nfkcWithoutSpaces(text: string): string {
  return NORMAL.test(text) ? text : text.normalize('NFKC').replace(/\s+/g, '');
}

/** `normalizeText` and then the leading ordinal removed (once: `一、(一)` is not a real label). */
export function normalizeLabel(text: string): string {
  const t = normalizeText(text);
  return t.replace(ORDINAL, '');
}

/**
 * Strips a leading `其中:` as in `其中：当年财政拨款`, and an ordinal after it (`其中：(1)公务用车运行维护费`: the
 * ordinal that normalizeLabel removes stood behind the 其中).
 */
export function stripSubItemPrefix(label: string): string {
  const rest = label.replace(/^其中[:：]?/, '');
  return rest === label ? label : rest.replace(ORDINAL, '');
}

/** Normalises a list of aliases once, for fast exact matching. */
export function labelSet(aliases: readonly string[]): ReadonlySet<string> {
  return new Set(aliases.map(normalizeLabel));
}
