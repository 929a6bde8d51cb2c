/**
 * The workbook open in the web page, shown at once from our own reader and written through ExcelJS.
 *
 * An .xlsx is read with our reader (readXlsx and readAppearance: our zip, the browser's inflater, one scan per
 * sheet), and the pane and the sheet view show that grid at once; ExcelJS (≈940 KB) loads in the background and
 * is awaited only to write — a pane action, the accountant's typing in the grid, undo and redo — or to download.
 * From the first write on, the ExcelJS workbook is the truth, as it was before this fast path: views and reads
 * come from it. An .xls, .et or .ods is converted on opening and held by ExcelJS from the start.
 */
import type { WorkbookGrid } from '../engine/grid/cell';
import type { Plan } from '../engine/plan/plan';
import type { PaneHost } from '../taskpane/host';
import type { WorkbookFormat } from '../hosts/files/kind';
import type { CellInput, EditOutcome, UndoOutcome } from './edits';
import type { SheetView } from './view';
import type { XlsxHost } from './xlsxHost';
import { Listeners } from './listeners';
import { NO_CHARTS_IN_XLSX } from '../hosts/noCharts';

/** What our reader gave before ExcelJS was there. */
interface FastRead {
  readonly grid: WorkbookGrid;
  /**
   * The sheets drawn without the add-in's cells shaded (which needs much of the engine), asked for once the pane is
   * on screen…
   */
  readonly views: () => Promise<readonly SheetView[]>;
  /** …and with them, once that part of the engine is loaded. */
  readonly shaded: () => Promise<readonly SheetView[]>;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class WebWorkbook implements PaneHost {
  readonly supportsNotes = true;
  readonly noCharts = NO_CHARTS_IN_XLSX;
  private full: XlsxHost | undefined;
  private loading: Promise<XlsxHost> | undefined;
  private failed: string | undefined;
  private fastViews: readonly SheetView[] | undefined;
  /** Written through ExcelJS (or never read without it): its workbook is the truth. */
  private written: boolean;
  private readonly changes = new Listeners();
  private readonly typing = new Listeners();

  private constructor(
    readonly label: string,
    readonly format: WorkbookFormat,
    private readonly fast: FastRead | undefined,
    private readonly loadModel: () => Promise<XlsxHost>,
    private readonly onSelect: (sheet: string, cell: string) => void,
  ) {
    this.written = fast === undefined;
  }

  /** An .xlsx read with our reader; `loadModel` builds ExcelJS's workbook when the page first needs it. */
  static read(label: string, fast: FastRead, loadModel: () => Promise<XlsxHost>, onSelect: (sheet: string, cell: string) => void): WebWorkbook {
    return new WebWorkbook(label, 'xlsx', fast, loadModel, onSelect);
  }

  /** A workbook ExcelJS holds already (a converted .xls, .et or .ods). */
  static loaded(host: XlsxHost, onSelect: (sheet: string, cell: string) => void): WebWorkbook {
    const book = new WebWorkbook(host.label, host.format, undefined, () => Promise.resolve(host), onSelect);
    void book.model();
    return book;
  }

  /**
   * What the page does once the pane is on screen and the page is idle: the sheets drawn, then the add-in's cells
   * shaded, then ExcelJS's workbook loaded (a write asks for it sooner). Sheets our reader cannot draw are drawn
   * from ExcelJS's workbook once it is in.
   */
  async complete(): Promise<void> {
    for (const draw of this.fast ? [this.fast.views, this.fast.shaded] : []) {
      const views = await draw().catch(() => undefined);
      if (!views || this.written) break;
      this.fastViews = views;
      this.changes.emit();
    }
    await this.model().catch(() => undefined);
  }

  /** ExcelJS's workbook, loaded once (started by the page when it is idle, or by the first write). */
  model(): Promise<XlsxHost> {
    this.loading ??= this.loadModel().then(
      (host) => {
        this.full = host;
        host.subscribe(() => this.changes.emit());
        host.onEdited(() => this.typing.emit());
        // The sheets not drawn by our reader (yet): ExcelJS's views now. A rebuilt model: the page says so.
        if (this.fastViews === undefined || host.rebuilt) this.changes.emit();
        return host;
      },
      (e: unknown) => {
        this.failed = `无法载入编辑功能（${messageOf(e)}）：工作簿可以查看，但不能写入或下载。请刷新页面后重新打开；若仍不行，请在 Excel 中打开并重新保存后再试。`;
        this.changes.emit();
        throw new Error(this.failed);
      },
    );
    return this.loading;
  }

  /** Whether ExcelJS's model is SheetJS's rebuilt (an .xlsx another program wrote): known once the model is in. */
  get rebuilt(): boolean {
    return this.full?.rebuilt === true;
  }

  /** Why the workbook cannot be written, once ExcelJS failed to load it. */
  get failure(): string | undefined {
    return this.failed;
  }

  /** ExcelJS's workbook for a write: from then on it is the truth. */
  private async writable(): Promise<XlsxHost> {
    const host = await this.model();
    this.written = true;
    return host;
  }

  /** Any change to the workbook (the sheet view re-renders). */
  subscribe(listener: () => void): () => void {
    return this.changes.add(listener);
  }

  /** The accountant typed in the grid (the pane reads the workbook again). */
  readonly onEdited = (listener: () => void): (() => void) => this.typing.add(listener);

  get dirty(): boolean {
    return this.full?.dirty ?? false;
  }

  /** The sheets as drawn; undefined while they are being drawn (the pane shows first). */
  views(): readonly SheetView[] | undefined {
    if (this.fastViews && !this.written) return this.fastViews;
    return this.full ? this.full.views() : this.failed === undefined ? undefined : [];
  }

  async read(): Promise<WorkbookGrid> {
    return this.held() ?? (await this.model()).read();
  }

  /** Our reader's grid, until ExcelJS's workbook is the truth. */
  held(): WorkbookGrid | undefined {
    return this.fast && !this.written ? this.fast.grid : undefined;
  }

  async apply(plan: Plan): Promise<{ skipped: readonly string[] }> {
    return (await this.writable()).apply(plan);
  }

  async act(compute: (grid: WorkbookGrid) => Plan) {
    return (await this.writable()).act(compute);
  }

  /** Typing in the grid: at once when ExcelJS is there, else once it is (the grid waits, then shows the outcome). */
  edit(sheet: string, inputs: readonly CellInput[], options: { readonly force?: boolean } = {}): EditOutcome | Promise<EditOutcome> {
    if (this.full) {
      this.written = true;
      return this.full.edit(sheet, inputs, options);
    }
    return this.writable().then(
      (host) => host.edit(sheet, inputs, options),
      (e: unknown): EditOutcome => ({ ok: false, reason: 'unavailable', message: messageOf(e) }),
    );
  }

  undo(): UndoOutcome | Promise<UndoOutcome> {
    return this.full ? this.full.undo() : this.model().then((host) => host.undo(), (e: unknown): UndoOutcome => ({ ok: false, message: messageOf(e) }));
  }

  redo(): UndoOutcome | Promise<UndoOutcome> {
    return this.full ? this.full.redo() : this.model().then((host) => host.redo(), (e: unknown): UndoOutcome => ({ ok: false, message: messageOf(e) }));
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.onSelect(sheet, cell);
  }

  readonly download = async (): Promise<readonly string[]> => (await this.model()).download();
}
