/** The xlsx host's reading side: what ExcelJS gives, turned into the engine's grid. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { Document, Packer, Paragraph } from 'docx';
import { readXlsx, uncalculatedCellsOf, workbookToGrid, XlsxReadError } from '../../../src/hosts/xlsx/read';
import { cellAt, isUncalculated } from '../../../src/engine/grid/cell';

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('reading an .xlsx', () => {
  it('reads a merged block as one value in its top-left cell and empty cells elsewhere', async () => {
    const grid = await readXlsx(
      await xlsx((wb) => {
        const ws = wb.addWorksheet('表');
        ws.getCell('A1').value = '收入支出决算总表';
        ws.mergeCells('A1:C2');
        ws.getCell('A3').value = 1;
      }),
    );
    const sheet = grid.sheets[0]!;
    const block = [0, 1].map((r) => [0, 1, 2].map((c) => cellAt(sheet, r, c)));
    expect(block).toEqual([
      ['收入支出决算总表', null, null],
      [null, null, null],
    ]);
    expect(cellAt(sheet, 2, 0)).toBe(1);
  });

  it('reads formulas as their cached result (0 too, which ExcelJS loses), keeps the formula text, and lists formulas never calculated', async () => {
    const grid = await readXlsx(
      await xlsx((wb) => {
        const ws = wb.addWorksheet('S');
        ws.getCell('A1').value = 2;
        ws.getCell('B1').value = { formula: 'A1*2', result: 4 };
        ws.getCell('C1').value = { formula: 'A1/0', result: { error: '#DIV/0!' } };
        ws.getCell('D1').value = { formula: 'A1+1' };
        ws.getCell('E1').value = { formula: 'A1-A1', result: 0 };
      }),
    );
    const sheet = grid.sheets[0]!;
    expect([0, 1, 2, 3, 4].map((c) => cellAt(sheet, 0, c))).toEqual([2, 4, { error: '#DIV/0!' }, null, 0]);
    expect(sheet.formulas![0]).toEqual([null, 'A1*2', 'A1/0', 'A1+1', 'A1-A1']);
    expect(sheet.uncalculated).toEqual([[0, 3]]);
    expect(isUncalculated(sheet, 0, 3)).toBe(true);
    expect(isUncalculated(sheet, 0, 4)).toBe(false);
  });

  it('reads a workbook held in memory (the web page’s) with a formula worth 0 as 0, not blank', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('说明数据');
    ws.getCell('A1').value = { formula: 'ROUND(B1-C1,2)', result: 0 } as ExcelJS.CellFormulaValue;
    ws.getCell('A2').value = { formula: 'IF(B1="","",1)', result: '' } as unknown as ExcelJS.CellFormulaValue;
    ws.getCell('A3').value = { formula: 'B1*2' } as ExcelJS.CellFormulaValue;
    const sheet = workbookToGrid(wb).sheets[0]!;
    expect([0, 1, 2].map((r) => cellAt(sheet, r, 0))).toEqual([0, '', null]);
    expect(sheet.formulas?.[0]?.[0]).toBe('ROUND(B1-C1,2)');
  });

  it('says of the formulas our reader found without a result those that still hold none (not typed over, not written with a value); a formula written without a value is not one of them', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = { formula: 'B1*2' } as ExcelJS.CellFormulaValue;
    ws.getCell('A2').value = { formula: 'B2*2', result: 4 } as ExcelJS.CellFormulaValue;
    ws.getCell('A3').value = 7;
    ws.getCell('A4').value = { formula: 'B4*2' } as ExcelJS.CellFormulaValue;
    const listed = new Map([['S', [[0, 0], [1, 0], [2, 0]] as [number, number][]]]);
    expect(workbookToGrid(wb, undefined, listed).sheets[0]!.uncalculated).toEqual([[0, 0]]);
    expect(workbookToGrid(wb).sheets[0]!.uncalculated).toBeUndefined();
    expect(uncalculatedCellsOf({ sheets: [{ name: 'S', rows: [], uncalculated: [[0, 0]] }, { name: 'T', rows: [] }] })).toEqual(new Map([['S', [[0, 0]]]]));
  });

  it('reads rich text as plain text, dates as ISO dates, errors as errors, hyperlinks as their text', async () => {
    const grid = await readXlsx(
      await xlsx((wb) => {
        const ws = wb.addWorksheet('S');
        ws.getCell('A1').value = { richText: [{ text: '收入' }, { font: { bold: true }, text: '决算表' }] };
        ws.getCell('B1').value = new Date(Date.UTC(2022, 11, 31));
        ws.getCell('C1').value = { error: '#REF!' };
        ws.getCell('D1').value = { text: '链接', hyperlink: 'https://example.invalid' };
        ws.getCell('E1').value = true;
      }),
    );
    expect(grid.sheets[0]!.rows[0]).toEqual(['收入决算表', '2022-12-31', { error: '#REF!' }, '链接', true]);
  });

  it('keeps sheet order, names and visibility', async () => {
    const grid = await readXlsx(
      await xlsx((wb) => {
        wb.addWorksheet('封面');
        wb.addWorksheet('隐藏', { state: 'hidden' });
        wb.addWorksheet('深藏', { state: 'veryHidden' });
      }),
    );
    expect(grid.sheets.map((s) => [s.name, s.state])).toEqual([
      ['封面', 'visible'],
      ['隐藏', 'hidden'],
      ['深藏', 'veryHidden'],
    ]);
  });

  it('rejects a file that is not an .xlsx, an encrypted one, and a damaged one, saying what to do', async () => {
    await expect(readXlsx(Buffer.from('项目,金额\n合计,1\n'))).rejects.toMatchObject({ reason: 'not-xlsx' });
    const ole = Buffer.alloc(512);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    await expect(readXlsx(ole)).rejects.toMatchObject({ reason: 'encrypted' });
    const good = await xlsx((wb) => wb.addWorksheet('S'));
    const damaged = good.subarray(0, Math.floor(good.length / 2));
    const error = await readXlsx(damaged).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxReadError);
    expect((error as XlsxReadError).reason).toBe('corrupt');
    expect((error as XlsxReadError).message).toContain('重新保存');
  });

  it('refuses a Word or PowerPoint document renamed .xlsx as such, not as an empty workbook', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('部门决算公开说明')] }] }));
    const word = await readXlsx(docx).catch((e: unknown) => e);
    expect(word).toBeInstanceOf(XlsxReadError);
    expect(word).toMatchObject({ reason: 'not-xlsx', message: expect.stringContaining('这是一个 Word 文档（.docx），不是工作簿') });
    // A package with only its content types and main relationship: a presentation, read by where it points.
    const zip = new JSZip();
    zip.file(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>',
    );
    zip.file(
      '_rels/.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/></Relationships>',
    );
    zip.file('ppt/presentation.xml', '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>');
    const slides = await readXlsx(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })).catch((e: unknown) => e);
    expect(slides).toMatchObject({ reason: 'not-xlsx', message: expect.stringContaining('PowerPoint') });
    // An .xlsm (macro-enabled main content type) is still a workbook.
    const good = await xlsx((wb) => wb.addWorksheet('S').getCell('A1').value = 1);
    const macro = await JSZip.loadAsync(good);
    const types = (await macro.file('[Content_Types].xml')!.async('string')).replace(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
    );
    macro.file('[Content_Types].xml', types);
    expect((await readXlsx(await macro.generateAsync({ type: 'uint8array' }))).sheets.map((s) => s.name)).toEqual(['S']);
  });
});
