/** Reading one figure cell into the model, reporting what cannot be read. */
import { cellAt, cellText, isUncalculated, SheetGrid } from '../../grid/cell';
import { cellRef } from '../../grid/address';
import type { CellRef } from '../../grid/address';
import { parseNumber } from '../../grid/number';
import type { InvalidReason } from '../../grid/number';
import { shownFen, toFen, Unit } from '../../grid/money';
import type { MoneyFigure, NumberFigure } from '../model';
import { place, ProblemLog } from '../problems';

type Reason = InvalidReason | 'uncalculated' | 'unit' | 'yuan-sign';

function invalidMessage(where: string, text: string, reason: Reason, what: string, unit?: Unit): string {
  if (reason === 'unit') return `${where}的${what}“${text}”写的单位不是表的单位（${unit}）：请按${unit}只填数字。`;
  if (reason === 'yuan-sign') return `${where}的${what}“${text}”${yuanSignAdvice(unit ?? '')}`;
  if (reason === 'uncalculated') return `${where}的${what}是公式，但文件中没有计算结果（由程序生成、未在 Excel 中计算过）：请在 Excel 中打开、重新计算并保存后再试。`;
  if (reason === 'error') return `${where}的${what}是 Excel 错误值 ${text}：请修正公式或填入数字。`;
  if (reason === 'boolean') return `${where}的${what}是逻辑值 ${text}，不是数字：请填入数字。`;
  if (reason === 'spaced') return `${where}的${what}“${text}”${SPACED_ADVICE}`;
  if (reason === 'decimal-comma') return `${where}的${what}“${text}”${DECIMAL_COMMA_ADVICE}`;
  return `${where}的${what}“${text}”不是数字：请填入数字，无数时留空或填“-”。`;
}

/** What to do with a figure with a space inside its number that is no thousands grouping (`1 2`, `13 72.79`). */
export const SPACED_ADVICE = '数字中间有空格，不是三位一组的千分位：请删去空格，填入数字（如 1372.79 或 1,372.79）。';
/** What to do with a figure with a comma where its decimal point should be (`1.372,79`, `12,5`). */
export const DECIMAL_COMMA_ADVICE = '用逗号作小数点或千分位不是三位一组，无法确定数值：请用小数点，逗号只作三位一组的千分位（如 1,372.79）。';

/** What to do with a figure typed with a yuan sign in a table in `unit` (万元, 千元): `¥1,372.79` is most likely 元. */
export function yuanSignAdvice(unit: string): string {
  return `带人民币符号¥，而表的单位是${unit}：带¥的数一般是以元计的金额，无法确定是元还是${unit}。请按${unit}只填数字，不带¥。`;
}

/**
 * Whether a figure's text carries a yuan sign where the table is not in 元: `¥1,372.79` in a 万元 table is most likely
 * 1,372.79 元 (a figure pasted from a system that keeps 元), read as 万元 ten thousand times the amount; it may be
 * 万元 all the same. The accountant says which (readFigure); in a table in 元 the sign agrees with the unit and is read.
 */
export function yuanSignOutOfUnit(value: unknown, unit: Unit | undefined): boolean {
  // Not a zero (¥0.00): nothing is nothing in any unit, as a zero typed with another unit is (readFigure; helper-h190).
  return unit !== undefined && unit !== '元' && typeof value === 'string' && /[¥￥]/.test(value) && /[1-9]/.test(value);
}

/**
 * The cell's figure, or why there is none; a problem is logged for anything but a number or an empty cell. A
 * formula never calculated reads as empty but is unknown, not 0.
 */
function readFigure(
  sheet: SheetGrid,
  row: number,
  col: number,
  log: ProblemLog,
  options: { readonly percent?: boolean; readonly suffixes?: readonly string[]; readonly what: string; readonly unit?: Unit },
): NumberFigure {
  const cell = cellRef(sheet.name, row, col);
  const value = cellAt(sheet, row, col);
  const parsed = parseNumber(value, options);
  if (parsed.kind === 'number' && !yuanSignOutOfUnit(value, options.unit)) return { cell, value: parsed.value };
  if (parsed.kind === 'number') {
    log.at('invalid-figure', cell, invalidMessage(place(cell), cellText(value), 'yuan-sign', options.what, options.unit));
    return { cell, value: null, invalid: true };
  }
  if (parsed.kind === 'empty' && !isUncalculated(sheet, row, col)) return { cell, value: null };
  const other = options.unit ? amountInOtherUnit(value) : undefined;
  // Nothing is nothing in any unit: `0元` in a 万元 table is the table's 0.
  if (other === 0) return { cell, value: 0 };
  // Why, as the audit rule says it (any unit of money after the number): `1 2元` in a 万元 table is a space out of place.
  const why = parsed.kind === 'invalid' && parsed.reason === 'text' ? parseNumber(value, { ...options, suffixes: MONEY_UNITS }) : parsed;
  const reason: Reason = parsed.kind === 'empty' ? 'uncalculated' : other !== undefined ? 'unit' : why.kind === 'invalid' ? why.reason : 'text';
  log.at('invalid-figure', cell, invalidMessage(place(cell), cellText(value), reason, options.what, options.unit));
  return { cell, value: null, invalid: true };
}

