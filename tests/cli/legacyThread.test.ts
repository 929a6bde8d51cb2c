/**
 * The command line parses .xls, .et and .ods on a worker thread that a deadline ends (src/cli/legacyThread.ts):
 * what the thread gives is what parsing in this thread gives; a file on which SheetJS loops for ever is refused as
 * damaged once its deadline passes, and the next file is read as usual; refusals keep their reason and message.
 */
import { promises as fs } from 'fs';
import { read, write } from '@e965/xlsx';
import { loadWorkbookBytes, readWorkbookBytes } from '../../src/hosts/files/open';
import { XlsxReadError } from '../../src/hosts/xlsx/file';
import { legacyThreadParser } from '../../src/cli/legacyThread';
import { SAMPLE_XLSX } from '../../fixtures/build-sample';
import { misframed, truncated, xlsxToXls } from '../../fixtures/legacy';

let xls: Buffer;
let ods: Buffer;
beforeAll(async () => {
  const sample = await fs.readFile(SAMPLE_XLSX);
  xls = xlsxToXls(sample);
  ods = write(read(sample, { type: 'buffer', cellNF: true }), { type: 'buffer', bookType: 'ods' }) as Buffer;
});

/** The parser under test, on its thread only: were the thread not used, parsing in this thread would say so. */
const onThread = (deadline?: (size: number) => number) =>
  legacyThreadParser(deadline, async () => {
    throw new Error('parsed in this thread: the worker thread was not used');
  });

const refusal = (e: unknown) => (e instanceof XlsxReadError ? { reason: e.reason, message: e.message } : e);

describe('legacyThreadParser', () => {
  it('gives the grid and the workbook that parsing in this thread gives, for an .xls and an .ods', async () => {
    const parseLegacy = onThread();
    for (const bytes of [xls, ods]) {
      expect(await readWorkbookBytes(bytes, { parseLegacy })).toEqual(await readWorkbookBytes(bytes));
      const [there, here] = [await loadWorkbookBytes(bytes, { parseLegacy }), await loadWorkbookBytes(bytes)];
      expect(there.grid).toEqual(here.grid);
      expect(there.grid.sheets.length).toBeGreaterThan(9);
      expect(there.workbook.worksheets.map((ws) => ws.getSheetValues())).toEqual(here.workbook.worksheets.map((ws) => ws.getSheetValues()));
    }
  });

  it('refuses a damaged file with the reason and message the parser gives in this thread', async () => {
    const parseLegacy = onThread();
    const cut = truncated(xls);
    const here = await readWorkbookBytes(cut).then(() => 'read', refusal);
    expect(here).toMatchObject({ reason: 'corrupt' });
    expect(await readWorkbookBytes(cut, { parseLegacy }).then(() => 'read', refusal)).toEqual(here);
  });

  it('refuses as damaged, once its deadline passes, a file on which SheetJS never returns; then reads the next file', async () => {
    // A file read first, with time enough for the worker to load SheetJS: the deadline is then the parse's alone. On a busy
    // machine a worker still loading it after 4 s is no fault of the file, and rightly hands the file to this thread.
    let limit = 50_000;
    const parseLegacy = onThread(() => limit);
    expect((await readWorkbookBytes(xls, { parseLegacy })).sheets.length).toBeGreaterThan(0);
    limit = 4_000;
    const started = Date.now();
    const outcome = await readWorkbookBytes(misframed(xls), { parseLegacy }).then(() => 'read', refusal);
    expect(outcome).toEqual({
      reason: 'corrupt',
      message: '文件已损坏，无法作为 .xls/.et 工作簿读取（读取 4 秒仍未完成，文件中的记录可能已损坏）：请在 Excel 或 WPS 中打开并另存为 .xlsx 后再试。',
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_000);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect((await readWorkbookBytes(xls, { parseLegacy })).sheets.length).toBeGreaterThan(0);
  }, 60_000);

  it('parses files given at once one after another, each answered with its own', async () => {
    const parseLegacy = onThread();
    const outcomes = await Promise.all([xls, truncated(xls), xls].map((bytes) => readWorkbookBytes(bytes, { parseLegacy }).then((g) => g.sheets.length, refusal)));
    expect(outcomes[0]).toBeGreaterThan(0);
    expect(outcomes[1]).toMatchObject({ reason: 'corrupt' });
    expect(outcomes[2]).toBe(outcomes[0]);
  });
});
