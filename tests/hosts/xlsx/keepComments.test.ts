/**
 * Comments (批注) and the VML shapes that show them, and pictures in the header or footer (`<legacyDrawingHF>`),
 * through a write (src/hosts/xlsx/keepComments.ts, keep.ts): ExcelJS alone keeps each comment's text but loses its
 * author, whether it is shown and its box; it drops the header's picture. Built in the test: a small workbook
 * edited with JSZip.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadXlsx } from '../../../src/hosts/xlsx/read';
import { applyPlan, writeXlsxSaying } from '../../../src/hosts/xlsx/apply';
import { NOTE_TAG } from '../../../src/engine/plan/plan';
import { packageProblems } from '../../support/packageProblems';

const text = (zip: JSZip, path: string) => zip.file(path)!.async('string');
const VML_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing';
const IMAGE_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const HF_VML =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="2"/></o:shapelayout>' +
  '<v:shape id="LH" o:spid="_x0000_s2049" type="#_x0000_t75" style="position:absolute;margin-left:0;margin-top:0;width:60pt;height:30pt;z-index:1"><v:imagedata o:relid="rId1" o:title="logo"/><o:lock v:ext="edit" rotation="t"/></v:shape></xml>';
/** A 1×1 PNG. */
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));

/** 表一: a comment on A1 by 张三, shown, its box larger than the default; the header a picture (&G). */
async function accountants(): Promise<{ bytes: Uint8Array; comments: string; vml: string }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表一');
  ws.getCell('A1').value = 1;
  ws.getCell('A1').note = '张三:\n请核对';
  ws.headerFooter.oddHeader = '&L&G';
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const comments = (await text(zip, 'xl/comments1.xml')).replace('<author>Author</author>', '<author>张三</author>');
  const vml = (await text(zip, 'xl/drawings/vmlDrawing1.vml'))
    .replace('visibility:hidden', 'visibility:visible')
    .replace(/<x:Anchor>[^<]*<\/x:Anchor>/, '<x:Anchor>2, 6, 0, 14, 6, 2, 9, 16</x:Anchor><x:Visible/>');
  zip.file('xl/comments1.xml', comments);
  zip.file('xl/drawings/vmlDrawing1.vml', vml);
  zip.file('xl/drawings/vmlDrawing2.vml', HF_VML);
  zip.file('xl/drawings/_rels/vmlDrawing2.vml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${IMAGE_TYPE}" Target="../media/image1.png"/></Relationships>`);
  zip.file('xl/media/image1.png', PNG);
  const rels = await text(zip, 'xl/worksheets/_rels/sheet1.xml.rels');
  zip.file('xl/worksheets/_rels/sheet1.xml.rels', rels.replace('</Relationships>', `<Relationship Id="rId9" Type="${VML_TYPE}" Target="../drawings/vmlDrawing2.vml"/></Relationships>`));
  const sheet = await text(zip, 'xl/worksheets/sheet1.xml');
  zip.file('xl/worksheets/sheet1.xml', sheet.replace(/(<legacyDrawing [^>]*\/>)/, '$1<legacyDrawingHF r:id="rId9"/>'));
  const types = await text(zip, '[Content_Types].xml');
  if (!/Extension="png"/.test(types)) zip.file('[Content_Types].xml', types.replace('</Types>', '<Default Extension="png" ContentType="image/png"/></Types>'));
  expect(await text(zip, 'xl/worksheets/sheet1.xml')).toContain('<legacyDrawingHF r:id="rId9"/>');
  return { bytes: await zip.generateAsync({ type: 'uint8array' }), comments, vml };
}

