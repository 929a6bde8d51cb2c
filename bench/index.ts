/**
 * `npm run bench [-- --json]`: the performance budgets of DESIGN.md, measured.
 *
 * - sampleMs: the engine on the bundled sample (median of 30 runs, after 10 to warm up).
 * - rowsMs: the engine on generated workbooks of about 1,000, 5,000 and 20,000 subject rows (all tables together),
 *   and growthPerDoubling: how much the time grows when the rows double (2 is linear).
 * - batchRatio: `juesuan check` over a folder of 100 generated workbooks, against ExcelJS reading the same files
 *   on the same worker pool and nothing else (median of 3 alternating runs; the budget is 1.25).
 * - taskpaneGzipBytes: the task pane's initial JavaScript, gzip, from the production build.
 *
 * The command line and the production build are rebuilt first, with their output on stderr, so that with --json
 * stdout holds the one JSON object only (`npm run -s bench -- --json`: -s keeps npm's own banner out).
 */
import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, promises as fs, readFileSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { generateAccounts } from '../fixtures/generate';
import { buildWorkbook, standardPlan, toGrid, toXlsx } from '../fixtures/workbook';
import { SAMPLE_DATA, SAMPLE_XLSX } from '../fixtures/build-sample';
import { readXlsx } from '../src/hosts/xlsx/read';
import { recognise } from '../src/engine/recognise/recognise';
import type { WorkbookGrid } from '../src/engine/grid/cell';
import { engineOnce, medianMs } from './engine';

const ROOT = path.join(__dirname, '..');
const SIZES = [1000, 5000, 20000] as const;
const BATCH_WORKBOOKS = 100;
const log = (text: string) => process.stderr.write(`${text}\n`);

function npmRun(script: string): void {
  const r = spawnSync('npm', ['run', script], { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] });
  if (r.status !== 0) throw new Error(`npm run ${script} failed`);
}

/** Rows carrying a subject code, in every recognised table. */
function subjectRows(grid: WorkbookGrid): number {
  return Object.values(recognise(grid).tables).reduce((n, t) => n + t.rows.filter((r) => r.code).length, 0);
}

/** A generated workbook with about `rows` subject rows: 项 are scaled from a first try (their 类 and 款 come too). */
function workbookOfRows(rows: number): { grid: WorkbookGrid; rows: number } {
  const make = (items: number) => {
    const data = generateAccounts(rows, { items });
    return toGrid(buildWorkbook(data, standardPlan(data)));
  };
  const probe = Math.ceil(rows / 3);
  const items = Math.max(1, Math.round((probe * rows) / subjectRows(make(probe))));
  const grid = make(items);
  return { grid, rows: subjectRows(grid) };
}

async function batchFolder(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'juesuan-bench-'));
  for (let i = 0; i < BATCH_WORKBOOKS; i++) {
    // Department-sized: 20 to 220 项, one to three 自评表.
    const data = generateAccounts(1000 + i, { items: 20 + ((i * 37) % 200), projects: 1 + (i % 3) });
    await fs.writeFile(path.join(dir, `部门${String(i + 1).padStart(3, '0')}.xlsx`), await toXlsx(buildWorkbook(data, standardPlan(data))));
  }
  return dir;
}

function timedMs(args: readonly string[]): number {
  const start = performance.now();
  // check exits 1 when a workbook has a 错误; the generated ones have none, so anything but 0 is a failure.
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
  return performance.now() - start;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  log('构建命令行与任务窗格……');
  npmRun('build:cli');
  npmRun('build');

  log('样例工作簿……');
  const sample = await readXlsx(await fs.readFile(SAMPLE_XLSX));
  const sampleData: unknown = JSON.parse(readFileSync(SAMPLE_DATA, 'utf8'));
  const sampleMs = medianMs(30, () => engineOnce(sample, sampleData), 10);

  const rowsMs: Record<string, number> = {};
  const actualRows: Record<string, number> = {};
  for (const size of SIZES) {
    log(`${size} 行科目的工作簿……`);
    const { grid, rows } = workbookOfRows(size);
    actualRows[size] = rows;
    rowsMs[size] = medianMs(size >= 20000 ? 3 : 5, () => engineOnce(grid), size >= 20000 ? 1 : 3);
  }
  const doublings = Math.log2(actualRows[20000]! / actualRows[1000]!);
  const growthPerDoubling = (rowsMs['20000']! / rowsMs['1000']!) ** (1 / doublings);

  log(`生成 ${BATCH_WORKBOOKS} 个工作簿……`);
  const folder = await batchFolder();
  const checkRuns: number[] = [];
  const readRuns: number[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      readRuns.push(timedMs([path.join(__dirname, 'exceljsRead.js'), folder]));
      checkRuns.push(timedMs([path.join(ROOT, 'bin', 'juesuan.js'), 'check', folder, '--json']));
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const batchRatio = median(checkRuns) / median(readRuns);

  const report = JSON.parse(readFileSync(path.join(ROOT, 'build', 'bundle-report.json'), 'utf8')) as { gzipBytes: number };
  const round = (x: number, digits = 1) => Number(x.toFixed(digits));
  const result = {
    sampleMs: round(sampleMs),
    rowsMs: Object.fromEntries(SIZES.map((s) => [String(s), round(rowsMs[s]!)])),
    growthPerDoubling: round(growthPerDoubling, 2),
    batchRatio: round(batchRatio, 2),
    taskpaneGzipBytes: report.gzipBytes,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const lines = [
    `引擎（样例工作簿，识别 + 说明数据 + 公开说明 + 公式 + 检查）：${result.sampleMs} ms`,
    ...SIZES.map((s) => `引擎（约 ${s} 行科目，实际 ${actualRows[s]} 行）：${result.rowsMs[String(s)]} ms`),
    `行数每翻一倍，时间乘以 ${result.growthPerDoubling}（线性为 2）`,
    `批量检查 ${BATCH_WORKBOOKS} 个工作簿：juesuan check ${round(median(checkRuns), 0)} ms，ExcelJS 只读取 ${round(median(readRuns), 0)} ms，比值 ${result.batchRatio}（目标 ≤ 1.25，${os.availableParallelism()} 核）`,
    `任务窗格初始 JavaScript（gzip）：${(result.taskpaneGzipBytes / 1024).toFixed(1)} KB`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
