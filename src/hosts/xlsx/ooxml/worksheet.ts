/**
 * One worksheet's cells as the grid: values (a formula's cached result), formulas (shared ones expanded to each
 * cell), merged areas empty but for their top-left cell. A formula cell that has no cached result at all (a file
 * written by a program and never calculated) is listed, so that its figure is reported rather than read as 0.
 */
import type { CellValue } from '../../../engine/grid/cell';
import { columnIndex, parseA1 } from '../../../engine/grid/address';
import { shiftFormula } from './sharedFormula';
import { stringItemText } from './sharedStrings';
import { attributes, decodeXml, element, elements } from './xml';

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

export interface SheetCells {
  readonly rows: CellValue[][];
  readonly formulas: (string | null)[][] | undefined;
  /** [row, col] (0-based) of formula cells without a cached result. */
  readonly uncalculated: (readonly [number, number])[];
}

const MS_PER_DAY = 86_400_000;

/** A date serial as the ISO date (or date and time) the ExcelJS reader gives. */
export function serialToIso(serial: number, date1904: boolean): string {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * MS_PER_DAY);
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

function valueOf(type: string | undefined, raw: string, style: number, ctx: SheetContext): CellValue {
  switch (type) {
    case 's':
      return ctx.sharedStrings[Number(raw)] || null;
    case 'str':
      return decodeXml(raw) || null;
    case 'b':
      return raw.trim() !== '0' && raw.trim() !== 'false';
    case 'e':
      return { error: decodeXml(raw).trim() };
    case 'd':
      return raw.trim() || null;
    default: {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) return null;
      return ctx.dateStyles[style] ? serialToIso(n, ctx.date1904) : n;
    }
  }
}

interface SharedMaster {
  readonly formula: string;
  readonly row: number;
  readonly col: number;
}

export function readWorksheet(xml: string, ctx: SheetContext): SheetCells {
  const rows: CellValue[][] = [];
  let formulas: (string | null)[][] | undefined;
  const uncalculated: [number, number][] = [];
  const shared = new Map<string, SharedMaster>();
  const data = element(xml, 'sheetData')?.body ?? '';
  let rowIndex = -1;
  for (const rowElement of elements(data, 'row')) {
    const r = attributes(rowElement.attrs).get('r');
    rowIndex = r !== undefined ? Number(r) - 1 : rowIndex + 1;
    let colIndex = -1;
    for (const c of elements(rowElement.body ?? '', 'c')) {
      const a = attributes(c.attrs);
      const ref = a.get('r');
      colIndex = ref !== undefined ? columnIndex(ref.replace(/\d+$/, '')) : colIndex + 1;
      const body = c.body ?? '';
      const hasChildren = body.includes('<');
      const f = hasChildren ? element(body, 'f') : undefined;
      const v = hasChildren ? element(body, 'v') : undefined;
      const type = a.get('t');
      const style = Number(a.get('s') ?? 0);
      let value: CellValue = null;
      if (type === 'inlineStr') value = stringItemText(element(body, 'is')?.body) || null;
      else if (v?.body !== undefined) value = valueOf(type, v.body, style, ctx);
      if (f) {
        const fa = attributes(f.attrs);
        let formula = f.body !== undefined ? decodeXml(f.body) : '';
        const si = fa.get('si');
        if (fa.get('t') === 'shared' && si !== undefined) {
          if (formula) shared.set(si, { formula, row: rowIndex, col: colIndex });
          else {
            const master = shared.get(si);
            formula = master ? shiftFormula(master.formula, rowIndex - master.row, colIndex - master.col) : '';
          }
        }
        if (formula) {
          formulas ??= [];
          (formulas[rowIndex] ??= [])[colIndex] = formula;
          if (v === undefined && type !== 'inlineStr') uncalculated.push([rowIndex, colIndex]);
        }
      }
      if (value !== null) (rows[rowIndex] ??= [])[colIndex] = value;
    }
  }
  clearMerged(xml, rows);
  return { rows, formulas, uncalculated };
}

/** Cells of a merged area other than its top-left: Excel shows them empty whatever the file holds. */
function clearMerged(xml: string, rows: CellValue[][]): void {
  const merges = element(xml, 'mergeCells');
  if (!merges?.body) return;
  for (const m of elements(merges.body, 'mergeCell')) {
    const ref = attributes(m.attrs).get('ref');
    if (!ref || !ref.includes(':')) continue;
    const [from, to] = ref.split(':').map(parseA1) as [{ row: number; col: number }, { row: number; col: number }];
    for (let r = from.row; r <= to.row; r++) {
      const cells = rows[r];
      if (!cells) continue;
      for (let c = from.col; c <= to.col; c++) if ((r !== from.row || c !== from.col) && c < cells.length) delete cells[c];
    }
  }
}
