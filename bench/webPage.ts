/**
 * The web page in Chromium: how long after navigation the recognised tables of the bundled sample are on screen
 * (the first row of the 识别 list), each load in a fresh page of one browser.
 *
 * Two ways: `cache: false`, every load fetching and compiling everything (the browser tests' request routing turns
 * the HTTP cache off), as on a first visit; `cache: true`, the browser keeping what it fetched (revalidated by
 * ETag) and the compiled code of the scripts, as for an accountant who opens the page again.
 */
import { launch, serveBuild } from '../tests/support/chromium';
import { median } from './stats';

export async function webPageMs(loads: number, options: { readonly cache: boolean }): Promise<number> {
  const server = await serveBuild();
  const { context } = await launch(1360, 900, { cache: options.cache });
  try {
    const times: number[] = [];
    for (let i = 0; i <= loads; i++) {
      const page = await context.newPage();
      await page.goto(server.url, { waitUntil: 'commit' });
      // Polled on each animation frame in the page, and performance.now() counts from the navigation's start.
      const handle = await page.waitForFunction(() => document.querySelector('[data-testid="table-row"]') && performance.now(), undefined, { timeout: 30_000 });
      const ms = (await handle.jsonValue()) as number;
      await page.close();
      if (i > 0) times.push(ms); // the first load fills the caches a returning visit has
    }
    return median(times);
  } finally {
    await context.close();
    await server.close();
  }
}
