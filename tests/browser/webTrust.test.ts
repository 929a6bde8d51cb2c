/**
 * The moments on the web page that broke an accountant's trust, each fixed and shown (Chromium at 1024×768, the
 * pane 350 px wide, screenshots in test-output/screenshots): recognition names every 自评表 by its project; a
 * broken or unknown-keyed 说明数据 file is refused with the command line's own words; completeness follows the
 * preset picked; findings in table order with readable numbers and live counts, a mark undone; 清除标记 asks and
 * then says what it did; work is never replaced or closed without asking; a workbook with none of the tables is
 * not passed as clean.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { run } from '../../src/cli/main';
import { check } from '../../src/engine/workflow';
import { countFindings } from '../../src/engine/audit/finding';
import { supplementForm } from '../../src/engine/supplement/form';
import { PRESETS } from '../../src/engine/narrative/presets';
import { SAMPLE_XLSX } from '../../fixtures/build-sample';
import { describeWithBrowser, openWebPage, screenshotPath, WebPage } from '../support/browser';
import { sampleWithSupplementSheet } from '../support/ruleTester';

let web: WebPage;
let unexpected: string[];
let page: Page;
let dir: string;
let errors: string[];

/** A tab of the pane (the grid's sheet tabs may carry the same names). */
const paneTab = (name: string) => page.getByTestId('pane').getByRole('tab', { name });
const side = () => page.getByTestId('pane').locator('xpath=..');
const json = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

async function confirm(label: string): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('button', { name: '确定写入' }).click();
}

/** What `juesuan explain --data FILE` says on stderr about a 说明数据 file, the file's path taken off. */
async function cliSays(name: string, text: string): Promise<string[]> {
  const file = path.join(dir, name);
  await fs.writeFile(file, text);
  const err: string[] = [];
  await run(['explain', SAMPLE_XLSX, '--data', file], { stdout: () => undefined, stderr: (t) => err.push(t) });
  return err.join('\n').split('\n').filter((l) => l.startsWith(file) || l.startsWith('说明数据 ')).map((l) => l.replace(file, name));
}

