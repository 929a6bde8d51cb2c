/**
 * Our .xlsx reader in the browser (issue 13: the reader inflates with the platform — the browser's own
 * DecompressionStream in a page): the pane's 上年数 import reads last year's workbook with it, recognises its tables
 * and offers to fill their figures as 上年数.
 */
import type { Page } from 'playwright-core';
import { SAMPLE_XLSX } from '../../fixtures/build-sample';
import { describeWithBrowser, openWebPage, WebPage } from '../support/browser';

let web: WebPage;
let unexpected: string[];
let page: Page;
let errors: string[];

describeWithBrowser('the .xlsx reader in a page', () => {
  beforeAll(async () => {
    web = await openWebPage(1360, 900);
    ({ page, unexpected, errors } = web);
  }, 60_000);

  afterAll(async () => {
    await web?.close();
  });

  it('reads last year’s workbook for its 上年数, inflating in the browser', async () => {
    expect(await page.evaluate(() => typeof DecompressionStream)).toBe('function');
    await page.getByRole('tab', { name: '说明数据' }).click();
    await page.getByLabel('选择上年工作簿').setInputFiles(SAMPLE_XLSX);
    const offer = page.getByRole('button', { name: /本年数填为上年数/ });
    await offer.waitFor({ timeout: 30_000 });
    await offer.click();
    await page.getByText(/从上年工作簿取得 \d+ 个上年数/).first().waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    expect(unexpected).toEqual([]);
  });
});
