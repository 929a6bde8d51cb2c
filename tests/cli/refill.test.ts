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
import { changji2022 } from '../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toXlsx } from '../../fixtures/workbook';

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

  it('keeps the 公开说明 text the accountant edited, writing the new text to a sheet beside it, and says so', async () => {
    const file = await edited('text.xlsx', (wb) => {
      wb.getWorksheet('公开说明')!.getCell('A4').value = '我改写的主要职能。';
    });
    const out = path.join(dir, 'text-again.xlsx');
    const { code, stdout } = await cli('fill', file, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('工作表“公开说明”中有您改过的内容（A4），不作任何改动，从此作为您自己的工作表；新生成的公开说明写在新工作表“公开说明（生成）”');
    expect(stdout).toContain('C 至 E 列');
    expect(stdout).not.toContain('C–D');
    expect(await cellValue(out, '公开说明', 'A4')).toBe('我改写的主要职能。');
    expect(await cellValue(out, '公开说明（生成）', 'A4')).toBe(await cellValue(filled, '公开说明', 'A4'));
  });

  it('keeps a row the accountant inserted among the indicators of 说明数据, and says where it is now', async () => {
    const file = await edited('row.xlsx', (wb) => {
      wb.getWorksheet('说明数据')!.spliceRows(10, 0, ['其他收入说明', '我的说明行', 12.5, null, null, null, null, null, null, null, '自己加的原因']);
    });
    const out = path.join(dir, 'row-again.xlsx');
    const { code, stdout } = await cli('fill', file, '--out', out);
    expect(code).toBe(0);
    const moved = /您加入的 1 行（第 10 行“其他收入说明”）不是可识别的指标，已原样保留，移到指标之后的第 (\d+) 行；/.exec(stdout);
    expect(moved).not.toBeNull();
    expect([await cellValue(out, '说明数据', `A${moved![1]}`), await cellValue(out, '说明数据', `K${moved![1]}`)]).toEqual(['其他收入说明', '自己加的原因']);
  });

  it('refuses to write 自评表 formulas into a protected sheet, saying which and what to do, and writes no file', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await toXlsx(buildWorkbook(changji2022, standardPlan(changji2022), { projectBlankDerived: true }))) as unknown as ArrayBuffer);
    const sheet = wb.worksheets.find((w) => w.name.startsWith('项目支出绩效自评表'))!;
    await sheet.protect('', {});
    const file = path.join(dir, 'protected.xlsx');
    await wb.xlsx.writeFile(file);
    const out = path.join(dir, 'protected-filled.xlsx');
    const { code, stderr } = await cli('fill', file, '--data', SAMPLE_DATA, '--out', out);
    expect(code).not.toBe(0);
    expect(stderr).toContain(`没有写入任何内容：工作表“${sheet.name}”（要写入 `);
    expect(stderr).toContain('受保护。请在“审阅”选项卡点“撤销工作表保护”');
    await expect(fs.access(out)).rejects.toThrow();
  });
});
