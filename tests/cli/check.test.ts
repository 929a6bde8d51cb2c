/** `juesuan check`: the JSON contract of DESIGN.md, the exit codes, and --out with the flags in a copy. */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { cli } from '../support/cli';
import { loadXlsx } from '../../src/hosts/xlsx/read';
import { SAMPLE_DATA, SAMPLE_XLSX } from '../../fixtures/build-sample';
import { toXlsx } from '../../fixtures/workbook';
import { yuanWorkbook } from '../../fixtures/yuan';

let dir: string;
let broken: string;
let yuan: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-check-'));
  const wb = await loadXlsx(await fs.readFile(SAMPLE_XLSX));
  wb.getWorksheet('收入决算表')!.getCell('D9').value = 224.14;
  broken = path.join(dir, 'broken.xlsx');
  await fs.writeFile(broken, new Uint8Array(await wb.xlsx.writeBuffer()));
  yuan = path.join(dir, 'yuan.xlsx');
  await fs.writeFile(yuan, new Uint8Array(await toXlsx(yuanWorkbook())));
});

interface JsonFinding {
  readonly rule: string;
  readonly message: string;
  readonly values: readonly (number | null)[];
  readonly difference: number | null;
  readonly unit: string | null;
}

/** A number as JSON prints it, with at most two decimals (0.02, never 0.020000000000000018). */
const TWO_DECIMALS = /^-?\d+(\.\d{1,2})?$/;
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('juesuan check', () => {
  it('--json follows the contract; the sample has no 错误 and exits 0', async () => {
    const { code, stdout, stderr } = await cli('check', SAMPLE_XLSX, '--data', SAMPLE_DATA, '--json');
    expect([code, stderr]).toEqual([0, '']);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['findings', 'counts']);
    expect(json.counts).toEqual({ error: 0, rounding: 8, warning: 1 });
    for (const f of json.findings) {
      expect(Object.keys(f)).toEqual(['id', 'rule', 'severity', 'message', 'cells', 'values', 'difference', 'unit']);
      expect(f.cells.every((c: string) => /^.+![A-Z]+\d+$/.test(c))).toBe(true);
    }
  });

  it('--json on a workbook in 元: every number with at most two decimals, in 元, as the messages say', async () => {
    const { code, stdout } = await cli('check', yuan, '--data', SAMPLE_DATA, '--json');
    expect(code).toBe(1);
    const findings: JsonFinding[] = JSON.parse(stdout).findings;
    const numbers = findings.flatMap((f) => [...f.values, f.difference]).filter((v): v is number => v !== null);
    expect(numbers.length).toBeGreaterThan(100);
    for (const n of numbers) expect(String(n)).toMatch(TWO_DECIMALS);
    const basic = findings.find((f) => f.rule === 'general-budget-matches-basic')!;
    expect(basic).toMatchObject({ values: [6452305.96, 5778400, 673900], difference: 5.96, unit: '元' });
    expect(basic.message).toContain('6,452,305.96 元');
    expect(findings.filter((f) => f.unit === '元').length).toBeGreaterThanOrEqual(12);
    for (const f of findings) if (f.unit === '元') expect(f.message).not.toContain('万元');
  });

  it('--json prints a score difference as the decimal it is (the sample\'s 1.2 against 1.18)', async () => {
    const { stdout } = await cli('check', SAMPLE_XLSX, '--data', SAMPLE_DATA, '--json');
    const score = (JSON.parse(stdout).findings as JsonFinding[]).find((f) => f.rule === 'performance-indicator-score')!;
    expect(score).toMatchObject({ values: [1.2, 1.18], difference: 0.02, unit: '分' });
    expect(stdout).toContain('"difference": 0.02,');
  });

  it('names a 说明数据 entry that has no cell instead of printing empty brackets', async () => {
    const data = JSON.parse(await fs.readFile(SAMPLE_DATA, 'utf8'));
    data.事项['政府采购服务支出'] = 33.19;
    const file = path.join(dir, 'procurement.json');
    await fs.writeFile(file, JSON.stringify(data));
    const { stdout } = await cli('check', SAMPLE_XLSX, '--data', file);
    const line = stdout.split('\n').find((l) => l.includes('政府采购'))!;
    expect(line).toBe('  [错误] 说明数据“事项·政府采购支出总额” 55.51 万元，与货物、工程、服务支出之和 56.51 万元不符，少 1.00 万元。');
    expect(stdout).not.toContain('（）');
  });

  it('exits 1 when a 错误 is found, naming the cell', async () => {
    const { code, stdout } = await cli('check', broken, '--data', SAMPLE_DATA, '--json');
    expect(code).toBe(1);
    const errors = JSON.parse(stdout).findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((f: { cells: string[] }) => f.cells.includes('收入决算表!D9'))).toBe(true);
  });

  it('writes the flags into a copy with --out, leaving the input alone', async () => {
    const out = path.join(dir, 'annotated.xlsx');
    const before = await fs.readFile(broken);
    const { code, stdout } = await cli('check', broken, '--data', SAMPLE_DATA, '--out', out);
    expect(code).toBe(1);
    expect(stdout).toContain(`已写入 ${out}`);
    expect(Buffer.compare(await fs.readFile(broken), before)).toBe(0);
    const wb = await loadXlsx(await fs.readFile(out));
    expect(wb.getWorksheet('检查结果')).toBeDefined();
  });

  it('checks several files and says which is which', async () => {
    const { code, stdout } = await cli('check', SAMPLE_XLSX, broken, '--data', SAMPLE_DATA, '--json');
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.files.map((f: { file: string }) => f.file)).toEqual([SAMPLE_XLSX, broken]);
    expect(json.counts.error).toBe(json.files[1].counts.error);
  });

  it('prints a readable list without --json', async () => {
    const { stdout } = await cli('check', SAMPLE_XLSX, '--data', SAMPLE_DATA);
    expect(stdout.split('\n')[0]).toBe(`${SAMPLE_XLSX}：错误 0 个，尾差 8 个，提示 1 个`);
    expect(stdout).toContain('[提示] 绩效自评表“公告费”的指标“电视台业务公告成本”得分 1.2');
  });

  it('exits 2 on an unreadable file or bad usage', async () => {
    expect((await cli('check', path.join(dir, 'missing.xlsx'))).code).toBe(2);
    expect((await cli('check')).code).toBe(2);
    expect((await cli('check', SAMPLE_XLSX, broken, '--out', path.join(dir, 'x.xlsx'))).stderr).toContain('--out 只能用于检查一个文件');
  });
});
