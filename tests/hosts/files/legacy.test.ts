/**
 * .xls, .et and .ods files: read into the same grid as the .xlsx they were saved from (the sample saved by
 * SheetJS as BIFF8, and by LibreOffice Calc as .xls and .ods), opened as a workbook that saves as .xlsx with the
 * same grid, and refused with the reason when they are not workbooks, are damaged or are encrypted.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { utils, write } from '@e965/xlsx';
import type { WorkBook } from '@e965/xlsx';
import { legacyGrid, legacyNames } from '../../../src/hosts/files/legacy';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { loadWorkbookBytes, readWorkbookBytes } from '../../../src/hosts/files/open';
import { workbookFormat } from '../../../src/hosts/files/kind';
import { readXlsx, XlsxReadError } from '../../../src/hosts/xlsx/file';
import { workbookToGrid } from '../../../src/hosts/xlsx/read';
import { writeXlsx } from '../../../src/hosts/xlsx/apply';
import { recognise } from '../../../src/engine/recognise/recognise';
import { inspectReport } from '../../../src/engine/report/inspect';
import { check } from '../../../src/engine/workflow';
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import { SAMPLE_XLSX } from '../../../fixtures/build-sample';
import { overwritten, truncated, xlsxToXls } from '../../../fixtures/legacy';
import { convert, itWithLibreOffice } from '../../support/libreoffice';
import { sampleData } from '../../support/ruleTester';

let dir: string;
let xlsx: Buffer;
let expected: WorkbookGrid;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-legacy-'));
  xlsx = await fs.readFile(SAMPLE_XLSX);
  expected = await readXlsx(xlsx);
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** Values and merges per sheet: what recognition reads. */
const cells = (g: WorkbookGrid) => g.sheets.map((s) => ({ name: s.name, state: s.state, rows: s.rows, merges: s.merges }));
const findings = (g: WorkbookGrid) => check(g, sampleData()).findings.map((f) => [f.rule, f.severity, f.cells, f.message]);

