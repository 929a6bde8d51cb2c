/**
 * The refusals of an .xls, .et or .ods file, apart from the parser (legacyParse.ts) so that the thread which only
 * waits for a worker's parse (src/cli/legacyThread.ts) can say them without loading SheetJS itself.
 */
import { XlsxReadError } from '../xlsx/file';
import type { WorkbookFormat } from './kind';

export const encrypted = () => new XlsxReadError('encrypted', '文件已加密（设置了打开密码）：请在 Excel 或 WPS 中取消密码（文件→加密/属性→安全性）后再试。');

/** A file SheetJS could not read; `detail` says what went wrong. */
export const damaged = (format: WorkbookFormat, detail: string) =>
  new XlsxReadError('corrupt', `文件已损坏，无法作为 ${format === 'ods' ? '.ods' : format === 'xlsx' ? '.xlsx' : '.xls/.et'} 工作簿读取（${detail}）：请在 Excel 或 WPS 中打开并另存为 .xlsx 后再试。`);
