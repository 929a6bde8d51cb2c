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
import { convert, itWithLibreOffice } from '../../support/libreoffice';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';

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

/** Excel's comments part: 张三's comment on A1 (bold name, as Excel writes it), 李四's on C3. */
const EXCEL_COMMENTS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"><authors><author>张三</author><author>李四</author></authors><commentList>' +
  '<comment ref="A1" authorId="0" shapeId="0" xr:uid="{5B2C3E8A-0F3B-4B7E-9D6A-1C2B3D4E5F60}"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="宋体"/><family val="3"/><charset val="134"/></rPr><t>张三:</t></r><r><rPr><sz val="9"/><color indexed="81"/><rFont val="宋体"/><family val="3"/><charset val="134"/></rPr><t xml:space="preserve">\n请核对</t></r></text></comment>' +
  '<comment ref="C3" authorId="1" shapeId="0" xr:uid="{5B2C3E8A-0F3B-4B7E-9D6A-1C2B3D4E5F61}"><text><r><rPr><sz val="9"/><color indexed="81"/><rFont val="宋体"/><family val="3"/><charset val="134"/></rPr><t>李四:口径同上年</t></r></text></comment>' +
  '</commentList></comments>';
const excelShape = (n: number, style: string, anchor: string, row: number, col: number, visible: boolean) =>
  `<v:shape id="_x0000_s${n}" type="#_x0000_t202" style='${style}' fillcolor="#ffffe1" o:insetmode="auto">\r\n  <v:fill color2="#ffffe1"/>\r\n  <v:shadow on="t" color="black" obscured="t"/>\r\n  <v:path o:connecttype="none"/>\r\n  <v:textbox style='mso-direction-alt:auto'>\r\n   <div style='text-align:left'></div>\r\n  </v:textbox>\r\n  <x:ClientData ObjectType="Note">\r\n   <x:MoveWithCells/>\r\n   <x:SizeWithCells/>\r\n   <x:Anchor>\r\n    ${anchor}</x:Anchor>\r\n   <x:AutoFill>False</x:AutoFill>\r\n   <x:Row>${row}</x:Row>\r\n   <x:Column>${col}</x:Column>\r\n${visible ? '   <x:Visible/>\r\n' : ''}  </x:ClientData>\r\n </v:shape>`;
/** Excel's VML part (its second drawing: block 2): 张三's box shown and large, 李四's hidden. */
const EXCEL_VML =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml"\r\n xmlns:o="urn:schemas-microsoft-com:office:office"\r\n xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n <o:shapelayout v:ext="edit">\r\n  <o:idmap v:ext="edit" data="2"/>\r\n </o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"\r\n  path="m,l,21600r21600,l21600,xe">\r\n  <v:stroke joinstyle="miter"/>\r\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\r\n </v:shapetype>' +
  excelShape(2049, 'position:absolute;\r\n  margin-left:59.25pt;margin-top:1.5pt;width:216pt;height:90pt;z-index:1;\r\n  visibility:visible', '1, 15, 0, 2, 5, 40, 6, 4', 0, 0, true) +
  excelShape(2050, 'position:absolute;\r\n  margin-left:160.5pt;margin-top:31.5pt;width:108pt;height:59.25pt;z-index:2;\r\n  visibility:hidden', '3, 15, 2, 2, 5, 15, 6, 4', 2, 2, false) +
  '</xml>';

/**
 * 表一 as Excel saves it: 张三's comment on A1 (shown, a large box), 李四's on C3; with `ours`, a note of the add-in's on
 * B2 too; with `c3Empty`, C3 empty (Excel writes no `<c>` for it).
 */