describe('telling formats apart by their bytes', () => {
  it('xlsx, xls (also .et) and ods; anything else is no workbook', async () => {
    expect(workbookFormat(xlsx)).toBe('xlsx');
    expect(workbookFormat(xlsxToXls(xlsx))).toBe('xls');
    expect(workbookFormat(Buffer.from('项目,金额\n'))).toBeUndefined();
    const ods = Buffer.from(write(utils.book_new(utils.aoa_to_sheet([[1]]), 'S'), { type: 'buffer', bookType: 'ods' }) as Buffer);
    expect(workbookFormat(ods)).toBe('ods');
  });

  it('an OpenDocument zip that does not store its mimetype first is told by the names at its end', async () => {
    const zip = async (names: readonly string[]) => {
      const z = new JSZip();
      for (const name of names) z.file(name, `<x>${name}</x>`);
      return new Uint8Array(await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    };
    expect(workbookFormat(await zip(['META-INF/manifest.xml', 'content.xml', 'styles.xml']))).toBe('ods');
    // An .xlsx may carry a part named content.xml (an add-in's): [Content_Types].xml decides.
    expect(workbookFormat(await zip(['[Content_Types].xml', 'xl/workbook.xml', 'customXml/content.xml']))).toBe('xlsx');
    expect(workbookFormat(await zip(['[Content_Types].xml', 'xl/workbook.xml']))).toBe('xlsx');
  });
});

describe('the sample as an .xls written by SheetJS (BIFF8), and the same bytes as a WPS .et', () => {
  it('reads the same cells, merges and sheets as the .xlsx, so the same tables and findings', async () => {
    const grid = await readWorkbookBytes(xlsxToXls(xlsx));
    expect(cells(grid)).toEqual(cells(expected));
    expect(inspectReport(recognise(grid))).toEqual(inspectReport(recognise(expected)));
    expect(findings(grid)).toEqual(findings(expected));
  });

  it('reads a date as an ISO date, an error as an error, and a hidden sheet as hidden', async () => {
    const book = utils.book_new(utils.aoa_to_sheet([['日期', { t: 'n', v: 44927, z: 'yyyy-mm-dd' }], ['错误', { t: 'e', v: 0x17 }], ['是', true]]), '附表');
    book.Workbook = { Sheets: [{ name: '附表', Hidden: 1 }] };
    const grid = await readWorkbookBytes(write(book, { type: 'buffer', bookType: 'biff8' }) as Buffer);
    expect(grid.sheets).toEqual([{ name: '附表', rows: [['日期', '2023-01-01'], ['错误', { error: '#REF!' }], ['是', true]], state: 'hidden', merges: [] }]);
  });

  it('reads hidden columns as the .xlsx readers do (within the used columns), and keeps them hidden in the .xlsx it saves', async () => {
    const sheet = utils.aoa_to_sheet([['项目', '本年收入合计', '本年收入合计'], ['合计', 90, 100]]);
    // The unused columns right of the table hidden too, as some accountants hide them: not the table's.
    sheet['!cols'] = [{ wch: 20 }, { wch: 12, hidden: true }, { wch: 12 }, { wch: 8, hidden: true }, { wch: 8, hidden: true }];
    const book = utils.book_new(sheet, '收入决算表');
    const bytes = write(book, { type: 'buffer', bookType: 'biff8', cellStyles: true }) as Buffer;
    expect((await readWorkbookBytes(bytes)).sheets[0]!.hiddenColumns).toEqual([1]);
    const opened = await loadWorkbookBytes(bytes);
    expect((await readXlsx(await writeXlsx(opened.workbook))).sheets[0]!.hiddenColumns).toEqual([1]);
  });

  it('an .ods figure its display factor shows as 0.00 (2,100.37 元 under #,##0.00,,) reads as shown, not as 2,100.37', () => {
    // As SheetJS gives an .ods cell: the code without LibreOffice's display factor, the text as shown.
    const cell = (v: number, w: string) => ({ t: 'n' as const, v, z: '#,##0.00', w });
    const sheet = { '!data': [[{ t: 's' as const, v: '项目' }, cell(13_634_500.37, '13.63'), cell(2_100.37, '0.00'), cell(0.004, '0.00'), cell(12.5, '12.50')]], '!ref': 'A1:E1' };
    const grid = legacyGrid({ SheetNames: ['S'], Sheets: { S: sheet } } as unknown as WorkBook);
    const [, large, small, tiny, plain] = grid.sheets[0]!.rows[0]!;
    expect(large).toBeCloseTo(13.6345, 6);
    // Shown 0.00: the least factor that shows it so (a thousand would show 2.10), a figure that rounds to 0.00 as shown.
    expect(small).toBeCloseTo(0.00210037, 9);
    // Too small to show unscaled and a plain figure: as stored.
    expect([tiny, plain]).toEqual([0.004, 12.5]);
  });

  it('opens as a workbook that saves as an .xlsx with the same grid', async () => {
    const opened = await loadWorkbookBytes(xlsxToXls(xlsx));
    expect(opened.format).toBe('xls');
    expect(cells(workbookToGrid(opened.workbook))).toEqual(cells(expected));
    expect(cells(await readXlsx(await writeXlsx(opened.workbook)))).toEqual(cells(expected));
  });
});

describe('files saved by LibreOffice Calc', () => {
  itWithLibreOffice('the sample as .xls and as .ods: the same cells, tables and findings as the .xlsx', async () => {
    for (const format of ['xls', 'ods']) {
      const grid = await readWorkbookBytes(await fs.readFile(convert(SAMPLE_XLSX, format, dir)));
      expect([format, cells(grid)]).toEqual([format, cells(expected)]);
      expect(inspectReport(recognise(grid))).toEqual(inspectReport(recognise(expected)));
      expect(findings(grid)).toEqual(findings(expected));
    }
  }, 120_000);

  itWithLibreOffice('hidden rows survive .xls: read as the .xlsx readers read them, and kept hidden in the .xlsx it saves', async () => {
    // (SheetJS writes no row flags into a BIFF8 file: LibreOffice writes this one.)
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('收入决算表');
    for (const line of [['项目', '本年收入合计'], ['2010301 行政运行', 90], ['2010301 行政运行', 100], ['合计', 100]]) ws.addRow(line);
    ws.getRow(2).hidden = true;
    const file = path.join(dir, 'hidden-rows.xlsx');
    await fs.writeFile(file, await writeXlsx(book));
    const bytes = await fs.readFile(convert(file, 'xls', dir));
    expect((await readWorkbookBytes(bytes)).sheets[0]!.hiddenRows).toEqual([1]);
    const opened = await loadWorkbookBytes(bytes);
    expect((await readXlsx(await writeXlsx(opened.workbook))).sheets[0]!.hiddenRows).toEqual([1]);
  }, 120_000);

  itWithLibreOffice('hidden rows and columns survive .ods (which SheetJS does not read): last year’s hidden column is not taken for this year’s', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('收入决算表');
    // Column B: last year's figures, hidden, under the same header as this year's in C (as a sheet copied forward).
    for (const line of [['项目', '本年收入合计', '本年收入合计', '备注'], ['2010301 行政运行', 90, 100], ['2010301 行政运行', 80, 95], ['合计', 90, 100]]) ws.addRow(line);
    ws.getColumn(2).hidden = true;
    ws.getColumn(4).hidden = true;
    ws.getRow(2).hidden = true;
    const file = path.join(dir, 'hidden-ods.xlsx');
    await fs.writeFile(file, await writeXlsx(book));
    const fromXlsx = (await readXlsx(await fs.readFile(file))).sheets[0]!;
    const fromOds = (await readWorkbookBytes(await fs.readFile(convert(file, 'ods', dir)))).sheets[0]!;
    expect([fromOds.hiddenRows, fromOds.hiddenColumns]).toEqual([[1], [1, 3]]);
    expect([fromOds.hiddenRows, fromOds.hiddenColumns]).toEqual([fromXlsx.hiddenRows, fromXlsx.hiddenColumns]);
  }, 120_000);

  itWithLibreOffice('formulas survive .xls: the 说明数据 sheet `fill` writes, saved as .xls, keeps every formula', async () => {
    const { fillPlan, explain } = await import('../../../src/engine/workflow');
    const { applyPlan } = await import('../../../src/hosts/xlsx/apply');
    const { xinjiang } = await import('../../../src/engine/narrative/presets');
    const opened = await loadWorkbookBytes(xlsx);
    applyPlan(opened.workbook, fillPlan(opened.grid, explain(opened.grid, xinjiang, sampleData())));
    const filledFile = path.join(dir, 'filled.xlsx');
    await fs.writeFile(filledFile, await writeXlsx(opened.workbook));
    const filled = await readXlsx(await fs.readFile(filledFile));
    const asXls = await readWorkbookBytes(await fs.readFile(convert(filledFile, 'xls', dir)));
    const formulas = (g: WorkbookGrid) => g.sheets.find((s) => s.name === '说明数据')!.formulas!.flat().filter((f) => f !== null);
    expect(formulas(asXls).length).toBeGreaterThan(100);
    expect(formulas(asXls)).toEqual(formulas(filled));
  }, 120_000);

  itWithLibreOffice('the add-in’s marks survive .xls and .ods: the next fill finds its sheets, and the .xlsx it writes keeps the marks', async () => {
    const { fillPlan, explain } = await import('../../../src/engine/workflow');
    const { applyPlan } = await import('../../../src/hosts/xlsx/apply');
    const { xinjiang } = await import('../../../src/engine/narrative/presets');
    const { markedSheets } = await import('../../../src/engine/plan/owned');
    const roles = (g: WorkbookGrid) => Object.fromEntries([...markedSheets(g)].map(([role, sheet]) => [role, sheet.name]));
    const opened = await loadWorkbookBytes(xlsx);
    applyPlan(opened.workbook, fillPlan(opened.grid, explain(opened.grid, xinjiang, sampleData())), opened.grid);
    const filledFile = path.join(dir, 'marked.xlsx');
    await fs.writeFile(filledFile, await writeXlsx(opened.workbook));
    const ours = roles(await readXlsx(await fs.readFile(filledFile)));
    expect(ours).toEqual({ supplement: '说明数据', narrative: '公开说明' });
    for (const format of ['xls', 'ods']) {
      const converted = await loadWorkbookBytes(await fs.readFile(convert(filledFile, format, dir)));
      expect([format, roles(converted.grid)]).toEqual([format, ours]);
      const again = fillPlan(converted.grid, explain(converted.grid, xinjiang, sampleData()));
      expect(again.ops.filter((op) => op.op === 'ensureSheet' || op.op === 'markSheet')).toEqual([]);
      applyPlan(converted.workbook, again, converted.grid);
      const saved = await readXlsx(await writeXlsx(converted.workbook));
      expect([format, roles(saved), saved.sheets.length]).toEqual([format, ours, converted.grid.sheets.length]);
    }
  }, 120_000);
});

