/**
 * What a host leaves in a workbook, in one shape for the .xlsx host (an ExcelJS workbook) and the WPS host (the
 * ET stand-in): per sheet, in order, every non-empty cell's value or formula (a formula's cached value is left
 * out: the stand-in does not calculate), its number format, bold and fill, its link; the conditional formats
 * (ours by level, the accountant's as `other`), the notes and the column widths. Two hosts that applied the
 * same plan to the same workbook must give equal states; and so must their workbook names (the add-in's marks).
 */
import type ExcelJS from 'exceljs';
import { parseA1, toA1 } from '../../src/engine/grid/address';
import { FLAG_LEVEL_NAMES, FLAG_MARKER, FlagLevel } from '../../src/engine/plan/plan';
import { toCellValue, workbookNames } from '../../src/hosts/xlsx/read';
import type { Area } from './excelStandIn';
import { etNameFormula, EtStandIn } from './etStandIn';

export interface CellState {
  value?: unknown;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  fill?: string;
  link?: string;
}

export interface SheetState {
  name: string;
  state: string;
  cells: Record<string, CellState>;
  /** `A1 level` for each cell a conditional format covers, sorted. */
  formats: string[];
  notes: Record<string, string>;
  widths: Record<number, number>;
  /** Row heights set, in points, by 0-based row. */
  heights: Record<number, number>;
  /** Hidden columns, 0-based, ascending. */
  hidden: number[];
  frozenRows: number;
  /** The print setup written, in one shape: absent where none was. */
  print?: PrintState;
}

export interface PrintState {
  paper: 'A4' | 'other';
  orientation: 'portrait' | 'landscape';
  /** Fitted one page wide, any number of pages down. */
  oneWide: boolean;
  center: boolean;
  /** `3:3`, 1-based. */
  titleRows?: string;
  /** `$A$1:$D$20`. */
  area?: string;
}

function levelOf(formula: string): string {
  if (!formula.includes(FLAG_MARKER)) return 'other';
  return (Object.keys(FLAG_LEVEL_NAMES) as FlagLevel[]).find((l) => formula.includes(`·${FLAG_LEVEL_NAMES[l]}"`)) ?? 'ours?';
}

function areaCells(a: Area): string[] {
  const out: string[] = [];
  for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push(toA1(r, c));
  return out;
}

function refAreas(ref: string): Area[] {
  return ref
    .split(/[ ,]+/)
    .filter(Boolean)
    .map((part) => {
      const [a, b] = part.split(':') as [string, string | undefined];
      const p = parseA1(a);
      const q = parseA1(b ?? a);
      return { top: p.row, left: p.col, bottom: q.row, right: q.col };
    });
}

const hex = (rgb: string) => `#${rgb.slice(-6).toUpperCase()}`;
const fromBgr = (n: number) => `#${[n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff].map((x) => x.toString(16).padStart(2, '0')).join('').toUpperCase()}`;

/** Without its undefined properties, so that a property left unset and one never there compare equal. */
function compact<T extends object>(c: T): T {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as T;
}

