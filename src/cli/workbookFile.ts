/** Reading a workbook file with ExcelJS; every failure becomes a UsageError naming the file and the reason. */
import type ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../engine/grid/cell';
import { readXlsx, XlsxReadError } from '../hosts/xlsx/file';
import { UsageError } from './errors';
import { readBytes } from './files';

async function reading<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof XlsxReadError) throw new UsageError(`${file}：${e.message}`);
    throw e;
  }
}

/** The workbook (to edit and save) and its grid (for the engine, read from the same bytes). */
export async function loadWorkbookFile(file: string): Promise<{ workbook: ExcelJS.Workbook; grid: WorkbookGrid }> {
  const data = await readBytes(file);
  // ExcelJS loads only here, where a workbook is to be written.
  const { loadXlsx } = await import('../hosts/xlsx/read');
  return reading(file, async () => ({ grid: await readXlsx(data), workbook: await loadXlsx(data) }));
}

/** The grid alone (checking, inspecting, explaining): no workbook model is built. */
export async function readWorkbookFile(file: string): Promise<WorkbookGrid> {
  const data = await readBytes(file);
  return reading(file, () => readXlsx(data));
}
