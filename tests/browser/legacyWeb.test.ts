/**
 * The web page opens an .xls (here the sample saved as BIFF8, named as the 决算 software names its exports): the
 * parser's chunk loads only then, on a Web Worker; the page says the workbook was converted, the pane recognises
 * the 18 tables, and 下载工作簿 saves an .xlsx. A damaged .xls on which SheetJS never returns does not freeze the
 * page: it answers while the worker loops, and once the deadline passes says the file is damaged.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { describeWithBrowser, launch, screenshotPath, serveBuild } from '../support/browser';
import { SAMPLE_XLSX } from '../../fixtures/build-sample';
import { misframed, xlsxToXls } from '../../fixtures/legacy';
import { withPrefixedTags } from '../../fixtures/otherWriters';
import { readXlsx } from '../../src/hosts/xlsx/file';

describeWithBrowser('an .xls on the web page', () => {
  let server: Awaited<ReturnType<typeof serveBuild>>;
  let context: BrowserContext;
  let unexpected: string[];
  let dir: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-web-xls-'));
    server = await serveBuild();
    ({ context, unexpected } = await launch(1360, 900));
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await server?.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  /** A fresh page showing the sample's tables, and the page's errors; `watch` listens from before it loads. */
  async function samplePage(watch?: (page: Page) => void): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    watch?.(page);
    await page.goto(server.url);
    await page.getByTestId('table-row').first().waitFor({ timeout: 30_000 });
    return { page, errors };
  }

  it('opens it through the parser loaded on demand, recognises the tables and downloads an .xlsx', async () => {
    const file = path.join(dir, '部门决算.xls');
    await fs.writeFile(file, xlsxToXls(await fs.readFile(SAMPLE_XLSX)));
    const scripts: string[] = [];
    const workers: string[] = [];
    const { page, errors } = await samplePage((p) => {
      p.on('request', (r) => scripts.push(r.url()));
      p.on('worker', (w) => workers.push(w.url()));
    });
    expect(scripts.filter((u) => u.includes('legacy-formats'))).toEqual([]);
    expect(workers).toEqual([]);

    await page.locator('#open-file').setInputFiles(file);
    await page.getByTestId('converted').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('converted').innerText()).toContain('“部门决算.xls”是.xls/.et 格式');
    await page.getByTestId('table-row').first().waitFor();
    expect(await page.getByTestId('table-row').count()).toBe(18);
    expect(scripts.filter((u) => u.includes('legacy-formats')).length).toBe(1);
    expect(workers).toEqual([expect.stringMatching(/\/legacy-parser\.[0-9a-f]{8}\.js$/)]);
    // SheetJS (its chunk is the worker's) is loaded by the worker only, not by the page as well.
    const scriptsOf = (where: { evaluate: (f: () => string[]) => Promise<string[]> }) =>
      where.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.endsWith('.js')));
    const [inWorker, inPage] = [await scriptsOf(page.workers()[0]!), await scriptsOf(page)];
    expect(inWorker.length).toBeGreaterThan(0);
    expect(inWorker.filter((u) => inPage.includes(u))).toEqual([]);
    await page.screenshot({ path: screenshotPath('web-xls-opened') });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
    expect(download.suggestedFilename()).toBe('部门决算（决算公开助手）.xlsx');
    const saved = await readXlsx(await fs.readFile((await download.path())!));
    expect(saved.sheets).toHaveLength(10);
    expect(unexpected).toEqual([]);
    expect(errors).toEqual([]);
  }, 90_000);

  it('opens an .xlsx another program wrote (`x:` on every tag), says its model was rebuilt from what was read, and downloads it', async () => {
    const file = path.join(dir, '其他程序.xlsx');
    await fs.writeFile(file, await withPrefixedTags(await fs.readFile(SAMPLE_XLSX)));
    const { page, errors } = await samplePage();

    await page.locator('#open-file').setInputFiles(file);
    await page.getByTestId('rebuilt').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('rebuilt').innerText()).toContain('“其他程序.xlsx”由其他程序生成，无法原样写入');
    expect(await page.getByTestId('table-row').count()).toBe(18);
    expect(await page.getByTestId('converted').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('web-xlsx-rebuilt') });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
    const saved = await readXlsx(await fs.readFile((await download.path())!));
    expect(saved.sheets).toHaveLength(10);
    expect(unexpected).toEqual([]);
    expect(errors).toEqual([]);
  }, 90_000);

  it('answers while SheetJS loops on a damaged .xls, then says the file is damaged and keeps the workbook it had', async () => {
    const file = path.join(dir, '损坏.xls');
    await fs.writeFile(file, misframed(xlsxToXls(await fs.readFile(SAMPLE_XLSX))));
    const { page, errors } = await samplePage();

    await page.locator('#open-file').setInputFiles(file);
    await page.getByText('正在打开“损坏.xls”').waitFor();
    // The worker loops; the page's own thread answers at once, and draws.
    const started = Date.now();
    expect(await page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => done(1))))).toBe(1);
    expect(Date.now() - started).toBeLessThan(2_000);
    await page.screenshot({ path: screenshotPath('web-xls-damaged-opening') });

    const bar = page.getByTestId('open-error');
    await bar.waitFor({ timeout: 45_000 });
    expect(await bar.innerText()).toContain('文件已损坏，无法作为 .xls/.et 工作簿读取（读取 20 秒仍未完成，文件中的记录可能已损坏）：请在 Excel 或 WPS 中打开并另存为 .xlsx 后再试。');
    expect(await page.getByTestId('table-row').count()).toBe(18);
    await page.screenshot({ path: screenshotPath('web-xls-damaged') });
    expect(unexpected).toEqual([]);
    expect(errors).toEqual([]);
  }, 90_000);
});
