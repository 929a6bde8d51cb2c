/** `juesuan inspect`: the JSON contract of DESIGN.md, the text form, and exit code 2 for unreadable input. */
import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { promisify } from 'util';
import { cli } from '../support/cli';
import { SAMPLE_XLSX } from '../../fixtures/build-sample';
import { changji2022 } from '../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toXlsx } from '../../fixtures/workbook';
import { withBasicSplit } from '../../fixtures/splitBasic';


let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-cli-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('juesuan inspect', () => {
  it('lists codes 01–10 of the bundled sample with unit 万元 and no problems (--json)', async () => {
    const { code, stdout, stderr } = await cli('inspect', SAMPLE_XLSX, '--json');
    expect([code, stderr]).toEqual([0, '']);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['tables', 'missing', 'problems']);
    expect([...new Set(report.tables.map((t: { code: string }) => t.code))]).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10']);
    expect(report.tables.every((t: { unit: string }) => t.unit === '万元')).toBe(true);
    expect(report.tables[0]).toEqual({ code: '01', id: 'summary', title: '收入支出决算总表', sheet: '收入支出决算总表', range: 'A1:F35', unit: '万元' });
    expect(report.tables.filter((t: { code: string }) => t.code === '10')).toHaveLength(9);
    expect(report.missing).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('reports missing tables and problems with sheet, cell and message, and still exits 0', async () => {
    const plan = standardPlan(changji2022).filter((s) => !s.tables?.includes('govFund'));
    const book = buildWorkbook(changji2022, plan);
    book.sheets.find((s) => s.name === '收入决算表')!.rows[8]![3] = 'abc';
    const file = path.join(dir, 'bad.xlsx');
    await fs.writeFile(file, await toXlsx(book));
    const { code, stdout } = await cli('inspect', file, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.missing).toEqual(['08']);
    expect(report.problems).toEqual([
      { sheet: '收入决算表', cell: 'D9', message: expect.stringContaining('“abc”不是数字') },
      { sheet: null, cell: null, message: expect.stringContaining('未找到《政府性基金预算财政拨款收入支出决算表》') },
    ]);
    expect(report.tables.map((t: { code: string }) => t.code)).not.toContain('08');
  });

  it('prints a readable summary without --json', async () => {
    const { code, stdout } = await cli('inspect', SAMPLE_XLSX);
    expect(code).toBe(0);
    expect(stdout).toContain('识别到 18 张表');
    expect(stdout).toContain('01  收入支出决算总表  （工作表“收入支出决算总表”A1:F35，单位：万元）');
    expect(stdout).toContain('没有发现问题。');
  });

  it('lists each sheet a table was read from: table 06 with its 公用经费 part on a sheet of its own (text and --json)', async () => {
    const book = withBasicSplit(buildWorkbook(changji2022, standardPlan(changji2022)), { title: '一般公共预算财政拨款基本支出决算表（续）' });
    const file = path.join(dir, 'split06.xlsx');
    await fs.writeFile(file, await toXlsx(book));
    expect((await cli('inspect', file)).stdout).toContain('  06  一般公共预算财政拨款基本支出决算表  （工作表“一般公共预算财政拨款基本支出决算表”A1:C23、工作表“公用经费”A1:C23，单位：万元）');
    const report = JSON.parse((await cli('inspect', file, '--json')).stdout);
    expect(report.tables.find((t: { code: string }) => t.code === '06').parts).toEqual([{ sheet: '公用经费', range: 'A1:C23' }]);
  });

  it.each([
    ['a missing file', 'nope.xlsx', undefined, '文件不存在'],
    ['a text file', 'table.csv', Buffer.from('项目,金额\n'), '不是 .xlsx、.xls、.et 或 .ods 工作簿'],
    ['a damaged file', 'broken.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]), '文件已损坏'],
  ])('exits 2 with a message naming the file for %s', async (_what, name, content, reason) => {
    const file = path.join(dir, name);
    if (content) await fs.writeFile(file, content);
    const { code, stdout, stderr } = await cli('inspect', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(file);
    expect(stderr).toContain(reason);
  });

  it('exits 2 on a Word document renamed .xlsx, saying it is one (it read as a workbook of no tables, exit 0)', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const file = path.join(dir, 'word.xlsx');
    await fs.writeFile(file, await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('说明')] }] })));
    const { code, stdout, stderr } = await cli('inspect', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${file}：这是一个 Word 文档（.docx），不是工作簿`);
  });

  it('exits 2 on bad usage', async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli('inspect')).code).toBe(2);
    expect((await cli('inspect', SAMPLE_XLSX, '--jsn')).stderr).toContain('未知的选项');
    expect((await cli('frobnicate')).stderr).toContain('未知的命令');
  });

  it('runs as `npx juesuan` from the project root (the compiled bin)', async () => {
    const root = path.join(__dirname, '..', '..');
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, 'bin', 'juesuan.js'), 'inspect', SAMPLE_XLSX, '--json'], { cwd: root });
    expect(JSON.parse(stdout).tables).toHaveLength(18);
  });
});
