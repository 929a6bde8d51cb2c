/**
 * `fill` run again on a workbook it filled, after the accountant edited it in Excel: what they typed is kept (or the
 * run refuses, naming the sheet), and what the command prints says exactly what it did.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { cli } from '../support/cli';
import { SAMPLE_DATA, SAMPLE_XLSX } from '../../fixtures/build-sample';

let dir: string;
let filled: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-refill-'));
  filled = path.join(dir, 'filled.xlsx');
  expect((await cli('fill', SAMPLE_XLSX, '--data', SAMPLE_DATA, '--out', filled)).code).toBe(0);
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** The filled workbook edited as the accountant would in Excel, saved under a name of its own. */
async function edited(name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(filled);
  edit(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function cellValue(file: string, sheet: string, cell: string): Promise<ExcelJS.CellValue> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet(sheet)!.getCell(cell).value;
}

describe('fill again after the accountant edited the filled workbook', () => {
  it('keeps a figure typed over a grey cell of 说明数据, and says the cell holds a typed value now', async () => {
    const file = await edited('typed.xlsx', (wb) => {
      wb.getWorksheet('说明数据')!.getCell('C8').value = 1500;
    });
    const out = path.join(dir, 'typed-again.xlsx');
    const { code, stdout } = await cli('fill', file, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('工作表“说明数据”中 1 个灰色单元格填有您输入的数值，已原样保留，没有改回公式：C8（“收入总计”的本年数，1500）。');
    expect(await cellValue(out, '说明数据', 'C8')).toBe(1500);
  });
});
