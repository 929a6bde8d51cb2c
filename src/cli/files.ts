/**
 * Reading and writing files for the command line; every failure becomes a UsageError naming the file. Files are
 * read and written synchronously: a command handles its few files one after another anyway, and the first
 * asynchronous call would start libuv's thread pool (3–10 ms of a one-file `check`, which is ≈0.3 s in all).
 */
import { readFileSync, writeFileSync } from 'fs';
import { UsageError } from './errors';
import { parseJsonText } from '../engine/supplement/json';

export function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹' : code === 'EACCES' ? '没有读取权限' : String(e);
    throw new UsageError(`${file}：${reason}。`);
  }
}

/** A JSON file (说明数据); unreadable or invalid JSON is bad input. */
export function readJsonFile(file: string): unknown {
  const parsed = parseJsonText(readBytes(file).toString('utf8'));
  if (!parsed.ok) throw new UsageError(`${file}：${parsed.message}`);
  return parsed.json;
}

export function writeOutput(file: string, data: Uint8Array | string): void {
  try {
    writeFileSync(file, data);
  } catch (e) {
    throw new UsageError(`${file}：无法写入（${(e as NodeJS.ErrnoException).code ?? String(e)}）。`);
  }
}
