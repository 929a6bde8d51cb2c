/**
 * Reading a workbook file (.xlsx, .xlsm, .xls, .et, .ods); every failure becomes a UsageError naming the file
 * and the reason. Whatever was read, what the command line writes is an .xlsx: `xlsxOutput` says where.
 */
import type { WorkbookGrid } from '../engine/grid/cell';
import { XlsxReadError } from '../hosts/xlsx/file';
import { LegacyParser, loadWorkbookBytes, OpenedWorkbook, ReadOptions, readWorkbookBytes } from '../hosts/files/open';
import { FORMAT_NAMES } from '../hosts/files/kind';
import { UsageError } from './errors';
import { ownBytes, readBytes, withFileBytes } from './files';

// .xls, .et and .ods are parsed on a worker thread that a deadline ends: a damaged file must not hang the command.
// The thread's module (and Node's worker_threads, milliseconds to load) only for them: an .xlsx starts as before.
let onThread: LegacyParser | undefined;
const parseLegacy: LegacyParser = async (bytes, format) => {
  onThread ??= (await import('./legacyThread')).legacyThreadParser();
  // Posted to the thread, a view is copied with the whole buffer it was lent from: the file's bytes alone are sent.
  return onThread(ownBytes(bytes), format);
};
const OPTIONS: ReadOptions = { parseLegacy };

async function reading<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof XlsxReadError) throw new UsageError(`${file}：${e.message}`);
    throw e;
  }
}

/** The workbook (to edit and save) and its grid (for the engine, read from the same bytes). */
export async function loadWorkbookFile(file: string): Promise<OpenedWorkbook> {
  const data = readBytes(file);
  return reading(file, () => loadWorkbookBytes(data, OPTIONS));
}

/** The grid alone (checking, inspecting, explaining): no workbook model is built. */
export async function readWorkbookFile(file: string): Promise<WorkbookGrid> {
  // The grid holds strings and numbers, no view of the file's bytes: they may be lent.
  return withFileBytes(file, (data) => reading(file, () => readWorkbookBytes(data, OPTIONS)));
}

/**
 * Where a workbook the command line writes goes: `--out` as given when it names an .xlsx, otherwise the same
 * name ending in .xlsx (an .xlsx written under an .xls name would not open, nor under an .xlsm one: Excel refuses a
 * macro-enabled name whose workbook is not, and the writer keeps no macros). With the lines that say so.
 */
export function xlsxOutput(out: string, opened: OpenedWorkbook): { readonly path: string; readonly notices: readonly string[] } {
  const path = /\.xlsx$/i.test(out) ? out : `${out.replace(/\.(xlsm|xls|et|ods|xlt|ett)$/i, '')}.xlsx`;
  const notices: string[] = [];
  const kept = '数值、公式、数字格式、合并单元格和列宽已保留，字体、边框和底色未保留';
  if (opened.format !== 'xlsx') notices.push(`输入文件是 ${FORMAT_NAMES[opened.format]}：结果另存为 .xlsx 格式（${kept}），原文件未改动。`);
  else if (opened.rebuilt) notices.push(`输入文件由其他程序生成，无法原样写入：结果按读取的内容另存（${kept}），原文件未改动。`);
  if (path !== out) notices.push(`结果是 .xlsx 格式${/\.xlsm$/i.test(out) ? '（不含宏）' : ''}，文件名改为 ${path}（而不是 ${out}）。`);
  return { path, notices };
}
