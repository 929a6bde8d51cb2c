/** Peak memory of `juesuan check` on the corpus workbook with a 200,000-row ledger beside the tables. */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { CORPUS } from '../fixtures/corpus';

const ROOT = path.join(__dirname, '..');

export async function peakRssMb(): Promise<number> {
  const big = CORPUS.find((c) => c.id === 'unrelated-200000-rows');
  if (!big) throw new Error('the corpus has no unrelated-200000-rows case');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'juesuan-bench-rss-'));
  try {
    const file = path.join(dir, 'ledger.xlsx');
    writeFileSync(file, await big.build());
    const r = spawnSync(process.execPath, ['--require', path.join(__dirname, 'maxRss.js'), path.join(ROOT, 'bin', 'juesuan.js'), 'check', file], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const kb = /maxRssKb=(\d+)/.exec(r.stderr)?.[1];
    if (r.status !== 0 && r.status !== 1) throw new Error(`juesuan check failed: ${r.stderr}`);
    if (!kb) throw new Error('the peak memory was not reported');
    return Number(kb) / 1024;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
