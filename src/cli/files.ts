/** Reading and writing files for the command line; every failure becomes a UsageError naming the file. */
import { promises as fs } from 'fs';
import { UsageError } from './errors';
import { parseJsonText } from '../engine/supplement/json';

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
  const parsed = parseJsonText((await readBytes(file)).toString('utf8'));
  if (!parsed.ok) throw new UsageError(`${file}：${parsed.message}`);
  return parsed.json;
}

export async function writeOutput(file: string, data: Uint8Array | string): Promise<void> {
  try {
    await fs.writeFile(file, data);
  } catch (e) {
    throw new UsageError(`${file}：无法写入（${(e as NodeJS.ErrnoException).code ?? String(e)}）。`);
  }
}