/** An .xlsx with a sheet of notes and none of the tables. */
async function notesWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('备忘');
  ws.getCell('A1').value = '2022 年工作备忘';
  ws.getCell('A2').value = '收入 1,488.29 万元';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describeWithBrowser('the web page: the moments of trust', () => {
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-trust-'));
    // A step that waits in vain fails naming what it waited for, well within the test's time.
    web = await openWebPage(1024, 768, { stepTimeout: 12_000 });
    ({ page, unexpected, errors } = web);
  }, 60_000);

  afterAll(async () => {
    await web?.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('识别 counts the tables and the 自评表 apart, each 自评表 by its project', async () => {
    expect(await page.getByTestId('found').innerText()).toBe('识别到 9 张表和 9 张项目支出绩效自评表');
    const rows = await page.getByTestId('table-row').allInnerTexts();
    expect(rows.filter((r) => r.startsWith('自评'))).toHaveLength(9);
    expect(rows.filter((r) => r.startsWith('自评')).every((r) => /项目：\S+/.test(r))).toBe(true);
    await side().screenshot({ path: screenshotPath('trust-1-识别') });
  });

  it('a file that cannot be opened leaves the workbook open as it was, and 下载 with it', async () => {
    await page.getByLabel('选择工作簿文件（.xlsx、.xls、.et、.ods）').setInputFiles({ name: '损坏.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip at all') });
    const bar = page.getByTestId('open-error');
    await bar.waitFor();
    expect(await bar.innerText()).toMatch(/^无法打开“损坏\.xlsx”：.+当前仍是“示例：新疆昌吉州政务服务和公共资源交易管理局 2022 年度决算”，没有任何改动。/s);
    expect(await page.getByTestId('download').isEnabled()).toBe(true);
    expect(await page.getByTestId('sheet-tab').count()).toBeGreaterThan(9);
    await page.screenshot({ path: screenshotPath('trust-2-无法打开') });
    await bar.getByRole('button', { name: '关闭' }).click();
  });

  it('refuses a 说明数据 file that is not JSON, in the words of the command line, and offers nothing to write', async () => {
    await paneTab('说明数据').click();
    const input = page.getByLabel('选择说明数据文件');
    await input.setInputFiles(json('示例.json', JSON.stringify({ 单位性质: '事业单位', 指标: {}, 事项: {} })));
    await page.getByTestId('action-import-data').waitFor();
    const broken = '{"指标": {收入总计: 1}}';
    await input.setInputFiles(json('损坏.json', broken));
    const problems = page.getByTestId('data-problems');
    await problems.waitFor();
    const cli = await cliSays('损坏.json', broken);
    expect(cli).toEqual([expect.stringMatching(/^损坏\.json：不是有效的 JSON（.+）：请检查括号、引号和逗号。$/)]);
    // The same words, the place as 第N行第M列 in both (the parser's English offset was shown).
    const words = (line: string) => line.replace(/（.+）/, '（…）');
    const lines = (await problems.innerText()).split('\n');
    expect([lines[0], words(lines[1]!), lines[2]]).toEqual(['说明数据文件“损坏.json”有误，未导入：', words(cli[0]!), '请修改文件后重新选择。']);
    expect(lines[1]).toContain('（第1行第9列：名称应写在英文双引号中');
    // The file chosen before is no longer offered.
    expect(await page.getByTestId('action-import-data').count()).toBe(0);
  });

  it('refuses a 说明数据 file with unknown keys, each named as the command line names it', async () => {
    const text = JSON.stringify({ 单位性质: '事业单位', 指标: { 收入总计: { 上年数: 1801.23, 上年数字: 1 }, 不存在: { 上年数: 1 } }, 事项: { 车辆: 3 }, 备注: 'x' });
    await page.getByLabel('选择说明数据文件').setInputFiles(json('未知项.json', text));
    const problems = page.getByTestId('data-problems');
    await page.getByText('说明数据文件“未知项.json”有误，未导入：').waitFor();
    const cli = await cliSays('未知项.json', text);
    expect(cli).toEqual([
      '说明数据 指标.收入总计.上年数字：指标“收入总计”没有“上年数字”一项：可填 本年数、上年数、年初预算数、全年预算数、主要原因、预决算差异原因、主要用于。',
      '说明数据 指标.不存在：未知的指标“不存在”：指标名见 DOMAIN §4，或填 3、5、7 位功能分类科目编码。',
      '说明数据 事项.车辆：未知的事项“车辆”。',
      '说明数据 备注：未知的项目“备注”：说明数据只有 单位名称、年度、单位性质、指标、事项。',
    ]);
    expect(await problems.locator('li').allInnerTexts()).toEqual(cli);
    expect(await page.getByTestId('action-import-data').count()).toBe(0);
    await problems.scrollIntoViewIfNeeded();
    await side().screenshot({ path: screenshotPath('trust-3-说明数据文件有误') });
  });

  it('judges what is missing for the preset picked: complete for 新疆, not for 上海; 生成说明 follows the same pick', async () => {
    await page.getByRole('button', { name: '载入示例的说明数据' }).click();
    await confirm('把“示例说明数据”写入说明数据表');
    await page.getByTestId('sheet-tab').filter({ hasText: '说明数据' }).waitFor();
    const completeness = page.getByTestId('completeness');
    await page.getByText('按“新疆（昌吉州格式）”的格式，公开说明需要的内容都已齐备').waitFor();
    const shanghaiGaps = supplementForm(sampleWithSupplementSheet(), PRESETS.shanghai!).gaps.length;
    expect(shanghaiGaps).toBeGreaterThan(0);
    await page.getByRole('combobox', { name: '按哪种格式判断缺少的内容' }).click();
    await page.getByRole('option', { name: PRESETS.shanghai!.name }).click();
    expect(await completeness.innerText()).toBe(`按“${PRESETS.shanghai!.name}”的格式，公开说明还缺 ${shanghaiGaps} 项`);
    // The first eight, each a link to its field, and a line for the rest.
    expect(await page.getByTestId('gap-list').locator('li').count()).toBe(Math.min(shanghaiGaps, 8) + (shanghaiGaps > 8 ? 1 : 0));
    await paneTab('说明数据').scrollIntoViewIfNeeded();
    await side().screenshot({ path: screenshotPath('trust-4-上海格式缺少的内容') });
    // Choosing 上海 opened the sections that now lack something. A link takes the accountant to the field: its
    // section, closed by the accountant, opens again and the cursor is in the field.
    const form = supplementForm(sampleWithSupplementSheet(), PRESETS.shanghai!);
    const gap = form.gaps[0]!;
    const section = form.sections.find((x) => [...x.indicators.flatMap((i) => i.fields), ...x.others].some((f) => f.path === gap.field))!;
    const header = page.getByTestId('supplement-form').getByRole('button', { name: new RegExp(`^${section.title}`) });
    expect(await header.getAttribute('aria-expanded')).toBe('true');
    await header.click();
    await page.locator(`[id="sd-${gap.field}"]`).waitFor({ state: 'detached' });
    expect(await header.getAttribute('aria-expanded')).toBe('false');
    await page.getByTestId('gap-list').getByRole('button', { name: gap.label }).first().click();
    await page.locator(`[id="sd-${gap.field}"]:focus`).waitFor();
    expect(await header.getAttribute('aria-expanded')).toBe('true');
    await side().screenshot({ path: screenshotPath('trust-4b-从缺少的内容到栏目') });
    await paneTab('生成说明').click();
    await page.getByText(`有 ${shanghaiGaps} 处待填写，在预览中以黄色标出。`).waitFor();
    await page.getByRole('combobox', { name: '格式' }).click();
    await page.getByRole('option', { name: PRESETS.xinjiang!.name }).click();
    await page.getByText('没有待填写的内容。').waitFor();
    await paneTab('说明数据').click();
    await page.getByText('按“新疆（昌吉州格式）”的格式，公开说明需要的内容都已齐备').waitFor();
  });

  it('lists findings in table order with readable numbers; counts follow a mark, and the mark can be undone', async () => {
    await paneTab('检查').click();
    await confirm('检查并在单元格中标出');
    const counts = page.getByTestId('counts');
    await page.getByTestId('action-check').getByText(/^已写入：/).waitFor();
    const expected = countFindings(check(sampleWithSupplementSheet()).findings);
    const shown = (c: { error: number; rounding: number; warning: number }, marked?: number) =>
      new RegExp(`^错误 ${c.error}\\s*尾差 ${c.rounding}\\s*提示 ${c.warning}${marked ? `\\s*已标记 ${marked}` : ''}$`);
    expect(await counts.innerText()).toMatch(shown(expected));
    // Groups by table code, ascending; numbers 表05-1, 表05-2 … within each.
    const headers = await page.locator('[data-testid=view-check] button[aria-expanded]').allInnerTexts();
    const codes = headers.map((h) => h.slice(0, 2));
    expect(codes).toEqual([...codes].sort());
    const numbers = await page.getByTestId('finding-number').allInnerTexts();
    expect(numbers.every((n) => /^表\d\d-\d+$/.test(n))).toBe(true);
    expect(numbers).toHaveLength(expected.error + expected.rounding + expected.warning);
    expect(new Set(numbers).size).toBe(numbers.length);
    // Compact rows: no input until 标记… is clicked.
    expect(await page.getByLabel('标记说明').count()).toBe(0);
    await side().screenshot({ path: screenshotPath('trust-5-检查结果列表') });

    const rounding = page.getByTestId('finding').filter({ hasText: '尾差' }).first();
    const number = await rounding.getByTestId('finding-number').innerText();
    await rounding.getByRole('button', { name: `标记 ${number}` }).click();
    await rounding.getByLabel('标记说明').fill('四舍五入所致，与报表一致');
    await side().screenshot({ path: screenshotPath('trust-6-标记') });
    await rounding.getByRole('button', { name: '已说明' }).click();
    await rounding.getByText('已标记“已说明”：四舍五入所致，与报表一致').waitFor();
    expect(await counts.innerText()).toMatch(shown({ ...expected, rounding: expected.rounding - 1 }, 1));

    const warning = page.getByTestId('finding').filter({ hasText: '提示' }).first();
    await warning.getByRole('button', { name: /^标记 / }).click();
    await warning.getByRole('button', { name: '忽略' }).click();
    await warning.getByText('已标记“忽略”').waitFor();
    expect(await counts.innerText()).toMatch(shown({ ...expected, rounding: expected.rounding - 1, warning: expected.warning - 1 }, 2));

    await rounding.getByRole('button', { name: '撤销标记' }).click();
    await rounding.getByRole('button', { name: `标记 ${number}` }).waitFor();
    expect(await counts.innerText()).toMatch(shown({ ...expected, warning: expected.warning - 1 }, 1));
  });

  it('asks before 清除标记, then says what it removed; its sheet is gone from the bar, the list says nothing is flagged', async () => {
    await page.getByRole('button', { name: '清除标记' }).click();
    const clear = page.getByTestId('action-clear');
    expect(await clear.innerText()).toContain('将要写入：');
    expect(await clear.innerText()).toContain('删除决算公开助手的工作表“检查结果”（其中的“已说明/忽略”标记一并删除）。');
    await side().screenshot({ path: screenshotPath('trust-7-清除前确认') });
    await page.getByRole('button', { name: '确定写入' }).click();
    // Said once, where it was asked and confirmed (a second note of the same above the counts said it twice).
    const cleared = clear.getByText(/^已写入：/);
    await cleared.waitFor();
    expect(await cleared.innerText()).toMatch(/^已写入：清除决算公开助手添加的标色和批注.*删除决算公开助手的工作表“检查结果”/s);
    expect(await page.getByTestId('view-check').getByText(/清除决算公开助手添加的标色和批注/).count()).toBe(1);
    const view = await page.getByTestId('view-check').innerText();
    expect(view).not.toMatch(/列出全部|在工作表“检查结果”/);
    expect(await page.getByTestId('not-in-cells').innerText()).toContain('单元格中还没有标出');
    expect(await page.getByTestId('sheet-tab').filter({ hasText: '检查结果' }).count()).toBe(0);
    await side().screenshot({ path: screenshotPath('trust-8-清除之后') });
  });

  it('asks before 载入示例 replaces written work, and cancelling keeps it', async () => {
    await page.getByRole('button', { name: '载入示例' }).click();
    const dialog = page.getByRole('dialog', { name: '替换工作簿' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('在打开之后有改动');
    await page.screenshot({ path: screenshotPath('trust-9-替换前确认') });
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByTestId('sheet-tab').filter({ hasText: '说明数据' }).count()).toBe(1);
  });

  it('warns when the tab is closed with unsaved work', async () => {
    const shown: string[] = [];
    page.once('dialog', (d) => {
      shown.push(d.type());
      void d.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    for (let i = 0; i < 50 && shown.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(shown).toEqual(['beforeunload']);
    expect(page.isClosed()).toBe(false);
  });

  it('asks before opening another file over written work; then 检查 on a workbook without tables is an error, and writes nothing', async () => {
    await page.getByLabel('选择工作簿文件（.xlsx、.xls、.et、.ods）').setInputFiles({ name: '备忘.xlsx', mimeType: 'application/octet-stream', buffer: await notesWorkbook() });
    const dialog = page.getByRole('dialog', { name: '替换工作簿' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('打开“备忘.xlsx”会替换它');
    await dialog.getByRole('button', { name: '不保存，直接打开' }).click();
    await page.getByTestId('sheet-tab').filter({ hasText: '备忘' }).waitFor();
    expect(await page.getByTestId('sheet-tab').allInnerTexts()).toEqual(['备忘']);
    await paneTab('检查').click();
    const noTables = page.getByTestId('no-tables');
    await noTables.waitFor();
    expect(await noTables.innerText()).toContain('工作簿中没有识别到任何决算表，无法检查，也没有写入任何内容。');
    expect(await page.getByRole('button', { name: '检查并在单元格中标出' }).count()).toBe(0);
    expect(await page.getByText(/没有发现问题/).count()).toBe(0);
    expect(await page.getByTestId('sheet-tab').allInnerTexts()).toEqual(['备忘']);
    await side().screenshot({ path: screenshotPath('trust-10-没有决算表') });
    // Nothing was written: the new workbook is not "changed", the sample opens without asking.
    await page.getByRole('button', { name: '载入示例' }).click();
    await page.getByTestId('table-row').first().waitFor();
    expect(await page.getByRole('dialog', { name: '替换工作簿' }).count()).toBe(0);
  });

  it('made no request outside the page and raised no error', () => {
    expect(unexpected).toEqual([]);
    expect(errors).toEqual([]);
  });
});