async function excelComments(ours?: string, c3Empty = false): Promise<{ bytes: Uint8Array; a1: string; c3: string; a1Shape: string; c3Shape: string }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表一');
  ws.getCell('A1').value = 1;
  ws.getCell('A1').note = 'x';
  if (!c3Empty) ws.getCell('C3').value = 2;
  ws.getCell('C3').note = 'y';
  if (ours !== undefined) ws.getCell('B2').note = ours;
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  let comments = EXCEL_COMMENTS;
  let vml = EXCEL_VML;
  if (ours !== undefined) {
    comments = comments.replace('<comment ref="C3"', `<comment ref="B2" authorId="0" shapeId="0"><text><r><t>${ours}</t></r></text></comment><comment ref="C3"`);
    vml = vml.replace('</xml>', `${excelShape(2051, 'position:absolute;margin-left:100pt;margin-top:20pt;width:96pt;height:55pt;z-index:3;visibility:hidden', '2, 15, 1, 2, 4, 15, 5, 4', 1, 1, false)}</xml>`);
  }
  zip.file('xl/comments1.xml', comments);
  zip.file('xl/drawings/vmlDrawing1.vml', vml);
  const shape = (n: number) => new RegExp(`<v:shape id="_x0000_s${n}"[\\s\\S]*?</v:shape>`).exec(EXCEL_VML)![0];
  return {
    bytes: await zip.generateAsync({ type: 'uint8array' }),
    a1: /<comment ref="A1"[\s\S]*?<\/comment>/.exec(EXCEL_COMMENTS)![0],
    c3: /<comment ref="C3"[\s\S]*?<\/comment>/.exec(EXCEL_COMMENTS)![0],
    a1Shape: shape(2049),
    c3Shape: shape(2050),
  };
}

/** The VML part the sheet's `<legacyDrawingHF>` points to, and the image that part points to. */
async function headerPicturesOf(zip: JSZip): Promise<{ vml: string; image: Uint8Array } | undefined> {
  const sheet = await text(zip, 'xl/worksheets/sheet1.xml');
  const id = /<legacyDrawingHF r:id="([^"]+)"/.exec(sheet)?.[1];
  if (id === undefined) return undefined;
  const rels = await text(zip, 'xl/worksheets/_rels/sheet1.xml.rels');
  const vmlPath = 'xl/' + new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]!.replace(/^\.\.\//, '');
  const vmlRels = await text(zip, vmlPath.replace(/([^/]+)$/, '_rels/$1.rels'));
  const imagePath = 'xl/' + /Id="rId1"[^>]*Target="([^"]+)"/.exec(vmlRels)![1]!.replace(/^\.\.\//, '');
  return { vml: await text(zip, vmlPath), image: await zip.file(imagePath)!.async('uint8array') };
}

