/**
 * The web page's host: a workbook held in memory with ExcelJS (an .xls, .et or .ods is converted on opening) (this module, and ExcelJS with it, loads only when
 * a workbook is opened). Plans apply to it exactly as the command line applies them; the sheet view re-renders
 * after each change; the workbook can be saved back as .xlsx.
 */
import ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../engine/grid/cell';
import type { FlagLevel, Plan } from '../engine/plan/plan';
import { FLAG_MARKER, FLAG_LEVEL_NAMES } from '../engine/plan/plan';
import { parseA1 } from '../engine/grid/address';
import { cellValueOf, readXlsx, UncalculatedCells, uncalculatedCellsOf, workbookToGrid } from '../hosts/xlsx/read';
import { loadWorkbookBytes, xlsxModel } from '../hosts/files/open';
import { pageLegacyParser } from '../hosts/files/browser/legacyThread';
import type { WorkbookFormat } from '../hosts/files/kind';
import { editText } from '../engine/edit/typed';
import { displayDivisor } from '../engine/grid/numberFormat';
import type { AddinCell, AddinCells } from '../engine/edit/addinCells';
import { CellInput, EditOutcome, UndoOutcome, WorkbookEdits } from './edits';
import { Listeners } from './listeners';
import { applyPlan, writeXlsxSaying } from '../hosts/xlsx/apply';
import type { PaneHost } from '../taskpane/host';
import { saveBytes } from '../taskpane/download';
import { downloadName } from './downloadName';
import { bordersCss, CellView, cellLook, columnPixels, drawnMerges, frameAreas, MAX_ROWS, MERGED, rowPixels, SheetView, shownValue } from './view';
import type { StyleLook } from './view';
import { rgbColour } from '../hosts/xlsx/appearance';
import type { BorderEdge, CellBorder } from '../hosts/xlsx/appearance';
import { NO_CHARTS_IN_XLSX } from '../hosts/noCharts';

export type { CellView, SheetView } from './view';

const LEVEL_BY_NAME = new Map<string, FlagLevel>((Object.keys(FLAG_LEVEL_NAMES) as FlagLevel[]).map((l) => [FLAG_LEVEL_NAMES[l], l]));

function display(cell: ExcelJS.Cell, addin: AddinCell | undefined): CellView {
  const v = cellValueOf(cell);
  const edit = editText(typeof v === 'object' && v !== null ? v.error : v, formulaOfCell(cell));
  // ExcelJS holds the stored figure; the view shows it as its format does (元 stored, 万元 shown), as the grid reads it.
  const shown = typeof v === 'number' && cell.numFmt ? v / displayDivisor(cell.numFmt, v) : v;
  return { ...shownValue(shown, cell.numFmt ?? ''), edit, ...cellLook(addin, styleLook(cell)) };
}

/** What the cell's style says of its look, as our reader reads it from the workbook's styles (appearance.ts). */
function styleLook(cell: ExcelJS.Cell): StyleLook {
  const fill = cell.fill?.type === 'pattern' && cell.fill.pattern === 'solid' ? rgbColour(cell.fill.fgColor?.argb) : undefined;
  const font = cell.font as Partial<ExcelJS.Font> | undefined;
  const underline = font?.underline;
  return {
    wrap: cell.alignment?.wrapText,
    vertical: cell.alignment?.vertical,
    horizontal: cell.alignment?.horizontal,
    bold: font?.bold,
    fill,
    size: font?.size,
    italic: font?.italic,
    underline: underline !== undefined && underline !== false && underline !== 'none',
    color: rgbColour(font?.color?.argb),
    border: borderOf(cell),
  };
}

