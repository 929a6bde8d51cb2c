/**
 * Opening a workbook file, whatever its format: .xlsx (and .xlsm) with our own reader, exactly as before; .xls,
 * .et and .ods through SheetJS, whose module (and the parser with it) is imported only when such a file is opened.
 * Every failure is an XlsxReadError whose message says, in Chinese, what the file is and what to do.
 */
import type ExcelJS from 'exceljs';
import type { WorkBook } from '@e965/xlsx';
import type { WorkbookGrid } from '../../engine/grid/cell';
import { readXlsx, XlsxReadError } from '../xlsx/file';
import { LegacyFormat, workbookFormat, WorkbookFormat } from './kind';

/** How the bytes of an .xls, .et or .ods file become SheetJS's workbook. Rejects with an XlsxReadError. */
export type LegacyParser = (bytes: Uint8Array, format: LegacyFormat) => Promise<WorkBook>;

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
}

/** The grid and the workbook model, to edit and save (fill, check --out, the web page). */
export async function loadWorkbookBytes(data: ArrayBuffer | Uint8Array, options: ReadOptions = {}): Promise<OpenedWorkbook> {
  const bytes = bytesOf(data);
  const format = formatOf(bytes);
  if (format === 'xlsx') {
    const { loadXlsx } = await import(/* webpackChunkName: "xlsx-model" */ '../xlsx/read');
    return { grid: await readXlsx(bytes), workbook: await loadXlsx(bytes), format };
  }
  const book = await (options.parseLegacy ?? parseInThisThread)(bytes, format);
  const { legacyWorkbook } = await import(/* webpackChunkName: "legacy-formats" */ './legacyWorkbook');
  return { ...legacyWorkbook(book), format };
}
