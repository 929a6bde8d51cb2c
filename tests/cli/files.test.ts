/**
 * Reading a workbook file into the buffer the last one was read into (files.ts `withFileBytes`): each reading sees
 * exactly its file's bytes, whatever was read before or beside it, a grid read from lent bytes stays as read when
 * the next file is read over them, and a file that cannot be read is named with the reason.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { ownBytes, withFileBytes } from '../../src/cli/files';
import { readWorkbookFile } from '../../src/cli/workbookFile';
import { UsageError } from '../../src/cli/errors';
import { SAMPLE_XLSX } from '../../fixtures/build-sample';

let dir: string;
const file = (name: string) => path.join(dir, name);
const copy = (bytes: Uint8Array) => Buffer.from(bytes);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-files-'));
  await fs.writeFile(file('large.bin'), Buffer.alloc(50_000, 7));
  await fs.writeFile(file('small.bin'), Buffer.from('决算公开'));
  await fs.writeFile(file('empty.bin'), Buffer.alloc(0));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('withFileBytes', () => {
  it('gives exactly the file bytes, a smaller file after a larger one included', async () => {
    const large = await withFileBytes(file('large.bin'), async (b) => copy(b));
    const small = await withFileBytes(file('small.bin'), async (b) => copy(b));
    const empty = await withFileBytes(file('empty.bin'), async (b) => copy(b));
    expect(large.equals(Buffer.alloc(50_000, 7))).toBe(true);
    expect(small.toString('utf8')).toBe('决算公开');
    expect(empty.length).toBe(0);
    expect((await withFileBytes(file('large.bin'), async (b) => copy(b))).equals(large)).toBe(true);
  });

  it('reads the next file into the bytes the last one was lent (the same memory)', async () => {
    let first: ArrayBufferLike | undefined;
    await withFileBytes(file('large.bin'), async (b) => void (first = b.buffer));
    const second = await withFileBytes(file('small.bin'), async (b) => b.buffer);
    expect(second).toBe(first);
  });

  it('lends the buffer to one reading at a time: a reading started beside another gets bytes of its own', async () => {
    const seen = await withFileBytes(file('large.bin'), async (outer) => {
      const inner = await withFileBytes(file('small.bin'), async (b) => copy(b));
      return { inner, outer: copy(outer) };
    });
    expect(seen.inner.toString('utf8')).toBe('决算公开');
    expect(seen.outer.equals(Buffer.alloc(50_000, 7))).toBe(true);
  });

  it('names the file and the reason when it cannot be read, and lends nothing to use', async () => {
    const use = jest.fn(async () => undefined);
    await expect(withFileBytes(file('missing.xlsx'), use)).rejects.toThrow(new UsageError(`${file('missing.xlsx')}：文件不存在。`));
    await expect(withFileBytes(dir, use)).rejects.toThrow(new UsageError(`${dir}：这是一个文件夹。`));
    expect(use).not.toHaveBeenCalled();
    expect((await withFileBytes(file('small.bin'), async (b) => copy(b))).toString('utf8')).toBe('决算公开');
  });
});

describe('ownBytes', () => {
  it('copies a view of a larger buffer into one of its size (a message to the parse thread copies the whole buffer)', async () => {
    await withFileBytes(file('large.bin'), async () => undefined);
    const small = await withFileBytes(file('small.bin'), async (b) => {
      expect(b.buffer.byteLength).toBe(50_000);
      return ownBytes(b);
    });
    expect(small.buffer.byteLength).toBe(small.byteLength);
    expect(Buffer.from(small).toString('utf8')).toBe('决算公开');
    const whole = new Uint8Array(8);
    expect(ownBytes(whole)).toBe(whole);
  });
});

describe('readWorkbookFile on lent bytes', () => {
  it('keeps the grid as read when another file is read over its bytes', async () => {
    // The large file first: its buffer has room for the sample, which is then read into it, and read over again.
    await withFileBytes(file('large.bin'), async () => undefined);
    const grid = await readWorkbookFile(SAMPLE_XLSX);
    const before = JSON.stringify(grid);
    const overwritten = await withFileBytes(file('large.bin'), async (b) => copy(b));
    expect(overwritten.equals(Buffer.alloc(50_000, 7))).toBe(true);
    expect(JSON.stringify(grid)).toBe(before);
    expect(JSON.stringify(await readWorkbookFile(SAMPLE_XLSX))).toBe(before);
  });
});