/**
 * A figure typed with a unit of money (`34.07元`, `12.5万元`): read only in the table's own unit. In another it is not
 * the table's figure (`34.07元` in a 万元 table was read as 34.07 万元, ten thousand times the amount typed): the
 * accountant says which is meant.
 */
const MONEY_UNIT_AT_END = /(万元|千元|元)$/;

/** The units of money a figure may be typed with, longest first. */
export const MONEY_UNITS: readonly string[] = ['万元', '千元', '元'];

/**
 * The number of a text typed with a unit of money (`34.07元` is 34.07), undefined for any other value: what a figure
 * cell holds that its table's own unit did not read (readFigure) is then in another unit. The audit rule says so by it.
 */
export function amountInOtherUnit(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  // Spaces are left to parseNumber: stripped, `1 2元` was an amount of 12 (in another unit) rather than no number.
  const text = value.normalize('NFKC').trim();
  const m = MONEY_UNIT_AT_END.exec(text);
  const parsed = m === null ? undefined : parseNumber(text.slice(0, -m[1]!.length));
  return parsed?.kind === 'number' ? parsed.value : undefined;
}

/**
 * A money figure read from its cell (a number, or nothing), its cell made when asked for: a department's tables
 * hold tens of thousands of figures and the rules ask for the cell of the few they report, so one object a
 * figure instead of two. (An unreadable figure, rare, stays a plain object with `invalid`.)
 */
export class CellFigure implements MoneyFigure {
  // Declared and set by the constructor alone, as Row's (row.ts): as parameter properties (ES2022 class fields) each
  // figure ran an initializer defining them as undefined first. The same own properties, in the same order.
  declare readonly sheet: string;
  declare readonly row: number;
  declare readonly col: number;
  declare readonly fen: number | null;

  constructor(sheet: string, row: number, col: number, fen: number | null) {
    this.sheet = sheet;
    this.row = row;
    this.col = col;
    this.fen = fen;
  }

  get cell(): CellRef {
    return cellRef(this.sheet, this.row, this.col);
  }

  /** As a plain figure would serialise: `{ cell, fen }`. */
  toJSON(): MoneyFigure {
    return { cell: this.cell, fen: this.fen };
  }
}

/**
 * A row's figure in a column the table prints only as its parts (ColumnModel.parts): their sum, null where none holds
 * a figure; at the last part's cell, as one cell must be named, the parts naming all.
 */
export class PartsFigure implements MoneyFigure {
  // Declared and set by the constructor alone, as CellFigure's.
  declare readonly parts: readonly MoneyFigure[];
  declare readonly fen: number | null;

  constructor(parts: readonly MoneyFigure[], fen: number | null) {
    this.parts = parts;
    this.fen = fen;
  }

  get cell(): CellRef {
    return this.parts[this.parts.length - 1]!.cell;
  }

  toJSON(): MoneyFigure {
    return { cell: this.cell, fen: this.fen, parts: this.parts };
  }
}

/**
 * A money cell's 分, null where it holds no figure, or the unreadable figure (logged): what readMoney reads, without
 * making the figure's object (a block table keeps its figures as numbers: row.ts). As the table shows it (shownFen),
 * or `exact` to the 分 (a 自评表's funds, whose 执行率 the sheet computes from the amounts it holds).
 */
export function readFen(sheet: SheetGrid, row: number, col: number, unit: Unit, log: ProblemLog, what = '金额', exact = false): number | null | MoneyFigure {
  const fenOf = exact ? toFen : shownFen;
  // Nearly every cell of a table is a number or blank: read those without the parse result and option objects
  // the general path allocates (a department's workbook has tens of thousands of figures).
  const value = cellAt(sheet, row, col);
  if (typeof value === 'number' && Number.isFinite(value)) return fenOf(value, unit);
  if (value === null && !isUncalculated(sheet, row, col)) return null;
  const f = readFigure(sheet, row, col, log, { suffixes: [unit], what, unit });
  const fen = f.value === null ? null : fenOf(f.value, unit);
  return f.invalid ? { cell: f.cell, fen, invalid: true } : fen;
}

export function readMoney(sheet: SheetGrid, row: number, col: number, unit: Unit, log: ProblemLog, what = '金额', exact = false): MoneyFigure {
  const read = readFen(sheet, row, col, unit, log, what, exact);
  return read === null || typeof read === 'number' ? new CellFigure(sheet.name, row, col, read) : read;
}

export function readNumber(
  sheet: SheetGrid,
  row: number,
  col: number,
  log: ProblemLog,
  options: { readonly percent?: boolean; readonly suffixes?: readonly string[]; readonly what: string },
): NumberFigure {
  return readFigure(sheet, row, col, log, options);
}
