/**
 * Cell text is text: a workbook whose labels are `<img src=x onerror=alert(1)>` and `=HYPERLINK(…)`, opened in
 * the web page (the grid and the pane, whose findings quote the labels) and checked into the HTML report. No
 * element is made from it, no script runs, no dialog opens, and the words show as written. Every page carries
 * its Content-Security-Policy.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { BUILD, describeWithBrowser, launch, serveBuild } from '../support/browser';
import { cli } from '../support/cli';
import { loadXlsx } from '../../src/hosts/xlsx/read';
import { SAMPLE_XLSX } from '../../fixtures/build-sample';

const IMG = '<img src=x onerror=alert(1)>';
const LINK = '=HYPERLINK("https://example.invalid/steal","点我领取")';

let server: Awaited<ReturnType<typeof serveBuild>>;
let context: BrowserContext;
let unexpected: string[];
let dir: string;
let hostile: string;
const dialogs: string[] = [];
const errors: string[] = [];

/** A page that records dialogs and errors, at a URL or with the given HTML. */
async function open(at: { url: string } | { html: string }): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  if ('url' in at) await page.goto(at.url);
  else await page.setContent(at.html, { waitUntil: 'load' });
  return page;
}

/** Nothing the payload could have made: no image, no link to its address, no script flag. */
async function untouched(page: Page): Promise<void> {
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('a[href*="example.invalid"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
}

describeWithBrowser('text from cells stays text', () => {
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-xss-'));
    const wb = await loadXlsx(await fs.readFile(SAMPLE_XLSX));
    const ws = wb.getWorksheet('收入决算表')!;
    // Both rows broken, so that the findings quote both labels.
    ws.getCell('B9').value = IMG;
    ws.getCell('D9').value = 224.14;
    ws.getCell('B10').value = LINK;
    ws.getCell('D10').value = 719.22;
    hostile = path.join(dir, '带脚本的标签.xlsx');
    await fs.writeFile(hostile, new Uint8Array(await wb.xlsx.writeBuffer()));
    server = await serveBuild();
    ({ context, unexpected } = await launch(1360, 900));
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('every page we serve has a Content-Security-Policy without eval', async () => {
    for (const page of ['index.html', 'taskpane.html', 'commands.html', 'help.html']) {
      const html = await fs.readFile(path.join(BUILD, page), 'utf8');
      // The production build minifies the HTML: attribute quotes may go.
      const csp = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toMatch(/script-src 'self'( https:\/\/appsforoffice\.microsoft\.com)?;/);
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("object-src 'none'");
    }
  });

  it('the web page shows the labels as written, in the grid and in the findings of the pane', async () => {
    const page = await open({ url: server.url });
    await page.getByTestId('table-row').first().waitFor({ timeout: 30_000 });
    await page.locator('#open-file').setInputFiles(hostile);
    // The pane of the opened workbook (not the spinner that names it while it opens).
    await page.getByTestId('pane').getByText('带脚本的标签.xlsx').waitFor();
    await page.getByRole('tab', { name: '收入决算表' }).click();
    await page.locator('[data-cell=B9]', { hasText: IMG }).waitFor();
    expect(await page.locator('[data-cell=B10]').innerText()).toBe(LINK);

    await page.getByRole('tab', { name: '检查' }).click();
    await page.getByRole('button', { name: '检查并在单元格中标出' }).click();
    await page.getByRole('button', { name: '确定写入' }).click();
    await page.getByTestId('action-check').getByText(/^已写入：/).waitFor();
    const findings = await page.getByTestId('finding').allInnerTexts();
    expect(findings.some((f) => f.includes(`2010301 ${IMG.replace(/\s+/g, '')}`))).toBe(true);
    expect(findings.some((f) => f.includes('=HYPERLINK('))).toBe(true);
    await untouched(page);
  });

  it('the HTML report of a batch check shows them as written', async () => {
    const report = path.join(dir, 'report.html');
    await cli('check', hostile, SAMPLE_XLSX, '--report', report);
    const page = await open({ html: await fs.readFile(report, 'utf8') });
    const text = await page.locator('body').innerText();
    expect(text).toContain(`“2010301 ${IMG.replace(/\s+/g, '')}”`);
    expect(text).toContain('=HYPERLINK(');
    await untouched(page);
    expect(await page.locator('script').count()).toBe(0);
  });

  it('raised no error, made no request outside the page, and broke no policy', () => {
    expect(errors).toEqual([]);
    expect(unexpected).toEqual([]);
  });
});
