/**
 * Numbers read in place from the sheet's UTF-8 bytes, without a string per cell: a ledger beside the tables has
 * hundreds of thousands of `<v>` values, and `Number(text)` needs the text made first only to parse it.
 */

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);
const MAX_DIGITS = 15;

/** Where `decimalBefore` or `indexBefore` found the value to end: its `<`. */
export interface ValueEnd {
  end: number;
}

/**
 * `Number(text)` of the `<v>` value from `start` to the first `<` (`-12345.67`, `0.5`, `42`), for a plain decimal of at
 * most 15 digits; where it ends goes into `at.end`, found while the digits are read: each byte of the value looked at
 * once, not searched through for its end and then read. Undefined (and `at` untouched) for anything else, which the
 * caller parses the long way. Exact, not approximately so: the digits as an integer are below 2^53 and 10^k up to
 * 10^15 is exact, so the one division is correctly rounded, as `Number` is.
 */
export function decimalBefore(bytes: Uint8Array, start: number, at: ValueEnd): number | undefined {
  let i = start;
  const negative = bytes[i] === 45;
  if (negative) i++;
  const first = i;
  let mantissa = 0;
  // The whole part, then the fraction after a point: two loops of one test each, where one loop asked every byte
  // whether a point had come (and past the end of the bytes, `c` is undefined: no digit, no point, no `<`).
  let c = bytes[i];
  for (; c !== undefined && c >= 48 && c <= 57; c = bytes[++i]) mantissa = mantissa * 10 + (c - 48);
  let digits = i - first;
  let scale = 0;
  if (c === 46) {
    const fraction = ++i;
    for (c = bytes[i]; c !== undefined && c >= 48 && c <= 57; c = bytes[++i]) mantissa = mantissa * 10 + (c - 48);
    scale = i - fraction;
    digits += scale;
  }
  if (c !== 60 || digits === 0 || digits > MAX_DIGITS) return undefined;
  at.end = i;
  const value = scale === 0 ? mantissa : mantissa / POWERS_OF_TEN[scale]!;
  return negative ? -value : value;
}

/** A shared string's index: plain digits from `start` to the first `<`, its end found as `decimalBefore` finds it; else undefined. */
export function indexBefore(bytes: Uint8Array, start: number, at: ValueEnd): number | undefined {
  let n = 0;
  let i = start;
  for (let c = bytes[i]; c !== undefined && c >= 48 && c <= 57; c = bytes[++i]) n = n * 10 + (c - 48);
  if (bytes[i] !== 60 || i === start || i - start > MAX_DIGITS) return undefined;
  at.end = i;
  return n;
}
