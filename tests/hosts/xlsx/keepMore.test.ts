/**
 * More of what ExcelJS drops, kept (src/hosts/xlsx/keep.ts, keepParts.ts, keepTables.ts, keepWorkbook.ts), in the
 * order a government accountant's workbook has it: a sheet's ignored errors (the green triangles turned off), its
 * printer settings (`<pageSetup r:id>` → xl/printerSettings/*.bin), ranges open for editing in a protected sheet, custom
 * views (the workbook's and each sheet's), tables, the workbook's extensions. What cannot be put back safely (slicers,
 * OLE objects, form controls, macros, a table whose header was typed over) is said, never lost silently. Each is shown
 * dropped by ExcelJS alone first, and the package written is checked as Excel would open it (packageProblems).
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SAMPLE_DATA, SAMPLE_XLSX } from '../../../fixtures/build-sample';
import { cli } from '../../support/cli';
import { openWorkbook } from '../../../src/web/xlsxHost';
import { saveBytes } from '../../../src/taskpane/download';

jest.mock('../../../src/taskpane/download', () => ({ saveBytes: jest.fn() }));
import { loadXlsx } from '../../../src/hosts/xlsx/read';
import { applyPlan, writeXlsx, writeXlsxSaying } from '../../../src/hosts/xlsx/apply';
import { rootOf } from '../../../src/hosts/xlsx/ooxml/children';
import { packageProblems } from '../../support/packageProblems';
import { withPivotTable } from '../../support/pivotTable';

const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const X15 = 'http://schemas.microsoft.com/office/spreadsheetml/2010/11/main';
const IGNORED = '<ignoredErrors><ignoredError sqref="B2:B5" numberStoredAsText="1"/><ignoredError sqref="D1" formula="1"/></ignoredErrors>';
const PROTECTED = '<protectedRanges><protectedRange sqref="B2:B5" name="填报区"/></protectedRanges>';
const GUID = '{0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0}';
const WORKBOOK_VIEWS = `<customWorkbookViews><customWorkbookView name="打印视图" guid="${GUID}" maximized="1" windowWidth="1920" windowHeight="1000" activeSheetId="2"/></customWorkbookViews>`;
const SHEET_VIEWS = (id: string) =>
  `<customSheetViews><customSheetView guid="${GUID}" showGridLines="0" fitToPage="1"><selection activeCell="A1" sqref="A1"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" r:id="${id}"/></customSheetView></customSheetViews>`;
const WORKBOOK_EXT = `<ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="${X15}"><x15:workbookPr chartTrackingRefBase="1"/></ext>`;
const SLICER_CACHES = `<ext uri="{BBE1A952-AA13-448e-AADC-164F8A28A991}" xmlns:x14="${X14}"><x14:slicerCaches><x14:slicerCache r:id="rId90"/></x14:slicerCaches></ext>`;
const SHEET_SLICERS = `<ext uri="{3A4CF648-6AED-40f4-86FF-DC5316D8AED3}" xmlns:x14="${X14}"><x15:slicerList xmlns:x15="${X15}"><x14:slicer r:id="rId91"/></x15:slicerList></ext>`;
const OLE = '<oleObjects><oleObject progId="Package" shapeId="1025" r:id="rId92"/></oleObjects>';
const CONTROLS = '<controls><control shapeId="1026" r:id="rId93" name="CheckBox1"/></controls>';
/** A printer's settings (a DEVMODE): bytes no text decoder would leave alone. */
const printer = (seed: number) => Uint8Array.from({ length: 600 }, (_v, i) => (i * 37 + seed) % 256);
const PRINTER_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/printerSettings';
const PRINTER_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings';
const TABLE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr xr3" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" ' +
  'id="1" xr:uid="{11111111-2222-3333-4444-555555555555}" name="收入表" displayName="收入表" ref="A1:C3" totalsRowShown="0" headerRowDxfId="0"><autoFilter ref="A1:C3" xr:uid="{AAAAAAAA-2222-3333-4444-555555555555}"/>' +
  '<tableColumns count="3"><tableColumn id="1" xr3:uid="{B1}" name="项目"/><tableColumn id="2" xr3:uid="{B2}" name="金额"/><tableColumn id="3" xr3:uid="{B3}" name="两倍" dataDxfId="1"><calculatedColumnFormula>收入表[[#This Row],[金额]]*2</calculatedColumnFormula></tableColumn></tableColumns>' +
  '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';