describe('the accountant’s comments where the plan adds or removes a note of the add-in’s', () => {
  it('a note added: the accountant’s comments and boxes byte for byte, ours in ExcelJS’s form, nothing said', async () => {
    const file = await excelComments();
    const wb = await loadXlsx(file.bytes);
    applyPlan(wb, { ops: [{ op: 'setNotes', sheet: '表一', notes: [{ cell: 'B2', text: `${NOTE_TAG}请填写` }] }], summary: [] });
    const { bytes, lost } = await writeXlsxSaying(wb);
    const out = await commentsOf(await JSZip.loadAsync(bytes));
    expect(out.comments).toContain(file.a1);
    expect(out.comments).toContain(file.c3);
    expect(out.comments).toContain('<authors><author>张三</author><author>李四</author><author>Author</author></authors>');
    expect(out.comments).toContain(`<comment ref="B2" authorId="2"><text><r><t>${NOTE_TAG}请填写</t></r></text></comment>`);
    expect(out.vml).toContain(file.a1Shape);
    expect(out.vml).toContain(file.c3Shape);
    expect(out.vml).toContain('<o:idmap v:ext="edit" data="2"/>');
    // Ours: ExcelJS's shape, numbered after the file's, at B2.
    expect(out.vml).toMatch(/<v:shape id="_x0000_s2051" type="#_x0000_t202"[^>]*visibility:hidden[\s\S]*?<x:Row>1<\/x:Row><x:Column>1<\/x:Column>/);
    expect(lost).toEqual([]);
    expect(await packageProblems(bytes)).toEqual([]);
  });

  it('the add-in’s note removed: the accountant’s as they were, ours gone from both parts, nothing said', async () => {
    const file = await excelComments(`${NOTE_TAG}旧提示`);
    const wb = await loadXlsx(file.bytes);
    applyPlan(wb, { ops: [{ op: 'removeNotes', sheets: ['表一'] }], summary: [] });
    const { bytes, lost } = await writeXlsxSaying(wb);
    const out = await commentsOf(await JSZip.loadAsync(bytes));
    expect(out.comments).toBe(EXCEL_COMMENTS);
    expect(out.vml).not.toContain('_x0000_s2051');
    expect(out.vml).toContain(file.a1Shape);
    expect(out.vml).toContain(file.c3Shape);
    expect(lost).toEqual([]);
    expect(await packageProblems(bytes)).toEqual([]);
  });

  it('a note added to a VML part whose block is full: the next block is added to its idmap', async () => {
    const file = await excelComments();
    const zip = await JSZip.loadAsync(file.bytes);
    // 张三's shape the last of block 2.
    zip.file('xl/drawings/vmlDrawing1.vml', EXCEL_VML.replace('_x0000_s2049', '_x0000_s3071'));
    const wb = await loadXlsx(await zip.generateAsync({ type: 'uint8array' }));
    applyPlan(wb, { ops: [{ op: 'setNotes', sheet: '表一', notes: [{ cell: 'B2', text: `${NOTE_TAG}请填写` }, { cell: 'D4', text: `${NOTE_TAG}请核对` }] }], summary: [] });
    const { bytes } = await writeXlsxSaying(wb);
    const out = await commentsOf(await JSZip.loadAsync(bytes));
    expect(out.vml).toContain('<o:idmap v:ext="edit" data="2,3"/>');
    expect(out.vml).toContain('id="_x0000_s3072"');
    expect(out.vml).toContain('id="_x0000_s3073"');
    expect(await packageProblems(bytes)).toEqual([]);
  });

  it('one of the accountant’s without its shape in the file: it comes out in ExcelJS’s form, and that is said', async () => {
    const file = await excelComments();
    const zip = await JSZip.loadAsync(file.bytes);
    zip.file('xl/drawings/vmlDrawing1.vml', EXCEL_VML.replace(file.c3Shape, ''));
    const wb = await loadXlsx(await zip.generateAsync({ type: 'uint8array' }));
    applyPlan(wb, { ops: [{ op: 'setNotes', sheet: '表一', notes: [{ cell: 'B2', text: `${NOTE_TAG}请填写` }] }], summary: [] });
    const { bytes, lost } = await writeXlsxSaying(wb);
    const out = await commentsOf(await JSZip.loadAsync(bytes));
    expect(out.comments).toContain(file.a1);
    expect(out.comments).not.toContain(file.c3);
    expect(out.comments).toContain('<comment ref="C3" authorId="2">');
    expect(lost).toEqual(['工作表“表一”中批注的作者、大小和是否显示未能原样保留（批注的文字不变）。']);
    expect(await packageProblems(bytes)).toEqual([]);
  });

  it('a file whose shapes are of another type than ExcelJS’s: ExcelJS’s type added for ours', async () => {
    const file = await excelComments();
    const zip = await JSZip.loadAsync(file.bytes);
    zip.file('xl/drawings/vmlDrawing1.vml', EXCEL_VML.replace(/_x0000_t202/g, '_x0000_t301'));
    const wb = await loadXlsx(await zip.generateAsync({ type: 'uint8array' }));
    applyPlan(wb, { ops: [{ op: 'setNotes', sheet: '表一', notes: [{ cell: 'B2', text: `${NOTE_TAG}请填写` }] }], summary: [] });
    const out = await commentsOf(await JSZip.loadAsync((await writeXlsxSaying(wb)).bytes));
    expect(out.vml).toContain('<v:shapetype id="_x0000_t301"');
    expect(out.vml).toMatch(/<v:shapetype id="_x0000_t202"[\s\S]*<v:shape id="_x0000_s2051" type="#_x0000_t202"/);
  });

  it('a comment on an empty cell (no `<c>` in the sheet: ExcelJS dropped it, text and all): kept, with a note added or not', async () => {
    const file = await excelComments(undefined, true);
    expect(await text(await JSZip.loadAsync(file.bytes), 'xl/worksheets/sheet1.xml')).not.toContain('r="C3"');
    const asIs = await writeXlsxSaying(await loadXlsx(file.bytes));
    expect((await commentsOf(await JSZip.loadAsync(asIs.bytes))).comments).toBe(EXCEL_COMMENTS);
    expect(asIs.lost).toEqual([]);
    const wb = await loadXlsx(file.bytes);
    applyPlan(wb, { ops: [{ op: 'setNotes', sheet: '表一', notes: [{ cell: 'C3', text: `${NOTE_TAG}请填写` }, { cell: 'B2', text: `${NOTE_TAG}请填写` }] }], summary: [] });
    const { bytes, lost } = await writeXlsxSaying(wb);
    const out = await commentsOf(await JSZip.loadAsync(bytes));
    // Never over the accountant's own: C3 stays 李四's.
    expect(out.comments).toContain(file.c3);
    expect(out.vml).toContain(file.c3Shape);
    expect(out.comments).toContain('<comment ref="B2" authorId="2">');
    expect(lost).toEqual([]);
    expect(await packageProblems(bytes)).toEqual([]);
  });

  itWithLibreOffice('LibreOffice reads them back: the accountant’s box shown and large, ours hidden (it reads no authors)', async () => {
    const file = await excelComments();
    const wb = await loadXlsx(file.bytes);
    applyPlan(wb, { ops: [{ op: 'setNotes', sheet: '表一', notes: [{ cell: 'B2', text: `${NOTE_TAG}请填写` }] }], summary: [] });
    const { bytes } = await writeXlsxSaying(wb);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'juesuan-comments-'));
    writeFileSync(path.join(dir, 'out.xlsx'), bytes);
    const fods = readFileSync(convert(path.join(dir, 'out.xlsx'), 'fods', dir), 'utf8');
    const notes = [...fods.matchAll(/<office:annotation\b([^>]*)>([\s\S]*?)<\/office:annotation>/g)].map((m) => ({
      shown: /office:display="true"/.test(m[1]!),
      wide: Number(/svg:width="([\d.]+)in"/.exec(m[1]!)?.[1] ?? '0') > 3,
      text: [...m[2]!.matchAll(/<text:p[^>]*>([\s\S]*?)<\/text:p>/g)].map((p) => p[1]!.replace(/<[^>]+>/g, '')).join('\n'),
    }));
    expect(notes).toEqual([
      { shown: true, wide: true, text: '张三:\n请核对' },
      { shown: false, wide: false, text: `${NOTE_TAG}请填写` },
      { shown: false, wide: false, text: '李四:口径同上年' },
    ]);
  });
});

