/**
 * What a cell's number format does to the figure it shows. An accountant who keeps 元 in the cells and prints 万元
 * does it with a format: `0!.0000` (the last four digits after a literal dot: 148829000 shows as 14882.9000),
 * `0!.0,` (thousands dropped by the trailing comma, one digit after the dot: 14882.9), `#,##0.00,` (thousands). The
 * published table is what the cell shows, so a figure is read as shown: the stored value divided by the format's
 * divisor. Every host reads the format its own way (a style of the .xlsx, Office.js's numberFormat, ET's
 * NumberFormat, SheetJS's `z`) and asks this one rule.
 */
import type { CellValue, DisplayScale } from './cell';

/** How a format shows a number: what the stored value is divided by, and how many digits follow the (shown) dot. */
export interface ShownNumber {
  readonly divisor: number;
  readonly decimals: number;
  readonly grouping: boolean;
  readonly percent: boolean;
}

const PLAIN: ShownNumber = { divisor: 1, decimals: 0, grouping: false, percent: false };

/** The format's sections (`positive;negative;zero;text`), split on `;` outside quotes, brackets and escapes. */
function sections(code: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '"') i = closing(code, '"', i);
    else if (c === '[') i = closing(code, ']', i);
    else if (c === '\\' || c === '!' || c === '_' || c === '*') i++;
    else if (c === ';') {
      out.push(code.slice(from, i));
      from = i + 1;
    }
  }
  out.push(code.slice(from));
  return out;
}

/** Where the quote or bracket opened at `at` closes (the end of the code when it never does). */
function closing(code: string, close: string, at: number): number {
  const end = code.indexOf(close, at + 1);
  return end === -1 ? code.length : end;
}

const CONDITION = /^\[(<=|>=|<>|<|>|=)(-?\d+(?:\.\d+)?)]/;

function holds(op: string, limit: number, value: number): boolean {
  switch (op) {
    case '<':
      return value < limit;
    case '<=':
      return value <= limit;
    case '>':
      return value > limit;
    case '>=':
      return value >= limit;
    case '=':
      return value === limit;
    default:
      return value !== limit;
  }
}

/** The section that shows `value`: by its condition (`[>=10000]…`) where sections have them, else by sign. */
function sectionFor(code: string, value: number): string {
  const all = sections(code);
  const conditions = all.map((s) => CONDITION.exec(s.replace(/^\[[^\]<>=]*]/, '')));
  if (conditions.some((c) => c !== null)) {
    const met = all.findIndex((_, i) => conditions[i] && holds(conditions[i]![1]!, Number(conditions[i]![2]), value));
    if (met !== -1) return all[met]!;
    return all.find((_, i) => conditions[i] === null) ?? all[0]!;
  }
  if (value < 0 && all.length > 1) return all[1]!;
  if (value === 0 && all.length > 2) return all[2]!;
  return all[0]!;
}

/**
 * One section read: digit placeholders (0 # ?), the decimal point, commas (between placeholders they group, after
 * the last one each divides by 1,000), a literal dot (`!.`, `\.`, `"."`) with no decimal point, whose placeholders
 * after it take the last digits of the number, and `%`. A scientific or text section shows no scaled figure.
 */
function readSection(section: string): ShownNumber {
  let placeholders = false;
  let point = false;
  let literalDot = false;
  let afterPoint = 0;
  let afterLiteralDot = 0;
  let pendingCommas = 0;
  let scaling = 0;
  let grouping = false;
  let percent = false;
  const endCommas = () => {
    scaling += pendingCommas;
    pendingCommas = 0;
  };
  const literal = (text: string) => {
    endCommas();
    if (text === '.' && placeholders && !point) literalDot = true;
  };
  for (let i = 0; i < section.length; i++) {
    const c = section[i]!;
    if (c === '"') {
      const end = closing(section, '"', i);
      literal(section.slice(i + 1, end));
      i = end;
    } else if (c === '\\' || c === '!') {
      literal(section[i + 1] ?? '');
      i++;
    } else if (c === '_' || c === '*') {
      i++;
    } else if (c === '[') {
      i = closing(section, ']', i);
    } else if (c === '0' || c === '#' || c === '?') {
      if (pendingCommas > 0) grouping = true;
      pendingCommas = 0;
      placeholders = true;
      if (point) afterPoint++;
      else if (literalDot) afterLiteralDot++;
    } else if (c === ',') {
      if (placeholders) pendingCommas++;
    } else if (c === '.') {
      endCommas();
      point = true;
    } else if (c === '%') {
      endCommas();
      percent = true;
    } else if ((c === 'E' || c === 'e') && (section[i + 1] === '+' || section[i + 1] === '-')) {
      return PLAIN;
    } else if (c === '@') {
      return PLAIN;
    } else {
      literal(c);
    }
  }
  endCommas();
  if (!placeholders) return PLAIN;
  const shifted = literalDot && !point ? afterLiteralDot : 0;
  // A percentage shows the value times 100: what it scales is not an amount's unit, and it is read as a rate.
  const divisor = percent ? 1 : 1000 ** scaling * 10 ** shifted;
  return { divisor, decimals: point ? afterPoint : shifted, grouping, percent };
}

