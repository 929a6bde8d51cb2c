/**
 * The web page draws its sheets from our own reader until ExcelJS has loaded (web/gridView.ts): the view must be
 * the one the ExcelJS-backed host draws of the same file — every cell's text as shown (number formats), what its
 * editor starts with (formulas), the add-in's cells, wrapping and vertical alignment, merged cells, column widths
 * and hidden columns, notes and the add-in's highlights, the sheets' extent and which sheets show.
 */
import { readFileSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { openXlsxOnce, readXlsx, XlsxReadError } from '../../src/hosts/xlsx/file';
import { readAppearance } from '../../src/hosts/xlsx/appearance';
import { writeXlsx } from '../../src/hosts/xlsx/apply';
import { gridViews, readView } from '../../src/web/gridView';
import { addinCells } from '../../src/engine/edit/addinCells';
import { MAX_ROWS } from '../../src/web/view';
import { openXlsxModel } from '../../src/web/xlsxHost';
import { flagsPlan, supplementPlan } from '../../src/engine/workflow';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', 'changji-2022.xlsx');
const SAMPLE_DATA = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'assets', 'samples', 'changji-2022.data.json'), 'utf8')) as unknown;
const ignore = () => undefined;

async function bothViews(bytes: Uint8Array) {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const [grid, appearance, host] = await Promise.all([readXlsx(bytes), readAppearance(bytes, MAX_ROWS), openXlsxModel('x.xlsx', buffer, ignore)]);
  return { fast: gridViews(grid, appearance, addinCells(grid)), exceljs: host.views() };
}