const DXFS = ['<dxf><font><b/><color rgb="FF1F4E79"/></font></dxf>', '<dxf><numFmt numFmtId="4" formatCode="#,##0.00"/></dxf>'];

async function text(zip: JSZip, path: string): Promise<string> {
  return zip.file(path)!.async('string');
}

function childText(xml: string, name: string): string | undefined {
  const c = rootOf(xml).children.find((x) => x.name === name);
  return c && xml.slice(c.start, c.end);
}

/** The part and relationships of each sheet by name, through the workbook part. */
async function sheetsOf(zip: JSZip): Promise<Map<string, { path: string; xml: string; rels: string }>> {
  const workbook = await text(zip, 'xl/workbook.xml');
  const rels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const out = new Map<string, { path: string; xml: string; rels: string }>();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels)!;
    const path = (target[1] ?? target[2]!).replace(/^\/?(xl\/)?/, 'xl/');
    const relsPath = path.replace(/([^/]+)$/, '_rels/$1.rels');
    out.set(m[1]!, { path, xml: await text(zip, path), rels: zip.file(relsPath) ? await text(zip, relsPath) : '' });
  }
  return out;
}

/** The part a sheet's relationship `id` points to. */
function targetOf(sheetPath: string, rels: string, id: string): string {
  const m = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*>`).exec(rels)!;
  const target = /Target="([^"]+)"/.exec(m[0])![1]!;
  const parts = sheetPath.split('/').slice(0, -1);
  for (const s of target.split('/')) if (s === '..') parts.pop();
    else parts.push(s);
  return target.startsWith('/') ? target.slice(1) : parts.join('/');
}

/**
 * 表一 (a table 收入表 over A1:C3 with a bold header and a calculated column) and 表二 (protected, with ranges open
 * for editing, ignored errors, printer settings of its own and of its custom view, a slicer, an OLE object, a form
 * control); the workbook's custom view and extensions (one of slicer caches), a VBA project.
 */
async function accountants(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const one = wb.addWorksheet('表一');
  one.getRow(1).values = ['项目', '金额', '两倍'];
  one.getRow(2).values = ['甲', 1, { formula: '收入表[[#This Row],[金额]]*2', result: 2 }];
  one.getRow(3).values = ['乙', 2, { formula: '收入表[[#This Row],[金额]]*2', result: 4 }];
  const two = wb.addWorksheet('表二');
  for (let r = 1; r <= 5; r++) two.getCell(r, 2).value = String(r);
  two.getCell('D1').value = { formula: 'B1+1', result: 2 };
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const relsOf = (sheet: string, rels: string) =>
    zip.file(`xl/worksheets/_rels/${sheet}.rels`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`);
  // 表一: its table.
  zip.file('xl/tables/table1.xml', TABLE);
  relsOf('sheet1.xml', '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/>');
  zip.file('xl/worksheets/sheet1.xml', (await text(zip, 'xl/worksheets/sheet1.xml')).replace('</worksheet>', '<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>'));
  const styles = await text(zip, 'xl/styles.xml');
  zip.file('xl/styles.xml', styles.replace('<dxfs count="0"/>', `<dxfs count="2">${DXFS.join('')}</dxfs>`));
  // 表二.
  let sheet = await text(zip, 'xl/worksheets/sheet2.xml');
  sheet = sheet
    .replace(/<pageSetup ([^>]*)\/>/, '<pageSetup paperSize="9" orientation="portrait" r:id="rId1"/>')
    .replace('</sheetData>', `</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/>${PROTECTED}${SHEET_VIEWS('rId2')}`)
    .replace('</worksheet>', `${IGNORED}${OLE}${CONTROLS}<extLst>${SHEET_SLICERS}</extLst></worksheet>`);
  zip.file('xl/worksheets/sheet2.xml', sheet);
  zip.file('xl/printerSettings/printerSettings1.bin', printer(1));
  zip.file('xl/printerSettings/printerSettings2.bin', printer(2));
  relsOf(
    'sheet2.xml',
    `<Relationship Id="rId1" Type="${PRINTER_TYPE}" Target="../printerSettings/printerSettings1.bin"/><Relationship Id="rId2" Type="${PRINTER_TYPE}" Target="../printerSettings/printerSettings2.bin"/>`,
  );
  // The workbook.
  const workbook = await text(zip, 'xl/workbook.xml');
  zip.file('xl/workbook.xml', workbook.replace('</workbook>', `${WORKBOOK_VIEWS}<extLst>${WORKBOOK_EXT}${SLICER_CACHES}</extLst></workbook>`));
  const workbookRels = await text(zip, 'xl/_rels/workbook.xml.rels');
  zip.file('xl/_rels/workbook.xml.rels', workbookRels.replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
  zip.file('xl/vbaProject.bin', printer(3));
  const types = await text(zip, '[Content_Types].xml');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      `<Default Extension="bin" ContentType="${PRINTER_CONTENT}"/><Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/><Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>`,
    ),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Written after a plan that adds a sheet and highlights a cell of 表一 (its format takes the first dxf; 表二 is protected). */
