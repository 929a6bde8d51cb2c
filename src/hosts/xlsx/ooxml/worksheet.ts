/**
 * One worksheet's cells as the grid: values (a formula's cached result), formulas (shared ones expanded to each
 * cell), merged areas empty but for their top-left cell. A formula cell that has no cached result at all (a file
 * written by a program and never calculated) is listed, so that its figure is reported rather than read as 0.
 */
import type { CellValue, MergedArea } from '../../../engine/grid/cell';
import { columnIndex, parseA1 } from '../../../engine/grid/address';
import { shiftFormula } from './sharedFormula';
import { stringItemText } from './sharedStrings';
import { attribute, decodeXml, element, elements } from './xml';

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
  readonly merges: MergedArea[];
}

const MS_PER_DAY = 86_400_000;

/** A date serial as the ISO date (or date and time) the ExcelJS reader gives; a serial no date has stays a number. */
export function serialToIso(serial: number, date1904: boolean): string | number {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * MS_PER_DAY));
  if (Number.isNaN(date.getTime())) return serial;
  const iso = date.toISOString();
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

/** One attribute of a cell or row: indexOf for the usual ` name="…"`, the general expression otherwise. */
function fastAttribute(text: string, name: string): string | undefined {
  if (text.includes("'") || text.includes(':')) return attribute(text, name);
  const key = ` ${name}="`;
  const at = text.indexOf(key);
  if (at === -1) return undefined;
  const start = at + key.length;
  return text.slice(start, text.indexOf('"', start));
}

/** A child element of a cell, by its qualified name (`f`, or `x:f` in a file written with prefixes). */
function child(body: string, qname: string): { attrs: string; body: string | undefined } | undefined {
  let at = body.indexOf(`<${qname}`);
  while (at !== -1) {
    const after = body.charCodeAt(at + qname.length + 1);
    // `>`, `/` or whitespace: not a longer name that starts the same.
    if (after === 62 || after === 47 || after === 32 || after === 9 || after === 10 || after === 13) break;
    at = body.indexOf(`<${qname}`, at + 1);
  }
  if (at === -1) return undefined;
  const open = body.indexOf('>', at);
  const attrs = body.slice(at + qname.length + 1, open);
  if (attrs.endsWith('/')) return { attrs: attrs.slice(0, -1), body: undefined };
  const close = body.indexOf(`</${qname}>`, open);
  return { attrs, body: body.slice(open + 1, close === -1 ? body.length : close) };
}

export function readWorksheet(xml: string, ctx: SheetContext): SheetCells {
  const rows: CellValue[][] = [];
  let formulas: (string | null)[][] | undefined;
  const uncalculated: [number, number][] = [];
  const shared = new Map<string, SharedMaster>();
  const sheetData = /<([\w.-]+:)?sheetData[\s>]/.exec(xml);
  const prefix = sheetData?.[1] ?? '';
  const data = element(xml, 'sheetData')?.body ?? '';
  let rowIndex = -1;
  for (const rowElement of elements(data, 'row')) {
    const r = fastAttribute(rowElement.attrs, 'r');
    rowIndex = r !== undefined ? Number(r) - 1 : rowIndex + 1;
    let colIndex = -1;
    for (const c of elements(rowElement.body ?? '', 'c')) {
      const a = { r: fastAttribute(c.attrs, 'r'), t: fastAttribute(c.attrs, 't'), s: fastAttribute(c.attrs, 's') };
      colIndex = a.r !== undefined ? columnIndex(a.r.replace(/\d+$/, '')) : colIndex + 1;
      const body = c.body ?? '';
      const hasChildren = body.includes('<');
      const f = hasChildren ? child(body, `${prefix}f`) : undefined;
      const v = hasChildren ? child(body, `${prefix}v`) : undefined;
      let value: CellValue = null;
      if (a.t === 'inlineStr') value = stringItemText(child(body, `${prefix}is`)?.body) || null;
      else if (v?.body !== undefined) value = valueOf(a.t, v.body, Number(a.s ?? 0), ctx);
      if (f) {
        const formula = formulaOf(f, rowIndex, colIndex, shared);
        if (formula) {
          formulas ??= [];
          (formulas[rowIndex] ??= [])[colIndex] = formula;
          if (v === undefined && a.t !== 'inlineStr') uncalculated.push([rowIndex, colIndex]);
        }
      }
      if (value !== null) (rows[rowIndex] ??= [])[colIndex] = value;
    }
  }
  const merges = clearMerged(xml, rows);
  return { rows, formulas, uncalculated, merges };
}

/** A cell's formula; the cells of a shared formula get the first cell's, moved. */
function formulaOf(f: { attrs: string; body: string | undefined }, row: number, col: number, shared: Map<string, SharedMaster>): string {
  const formula = f.body !== undefined ? decodeXml(f.body) : '';
  const si = attribute(f.attrs, 'si');
  if (attribute(f.attrs, 't') !== 'shared' || si === undefined) return formula;
  if (formula) {
    shared.set(si, { formula, row, col });
    return formula;
  }
  const master = shared.get(si);
  return master ? shiftFormula(master.formula, row - master.row, col - master.col) : '';
}

/** Cells of a merged area other than its top-left: Excel shows them empty whatever the file holds. Returns the areas. */
function clearMerged(xml: string, rows: CellValue[][]): MergedArea[] {
  const merges = element(xml, 'mergeCells');
  const areas: MergedArea[] = [];
  if (!merges?.body) return areas;
  for (const m of elements(merges.body, 'mergeCell')) {
    const ref = attribute(m.attrs, 'ref');
    if (!ref || !ref.includes(':')) continue;
    const [from, to] = ref.split(':').map(parseA1) as [{ row: number; col: number }, { row: number; col: number }];
    areas.push({ top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) });
    for (let r = from.row; r <= to.row; r++) {
      const cells = rows[r];
      if (!cells) continue;
      for (let c = from.col; c <= to.col; c++) if ((r !== from.row || c !== from.col) && c < cells.length) delete cells[c];
    }
  }
  return areas;
}
