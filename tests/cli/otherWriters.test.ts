/**
 * `fill` and `check --out` on an .xlsx another program wrote, which our reader reads and ExcelJS cannot load (the
 * Open XML SDK's `x:` prefix, cells in a row one after the other without `r`): the workbook written is rebuilt from SheetJS's model where SheetJS
 * places every cell where our reader does, and the command says what it kept; where SheetJS would place cells
 * elsewhere (references in lower case) nothing is written and the message says to save the file again in Excel or
 * WPS, not that it is damaged (check and explain still read it).
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { cli } from '../support/cli';
import { readXlsx } from '../../src/hosts/xlsx/file';
import type { WorkbookGrid } from '../../src/engine/grid/cell';
import { SAMPLE_DATA, SAMPLE_XLSX } from '../../fixtures/build-sample';
import { withLowerCaseReferences, withoutCellReferences, withPrefixedTags } from '../../fixtures/otherWriters';

let dir: string;
let sample: WorkbookGrid;
const written: Record<string, string> = {};
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-other-writers-'));
  const bytes = await fs.readFile(SAMPLE_XLSX);
  sample = await readXlsx(bytes);
  for (const [name, make] of [['prefixed', withPrefixedTags], ['no-r', withoutCellReferences], ['lower-r', withLowerCaseReferences]] as const) {
    written[name] = path.join(dir, `${name}.xlsx`);
    await fs.writeFile(written[name]!, await make(bytes));
  }
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const values = (g: WorkbookGrid, names: readonly string[]) => g.sheets.filter((s) => names.includes(s.name)).map((s) => [s.name, s.rows]);
const sampleSheets = () => sample.sheets.map((s) => s.name);

describe('a workbook another program wrote', () => {
  it.each(['prefixed', 'no-r'])('%s: fill writes the 说明数据 and 公开说明 beside the tables, which keep every value, and says what it kept', async (name) => {
    const input = written[name]!;
    const out = path.join(dir, `${name}-filled.xlsx`);
    const { code, stdout, stderr } = await cli('fill', input, '--data', SAMPLE_DATA, '--out', out);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('输入文件由其他程序生成，无法原样写入：结果按读取的内容另存（数值、公式、数字格式、合并单元格和列宽已保留，字体、边框和底色未保留），原文件未改动。');
    const filled = await readXlsx(await fs.readFile(out));
    expect(filled.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([...sampleSheets(), '说明数据', '公开说明']));
    expect(values(filled, sampleSheets())).toEqual(values(sample, sampleSheets()));
    // What the sample's fill writes: the same explanation.
    const plainOut = path.join(dir, `${name}-sample-filled.xlsx`);
    expect((await cli('fill', SAMPLE_XLSX, '--data', SAMPLE_DATA, '--out', plainOut)).code).toBe(0);
    const plain = await readXlsx(await fs.readFile(plainOut));
    expect(values(filled, ['公开说明'])).toEqual(values(plain, ['公开说明']));
  });

  it('check --out writes the flagged copy, with the findings the sample has', async () => {
    const out = path.join(dir, 'prefixed-checked.xlsx');
    const mine = await cli('check', written.prefixed!, '--data', SAMPLE_DATA, '--out', out);
    const theirs = await cli('check', SAMPLE_XLSX, '--data', SAMPLE_DATA, '--out', path.join(dir, 'sample-checked.xlsx'));
    expect(mine.code).toBe(theirs.code);
    expect(mine.stderr).toContain('输入文件由其他程序生成');
    const checked = await readXlsx(await fs.readFile(out));
    expect(checked.sheets.map((s) => s.name)).toEqual((await readXlsx(await fs.readFile(path.join(dir, 'sample-checked.xlsx')))).sheets.map((s) => s.name));
  });

  it('references in lower case: check reads it, fill writes nothing and says to save it again, not that it is damaged', async () => {
    const input = written['lower-r']!;
    expect((await cli('check', input, '--data', SAMPLE_DATA)).code).toBe((await cli('check', SAMPLE_XLSX, '--data', SAMPLE_DATA)).code);
    const out = path.join(dir, 'lower-filled.xlsx');
    const { code, stderr } = await cli('fill', input, '--data', SAMPLE_DATA, '--out', out);
    expect(code).toBe(2);
    expect(stderr).toContain('文件能读取和检查，但它的内部结构（由其他程序生成）无法载入为可写入的工作簿：请在 Excel 或 WPS 中打开并另存为 .xlsx 后再试。');
    expect(stderr).not.toContain('损坏');
    await expect(fs.access(out)).rejects.toThrow();
  });
});
