/**
 * A recognised table laid out as the workbook lays it out, for documents (the .docx): the 部门 and 单位 line, the
 * header rows with their merged areas, the data rows, the column widths, and for each cell what it holds — text,
 * a figure (two decimals with separators, right-aligned), or a subject code (never wrapped); a hidden column or row
 * is left out, as the workbook prints it. The notes under the table (`注：…`, the empty table's `说明：…`) follow it. Pure:
 * the document writer decides fonts and page.
 */
import { cellAt, cellText, isBlank, isColumnHidden, isRowHidden, isUncalculated, MergedArea, SheetGrid, WorkbookGrid } from '../grid/cell';
import { normalizeLabel } from '../grid/normalize';
import { formatAmount, fromFen } from '../grid/money';
import { isEmptyTable, TableModel } from '../tables/model';
import type { Recognition } from '../recognise/recognise';

export type LayoutCellKind = 'text' | 'figure' | 'code' | 'number';

export interface LayoutCell {
  readonly text: string;
  readonly kind: LayoutCellKind;
  /** Columns and rows the cell covers (a merged area); the cells it covers are absent from their rows. */
  readonly colSpan: number;
  readonly rowSpan: number;
  /** Column index within the table, among the columns it shows (a hidden column is left out). */
  readonly col: number;
  /** No figure to print where the workbook shows one: a formula never calculated (the document marks it, as a gap). */
  readonly gap?: true;
}

/** What a formula cell never calculated prints: its figure is unknown (Excel shows one once it recalculates), not blank. */
export const UNCALCULATED_MARK = '【未计算】';

export interface TableLayout {
  readonly code: TableModel['code'];
  /** The title as the workbook writes it (`国有资本经营预算财政拨款支出决算表`, an older 09 of 支出 alone), lines joined. */
  readonly title: string;
  /** `部门：…` (left) and `公开01表　单位：万元` (right) as the workbook writes them. */
  readonly lineLeft: string;
  readonly lineRight: string;
  /** Relative widths by column: the workbook's where it has them, else from the longest text. */
  readonly widths: readonly number[];
  readonly header: readonly (readonly LayoutCell[])[];
  readonly body: readonly (readonly LayoutCell[])[];
  readonly notes: readonly string[];
  /** An empty table (08/09 with no figures): its 说明 line says so. */
  readonly empty: boolean;
}

const CODE = /^\d{3}(\d{2}){0,2}$/;
const LINE = /^(部门|编制单位|单位名称|单位|金额单位|公开\d+表|[A-Za-z]?\d+表)/;

/** The widths of texts in character cells: CJK characters count two, as Excel counts column widths. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1;
  return w;
}

function firstDataRow(table: TableModel): number {
  // A loop, not Math.min(...rows): a table of tens of thousands of rows overflows the stack as arguments.
  let first = Infinity;
  for (const row of table.rows) {
    first = Math.min(first, row.labelCell?.row ?? Infinity);
    for (const f of Object.values(row.figures)) first = Math.min(first, f.cell.row);
  }
  return Number.isFinite(first) ? first : table.range.bottom + 1;
}

function isLineRow(sheet: SheetGrid, row: number, left: number, right: number): boolean {
  let found = false;
  for (let c = left; c <= right; c++) {
    const t = normalizeLabel(cellText(cellAt(sheet, row, c)));
    if (!t) continue;
    if (!LINE.test(t)) return false;
    found = true;
  }
  return found;
}

function lineTexts(sheet: SheetGrid, row: number | undefined, shown: readonly number[]): { left: string; right: string } {
  if (row === undefined || shown.length === 0) return { left: '', right: '' };
  const texts: { col: number; text: string }[] = [];
  for (const c of shown) {
    const t = cellText(cellAt(sheet, row, c)).trim();
    if (t) texts.push({ col: c, text: t });
  }
  // Each text on the side it stands: the 上海 tables' line holds the unit alone, at the right (put at the left, the
  // unit was printed twice, once there and once as the missing right side's).
  const mid = (shown[0]! + shown[shown.length - 1]!) / 2;
  return {
    left: texts.filter((t) => t.col <= mid).map((t) => t.text).join('　'),
    right: texts.filter((t) => t.col > mid).map((t) => t.text).join('　'),
  };
}

/** The line's right side: its own, else the table's unit where the line does not state one (at its left). */
function lineRightOf(line: { left: string; right: string }, unit: string): string {
  return line.right || (/单位/.test(line.left) ? '' : `单位：${unit}`);
}

/**
 * The title the workbook prints over the table, not the spec's: an older table keeps its own (an older 09 of 本年支出
 * alone is a 支出决算表, the older 三公 table's “一般公共预算财政拨款” says what it covers); the spec's where the cell is empty.
 */
function titleText(sheet: SheetGrid, table: TableModel): string {
  const text = cellText(cellAt(sheet, table.titleCell.row, table.titleCell.col)).replace(/\s*[\r\n]+\s*/g, '').trim();
  return text || table.title;
}

