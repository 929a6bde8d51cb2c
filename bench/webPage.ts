/**
 * The web page in Chromium: how long after navigation the recognised tables of the bundled sample are on screen
 * (the first row of the 识别 list), each load in a fresh page.
 */
import { launch, serveBuild } from '../tests/support/chromium';
import { median } from './stats';

export async function webPageMs(loads: number): Promise<number> {
  const server = await serveBuild();
  const { context } = await launch(1360, 900);
  try {
    const times: number[] = [];
    for (let i = 0; i <= loads; i++) {
      const page = await context.newPage();
      await page.goto(server.url, { waitUntil: 'commit' });
      // Polled on each animation frame in the page, and performance.now() counts from the navigation's start.
      const handle = await page.waitForFunction(() => document.querySelector('[data-testid="table-row"]') && performance.now(), undefined, { timeout: 30_000 });
      const ms = (await handle.jsonValue()) as number;
      await page.close();
      if (i > 0) times.push(ms); // the first load starts the browser's caches of compiled code
    }
    return median(times);
  } finally {
    await context.close();
    await server.close();
  }
}
