/**
 * office.js for intranets without internet. The build made with `--env officeJs=local` (npm test makes it into
 * test-output/build-intranet) names no external host: not in taskpane.html, commands.html, their CSP, nor the
 * manifest. In Chromium its task pane works against the Excel stand-in with nothing requested but our own
 * server. Without office.js — the local copy missing, or Microsoft's CDN unreachable for the standard build —
 * the task pane says so in Chinese and what to do, instead of staying blank (screenshots).
 */
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { BUILD, describeWithBrowser, launch, ROOT, screenshotPath, serveBuild } from '../support/browser';
import { officeScript } from '../support/officeInPage';

const INTRANET = path.join(ROOT, 'test-output', 'build-intranet');
const built = existsSync(path.join(INTRANET, 'taskpane.html'));
if (!built && process.env.CI) throw new Error('test-output/build-intranet is missing: npm test builds it (npm run build:intranet).');
if (!built) console.warn('The office.js-bundled build is missing: its tests are skipped (run npm run build:intranet).');
const describeIntranet = built ? describe : describe.skip;
const describeIntranetBrowser = built ? describeWithBrowser : describe.skip;

const read = (file: string) => readFileSync(path.join(INTRANET, file), 'utf8');
const HOST = /\b(https?:)?\/\/[a-z0-9*.-]+|\*\.[a-z]/i;

describeIntranet('the build with office.js bundled, as files', () => {
  it('taskpane.html and commands.html load office.js and everything else from the add-in itself', () => {
    for (const file of ['taskpane.html', 'commands.html']) {
      const html = read(file);
      const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]!);
      expect(scripts[0]).toBe('office-js/office.js');
      for (const s of scripts) expect([file, s, existsSync(path.join(INTRANET, s))]).toEqual([file, expect.not.stringMatching(HOST), true]);
      expect([file, html]).toEqual([file, expect.not.stringMatching(/appsforoffice|microsoft\.com/)]);
    }
  });

  it('their Content-Security-Policy names no host at all', () => {
    for (const file of ['taskpane.html', 'commands.html']) {
      const csp = /Content-Security-Policy content="([^"]+)"/.exec(read(file))![1]!;
      expect(csp).toContain("script-src 'self';");
      expect([file, csp]).toEqual([file, expect.not.stringMatching(HOST)]);
    }
  });

  it('holds the files office.js loads (Excel host scripts, strings per language), not the other hosts’ or debug builds', () => {
    for (const f of ['office.js', 'excel-win32-16.01.js', 'excel-web-16.00.js', 'zh-cn/office_strings.js', 'en-us/office_strings.js']) expect([f, existsSync(path.join(INTRANET, 'office-js', f))]).toEqual([f, true]);
    for (const f of ['office.debug.js', 'word-win32-16.01.js', 'outlook-web-16.01.js']) expect([f, existsSync(path.join(INTRANET, 'office-js', f))]).toEqual([f, false]);
  });

  it('its manifest points only at the add-in’s own server', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const origin = new URL((require('../../package.json') as { config: { urlProd: string } }).config.urlProd).origin;
    // Comments left aside: they speak of the dev server.
    const urls = [...read('manifest.xml').replace(/<!--[\s\S]*?-->/g, '').matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(new URL(u).origin).toBe(origin);
  });
});

describeIntranetBrowser('the bundled-office.js task pane in Chromium', () => {
  let server: Awaited<ReturnType<typeof serveBuild>>;
  let context: BrowserContext;
  let unexpected: string[];
  const requested: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serveBuild(INTRANET);
    ({ context, unexpected } = await launch(350, 1000));
    const script = await officeScript();
    // The bundled office.js, followed by the Excel stand-in that plays Excel for it.
    await context.route(`${server.url}/office-js/office.js`, (route) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: script }));
    context.on('request', (r) => requested.push(r.url()));
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('reads the workbook and checks it, asking nothing of any server but its own', async () => {
    const page: Page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByTestId('table-row').first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('table-row').count()).toBe(18);
    await page.getByRole('tab', { name: '检查' }).click();
    await page.getByRole('button', { name: '检查并在单元格中标出' }).click();
    await page.getByRole('button', { name: '确定写入' }).click();
    await page.getByTestId('action-check').getByText(/^已写入：/).waitFor();
    expect(await page.getByTestId('counts').innerText()).toMatch(/错误 0\s*尾差 8\s*提示 1/);
    await page.screenshot({ path: screenshotPath('intranet-taskpane-检查'), fullPage: true });
    expect(requested.filter((u) => !u.startsWith(server.url))).toEqual([]);
    // office.js may try to frame Microsoft's telemetry service after a while: the CSP refusing it (so nothing
    // leaves the intranet) is the intended outcome; anything else is not.
    expect(unexpected.filter((u) => !/^CSP: Framing 'https:\/\/[a-z0-9.-]*(oaspapps\.com|microsoft\.com|office\.net)\/' violates[^]*frame-src 'self'/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describeWithBrowser('the task pane without office.js', () => {
  it.each([
    ['the bundled copy missing (intranet build)', INTRANET, 'intranet', /无法载入 Office\.js[\s\S]*office-js[\s\S]*重新部署[\s\S]*网页版/],
    ['Microsoft’s CDN unreachable (standard build)', BUILD, 'cdn', /无法载入 Office\.js[\s\S]*appsforoffice[\s\S]*officeJs=local[\s\S]*网页版/],
  ])('%s: a clear message, not a blank page', async (_what, root, name, says) => {
    if (!existsSync(path.join(root, 'taskpane.html'))) return;
    const server = await serveBuild(root);
    const { context } = await launch(350, 700);
    try {
      // Nothing answers for office.js: neither our server's copy nor the CDN.
      await context.route('**/office.js', (route) => route.abort());
      const page = await context.newPage();
      await page.goto(`${server.url}/taskpane.html`);
      const message = page.getByTestId('no-office-js');
      await message.waitFor({ timeout: 30_000 });
      expect(await message.innerText()).toMatch(says);
      await page.screenshot({ path: screenshotPath(`taskpane-no-office-js-${name}`), fullPage: true });
    } finally {
      await context.close();
      await server.close();
    }
  }, 60_000);
});