function areaAt(merges: readonly MergedArea[], row: number, col: number): MergedArea | undefined {
  return merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

export function tableLayout(grid: WorkbookGrid, table: TableModel): TableLayout {
  const sheet = grid.sheets.find((s) => s.name === table.sheet) ?? { name: table.sheet, rows: [] };
  const { left, right } = table.range;
  const titleRow = table.titleCell.row;
  const dataStart = firstDataRow(table);
  let lineRow: number | undefined;
  for (let r = titleRow + 1; r < dataStart && r <= titleRow + 2; r++) if (isLineRow(sheet, r, left, right)) lineRow = r;
  const headerStart = (lineRow ?? titleRow) + 1;
  const figures = new Map<string, number | null>();
  // The cells' own figures: a column printed as its parts has no cell, its figure at a part's is their sum (PartsFigure).
  for (const row of table.rows) for (const f of Object.values(row.figures)) if (!f.parts) figures.set(`${f.cell.row},${f.cell.col}`, f.fen);
  // Merged areas inside the table below its line (the title's own merge is the document's heading).
  const merges = (sheet.merges ?? []).filter((m) => m.top >= headerStart && m.left >= left && m.right <= right && m.top <= table.range.bottom);

  // The columns the workbook shows: a hidden one (last year's figures kept out of sight) is not printed either.
  const shown: number[] = [];
  for (let c = left; c <= right; c++) if (!isColumnHidden(sheet, c)) shown.push(c);
  const shownIn = (from: number, to: number) => shown.filter((c) => c >= from && c <= to);
  // And the rows it shows (zero rows hidden before printing are not printed either).
  const rowsShownIn = (from: number, to: number) => {
    const out: number[] = [];
    for (let r = from; r <= to; r++) if (!isRowHidden(sheet, r)) out.push(r);
    return out;
  };
  const cellOf = (r: number, c: number, inHeader: boolean): LayoutCell | undefined => {
    const area = areaAt(merges, r, c);
    const areaRows = area ? rowsShownIn(area.top, Math.min(area.bottom, table.range.bottom)) : [];
    // A merged area starts at its first shown row and column, and holds what its first cell holds.
    if (area && (areaRows[0] !== r || shownIn(area.left, area.right)[0] !== c)) return undefined;
    const colSpan = area ? shownIn(area.left, area.right).length : 1;
    const rowSpan = area ? areaRows.length : 1;
    const atRow = area ? area.top : r;
    const at = area ? area.left : c;
    const col = shown.indexOf(c);
    const key = `${atRow},${at}`;
    const value = cellAt(sheet, atRow, at);
    // A formula written by a program and never calculated reads as empty; printed blank it read as 0 where Excel, once it
    // recalculates, shows its figure (a table's 合计 left blank): marked instead, for the accountant to recalculate.
    if (!inHeader && isUncalculated(sheet, atRow, at)) return { text: UNCALCULATED_MARK, kind: 'figure', colSpan, rowSpan, col, gap: true };
    if (!inHeader && figures.has(key)) {
      const fen = figures.get(key)!;
      return { text: fen === null ? cellText(value).trim() : formatAmount(fromFen(fen, table.unit)), kind: 'figure', colSpan, rowSpan, col };
    }
    // A number no column of the table reads (a row the table's spec does not know, `其中：…`) with two decimals at the
    // right, as the table's figures print, not JavaScript's digits (a formula's 0.1 + 0.2 was printed
    // 0.30000000000000004); a whole number (行次, 栏次) as written. Its own format is not known here: a percentage or a
    // display factor on such a cell prints the stored number (as before), rare outside the read columns.
    if (typeof value === 'number' && !inHeader && !Number.isInteger(value)) return { text: formatAmount(value), kind: 'figure', colSpan, rowSpan, col };
    const text = cellText(value).trim();
    const kind: LayoutCellKind = CODE.test(text) && !inHeader ? 'code' : typeof value === 'number' ? 'number' : 'text';
    return { text, kind, colSpan, rowSpan, col };
  };
  const rowOf = (r: number, inHeader: boolean) => {
    const out: LayoutCell[] = [];
    for (const c of shown) {
      const cell = cellOf(r, c, inHeader);
      if (cell) out.push(cell);
    }
    return out;
  };
  const header: LayoutCell[][] = [];
  for (const r of rowsShownIn(headerStart, Math.min(dataStart - 1, table.range.bottom))) header.push(rowOf(r, true));
  const body: LayoutCell[][] = [];
  for (const r of rowsShownIn(dataStart, table.range.bottom)) {
    // A blank row is left out, unless a merged area above reaches into it.
    const blank = shown.every((c) => isBlank(cellAt(sheet, r, c)));
    if (blank && !merges.some((m) => m.top < r && m.bottom >= r)) continue;
    body.push(rowOf(r, false));
  }
  const line = lineTexts(sheet, lineRow, shown);
  return {
    code: table.code,
    title: titleText(sheet, table),
    lineLeft: line.left || (table.department ? `部门：${table.department}` : ''),
    lineRight: lineRightOf(line, table.unit),
    widths: columnWidths(sheet, shown, [...header, ...body]),
    header,
    body,
    notes: table.notes.map((n) => n.text.trim()).filter(Boolean),
    empty: isEmptyTable(table),
  };
}

/** The workbook's widths where it has them; else each column as wide as its longest single-column text (4 to 40). */
function columnWidths(sheet: SheetGrid, shown: readonly number[], rows: readonly (readonly LayoutCell[])[]): number[] {
  const fromSheet = sheet.columnWidths;
  return shown.map((c, i) => {
    const w = fromSheet?.[c];
    if (w !== null && w !== undefined && w > 0) return w;
    let longest = 0;
    for (const r of rows) for (const cell of r) if (cell.col === i && cell.colSpan === 1) longest = Math.max(longest, displayWidth(cell.text));
    return Math.min(40, Math.max(4, longest + 2));
  });
}

/** Every recognised table of the nine (the 自评表 have their own shape), by code: what the .docx reproduces. */
export function tableLayouts(grid: WorkbookGrid, recognition: Recognition): Map<TableModel['code'], TableLayout> {
  return new Map(Object.values(recognition.tables).map((t) => [t.code, tableLayout(grid, t)]));
}
