/**
 * The browser's inflater (hosts/xlsx/ooxml/inflate.ts `streamInflate`: the platform's DecompressionStream, which
 * Node has too): every part of a real workbook comes out as zlib inflates it, an empty stream and a large one
 * too, and damaged data is refused rather than read short. Node's inflater sizes its output by what the zip
 * declares: the bytes are the same whatever the declaration says.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { deflateRawSync, inflateRawSync } from 'zlib';
import { platformInflater, streamInflate, zlibChunkOptions } from '../../../src/hosts/xlsx/ooxml/inflate';
import { entryBytes, readDirectory } from '../../../src/hosts/xlsx/ooxml/zip';

const SAMPLE = new Uint8Array(readFileSync(path.join(__dirname, '..', '..', '..', 'assets', 'samples', 'changji-2022.xlsx')));

describe('inflating with the platform’s DecompressionStream', () => {
  it('gives every part of the sample exactly as zlib does', async () => {
    const entries = [...readDirectory(SAMPLE).values()];
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) {
      const ours = await entryBytes(SAMPLE, entry, streamInflate);
      const zlib = await entryBytes(SAMPLE, entry, (d) => inflateRawSync(d));
      expect(Buffer.from(ours).equals(Buffer.from(zlib))).toBe(true);
    }
  });

  it('inflates an empty stream, and one of several megabytes, whole', async () => {
    expect(await streamInflate(new Uint8Array(deflateRawSync(Buffer.alloc(0))))).toEqual(new Uint8Array(0));
    const text = Buffer.from(Array.from({ length: 200_000 }, (_, i) => `<c r="A${i}"><v>${(i * 7919) % 100_003}</v></c>`).join(''));
    const out = await streamInflate(new Uint8Array(deflateRawSync(text)));
    expect(out.length).toBe(text.length);
    expect(Buffer.from(out).equals(text)).toBe(true);
  });

  it('refuses damaged data', async () => {
    const good = new Uint8Array(deflateRawSync(Buffer.from('部门决算'.repeat(1000))));
    await expect(streamInflate(good.subarray(0, good.length >> 1))).rejects.toBeDefined();
    await expect(streamInflate(Uint8Array.of(0xff, 0xff, 0xff, 0xff))).rejects.toBeDefined();
  });
});

describe('inflating with Node’s zlib, one output chunk of the declared size', () => {
  it('gives every part of the sample exactly as zlib does with its usual chunks, inflated in one chunk', async () => {
    const inflate = await platformInflater();
    for (const entry of readDirectory(SAMPLE).values()) {
      const ours = await entryBytes(SAMPLE, entry, inflate);
      const zlib = await entryBytes(SAMPLE, entry, (d) => inflateRawSync(d));
      expect(Buffer.from(ours).equals(Buffer.from(zlib))).toBe(true);
      if (entry.method === 8 && entry.size > 0) expect(zlibChunkOptions(entry.compressedSize, entry.size)).toEqual({ chunkSize: Math.max(64, entry.size) });
    }
  });

  it('gives the exact bytes when the declared size is wrong: too small, too large, none', async () => {
    const inflate = await platformInflater();
    const text = Buffer.from(Array.from({ length: 20_000 }, (_, i) => `<c r="A${i}"><v>${(i * 7919) % 100_003}</v></c>`).join(''));
    const data = new Uint8Array(deflateRawSync(text));
    for (const size of [0, 1, 64, text.length - 1, text.length, text.length + 1, text.length * 3]) {
      const out = await inflate(data, size);
      expect(out.length).toBe(text.length);
      expect(Buffer.from(out).equals(text)).toBe(true);
    }
  });

  it('does not size a buffer by a declaration deflate could not produce, nor by one too large to allocate at once', () => {
    expect(zlibChunkOptions(100, 103_200)).toEqual({ chunkSize: 103_200 });
    expect(zlibChunkOptions(100, 200_000)).toEqual({});
    expect(zlibChunkOptions(1_000_000, 0xffffffff)).toEqual({});
    expect(zlibChunkOptions(10, 5)).toEqual({ chunkSize: 64 });
    expect(zlibChunkOptions(10, 0)).toEqual({});
  });
});
