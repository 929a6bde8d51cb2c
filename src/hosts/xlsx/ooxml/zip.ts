/**
 * The zip container of an .xlsx (APPNOTE.TXT): the central directory read once, each part inflated on demand by the
 * platform (`inflate.ts`). Reading the directory ourselves instead of through JSZip saves its 60-odd modules at
 * start-up and most of its time: the parts are plain deflate streams that zlib (or the browser) inflates at its
 * own speed.
 */
import { findEndRecord, u32 } from './zipEnd';

export class ZipError extends Error {}

/**
 * Inflates a raw deflate stream (method 8); the platform's own, see inflate.ts. `size` is the inflated size the
 * zip's directory declares (0 when it does not say): a hint for the output buffer, never trusted for the result.
 */
export type Inflater = (data: Uint8Array, size: number) => Uint8Array | Promise<Uint8Array>;

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  /** The inflated size the central directory declares. */
  readonly size: number;
  readonly localHeader: number;
}

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8);
}

function endRecord(bytes: Uint8Array): number {
  const at = findEndRecord(bytes);
  if (at === -1) throw new ZipError('找不到 zip 目录（文件不完整）');
  return at;
}

const utf8 = new TextDecoder('utf-8');

/** Entries by lower-case name: part names are case-insensitive (ECMA-376 part 2, 9.1.1.1). */
export function readDirectory(bytes: Uint8Array): Map<string, Entry> {
  const end = endRecord(bytes);
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const entries = new Map<string, Entry>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) throw new ZipError('zip 目录已损坏');
    const nameLength = u16(bytes, at + 28);
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name.toLowerCase(), {
      name,
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localHeader: u32(bytes, at + 42),
    });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** The stored bytes of an entry, inflated. */
export async function entryBytes(bytes: Uint8Array, entry: Entry, inflate: Inflater): Promise<Uint8Array> {
  const local = entry.localHeader;
  if (local + 30 > bytes.length || u32(bytes, local) !== LOCAL) throw new ZipError(`zip 中的“${entry.name}”已损坏`);
  // The local header's own name and extra lengths: the extra field may differ from the central directory's.
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw new ZipError(`zip 中的“${entry.name}”不完整`);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipError(`zip 中的“${entry.name}”用了不支持的压缩方法 ${entry.method}`);
  try {
    return await inflate(data, entry.size);
  } catch (e) {
    throw new ZipError(`zip 中的“${entry.name}”无法解压（${e instanceof Error ? e.message : String(e)}）`);
  }
}

export function entryText(data: Uint8Array): string {
  return utf8.decode(data);
}
