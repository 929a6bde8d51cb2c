/**
 * `npm run bench [-- --json]`: the performance budgets of DESIGN.md and issue 13, measured side by side in one run
 * (ratios within a run hold on a noisy machine better than times do).
 *
 * - sampleMs: the engine on the bundled sample (median of 30 runs, after 10 to warm up).
 * - rowsMs / growthExponent: the engine, warmed, on generated workbooks of about 1,000, 5,000, 20,000 and 40,000
 *   subject rows (all tables together), and the exponent b of time ≈ a · rows^b fitted over all of them.
 * - reading: one file checked (read + engine) by the compiled command line, against ExcelJS only loading it and
 *   against the floor (the file read as the check reads it, every zip part inflated by zlib), each reader warmed in a
 *   process of its own (reading.ts says why), for a department-sized workbook (5,000 rows; three processes pooled,
 *   each one's own ratio to the floor listed beside) and large ones (20,000 and 40,000).
 * - startup: `node bin/juesuan.js check` of the sample against `node -e 0` (medians of alternating starts).
 * - peakRssMb: `juesuan check` of the corpus workbook with a 200,000-row ledger.
 * - batchRatio: `juesuan check` over a folder of 100 generated workbooks, against ExcelJS reading the same files
 *   on the same worker pool and nothing else.
 * - webPageMs: the web page's recognised tables on screen after navigation, in Chromium (median of 5 loads), on a
 *   first visit (nothing cached) and on a returning one (the HTTP cache and the compiled scripts kept).
 * - taskpaneGzipBytes: the task pane's initial JavaScript, gzip, from the production build.
 *
 * The command line and the production build are rebuilt first, with their output on stderr, so that with --json
 * stdout holds the one JSON object only (`npm run -s bench -- --json`: -s keeps npm's own banner out).
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, promises as fs, readFileSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { generateAccounts } from '../fixtures/generate';
import { buildWorkbook, standardPlan, toXlsx } from '../fixtures/workbook';
import { SAMPLE_DATA, SAMPLE_XLSX } from '../fixtures/build-sample';
import { readXlsx } from '../src/hosts/xlsx/read';
import { engineOnce, medianMs } from './engine';
import { growthExponent, median } from './stats';
import { readingTimes, ReadingResult } from './reading';
import { startupTimes } from './startup';
import { peakRssMb } from './memory';
import { webPageMs } from './webPage';
import { workbookOfRows } from './workbooks';

const ROOT = path.join(__dirname, '..');
const SIZES = [1000, 5000, 20000, 40000] as const;
const READING_SIZES = [5000, 20000, 40000] as const;
const BATCH_WORKBOOKS = 100;
const log = (text: string) => process.stderr.write(`${text}\n`);

function npmRun(script: string): void {
  const r = spawnSync('npm', ['run', script], { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] });
  if (r.status !== 0) throw new Error(`npm run ${script} failed`);
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

async function batchRatio(): Promise<{ checkMs: number; readMs: number }> {
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
  return { checkMs: median(checkRuns), readMs: median(readRuns) };
}

const round = (x: number, digits = 1) => Number(x.toFixed(digits));

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
  const reading: Record<string, ReadingResult> = {};
  const dir = mkdtempSync(path.join(os.tmpdir(), 'juesuan-bench-rows-'));
  try {
    for (const size of SIZES) {
      log(`${size} 行科目的工作簿……`);
      const { book, grid, rows } = workbookOfRows(size);
      actualRows[size] = rows;
      rowsMs[size] = medianMs(size >= 20000 ? 5 : 9, () => engineOnce(grid), 3);
      if ((READING_SIZES as readonly number[]).includes(size)) {
        const file = path.join(dir, `${size}.xlsx`);
        await fs.writeFile(file, await toXlsx(book));
        // Department-sized: three processes pooled (reading.ts says why); a large workbook's ratios are far from their budget.
        reading[size] = size >= 20000 ? readingTimes(file, 5, 3) : readingTimes(file, 31, 12, 3);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const exponent = growthExponent(SIZES.map((s) => ({ rows: actualRows[s]!, ms: rowsMs[s]! })));

  log('命令行启动……');
  const startup = startupTimes(SAMPLE_XLSX, 15);
  log('200,000 行明细账的内存峰值……');
  const rssMb = await peakRssMb();
  log(`生成 ${BATCH_WORKBOOKS} 个工作簿，批量检查……`);
  const batch = await batchRatio();
  log('网页（Chromium）……');
  const web = existsSync('/usr/bin/chromium') ? { firstVisit: await webPageMs(5, { cache: false }), returning: await webPageMs(5, { cache: true }) } : null;

  const report = JSON.parse(readFileSync(path.join(ROOT, 'build', 'bundle-report.json'), 'utf8')) as { gzipBytes: number };
  const result = {
    sampleMs: round(sampleMs),
    rowsMs: Object.fromEntries(SIZES.map((s) => [String(s), round(rowsMs[s]!)])),
    growthExponent: round(exponent, 2),
    reading: Object.fromEntries(
      READING_SIZES.map((s) => {
        const r = reading[s]!;
        return [
          String(s),
          {
            checkMs: round(r.checkMs),
            exceljsMs: round(r.exceljsMs),
            floorMs: round(r.floorMs),
            vsExcelJs: round(r.checkMs / r.exceljsMs, 2),
            vsFloor: round(r.checkMs / r.floorMs, 2),
            vsFloorByProcess: r.vsFloorByProcess.map((x) => round(x, 2)),
          },
        ];
      }),
    ),
    startup: { cliMs: round(startup.cliMs), nodeMs: round(startup.nodeMs), ratio: round(startup.cliMs / startup.nodeMs, 2) },
    peakRssMb: round(rssMb, 0),
    batchRatio: round(batch.checkMs / batch.readMs, 2),
    webPageMs: web === null ? null : { firstVisit: round(web.firstVisit, 0), returning: round(web.returning, 0) },
    taskpaneGzipBytes: report.gzipBytes,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const lines = [
    `引擎（样例工作簿，识别 + 说明数据 + 公开说明 + 公式 + 检查）：${result.sampleMs} ms`,
    ...SIZES.map((s) => `引擎（约 ${s} 行科目，实际 ${actualRows[s]} 行）：${result.rowsMs[String(s)]} ms`),
    `时间 ≈ a·行数^${result.growthExponent}（1 为线性，按全部规模拟合）`,
    ...READING_SIZES.map((s) => {
      const r = result.reading[String(s)]!;
      const byProcess = r.vsFloorByProcess.length > 1 ? `；各进程 ${r.vsFloorByProcess.map((x) => `${x}×`).join('、')}` : '';
      return `单个文件（约 ${s} 行）：检查 ${r.checkMs} ms，ExcelJS 只读取 ${r.exceljsMs} ms（${r.vsExcelJs}×），zlib 解压下限 ${r.floorMs} ms（${r.vsFloor}×${byProcess}）`;
    }),
    `命令行 check 样例：${result.startup.cliMs} ms，node -e 0：${result.startup.nodeMs} ms（${result.startup.ratio}×）`,
    `200,000 行明细账：内存峰值 ${result.peakRssMb} MB`,
    `批量检查 ${BATCH_WORKBOOKS} 个工作簿：juesuan check ${round(batch.checkMs, 0)} ms，ExcelJS 只读取 ${round(batch.readMs, 0)} ms，比值 ${result.batchRatio}（${os.availableParallelism()} 核）`,
    result.webPageMs === null
      ? '网页：没有 /usr/bin/chromium，未测'
      : `网页：导航后显示识别到的表，首次访问 ${result.webPageMs.firstVisit} ms，再次访问（浏览器缓存）${result.webPageMs.returning} ms（各 5 次加载的中位数）`,
    `任务窗格初始 JavaScript（gzip）：${(result.taskpaneGzipBytes / 1024).toFixed(1)} KB`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