describe('a damaged file’s defined names', () => {
  it('leaves out a name record that gives no name or no reference, and recognises the rest', () => {
    const book = { SheetNames: [], Sheets: {}, Workbook: { Names: [{ Name: undefined, Ref: 'S!$A$1' }, { Name: 'N', Ref: undefined }, { Name: '决算', Ref: '=S!$A$1' }] } } as unknown as WorkBook;
    expect(legacyNames(book)).toEqual([{ name: '决算', formula: 'S!$A$1' }]);
    expect(() => recognise(legacyGrid(book))).not.toThrow();
  });
});

describe('files that cannot be read', () => {
  const reason = (bytes: Uint8Array) => readWorkbookBytes(bytes).then(() => 'read', (e: unknown) => (e instanceof XlsxReadError ? [e.reason, e.message] : e));

  it('a text file renamed .xls: not a workbook, and what to do', async () => {
    expect(await reason(Buffer.from('项目,金额\n收入总计,1488.29\n'))).toEqual(['not-xlsx', expect.stringMatching(/不是 \.xlsx、\.xls、\.et 或 \.ods 工作簿.*请/)]);
  });

  it('an .xls cut in half, or with its sectors overwritten: damaged', async () => {
    const xls = xlsxToXls(xlsx);
    for (const broken of [truncated(xls), overwritten(xls)]) expect(await reason(broken)).toEqual(['corrupt', expect.stringMatching(/文件已损坏.*\.xls\/\.et.*请/)]);
  });

  it('an OLE file holding an encrypted package (an .xlsx with an open password): encrypted', async () => {
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    ole.write('EncryptedPackage', 1024, 'utf16le');
    expect(await reason(ole)).toEqual(['encrypted', expect.stringMatching(/打开密码.*请/)]);
  });
});
