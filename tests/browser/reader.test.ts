/**
 * Our .xlsx reader in the browser (issue 13: the reader inflates with the platform — the browser's own
 * DecompressionStream in a page): the pane's 上年数 import reads last year's workbook with it, recognises its tables
 * and offers to fill their figures as 上年数; a workbook of this same year, read the same way, is refused and said.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { SAMPLE_XLSX } from '../../fixtures/build-sample';
import { describeWithBrowser, openWebPage, screenshotPath, WebPage } from '../support/browser';

let web: WebPage;
let unexpected: string[];
let page: Page;
let errors: string[];

/** The sample made a 2021 workbook: every 2022 of its text (titles, cover) 2021, the same figures. */
async function sample2021(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE_XLSX);
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && cell.value.includes('2022')) cell.value = cell.value.replaceAll('2022', '2021');
      }),
    ),
  );
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-prior-')), '昌吉2021年决算.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describeWithBrowser('the .xlsx reader in a page', () => {
  beforeAll(async () => {
    web = await openWebPage(1360, 900);
    ({ page, unexpected, errors } = web);
  }, 60_000);

  afterAll(async () => {
    await web?.close();
  });

  it('refuses this year’s workbook as last year’s, saying the year it read, and offers nothing to fill', async () => {
    await page.getByRole('tab', { name: '说明数据' }).click();
    await page.getByLabel('选择上年工作簿').setInputFiles(SAMPLE_XLSX);
    const refused = page.getByTestId('prior-year-refused');
    await refused.waitFor({ timeout: 30_000 });
    expect(await refused.innerText()).toContain('这是 2022 年度的决算，与本工作簿同一年度，不是上年工作簿，其中的数字没有使用。请选择 2021 年度的决算工作簿。');
    expect(await page.getByRole('button', { name: /本年数填为上年数/ }).count()).toBe(0);
    await refused.scrollIntoViewIfNeeded();
    // The pane's column as it is on screen (a picture of the whole pane, taller than the window, is mostly blank).
    await page.screenshot({ path: screenshotPath('web-上年工作簿-同一年度'), clip: (await page.getByTestId('pane').locator('xpath=..').boundingBox())! });
  });

  it('reads last year’s workbook for its 上年数, inflating in the browser', async () => {
    expect(await page.evaluate(() => typeof DecompressionStream)).toBe('function');
    await page.getByLabel('选择上年工作簿').setInputFiles(await sample2021());
    const offer = page.getByRole('button', { name: /本年数填为上年数/ });
    await offer.waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('prior-year-refused').count()).toBe(0);
    await offer.click();
    await page.getByText(/从上年工作簿取得 \d+ 个上年数/).first().waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    expect(unexpected).toEqual([]);
  });
});
