/**
 * What ExcelJS cannot be trusted with is kept out of its hands (src/hosts/xlsx/keep.ts): taken from the file before it
 * loads it and put back, sheet by sheet and by name, into what it writes, where the schema wants it. ExcelJS expanded a
 * data validation over a whole column to one entry per cell (`fill` took 88 s and 2.6 GB) and over a whole sheet
 * never finished: here it never sees one, and the file written has each exactly as it was. What it drops of a sheet
 * (its view's showZeros, page breaks, the extensions Excel keeps list validations and data bars in) and of the
 * workbook (defined names it cannot hold, custom properties, links to other workbooks) comes back the same way.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadXlsx, readXlsx } from '../../../src/hosts/xlsx/read';
import { applyPlan, writeXlsx } from '../../../src/hosts/xlsx/apply';
import { rootOf, standalone, withChild, withoutChildren, WORKSHEET_ORDER } from '../../../src/hosts/xlsx/ooxml/children';
import { mergedNames } from '../../../src/hosts/xlsx/keepWorkbook';
import { SAMPLE_DATA, SAMPLE_XLSX } from '../../../fixtures/build-sample';
import { cli } from '../../support/cli';
import { packageProblems } from '../../support/packageProblems';

const WHOLE_SHEET = '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="A1:XFD1048576"><formula1>"是,否"</formula1></dataValidation></dataValidations>';
const WHOLE_COLUMNS =
  '<dataValidations count="2"><dataValidation type="decimal" operator="greaterThanOrEqual" allowBlank="1" sqref="C7:I1048576"><formula1>0</formula1></dataValidation>' +
  '<dataValidation type="list" sqref="B2 B4:B5"><formula1>$Z$1:$Z$3</formula1></dataValidation></dataValidations>';

/** The part of each sheet, by name, through the workbook part and its relationships. */
async function sheetXml(bytes: Uint8Array | Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels)!;
    const file = (target[1] ?? target[2]!).replace(/^\/?(xl\/)?/, 'xl/');
    out.set(m[1]!, await zip.file(file)!.async('string'));
  }
  return out;
}

function childText(xml: string, name: string): string | undefined {
  const c = rootOf(xml).children.find((x) => x.name === name);
  return c && xml.slice(c.start, c.end);
}

function childNames(xml: string): string[] {
  return rootOf(xml).children.map((c) => c.name);
}

/**
 * Two sheets written by ExcelJS, then edited as another program writes them: 表一's part renamed to sheet2.xml and
 * 表二's to sheet1.xml (so that neither position nor part name matches the sheet ExcelJS writes), `validations` put
 * into 表二 after its merged cells.
 */
