/**
 * Browser tests: the production build served on 127.0.0.1, Debian's Chromium driven by playwright-core (it
 * downloads nothing), office.js served from node_modules instead of Microsoft's CDN, and screenshots kept in
 * test-output/screenshots. In CI Chromium must be there (scripts/ensure-system-packages.sh installs it);
 * elsewhere these tests are skipped, loudly.
 */
import { createServer, Server } from 'http';
import { existsSync, mkdirSync, mkdtempSync, promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { AddressInfo } from 'net';
import type { BrowserContext } from 'playwright-core';

export const ROOT = path.join(__dirname, '..', '..');
export const BUILD = path.join(ROOT, 'build');
export const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');
const CHROMIUM = '/usr/bin/chromium';

export const hasBrowser = existsSync(CHROMIUM) && existsSync(path.join(BUILD, 'index.html'));
if (!hasBrowser) {
  if (process.env.CI) throw new Error('Browser tests need /usr/bin/chromium and a production build (npm test builds it).');
  console.warn('Chromium or build/ missing: browser tests are skipped (run npm run build; apt-get install chromium).');
}
export const describeWithBrowser = hasBrowser ? describe : describe.skip;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Serves build/ (or another build folder) on 127.0.0.1 (a random port). */
export async function serveBuild(root = BUILD): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(root, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export async function launch(width: number, height = 900): Promise<{ context: BrowserContext; unexpected: string[] }> {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(mkdtempSync(path.join(os.tmpdir(), 'juesuan-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width, height },
    acceptDownloads: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // Nothing leaves the machine: requests other than to our server (and office.js, which a test serves itself)
  // are refused and listed, and the tests assert the list is empty.
  const unexpected: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    if (url.hostname === 'appsforoffice.microsoft.com') return route.fallback();
    unexpected.push(url.href);
    return route.abort();
  });
  // A resource or script the page's Content-Security-Policy refused is as wrong as a request that got out.
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) unexpected.push(`CSP: ${message.text()}`);
  });
  return { context, unexpected };
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, `${name}.png`);
}
