/**
 * The web page shows the pane and the sheets from our own reader, before ExcelJS: with the ExcelJS chunk held
 * back (Playwright route interception), the 识别 list and the sheet view are on screen; a cell typed and a pane
 * action (检查) started meanwhile wait, and land once ExcelJS arrives — in the grid, in the pane and in the
 * downloaded workbook.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import type { Page } from 'playwright-core';
import { loadXlsx } from '../../src/hosts/xlsx/read';
import { describeWithBrowser, openWebPage, screenshotPath, WebPage } from '../support/browser';

const EXCELJS_CHUNK = /\/exceljs\.[0-9a-f]+\.js$/;

let web: WebPage;
let page: Page;
let unexpected: string[];
let errors: string[];
let release: () => void;
let exceljsAsked = 0;

describeWithBrowser('the web page before ExcelJS has loaded', () => {
  beforeAll(async () => {
    const held = new Promise<void>((resolve) => (release = resolve));
    web = await openWebPage(1360, 900, {
      untilTables: false,
      before: (p) =>
        p.route(EXCELJS_CHUNK, async (route) => {
          exceljsAsked++;
          await held;
          await route.continue();
        }),
    });
    ({ page, unexpected, errors } = web);
  }, 60_000);

  afterAll(async () => {
    release?.();
    await web?.close();
  });

  it('lists the recognised tables and draws the sheets as the workbook shows them, with ExcelJS held back', async () => {
    await page.getByTestId('table-row').first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('table-row').count()).toBe(18);
    expect(await page.getByText('九张表和绩效自评表都已识别，读取时没有发现问题（数字是否前后一致，到“检查”中核对）。').count()).toBe(1);
    // The sheets follow the pane in a render of their own: the first sheet's amounts as its number format shows them.
    await page.getByTestId('sheet-view').waitFor({ timeout: 10_000 });
    expect(await page.locator('td', { hasText: /^1,488\.29$/ }).count()).toBeGreaterThan(0);
    expect(await page.getByTestId('sheet-tab').count()).toBe(10);
    // The page asks for ExcelJS in the background once it is idle (within 2 s), and shows all this without it.
    await page.waitForFunction(() => document.querySelector('[data-testid="download"]') !== null);
    for (const deadline = Date.now() + 10_000; exceljsAsked === 0 && Date.now() < deadline; ) await page.waitForTimeout(50);
    expect(exceljsAsked).toBe(1);
  });

  it('holds a typed cell and a 检查 started before ExcelJS arrived, then writes both', async () => {
    // An empty cell past the used columns of row 3 (the accountant's own).
    const target = page.locator('tbody tr').nth(2).locator('td').last();
    const a1 = (await target.getAttribute('data-cell'))!;
    await target.click();
    await page.keyboard.type('草稿');
    await page.keyboard.press('Enter');
    const notice = page.getByTestId('grid-notice');
    expect(await notice.innerText()).toContain('正在载入编辑功能');
    expect(await target.innerText()).toBe('');
    await page.getByRole('tab', { name: '检查' }).click();
    await page.getByRole('button', { name: '检查并在单元格中标出' }).click();
    await page.getByRole('button', { name: '确定写入' }).click();
    // The findings are listed (reading writes nothing), the flags wait for ExcelJS: no 检查结果 sheet yet.
    expect(await page.getByTestId('not-in-cells').innerText()).toContain('单元格中还没有标出');
    expect(await page.getByTestId('sheet-tab').filter({ hasText: '检查结果' }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('web-before-exceljs') });

    release();
    await page.locator(`td[data-cell="${a1}"]`, { hasText: '草稿' }).waitFor({ timeout: 30_000 });
    await page.getByTestId('sheet-tab').filter({ hasText: '检查结果' }).waitFor({ timeout: 30_000 });
    // The sample's one 提示, and the typed 草稿: it heads a column of the 收入支出决算总表's header row that the table does
    // not have, and reading-notices says it was not read.
    expect(await page.getByTestId('counts').innerText()).toMatch(/错误 0\s*尾差 8\s*提示 2/);
    expect(await page.getByTestId('grid-notice').count()).toBe(0);
    await page.getByRole('tab', { name: '一般公共预算财政拨款支出决算表' }).click();
    expect(await page.locator('[data-flag=rounding]').count()).toBeGreaterThan(10);
    expect(await page.getByTestId('sheet-tab').filter({ hasText: '检查结果' }).count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-dl-')), 'out.xlsx');
    await download.saveAs(file);
    const wb = await loadXlsx(await fs.readFile(file));
    expect(wb.worksheets[0]!.getCell(a1).value).toBe('草稿');
    expect(wb.getWorksheet('检查结果')).toBeDefined();
  });

  it('made no request outside the page and raised no error', () => {
    expect(unexpected).toEqual([]);
    expect(errors).toEqual([]);
  });
});
