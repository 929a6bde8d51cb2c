/**
 * 对照 in the web page (Chromium): a workbook whose accountant typed their own 公开说明 (one figure wrong, one
 * paragraph left out, a heading worded differently) opened from disk; the pane shows both texts paragraph by
 * paragraph with the wrong figure marked; copying the generated sentence replaces the sentence in that one cell,
 * after saying what it replaces, and nothing else of the workbook changes. Screenshots in test-output/screenshots.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import type { Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { loadXlsx, readXlsx } from '../../src/hosts/xlsx/read';
import { applyPlan, writeXlsx } from '../../src/hosts/xlsx/apply';
import { explain, supplementPlan } from '../../src/engine/workflow';
import { xinjiang } from '../../src/engine/narrative/presets';
import { documentLines } from '../../src/engine/narrative/sheet';
import { SAMPLE_DATA, SAMPLE_XLSX } from '../../fixtures/build-sample';
import { describeWithBrowser, openWebPage, screenshotPath, WebPage } from '../support/browser';

let web: WebPage;
let unexpected: string[];
let page: Page;
let file: string;
let errors: string[];

const WRONG = '收入总计与上年相比，减少321.94万元，下降17.37%';
const RIGHT = '收入总计与上年相比，减少312.94万元，下降17.37%';

/** The sample with its 说明数据, and a 公开说明 the accountant typed: the generated text, changed as people do. */
async function accountantsWorkbook(): Promise<Uint8Array> {
  const data = JSON.parse(await fs.readFile(SAMPLE_DATA, 'utf8')) as unknown;
  const wb = await loadXlsx(await fs.readFile(SAMPLE_XLSX));
  const grid = await readXlsx(await writeXlsx(wb));
  applyPlan(wb, supplementPlan(grid, data), grid);
  const lines = documentLines(explain(await readXlsx(await writeXlsx(wb)), xinjiang).document).map((l) => l.text);
  const typed = lines
    .filter((l) => !l.startsWith('本年支出总计'))
    .map((l) => l.replace(RIGHT, WRONG).replace('一、收入支出决算总体情况说明', '一、收入支出决算总体情况'));
  const ws: ExcelJS.Worksheet = wb.addWorksheet('公开说明');
  typed.forEach((t, i) => (ws.getCell(i + 1, 1).value = t));
  ws.getColumn(1).width = 100;
  return writeXlsx(wb);
}

describeWithBrowser('对照 in the web page', () => {
  beforeAll(async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-compare-'));
    file = path.join(dir, '我局2022年决算.xlsx');
    await fs.writeFile(file, await accountantsWorkbook());
    web = await openWebPage(1360, 1000);
    ({ page, unexpected, errors } = web);
    await page.setInputFiles('#open-file', file);
    // The pane of the opened workbook (not the spinner that names it while it opens).
    await page.getByTestId('pane').getByText('我局2022年决算.xlsx').waitFor();
    await page.getByTestId('table-row').first().waitFor({ timeout: 30_000 });
  }, 90_000);

  afterAll(async () => {
    await web?.close();
  });

  it('shows the accountant’s text beside the generated one, the figure that differs marked', async () => {
    await page.getByRole('tab', { name: '对照' }).click();
    await page.getByTestId('view-compare').waitFor();
    expect(await page.getByTestId('compare-summary').innerText()).toMatch(/其中 1 处数字与生成的不同.*生成的说明另有 \d+ 段/);
    const diff = page.getByTestId('figure-diff');
    expect(await diff.count()).toBe(1);
    expect(await diff.innerText()).toBe('321.94万元');
    expect(await diff.getAttribute('data-expected')).toBe('312.94万元');
    // The heading worded differently is still paired with the generated one; the left-out paragraph stands alone.
    const headingRow = page.getByTestId('compare-row').filter({ hasText: '一、收入支出决算总体情况' });
    expect(await headingRow.innerText()).toContain('一、收入支出决算总体情况说明');
    expect(await page.getByTestId('compare-row').filter({ hasText: '本年支出总计' }).innerText()).toContain('（您的说明中没有）');
    await page.getByTestId('pane').screenshot({ path: screenshotPath('compare-1-对照') });
    await diff.scrollIntoViewIfNeeded();
    await page.getByTestId('compare-row').filter({ has: diff }).screenshot({ path: screenshotPath('compare-2-数字不同') });
  });

  it('copies the generated sentence into that one cell, after saying what it replaces', async () => {
    const row = page.getByTestId('compare-row').filter({ has: page.getByTestId('figure-diff') });
    await row.getByTestId('sentence').filter({ hasText: '减少312.94万元' }).click();
    const action = page.getByTestId('action-copy');
    await action.getByRole('button', { name: /^把这一句复制到 公开说明!A\d+$/ }).click();
    const preview = await action.locator('li').first().innerText();
    expect(preview).toMatch(new RegExp(`^把单元格 公开说明!A\\d+ 中的“${WRONG}，主要原因是：.*”替换为“${RIGHT}，主要原因是：.*”。$`));
    await action.screenshot({ path: screenshotPath('compare-3-复制前') });
    await page.getByRole('button', { name: '确定写入' }).click();
    await page.getByTestId('copied').waitFor();
    expect(await page.getByTestId('figure-diff').count()).toBe(0);
    expect(await page.getByTestId('compare-summary').innerText()).toMatch(/其中 0 处数字与生成的不同/);
    await page.getByTestId('pane').screenshot({ path: screenshotPath('compare-4-复制后') });
  });

  it('changed nothing else: the downloaded workbook differs from the file opened in that one cell', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
    const out = path.join(path.dirname(file), 'out.xlsx');
    await download.saveAs(out);
    const before = await readXlsx(await fs.readFile(file));
    const after = await readXlsx(await fs.readFile(out));
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    const changed: string[] = [];
    before.sheets.forEach((s, i) =>
      s.rows.forEach((r, row) => r.forEach((v, col) => v !== (after.sheets[i]!.rows[row]?.[col] ?? null) && changed.push(`${s.name}!${row},${col}`))),
    );
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^公开说明!/);
    const text = after.sheets.find((s) => s.name === '公开说明')!.rows.flat().find((v) => typeof v === 'string' && v.includes('312.94'));
    expect(String(text)).toContain(RIGHT);
  });

  it('made no request outside the page and raised no error', () => {
    expect(unexpected).toEqual([]);
    expect(errors).toEqual([]);
  });
});
