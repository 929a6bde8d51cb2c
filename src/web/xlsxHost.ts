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
import { formatAmount } from '../engine/grid/money';
import { cellValueOf, workbookToGrid } from '../hosts/xlsx/read';
import { loadWorkbookBytes } from '../hosts/files/open';
import type { WorkbookFormat } from '../hosts/files/kind';
import { editText } from '../engine/edit/typed';
import type { AddinCell, AddinCells } from '../engine/edit/addinCells';
import { CellInput, EditOutcome, UndoOutcome, WorkbookEdits } from './edits';
import { applyPlan, writeXlsx } from '../hosts/xlsx/apply';
import type { PaneHost } from '../taskpane/host';
import { saveBytes } from '../taskpane/download';

export interface CellView {
  readonly text: string;
  readonly numeric: boolean;
  /** What the cell's editor starts with: the formula with its `=`, a number as stored, text as is. */
  readonly edit: string;
  /** A cell of the add-in's (engine/edit/addinCells.ts): its formula, a label of its sheet, generated text. */
  readonly addin?: AddinCell['kind'];
  /** The cell wraps its text (Excel's 自动换行): the view wraps it too, in the column's width. */
  readonly wrap?: boolean;
  /** Where the text sits in a tall row: Excel's default is the bottom. */
  readonly vertical?: 'top' | 'middle';
}

export interface SheetView {
  readonly name: string;
  readonly rows: readonly (readonly CellView[])[];
  /** `row,col` → the flag level on that cell. */
  readonly highlights: ReadonlyMap<string, FlagLevel>;
  readonly notes: ReadonlyMap<string, string>;
  /** Rows left out of the view (very large sheets). */
  readonly hiddenRows: number;
  /** Each column's width in pixels as Excel draws it (0: hidden), undefined where the sheet's default serves. */
  readonly widths: readonly (number | undefined)[];
}

/** Pixels of a column `chars` wide: Excel's 7-pixel digit per character and 5 pixels of padding. */
const columnPixels = (chars: number) => Math.trunc(chars * 7 + 0.5) + 5;

const MAX_ROWS = 1000;
const LEVEL_BY_NAME = new Map<string, FlagLevel>((Object.keys(FLAG_LEVEL_NAMES) as FlagLevel[]).map((l) => [FLAG_LEVEL_NAMES[l], l]));

function shownValue(cell: ExcelJS.Cell): { text: string; numeric: boolean } {
  const v = cellValueOf(cell);
  if (v === null) return { text: '', numeric: false };
  if (typeof v === 'number') {
    const fmt = cell.numFmt ?? '';
    if (fmt.includes('%')) return { text: `${(v * 100).toFixed(fmt.includes('0.00') ? 2 : 0)}%`, numeric: true };
    if (fmt.includes('0.00')) return { text: fmt.includes('#,##') ? formatAmount(v) : v.toFixed(2), numeric: true };
    return { text: String(v), numeric: true };
  }
  if (typeof v === 'object') return { text: v.error, numeric: false };
  return { text: String(v), numeric: false };
}

function display(cell: ExcelJS.Cell, addin: AddinCell | undefined): CellView {
  const v = cellValueOf(cell);
  const formula = formulaOfCell(cell);
  const edit = editText(typeof v === 'object' && v !== null ? v.error : v, formula);
  const vertical = cell.alignment?.vertical;
  return {
    ...shownValue(cell),
    edit,
    ...(addin ? { addin: addin.kind } : {}),
    ...(cell.alignment?.wrapText ? { wrap: true } : {}),
    ...(vertical === 'top' || vertical === 'middle' ? { vertical } : {}),
  };
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
  const height = Math.min(ws.rowCount, MAX_ROWS);
  const width = ws.columnCount;
  for (let r = 1; r <= height; r++) {
    const line: CellView[] = [];
    const row = ws.getRow(r);
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      line.push(cell.type === ExcelJS.ValueType.Merge ? { text: '', numeric: false, edit: '' } : display(cell, cells.at(ws.name, r - 1, c - 1)));
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
  return { name: ws.name, rows, highlights, notes, hiddenRows: Math.max(0, ws.rowCount - MAX_ROWS), widths };
}

export class XlsxHost implements PaneHost {
  readonly supportsNotes = true;
  private readonly listeners = new Set<() => void>();
  private readonly editListeners = new Set<() => void>();
  private readonly edits: WorkbookEdits;
  /** Changed since it was opened or last downloaded: replacing it or leaving the page would lose work. */
  private changedSinceSave = false;

  constructor(
    readonly label: string,
    private readonly workbook: ExcelJS.Workbook,
    private readonly onSelect: (sheet: string, cell: string) => void,
    /** What the file was read from; it is saved as .xlsx whatever it was. */
    readonly format: WorkbookFormat = 'xlsx',
  ) {
    this.edits = new WorkbookEdits(workbook);
  }

  /** Any change to the workbook (the sheet view re-renders). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The accountant typed in the grid (the pane reads the workbook again; its own actions it knows of). */
  readonly onEdited = (listener: () => void): (() => void) => {
    this.editListeners.add(listener);
    return () => this.editListeners.delete(listener);
  };

  get dirty(): boolean {
    return this.changedSinceSave;
  }

  private changed(byTyping = false): void {
    this.changedSinceSave = true;
    this.edits.invalidate();
    for (const l of this.listeners) l();
    if (byTyping) for (const l of this.editListeners) l();
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
    const grid = workbookToGrid(this.workbook);
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

  readonly download = async (): Promise<void> => {
    // Excel and WPS recalculate every formula on opening, the accountant's own among them (the page computes only ours).
    this.workbook.calcProperties.fullCalcOnLoad = true;
    const stem = this.label.replace(/\.(xlsx|xlsm|xls|et|ods)$/i, '');
    const name = stem !== this.label ? `${stem}（决算公开助手）.xlsx` : '决算（决算公开助手）.xlsx';
    saveBytes(await writeXlsx(this.workbook), name, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    this.changedSinceSave = false;
  };
}

/** Opens an .xlsx, .xls, .et or .ods file (the parser for the last three loads only for them). */
export async function openWorkbook(label: string, bytes: ArrayBuffer, onSelect: (sheet: string, cell: string) => void): Promise<XlsxHost> {
  const opened = await loadWorkbookBytes(bytes);
  return new XlsxHost(label, opened.workbook, onSelect, opened.format);
}