async function filled(edit?: (wb: ExcelJS.Workbook) => void): Promise<{ zip: JSZip; bytes: Uint8Array; lost: readonly string[] }> {
  const wb = await loadXlsx(await accountants());
  applyPlan(wb, {
    ops: [
      { op: 'ensureSheet', sheet: '检查结果' },
      { op: 'markSheet', sheet: '检查结果', role: 'results' },
      { op: 'setCells', sheet: '检查结果', row: 0, col: 0, cells: [[{ value: '检查结果' }]] },
      { op: 'addHighlights', sheet: '表一', level: 'error', cells: ['B2'] },
    ],
    summary: [],
  });
  edit?.(wb);
  const { bytes, lost } = await writeXlsxSaying(wb);
  return { zip: await JSZip.loadAsync(bytes), bytes, lost };
}

/** What ExcelJS alone writes of the workbook: what it drops. */
async function exceljsAlone(): Promise<JSZip> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await accountants()) as unknown as ArrayBuffer);
  return JSZip.loadAsync(await wb.xlsx.writeBuffer());
}

describe('what else ExcelJS drops is put back', () => {
  it('ExcelJS alone drops each of them', async () => {
    const zip = await exceljsAlone();
    const two = (await sheetsOf(zip)).get('表二')!;
    for (const name of ['ignoredErrors', 'protectedRanges', 'customSheetViews', 'oleObjects', 'controls', 'extLst']) expect(childText(two.xml, name)).toBeUndefined();
    expect(childText(two.xml, 'pageSetup')).not.toContain('r:id');
    expect(Object.keys(zip.files).filter((f) => f.endsWith('.bin'))).toEqual([]);
    const workbook = await text(zip, 'xl/workbook.xml');
    expect(childText(workbook, 'customWorkbookViews')).toBeUndefined();
    expect(childText(workbook, 'extLst')).toBeUndefined();
    // The table: its header row said to be none, its calculated column and formats gone.
    const table = await text(zip, Object.keys(zip.files).find((f) => f.startsWith('xl/tables/') && f.endsWith('.xml'))!);
    expect(table).toContain('headerRowCount="0"');
    expect(table).not.toContain('calculatedColumnFormula');
  });

  it('a sheet’s ignored errors and ranges open for editing, byte for byte, where the schema wants them', async () => {
    const two = (await sheetsOf((await filled()).zip)).get('表二')!;
    expect(childText(two.xml, 'ignoredErrors')).toBe(IGNORED);
    expect(childText(two.xml, 'protectedRanges')).toBe(PROTECTED);
    const names = rootOf(two.xml).children.map((c) => c.name);
    expect(names.indexOf('protectedRanges')).toBe(names.indexOf('sheetProtection') + 1);
  });

  it('the printer settings of the sheet and of its custom view: each part byte for byte, related from the sheet, typed', async () => {
    const { zip } = await filled();
    const two = (await sheetsOf(zip)).get('表二')!;
    const setup = childText(two.xml, 'pageSetup')!;
    expect(setup).toContain('paperSize="9"');
    const id = /r:id="([^"]+)"/.exec(setup)![1]!;
    const part = targetOf(two.path, two.rels, id);
    expect(await zip.file(part)!.async('uint8array')).toEqual(printer(1));
    const views = childText(two.xml, 'customSheetViews')!;
    const viewId = /r:id="([^"]+)"/.exec(views)![1]!;
    // The view as it was, but for its relationship's id (and the prefix of it declared, to stand on its own).
    expect(views).toBe(SHEET_VIEWS(viewId).replace('<customSheetViews>', '<customSheetViews xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'));
    expect(await zip.file(targetOf(two.path, two.rels, viewId))!.async('uint8array')).toEqual(printer(2));
    expect(await text(zip, '[Content_Types].xml')).toMatch(/<Default Extension="bin" ContentType="application\/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"\/>|<Override PartName="\/[^"]*printerSettings1\.bin" ContentType="application\/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"\/>/);
  });

  it('the workbook’s custom views and its extensions, as they were; the slicers’ said', async () => {
    const { zip, lost } = await filled();
    const workbook = await text(zip, 'xl/workbook.xml');
    expect(childText(workbook, 'customWorkbookViews')).toBe(WORKBOOK_VIEWS);
    // Each extension byte for byte (the list itself may declare the root's prefixes it uses).
    expect(childText(workbook, 'extLst')).toMatch(new RegExp(`^<extLst[^>]*>${WORKBOOK_EXT.replace(/[{}()[\]*+?.^$|\\]/g, '\\$&')}</extLst>$`));
    expect(lost).toEqual(expect.arrayContaining(['工作簿中的切片器未能写入结果文件。']));
  });

  it('the table: the file’s part, its header, filter, column formula and formats (renumbered after the plan’s)', async () => {
    const { zip, lost } = await filled();
    const one = (await sheetsOf(zip)).get('表一')!;
    const id = /<tablePart r:id="([^"]+)"/.exec(one.xml)![1]!;
    const table = await text(zip, targetOf(one.path, one.rels, id));
    const plain = (xml: string) => xml.replace(/(DxfId=")\d+"/g, '$1#"');
    expect(plain(table)).toBe(plain(TABLE));
    const dxfs = childText(await text(zip, 'xl/styles.xml'), 'dxfs')!;
    const dxf = rootOf(dxfs).children.map((c) => dxfs.slice(c.start, c.end));
    expect(dxf[Number(/headerRowDxfId="(\d+)"/.exec(table)![1])]).toBe(DXFS[0]);
    expect(dxf[Number(/dataDxfId="(\d+)"/.exec(table)![1])]).toBe(DXFS[1]);
    // The plan's highlight keeps its own.
    expect(dxf.length).toBe(3);
    expect(lost.filter((l) => l.includes('收入表'))).toEqual([]);
  });

  it('a table whose header cell was typed over: ExcelJS’s, and said', async () => {
    const { zip, lost } = await filled((wb) => (wb.getWorksheet('表一')!.getCell('B1').value = '金额（万元）'));
    const one = (await sheetsOf(zip)).get('表一')!;
    const id = /<tablePart r:id="([^"]+)"/.exec(one.xml)![1]!;
    expect(await text(zip, targetOf(one.path, one.rels, id))).not.toBe(TABLE);
    expect(lost).toEqual(expect.arrayContaining([expect.stringContaining('工作表“表一”中的表格“收入表”的范围或标题行已改变')]));
  });

  it('what cannot be put back safely is said: the sheet’s slicers, OLE object, form control, the macros', async () => {
    const { zip, lost } = await filled();
    const two = (await sheetsOf(zip)).get('表二')!;
    expect(two.xml).not.toContain('slicerList');
    expect(lost).toEqual(
      expect.arrayContaining([
        '工作表“表二”中的切片器未能写入结果文件。',
        '工作表“表二”中的嵌入的对象（OLE 对象）未能写入结果文件。',
        '工作表“表二”中的表单控件未能写入结果文件。',
        '原文件中的宏（VBA 代码）未写入结果文件。',
      ]),
    );
  });

  it('the package written is one Excel opens: every relationship’s part there, typed, every r:id related, children in order', async () => {
    const { bytes } = await filled();
    expect(await packageProblems(bytes)).toEqual([]);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(again.worksheets.map((ws) => ws.name)).toEqual(['表一', '表二', '检查结果']);
    expect(again.getWorksheet('表一')!.getCell('C3').value).toEqual({ formula: '收入表[[#This Row],[金额]]*2', result: 4 });
  });

  it('written twice (loaded again from what was written), the same parts are kept, none doubled', async () => {
    const first = await filled();
    const wb = await loadXlsx(first.bytes);
    const bytes = await writeXlsx(wb);
    expect(await packageProblems(bytes)).toEqual([]);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).filter((f) => f.endsWith('.bin')).sort()).toEqual(['xl/printerSettings/printerSettings1.bin', 'xl/printerSettings/printerSettings2.bin']);
    expect(childText((await sheetsOf(zip)).get('表二')!.xml, 'ignoredErrors')).toBe(IGNORED);
  });
});