async function workbookWith(validations: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('表一').getCell('A1').value = '一';
  const two = wb.addWorksheet('表二');
  two.getCell('A1').value = '收入';
  two.getCell('B2').value = 12.5;
  two.mergeCells('A3:B3');
  two.getCell('D1').value = { formula: 'B2*2', result: 25 };
  two.addConditionalFormatting({ ref: 'B2', rules: [{ type: 'expression', priority: 1, formulae: ['B2>10'], style: { font: { bold: true } } }] });
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const one = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  let second = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
  const at = second.indexOf('</mergeCells>') + '</mergeCells>'.length;
  second = second.slice(0, at) + second.slice(at).replace(/(<dataValidations[^]*?<\/dataValidations>)?/, '');
  const cfEnd = second.lastIndexOf('</conditionalFormatting>') + '</conditionalFormatting>'.length;
  second = second.slice(0, cfEnd) + validations + second.slice(cfEnd);
  zip.file('xl/worksheets/sheet1.xml', second);
  zip.file('xl/worksheets/sheet2.xml', one);
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file('xl/_rels/workbook.xml.rels', rels.replace('worksheets/sheet1.xml', 'worksheets/@').replace('worksheets/sheet2.xml', 'worksheets/sheet1.xml').replace('worksheets/@', 'worksheets/sheet2.xml'));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('the children of a part’s root element', () => {
  const xml =
    '<?xml version="1.0"?>\n<!-- a <comment> --><x:worksheet xmlns:x="m" a=">"><x:sheetData><x:row r="1"/></x:sheetData>' +
    '<x:extLst><x:ext uri="u"><x:extLst><x:ext/></x:extLst></x:ext></x:extLst><?pi?><x:pageMargins left="0.7" note="a>b"/></x:worksheet>';

  it('finds each child whole: prefixes, `>` in a quoted value, nested children of the same name, comments and PIs between', () => {
    const root = rootOf(xml);
    expect(root.qname).toBe('x:worksheet');
    expect(root.startTag).toBe('<x:worksheet xmlns:x="m" a=">">');
    expect(root.children.map((c) => [c.name, xml.slice(c.start, c.end)])).toEqual([
      ['sheetData', '<x:sheetData><x:row r="1"/></x:sheetData>'],
      ['extLst', '<x:extLst><x:ext uri="u"><x:extLst><x:ext/></x:extLst></x:ext></x:extLst>'],
      ['pageMargins', '<x:pageMargins left="0.7" note="a>b"/>'],
    ]);
    expect(xml.slice(root.close)).toBe('</x:worksheet>');
  });

  it('takes a child out and leaves every other byte', () => {
    expect(withoutChildren(xml, (c) => c.name === 'extLst')).toBe(xml.replace('<x:extLst><x:ext uri="u"><x:extLst><x:ext/></x:extLst></x:ext></x:extLst>', ''));
  });

  it('puts a child in after the last one the schema puts before it, or over the one of its name', () => {
    const sheet = '<worksheet><sheetData/><mergeCells/><conditionalFormatting/><hyperlinks/><pageMargins/><extLst/><legacyDrawing/></worksheet>';
    expect(childNames(withChild(sheet, 'dataValidations', '<dataValidations/>', WORKSHEET_ORDER))).toEqual([
      'sheetData',
      'mergeCells',
      'conditionalFormatting',
      'dataValidations',
      'hyperlinks',
      'pageMargins',
      'extLst',
      'legacyDrawing',
    ]);
    // ExcelJS writes <legacyDrawing> after <extLst>: a child of rank between goes after legacyDrawing, not before extLst.
    expect(childNames(withChild('<worksheet><sheetData/><legacyDrawing/></worksheet>', 'tableParts', '<tableParts/>', WORKSHEET_ORDER))).toEqual(['sheetData', 'legacyDrawing', 'tableParts']);
    expect(withChild(sheet, 'pageMargins', '<pageMargins left="1"/>', WORKSHEET_ORDER)).toBe(sheet.replace('<pageMargins/>', '<pageMargins left="1"/>'));
    expect(childNames(withChild('<worksheet><sheetData/></worksheet>', 'sheetPr', '<sheetPr/>', WORKSHEET_ORDER))).toEqual(['sheetPr', 'sheetData']);
  });

  it('makes an element stand on its own: the prefixes it uses declared on it, nothing added when it uses none', () => {
    const root = '<worksheet xmlns="main" xmlns:x14="x14ns" xmlns:xm="xmns" xmlns:mc="mcns">';
    expect(standalone(WHOLE_SHEET, root)).toBe(WHOLE_SHEET);
    expect(standalone('<extLst><ext uri="u"><x14:dataValidations><xm:sqref>A1</xm:sqref></x14:dataValidations></ext></extLst>', root)).toBe(
      '<extLst xmlns:x14="x14ns" xmlns:xm="xmns"><ext uri="u"><x14:dataValidations><xm:sqref>A1</xm:sqref></x14:dataValidations></ext></extLst>',
    );
    expect(standalone('<ext xmlns:x14="own"><x14:id/></ext>', root)).toBe('<ext xmlns:x14="own"><x14:id/></ext>');
  });
});

describe('data validations are kept out of ExcelJS and put back as they were', () => {
  it.each([
    ['a whole sheet', WHOLE_SHEET],
    ['whole columns and a few cells', WHOLE_COLUMNS],
  ])('over %s: never expanded, and in the sheet of its name in what is written, after the plan’s own formats', async (_what, validations) => {
    const wb = await loadXlsx(await workbookWith(validations));
    // Never expanded: ExcelJS's model holds no validation at all (over a whole sheet it would never finish).
    expect(wb.worksheets.map((ws) => Object.keys((ws as unknown as { dataValidations: { model: object } }).dataValidations.model).length)).toEqual([0, 0]);
    applyPlan(wb, {
      ops: [
        { op: 'ensureSheet', sheet: '检查结果' },
        { op: 'markSheet', sheet: '检查结果', role: 'results' },
        { op: 'setCells', sheet: '检查结果', row: 0, col: 0, cells: [[{ value: '检查结果' }]] },
        { op: 'addHighlights', sheet: '表二', level: 'error', cells: ['B2'] },
      ],
      summary: [],
    });
    const sheets = await sheetXml(await writeXlsx(wb));
    const two = sheets.get('表二')!;
    expect(childText(two, 'dataValidations')).toBe(validations);
    // In the schema's order, after the accountant's format and the plan's highlight.
    expect(childNames(two)).toEqual(['dimension', 'sheetFormatPr', 'sheetData', 'mergeCells', 'conditionalFormatting', 'conditionalFormatting', 'dataValidations', 'pageMargins', 'pageSetup']);
    for (const name of ['表一', '检查结果']) expect(childText(sheets.get(name)!, 'dataValidations')).toBeUndefined();
  });

  it('a validation over a few cells still reads in ExcelJS from what is written', async () => {
    const validations = '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="B2"><formula1>"是,否"</formula1></dataValidation></dataValidations>';
    const wb = await loadXlsx(await workbookWith(validations));
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(Buffer.from(await writeXlsx(wb)) as unknown as ArrayBuffer);
    expect(again.getWorksheet('表二')!.getCell('B2').dataValidation).toEqual({ type: 'list', allowBlank: true, formulae: ['"是,否"'] });
    expect(again.getWorksheet('表二')!.getCell('B2').value).toBe(12.5);
  });

  it('a workbook without any is written by ExcelJS alone', async () => {
    const wb = await loadXlsx(await workbookWith(''));
    const written = await writeXlsx(wb);
    expect(childText((await sheetXml(written)).get('表二')!, 'dataValidations')).toBeUndefined();
  });

  it('`fill` on the sample with a validation over a whole sheet: done, and the validation in the file it writes', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-keep-'));
    const zip = await JSZip.loadAsync(await fs.readFile(SAMPLE_XLSX));
    const first = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file('xl/worksheets/sheet1.xml', first.replace('<pageMargins', `${WHOLE_SHEET}<pageMargins`));
    const input = path.join(dir, 'in.xlsx');
    await fs.writeFile(input, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    const out = path.join(dir, 'out.xlsx');
    const r = await cli('fill', input, '--data', SAMPLE_DATA, '--out', out);
    expect(r.code).toBe(0);
    const firstName = /<sheet [^>]*name="([^"]+)"/.exec(await zip.file('xl/workbook.xml')!.async('string'))![1]!;
    expect(childText((await sheetXml(await fs.readFile(out))).get(firstName)!, 'dataValidations')).toBe(WHOLE_SHEET);
  });
});

