/**
 * `juesuan` on .xls, .et and .ods: the sample saved by LibreOffice Calc as .xls and .ods (and the .xls bytes
 * under an .et name) gives the same `inspect` and `check` as the .xlsx; `fill` and `check --out` write an .xlsx
 * and say so; damaged files exit 2 naming the file; a folder's .xls, .et and .ods are checked with its .xlsx.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { cli } from '../support/cli';
import { convert, hasLibreOffice } from '../support/libreoffice';
import { readXlsx } from '../../src/hosts/xlsx/file';
import { SAMPLE_DATA, SAMPLE_XLSX } from '../../fixtures/build-sample';
import { overwritten, truncated, xlsxToXls } from '../../fixtures/legacy';

let dir: string;
/** The sample in every format: LibreOffice's .xls and .ods where LibreOffice is installed, SheetJS's .xls otherwise. */
const files: Record<'xls' | 'et' | 'ods', string | undefined> = { xls: undefined, et: undefined, ods: undefined };

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-legacy-cli-'));
  if (hasLibreOffice) {
    files.xls = convert(SAMPLE_XLSX, 'xls', dir);
    files.ods = convert(SAMPLE_XLSX, 'ods', dir);
  } else {
    files.xls = path.join(dir, 'changji-2022.xls');
    await fs.writeFile(files.xls, xlsxToXls(await fs.readFile(SAMPLE_XLSX)));
  }
  // No WPS here: an .et is the BIFF8 compound file an .xls is, so the .xls bytes under the .et name stand in for it.
  files.et = path.join(dir, '部门决算.et');
  await fs.copyFile(files.xls, files.et);
}, 120_000);
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const formats = () => Object.entries(files).filter((e): e is [string, string] => e[1] !== undefined);

describe('inspect and check on .xls, .et and .ods', () => {
  it('give the same tables and the same findings as on the .xlsx', async () => {
    const inspected = await cli('inspect', SAMPLE_XLSX, '--json');
    const checked = await cli('check', SAMPLE_XLSX, '--data', SAMPLE_DATA, '--json');
    expect(formats().length).toBe(hasLibreOffice ? 3 : 2);
    for (const [format, file] of formats()) {
      const i = await cli('inspect', file, '--json');
      expect([format, i.code, JSON.parse(i.stdout)]).toEqual([format, 0, JSON.parse(inspected.stdout)]);
      const c = await cli('check', file, '--data', SAMPLE_DATA, '--json');
      expect([format, c.code, c.stderr, JSON.parse(c.stdout)]).toEqual([format, 0, '', JSON.parse(checked.stdout)]);
    }
  });
});

describe('writing keeps .xlsx', () => {
  it('fill on an .xls asked to write an .xls writes an .xlsx, and says so', async () => {
    const out = path.join(dir, '已填.xls');
    const { code, stdout } = await cli('fill', files.xls!, '--data', SAMPLE_DATA, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('输入文件是 .xls/.et 格式');
    expect(stdout).toContain(`文件名改为 ${path.join(dir, '已填.xlsx')}`);
    expect(stdout).toContain(`已写入 ${path.join(dir, '已填.xlsx')}。`);
    await expect(fs.access(out)).rejects.toThrow();
    const filled = await readXlsx(await fs.readFile(path.join(dir, '已填.xlsx')));
    expect(filled.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['说明数据', '公开说明']));
  });

  it('fill asked to write an .xlsm writes an .xlsx without macros, and says so (an .xlsx under an .xlsm name Excel does not open)', async () => {
    const out = path.join(dir, '已填.xlsm');
    const { code, stdout } = await cli('fill', SAMPLE_XLSX, '--data', SAMPLE_DATA, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain(`结果是 .xlsx 格式（不含宏），文件名改为 ${path.join(dir, '已填.xlsx')}（而不是 ${out}）。`);
    await expect(fs.access(out)).rejects.toThrow();
    expect((await readXlsx(await fs.readFile(path.join(dir, '已填.xlsx')))).sheets.map((s) => s.name)).toContain('公开说明');
  });

  it('check --out on an .et writes the flagged copy as the .xlsx it was asked for, and says what it read', async () => {
    const out = path.join(dir, '标注.xlsx');
    const { code, stdout, stderr } = await cli('check', files.et!, '--data', SAMPLE_DATA, '--out', out);
    expect(code).toBe(0);
    expect(stderr).toContain('输入文件是 .xls/.et 格式');
    expect(stdout).toContain(`已写入 ${out}`);
    expect((await readXlsx(await fs.readFile(out))).sheets.map((s) => s.name)).toContain('检查结果');
  });
});

describe('damaged .xls and .et files', () => {
  it.each([
    ['an .xls cut in half', '半个.xls', (b: Buffer) => truncated(b)],
    ['an .et with its sectors overwritten', '损坏.et', (b: Buffer) => overwritten(b)],
  ])('%s exits 2 with the file named and the reason', async (_what, name, damage) => {
    const file = path.join(dir, name);
    await fs.writeFile(file, damage(await fs.readFile(files.xls!)));
    for (const command of ['inspect', 'check']) {
      const { code, stdout, stderr } = await cli(command, file);
      expect([code, stdout]).toEqual([2, '']);
      expect(stderr).toContain(`${file}：文件已损坏`);
    }
  });
});

describe('a folder of mixed formats', () => {
  it('checks its .xlsx, .xls, .et and .ods alike', async () => {
    const folder = path.join(dir, '各部门');
    await fs.mkdir(folder);
    await fs.copyFile(SAMPLE_XLSX, path.join(folder, 'a.xlsx'));
    for (const [format, file] of formats()) await fs.copyFile(file, path.join(folder, `b.${format}`));
    const { code, stdout } = await cli('check', folder, '--data', SAMPLE_DATA, '--json', '--jobs', '1');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { files: { file: string; counts: unknown }[] };
    expect(json.files.map((f) => path.basename(f.file)).sort()).toEqual(['a.xlsx', ...formats().map(([f]) => `b.${f}`)].sort());
    expect(new Set(json.files.map((f) => JSON.stringify(f.counts))).size).toBe(1);
  });
});