describe('`fill` and `check --out` keep them and say what they could not', () => {
  /** The sample with its first sheet's errors ignored, its printer settings and an OLE object. */
  async function sample(dir: string): Promise<{ input: string; first: string }> {
    const zip = await JSZip.loadAsync(await fs.readFile(SAMPLE_XLSX));
    const workbook = await text(zip, 'xl/workbook.xml');
    const first = /<sheet [^>]*name="([^"]+)"/.exec(workbook)![1]!;
    const sheet = (await sheetsOf(zip)).get(first)!;
    const xml = sheet.xml.replace(/<pageSetup ([^>]*?)\/>/, '<pageSetup $1 r:id="rId77"/>').replace(/<\/worksheet>$/, `${IGNORED}${OLE}</worksheet>`);
    expect(xml).toContain('rId77');
    zip.file(sheet.path, xml);
    const relsPath = sheet.path.replace(/([^/]+)$/, '_rels/$1.rels');
    const rels = sheet.rels || '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    zip.file(relsPath, rels.replace('</Relationships>', `<Relationship Id="rId77" Type="${PRINTER_TYPE}" Target="../printerSettings/printerSettings1.bin"/></Relationships>`));
    zip.file('xl/printerSettings/printerSettings1.bin', printer(1));
    zip.file('[Content_Types].xml', (await text(zip, '[Content_Types].xml')).replace('</Types>', `<Default Extension="bin" ContentType="${PRINTER_CONTENT}"/></Types>`));
    const input = path.join(dir, 'in.xlsx');
    await fs.writeFile(input, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    return { input, first };
  }

  async function kept(out: string, first: string): Promise<void> {
    const bytes = await fs.readFile(out);
    expect(await packageProblems(bytes)).toEqual([]);
    const zip = await JSZip.loadAsync(bytes);
    const sheet = (await sheetsOf(zip)).get(first)!;
    expect(childText(sheet.xml, 'ignoredErrors')).toBe(IGNORED);
    const id = /r:id="([^"]+)"/.exec(childText(sheet.xml, 'pageSetup')!)![1]!;
    expect(await zip.file(targetOf(sheet.path, sheet.rels, id))!.async('uint8array')).toEqual(printer(1));
  }

  it('fill: kept, and the OLE object said in what it prints', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-keep-more-'));
    const { input, first } = await sample(dir);
    const out = path.join(dir, 'out.xlsx');
    const r = await cli('fill', input, '--data', SAMPLE_DATA, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`工作表“${first}”中的嵌入的对象（OLE 对象）未能写入结果文件。`);
    await kept(out, first);
  });

  it('check --out: kept, and the OLE object said', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-keep-more-'));
    const { input, first } = await sample(dir);
    const out = path.join(dir, 'out.xlsx');
    const r = await cli('check', input, '--data', SAMPLE_DATA, '--out', out);
    expect(r.stderr).toContain(`工作表“${first}”中的嵌入的对象（OLE 对象）未能写入结果文件。`);
    await kept(out, first);
  });
});