const cache = new Map<string, ShownNumber>();

/** How the format shows `value` (its section for the value's sign or condition). */
export function shownNumber(code: string, value: number): ShownNumber {
  const section = sectionFor(code, value);
  let read = cache.get(section);
  if (read === undefined) {
    read = readSection(section);
    cache.set(section, read);
  }
  return read;
}

/** What the format divides a stored `value` by to show it (1 for nearly every format). */
export function displayDivisor(code: string, value: number): number {
  return shownNumber(code, value).divisor;
}

const scaling = new Map<string, boolean>();

/** Whether a format may show some number scaled (asked once per format: a sheet has few and many cells). */
export function mayScale(code: string): boolean {
  let may = scaling.get(code);
  if (may === undefined) {
    may = /[,.!\\"]/.test(code) && sections(code).some((s) => readSection(s).divisor !== 1);
    scaling.set(code, may);
  }
  return may;
}

/**
 * A host's figures read as shown, the cells whose format scales them gathered by format for the grid's
 * `displayScales` (in the order they were read: row by row, two hosts give equal grids).
 */
export class ShownFigures {
  private readonly scales = new Map<string, { format: string; divisor: number; cells: (readonly [number, number])[] }>();

  /** The figure the cell shows: `value` divided by its format's divisor for it, the cell noted (`note`). */
  shown(value: number, format: string, row: number, col: number): number {
    if (!mayScale(format)) return value;
    this.note(format, row, col);
    const divisor = displayDivisor(format, value);
    return divisor === 1 ? value : value / divisor;
  }

  /**
   * A cell of a format that scales, whatever it holds now: a 0 its zero section shows as `-`, a blank figure. A formula
   * that takes it divides by what the format divides a figure by (its first section's): a figure typed into it later
   * shows so. Noted by its value alone, such a 0 left the 说明数据's formula undivided (review37).
   */
  note(format: string, row: number, col: number): void {
    if (!mayScale(format)) return;
    const divisor = displayDivisor(format, 1);
    if (divisor !== 1) this.add(format, divisor, row, col);
  }

  /**
   * A figure a host knows to be shown divided by `divisor` though its format code does not say so (an .ods cell's
   * display factor, which SheetJS leaves out of the code it gives): divided, and noted under `format`.
   */
  shownWith(value: number, divisor: number, format: string, row: number, col: number): number {
    this.add(format, divisor, row, col);
    return value / divisor;
  }

  private add(format: string, divisor: number, row: number, col: number): void {
    const key = `${divisor} ${format}`;
    let scale = this.scales.get(key);
    if (scale === undefined) {
      scale = { format, divisor, cells: [] };
      this.scales.set(key, scale);
    }
    scale.cells.push([row, col]);
  }

  /** As the grid's `displayScales`: `{ displayScales }` when any figure was scaled, else nothing. */
  get grid(): { displayScales?: DisplayScale[] } {
    return this.scales.size > 0 ? { displayScales: [...this.scales.values()] } : {};
  }
}

/**
 * The numbers of `rows` (sheet positions) as their formats show them, in place, for a host that reads values and
 * formats apart (Office.js, ET): `formatAt` gives a cell's format code; the result is the grid's `displayScales`.
 */
export function showFigures(rows: CellValue[][], formatAt: (row: number, col: number) => unknown): { displayScales?: DisplayScale[] } {
  const shown = new ShownFigures();
  rows.forEach((line, row) =>
    line.forEach((value, col) => {
      if (typeof value !== 'number' && value !== null) return;
      const format = formatAt(row, col);
      if (typeof format !== 'string') return;
      if (typeof value === 'number') line[col] = shown.shown(value, format, row, col);
      else shown.note(format, row, col);
    }),
  );
  return shown.grid;
}
