/**
 * Browser tests: the production build served on 127.0.0.1, Debian's Chromium driven by playwright-core (it
 * downloads nothing), office.js served from node_modules instead of Microsoft's CDN, and screenshots kept in
 * test-output/screenshots. In CI Chromium must be there (scripts/ensure-system-packages.sh installs it);
 * elsewhere these tests are skipped, loudly.
 */
import { existsSync, mkdirSync } from 'fs';
import path from 'path';
import { BUILD, CHROMIUM, ROOT } from './chromium';

export { BUILD, launch, openWebPage, ROOT, serveBuild } from './chromium';
export type { WebPage, WebPageOptions } from './chromium';
export const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');

export const hasBrowser = existsSync(CHROMIUM) && existsSync(path.join(BUILD, 'index.html'));
if (!hasBrowser) {
  if (process.env.CI) throw new Error('Browser tests need /usr/bin/chromium and a production build (npm test builds it).');
  console.warn('Chromium or build/ missing: browser tests are skipped (run npm run build; apt-get install chromium).');
}
export const describeWithBrowser = hasBrowser ? describe : describe.skip;

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, `${name}.png`);
}
