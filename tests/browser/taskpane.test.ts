/**
 * The task-pane page as Excel shows it, 350 px wide: office.js served locally (Microsoft's own file from
 * @microsoft/office-js), and behind it the strict Excel stand-in holding the bundled sample, so the page talks to
 * "Excel" through the real Office host. Each user action stays within three syncs.
 */
import { promises as fs } from 'fs';
import path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { describeWithBrowser, launch, ROOT, screenshotPath, serveBuild } from '../support/browser';
import { officeScript } from '../support/officeInPage';
import { sampleData } from '../support/ruleTester';

let server: Awaited<ReturnType<typeof serveBuild>>;
let context: BrowserContext;
let unexpected: string[];
let page: Page;
const errors: string[] = [];
const requested: string[] = [];

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
    await page.getByTestId('action-check').getByText(/^已写入：/).waitFor();
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
    await page.getByTestId('action-check').getByText(/^已写入：/).waitFor();
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

  it('fills the whole 新疆 说明数据 through the pane’s form, one write of at most three syncs per field; 公开说明 without gaps, 检查 without 错误', async () => {
    type StandIn = { runs: number[]; sheets: { name: string; cells: Map<string, { value: unknown; formula?: string }> }[] };
    const data = sampleData() as unknown as { 单位性质: string; 指标: Record<string, Record<string, string | number>>; 事项: Record<string, string | number> };
    const pane = page.getByTestId('pane');
    await pane.getByRole('tab', { name: '说明数据' }).click();
    await page.getByTestId('completeness').waitFor();
    const before = (await runs()).length;
    const fields = page.locator('[id^="sd-"]');
    const entries: [string, string][] = [
      ['单位性质', data.单位性质],
      ...Object.entries(data.事项).map(([k, v]): [string, string] => [`事项.${k}`, String(v)]),
      ...Object.entries(data.指标).flatMap(([k, f]) => Object.entries(f).map(([field, v]): [string, string] => [`指标.${k}.${field}`, String(v)])),
    ];
    let written = 0;
    for (const [path, text] of entries) {
      const field = page.locator(`[id="sd-${path}"]`);
      // The form holds what 新疆 asks for; the sample's file explains more (two subjects absent this year).
      if ((await field.count()) === 0) continue;
      if (path === '单位性质') await field.selectOption(text);
      else {
        await field.fill(text);
        await field.press('Tab');
      }
      await page.getByText('正在写入').first().waitFor({ state: 'detached' });
      written++;
    }
    expect(await fields.count()).toBeGreaterThan(90);
    expect(written).toBeGreaterThan(90);
    await page.getByText('按“新疆（昌吉州格式）”的格式，公开说明需要的内容都已齐备').waitFor();
    // One Excel.run per field, each within the budget of three syncs.
    const writes = (await runs()).slice(before);
    expect(writes).toHaveLength(written);
    expect(Math.max(...writes)).toBeLessThanOrEqual(3);
    await page.screenshot({ path: screenshotPath('taskpane-7-说明数据表单'), fullPage: false });

    await pane.getByRole('tab', { name: '生成说明' }).click();
    await page.getByText('没有待填写的内容。').waitFor();
    expect(await page.getByTestId('narrative-preview').innerText()).not.toContain('【请填写');
    await page.getByRole('button', { name: '写入“公开说明”工作表' }).click();
    await page.getByRole('button', { name: '确定写入' }).click();
    await page.getByText(/^已写入：/).waitFor();
    await pane.getByRole('tab', { name: '检查' }).click();
    await page.getByRole('button', { name: '检查并在单元格中标出' }).click();
    await page.getByRole('button', { name: '确定写入' }).click();
    await page.getByTestId('action-check').getByText(/^已写入：/).waitFor();
    expect(await page.getByTestId('counts').innerText()).toMatch(/^错误 0\s/);

    // In "Excel": the values typed in the form, as numbers and texts, beside the add-in's formulas.
    const sheet = await page.evaluate(() => {
      const s = (window as unknown as { __standIn: StandIn }).__standIn.sheets.find((x) => x.name === '说明数据')!;
      return [...s.cells].map(([k, c]) => [k, c.value, c.formula ?? null] as const);
    });
    const at = new Map(sheet.map(([k, v, f]) => [k, { v, f }]));
    const rowOf = (key: string) => Number(sheet.find(([k, v]) => k.endsWith(',0') && v === key)![0].split(',')[0]);
    const income = rowOf('收入总计');
    expect(at.get(`${income},3`)!.v).toBe(data.指标.收入总计!.上年数);
    expect(at.get(`${income},10`)!.v).toBe(data.指标.收入总计!.主要原因);
    expect(at.get(`${income},2`)!.f).toBe('ROUND(收入支出决算总表!C35,2)');
    expect(at.get(`${rowOf('实有人数')},1`)!.v).toBe(38);
    expect(at.get(`${rowOf('绩效问题')},1`)!.v).toBe(data.事项.绩效问题);
  }, 300_000);

  it('made no request outside the page but office.js’s own, and raised no error', () => {
    // office.js itself may open Microsoft's telemetry frame; those requests are refused like any other. The
    // Content-Security-Policy allows that frame, so it never reports a violation.
    expect(unexpected.filter((u) => !/^https:\/\/[^/]*(oaspapps\.com|microsoft\.com|office\.net)\//.test(u))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
