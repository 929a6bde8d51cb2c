/**
 * The documents as a person sees them: `explain --format pdf` (the .docx converted by LibreOffice) looked at page by
 * page. The title page with the 目录, a text page with a chart, and the landscape 三公 table page are written to
 * test-output/screenshots (docx-*.png); the test asserts what can be read off the pages: A4, the page numbers
 * “— n —”, the landscape page of the 三公 table, the chart on the page of §二; and that every full-width punctuation
 * mark of the .docx is printed (docx-line-end-punctuation.png: the marks at the end of justified lines).
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { cli } from '../support/cli';
import { itRendersDocuments, pageToPng, pdfPages } from '../support/pdf';
import { SCREENSHOTS } from '../support/browser';
import { docxToPdf, findSoffice, NO_LIBREOFFICE } from '../../src/cli/pdf';
import { convert } from '../support/libreoffice';
import { loadXlsx, workbookToGrid } from '../../src/hosts/xlsx/read';
import { writeXlsx } from '../../src/hosts/xlsx/apply';
import { markedSheets } from '../../src/engine/plan/owned';
import { SAMPLE_DATA, SAMPLE_XLSX } from '../../fixtures/build-sample';
import JSZip from 'jszip';
import { recognise } from '../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../src/engine/supplement/json';
import { generateNarrative } from '../../src/engine/narrative/generate';
import { shanghai } from '../../src/engine/narrative/presets';
import type { Block, NarrativeDocument } from '../../src/engine/narrative/document';
import { tableLayouts } from '../../src/engine/report/tableLayout';
import { narrativeDocx } from '../../src/documents/docx';
import { buildWorkbook, standardPlan, toGrid } from '../../fixtures/workbook';
import { shanghai2024 } from '../../fixtures/shanghai-2024/tables';
import { shanghai2024Supplement } from '../../fixtures/shanghai-2024/supplement';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-render-'));
  await fs.mkdir(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const A4 = { width: 595.3, height: 841.9 };
const near = (a: number, b: number) => Math.abs(a - b) < 1;
/** A page's text without the layout's spaces and line breaks (a title set on two lines reads as one). */
const flat = (text: string) => text.replace(/\s+/g, '');

itRendersDocuments(
  'explain --format pdf: A4 pages numbered “— n —”, the title page with its 目录, charts beside their text, the 三公 table landscape',
  async () => {
    const out = path.join(dir, '公开说明.pdf');
    const r = await cli('explain', SAMPLE_XLSX, '--data', SAMPLE_DATA, '--format', 'pdf', '--out', out);
    expect([r.code, r.stderr, r.stdout]).toEqual([0, '', `已写入 ${out}`]);
    const pages = pdfPages(out);
    expect(pages.length).toBeGreaterThan(20);
    const portrait = pages.filter((p) => near(p.width, A4.width) && near(p.height, A4.height));
    const landscape = pages.filter((p) => near(p.width, A4.height) && near(p.height, A4.width));
    expect(portrait.length + landscape.length).toBe(pages.length);
    for (const p of pages) expect(/—\s*(\d+)\s*—\s*$/.exec(p.text.trim())?.[1]).toBe(String(p.number));

    const title = pages[0]!;
    expect(flat(title.text)).toContain('新疆昌吉州政务服务和公共资源交易管理局2022年度部门决算公开说明目录第一部分单位概况');
    expect(flat(title.text)).toContain('九、《国有资本经营预算财政拨款收入支出决算表》');
    // The page of §三, under the chart of §二 (the charts are pictures: their labels are not the page's text).
    const text = pages.find((p) => flat(p.text).includes('三、支出决算情况说明'))!;
    expect(flat(text.text)).toContain('三、支出决算情况说明2022年度本年支出1,488.29万元，其中：基本支出770.07万元，占51.74%');
    const threePublic = pages.find((p) => flat(p.text).startsWith('财政拨款“三公”经费支出决算表'))!;
    expect(landscape.map((p) => p.number)).toContain(threePublic.number);
    expect(threePublic.text).toContain('公务用车购置费');

    pageToPng(out, title.number, path.join(SCREENSHOTS, 'docx-title.png'));
    pageToPng(out, text.number, path.join(SCREENSHOTS, 'docx-text.png'));
    pageToPng(out, threePublic.number, path.join(SCREENSHOTS, 'docx-three-public.png'));
  },
  240_000,
);

