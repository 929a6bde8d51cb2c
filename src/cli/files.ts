/** Reading workbook files for the command line; every failure becomes a UsageError naming the file. */
import { promises as fs } from 'fs';
import type { WorkbookGrid } from '../engine/grid/cell';
import { readXlsx, XlsxReadError } from '../hosts/xlsx/read';
import { UsageError } from './errors';

export async function readWorkbookFile(file: string): Promise<WorkbookGrid> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹' : code === 'EACCES' ? '没有读取权限' : String(e);
    throw new UsageError(`${file}：${reason}。`);
  }
  try {
    return await readXlsx(data);
  } catch (e) {
    if (e instanceof XlsxReadError) throw new UsageError(`${file}：${e.message}`);
    throw e;
  }
}