it('the web page’s download keeps them and says what it could not', async () => {
  const bytes = await accountants();
  const host = await openWorkbook('决算.xlsm', bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, () => undefined);
  const lost = await host.download();
  expect(lost).toEqual(expect.arrayContaining(['原文件中的宏（VBA 代码）未写入结果文件。', '工作表“表二”中的表单控件未能写入结果文件。']));
  const saved = (saveBytes as jest.Mock).mock.calls[0][0] as Uint8Array;
  expect(await packageProblems(saved)).toEqual([]);
  expect(childText((await sheetsOf(await JSZip.loadAsync(saved))).get('表二')!.xml, 'ignoredErrors')).toBe(IGNORED);
});

describe('what of a sheet’s drawing ExcelJS drops is said', () => {
  const DRAWING =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    '<xdr:twoCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>' +
    '<xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
    '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="文本框 2"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>单位：万元</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';
  const CHART = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>';

  async function charted(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表一').getCell('A1').value = 1;
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    zip.file('xl/drawings/drawing1.xml', DRAWING);
    zip.file('xl/drawings/_rels/drawing1.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>');
    zip.file('xl/charts/chart1.xml', CHART);
    zip.file('xl/worksheets/_rels/sheet1.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>');
    zip.file('xl/worksheets/sheet1.xml', (await text(zip, 'xl/worksheets/sheet1.xml')).replace('</worksheet>', '<drawing r:id="rId1"/></worksheet>'));
    zip.file(
      '[Content_Types].xml',
      (await text(zip, '[Content_Types].xml')).replace(
        '</Types>',
        '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
      ),
    );
    return zip.generateAsync({ type: 'uint8array' });
  }

  it('a chart and a text box: ExcelJS alone writes neither, and the write says so', async () => {
    const alone = new ExcelJS.Workbook();
    await alone.xlsx.load(Buffer.from(await charted()) as unknown as ArrayBuffer);
    const zip = await JSZip.loadAsync(await alone.xlsx.writeBuffer());
    expect(Object.keys(zip.files).filter((f) => /chart|drawing/.test(f) && !zip.files[f]!.dir)).toEqual([]);
    const { lost, bytes } = await writeXlsxSaying(await loadXlsx(await charted()));
    expect(lost).toEqual(['工作表“表一”中的图表未能写入结果文件。', '工作表“表一”中的形状（文本框、箭头等）未能写入结果文件。']);
    expect(await packageProblems(bytes)).toEqual([]);
  });
});

