/**
 * The web page shows the pane before the sheets (src/web/WebApp.tsx, webHost.ts `complete`): the recognised tables
 * are listed from our reader's grid at once, and the sheets are drawn when the page is next idle; until then the
 * sheet area says so. The page's idle step is held back here (requestIdleCallback never calls), so that the moment
 * between the two, short on a quick machine, can be looked at.
 */
import type { Page } from 'playwright-core';
import { describeWithBrowser, openWebPage, screenshotPath, WebPage } from '../support/browser';

let web: WebPage;
let page: Page;
let errors: string[];

describeWithBrowser('the web page before its sheets are drawn', () => {
  beforeAll(async () => {
    web = await openWebPage(1360, 900, {
      untilTables: false,
      before: (p) =>
        p.addInitScript(() => {
          (window as unknown as { requestIdleCallback: () => number }).requestIdleCallback = () => 0;
        }),
    });
    ({ page, errors } = web);
  }, 60_000);

  afterAll(async () => {
    await web?.close();
  });

  it('lists the recognised tables and says the sheets are coming where they will be', async () => {
    await page.getByTestId('table-row').first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('table-row').count()).toBe(18);
    expect(await page.getByTestId('sheets-pending').innerText()).toBe('正在显示工作表…');
    expect(await page.getByTestId('sheet-view').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('web-sheets-pending') });
    expect(errors).toEqual([]);
  });
});