describe('what ExcelJS drops of a sheet is put back over what it writes', () => {
  const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
  const XM = 'http://schemas.microsoft.com/office/excel/2006/main';
  const ID = '{A1B2C3D4-0000-4000-8000-000000000001}';
  const VIEWS = '<sheetViews><sheetView showZeros="0" tabSelected="1" view="pageBreakPreview" zoomScaleNormal="85" workbookViewId="0"><selection activeCell="B2" sqref="B2"/></sheetView></sheetViews>';
  const ROW_BREAKS = '<rowBreaks count="1" manualBreakCount="1"><brk id="2" max="16383" man="1"/></rowBreaks>';
  const COL_BREAKS = '<colBreaks count="1" manualBreakCount="1"><brk id="1" max="1048575" man="1"/></colBreaks>';
  const DATA_BAR = `<conditionalFormatting sqref="B1:B5"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="${X14}"><x14:id>${ID}</x14:id></ext></extLst></cfRule></conditionalFormatting>`;
  const BAR_EXT = `<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="dataBar" id="${ID}"><x14:dataBar minLength="0" maxLength="100"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule><xm:sqref>B1:B5</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext>`;
  // A list from another sheet: Excel keeps it in the extension, where ExcelJS does not look.
  const LIST_EXT = `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>'表一'!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>C1:C5</xm:sqref></x14:dataValidation></x14:dataValidations></ext>`;

  async function featured(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表一').getCell('A1').value = '是';
    const two = wb.addWorksheet('表二');
    for (let r = 1; r <= 5; r++) two.getCell(r, 2).value = r;
    wb.addWorksheet('检查结果').getCell('A1').value = '检查结果';
    wb.definedNames.add("'检查结果'!$A$1", '_juesuan_results');
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    for (const file of ['sheet2.xml', 'sheet3.xml']) {
      const part = `xl/worksheets/${file}`;
      let xml = await zip.file(part)!.async('string');
      xml = /<sheetViews>/.test(xml) ? xml.replace(/<sheetViews>[^]*?<\/sheetViews>/, VIEWS) : xml.replace(/(<dimension[^>]*\/>)/, `$1${VIEWS}`);
      if (file === 'sheet2.xml') {
        xml = xml.replace('</sheetData>', `</sheetData>${DATA_BAR}`).replace(/(<pageSetup[^>]*\/>)/, `$1${ROW_BREAKS}${COL_BREAKS}`).replace('</worksheet>', `<extLst>${BAR_EXT}${LIST_EXT}</extLst></worksheet>`);
        // As Excel writes a sheet that says nothing of its first page number.
        xml = xml.replace(/<pageSetup[^>]*\/>/, '<pageSetup paperSize="9" orientation="portrait"/>');
      }
      zip.file(part, xml);
    }
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }

  /** The featured workbook with 表二's part edited. */
  async function edited(edit: (xml: string) => string): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(await featured());
    const part = 'xl/worksheets/sheet2.xml';
    zip.file(part, edit(await zip.file(part)!.async('string')));
    return zip.generateAsync({ type: 'uint8array' });
  }

  async function filled(): Promise<Map<string, string>> {
    const wb = await loadXlsx(await featured());
    applyPlan(wb, {
      ops: [
        { op: 'setSheetLayout', sheet: '检查结果', freezeRows: 2 },
        { op: 'setCells', sheet: '检查结果', row: 1, col: 0, cells: [[{ value: '无' }]] },
        { op: 'addHighlights', sheet: '表二', level: 'warning', cells: ['B2'] },
      ],
      summary: [],
    });
    return sheetXml(await writeXlsx(wb));
  }

  it('the sheet view (zeros not shown), manual page breaks, and list validations in the extension list, as they were', async () => {
    const two = (await filled()).get('表二')!;
    expect(childText(two, 'sheetViews')).toBe(VIEWS);
    expect(childText(two, 'rowBreaks')).toBe(ROW_BREAKS);
    expect(childText(two, 'colBreaks')).toBe(COL_BREAKS);
    expect(childText(two, 'extLst')).toContain(LIST_EXT);
    // Every child where the schema wants it.
    const ranks = childNames(two).map((n) => WORKSHEET_ORDER.indexOf(n));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks).not.toContain(-1);
  });

  // ExcelJS reads one extension of a list: with the validations' after it, it lost the data bar's and wrote the rule alone.
  it('the data bar: its extension, whose id is the rule’s, and the highlight beside it', async () => {
    const two = (await filled()).get('表二')!;
    const ids = [...two.matchAll(/<x14:id>([^<]+)<\/x14:id>/g)].map((m) => m[1]);
    expect(ids).toEqual([ID]);
    expect(childText(two, 'extLst')).toContain(BAR_EXT);
    expect(two.match(/<conditionalFormatting /g)).toHaveLength(2);
  });

  it('the data bar alone in the list: its extension as it was (ExcelJS would write `autoMin` as `min`)', async () => {
    const two = (await sheetXml(await writeXlsx(await loadXlsx(await edited((xml) => xml.replace(LIST_EXT, '')))))).get('表二')!;
    expect(childText(two, 'extLst')).toBe(`<extLst>${BAR_EXT}</extLst>`);
  });

  it('a data bar ExcelJS gives new ids (one without a gradient): ExcelJS’s extension of it, whose id is the rule’s it wrote', async () => {
    const two = (await sheetXml(await writeXlsx(await loadXlsx(await edited((xml) => xml.replace('maxLength="100">', 'maxLength="100" gradient="0">')))))).get('表二')!;
    const ids = [...two.matchAll(/<x14:id>([^<]+)<\/x14:id>/g)].map((m) => m[1]);
    expect(ids).toHaveLength(1);
    expect(ids[0]).not.toBe(ID);
    expect(childText(two, 'extLst')).toContain(`<x14:cfRule type="dataBar" id="${ids[0]}">`);
    expect(childText(two, 'extLst')).toContain(LIST_EXT);
  });

  it('a data bar of Excel 2007 (no extension) beside list validations: the extension ExcelJS writes for it joins them', async () => {
    const two = (await sheetXml(await writeXlsx(await loadXlsx(await edited((xml) => xml.replace(BAR_EXT, '').replace(/<extLst><ext uri="\{B025F937[^]*?<\/extLst>/, '')))))).get('表二')!;
    const ids = [...two.matchAll(/<x14:id>([^<]+)<\/x14:id>/g)].map((m) => m[1]);
    expect(ids).toHaveLength(1);
    expect(childText(two, 'extLst')).toContain(LIST_EXT);
    expect(childText(two, 'extLst')).toContain(`<x14:cfRule type="dataBar" id="${ids[0]}">`);
  });

  it('a sheet that said nothing of its first page number does not restart its pages at 1', async () => {
    const sheets = await filled();
    for (const name of ['表一', '表二', '检查结果']) expect(childText(sheets.get(name)!, 'pageSetup') ?? '').not.toContain('useFirstPageNumber');
    expect(childText(sheets.get('表二')!, 'pageSetup')).toContain('paperSize="9"');
  });

  it('a sheet whose rows the plan froze keeps the plan’s view', async () => {
    const results = (await filled()).get('检查结果')!;
    expect(childText(results, 'sheetViews')).toContain('state="frozen"');
    expect(childText(results, 'sheetViews')).not.toContain('showZeros');
  });

  it('what is written still loads in ExcelJS', async () => {
    const wb = await loadXlsx(await featured());
    const bytes = await writeXlsx(wb);
    expect(await packageProblems(bytes)).toEqual([]);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(again.worksheets.map((ws) => ws.name)).toEqual(['表一', '表二', '检查结果']);
    expect(again.getWorksheet('表二')!.getCell('B3').value).toBe(3);
  });
});

describe('what ExcelJS drops of the workbook is put back', () => {
  const CUSTOM =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="单位编码"><vt:lpwstr>101001</vt:lpwstr></property></Properties>';
  const LINK =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>42</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>';
  const LINK_RELS =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="上年决算.xlsx" TargetMode="External"/></Relationships>';
  const NAMES = [
    // Typed by hand: marking the sheet again replaces it.
    '<definedName name="_JUESUAN_NARRATIVE">\'公开说明\'!$A$1</definedName>',
    '<definedName name="_juesuan_results">检查结果!$A$1</definedName>',
    '<definedName name="_xlnm.Print_Area" localSheetId="1">表一!$A$1:$B$2,表一!$D$1:$E$2</definedName>',
    '<definedName name="_xlnm.Print_Area" localSheetId="3">\'公开说明\'!$A$1:$A$9</definedName>',
    '<definedName name="旧结果">检查结果!$A$1</definedName>',
    '<definedName name="税率" comment="增值税">0.13</definedName>',
    '<definedName name="项目" localSheetId="2">表二!$A$1:$A$3</definedName>',
  ];

  /** 检查结果 (the add-in's, first), 表一, 表二, 公开说明 (the add-in's); the names above, custom properties. */
  async function named(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    for (const name of ['检查结果', '表一', '表二', '公开说明']) wb.addWorksheet(name).getCell('A1').value = name;
    wb.getWorksheet('表一')!.getCell('B1').value = { formula: '[1]Sheet1!$A$1', result: 42 };
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const workbook = (await zip.file('xl/workbook.xml')!.async('string')).replace(/<definedNames>[^]*?<\/definedNames>|<definedNames\/>/, '');
    zip.file('xl/workbook.xml', workbook.replace('</sheets>', `</sheets><externalReferences><externalReference r:id="rId98"/></externalReferences><definedNames>${NAMES.join('')}</definedNames>`));
    zip.file('docProps/custom.xml', CUSTOM);
    zip.file('xl/externalLinks/externalLink1.xml', LINK);
    zip.file('xl/externalLinks/_rels/externalLink1.xml.rels', LINK_RELS);
    const workbookRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', workbookRels.replace('</Relationships>', '<Relationship Id="rId98" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>'));
    const rels = await zip.file('_rels/.rels')!.async('string');
    zip.file('_rels/.rels', rels.replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>' +
          '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>',
      ),
    );
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }

  async function written(): Promise<Uint8Array> {
    const wb = await loadXlsx(await named());
    applyPlan(wb, {
      ops: [
        { op: 'deleteSheet', sheet: '检查结果' },
        { op: 'markSheet', sheet: '公开说明', role: 'narrative' },
        { op: 'setCells', sheet: '公开说明', row: 1, col: 0, cells: [[{ value: '说明' }]] },
        { op: 'setSheetLayout', sheet: '公开说明', print: { orientation: 'portrait', fitToWidth: true, area: { top: 0, left: 0, bottom: 4, right: 0 } } },
      ],
      summary: [],
    });
    return writeXlsx(wb);
  }

  const definedNames = async (bytes: Uint8Array) => {
    const xml = await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string');
    const names = childText(xml, 'definedNames') ?? '';
    // ExcelJS writes `'` as `&apos;`.
    return rootOf(names).children.map((c) => names.slice(c.start, c.end).replace(/&apos;/g, "'"));
  };

  it('the names as they were: a constant, a sheet’s own (numbered for its new place), a print area of two; the plan’s where it set them', async () => {
    const names = await definedNames(await written());
    expect(names).toEqual(
      expect.arrayContaining([
        '<definedName name="_xlnm.Print_Area" localSheetId="0">表一!$A$1:$B$2,表一!$D$1:$E$2</definedName>',
        '<definedName name="税率" comment="增值税">0.13</definedName>',
        '<definedName name="项目" localSheetId="1">表二!$A$1:$A$3</definedName>',
      ]),
    );
    // The add-in's: its mark once, the print area the plan set, nothing of the sheet it deleted.
    expect(names.filter((n) => /_juesuan_/i.test(n))).toEqual(['<definedName name="_juesuan_narrative">\'公开说明\'!$A$1</definedName>']);
    expect(names.filter((n) => n.includes('公开说明') && n.includes('Print_Area'))).toEqual(['<definedName name="_xlnm.Print_Area" localSheetId="2">\'公开说明\'!$A$1:$A$5</definedName>']);
    expect(names.filter((n) => n.includes('检查结果'))).toEqual([]);
    // No global copy of the sheet's own name.
    expect(names.filter((n) => n.includes('项目'))).toHaveLength(1);
    expect(names).toHaveLength(5);
  });

  it('a mark of the file’s never beside the plan’s, whatever it names', () => {
    const kept = { sheetNames: ['表一', '检查结果'], externalLinks: [], names: ['<definedName name="_juesuan_results">表一!$A$1</definedName>', '<definedName name="税率">0.13</definedName>'] };
    expect(mergedNames(kept, ['<definedName name="_juesuan_results">检查结果!$A$1</definedName>'], ['表一', '检查结果'])).toEqual([
      '<definedName name="税率">0.13</definedName>',
      '<definedName name="_juesuan_results">检查结果!$A$1</definedName>',
    ]);
  });

  it('the custom document properties, with their relationship and content type', async () => {
    const zip = await JSZip.loadAsync(await written());
    expect(await zip.file('docProps/custom.xml')!.async('string')).toBe(CUSTOM);
    expect(await zip.file('_rels/.rels')!.async('string')).toMatch(/<Relationship Id="rId\d+" Type="[^"]*\/custom-properties" Target="docProps\/custom.xml"\/>/);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>');
  });

  it('the link to another workbook: its part, its relationships, the workbook’s reference to it, its content type', async () => {
    const zip = await JSZip.loadAsync(await written());
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    const id = /<externalReferences><externalReference r:id="([^"]+)"\/><\/externalReferences>/.exec(workbook)![1]!;
    expect(childNames(workbook).indexOf('externalReferences')).toBe(childNames(workbook).indexOf('sheets') + 1);
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    expect(rels).toContain(`<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="/xl/externalLinks/externalLink1.xml"/>`);
    expect(rels.match(new RegExp(`Id="${id}"`, 'g'))).toHaveLength(1);
    expect(await zip.file('xl/externalLinks/externalLink1.xml')!.async('string')).toBe(LINK);
    expect(await zip.file('xl/externalLinks/_rels/externalLink1.xml.rels')!.async('string')).toBe(LINK_RELS);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>');
    expect((await sheetXml(await zip.generateAsync({ type: 'uint8array' }))).get('表一')).toContain('<f>[1]Sheet1!$A$1</f>');
  });

  it('what is written loads in ExcelJS and reads in our reader, names and all', async () => {
    const bytes = await written();
    expect(await packageProblems(bytes)).toEqual([]);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(again.worksheets.map((ws) => ws.name)).toEqual(['表一', '表二', '公开说明']);
    const grid = await readXlsx(bytes);
    expect(grid.names).toEqual(expect.arrayContaining([{ name: '税率', formula: '0.13' }]));
  });
});
