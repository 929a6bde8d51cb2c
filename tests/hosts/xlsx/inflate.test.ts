/**
 * The browser's inflater (hosts/xlsx/ooxml/inflate.ts `streamInflate`: the platform's DecompressionStream, which
 * Node has too): every part of a real workbook comes out as zlib inflates it, an empty stream and a large one
 * too, and damaged data is refused rather than read short.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { deflateRawSync, inflateRawSync } from 'zlib';
import { streamInflate } from '../../../src/hosts/xlsx/ooxml/inflate';
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
