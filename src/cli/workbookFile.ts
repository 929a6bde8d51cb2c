/** Reading a workbook file with ExcelJS; every failure becomes a UsageError naming the file and the reason. */
import type ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../engine/grid/cell';
import { loadXlsx, workbookToGrid, XlsxReadError } from '../hosts/xlsx/read';
import { UsageError } from './errors';
import { readBytes } from './files';

/** The workbook (to edit and save) and its grid (for the engine). */
export async function loadWorkbookFile(file: string): Promise<{ workbook: ExcelJS.Workbook; grid: WorkbookGrid }> {
  const data = await readBytes(file);
  try {
    const workbook = await loadXlsx(data);
    return { workbook, grid: workbookToGrid(workbook) };
  } catch (e) {
    if (e instanceof XlsxReadError) throw new UsageError(`${file}：${e.message}`);
    throw e;
  }
}

export async function readWorkbookFile(file: string): Promise<WorkbookGrid> {
  return (await loadWorkbookFile(file)).grid;
}
