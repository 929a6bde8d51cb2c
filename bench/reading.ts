/**
 * One workbook file checked in this process, against ExcelJS only loading it and against the floor: reading the
 * file and inflating every part of the zip with Node's zlib, which no reader of .xlsx can go below. The floor
 * inflates as our reader does (one output chunk of the size the zip declares, `zlibChunkOptions`): the best zlib
 * can do with what the file says.
 */
import { promises as fs } from 'fs';
import { inflateRawSync } from 'zlib';
import ExcelJS from 'exceljs';
import { checkFile } from '../src/cli/batch/checkFile';
import { entryBytes, readDirectory } from '../src/hosts/xlsx/ooxml/zip';
import { zlibChunkOptions } from '../src/hosts/xlsx/ooxml/inflate';
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import { median } from './stats';

// The young generation collected before each timed piece, so that one piece does not pay for the garbage the one
// before left there (ExcelJS leaves a lot; the floor is a few milliseconds). A minor collection on purpose: a full
// one throws away compiled code and type feedback — with bare `gc()` (memory-reducing) or a plain mark-compact
// every round timed a recompile of ours and ExcelJS's (a check of 5,000 rows 100–200 ms against 45–60, with 10–26
// functions optimised anew inside each timed check). Asked for by name: Node 20's V8 reads any options object,
// `{ type: 'major' }` too, as a minor collection (`--trace-gc` shows a Scavenge), a later V8 may not.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options: { type: 'minor' }) => void;
const collectGarbage = () => gc({ type: 'minor' });

export interface ReadingResult {
  readonly checkMs: number;
  readonly exceljsMs: number;
  readonly floorMs: number;
}

async function check(file: string): Promise<void> {
  const report = await checkFile(file, undefined);
  if ('error' in report) throw new Error(report.error);
}

async function exceljsLoad(file: string): Promise<void> {
  await new ExcelJS.Workbook().xlsx.load((await fs.readFile(file)) as unknown as ArrayBuffer);
}

async function floor(file: string): Promise<void> {
  const bytes = new Uint8Array(await fs.readFile(file));
  for (const entry of readDirectory(bytes).values()) await entryBytes(bytes, entry, (d, size) => inflateRawSync(d, zlibChunkOptions(d.length, size)));
}

async function timed(work: (file: string) => Promise<void>, file: string): Promise<number> {
  collectGarbage();
  const start = performance.now();
  await work(file);
  return performance.now() - start;
}

/**
 * Medians of `runs` rounds, each round timing the three in turn (so that a busy moment hits all three alike), after
 * `warmRounds` untimed rounds of ours and the floor. What is compared is a reader at its steady pace, as a batch's
 * workers check file after file: a check of a department-sized workbook reaches it only in its tenth to twelfth
 * round (V8 optimising the reader's and the rules' functions; measured: 115, 53, 35, 18, 21, 36, 16, 15, 37, 17, 15,
 * 13, then 12 ms a round), where zlib's inflater is native code from the first.
 *
 * ExcelJS is loaded once before: warmed as many rounds in this process (before ours, or between them), it slowed our
 * timed checks of 5,000 rows from 14 to 21–22 ms (two runs each way) — its heap and its property accesses crowd
 * out what our check's code keeps warm — while its own median moved within its noise, ≥ 6 times ours either way
 * (the must-show asks 1/0.35). The start of one check from the command line is the CLI's own measurement (startup.ts).
 */
export async function readingTimes(file: string, runs: number, warmRounds: number): Promise<ReadingResult> {
  await exceljsLoad(file);
  for (let i = 0; i < warmRounds; i++) for (const work of [check, floor]) await work(file);
  const times = { checkMs: [] as number[], exceljsMs: [] as number[], floorMs: [] as number[] };
  for (let i = 0; i < runs; i++) {
    times.checkMs.push(await timed(check, file));
    times.exceljsMs.push(await timed(exceljsLoad, file));
    times.floorMs.push(await timed(floor, file));
  }
  return { checkMs: median(times.checkMs), exceljsMs: median(times.exceljsMs), floorMs: median(times.floorMs) };
}
