/**
 * The task-pane page as Excel shows it, 350 px wide: office.js served locally (Microsoft's own file from
 * @microsoft/office-js), and behind it the strict Excel stand-in holding the bundled sample, so the page talks to
 * "Excel" through the real Office host. Each user action stays within three syncs.
 */
import { promises as fs } from 'fs';
import path from 'path';
import ts from 'typescript';
import type { BrowserContext, Page } from 'playwright-core';
import { describeWithBrowser, launch, ROOT, screenshotPath, serveBuild } from '../support/browser';
import { sample } from '../support/ruleTester';

let server: Awaited<ReturnType<typeof serveBuild>>;
let context: BrowserContext;
let unexpected: string[];
let page: Page;
const errors: string[] = [];
const requested: string[] = [];

/** office.js, then the stand-in with the sample, then Office and Excel pointed at the stand-in. */
async function officeScript(): Promise<string> {
  const office = await fs.readFile(path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist', 'office.js'), 'utf8');
  const source = await fs.readFile(path.join(ROOT, 'tests', 'support', 'excelStandIn.ts'), 'utf8');
  const standIn = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  const sheets = sample().sheets.map((s) => ({ name: s.name, rows: s.rows }));
  return `${office}
;(function () {
  var exports = {}; var module = { exports: exports };
  ${standIn}
  var standIn = new exports.ExcelStandIn('1.18');
  ${JSON.stringify(sheets)}.forEach(function (s) { standIn.addSheet(s.name, s.rows); });
  window.__standIn = standIn;
  var env = standIn.environment();
  window.Excel = Object.assign(window.Excel || {}, { run: env.run });
  var onReady = Office.onReady.bind(Office);
  Office.onReady = function (callback) {
    return onReady().then(function () {
      Office.context = Office.context || {};
      Office.context.requirements = { isSetSupported: env.isSetSupported };
      var info = { host: Office.HostType.Excel, platform: 'PC' };
      if (callback) callback(info);
      return info;
    });
  };
})();`;
}

const runs = () => page.evaluate(() => (window as unknown as { __standIn: { runs: number[] } }).__standIn.runs.slice());

describeWithBrowser('the task pane in Excel (office.js and the Excel stand-in)', () => {
  beforeAll(async () => {
    server = await serveBuild();
    ({ context, unexpected } = await launch(350, 1000));
    const script = await officeScript();
    // office.js from the CDN address is served from node_modules (with the stand-in after it); so are the files
    // office.js loads itself (its strings, the host scripts).
    const dist = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
    await context.route('https://appsforoffice.microsoft.com/**', async (route) => {
      const file = new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, '');
      if (file === 'office.js') return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: script });
      const local = path.join(dist, file);
      if (!local.startsWith(dist)) return route.abort();
      return fs.readFile(local).then(
        (body) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body }),
        () => route.fulfill({ status: 404, body: '' }),
      );
    });
    context.on('request', (r) => requested.push(r.url()));
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByTestId('table-row').first().waitFor({ timeout: 30_000 });
  }, 60_000);

  afterAll(async () => {
    if (errors.length) console.log(requested.join('\n'));
    await context?.close();
    await server?.close();
  });

  it('reads the open workbook in two syncs and recognises the sample', async () => {
    expect(await page.getByTestId('table-row').count()).toBe(18);
    expect(await runs()).toEqual([2]);
    await page.screenshot({ path: screenshotPath('taskpane-1-识别'), fullPage: true });
  });

  it('checks in one action of three syncs, and a click selects the cell in Excel', async () => {
    await page.getByRole('tab', { name: '检查' }).click();
    await page.getByRole('button', { name: '检查并在单元格中标出' }).click();
    expect(await page.locator('li').first().innerText()).toContain('标出 9 个问题');
    await page.getByRole('button', { name: '确定写入' }).click();
    await page.getByTestId('counts').waitFor();
    expect(await page.getByTestId('counts').innerText()).toMatch(/错误 0\s*尾差 8\s*提示 1/);
    expect((await runs()).slice(1)).toEqual([3]);
    await page.getByTestId('finding-cell').filter({ hasText: 'H188' }).click();
    await page.waitForFunction(() => (window as unknown as { __standIn: { selection?: string } }).__standIn.selection !== undefined);
    expect(await page.evaluate(() => (window as unknown as { __standIn: { selection: string } }).__standIn.selection)).toBe('项目支出绩效自评表!H188');
    expect((await runs()).slice(2)).toEqual([1]);
    const flagged = await page.evaluate(() =>
      (window as unknown as { __standIn: { sheets: { conditionalFormats: { formula?: string }[] }[] } }).__standIn.sheets.flatMap((s) => s.conditionalFormats).filter((f) => (f.formula ?? '').includes('决算公开助手')).length,
    );
    expect(flagged).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('taskpane-4-检查'), fullPage: true });
  });

  it('creates the 说明数据 sheet and writes the 公开说明, each in three syncs', async () => {
    await page.getByRole('tab', { name: '说明数据' }).click();
    await page.getByRole('button', { name: '创建说明数据表' }).click();
    await page.getByRole('button', { name: '确定写入' }).click();
    await page.getByText(/^已写入：/).waitFor();
    await page.screenshot({ path: screenshotPath('taskpane-2-说明数据'), fullPage: true });
    await page.getByRole('tab', { name: '生成说明' }).click();
    await page.getByTestId('narrative-preview').waitFor();
    await page.getByRole('button', { name: '写入“公开说明”工作表' }).click();
    await page.getByRole('button', { name: '确定写入' }).click();
    await page.getByText(/^已写入：/).waitFor();
    await page.screenshot({ path: screenshotPath('taskpane-3-生成说明'), fullPage: true });
    expect((await runs()).slice(3)).toEqual([3, 3]);
    const names = await page.evaluate(() => (window as unknown as { __standIn: { sheets: { name: string }[] } }).__standIn.sheets.map((s) => s.name));
    expect(names).toEqual(expect.arrayContaining(['说明数据', '公开说明', '检查结果']));
  });

  it('refuses to delete 检查结果 from a workbook whose structure is protected, writing nothing, and says how to unprotect', async () => {
    const protect = (on: boolean) => page.evaluate((value) => ((window as unknown as { __standIn: { structureProtected: boolean } }).__standIn.structureProtected = value), on);
    await page.getByRole('tab', { name: '检查' }).click();
    await page.getByRole('button', { name: '检查并在单元格中标出' }).click();
    await page.getByRole('button', { name: '确定写入' }).click();
    await page.getByTestId('counts').waitFor();
    await protect(true);
    const sheets = () => page.evaluate(() => (window as unknown as { __standIn: { sheets: { name: string }[] } }).__standIn.sheets.map((s) => s.name));
    const before = await sheets();
    await page.getByRole('button', { name: '清除标记' }).click();
    await page.getByRole('button', { name: '确定写入' }).click();
    await page.getByText(/工作簿的结构受保护/).waitFor();
    expect(await page.getByTestId('action-clear').innerText()).toMatch(/而这一操作要删除工作表“检查结果”：请在“审阅”选项卡点“保护工作簿”取消保护.*没有写入任何内容。/);
    expect(await sheets()).toEqual(before);
    await page.getByTestId('action-clear').screenshot({ path: screenshotPath('taskpane-5-工作簿结构受保护') });
    await protect(false);
  });

  it('shows exactly what a write Excel refused half-way wrote, and 清除 takes it back', async () => {
    type StandIn = { sheets: { name: string }[]; runs: number[]; failWhen?: (op: unknown) => Error | undefined };
    const sheets = () => page.evaluate(() => (window as unknown as { __standIn: StandIn }).__standIn.sheets.map((s) => s.name));
    // Clear first, so that checking adds the 检查结果 sheet again; then Excel refuses the first highlight.
    await page.getByRole('button', { name: '清除标记' }).click();
    await page.getByRole('button', { name: '确定写入' }).click();
    // Clearing closes the list of findings, and its message with it: wait for the sheet to go.
    await page.waitForFunction(() => !(window as unknown as { __standIn: StandIn }).__standIn.sheets.some((s) => s.name === '检查结果'));
    const before = await sheets();
    expect(before).not.toContain('检查结果');
    await page.evaluate(() => {
      const standIn = (window as unknown as { __standIn: StandIn }).__standIn;
      let refused = 0;
      standIn.failWhen = (op) => (JSON.stringify(op).includes('addConditionalFormat') && refused++ === 0 ? Object.assign(new Error('合并单元格'), { code: 'GeneralException' }) : undefined);
    });
    const runs = (await page.evaluate(() => (window as unknown as { __standIn: StandIn }).__standIn.runs.length));
    await page.getByRole('button', { name: '检查并在单元格中标出' }).click();
    await page.getByRole('button', { name: '确定写入' }).click();
    const notice = page.getByTestId('partial-write');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/写入没有完成：Excel 返回错误：合并单元格。\s*已经写入的有：\s*新建了工作表“检查结果”并写入 \d+ 个单元格\s*点“清除”将：\s*删除新建的工作表“检查结果”。/);
    expect(await sheets()).toEqual([...before, '检查结果']);
    await page.screenshot({ path: screenshotPath('taskpane-6-写入未完成'), fullPage: true });
    await page.getByTestId('take-back').click();
    await page.getByText(/^已撤回：删除新建的工作表“检查结果”。/).waitFor();
    expect(await sheets()).toEqual(before);
    // The action's three syncs, two to see what was written, two to take it back.
    expect((await page.evaluate(() => (window as unknown as { __standIn: StandIn }).__standIn.runs)).slice(runs)).toEqual([3, 2, 2]);
  });

  it('made no request outside the page but office.js’s own, and raised no error', () => {
    // office.js itself may open Microsoft's telemetry frame; those requests are refused like any other. The
    // Content-Security-Policy allows that frame, so it never reports a violation.
    expect(unexpected.filter((u) => !/^https:\/\/[^/]*(oaspapps\.com|microsoft\.com|office\.net)\//.test(u))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
