/**
 * A view whose chunk cannot be fetched, in the built page (components/LazyPart.tsx): said in its place with 重试,
 * the rest of the pane staying, and 重试 fetching it again; the same for the page's own sheet view (WebApp.tsx). tests/taskpane/lazyPart.test.tsx holds the same under
 * jest with React; here it runs on what the pages are built with (preact/compat, webpack.config.js), whose lazy
 * components and error boundaries are its own.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { partUnavailable } from '../../src/taskpane/components/LazyPart';
import { WEB_RESTART } from '../../src/web/restart';
import { describeWithBrowser, openWebPage, screenshotPath, WebPage } from '../support/browser';

// On the web page a part says to download the workbook, then reload (not to reopen a task pane there is none of).
const PART_UNAVAILABLE = partUnavailable(WEB_RESTART);
const CHECK_VIEW_CHUNK = /\/view-check\.[0-9a-f]+\.js$/;
const SHEET_VIEW_CHUNK = /\/sheet-view\.[0-9a-f]+\.js$/;

let web: WebPage;
let context: BrowserContext;
let page: Page;
let errors: string[];
let refused = 0;

describeWithBrowser('the web page when a view cannot be fetched', () => {
  beforeAll(async () => {
    web = await openWebPage(1360, 900, {
      // The network gone for the 检查 view's chunk until the test gives it back.
      before: (p) =>
        p.route(CHECK_VIEW_CHUNK, async (route) => {
          refused++;
          await route.abort('internetdisconnected');
        }),
    });
    ({ context, page, errors } = web);
  }, 60_000);

  afterAll(async () => {
    await web?.close();
  });

  it('says so in the view\'s place with 重试, keeps the pane, and 重试 brings the view once the network is back', async () => {
    const pane = page.getByTestId('pane');
    await pane.getByRole('tab', { name: '检查' }).click();
    await pane.getByText(PART_UNAVAILABLE).waitFor({ timeout: 10_000 });
    expect(refused).toBeGreaterThan(0);
    // The tabs are still there, and 识别 still lists the tables.
    expect(await pane.getByRole('tab').count()).toBe(5);
    await pane.screenshot({ path: screenshotPath('lazy-1-未能载入') });
    await pane.getByRole('tab', { name: '识别' }).click();
    expect(await page.getByTestId('table-row').count()).toBe(18);
    await pane.getByRole('tab', { name: '检查' }).click();
    await pane.getByText(PART_UNAVAILABLE).waitFor();

    await page.unroute(CHECK_VIEW_CHUNK);
    await pane.getByRole('button', { name: '重试' }).click();
    await pane.getByRole('button', { name: '检查并在单元格中标出' }).waitFor({ timeout: 10_000 });
    expect(await pane.getByText(PART_UNAVAILABLE).count()).toBe(0);
    await pane.screenshot({ path: screenshotPath('lazy-2-重试之后') });
    expect(errors).toEqual([]);
  });

  it('says so in the sheets\' place when the sheet view cannot be fetched, keeps the pane, and 重试 draws the sheets', async () => {
    const sheets = await context.newPage();
    const own: string[] = [];
    sheets.on('pageerror', (e) => own.push(e.message));
    await sheets.route(SHEET_VIEW_CHUNK, (route) => route.abort('internetdisconnected'));
    await sheets.goto(web.url);
    await sheets.getByTestId('table-row').first().waitFor({ timeout: 30_000 });
    await sheets.getByText(PART_UNAVAILABLE).waitFor({ timeout: 10_000 });
    expect(await sheets.getByTestId('sheet-view').count()).toBe(0);
    expect(await sheets.getByTestId('table-row').count()).toBe(18);
    // Across the sheets' width, as tall as its text and 重试 (not the column's whole height); the pane where it was.
    const notice = (await sheets.getByTestId('part-unavailable').boundingBox())!;
    const pane = (await sheets.getByTestId('pane').boundingBox())!;
    expect(notice.height).toBeLessThan(120);
    expect(notice.x + notice.width).toBeGreaterThan(pane.x - 40);
    expect(notice.x + notice.width).toBeLessThanOrEqual(pane.x);
    await sheets.screenshot({ path: screenshotPath('lazy-3-工作表未能载入') });

    await sheets.unroute(SHEET_VIEW_CHUNK);
    await sheets.getByRole('button', { name: '重试' }).click();
    await sheets.getByTestId('sheet-view').waitFor({ timeout: 10_000 });
    expect(await sheets.getByText(PART_UNAVAILABLE).count()).toBe(0);
    expect(await sheets.locator('td', { hasText: /^1,488\.29$/ }).count()).toBeGreaterThan(0);
    expect(own).toEqual([]);
    await sheets.close();
  });
});
