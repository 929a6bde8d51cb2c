/**
 * A workbook without one of the nine tables cannot be published (issue "Real documents"): `check` says so as a 错误
 * naming the table and exits 1, and `inspect` lists the same table as missing.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { cli } from '../support/cli';
import { loadXlsx } from '../../src/hosts/xlsx/read';
import { SAMPLE_DATA, SAMPLE_XLSX } from '../../fixtures/build-sample';

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'juesuan-missing-'));
  const wb = await loadXlsx(await fs.readFile(SAMPLE_XLSX));
  wb.removeWorksheet(wb.getWorksheet('支出决算表')!.id);
  file = path.join(dir, '缺支出决算表.xlsx');
  await fs.writeFile(file, new Uint8Array(await wb.xlsx.writeBuffer()));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

it('check reports the missing 支出决算表 as a 错误 and exits 1; inspect lists it as missing', async () => {
  const checked = await cli('check', file, '--data', SAMPLE_DATA, '--json');
  expect(checked.code).toBe(1);
  const missing = JSON.parse(checked.stdout).findings.filter((f: { rule: string }) => f.rule === 'missing-table');
  expect(missing).toEqual([expect.objectContaining({ severity: 'error', cells: [], message: expect.stringContaining('《支出决算表》（公开03表）') })]);
  const inspected = await cli('inspect', file, '--json');
  expect(JSON.parse(inspected.stdout).missing).toEqual(['03']);
});
