/** Reading and writing files for the command line; every failure becomes a UsageError naming the file. */
import { promises as fs } from 'fs';
import { UsageError } from './errors';

export async function readBytes(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹' : code === 'EACCES' ? '没有读取权限' : String(e);
    throw new UsageError(`${file}：${reason}。`);
  }
}

/** A JSON file (说明数据); unreadable or invalid JSON is bad input. */
export async function readJsonFile(file: string): Promise<unknown> {
  const text = (await readBytes(file)).toString('utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file}：不是有效的 JSON（${e instanceof Error ? e.message : String(e)}）：请检查括号、引号和逗号。`);
  }
}

export async function writeOutput(file: string, data: Uint8Array | string): Promise<void> {
  try {
    await fs.writeFile(file, data);
  } catch (e) {
    throw new UsageError(`${file}：无法写入（${(e as NodeJS.ErrnoException).code ?? String(e)}）。`);
  }
}
