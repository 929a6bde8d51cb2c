/**
 * Opening a workbook file, whatever its format: .xlsx (and .xlsm) with our own reader, exactly as before; .xls,
 * .et and .ods through SheetJS, whose module (and the parser with it) is imported only when such a file is opened.
 * Every failure is an XlsxReadError whose message says, in Chinese, what the file is and what to do.
 */
import type ExcelJS from 'exceljs';
import type { WorkBook } from '@e965/xlsx';
import type { WorkbookGrid } from '../../engine/grid/cell';
import { readXlsx, XlsxReadError } from '../xlsx/file';
import { workbookFormat, WorkbookFormat } from './kind';

/** How the bytes of an .xls, .et or .ods file become SheetJS's workbook. Rejects with an XlsxReadError. */
export type LegacyParser = (bytes: Uint8Array, format: WorkbookFormat) => Promise<WorkBook>;

export interface ReadOptions {
  /**
   * SheetJS parses in this thread unless the caller gives a parser that a deadline can stop (parseThread.ts: the
   * command line's worker thread, src/cli/legacyThread.ts, and the pages' Web Worker, browser/legacyThread.ts):
   * some damaged files make SheetJS loop for ever.
   */
  readonly parseLegacy?: LegacyParser;
}

/** SheetJS in this thread: the default, and where no worker can start the fallback of the parsers on workers. */
export const parseInThisThread: LegacyParser = async (bytes, format) => {
  // A chunk of its own: a page whose worker parses never loads SheetJS itself.
  const { parseLegacy } = await import(/* webpackChunkName: "sheetjs-in-page" */ './legacyParse');
  return parseLegacy(bytes, format);
};

function bytesOf(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function formatOf(bytes: Uint8Array): WorkbookFormat {
  const format = workbookFormat(bytes);
  if (!format) throw new XlsxReadError('not-xlsx', '不是 .xlsx、.xls、.et 或 .ods 工作簿（可能是 CSV 或文本文件改了扩展名）：请在 Excel 或 WPS 中另存为 .xlsx 后再试。');
  return format;
}

/** The grid alone (inspect, check, the pane's 上年数): no workbook model is built. */
export async function readWorkbookBytes(data: ArrayBuffer | Uint8Array, options: ReadOptions = {}): Promise<WorkbookGrid> {
  const bytes = bytesOf(data);
  const format = formatOf(bytes);
  if (format === 'xlsx') return readXlsx(bytes);
  const book = await (options.parseLegacy ?? parseInThisThread)(bytes, format);
  const { legacyGrid } = await import(/* webpackChunkName: "legacy-formats" */ './legacy');
  return legacyGrid(book);
}

export interface OpenedWorkbook {
  readonly grid: WorkbookGrid;
  /** The workbook to apply plans to; it is saved as .xlsx whatever it was read from. */
  readonly workbook: ExcelJS.Workbook;
  readonly format: WorkbookFormat;
  /** An .xlsx whose model was rebuilt from what was read (`xlsxModel`): its fonts, borders and fills are not kept. */
  readonly rebuilt?: true;
}

/** The grid and the workbook model, to edit and save (fill, check --out, the web page). */
export async function loadWorkbookBytes(data: ArrayBuffer | Uint8Array, options: ReadOptions = {}): Promise<OpenedWorkbook> {
  const bytes = bytesOf(data);
  const format = formatOf(bytes);
  if (format === 'xlsx') {
    const grid = await readXlsx(bytes);
    return { grid, ...(await xlsxModel(bytes, grid, options)), format };
  }
  const book = await (options.parseLegacy ?? parseInThisThread)(bytes, format);
  const { legacyWorkbook } = await import(/* webpackChunkName: "legacy-formats" */ './legacyWorkbook');
  return { ...legacyWorkbook(book), format };
}

/** The cells of two grids as a reader places them: values by position (trailing blanks aside) and merges, by sheet. */
function sameCells(a: WorkbookGrid, b: WorkbookGrid): boolean {
  const cells = (g: WorkbookGrid) =>
    JSON.stringify(
      g.sheets.map((s) => {
        const rows = s.rows.map((r) => {
          const line = [...r];
          while (line.length > 0 && line[line.length - 1] === null) line.pop();
          return line;
        });
        while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
        return [s.name, rows, s.merges ?? []];
      }),
    );
  return cells(a) === cells(b);
}

/**
 * The model of an .xlsx to edit and save: ExcelJS's. A file our reader reads and ExcelJS cannot load (one other
 * programs write: an `x:` prefix on every tag, cells or rows without `r`) was refused as damaged; its model is
 * SheetJS's instead, as an .xls's is, where SheetJS places every cell where our reader does (a plan names cells by
 * the grid: written into a model that placed them elsewhere, flags and formulas would land on other cells).
 */
export async function xlsxModel(bytes: Uint8Array, grid: WorkbookGrid, options: ReadOptions = {}): Promise<{ workbook: ExcelJS.Workbook; rebuilt?: true }> {
  const { loadXlsx } = await import(/* webpackChunkName: "xlsx-model" */ '../xlsx/read');
  try {
    return { workbook: await loadXlsx(bytes) };
  } catch (refusal) {
    if (!(refusal instanceof XlsxReadError)) throw refusal;
    const book = await (options.parseLegacy ?? parseInThisThread)(bytes, 'xlsx').catch(() => undefined);
    const { legacyWorkbook } = await import(/* webpackChunkName: "legacy-formats" */ './legacyWorkbook');
    const opened = book ? legacyWorkbook(book) : undefined;
    if (!opened || !sameCells(opened.grid, grid)) {
      throw new XlsxReadError('corrupt', '文件能读取和检查，但它的内部结构（由其他程序生成）无法载入为可写入的工作簿：请在 Excel 或 WPS 中打开并另存为 .xlsx 后再试。');
    }
    return { workbook: opened.workbook, rebuilt: true };
  }
}
