/**
 * Chromium and the production build, without jest: Debian's Chromium driven by playwright-core (it downloads
 * nothing), build/ served on 127.0.0.1. Used by the browser tests (through browser.ts) and by `npm run bench`.
 */
import { createHash } from 'crypto';
import { createServer, Server } from 'http';
import { mkdtempSync, promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { AddressInfo } from 'net';
import type { BrowserContext, Page } from 'playwright-core';

export const ROOT = path.join(__dirname, '..', '..');
export const BUILD = path.join(ROOT, 'build');
export const CHROMIUM = '/usr/bin/chromium';

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
      (body) => {
        // As any static server: a validator, so that a second visit revalidates (304) and the browser keeps what it
        // cached, the compiled code of the scripts with it.
        const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
        if (req.headers['if-none-match'] === etag) {
          res.writeHead(304, { etag }).end();
          return;
        }
        res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', etag, 'cache-control': 'no-cache' }).end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * `cache`: the browser keeps what it fetched, as for an accountant opening the page again (Playwright's request
 * routing, which lists requests that leave the machine, turns the HTTP cache off); other hosts are then refused
 * by the resolver instead, unlisted. Only the bench asks for it.
 */
export async function launch(width: number, height = 900, options: { readonly cache?: boolean } = {}): Promise<{ context: BrowserContext; unexpected: string[] }> {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(mkdtempSync(path.join(os.tmpdir(), 'juesuan-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width, height },
    acceptDownloads: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.cache ? ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] : []),
    ],
  });
  const unexpected: string[] = [];
  if (options.cache) return { context, unexpected };
  // Nothing leaves the machine: requests other than to our server (and office.js, which a test serves itself)
  // are refused and listed, and the tests assert the list is empty.
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

export interface WebPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** The address build/ is served at, for another page of the same browser. */
  readonly url: string;
  /** Requests that tried to leave the machine, and what the page's CSP refused. */
  readonly unexpected: string[];
  /** Uncaught errors of the page. */
  readonly errors: string[];
  close(): Promise<void>;
}

export interface WebPageOptions {
  /** How long a step of the page may wait (page.setDefaultTimeout): one that waits in vain fails naming what it waited for. */
  readonly stepTimeout?: number;
  /** Done to the page before it is opened: a chunk refused or held back, a script run first. */
  readonly before?: (page: Page) => Promise<unknown>;
  /** Return once the pane lists the sample's tables (the default), or as soon as the page is opened (the test waits itself). */
  readonly untilTables?: boolean;
}

/**
 * The web page of build/ in a fresh browser of the given size, once it lists the bundled sample's tables. The browser
 * and the server are closed again if the page does not come (a test's afterAll has nothing to close then).
 */
export async function openWebPage(width: number, height: number, options: WebPageOptions = {}): Promise<WebPage> {
  const server = await serveBuild();
  const { context, unexpected } = await launch(width, height);
  const close = async () => {
    await context.close();
    await server.close();
  };
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    if (options.stepTimeout !== undefined) page.setDefaultTimeout(options.stepTimeout);
    await options.before?.(page);
    await page.goto(server.url);
    if (options.untilTables ?? true) await page.getByTestId('table-row').first().waitFor({ timeout: 30_000 });
    return { context, page, url: server.url, unexpected, errors, close };
  } catch (e) {
    await close();
    throw e;
  }
}
