/**
 * Texts Excel would read as something else when typed as they are (issue 14): formulas by their first character,
 * half-width and full-width (`-`, `+`, `=`, `@`, `－`, `＝`, `＋`, `＠`), numbers, a percentage, a date, a boolean,
 * and a text that itself starts with Excel's text mark. Every write path is tested with each.
 */
export const FORMULA_LIKE_TEXTS = [
  '-',
  '-5%',
  '-（见说明）',
  '+1',
  '=HYPERLINK("http://x","y")',
  '@SUM(A1)',
  '－5',
  '＝A1',
  '＋1',
  '＠x',
  '00123456',
  '1,488.29',
  '5%',
  'TRUE',
  '2022-12-31',
  "'引号开头",
] as const;