/** The sheet's comments part and the VML part its `<legacyDrawing>` points to, in a package. */
async function commentsOf(zip: JSZip): Promise<{ comments: string; vml: string }> {
  const sheet = await text(zip, 'xl/worksheets/sheet1.xml');
  const rels = await text(zip, 'xl/worksheets/_rels/sheet1.xml.rels');
  const target = (re: RegExp) => 'xl/' + re.exec(rels)![1]!.replace(/^\.\.\//, '');
  const legacy = /<legacyDrawing r:id="([^"]+)"/.exec(sheet)![1]!;
  return {
    comments: await text(zip, target(/Type="[^"]*\/comments" Target="([^"]+)"|Target="([^"]+)"[^>]*Type="[^"]*\/comments"/)),
    vml: await text(zip, target(new RegExp(`Id="${legacy}"[^>]*Target="([^"]+)"`))),
  };
}

describe('comments and the header’s picture through a write', () => {
  it('ExcelJS alone loses the author, the shown box and its size', async () => {
    const { bytes } = await accountants();
    const alone = new ExcelJS.Workbook();
    await alone.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const out = await commentsOf(await JSZip.loadAsync(await alone.xlsx.writeBuffer()));
    expect(out.comments).not.toContain('张三</author>');
    expect(out.vml).not.toContain('<x:Visible/>');
  });

  it('comments as they were come back byte for byte; the header’s picture is said', async () => {
    const file = await accountants();
    const { bytes, lost } = await writeXlsxSaying(await loadXlsx(file.bytes));
    const out = await commentsOf(await JSZip.loadAsync(bytes));
    expect(out.comments).toBe(file.comments);
    expect(out.vml).toBe(file.vml);
    expect(lost).toEqual(['工作表“表一”中的页眉页脚中的图片未能写入结果文件。']);
    expect(await packageProblems(bytes)).toEqual([]);
  });

  it('comments the plan changed (a note of the add-in’s added): ExcelJS’s, the accountant’s text in them, and said', async () => {
    const file = await accountants();
    const wb = await loadXlsx(file.bytes);
    applyPlan(wb, { ops: [{ op: 'setNotes', sheet: '表一', notes: [{ cell: 'B2', text: `${NOTE_TAG}请填写` }] }], summary: [] });
    const { bytes, lost } = await writeXlsxSaying(wb);
    const out = await commentsOf(await JSZip.loadAsync(bytes));
    expect(out.comments).toContain('请核对');
    expect(out.comments).toContain(`${NOTE_TAG}请填写`);
    expect(lost).toContain('工作表“表一”中批注的作者、大小和是否显示未能原样保留（批注的文字不变）。');
    expect(await packageProblems(bytes)).toEqual([]);
  });

  it('the add-in’s own notes removed, all the comments there were: nothing said', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表一').getCell('A1').note = `${NOTE_TAG}请填写`;
    const loaded = await loadXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    applyPlan(loaded, { ops: [{ op: 'removeNotes', sheets: ['表一'] }], summary: [] });
    const { bytes, lost } = await writeXlsxSaying(loaded);
    expect(lost).toEqual([]);
    expect(await packageProblems(bytes)).toEqual([]);
  });

  it('threaded comments (可回复的批注): dropped by ExcelJS, said; their text stays as the plain comment', async () => {
    const file = await accountants();
    const zip = await JSZip.loadAsync(file.bytes);
    zip.file('xl/threadedComments/threadedComment1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="A1" dT="2026-01-01T00:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-000000000002}"><text>请核对</text></threadedComment></ThreadedComments>');
    const rels = await text(zip, 'xl/worksheets/_rels/sheet1.xml.rels');
    zip.file('xl/worksheets/_rels/sheet1.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rId20" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>'));
    const types = await text(zip, '[Content_Types].xml');
    zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/></Types>'));
    const { bytes, lost } = await writeXlsxSaying(await loadXlsx(await zip.generateAsync({ type: 'uint8array' })));
    expect(lost).toContain('工作表“表一”中的线程批注（可回复的批注）未能写入结果文件，其文字作为普通批注保留。');
    expect((await commentsOf(await JSZip.loadAsync(bytes))).comments).toContain('请核对');
    expect(await packageProblems(bytes)).toEqual([]);
  });
});