/** The cell's border as our reader reads it (appearance.ts readBorder): the edges with a style, their RGB colours. */
function borderOf(cell: ExcelJS.Cell): CellBorder | undefined {
  const border = cell.border as Partial<ExcelJS.Borders> | undefined;
  if (!border) return undefined;
  const out: { -readonly [K in keyof CellBorder]: BorderEdge } = {};
  for (const side of ['left', 'right', 'top', 'bottom'] as const) {
    const edge = border[side];
    if (edge?.style && (edge.style as string) !== 'none') out[side] = { style: edge.style, color: rgbColour(edge.color?.argb) };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function formulaOfCell(cell: ExcelJS.Cell): string | null {
  const v = cell.value;
  if (v && typeof v === 'object' && 'formula' in v && typeof v.formula === 'string') return v.formula;
  if (v && typeof v === 'object' && 'sharedFormula' in v) return cell.formula ?? null;
  return null;
}

function noteText(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note as unknown;
  if (note === undefined || note === null) return undefined;
  if (typeof note === 'string') return note;
  return ((note as { texts?: { text: string }[] }).texts ?? []).map((t) => t.text).join('');
}

function sheetView(ws: ExcelJS.Worksheet, cells: AddinCells): SheetView {
  const rows: CellView[][] = [];
  const notes = new Map<string, string>();
  const hidden: number[] = [];
  let lastWithValue = 0;
  const heights: (number | undefined)[] = [];
  // Each merged area from its cells, by its first cell: a cell inside one names that cell its master.
  const merges = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  const height = Math.min(ws.rowCount, MAX_ROWS);
  const width = ws.columnCount;
  for (let r = 1; r <= height; r++) {
    const line: CellView[] = [];
    const row = ws.getRow(r);
    if (row.hidden) hidden.push(r - 1);
    heights.push(row.height > 0 ? rowPixels(row.height) : undefined);
    if (row.hasValues) lastWithValue = r;
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      if (cell.type === ExcelJS.ValueType.Merge) {
        line.push(MERGED);
        const master = cell.master;
        const area = merges.get(master.address) ?? { top: Number(master.row) - 1, left: Number(master.col) - 1, bottom: Number(master.row) - 1, right: Number(master.col) - 1 };
        area.bottom = Math.max(area.bottom, r - 1);
        area.right = Math.max(area.right, c - 1);
        merges.set(master.address, area);
      } else line.push(display(cell, cells.at(ws.name, r - 1, c - 1)));
      const note = noteText(cell);
      if (note) notes.set(`${r - 1},${c - 1}`, note);
    }
    rows.push(line);
  }
  const highlights = new Map<string, FlagLevel>();
  const formats = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings;
  for (const cf of formats) {
    const formula = cf.rules.flatMap((r) => r.formulae ?? []).find((f) => String(f).includes(FLAG_MARKER));
    if (!formula) continue;
    const level = LEVEL_BY_NAME.get(/·(.+?)"/.exec(String(formula))?.[1] ?? '') ?? 'error';
    for (const ref of cf.ref.split(/[ ,]+/)) {
      const { row, col } = parseA1(ref.split(':')[0]!);
      highlights.set(`${row},${col}`, level);
    }
  }
  const widths = Array.from({ length: width }, (_, c) => {
    const column = ws.getColumn(c + 1);
    return column.hidden ? 0 : column.width ? columnPixels(column.width) : undefined;
  });
  // Up to the last row with a value, as our reader gives them (gridView.ts): a hidden row past it draws nothing anyway.
  const hiddenRows = new Set(hidden.filter((r) => r < lastWithValue));
  const drawn = drawnMerges([...merges.values()], height);
  frameAreas(rows, drawn, (r, c) => bordersCss(borderOf(ws.getCell(r + 1, c + 1))));
  return { name: ws.name, rows, highlights, notes, rowsLeftOut: Math.max(0, ws.rowCount - MAX_ROWS), hiddenRows, widths, merges: drawn, heights };
}

export class XlsxHost implements PaneHost {
  readonly supportsNotes = true;
  readonly noCharts = NO_CHARTS_IN_XLSX;
  private readonly changes = new Listeners();
  private readonly typing = new Listeners();
  private readonly edits: WorkbookEdits;
  /** Changed since it was opened or last downloaded: replacing it or leaving the page would lose work. */
  private changedSinceSave = false;

  constructor(
    readonly label: string,
    private readonly workbook: ExcelJS.Workbook,
    private readonly onSelect: (sheet: string, cell: string) => void,
    /** What the file was read from; it is saved as .xlsx whatever it was. */
    readonly format: WorkbookFormat = 'xlsx',
    /** The formulas the file held without a result, as our reader found them (read.ts says why ExcelJS cannot). */
    private readonly uncalculated?: UncalculatedCells,
    /** An .xlsx another program wrote, its model rebuilt from what was read (open.ts `xlsxModel`): no fonts, borders or fills. */
    readonly rebuilt = false,
  ) {
    this.edits = new WorkbookEdits(workbook, uncalculated);
  }

  /** Any change to the workbook (the sheet view re-renders). */
  subscribe(listener: () => void): () => void {
    return this.changes.add(listener);
  }

  /** The accountant typed in the grid (the pane reads the workbook again; its own actions it knows of). */
  readonly onEdited = (listener: () => void): (() => void) => this.typing.add(listener);

  get dirty(): boolean {
    return this.changedSinceSave;
  }

  private changed(byTyping = false): void {
    this.changedSinceSave = true;
    this.edits.invalidate();
    this.changes.emit();
    if (byTyping) this.typing.emit();
  }

  views(): SheetView[] {
    const { cells } = this.edits.current();
    return this.workbook.worksheets.filter((ws) => ws.state === 'visible' || ws.state === undefined).map((ws) => sheetView(ws, cells));
  }

  async read(): Promise<WorkbookGrid> {
    return this.edits.current().grid;
  }

  async apply(plan: Plan): Promise<{ skipped: readonly string[] }> {
    const { skipped } = applyPlan(this.workbook, plan);
    this.changed();
    return { skipped };
  }

  async act(compute: (grid: WorkbookGrid) => Plan) {
    const grid = workbookToGrid(this.workbook, undefined, this.uncalculated);
    const plan = compute(grid);
    const { skipped } = applyPlan(this.workbook, plan, grid);
    this.changed();
    return { grid, plan, skipped };
  }

  /** The accountant's typing in the grid (web/edits.ts says how it differs from a plan). */
  edit(sheet: string, inputs: readonly CellInput[], options: { readonly force?: boolean } = {}): EditOutcome {
    const outcome = this.edits.edit(sheet, inputs, options);
    if (outcome.ok && outcome.cells > 0) this.changed(true);
    return outcome;
  }

  get canUndo(): boolean {
    return this.edits.canUndo;
  }

  get canRedo(): boolean {
    return this.edits.canRedo;
  }

  undo(): UndoOutcome {
    const outcome = this.edits.undo();
    if (outcome.ok) this.changed(true);
    return outcome;
  }

  redo(): UndoOutcome {
    const outcome = this.edits.redo();
    if (outcome.ok) this.changed(true);
    return outcome;
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.onSelect(sheet, cell);
  }

  /** Saves the workbook; what of the file opened the download does not have (hosts/xlsx/keep.ts), to say. */
  readonly download = async (): Promise<readonly string[]> => {
    // Excel and WPS recalculate every formula on opening, the accountant's own among them (the page computes only ours).
    this.workbook.calcProperties.fullCalcOnLoad = true;
    const { bytes, lost } = await writeXlsxSaying(this.workbook);
    saveBytes(bytes, downloadName(this.label), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    this.changedSinceSave = false;
    return lost;
  };
}

/**
 * Opens an .xlsx, .xls, .et or .ods file (the parser for the last three loads only for them, and runs on a worker
 * that a deadline ends: a damaged file must not freeze the page).
 */
export async function openWorkbook(label: string, bytes: ArrayBuffer, onSelect: (sheet: string, cell: string) => void): Promise<XlsxHost> {
  const opened = await loadWorkbookBytes(bytes, { parseLegacy: pageLegacyParser });
  return new XlsxHost(label, opened.workbook, onSelect, opened.format);
}

/**
 * An .xlsx whose grid the page has read already with our own reader (webHost.ts): only ExcelJS's model is built,
 * and the formulas that grid found without a result are still read as such (`read`, the grid our reader gave).
 */
export async function openXlsxModel(label: string, bytes: ArrayBuffer, onSelect: (sheet: string, cell: string) => void, read?: WorkbookGrid): Promise<XlsxHost> {
  // A file ExcelJS cannot load (another program's: `x:` on every tag, cells without `r`) gets SheetJS's model.
  const data = new Uint8Array(bytes);
  const { workbook, rebuilt } = await xlsxModel(data, read ?? (await readXlsx(data)), { parseLegacy: pageLegacyParser });
  return new XlsxHost(label, workbook, onSelect, 'xlsx', read ? uncalculatedCellsOf(read) : undefined, rebuilt === true);
}
