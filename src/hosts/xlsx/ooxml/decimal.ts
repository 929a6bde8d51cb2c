/**
 * Numbers read in place from the sheet's UTF-8 bytes, without a string per cell: a ledger beside the tables has
 * hundreds of thousands of `<v>` values, and `Number(text)` needs the text made first only to parse it.
 */

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);
const MAX_DIGITS = 15;

/**
 * `Number(text)` of `bytes[start..stop)` for a plain decimal (`-12345.67`, `0.5`, `42`) of at most 15 digits, else
 * undefined (the caller parses it the long way). Exact, not approximately so: the digits as an integer are below
 * 2^53 and 10^k up to 10^15 is exact, so the one division is correctly rounded, as `Number` is.
 */
export function decimalAt(bytes: Uint8Array, start: number, stop: number): number | undefined {
  let i = start;
  const negative = bytes[i] === 45;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let point = false;
  for (; i < stop; i++) {
    const c = bytes[i]!;
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (point) scale++;
    } else if (c === 46 && !point) point = true;
    else return undefined;
  }
  if (digits === 0 || digits > MAX_DIGITS) return undefined;
  const value = scale === 0 ? mantissa : mantissa / POWERS_OF_TEN[scale]!;
  return negative ? -value : value;
}

/** A non-negative integer written in plain digits (a shared string's index), else undefined. */
export function indexAt(bytes: Uint8Array, start: number, stop: number): number | undefined {
  if (stop <= start || stop - start > MAX_DIGITS) return undefined;
  let n = 0;
  for (let i = start; i < stop; i++) {
    const c = bytes[i]!;
    if (c < 48 || c > 57) return undefined;
    n = n * 10 + (c - 48);
  }
  return n;
}
