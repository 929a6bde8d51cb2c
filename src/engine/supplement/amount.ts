/**
 * How a figure of the 说明数据 is read, wherever it comes from (the sheet, the form, the JSON file): an amount in 万元
 * typed with that unit (`12.50万元`), a zero typed with any unit of money (`0元`: nothing is nothing in any unit, as a
 * table cell reads it), an area typed with its unit (`1200平方米`), a number kept as text (`'1801.23`).
 */
import type { CellValue } from '../grid/cell';
import { parseNumber } from '../grid/number';
import type { ParsedNumber } from '../grid/number';
import { amountInOtherUnit, yuanSignOutOfUnit } from '../tables/readers/figures';

/** The unit of every amount of the 说明数据 (indicators and 事项 alike): a figure typed with it (`12.50万元`) is read. */
export const AMOUNT_UNIT = '万元';

/** The units an area (房屋面积) may be typed with: `1200平方米` is 1200. */
export const AREA_UNITS: readonly string[] = ['平方米', '平米', '㎡', 'm²', 'm2'];

/** An amount of the 说明数据 as parsed: a number, or one typed with the field's own unit (`12.50万元` is 12.5), as a table cell. */
export function parseAmount(v: CellValue): ParsedNumber {
  const p = parseNumber(v, { suffixes: [AMOUNT_UNIT] });
  // Nothing is nothing in any unit: `0元` is 0, as in a table in 万元 (readFigure).
  return p.kind !== 'number' && amountInOtherUnit(v) === 0 ? { kind: 'number', value: 0 } : p;
}

/** A figure of the 说明数据 of a kind as parsed: an amount as parseAmount, an area with its unit, any other as a number. */
export function parseFigure(v: CellValue, kind: 'amount' | 'count' | 'area' | 'year'): ParsedNumber {
  if (kind === 'amount') return parseAmount(v);
  return parseNumber(v, kind === 'area' ? { suffixes: AREA_UNITS } : {});
}

/**
 * The amount a 说明数据 cell holds as the engine reads it (a number, or text it reads as one: `12.50万元`, `1,801.23`,
 * `0元`), or undefined (blank, another unit, a yuan sign, no number): what the sheet's 增减额 and 增减率 work from.
 */
export function readAmount(v: CellValue): number | undefined {
  const p = parseAmount(v);
  return p.kind === 'number' && Number.isFinite(p.value) && !yuanSignOutOfUnit(v, AMOUNT_UNIT) ? p.value : undefined;
}

/**
 * A number as VALUE reads it alike in Excel, WPS and LibreOffice, of the shapes the engine reads: a minus or plus, or
 * accounting brackets (Excel's and LibreOffice's VALUE read `(12.5)` as -12.5); thousands in groups of three by commas.
 * Not a trailing minus (`12.5-`: LibreOffice reads it, Excel's VALUE is #VALUE!), nor `△`, `−` (U+2212), `–`, a space
 * between digits, a tab, a line break, a no-break or zero-width space, a leading apostrophe: #VALUE! in the sheet.
 */
const SHEET_NUMBER = /^(?:[-+]?(?:\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)|\((?:\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)\))$/;

/**
 * ASC as the sheet's formulas take a cell: full-width ASCII made half-width. Not the ideographic space (U+3000): Excel's
 * ASC makes it a space, LibreOffice's keeps it (`　12.50　` was #VALUE! there).
 */
const asc = (text: string) => text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** TRIM as the sheet's formulas take a cell: spaces (U+0020 only) at either end dropped, a run of them inside made one. */
const trim = (text: string) => text.replace(/^ +| +$/g, '').replace(/ {2,}/g, ' ');

/**
 * Whether the sheet's formulas read this text as a number (textAmountOperand, derive/formulas.ts): ASC, 万元 taken out,
 * TRIM, VALUE; or, that failing, 千元 and 元 taken out and a zero read. Mirrored strictly, of the shapes VALUE reads the
 * same in every host (SHEET_NUMBER): text it says no to is #VALUE! (or host-dependent) in the sheet's 增减额, 增减率,
 * 差异率 and 占比.
 */
export function sheetFormulasRead(text: string): boolean {
  const folded = asc(text);
  if (SHEET_NUMBER.test(trim(folded.split('万元').join('')))) return true;
  const zero = trim(folded.split('千元').join('').split('元').join(''));
  return SHEET_NUMBER.test(zero) && Number(zero.replace(/[(),]/g, '')) === 0;
}

/**
 * The amount a 说明数据 cell holds as both the engine and the sheet's formulas read it (readAmount, of text only what
 * sheetFormulasRead says the formulas read): text in another shape (`△12.5`, `1 372.79`, `12.5万 元`), which readAmount
 * reads but the formulas beside it show as #VALUE!, is not read, and the sheet's reader asks for the plain number
 * (readSheet.ts formulaUnreadAmount). Undefined otherwise, as readAmount.
 */
export function readSheetAmount(v: CellValue): number | undefined {
  return typeof v === 'string' && !sheetFormulasRead(v) ? undefined : readAmount(v);
}
