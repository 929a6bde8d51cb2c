/**
 * The web page in Chromium: how long after navigation the recognised tables of the bundled sample are on screen
 * (the first row of the 识别 list), each load in a fresh page of one browser.
 *
 * Two ways: `cache: false`, every load fetching and compiling everything (the browser tests' request routing turns
 * the HTTP cache off), as on a first visit; `cache: true`, the browser keeping what it fetched (revalidated by
 * ETag) and the compiled code of the scripts, as for an accountant who opens the page again.
 *
 * The page times itself: a few lines given to it before its own scripts watch for the row and report the frame
 * it is drawn in. Playwright's `waitForFunction` would inject Playwright's own script (≈ 400 KB) into the page as
 * it loads, compiled on the page's main thread beside ours (38–76 ms of that thread in a trace of one load), and
 * count it in the page's time: ≈ 65 ms of the median, measured on one build, the two ways interleaved.
 */
import type { Page } from 'playwright-core';
import { launch, serveBuild } from '../tests/support/chromium';
import { median } from './stats';

const SHOWN = 'juesuan-bench: tables shown at ';

/**
 * Runs in the page before its scripts: once a row of the 识别 list is in the document, the next animation frame
 * (the one that paints it, as Playwright's polling would see it) logs its time since navigation.
 */
const WATCH = `(() => {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="table-row"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => console.debug(${JSON.stringify(SHOWN)} + performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

async function timeOneLoad(page: Page, url: string): Promise<number> {
  await page.addInitScript(WATCH);
  const shown = page.waitForEvent('console', { predicate: (m) => m.text().startsWith(SHOWN), timeout: 30_000 });
  await page.goto(url, { waitUntil: 'commit' });
  return Number((await shown).text().slice(SHOWN.length));
}

export async function webPageMs(loads: number, options: { readonly cache: boolean }): Promise<number> {
  const server = await serveBuild();
  const { context } = await launch(1360, 900, { cache: options.cache });
  try {
    const times: number[] = [];
    for (let i = 0; i <= loads; i++) {
      const page = await context.newPage();
      const ms = await timeOneLoad(page, server.url);
      await page.close();
      if (i > 0) times.push(ms); // the first load fills the caches a returning visit has
    }
    return median(times);
  } finally {
    await context.close();
    await server.close();
  }
}