export function excelJsState(wb: ExcelJS.Workbook): SheetState[] {
  return wb.worksheets.map((ws) => {
    const cells: Record<string, CellState> = {};
    const notes: Record<string, string> = {};
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const v = cell.value;
        const formula = v && typeof v === 'object' && 'formula' in v ? (v as ExcelJS.CellFormulaValue).formula : undefined;
        const link = v && typeof v === 'object' && 'hyperlink' in v ? String((v as ExcelJS.CellHyperlinkValue).hyperlink).replace(/^#/, '') : undefined;
        const value = formula === undefined ? toCellValue(v) : undefined;
        const note = cell.note;
        if (note !== undefined) notes[cell.address] = typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
        if ((value === null || value === undefined) && formula === undefined) return;
        const fill = cell.fill && cell.fill.type === 'pattern' && cell.fill.fgColor?.argb ? hex(cell.fill.fgColor.argb) : undefined;
        cells[cell.address] = compact({
          ...(formula !== undefined ? { formula } : { value }),
          numberFormat: cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined,
          bold: cell.font?.bold ? true : undefined,
          fill,
          link,
        });
      }),
    );
    const formats = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings.flatMap((cf) => {
      const level = levelOf(cf.rules.flatMap((r) => r.formulae ?? []).join(' '));
      return refAreas(cf.ref).flatMap(areaCells).map((a) => `${a} ${level}`);
    });
    const widths: Record<number, number> = {};
    const hidden: number[] = [];
    (ws.columns ?? []).forEach((col, i) => {
      if (col.width !== undefined) widths[i] = col.width;
      if (col.hidden) hidden.push(i);
    });
    const heights: Record<number, number> = {};
    for (let r = 1; r <= ws.rowCount; r++) {
      const h = ws.findRow(r)?.height;
      if (h !== undefined) heights[r - 1] = h;
    }
    const view = ws.views?.[0];
    const frozenRows = view?.state === 'frozen' ? (view.ySplit ?? 0) : 0;
    const p = ws.pageSetup;
    const print: PrintState | undefined =
      p?.paperSize === undefined
        ? undefined
        : compact<PrintState>({
            paper: p.paperSize === 9 ? 'A4' : 'other',
            orientation: p.orientation === 'landscape' ? 'landscape' : 'portrait',
            oneWide: p.fitToPage === true && p.fitToWidth === 1 && p.fitToHeight === 0,
            center: p.horizontalCentered === true,
            titleRows: p.printTitlesRow,
            // As written into the file: ExcelJS puts the `$` before each column when it saves (apply.ts).
            area: p.printArea?.replace(/(^|:)(?=[A-Z])/g, '$1$'),
          });
    return { name: ws.name, state: ws.state ?? 'visible', cells, formats: formats.sort(), notes, widths, heights, hidden, frozenRows, ...(print ? { print } : {}) };
  });
}

export function etState(et: EtStandIn): SheetState[] {
  return et.sheets.map((s) => {
    const cells: Record<string, CellState> = {};
    for (const [key, c] of s.cells) {
      if (c.value === null && c.formula === undefined) continue;
      const [r, col] = key.split(',').map(Number) as [number, number];
      const address = toA1(r, col);
      const fill = c.format['Interior.Color'];
      cells[address] = compact({
        ...(c.formula !== undefined ? { formula: c.formula } : { value: c.value }),
        numberFormat: typeof c.format.NumberFormat === 'string' && c.format.NumberFormat !== 'General' ? c.format.NumberFormat : undefined,
        bold: c.format['Font.Bold'] ? true : undefined,
        fill: typeof fill === 'number' ? fromBgr(fill) : undefined,
        link: s.links.get(address)?.subAddress,
      });
    }
    const formats = s.formatConditions.flatMap((fc) => {
      const level = fc.type === 2 ? levelOf(fc.formula1 ?? '') : 'other';
      return fc.appliesTo.flatMap(areaCells).map((a) => `${a} ${level}`);
    });
    const state = s.visible === 0 ? 'hidden' : s.visible === 2 ? 'veryHidden' : 'visible';
    const p = s.pageSetup;
    const print: PrintState | undefined =
      p.PaperSize === undefined
        ? undefined
        : compact<PrintState>({
            paper: p.PaperSize === 9 ? 'A4' : 'other',
            orientation: p.Orientation === 2 ? 'landscape' : 'portrait',
            oneWide: p.Zoom === false && p.FitToPagesWide === 1 && p.FitToPagesTall === false,
            center: p.CenterHorizontally === true,
            titleRows: typeof p.PrintTitleRows === 'string' ? p.PrintTitleRows.replace(/\$/g, '') : undefined,
            area: p.PrintArea as string | undefined,
          });
    return {
      name: s.name,
      state,
      cells,
      formats: formats.sort(),
      notes: Object.fromEntries(s.comments),
      widths: Object.fromEntries(s.columnWidths),
      heights: Object.fromEntries([...s.rowHeights].sort((a, b) => a[0] - b[0])),
      hidden: [...s.hiddenColumns].sort((a, b) => a - b),
      frozenRows: s.frozenRows,
      ...(print ? { print } : {}),
    };
  });
}

/** A workbook name as `name → sheet!cells`, the sheet unquoted: hosts may quote a reference differently. */
function nameState(name: string, formula: string): string {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(formula);
  return m ? `${name} → ${m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]}!${m[3]}` : `${name} → ${formula}`;
}

/** The workbook names (the add-in's marks among them), sorted. */
export function excelJsNames(wb: ExcelJS.Workbook): string[] {
  return workbookNames(wb).map((n) => nameState(n.name, n.formula)).sort();
}

export function etNames(et: EtStandIn): string[] {
  return et.names.filter((n) => !n.scope).map((n) => nameState(n.name, etNameFormula(n))).sort();
}
