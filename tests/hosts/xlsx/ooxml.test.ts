/**
 * Our own .xlsx reader (src/hosts/xlsx/ooxml) against ExcelJS, the reference: the same grid for the sample,
 * every layout variant, a generated workbook and the sample saved by LibreOffice; then what real files hold that
 * ExcelJS-written ones do not (shared formulas, inline strings, prefixed elements, 1904 dates, Chinese date
 * formats, phonetic guides, escapes).
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { loadXlsx, readXlsx, workbookToGrid } from '../../../src/hosts/xlsx/read';
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import { cellAt } from '../../../src/engine/grid/cell';
import { shiftFormula } from '../../../src/hosts/xlsx/ooxml/sharedFormula';
import { isDateFormat } from '../../../src/hosts/xlsx/ooxml/styles';
import { SAMPLE_XLSX } from '../../../fixtures/build-sample';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { VARIANTS, variantPlan } from '../../../fixtures/variants';
import { buildWorkbook, standardPlan, toXlsx } from '../../../fixtures/workbook';
import { generateAccounts } from '../../../fixtures/generate';
import { convert, itWithLibreOffice } from '../../support/libreoffice';

/** Grids compared as Excel shows them: trailing empty cells and rows, and empty strings, are nothing. */
function shown(grid: WorkbookGrid) {
  const trim = <T>(cells: readonly T[], empty: (v: T) => boolean) => {
    let end = cells.length;
    while (end > 0 && empty(cells[end - 1]!)) end--;
    return cells.slice(0, end);
  };
  const blank = (v: CellValue | undefined) => v === null || v === undefined || v === '';
  return grid.sheets.map((s) => ({
    name: s.name,
    state: s.state ?? 'visible',
    rows: trim(
      s.rows.map((r) => trim(Array.from(r, (v) => (blank(v) ? null : v)), blank)),
      (r) => r.length === 0,
    ),
    formulas: trim(
      (s.formulas ?? []).map((r) => trim(Array.from(r, (f) => f ?? null), (f) => f === null)),
      (r) => r.length === 0,
    ),
    // The widths the documents lay the tables out with (cut to the used columns by both readers).
    columnWidths: s.columnWidths ?? null,
    hiddenColumns: s.hiddenColumns ?? null,
    hiddenRows: s.hiddenRows ?? null,
  }));
}

async function bothReaders(bytes: Buffer) {
  return { ours: shown(await readXlsx(bytes)), excelJs: shown(workbookToGrid(await loadXlsx(bytes))) };
}

