/**
 * The pane on the web page as a walk in Chromium found it wanting: its view tabs scrolled away with a long view
 * (now they stay at the top of the pane's column); at 360 px, where the sheets stack above the pane, the sheets'
 * last row ran on under the pane's text with only a hairline between (now the pane's column starts with a firm
 * line and its tabs, and nothing of the sheets is drawn past it); the sample's 说明数据 loaded in 说明数据 was gone
 * after another tab. Screenshots in test-output/screenshots.
 */
import type { Page } from 'playwright-core';
import { describeWithBrowser, openWebPage, screenshotPath, WebPage } from '../support/browser';

let web: WebPage;
let page: Page;

const paneTab = (name: string) => page.getByTestId('pane').getByRole('tab', { name, exact: true });
const side = () => page.getByTestId('pane').locator('xpath=..');

describeWithBrowser('the pane on the web page', () => {
  beforeAll(async () => {
    web = await openWebPage(1360, 700);
    ({ page } = web);
  }, 60_000);

  afterAll(async () => {
    await web?.close();
  });

  it('keeps the sample’s 说明数据 loaded in 说明数据 after another tab was opened', async () => {
    await paneTab('说明数据').click();
    await page.getByRole('button', { name: '载入示例的说明数据' }).click();
    const offer = page.getByRole('button', { name: '把“示例说明数据”写入说明数据表' });
    await offer.waitFor();
    await paneTab('识别').click();
    await page.getByTestId('view-recognition').waitFor();
    await paneTab('说明数据').click();
    await page.getByTestId('view-supplement').waitFor();
    expect(await offer.count()).toBe(1);
  });

  it('说明数据: each part’s 缺 N on one line in its pill, beside a title that wraps', async () => {
    // 五、一般公共预算财政拨款支出决算情况说明 wraps in the 350 px pane and squeezed its badge: 缺 over 26, out of the pill.
    const badges = await page
      .getByTestId('supplement-form')
      .locator('button[aria-expanded] .fui-Badge')
      .evaluateAll((all) =>
        all.map((b) => {
          const text = document.createRange();
          text.selectNodeContents(b);
          return { badge: b.textContent, lines: new Set([...text.getClientRects()].map((r) => Math.round(r.top))).size };
        }),
      );
    expect(badges.map((b) => b.badge)).toContain('缺 26');
    expect(badges).toEqual(badges.map((b) => ({ badge: b.badge, lines: 1 })));
  });

  it('keeps the view tabs in sight while a long view scrolls', async () => {
    const column = side();
    const tabs = page.getByTestId('pane-tabs');
    const top = (await column.boundingBox())!.y;
    await column.evaluate((e) => (e.scrollTop = e.scrollHeight));
    expect(await column.evaluate((e) => e.scrollTop)).toBeGreaterThan(300);
    const box = (await tabs.boundingBox())!;
    expect(Math.abs(box.y - top)).toBeLessThan(3);
    // On top of what scrolls under it: the tab itself is what a click there reaches.
    const tab = (await paneTab('检查').boundingBox())!;
    expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[role="tab"]')?.textContent ?? '', [tab.x + tab.width / 2, tab.y + tab.height / 2])).toMatch(/^检查/);
    await page.screenshot({ path: screenshotPath('pane-tabs-sticky') });
    await paneTab('检查').click();
    await page.getByTestId('view-check').waitFor();
  });

  it('at 360 px: the sheets above, the pane below from a firm line, its tabs first; nothing of the sheets past it', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    try {
      await page.locator('[data-layout=stacked]').waitFor();
      await paneTab('说明数据').click();
      await page.getByTestId('view-supplement').waitFor();
      // The sheets scrolled to rows cut by their area's edge, the pane's column scrolled down.
      await page.locator('[data-scroller]').evaluate((e) => (e.scrollTop = 203));
      await side().evaluate((e) => (e.scrollTop = 400));
      const sheets = (await page.getByTestId('sheet-view').boundingBox())!;
      const column = (await side().boundingBox())!;
      const scroller = (await page.locator('[data-scroller]').boundingBox())!;
      expect(sheets.y + sheets.height).toBeLessThanOrEqual(column.y + 0.5);
      expect(scroller.y + scroller.height).toBeLessThanOrEqual(column.y + 0.5);
      // Across the width: just above the line is the sheets', just under it the pane's tabs (not text scrolled there).
      const at = (x: number, y: number) =>
        page.evaluate(([px, py]) => {
          const e = document.elementFromPoint(px!, py!);
          return e?.closest('[data-testid="pane-tabs"]') ? 'tabs' : e?.closest('[data-testid="sheet-view"]') ? 'sheets' : e?.closest('[data-testid="pane"]') ? 'pane' : (e?.tagName ?? 'none');
        }, [x, y]);
      for (const x of [20, 180, 340]) {
        expect(await at(x, column.y - 1)).toBe('sheets');
        expect(await at(x, column.y + 4)).toBe('tabs');
      }
      // The line is firm: 2 px of Fluent's strong stroke (#d1d1d1), darker than the hairline (#e0e0e0) the pane had.
      const line = await side().evaluate((e) => [getComputedStyle(e).borderTopWidth, getComputedStyle(e).borderTopColor]);
      expect(line[0]).toBe('2px');
      const [r, g, b] = line[1]!.match(/\d+/g)!.map(Number);
      expect(Math.max(r!, g!, b!)).toBeLessThan(0xe0);
      await page.screenshot({ path: screenshotPath('web-narrow-360') });
    } finally {
      await page.setViewportSize({ width: 1360, height: 700 });
    }
  });

  it('made no request outside the page and raised no error', () => {
    expect(web.unexpected).toEqual([]);
    expect(web.errors).toEqual([]);
  });
});
