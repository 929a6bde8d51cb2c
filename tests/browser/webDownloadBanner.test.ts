/**
 * 下载工作簿 on the web page with a workbook holding what the written file cannot keep (src/hosts/xlsx/keep.ts): the
 * sample as an accountant's .xlsm, its macros and a pivot table on its first sheet. The download goes through, and
 * the banner above the sheets names the file downloaded, lists each part left out on its own line, and says the
 * file opened still has them; 关闭 takes it away. Read at desktop width and at 360 px (screenshots web-下载-未写入-*).
 */
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { describeWithBrowser, openWebPage, screenshotPath, WebPage } from '../support/browser';
import { SAMPLE_XLSX } from '../../fixtures/build-sample';
import { packageProblems } from '../support/packageProblems';
import { withMacros, withPivotTable } from '../support/pivotTable';

/** The sample with macros and a pivot table on its first sheet, and that sheet's name. */
async function accountantsXlsm(): Promise<{ bytes: Buffer; first: string }> {
  const zip = await JSZip.loadAsync(await fs.readFile(SAMPLE_XLSX));
  const first = /<sheet [^>]*name="([^"]+)"/.exec(await zip.file('xl/workbook.xml')!.async('string'))![1]!;
  await withPivotTable(zip, first, 'M3:N6', { sheet: first, ref: 'A5:B7' });
  await withMacros(zip);
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  expect(await packageProblems(bytes)).toEqual([]);
  return { bytes, first };
}

/** The banner's first line of text and its last item at least 6 px inside its border. */
async function clearOfEdges(banner: Locator): Promise<void> {
  const gaps = await banner.evaluate((e) => {
    const box = e.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(e.querySelector('.fui-MessageBarBody')!.firstChild!);
    const first = range.getClientRects()[0]!;
    const items = e.querySelectorAll('li');
    const last = items[items.length - 1]!.getBoundingClientRect();
    return { above: Math.round(first.top - box.top), below: Math.round(box.bottom - last.bottom) };
  });
  expect({ above: gaps.above >= 6, below: gaps.below >= 6 }).toEqual({ above: true, below: true });
}

describeWithBrowser('the web page’s download of a workbook with parts it cannot write', () => {
  let web: WebPage;
  let unexpected: string[];
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    web = await openWebPage(1360, 900, { stepTimeout: 15_000 });
    ({ page, unexpected, errors } = web);
  }, 60_000);
  afterAll(async () => {
    await web?.close();
  });

  it('downloads it and says, one line each, what the file downloaded does not have; the file opened still has it', async () => {
    const { bytes, first } = await accountantsXlsm();
    await page.locator('#open-file').setInputFiles({ name: '决算.xlsm', mimeType: 'application/vnd.ms-excel.sheet.macroEnabled.12', buffer: bytes });
    // The pane names the workbook it holds: this one's, its tables recognised.
    await page.getByTestId('pane').getByText('决算.xlsm', { exact: true }).waitFor({ timeout: 30_000 });
    await page.getByTestId('table-row').first().waitFor();
    expect(await page.getByTestId('table-row').count()).toBe(18);
    expect(await page.getByTestId('not-kept').count()).toBe(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
    expect(download.suggestedFilename()).toBe('决算（决算公开助手）.xlsx');
    const banner = page.getByTestId('not-kept');
    await banner.waitFor();
    expect((await banner.innerText()).split('\n').filter((l) => l.trim() !== '')).toEqual([
      '已下载“决算（决算公开助手）.xlsx”。原文件“决算.xlsm”中的以下内容没有写入这个文件（原文件没有改动，其中仍有这些内容）：',
      `工作表“${first}”中的数据透视表未能写入结果文件。`,
      '原文件中的宏（VBA 代码）未写入结果文件。',
      '关闭',
    ]);
    expect(await banner.locator('li').count()).toBe(2);
    // What it says is so of the file downloaded: no pivot table, no macros, a package Excel opens as it is.
    const saved = await fs.readFile((await download.path())!);
    expect(await packageProblems(saved)).toEqual([]);
    expect(Object.keys((await JSZip.loadAsync(saved)).files).filter((f) => /pivot|vba/i.test(f))).toEqual([]);
    // Its lines clear of its edges (laid out on one line's height, the list touched its bottom border at desktop width).
    await clearOfEdges(banner);
    await page.screenshot({ path: screenshotPath('web-下载-未写入-1360') });
    await banner.screenshot({ path: screenshotPath('web-下载-未写入-横幅') });

    // At 360 px: the banner within the window, its lines wrapped, nothing cut off.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.waitForFunction(() => document.querySelector('[data-layout="stacked"]') !== null);
    const box = (await banner.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(await banner.evaluate((e) => [...e.querySelectorAll('*')].filter((c) => c.scrollWidth > c.clientWidth + 1 && getComputedStyle(c).overflowX !== 'visible').length)).toBe(0);
    for (const item of await banner.locator('li').all()) {
      const b = (await item.boundingBox())!;
      expect(b.x + b.width).toBeLessThanOrEqual(360);
    }
    await clearOfEdges(banner);
    await page.screenshot({ path: screenshotPath('web-下载-未写入-360') });
    await page.setViewportSize({ width: 1360, height: 900 });

    await banner.getByRole('button', { name: '关闭' }).click();
    expect(await page.getByTestId('not-kept').count()).toBe(0);
  }, 90_000);

  it('made no request outside the page and raised no error', () => {
    expect(unexpected).toEqual([]);
    expect(errors).toEqual([]);
  });
});
