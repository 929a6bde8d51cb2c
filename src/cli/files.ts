/**
 * Reading and writing files for the command line; every failure becomes a UsageError naming the file. Files are
 * read and written synchronously: a command handles its few files one after another anyway, and the first
 * asynchronous call would start libuv's thread pool (3–10 ms of a one-file `check`, which is ≈0.3 s in all).
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'fs';
import path from 'path';
import { UsageError } from './errors';
import { parseJsonText } from '../engine/supplement/json';

function usageError(file: string, e: unknown): UsageError {
  const code = (e as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹' : code === 'EACCES' ? '没有读取权限' : String(e);
  return new UsageError(`${file}：${reason}。`);
}

export function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    throw usageError(file, e);
  }
}

/**
 * The file's bytes read into `into` when it has room, else into a buffer of the file's size: `bytes`, a view of
 * `buffer`. Anything not a plain file of a size told in advance (a pipe, a device) is read as readFileSync reads it,
 * into no buffer that could be kept (`buffer` undefined).
 */
function readInto(file: string, into: Buffer | undefined): { readonly bytes: Buffer; readonly buffer?: Buffer } {
  const fd = openSync(file, 'r');
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size === 0) return { bytes: readFileSync(fd) };
    const size = stat.size;
    const buffer = into !== undefined && into.length >= size ? into : Buffer.allocUnsafeSlow(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: buffer.subarray(0, read), buffer };
  } finally {
    closeSync(fd);
  }
}

/**
 * The buffer the last workbook was read into, kept for the next: a batch's worker reads file after file, and memory
 * already mapped is read into at the speed of a copy. Read into a fresh buffer, a department's 200 KB workbook spent
 * ≈0.7 ms of its ≈9 ms check on the kernel mapping the buffer's pages (measured on this VM, ≈14 µs a page), once
 * per file. Lent to one reading at a time (a reading started while another holds it gets a buffer of its own), and
 * not kept beyond SPARE_LIMIT.
 */
let spare: Buffer | undefined;
const SPARE_LIMIT = 64 * 1024 * 1024;

/**
 * `use` given the file's bytes, which are lent: the next file is read over them once `use` has settled, so nothing
 * `use` returns may hold a view of them (the grid reader's strings and numbers do not).
 */
export async function withFileBytes<T>(file: string, use: (bytes: Uint8Array) => Promise<T>): Promise<T> {
  const lent = spare;
  spare = undefined;
  let read: ReturnType<typeof readInto>;
  try {
    read = readInto(file, lent);
  } catch (e) {
    spare = lent;
    throw usageError(file, e);
  }
  try {
    return await use(read.bytes);
  } finally {
    const kept = read.buffer ?? lent;
    spare = kept !== undefined && kept.length <= SPARE_LIMIT ? kept : undefined;
  }
}

/**
 * The bytes in a buffer of their own: a copy where they are a view of a larger one (a lent buffer keeps the largest
 * file's), which anything that copies them (a message to a thread) would otherwise copy whole.
 */
export function ownBytes(bytes: Uint8Array): Uint8Array {
  // A copy by the typed array's constructor: a Buffer's slice is a view.
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

/** A JSON file (说明数据); unreadable or invalid JSON is bad input. */
export function readJsonFile(file: string): unknown {
  const parsed = parseJsonText(readBytes(file).toString('utf8'));
  if (!parsed.ok) throw new UsageError(`${file}：${parsed.message}`);
  return parsed.json;
}

/**
 * Refuses an output that is the input file itself (the same name, or another one for it: a link, another spelling of
 * the path): written over, the accountant's only copy was what our writer keeps of it, and a text or .docx over a
 * workbook left no workbook at all.
 */
export function refuseOverwritingInput(input: string, out: string): void {
  if (sameFile(input, out)) throw new UsageError(`${out} 就是输入文件：结果不能写在原文件上，请用 --out 另取一个文件名（原文件不会被改动）。`);
}

/**
 * Whether two paths name one existing file: by device and file number, as big integers (NTFS's 64-bit file ids lose
 * their low bits as numbers: two files would be one); by the resolved path where the file system gives no number (0).
 * A path that cannot be looked at names no file here: writing to it says why.
 */
function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a, { bigint: true, throwIfNoEntry: false });
    const y = statSync(b, { bigint: true, throwIfNoEntry: false });
    if (x === undefined || y === undefined) return false;
    if (x.ino === 0n || y.ino === 0n) return samePath(a, b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

function samePath(a: string, b: string): boolean {
  const fold = (p: string) => (process.platform === 'win32' || process.platform === 'darwin' ? path.resolve(p).toLowerCase() : path.resolve(p));
  return fold(a) === fold(b);
}

export function writeOutput(file: string, data: Uint8Array | string): void {
  try {
    writeFileSync(file, data);
  } catch (e) {
    throw new UsageError(`${file}：无法写入（${(e as NodeJS.ErrnoException).code ?? String(e)}）。`);
  }
}
