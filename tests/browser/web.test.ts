/**
 * The web page in Chromium: the bundled sample loads and is recognised; 检查 highlights the cells and lists the
 * findings, a click selects the cell; the sample's 说明数据 goes into its sheet; the 公开说明 is previewed and
 * written; the workbook downloads with all of it. A screenshot of each view of the pane at 350 px.
 */
import { promises as fs } from 'fs';
import path from 'path';
import os from 'os';
import type { Page } from 'playwright-core';
import { loadXlsx } from '../../src/hosts/xlsx/read';
import { describeWithBrowser, openWebPage, screenshotPath, WebPage } from '../support/browser';

let web: WebPage;
let unexpected: string[];
let page: Page;
let errors: string[];

async function confirm(p: Page, label: string): Promise<void> {
  await p.getByRole('button', { name: label }).click();
  await p.getByRole('button', { name: '确定写入' }).click();
}

describeWithBrowser('the web page', () => {
  beforeAll(async () => {
    web = await openWebPage(1360, 900);
    ({ page, unexpected, errors } = web);
  }, 60_000);

  afterAll(async () => {
    await web?.close();
  });

  it('loads the bundled sample and recognises its 18 tables', async () => {
    expect(await page.getByTestId('table-row').count()).toBe(18);
    expect(await page.getByText('九张表和绩效自评表都已识别，读取时没有发现问题（数字是否前后一致，到“检查”中核对）。').count()).toBe(1);
    await page.getByTestId('pane').screenshot({ path: screenshotPath('web-1-识别') });
    expect(await page.getByTestId('view-recognition').locator('xpath=../..').evaluate((e) => e.getBoundingClientRect().width)).toBeLessThanOrEqual(350);
  });

  it('asks for the sample from the page itself, beside its script, and reads it from that one request', async () => {
    const requests = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('/samples/changji-2022.xlsx'))
        .map((e) => (e as PerformanceResourceTiming).initiatorType),
    );
    // One request, made by the <link rel="preload">: the page's fetch was served from it (a mismatch would fetch twice).
    expect(requests).toEqual(['link']);
  });

  it('asks for the scripts of its first view beside its own script, and runs them from those requests', async () => {
    const fetched = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="script"]')].map((link) => ({
        file: link.href.replace(/^.*\//, ''),
        initiators: performance.getEntriesByName(link.href, 'resource').map((e) => (e as PerformanceResourceTiming).initiatorType),
      })),
    );
    // The reader and the sheet view (the `web-view` import of WebApp.tsx) with the chunk it shares with the rest.
    expect(fetched.some((f) => f.file.startsWith('web-view.'))).toBe(true);
    // Each fetched once, by its <link rel="preload">: the page's import was served from it (a mismatch would fetch twice).
    for (const f of fetched) expect(f).toEqual({ file: f.file, initiators: ['link'] });
  });

  it('warns before downloading a .docx that still has gaps, saying how many; 取消 downloads nothing', async () => {
    await page.getByRole('tab', { name: '生成说明' }).click();
    const count = /有 (\d+) 处待填写/.exec(await page.getByText(/处待填写，在预览中以黄色标出/).innerText())![1];
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByTestId('download-docx').click();
    const warning = page.getByTestId('docx-gaps');
    await warning.waitFor();
    expect(await warning.innerText()).toContain(`文档中还有 ${count} 处待填写（【请填写：…】，Word 文档中以黄色标出）`);
    await page.getByTestId('pane').screenshot({ path: screenshotPath('web-3-待填写') });
    await warning.getByRole('button', { name: '取消' }).click();
    expect(await warning.count()).toBe(0);
    expect(downloads).toBe(0);
  });

  it('checks: counts by severity, highlighted cells, and a click selects the cell', async () => {
    await page.getByRole('tab', { name: '检查' }).click();
    await confirm(page, '检查并在单元格中标出');
    await page.getByTestId('action-check').getByText(/^已写入：/).waitFor();
    expect(await page.getByTestId('counts').innerText()).toMatch(/错误 0\s*尾差 8\s*提示 1/);
    expect(await page.getByTestId('finding').count()).toBe(9);
    // The 自评表's finding (table 10, listed last of the tables).
    await page.getByTestId('finding-cell').filter({ hasText: 'H188' }).click();
    const selected = page.locator('[data-selected=true]');
    await selected.waitFor();
    expect(await selected.getAttribute('data-cell')).toBe('H188');
    expect(await selected.getAttribute('data-flag')).toBe('warning');
    expect(await page.getByRole('tab', { name: '项目支出绩效自评表' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('tab', { name: '一般公共预算财政拨款支出决算表' }).click();
    expect(await page.locator('[data-flag=rounding]').count()).toBeGreaterThan(10);
    // The whole list in one picture: the window as tall as the pane, which otherwise scrolls in its column (a picture of
    // it taken scrolled was half blank).
    const viewport = page.viewportSize()!;
    const paneHeight = await page.getByTestId('pane').evaluate((pane) => pane.scrollHeight);
    await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, paneHeight + 80) });
    await page.getByTestId('pane').screenshot({ path: screenshotPath('web-4-检查') });
    await page.setViewportSize(viewport);
  });

  it('marks a finding 已说明 with words: it stays listed, its cells are no longer flagged', async () => {
    const first = page.getByTestId('finding').filter({ has: page.getByTestId('finding-cell').filter({ hasText: 'H188' }) });
    // The mark's controls come on demand.
    await first.getByRole('button', { name: /^标记 / }).click();
    await first.getByLabel('标记说明').fill('合同签订较晚，按实际支付比例评分');
    await first.getByRole('button', { name: '已说明' }).click();
    await page.getByText('已标记“已说明”：合同签订较晚，按实际支付比例评分（未写入）').waitFor();
    // Written only with the flags, after their plan is shown.
    await confirm(page, '检查并在单元格中标出');
    await page.getByText('已标记“已说明”：合同签订较晚，按实际支付比例评分', { exact: true }).waitFor();
    await page.getByRole('tab', { name: '项目支出绩效自评表' }).click();
    expect(await page.locator('[data-cell=H188]').getAttribute('data-flag')).toBeNull();
    await page.getByRole('tab', { name: '检查结果' }).click();
    expect(await page.locator('td', { hasText: '合同签订较晚，按实际支付比例评分' }).count()).toBe(1);
  });

  it('opens another sheet at its top left after a finding scrolled one, and keeps the active sheet’s tab in view', async () => {
    const strip = page.getByTestId('sheet-view').getByRole('tablist');
    const inView = async (name: string) => {
      const [s, t] = [(await strip.boundingBox())!, (await page.getByRole('tab', { name, exact: true }).boundingBox())!];
      return t.x >= s.x - 1 && t.x + t.width <= s.x + s.width + 1;
    };
    // The strip at its start, the 自评表's tab out of sight: a finding on it brings its tab into view.
    await page.getByRole('tab', { name: '收入支出决算总表', exact: true }).click();
    await strip.evaluate((e) => (e.scrollLeft = 0));
    expect(await inView('项目支出绩效自评表')).toBe(false);
    await page.getByTestId('finding-cell').filter({ hasText: 'H188' }).click();
    await page.locator('[data-selected=true][data-cell=H188]').waitFor();
    expect(await inView('项目支出绩效自评表')).toBe(true);
    const scroller = page.locator('[data-scroller]');
    const at = () => scroller.evaluate((e) => [e.scrollTop, e.scrollLeft]);
    expect((await at())[0]).toBeGreaterThan(0);
    // The first sheet, chosen by its tab: at A1, where the formula bar says the active cell is (it kept row 188's
    // scroll), and its tab stays in view.
    await page.getByRole('tab', { name: '收入支出决算总表', exact: true }).click();
    await page.locator('[data-selected=true][data-cell=A1]').waitFor();
    expect(await at()).toEqual([0, 0]);
    expect(await inView('收入支出决算总表')).toBe(true);
    expect(await page.getByTestId('name-box').getAttribute('title')).toBe('收入支出决算总表!A1');
    await page.getByTestId('sheet-view').screenshot({ path: screenshotPath('web-4b-另一张表从A1起') });
    // The strip scrolled to its end: a finding on a sheet whose tab is out of sight brings the tab into view.
    await strip.evaluate((e) => (e.scrollLeft = e.scrollWidth));
    expect(await inView('一般公共预算财政拨款支出决算表')).toBe(false);
    await page.getByTestId('finding-cell').filter({ hasText: /^一般公共预算财政拨款支出决算表!/ }).first().click();
    await page.locator('[data-selected=true]').waitFor();
    expect(await page.getByRole('tab', { name: '一般公共预算财政拨款支出决算表', exact: true }).getAttribute('aria-selected')).toBe('true');
    expect(await inView('一般公共预算财政拨款支出决算表')).toBe(true);
    await page.getByTestId('sheet-view').screenshot({ path: screenshotPath('web-4c-问题所在表的标签') });
  });

  it('writes the sample’s 说明数据 into its sheet', async () => {
    await page.getByRole('tab', { name: '说明数据' }).click();
    await page.getByRole('button', { name: '载入示例的说明数据' }).click();
    await confirm(page, '把“示例说明数据”写入说明数据表');
    await page.getByTestId('sheet-tab').filter({ hasText: '说明数据' }).waitFor();
    await page.getByTestId('pane').screenshot({ path: screenshotPath('web-2-说明数据') });
  });

  it('previews the 公开说明 and writes its sheet', async () => {
    await page.getByRole('tab', { name: '生成说明' }).click();
    const preview = page.getByTestId('narrative-preview');
    expect(await preview.innerText()).toContain('2022年度收入总计1,488.29万元，其中：本年收入合计1,372.79万元');
    expect(await page.getByText('没有待填写的内容。').count()).toBe(1);
    // The page draws no chart into the .xlsx: the confirmation says so instead of promising four.
    await page.getByRole('button', { name: '写入“公开说明”工作表' }).click();
    const planned = await page.getByTestId('action-narrative').innerText();
    expect(planned).toMatch(/在公开说明正文下方（第 \d+ 至 \d+ 行的 C 至 E 列）写入 4 个图表（图1 收入决算结构、/);
    expect(planned).toContain('图表未写入 .xlsx：没有 Excel 时无法生成 Excel 原生图表。');
    expect(planned).not.toMatch(/画 \d+ 个图表/);
    await page.getByRole('button', { name: '确定写入' }).click();
    await page.getByTestId('sheet-tab').filter({ hasText: '公开说明' }).waitFor();
    await page.getByTestId('pane').screenshot({ path: screenshotPath('web-3-生成说明') });
    await page.screenshot({ path: screenshotPath('web-page') });
    // The preset's four charts in the preview, each a picture after the text whose shares it shows.
    const charts = page.getByTestId('narrative-chart');
    expect(await charts.evaluateAll((imgs) => imgs.map((i) => [i.getAttribute('alt'), (i as HTMLImageElement).naturalWidth > 0]))).toEqual([
      ['图1 收入决算结构', true],
      ['图2 支出决算结构', true],
      ['图3 一般公共预算财政拨款支出决算结构（按支出功能分类“类”级科目）', true],
      ['图4 财政拨款“三公”经费支出预算与决算', true],
    ]);
    await charts.nth(3).scrollIntoViewIfNeeded();
    await page.getByTestId('pane').screenshot({ path: screenshotPath('web-3-图表') });
  });

  it('shows the sheets as Excel does: column widths honoured, wrapped text wrapped, at 1024 px too', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByTestId('sheet-tab').filter({ hasText: '公开说明' }).click();
    // Column A is 70 characters wide: 495 pixels, and a paragraph wraps in it rather than being cut at 260.
    const paragraph = page.locator('td[data-cell^=A]', { hasText: '2022年度收入总计1,488.29万元' });
    const box = (await paragraph.boundingBox())!;
    expect(Math.abs(box.width - 495)).toBeLessThan(2);
    expect(box.height).toBeGreaterThan(40);
    expect(await paragraph.evaluate((e) => getComputedStyle(e).whiteSpace)).toBe('pre-wrap');
    await page.screenshot({ path: screenshotPath('web-sheet-公开说明-1024') });
    // 说明数据: the key column narrow (12 characters, 89 pixels) with its text wrapped, the name column readable.
    await page.getByTestId('sheet-tab').filter({ hasText: '说明数据' }).click();
    // The title in A1 runs on over the empty cells to its right, as in Excel, rather than being cut at column A.
    const title = page.locator('td[data-cell=A1]');
    expect(await title.evaluate((e) => [getComputedStyle(e).overflow, e.scrollWidth > e.clientWidth])).toEqual(['visible', true]);
    expect(Math.round((await page.locator('td[data-cell=A8]').boundingBox())!.width)).toBe(89);
    expect(Math.round((await page.locator('td[data-cell=B8]').boundingBox())!.width)).toBe(201);
    await page.screenshot({ path: screenshotPath('web-sheet-说明数据-1024') });
    await page.setViewportSize({ width: 1360, height: 900 });
  });

  it('draws a merged area as one cell, aligned as its style says: the title across the table, a header cell over two rows', async () => {
    await page.getByRole('tab', { name: '支出决算表', exact: true }).click();
    // A1:H1 (the title) and C3:C4 (a column's header) as the sample merges them; their other cells not drawn.
    const title = page.locator('td[data-cell=A1]');
    expect(await title.getAttribute('colspan')).toBe('8');
    // Centred over the table, as the sample's style says and Excel draws it.
    expect(await title.evaluate((e) => getComputedStyle(e).textAlign)).toBe('center');
    expect(await page.locator('td[data-cell=B1]').count()).toBe(0);
    const header = page.locator('td[data-cell=C3]');
    expect(await header.getAttribute('rowspan')).toBe('2');
    expect(await page.locator('td[data-cell=C4]').count()).toBe(0);
    // The cells below the areas stay in their columns: F5 starts where F3 (over F3:F4) does, C5 where C3 does.
    const x = async (cell: string) => Math.round((await page.locator(`td[data-cell=${cell}]`).boundingBox())!.x);
    expect(await x('F5')).toBe(await x('F3'));
    expect(await x('C5')).toBe(await x('C3'));
    // A click on the area selects it whole, as its first cell.
    await header.click();
    const selected = page.locator('[data-selected=true]');
    expect(await selected.getAttribute('data-cell')).toBe('C3');
    const box = (await header.boundingBox())!;
    expect(box.height).toBeGreaterThan((await page.locator('td[data-cell=C5]').boundingBox())!.height * 1.5);
    // The area alone is one cell selected: no range drawn over it.
    expect(await page.getByTestId('selection-range').count()).toBe(0);
    // An arrow moves off the area whole: down from C3:C4 is C5, as in Excel.
    await page.keyboard.press('ArrowDown');
    await page.locator('[data-selected=true][data-cell=C5]').waitFor();
    // A range reaching into an area takes it whole, as Excel selects: from B4 (科目名称), Shift+Right reaches C4, which
    // C3:C4 covers; that range reaches B3, which A3:B3 (项目) covers: A3:C4, not B4:C4.
    await page.locator('td[data-cell=B4]').click();
    await page.keyboard.press('Shift+ArrowRight');
    const range = (await page.getByTestId('selection-range').boundingBox())!;
    const a3 = (await page.locator('td[data-cell=A3]').boundingBox())!;
    expect(Math.round(range.x)).toBe(Math.round(a3.x));
    expect(Math.round(range.y)).toBe(Math.round(a3.y));
    expect(Math.round(range.x + range.width)).toBe(Math.round(box.x + box.width));
    expect(Math.round(range.y + range.height)).toBe(Math.round(box.y + box.height));
    await page.getByTestId('sheet-view').screenshot({ path: screenshotPath('web-sheet-range') });
    // Home into a cell an area covers (A5, under A4:A5 of the 三公 table's header): the area's first cell is the active one.
    await page.getByRole('tab', { name: '财政拨款三公经费支出决算表', exact: true }).click();
    await page.locator('td[data-cell=C5]').click();
    await page.keyboard.press('Home');
    await page.locator('[data-selected=true][data-cell=A4]').waitFor();
    await page.screenshot({ path: screenshotPath('web-sheet-merged') });
  });

  it('downloads the workbook with everything the pane wrote', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-dl-')), 'out.xlsx');
    await download.saveAs(file);
    const wb = await loadXlsx(await fs.readFile(file));
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['收入支出决算总表', '检查结果', '说明数据', '公开说明']));
    const formula = wb.getWorksheet('说明数据')!.getCell('C8').value as { formula?: string };
    expect(formula.formula).toMatch(/^ROUND\(/);
    expect(String(wb.getWorksheet('公开说明')!.getCell('A1').value)).toBe('新疆昌吉州政务服务和公共资源交易管理局2022年度部门决算公开说明');
  });

  it('loads a preset file in 生成说明, and lists what is wrong with a bad one in Chinese', async () => {
    await page.getByRole('tab', { name: '生成说明' }).click();
    const preset = JSON.parse(await fs.readFile(path.join(__dirname, '..', '..', 'src', 'engine', 'narrative', 'presets', 'shanghai.json'), 'utf8'));
    preset.name = '上海（本地修改）';
    preset.templates.overview.paragraphs = ['{单位名称}{年度}年度收支总计{收入总计}万元。'];
    const input = page.getByLabel('选择格式文件');
    await input.setInputFiles({ name: '本地格式.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(preset)) });
    await page.getByText('已载入格式文件“本地格式.json”：上海（本地修改）。').waitFor();
    const preview = page.getByTestId('narrative-preview');
    expect(await preview.innerText()).toContain('新疆昌吉州政务服务和公共资源交易管理局2022年度收支总计1488.29万元。');
    expect(await preview.innerText()).toContain('第三部分 新疆昌吉州政务服务和公共资源交易管理局2022年度部门决算情况说明');
    expect(await page.getByRole('combobox', { name: '格式' }).innerText()).toContain('上海（本地修改）（本地格式.json）');
    await page.getByTestId('pane').screenshot({ path: screenshotPath('web-5-格式文件') });

    preset.templates.overview.paragraphs = ['{年度}年度收支总计{收入总额}万元。'];
    delete preset.settings.separators;
    await input.setInputFiles({ name: '有误.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(preset)) });
    const problems = page.getByTestId('preset-problems');
    await problems.waitFor();
    expect(await problems.innerText()).toContain('格式文件“有误.json”有误，未载入：');
    expect(await problems.innerText()).toContain('settings.separators：缺少这一项（布尔值（true 或 false））。');
    expect(await problems.innerText()).toContain('templates.overview.paragraphs[0]：“{收入总额}”在这里不可用');
    // The preset loaded before stays in use.
    expect(await preview.innerText()).toContain('2022年度收支总计1488.29万元。');
  });

  it('stacks the sheets above the pane in a window too narrow for both side by side, so a finding’s cell still shows', async () => {
    await page.setViewportSize({ width: 350, height: 800 });
    try {
      await page.locator('[data-layout=stacked]').waitFor();
      const sheets = (await page.getByTestId('sheet-view').boundingBox())!;
      // The pane's column: the pane itself may be scrolled in it (its tabs stay in sight, so choosing one scrolls nothing).
      const pane = (await page.getByTestId('pane').locator('xpath=..').boundingBox())!;
      // The sheets across the window (beside the 350-pixel pane they had none of it), the pane under them.
      expect(sheets.width).toBeGreaterThan(300);
      expect(sheets.height).toBeGreaterThan(150);
      expect(pane.y).toBeGreaterThanOrEqual(sheets.y + sheets.height - 1);
      // The 检查 view, chosen again, lists what the workbook's 检查结果 sheet says is flagged, without checking again.
      await page.getByTestId('pane').getByRole('tab', { name: '检查', exact: true }).click();
      expect(await page.getByTestId('counts').innerText()).toMatch(/错误 0\s*尾差 8\s*提示 0\s*已标记 1/);
      await page.getByTestId('finding-cell').filter({ hasText: 'H188' }).click();
      const selected = page.locator('[data-selected=true]');
      await selected.waitFor();
      expect(await selected.getAttribute('data-cell')).toBe('H188');
      const cell = (await selected.boundingBox())!;
      expect(cell.y).toBeGreaterThanOrEqual(sheets.y);
      expect(cell.y + cell.height).toBeLessThanOrEqual(sheets.y + sheets.height + 1);
      // The formula bar shows the selected cell's figure whole; its legend gives way.
      const content = page.getByTestId('formula-bar').locator('span').nth(1);
      expect(await content.innerText()).toBe('1.2');
      expect(await content.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
      await page.screenshot({ path: screenshotPath('web-narrow-350') });
    } finally {
      await page.setViewportSize({ width: 1360, height: 900 });
    }
    await page.locator('[data-layout=side-by-side]').waitFor();
  });

  it('made no request outside the page and raised no error', () => {
    expect(unexpected).toEqual([]);
    expect(errors).toEqual([]);
  });
});
