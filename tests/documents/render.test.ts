/**
 * The documents as a person sees them: `explain --format pdf` (the .docx converted by LibreOffice) looked at page by
 * page. The title page with the 目录, a text page with a chart, and the landscape 三公 table page are written to
 * test-output/screenshots (docx-*.png); the test asserts what can be read off the pages: A4, the page numbers
 * “— n —”, the landscape page of the 三公 table, the chart on the page of §二.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { cli } from '../support/cli';
import { itRendersDocuments, pageToPng, pdfPages } from '../support/pdf';
import { SCREENSHOTS } from '../support/browser';
import { docxToPdf, findSoffice, NO_LIBREOFFICE } from '../../src/cli/pdf';
import { SAMPLE_DATA, SAMPLE_XLSX } from '../../fixtures/build-sample';

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

test('without LibreOffice, PDF output stops with a message saying what to install or use instead', async () => {
  expect(findSoffice({ PATH: '' })).toBeUndefined();
  await expect(docxToPdf(new Uint8Array(), () => undefined)).rejects.toThrow(NO_LIBREOFFICE);
  expect(NO_LIBREOFFICE).toContain('--format docx');
});
