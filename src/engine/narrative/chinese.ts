/** Chinese numerals for headings and lists: 一 … 十, 十一 … 九十九. */
const DIGITS = '一二三四五六七八九';

export function chineseNumber(n: number): string {
  if (n < 1 || n > 99 || !Number.isInteger(n)) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens - 1]!}十`;
  return `${head}${ones ? DIGITS[ones - 1]! : ''}`;
}