async function zipWith(parts: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer' });
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A one-sheet package written by hand, as other programs write them. */
function handWritten(sheetData: string, extra: { workbookPr?: string; styles?: string; sharedStrings?: string; merges?: string; cols?: string } = {}) {
  return zipWith({
    'xl/workbook.xml': `<?xml version="1.0"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="${REL}">${extra.workbookPr ?? ''}<x:sheets><x:sheet name="表 &quot;一&quot;" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${extra.cols ?? ''}<x:sheetData>${sheetData}</x:sheetData>${extra.merges ?? ''}</x:worksheet>`,
    'xl/sharedStrings.xml': `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${extra.sharedStrings ?? ''}</sst>`,
    'xl/styles.xml': `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${extra.styles ?? '<cellXfs count="1"><xf numFmtId="0"/></cellXfs>'}</styleSheet>`,
  });
}

describe('the .xlsx reader gives the grid ExcelJS gives', () => {
  it('on the bundled sample', async () => {
    const { ours, excelJs } = await bothReaders(await fs.readFile(SAMPLE_XLSX));
    expect(ours).toEqual(excelJs);
    // The column widths the documents lay the tables out with are part of that grid: the sample's tables set them.
    expect(ours.filter((s) => s.columnWidths?.some((w) => w !== null && w > 0)).length).toBeGreaterThanOrEqual(9);
  });

  it.each(VARIANTS.map((v) => [v.name, v] as const))('on the layout variant: %s', async (_name, variant) => {
    const bytes = await toXlsx(buildWorkbook(changji2022, variantPlan(variant, changji2022), variant.options));
    const { ours, excelJs } = await bothReaders(bytes);
    expect(ours).toEqual(excelJs);
  });

  it('on a generated workbook of 2,000 项', async () => {
    const data = generateAccounts(11, { items: 2000 });
    const { ours, excelJs } = await bothReaders(await toXlsx(buildWorkbook(data, standardPlan(data))));
    expect(ours).toEqual(excelJs);
  });

  it('on a sheet with hidden columns (last year’s figures kept out of sight): both say which', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('收入决算表');
    ws.addRow(['项目', '本年收入合计', '本年收入合计', '财政拨款收入']);
    ws.addRow(['合计', 90, 100, 80]);
    ws.getColumn(2).hidden = true;
    const { ours, excelJs } = await bothReaders(Buffer.from(await book.xlsx.writeBuffer()));
    expect(ours).toEqual(excelJs);
    expect(ours[0]!.hiddenColumns).toEqual([1]);
  });

  it('on a sheet with hidden rows (a row of last year’s kept above this year’s, zero rows hidden before printing): both say which, within the rows read', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('收入决算表');
    ws.addRow(['项目', '本年收入合计']);
    ws.addRow(['2010301 行政运行', 90]);
    ws.addRow(['2010301 行政运行', 100]);
    ws.addRow(['2010302 一般行政管理事务', 0]);
    ws.addRow(['合计', 100]);
    ws.getRow(2).hidden = true;
    ws.getRow(4).hidden = true;
    // A hidden row with no value (a spacer, or a row emptied), its cell only styled.
    ws.spliceRows(6, 0, []);
    ws.getRow(6).hidden = true;
    ws.getCell('B6').style = { font: { bold: true } };
    ws.getCell('A7').value = '注：';
    const { ours, excelJs } = await bothReaders(Buffer.from(await book.xlsx.writeBuffer()));
    expect(ours).toEqual(excelJs);
    expect(ours[0]!.hiddenRows).toEqual([1, 3, 5]);
  });

  itWithLibreOffice('on the sample saved by LibreOffice Calc (its own way of writing strings, styles and merges)', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-ooxml-'));
    try {
      const saved = convert(SAMPLE_XLSX, 'xlsx:Calc MS Excel 2007 XML', dir);
      const { ours, excelJs } = await bothReaders(await fs.readFile(saved));
      expect(ours).toEqual(excelJs);
      expect(ours.map((s) => s.name)).toEqual(shown(await readXlsx(await fs.readFile(SAMPLE_XLSX))).map((s) => s.name));
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe('what real files hold', () => {
  it('expands a shared formula into each cell, moving relative references only', async () => {
    const grid = await readXlsx(
      await handWritten(
        '<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1"><x:f t="shared" ref="B1:B3" si="0">A1*$A$1+SUM(A$1:A1)</x:f><x:v>2</x:v></x:c></x:row>' +
          '<x:row r="2"><x:c r="A2"><x:v>2</x:v></x:c><x:c r="B2"><x:f t="shared" si="0"/><x:v>5</x:v></x:c></x:row>' +
          '<x:row r="3"><x:c r="B3"><x:f t="shared" si="0"/></x:c></x:row>',
      ),
    );
    const sheet = grid.sheets[0]!;
    expect(sheet.name).toBe('表 "一"');
    expect(sheet.formulas).toEqual([
      [null, 'A1*$A$1+SUM(A$1:A1)'],
      [null, 'A2*$A$1+SUM(A$1:A2)'],
      [null, 'A3*$A$1+SUM(A$1:A3)'],
    ]);
    expect(sheet.rows).toEqual([[1, 2], [2, 5]]);
    expect(sheet.uncalculated).toEqual([[2, 1]]);
  });

  it('lists a formula whose result is an empty <v/> (openpyxl writes one for every formula) as uncalculated, not a blank; an empty text result stays one', async () => {
    const grid = await readXlsx(
      await handWritten(
        '<x:row r="1"><x:c r="A1"><x:f>ROUND(B1,2)</x:f><x:v/></x:c><x:c r="B1"><x:v>4.99</x:v></x:c></x:row>' +
          '<x:row r="2"><x:c r="A2"><x:f>B1*2</x:f><x:v></x:v></x:c><x:c r="B2" t="str"><x:f>""</x:f><x:v></x:v></x:c></x:row>',
      ),
    );
    const sheet = grid.sheets[0]!;
    // Read as blank, the 三公 决算 of 4.99 was 0.00万元 in the text with no finding.
    expect(sheet.uncalculated).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect(sheet.rows).toEqual([[null, 4.99]]);
  });

  it('places a row whose tag has no r at its first cell’s row (rows the file skips stay skipped), hidden ones too', async () => {
    const grid = await readXlsx(
      await handWritten(
        '<x:row><x:c r="A1"><x:v>1</x:v></x:c></x:row>' +
          '<x:row><x:c r="A3"><x:v>3</x:v></x:c></x:row>' +
          '<x:row hidden="1"><x:c s="0" r="B6"><x:v>6</x:v></x:c></x:row>' +
          '<x:row><x:c><x:v>7</x:v></x:c></x:row>',
      ),
    );
    const sheet = grid.sheets[0]!;
    // Placed one after the other, the 3 and the 6 moved up to rows 2 and 3, under merges of their real rows.
    expect(sheet.rows).toEqual([[1], [], [3], [], [], [null, 6], [7]]);
    expect(sheet.hiddenRows).toEqual([5]);
  });

  it('reads line ends as an XML parser does (CR LF is LF, &#13; stays), and escapes in a formula’s text result', async () => {
    const grid = await readXlsx(
      await handWritten('<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="str"><x:f>A2</x:f><x:v>一、一般公共预算_x000D_财政拨款收入</x:v></x:c></x:row>', {
        sharedStrings: '<si><t>收入决算表\r\n（单位：万元）</t></si><si><t>a&#13;b</t></si>',
      }),
    );
    // Left as _x000D_, the label was no row of the table and its figure went unread.
    expect(grid.sheets[0]!.rows).toEqual([['收入决算表\n（单位：万元）', 'a\rb', '一、一般公共预算\r财政拨款收入']]);
  });

  it('moves references but not text, sheet names in quotes or function names', () => {
    expect(shiftFormula('\'Sheet A1\'!B2+"C3"&LOG10(D4)+Sheet1!E5', 2, 1)).toBe('\'Sheet A1\'!C4+"C3"&LOG10(E6)+Sheet1!F7');
    expect(shiftFormula('A1', -1, 0)).toBe('#REF!');
  });

  it('reads inline strings, rich text without its phonetic guide, escapes, entities, booleans and errors', async () => {
    const grid = await readXlsx(
      await handWritten(
        '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>收入&amp;支出</x:t></x:is></x:c><x:c r="B1" t="s"><x:v>0</x:v></x:c>' +
          '<x:c r="C1" t="s"><x:v>1</x:v></x:c><x:c r="D1" t="b"><x:v>1</x:v></x:c><x:c r="E1" t="e"><x:v>#REF!</x:v></x:c>' +
          '<x:c r="F1" t="str"><x:f>"&lt;a&gt;"</x:f><x:v>&lt;a&gt;</x:v></x:c></x:row>',
        {
          sharedStrings:
            '<si><r><t>决算</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 总表</t></r><rPh sb="0" eb="2"><t>けっさん</t></rPh></si><si><t>第一行_x000D_&#10;第二行</t></si>',
        },
      ),
    );
    expect(grid.sheets[0]!.rows[0]).toEqual(['收入&支出', '决算 总表', '第一行\r\n第二行', true, { error: '#REF!' }, '<a>']);
  });

  it('reads cells without an address in order, and empties a merged area but its first cell', async () => {
    const grid = await readXlsx(
      await handWritten('<x:row><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c r="B2"><x:v>3</x:v></x:c><x:c><x:v>4</x:v></x:c></x:row>', {
        merges: '<x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells>',
      }),
    );
    expect(grid.sheets[0]!.rows).toEqual([[1], [null, 3, 4]]);
  });

  it('reads column widths (a hidden column is 0 wide, a default one null), up to the last used column, and which columns are hidden', async () => {
    const bytes = await handWritten('<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="D1"><x:v>2</x:v></x:c></x:row>', {
      cols: '<x:cols><x:col min="1" max="1" width="10.5" customWidth="1"/><x:col min="3" max="4" width="20" hidden="1"/><x:col min="5" max="9" width="30"/><x:col min="10" max="10" width="0"/></x:cols>',
    });
    // (The samples above hold the widths to ExcelJS's reading; ExcelJS cannot read this prefixed hand-written file.)
    const sheet = (await readXlsx(bytes)).sheets[0]!;
    expect(sheet.columnWidths).toEqual([10.5, null, 0, 0]);
    expect(sheet.hiddenColumns).toEqual([2, 3]);
  });

  it('reads which rows are hidden, whatever the order of the row’s attributes or its quotes, and not a hidden empty row past the last one read', async () => {
    const bytes = await handWritten(
      '<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>' +
        '<x:row r="2" spans="1:2" hidden="1" customHeight="1" ht="0"><x:c r="A2"><x:v>2</x:v></x:c></x:row>' +
        "<x:row hidden='true' r=\"3\"><x:c r=\"A3\"><x:v>3</x:v></x:c></x:row>" +
        '<x:row r="4" hidden="0"><x:c r="A4"><x:v>4</x:v></x:c></x:row>' +
        '<x:row r="5" x14ac:hidden="1"><x:c r="A5"><x:v>5</x:v></x:c></x:row>' +
        '<x:row r="9" hidden="1"/>',
    );
    const sheet = (await readXlsx(bytes)).sheets[0]!;
    expect(sheet.rows).toEqual([[1], [2], [3], [4], [5]]);
    expect(sheet.hiddenRows).toEqual([1, 2]);
  });

  it('reads dates by their number format, in the 1900 and 1904 systems, Chinese built-in formats included', async () => {
    const styles =
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="#,##0.00_ ;[Red]\\-#,##0.00"/></numFmts>' +
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="58"/><xf numFmtId="165"/></cellXfs>';
    const row = '<x:row r="1"><x:c r="A1" s="1"><x:v>44926</x:v></x:c><x:c r="B1" s="2"><x:v>44926.5</x:v></x:c><x:c r="C1" s="3"><x:v>1235.07</x:v></x:c><x:c r="D1" t="d"><x:v>2022-12-31</x:v></x:c></x:row>';
    const g1900 = await readXlsx(await handWritten(row, { styles }));
    expect(g1900.sheets[0]!.rows[0]).toEqual(['2022-12-31', '2022-12-31 12:00:00', 1235.07, '2022-12-31']);
    const g1904 = await readXlsx(await handWritten(row, { styles, workbookPr: '<x:workbookPr date1904="1"/>' }));
    expect(cellAt(g1904.sheets[0]!, 0, 0)).toBe('2027-01-01');
    // A number in a date format that no date has stays the number.
    const huge = await readXlsx(await handWritten('<x:row r="1"><x:c r="A1" s="1"><x:v>1e300</x:v></x:c></x:row>', { styles }));
    expect(cellAt(huge.sheets[0]!, 0, 0)).toBe(1e300);
  });

  it('tells a date format from a number format', () => {
    expect(['yyyy-mm-dd', 'm/d/yy h:mm', '[$-804]yyyy"年"m"月"', 'hh:mm:ss'].map(isDateFormat)).toEqual([true, true, true, true]);
    expect(['0.00', '#,##0.00_ ;[Red]\\-#,##0.00', '0.00"万元"', '0.00%', 'General', '0.00E+00'].map(isDateFormat)).toEqual([false, false, false, false, false, false]);
  });
});