itRendersDocuments(
  'the filled workbook printed: 公开说明 on A4 portrait, each paragraph whole in its row; 说明数据 on A4 landscape, one page wide',
  async () => {
    const filled = path.join(dir, 'filled.xlsx');
    const r = await cli('fill', SAMPLE_XLSX, '--data', SAMPLE_DATA, '--out', filled);
    expect(r.code).toBe(0);
    // Our two sheets found by their marks; the others hidden so that only these two print.
    const wb = await loadXlsx(await fs.readFile(filled));
    const marked = markedSheets(workbookToGrid(wb));
    const narrative = marked.get('narrative')!.name;
    const supplement = marked.get('supplement')!.name;
    for (const ws of wb.worksheets) if (ws.name !== narrative && ws.name !== supplement) ws.state = 'hidden';
    // The active sheet prints even when hidden: 公开说明 is made the active one.
    wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: wb.worksheets.findIndex((w) => w.name === narrative), visibility: 'visible' }];
    const only = path.join(dir, 'ours.xlsx');
    await fs.writeFile(only, await writeXlsx(wb));
    const pages = pdfPages(convert(only, 'pdf', dir));
    // 说明数据 comes first in the workbook, then 公开说明 from its title on.
    const first = pages.findIndex((p) => flat(p.text).startsWith('新疆昌吉州政务服务和公共资源交易管理局2022年度部门决算公开说明第一部分'));
    const data = pages.slice(0, first);
    const text = pages.slice(first);
    expect(flat(data[0]!.text)).toMatch(/^说明数据（决算公开助手）/);
    expect(text.length).toBeGreaterThan(2);
    expect(data.length).toBeGreaterThan(0);
    for (const p of text) expect([near(p.width, A4.width), near(p.height, A4.height)]).toEqual([true, true]);
    for (const p of data) expect([near(p.width, A4.height), near(p.height, A4.width)]).toEqual([true, true]);
    // The header row heads every page of 说明数据.
    for (const p of data) expect(flat(p.text)).toContain('键名称本年数上年数');
    // Paragraphs are printed whole: the text of §一 … §四 on the pages, not cut at a row's default height.
    const printed = flat(pages.map((p) => p.text).join(''));
    expect(printed).toContain('2022年度收入总计1,488.29万元');
    expect(printed).toContain('三、支出决算情况说明');
    pageToPng(only.replace(/xlsx$/, 'pdf'), text[0]!.number, path.join(SCREENSHOTS, 'xlsx-公开说明-1.png'), 110);
    pageToPng(only.replace(/xlsx$/, 'pdf'), text[1]!.number, path.join(SCREENSHOTS, 'xlsx-公开说明-2.png'), 110);
    pageToPng(only.replace(/xlsx$/, 'pdf'), data[0]!.number, path.join(SCREENSHOTS, 'xlsx-说明数据.png'), 110);
  },
  240_000,
);

/** The full-width punctuation marks of a text (、。，；：！？ “” 《》 （）…), each with how many times it occurs. */
function fullWidthMarks(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text) if (/[\u3000-\u303f\uff00-\uffef“”‘’…—]/.test(ch) && /\p{P}/u.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/**
 * 主要职能's paragraph again with each mark LibreOffice hangs in its place: 25 characters after the 2-character
 * indent fill a line of the 版心 (27.6 characters of 三号), so the mark is the 28th, past the line's end.
 */
const HANGING_MARKS = '，。、；：！？';
const atLineEnds: Block[] = [...HANGING_MARKS].map((mark, i) => ({
  kind: 'paragraph',
  runs: [{ text: `${'一二三四五六七'[i]}责本市示范服务工作的统筹规划、政策制定和组织实施${mark}负责示范服务平台的建设和管理；承办市政府交办的其他事项。` }],
}));

itRendersDocuments(
  'explain --format pdf keeps every full-width punctuation mark of the .docx, one at the end of a justified line too (the 上海 sample: 组织实施；)',
  async () => {
    const grid = toGrid(buildWorkbook(shanghai2024, standardPlan(shanghai2024)));
    const recognition = recognise(grid);
    const supplement = parseSupplementJson(JSON.parse(JSON.stringify(shanghai2024Supplement))).supplement;
    const sample = generateNarrative(recognition, supplement, shanghai);
    // The paragraphs above after 主要职能's, in 第一部分.
    const [profile, ...rest] = sample.parts;
    const [duties, ...others] = profile!.sections;
    const doc: NarrativeDocument = { ...sample, parts: [{ ...profile!, sections: [{ ...duties!, blocks: [...duties!.blocks, ...atLineEnds] }, ...others] }, ...rest] };
    const docx = await narrativeDocx(doc, tableLayouts(grid, recognition), {});
    const pdf = path.join(dir, '上海.pdf');
    await fs.writeFile(pdf, await docxToPdf(docx));

    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const written = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).join('');
    const printed = fullWidthMarks(pdfPages(pdf).map((p) => p.text).join(''));
    const marks = fullWidthMarks(written);
    expect([...HANGING_MARKS].every((m) => marks.has(m))).toBe(true);
    expect(marks.get('；')).toBeGreaterThan(20);
    // Each mark as many times in the PDF as in the .docx (LibreOffice 7.4 left out the ones it hung past a justified line's end).
    const missing = [...marks].filter(([mark, n]) => (printed.get(mark) ?? 0) < n).map(([mark, n]) => `${mark} ${printed.get(mark) ?? 0}/${n}`);
    expect(missing).toEqual([]);
    const page = pdfPages(pdf).find((p) => flat(p.text).includes('一、主要职能'))!;
    expect(flat(page.text)).toContain('组织实施；负责示范服务平台');
    pageToPng(pdf, page.number, path.join(SCREENSHOTS, 'docx-line-end-punctuation.png'), 110);
  },
  240_000,
);

test('without LibreOffice, PDF output stops with a message saying what to install or use instead', async () => {
  expect(findSoffice({ PATH: '' })).toBeUndefined();
  await expect(docxToPdf(new Uint8Array(), () => undefined)).rejects.toThrow(NO_LIBREOFFICE);
  expect(NO_LIBREOFFICE).toContain('--format docx');
});