describe('packageProblems: comments and their VML shapes', () => {
  const withVml = async (vml: string) => {
    const zip = await JSZip.loadAsync((await excelComments()).bytes);
    zip.file('xl/drawings/vmlDrawing1.vml', vml);
    return packageProblems(await zip.generateAsync({ type: 'uint8array' }));
  };
  it('reads Excel’s parts as sound', async () => {
    expect(await withVml(EXCEL_VML)).toEqual([]);
  });
  it('two shapes of one id, a shape outside its idmap, a comment without its shape', async () => {
    expect(await withVml(EXCEL_VML.replace('_x0000_s2050', '_x0000_s2049'))).toEqual(['xl/drawings/vmlDrawing1.vml: shape id _x0000_s2049 twice']);
    expect(await withVml(EXCEL_VML.replace('_x0000_s2050', '_x0000_s1025'))).toEqual(['xl/drawings/vmlDrawing1.vml: shape 1025 outside its idmap']);
    expect(await withVml(EXCEL_VML.replace('<x:Row>2</x:Row>', '<x:Row>3</x:Row>'))).toEqual([
      'xl/comments1.xml: comment C3 without its shape',
      'xl/drawings/vmlDrawing1.vml: comment shape at 3,2 without its comment',
    ]);
  });
});

describe('comments and the header’s picture through a write', () => {
  it('ExcelJS alone loses the author, the shown box and its size', async () => {
    const { bytes } = await accountants();
    const alone = new ExcelJS.Workbook();
    await alone.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const out = await commentsOf(await JSZip.loadAsync(await alone.xlsx.writeBuffer()));
    expect(out.comments).not.toContain('张三</author>');
    expect(out.vml).not.toContain('<x:Visible/>');
  });

  it('comments as they were come back byte for byte; so does the header’s picture, its VML part and its image', async () => {
    const file = await accountants();
    const { bytes, lost } = await writeXlsxSaying(await loadXlsx(file.bytes));
    const zip = await JSZip.loadAsync(bytes);
    const out = await commentsOf(zip);
    expect(out.comments).toBe(file.comments);
    expect(out.vml).toBe(file.vml);
    expect(lost).toEqual([]);
    const pictures = await headerPicturesOf(zip);
    expect(pictures?.vml).toBe(HF_VML);
    expect(pictures?.image).toEqual(PNG);
    expect(await packageProblems(bytes)).toEqual([]);
  });

  it('the header changed: its picture said, not put back', async () => {
    const file = await accountants();
    const wb = await loadXlsx(file.bytes);
    wb.getWorksheet('表一')!.headerFooter.oddHeader = '&L&G&R第&P页';
    const { bytes, lost } = await writeXlsxSaying(wb);
    expect(lost).toEqual(['工作表“表一”中的页眉页脚中的图片未能写入结果文件（页眉页脚已改变）。']);
    expect(await headerPicturesOf(await JSZip.loadAsync(bytes))).toBeUndefined();
    expect(await packageProblems(bytes)).toEqual([]);
  });

  it('the header’s picture on a sheet with no comments where the plan adds a note: carried under a name free of ExcelJS’s', async () => {
    const file = await accountants();
    const zip = await JSZip.loadAsync(file.bytes);
    // The picture's VML part named as ExcelJS names the notes' of the first sheet: carried under another name.
    const vml = await text(zip, 'xl/drawings/vmlDrawing2.vml');
    zip.remove('xl/drawings/vmlDrawing2.vml');
    zip.file('xl/drawings/vmlDrawing1.vml', vml);
    zip.file('xl/drawings/_rels/vmlDrawing1.vml.rels', await text(zip, 'xl/drawings/_rels/vmlDrawing2.vml.rels'));
    zip.remove('xl/drawings/_rels/vmlDrawing2.vml.rels');
    zip.remove('xl/comments1.xml');
    const sheet = await text(zip, 'xl/worksheets/sheet1.xml');
    zip.file('xl/worksheets/sheet1.xml', sheet.replace(/<legacyDrawing r:id="[^"]*"\/>/, ''));
    zip.file('xl/worksheets/_rels/sheet1.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="${VML_TYPE}" Target="../drawings/vmlDrawing1.vml"/></Relationships>`);
    const types = await text(zip, '[Content_Types].xml');
    zip.file('[Content_Types].xml', types.replace(/<Override PartName="\/xl\/comments1.xml"[^>]*\/>/, ''));
    const before = await zip.generateAsync({ type: 'uint8array' });
    expect(await packageProblems(before)).toEqual([]);
    const wb = await loadXlsx(before);
    applyPlan(wb, { ops: [{ op: 'setNotes', sheet: '表一', notes: [{ cell: 'B2', text: `${NOTE_TAG}请填写` }] }], summary: [] });
    const { bytes, lost } = await writeXlsxSaying(wb);
    expect(lost).toEqual([]);
    const out = await JSZip.loadAsync(bytes);
    expect((await headerPicturesOf(out))?.vml).toBe(HF_VML);
    expect((await commentsOf(out)).comments).toContain(`${NOTE_TAG}请填写`);
    expect(await packageProblems(bytes)).toEqual([]);
  });

  it('comments the plan changed (a note of the add-in’s added): the accountant’s kept, ours added', async () => {
    const file = await accountants();
    const wb = await loadXlsx(file.bytes);
    applyPlan(wb, { ops: [{ op: 'setNotes', sheet: '表一', notes: [{ cell: 'B2', text: `${NOTE_TAG}请填写` }] }], summary: [] });
    const { bytes, lost } = await writeXlsxSaying(wb);
    const out = await commentsOf(await JSZip.loadAsync(bytes));
    expect(out.comments).toContain('<author>张三</author>');
    expect(out.comments).toContain(`${NOTE_TAG}请填写`);
    expect(out.vml).toContain('<x:Visible/>');
    expect(lost).not.toContain('工作表“表一”中批注的作者、大小和是否显示未能原样保留（批注的文字不变）。');
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
