/**
 * What a host puts into a cell for a plan cell, decided here once for every host and every write path (issue 14):
 * a text stays exactly that text, whatever its first character.
 *
 * Why a helper: Excel reads what is typed into a cell. The declarations of Office.js `Range.values` and
 * `Range.formulas` say a value starting with `+`, `-` or `=` is read as a formula, and Excel also turns text that
 * looks like a number, a percentage, a date or TRUE into that (`-5%`, `2022-12-31`, a finding id `00123456`); the
 * WPS ET `Range.Formula` and `Value2` read typed text the same way. A leading apostrophe is Excel's and WPS's own way
 * to say "this is text": it is not part of the value, so the cell reads back exactly the text. Every text gets it,
 * not only those that look dangerous today: what Excel converts depends on the locale (`1月2日` is a date in
 * zh-CN), and a rule "only when it looks like a number" would have to guess it.
 *
 * Hosts that store values rather than type them (ExcelJS in the xlsx host) use `cellContent` alone: a string cell
 * there is text whatever it holds, and an apostrophe would become part of it.
 */
import type { PlanCell, PlanValue } from './plan';

/** A plan cell as the kind of content it is. */
export type CellContent =
  /** `formula` without the leading `=`; `result` the engine's value, which a host may store as the cached result. */
  | { readonly kind: 'formula'; readonly formula: string; readonly result: Exclude<PlanValue, null> | undefined }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'empty' };

/** Excel's and WPS's mark of typed text: not part of the value. */
export const TEXT_MARK = "'";

export function cellContent(cell: Pick<PlanCell, 'value' | 'formula'>): CellContent {
  const v = cell.value;
  // A formula worth '' keeps '' as its result: stored without one, it would read as never calculated (a blank IF).
  if (cell.formula !== undefined) return { kind: 'formula', formula: cell.formula, result: v === null || v === undefined ? undefined : v };
  if (v === null || v === undefined || v === '') return { kind: 'empty' };
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  return { kind: 'text', text: v };
}

/** What to type into a cell so that it holds exactly the text: the text after Excel's text mark. */
export function typedText(text: string): string {
  return text === '' ? '' : `${TEXT_MARK}${text}`;
}

/**
 * What a host that types into cells (Office.js `Range.formulas` and `Range.values`, WPS `Range.Formula`) writes
 * for the content: `=formula`, a text after the text mark, a number or boolean as itself, `''` to empty the cell.
 */
export function typedEntry(content: CellContent): string | number | boolean {
  switch (content.kind) {
    case 'formula':
      return `=${content.formula}`;
    case 'text':
      return typedText(content.text);
    case 'number':
    case 'boolean':
      return content.value;
    case 'empty':
      return '';
  }
}
