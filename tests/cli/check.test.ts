/** `juesuan check`: the JSON contract of DESIGN.md, the exit codes, and --out with the flags in a copy. */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { cli } from '../support/cli';
import { loadXlsx } from '../../src/hosts/xlsx/read';
import { SAMPLE_DATA, SAMPLE_XLSX } from '../../fixtures/build-sample';

let dir: string;
let broken: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-check-'));
  const wb = await loadXlsx(await fs.readFile(SAMPLE_XLSX));
  wb.getWorksheet('收入决算表')!.getCell('D9').value = 224.14;
  broken = path.join(dir, 'broken.xlsx');
  await fs.writeFile(broken, new Uint8Array(await wb.xlsx.writeBuffer()));
});
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
