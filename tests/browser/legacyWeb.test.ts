/**
 * The web page opens an .xls (here the sample saved as BIFF8, named as the 决算 software names its exports): the
 * parser's chunk loads only then, the page says the workbook was converted, the pane recognises the 18 tables,
 * and 下载工作簿 saves an .xlsx.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import type { BrowserContext } from 'playwright-core';
import { describeWithBrowser, launch, screenshotPath, serveBuild } from '../support/browser';
import { SAMPLE_XLSX } from '../../fixtures/build-sample';
import { xlsxToXls } from '../../fixtures/legacy';
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

  it('opens it through the parser loaded on demand, recognises the tables and downloads an .xlsx', async () => {
    const file = path.join(dir, '部门决算.xls');
    await fs.writeFile(file, xlsxToXls(await fs.readFile(SAMPLE_XLSX)));
    const page = await context.newPage();
    const errors: string[] = [];
    const scripts: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => scripts.push(r.url()));
    await page.goto(server.url);
    await page.getByTestId('table-row').first().waitFor({ timeout: 30_000 });
    expect(scripts.filter((u) => u.includes('legacy-formats'))).toEqual([]);

    await page.locator('#open-file').setInputFiles(file);
    await page.getByTestId('converted').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('converted').innerText()).toContain('“部门决算.xls”是.xls/.et 格式');
    await page.getByTestId('table-row').first().waitFor();
    expect(await page.getByTestId('table-row').count()).toBe(18);
    expect(scripts.filter((u) => u.includes('legacy-formats')).length).toBe(1);
    await page.screenshot({ path: screenshotPath('web-xls-opened') });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
    expect(download.suggestedFilename()).toBe('部门决算（决算公开助手）.xlsx');
    const saved = await readXlsx(await fs.readFile((await download.path())!));
    expect(saved.sheets).toHaveLength(10);
    expect(unexpected).toEqual([]);
    expect(errors).toEqual([]);
  }, 90_000);
});
