/**
 * `juesuan check` over many workbooks: folders searched, one unreadable file reported while the rest are
 * checked, the HTML report (one row per workbook, escaped), and the compiled command line on worker threads
 * giving the same answers as the in-process run.
 */
import { execFile } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { promisify } from 'util';
import { cli } from '../support/cli';
import { loadXlsx } from '../../src/hosts/xlsx/read';
import { SAMPLE_XLSX } from '../../fixtures/build-sample';

const ROOT = path.join(__dirname, '..', '..');
const PAYLOAD = '<img src=x onerror=alert(1)>';

let dir: string;
let folder: string;
let hostile: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-batch-'));
  folder = path.join(dir, '各部门');
  await fs.mkdir(path.join(folder, '二级单位'), { recursive: true });
  await fs.copyFile(SAMPLE_XLSX, path.join(folder, '01 办公厅.xlsx'));
  await fs.copyFile(SAMPLE_XLSX, path.join(folder, '二级单位', '03 机关服务中心.xlsx'));
  await fs.writeFile(path.join(folder, '02 损坏.xlsx'), 'not a workbook');
  await fs.writeFile(path.join(folder, '~$01 办公厅.xlsx'), 'Excel lock file');
  await fs.writeFile(path.join(folder, '说明.txt'), 'not a workbook either');
  // A row label and a file name an attacker could choose: the report must show them as text.
  const wb = await loadXlsx(await fs.readFile(SAMPLE_XLSX));
  const ws = wb.getWorksheet('收入决算表')!;
  ws.getCell('B9').value = PAYLOAD;
  ws.getCell('D9').value = 224.14;
  hostile = path.join(dir, `${PAYLOAD}.xlsx`);
  await fs.writeFile(hostile, new Uint8Array(await wb.xlsx.writeBuffer()));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('juesuan check on many workbooks', () => {
  it('searches folders, skips lock files, reports the unreadable file and still checks the rest (exit 2)', async () => {
    const { code, stdout, stderr } = await cli('check', folder, hostile, '--json');
    expect(code).toBe(2);
    expect(stderr).toBe(`${path.join(folder, '02 损坏.xlsx')}：不是 .xlsx、.xls、.et 或 .ods 工作簿（可能是 CSV 或文本文件改了扩展名）：请在 Excel 或 WPS 中另存为 .xlsx 后再试。`);
    const json = JSON.parse(stdout);
    expect(json.files.map((f: { file: string }) => path.relative(dir, f.file))).toEqual([
      path.join('各部门', '01 办公厅.xlsx'),
      path.join('各部门', '02 损坏.xlsx'),
      path.join('各部门', '二级单位', '03 机关服务中心.xlsx'),
      `${PAYLOAD}.xlsx`,
    ]);
    expect(json.files[1]).toEqual({ file: path.join(folder, '02 损坏.xlsx'), error: expect.stringContaining('不是 .xlsx、.xls、.et 或 .ods 工作簿') });
    expect(json.files[0].counts).toEqual({ error: 0, rounding: 8, warning: 1 });
    expect(json.files[3].counts.error).toBe(2);
    expect(json.counts).toEqual({ error: 2, rounding: 3 * 8, warning: 3 });
  });

  it('exits 1 when every file is read and one has a 错误, 0 when none has', async () => {
    expect((await cli('check', SAMPLE_XLSX, hostile)).code).toBe(1);
    expect((await cli('check', SAMPLE_XLSX, SAMPLE_XLSX)).code).toBe(0);
  });

  it('names a missing path and an empty folder without stopping', async () => {
    const empty = path.join(dir, '空文件夹');
    await fs.mkdir(empty, { recursive: true });
    const { code, stdout, stderr } = await cli('check', path.join(dir, '没有这个.xlsx'), empty, SAMPLE_XLSX, '--json');
    expect(code).toBe(2);
    expect(stderr.split('\n')).toEqual([`${path.join(dir, '没有这个.xlsx')}：文件不存在。`, `${empty}：文件夹中没有工作簿（.xlsx、.xls、.et 或 .ods）。`]);
    expect(JSON.parse(stdout).files[2].counts.error).toBe(0);
  });

  it('writes an HTML report: one row per workbook (单位名称 over its path from the common folder) with its counts or, for an unreadable file, its reason; the findings with their cells; all text escaped', async () => {
    const report = path.join(dir, 'report.html');
    const { code, stdout } = await cli('check', folder, hostile, '--report', report);
    expect(code).toBe(2);
    expect(stdout).toContain(`检查报告已写入 ${report}`);
    const html = await fs.readFile(report, 'utf8');
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\';');
    expect(html).toContain('共 4 个工作簿：2 个没有错误，1 个有错误，1 个无法读取。合计错误 2 个，尾差 24 个，提示 3 个。');
    const summaryRows = html.split('<tbody>')[1]!.split('</tbody>')[0]!.match(/<tr>.*?<\/tr>/g)!;
    expect(summaryRows).toHaveLength(4);
    expect(summaryRows[0]).toBe(
      '<tr><td class="file"><a href="#wb-0"><span class="unit">新疆昌吉州政务服务和公共资源交易管理局</span>各部门/01 办公厅.xlsx</a></td><td class="n">0</td><td class="n">8</td><td class="n">1</td><td class="status ok">通过</td></tr>',
    );
    expect(html).toContain(`工作簿所在文件夹：<code>${dir}</code>`);
    // The reason stands in the unreadable file's own row.
    expect(summaryRows[1]).toContain('各部门/02 损坏.xlsx</a></td><td class="reason" colspan="3">');
    expect(summaryRows[1]).toContain('不是 .xlsx、.xls、.et 或 .ods 工作簿');
    expect(summaryRows[1]).toContain('<td class="status unreadable">无法读取</td>');
    // 类别 keeps its width: a column of its own size, never wrapped.
    expect(html).toContain('<table class="findings"><colgroup><col class="kind"><col><col class="cells"></colgroup>');
    expect(html).toMatch(/col\.kind \{ width: 4\.5em; \}/);
    expect(summaryRows[3]).toContain('&lt;img src=x onerror=alert(1)&gt;.xlsx</a></td><td class="n">2</td>');
    expect(html).toContain('收入决算表“2010301 &lt;imgsrc=xonerror=alert(1)&gt;”行的本年收入合计 223.14 万元');
    expect(html).toContain('<code>收入决算表!D9</code>');
    expect(html).toContain('<code>财政拨款收入支出决算总表!F10</code><br>等 27 格');
    expect(html).not.toContain(PAYLOAD);
  });

  it('rejects a --jobs that is not a positive whole number', async () => {
    const { code, stderr } = await cli('check', SAMPLE_XLSX, SAMPLE_XLSX, '--jobs', '0');
    expect([code, stderr]).toEqual([2, '--jobs 应为正整数（收到“0”）。']);
  });

  it('runs compiled on two worker threads with the same answers as in one thread', async () => {
    const bin = path.join(ROOT, 'bin', 'juesuan.js');
    // The compiled worker is there, so --jobs 2 takes the worker-thread path (npm test builds dist/ first).
    expect(existsSync(path.join(ROOT, 'dist', 'cli', 'batch', 'worker.js'))).toBe(true);
    const run = (jobs: string) =>
      promisify(execFile)(process.execPath, [bin, 'check', folder, hostile, '--json', '--jobs', jobs], { cwd: ROOT }).then(
        () => {
          throw new Error('expected exit 2');
        },
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    const [two, one] = await Promise.all([run('2'), run('1')]);
    expect([two.code, one.code]).toEqual([2, 2]);
    expect(two.stderr).toBe(one.stderr);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    expect(JSON.parse(two.stdout).files).toHaveLength(4);
  });
});