describe('a pivot table is said', () => {
  /** 表一 (项目, 金额 over A1:B3) and 表二 holding a pivot table of it (its cache in the workbook's `<pivotCaches>`). */
  async function pivoted(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const one = wb.addWorksheet('表一');
    one.getRow(1).values = ['项目', '金额'];
    one.getRow(2).values = ['甲', 1];
    one.getRow(3).values = ['乙', 2];
    const two = wb.addWorksheet('表二');
    two.getCell('A3').value = '行标签';
    two.getCell('B3').value = '求和项:金额';
    two.getRow(4).values = ['甲', 1];
    two.getRow(5).values = ['乙', 2];
    two.getRow(6).values = ['总计', 3];
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    await withPivotTable(zip, '表二', 'A3:B6', { sheet: '表一', ref: 'A1:B3' });
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    // The file as Excel would have it: every part related and typed.
    expect(await packageProblems(bytes)).toEqual([]);
    return bytes;
  }

  it('ExcelJS alone writes none of it; the write says which sheet’s, and the package written holds no cache left pointing nowhere', async () => {
    const alone = new ExcelJS.Workbook();
    await alone.xlsx.load(Buffer.from(await pivoted()) as unknown as ArrayBuffer);
    const zip = await JSZip.loadAsync(await alone.xlsx.writeBuffer());
    expect(Object.keys(zip.files).filter((f) => /pivot/i.test(f))).toEqual([]);
    const { lost, bytes } = await writeXlsxSaying(await loadXlsx(await pivoted()));
    expect(lost).toEqual(['工作表“表二”中的数据透视表未能写入结果文件。']);
    expect(await packageProblems(bytes)).toEqual([]);
    const written = await JSZip.loadAsync(bytes);
    expect(await text(written, 'xl/workbook.xml')).not.toContain('pivotCache');
    // What it showed stays as values.
    const again = await loadXlsx(bytes);
    expect(again.getWorksheet('表二')!.getCell('B6').value).toBe(3);
  });

  it('the web page’s download says it (what its banner shows)', async () => {
    (saveBytes as jest.Mock).mockClear();
    const bytes = await pivoted();
    const host = await openWorkbook('透视.xlsx', bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, () => undefined);
    expect(await host.download()).toEqual(['工作表“表二”中的数据透视表未能写入结果文件。']);
    expect(await packageProblems((saveBytes as jest.Mock).mock.calls[0][0] as Uint8Array)).toEqual([]);
  });
});
