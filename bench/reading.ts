/**
 * One workbook file checked in this process, against ExcelJS only loading it and against the floor: reading the
 * file and inflating every part of the zip with Node's zlib, which no reader of .xlsx can go below.
 */
import { promises as fs } from 'fs';
import { inflateRawSync } from 'zlib';
import ExcelJS from 'exceljs';
import { checkFile } from '../src/cli/batch/checkFile';
import { entryBytes, readDirectory } from '../src/hosts/xlsx/ooxml/zip';
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import { median } from './stats';

// A full collection before each timed piece: the garbage ExcelJS leaves would otherwise be collected while the
// next piece runs, and the floor (a few milliseconds of inflating) would carry ExcelJS's collection. A major one,
// not `gc()` bare: that is V8's memory-reducing collection, which throws away compiled code, so every round timed
// a first run, compiling ours and ExcelJS's anew (a check of 5,000 rows 120–157 ms against 65 ms).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options: { type: 'major'; execution: 'sync' }) => void;
const collectGarbage = () => gc({ type: 'major', execution: 'sync' });

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
  for (const entry of readDirectory(bytes).values()) await entryBytes(bytes, entry, (d) => inflateRawSync(d));
}

async function timed(work: (file: string) => Promise<void>, file: string): Promise<number> {
  collectGarbage();
  const start = performance.now();
  await work(file);
  return performance.now() - start;
}

/** Medians of `runs` rounds, each round timing the three in turn (so that a busy moment hits all three alike). */
export async function readingTimes(file: string, runs: number): Promise<ReadingResult> {
  for (const work of [check, exceljsLoad, floor]) await work(file);
  const times = { checkMs: [] as number[], exceljsMs: [] as number[], floorMs: [] as number[] };
  for (let i = 0; i < runs; i++) {
    times.checkMs.push(await timed(check, file));
    times.exceljsMs.push(await timed(exceljsLoad, file));
    times.floorMs.push(await timed(floor, file));
  }
  return { checkMs: median(times.checkMs), exceljsMs: median(times.exceljsMs), floorMs: median(times.floorMs) };
}