describe('the sheet view drawn from our reader', () => {
  it('is the ExcelJS view of the bundled sample, sheet by sheet', async () => {
    const { fast, exceljs } = await bothViews(readFileSync(SAMPLE));
    expect(fast.map((v) => v.name)).toEqual(exceljs.map((v) => v.name));
    expect(fast.length).toBe(10);
    for (let i = 0; i < fast.length; i++) expect(fast[i]).toEqual(exceljs[i]);
    // Not an empty match: amounts shown with thousands separators, merged titles, the sheets' column widths.
    const total = fast.find((v) => v.name === '收入支出决算总表')!;
    expect(total.rows.flat().some((c) => c.numeric && /^\d{1,3}(,\d{3})*\.\d\d$/.test(c.text) && c.text.includes(','))).toBe(true);
    expect(total.widths.some((w) => w !== undefined && w > 0)).toBe(true);
  });

  it('is the ExcelJS view of the sample after the pane wrote into it: 说明数据 with its formulas, highlights and notes', async () => {
    const host = await openXlsxModel('x.xlsx', readFileSync(SAMPLE).buffer as ArrayBuffer, ignore);
    await host.act((grid) => supplementPlan(grid, SAMPLE_DATA));
    await host.act((grid) => flagsPlan(grid));
    const { fast, exceljs } = await bothViews(await writeXlsx((host as unknown as { workbook: ExcelJS.Workbook }).workbook));
    expect(fast).toEqual(exceljs);
    const data = fast.find((v) => v.name === '说明数据')!;
    expect(data.rows.flat().some((c) => c.addin === 'formula' && c.edit.startsWith('=ROUND('))).toBe(true);
    expect(fast.some((v) => v.highlights.size > 0)).toBe(true);
    expect(fast.some((v) => v.notes.size > 0)).toBe(true);
  });

  it('follows percentages, two decimals, wrapping, row and column styles, merges, hidden columns, rows and sheets', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('格式');
    ws.getCell('A1').value = 0.1234;
    ws.getCell('A1').numFmt = '0.00%';
    ws.getCell('B1').value = 1234.5;
    ws.getCell('B1').numFmt = '0.00';
    ws.getCell('C1').value = { formula: 'A1+B1', result: 1234.6234 };
    ws.getCell('C1').numFmt = '#,##0.00';
    // 元 kept, 万元 (and 千元) shown: drawn as Excel shows them, not the stored 元.
    ws.getCell('D1').value = 148_829_000;
    ws.getCell('D1').numFmt = '0!.0000';
    ws.getCell('E1').value = 12_345_678;
    ws.getCell('E1').numFmt = '#,##0.00,';
    ws.getCell('A2').value = '很长的一段说明文字';
    ws.getCell('A2').alignment = { wrapText: true, vertical: 'top' };
    ws.mergeCells('A4:B6');
    ws.getCell('A4').value = '合并';
    ws.getCell('A4').alignment = { horizontal: 'center', vertical: 'middle' };
    // Centred across the cells to its right without a merge: centred too; a number put left stays left.
    ws.getCell('E12').value = '跨列居中';
    ws.getCell('E12').alignment = { horizontal: 'centerContinuous' };
    ws.getCell('F12').value = 5;
    ws.getCell('F12').alignment = { horizontal: 'left' };
    // A bold font and a solid fill drawn; a fill of a theme colour or a pattern is not.
    ws.getCell('G12').value = '表头';
    ws.getCell('G12').font = { bold: true };
    ws.getCell('G12').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    ws.getCell('H12').value = '主题色';
    ws.getCell('H12').fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 4 } };
    ws.getCell('I12').value = '网格';
    ws.getCell('I12').fill = { type: 'pattern', pattern: 'darkGray', fgColor: { argb: 'FF000000' } };
    ws.getCell('E8').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
    ws.getColumn(2).width = 20;
    ws.getColumn(4).hidden = true;
    ws.getCell('A9').value = '零行';
    ws.getRow(9).hidden = true;
    // A hidden row with no value, only a style.
    ws.getRow(11).hidden = true;
    ws.getCell('B11').style = { font: { bold: true } };
    ws.getCell('A12').value = '末行';
    ws.getRow(3).getCell(6).style = { alignment: { vertical: 'middle' } };
    // Styles of whole rows and columns: drawn on the empty cells exactly as ExcelJS draws them.
    ws.getRow(7).alignment = { vertical: 'top' };
    ws.getColumn(3).alignment = { wrapText: true };
    ws.getCell('B2').value = '有备注';
    ws.getCell('B2').note = '备注的文字';
    wb.addWorksheet('隐藏', { state: 'hidden' }).getCell('A1').value = 1;
    const { fast, exceljs } = await bothViews(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(fast).toEqual(exceljs);
    expect(fast.map((v) => v.name)).toEqual(['格式']);
    const [sheet] = fast;
    expect(sheet!.rows[0]!.map((c) => c.text).slice(0, 5)).toEqual(['12.34%', '1234.50', '1,234.62', '14882.9000', '12,345.68']);
    expect(sheet!.rows[0]![2]!.edit).toBe('=A1+B1');
    expect(sheet!.rows[1]![0]).toMatchObject({ wrap: true, vertical: 'top' });
    expect(sheet!.widths[3]).toBe(0);
    expect([...sheet!.hiddenRows]).toEqual([8, 10]);
    expect(sheet!.rows[4]![2]).toMatchObject({ text: '', wrap: true });
    expect(sheet!.notes.get('1,1')).toBe('备注的文字');
    // The merged area drawn as one cell: its first cell spans it, the others are not drawn.
    expect(sheet!.merges).toEqual([{ top: 3, left: 0, bottom: 5, right: 1 }]);
    expect(sheet!.rows[3]![0]).toMatchObject({ text: '合并', horizontal: 'center', vertical: 'middle' });
    expect(sheet!.rows[11]![4]).toMatchObject({ text: '跨列居中', horizontal: 'center' });
    expect(sheet!.rows[11]![5]).toMatchObject({ text: '5', numeric: true, horizontal: 'left' });
    expect(sheet!.rows[0]![0]!.horizontal).toBeUndefined();
    expect(sheet!.rows[11]![6]).toMatchObject({ text: '表头', bold: true, fill: '#F2F2F2' });
    expect(sheet!.rows[11]![7]!.fill).toBeUndefined();
    expect(sheet!.rows[11]![8]!.fill).toBeUndefined();
    expect(sheet!.rows[11]![5]!.bold).toBeUndefined();
  });

  it('draws every border style, its colour, a merged area\'s outer edges, font sizes and looks, and row heights alike', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('边框');
    const styles: ExcelJS.BorderStyle[] = ['thin', 'medium', 'thick', 'dashed', 'dotted', 'double', 'hair', 'dashDot', 'dashDotDot', 'mediumDashed', 'mediumDashDot', 'mediumDashDotDot', 'slantDashDot'];
    styles.forEach((style, i) => {
      const cell = ws.getCell(i + 1, 1);
      cell.value = style;
      cell.border = { top: { style }, left: { style }, bottom: { style }, right: { style } };
    });
    // A colour given as RGB drawn; a theme or indexed colour is Excel's automatic black; one edge alone.
    ws.getCell('C1').border = { left: { style: 'thin', color: { argb: 'FFFF0000' } }, bottom: { style: 'medium', color: { theme: 3 } as unknown as ExcelJS.Color } };
    ws.getCell('C2').border = { right: { style: 'thick', color: { argb: '0000FF' } } };
    // A merged area framed by its edge cells: the top left's top and left, the top right's right, the bottom left's bottom.
    // (Each a style of its own: ExcelJS's merge gives the area's cells the first cell's style object.)
    ws.getCell('E2').value = '合并';
    ws.mergeCells('E2:G4');
    ws.getCell('E2').style = { border: { top: { style: 'medium' }, left: { style: 'thin' } } };
    ws.getCell('G2').style = { border: { right: { style: 'double' } } };
    ws.getCell('E4').style = { border: { bottom: { style: 'thick' } } };
    // Fonts: a 18 pt bold title, a 10 pt body, italic, underlined, red; 10.5 pt read as ExcelJS reads it.
    ws.getCell('C5').value = '标题';
    ws.getCell('C5').font = { name: '宋体', size: 18, bold: true };
    ws.getCell('C6').value = '正文';
    ws.getCell('C6').font = { size: 10, italic: true, underline: true, color: { argb: 'FFC00000' } };
    ws.getCell('C7').value = '双下划线';
    ws.getCell('C7').font = { size: 10.5, underline: 'double', color: { theme: 1 } as unknown as ExcelJS.Color };
    // Row heights: a tall title row and header row; the others the default.
    ws.getRow(5).height = 30;
    ws.getRow(6).height = 22.5;
    const { fast, exceljs } = await bothViews(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(fast).toEqual(exceljs);
    const [sheet] = fast;
    expect(sheet!.rows.slice(0, styles.length).map((r) => r[0]!.border?.left)).toEqual([
      '1px solid #000000',
      '2px solid #000000',
      '3px solid #000000',
      '1px dashed #000000',
      '1px dotted #000000',
      '3px double #000000',
      '1px dotted #000000',
      '1px dashed #000000',
      '1px dashed #000000',
      '2px dashed #000000',
      '2px dashed #000000',
      '2px dashed #000000',
      '2px dashed #000000',
    ]);
    expect(sheet!.rows[0]![0]!.border).toEqual({ left: '1px solid #000000', right: '1px solid #000000', top: '1px solid #000000', bottom: '1px solid #000000' });
    expect(sheet!.rows[0]![2]!.border).toEqual({ left: '1px solid #FF0000', bottom: '2px solid #000000' });
    expect(sheet!.rows[1]![2]!.border).toEqual({ right: '3px solid #0000FF' });
    expect(sheet!.rows[1]![4]).toMatchObject({ text: '合并', border: { top: '2px solid #000000', left: '1px solid #000000', right: '3px double #000000', bottom: '3px solid #000000' } });
    expect(sheet!.rows[4]![2]).toMatchObject({ text: '标题', bold: true, size: 24 });
    expect(sheet!.rows[5]![2]).toMatchObject({ size: 13.33, italic: true, underline: true, color: '#C00000' });
    expect(sheet!.rows[6]![2]).toMatchObject({ size: 13.33, underline: true });
    expect(sheet!.rows[6]![2]!.color).toBeUndefined();
    // A style with the workbook's default font (ExcelJS writes Calibri 11 for it) is drawn at 11 pt; a cell of no style at the view's own.
    expect(sheet!.rows[3]![0]!.size).toBe(14.67);
    expect(sheet!.rows[0]![1]!.size).toBeUndefined();
    expect(sheet!.heights.slice(0, 8)).toEqual([undefined, undefined, undefined, undefined, 40, 30, undefined, undefined]);
  });

  it('gives the sample\'s boxed tables, title size and font sizes, the same from both sources', async () => {
    const { fast, exceljs } = await bothViews(readFileSync(SAMPLE));
    expect(fast.map((v) => v.rows.map((r) => r.map((c) => [c.border, c.size])))).toEqual(exceljs.map((v) => v.rows.map((r) => r.map((c) => [c.border, c.size]))));
    expect(fast.map((v) => v.heights)).toEqual(exceljs.map((v) => v.heights));
    const total = fast.find((v) => v.name === '收入支出决算总表')!;
    // The title 16 pt, bold, with no border; the header and the figures boxed in thin black lines at 10 pt.
    expect(total.rows[0]![0]).toMatchObject({ bold: true, size: 21.33 });
    expect(total.rows[0]![0]!.border).toBeUndefined();
    const thin = '1px solid #000000';
    expect(total.rows[2]![0]).toMatchObject({ size: 13.33, border: { left: thin, right: thin, top: thin, bottom: thin } });
    expect(total.rows.flat().filter((c) => c.numeric && c.text.includes('.')).every((c) => c.border?.bottom === thin && c.size === 13.33)).toBe(true);
    // The title's row 30 pt (40 px) and the header's two rows 27 pt (36 px) high, as the sample gives them; the others the default.
    expect(total.heights.slice(0, 6)).toEqual([40, undefined, 36, 36, undefined, undefined]);
  });

  it('gives the merged areas of the sample, the same from both sources, and none of one cell', async () => {
    const { fast, exceljs } = await bothViews(readFileSync(SAMPLE));
    const total = fast.find((v) => v.name === '收入支出决算总表')!;
    // The title across the table's columns, and the header's cells over two rows.
    expect(total.merges.length).toBeGreaterThan(0);
    expect(total.merges.some((m) => m.top === 0 && m.right > m.left)).toBe(true);
    // The sample centres its titles over the table, as the printed tables are.
    expect(total.rows[0]![0]).toMatchObject({ text: '收入支出决算总表', horizontal: 'center', bold: true });
    // The header on its grey, as printed.
    expect(total.rows[2]![0]).toMatchObject({ bold: true, fill: '#F2F2F2' });
    expect(total.merges.every((m) => m.bottom > m.top || m.right > m.left)).toBe(true);
    expect(fast.map((v) => v.merges)).toEqual(exceljs.map((v) => v.merges));
  });

  it('reads the grid and the looks from one package, each part inflated once; a damaged file is an XlsxReadError', async () => {
    const bytes = readFileSync(SAMPLE);
    const pkg = await openXlsxOnce(bytes);
    expect(pkg.text('xl/workbook.xml')).toBe(pkg.text('xl/workbook.xml'));
    expect(await readXlsx(bytes, pkg)).toEqual(await readXlsx(bytes));
    expect((await readView(bytes)).grid).toEqual(await readXlsx(bytes));
    await expect(readView(new TextEncoder().encode('not a zip at all'))).rejects.toBeInstanceOf(XlsxReadError);
    const cut = new Uint8Array(bytes.subarray(0, bytes.length - 100));
    await expect(readView(cut)).rejects.toMatchObject({ reason: 'corrupt' });
    // The looks on first call, from the same package, once.
    const view = await readView(bytes);
    expect(view.looks()).toBe(view.looks());
    expect((await view.looks()).map((a) => a.name)).toEqual(view.grid.sheets.map((s) => s.name));
  });
});
