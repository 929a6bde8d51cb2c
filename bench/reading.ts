/**
 * One workbook file checked, against ExcelJS only loading it and against the floor: reading the file and inflating
 * every part of the zip with Node's zlib, which no reader of .xlsx can go below. The floor inflates as our reader
 * does (one output chunk of the size the zip declares, `zlibChunkOptions`): the best zlib can do with what the file
 * says.
 *
 * Each reader runs in a process of its own (readingChild.js): ours beside the floor, ExcelJS alone, each warmed and
 * then timed round after round, as a batch's worker reads file after file. In one process ExcelJS's heap (its model
 * of a 5,000-row workbook, promoted to the old generation) was marked and swept inside our timed checks: a check of
 * 5,000 rows timed 21–24 ms there against 13–15 alone, and moved with how ExcelJS was warmed (stop 32's runs D and
 * E), while what is compared is each reader at its own steady pace.
 */
import { execFileSync } from 'child_process';
import path from 'path';

export interface ReadingResult {
  readonly checkMs: number;
  readonly exceljsMs: number;
  readonly floorMs: number;
}

function inChild(which: 'ours' | 'exceljs', file: string, runs: number, warmRounds: number): number[] {
  const out = execFileSync(process.execPath, [path.join(__dirname, 'readingChild.js'), which, file, String(runs), String(warmRounds)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out) as number[];
}

/** Medians of `runs` rounds after `warmRounds` untimed ones: ours and the floor in one process, ExcelJS in another. */
export function readingTimes(file: string, runs: number, warmRounds: number): ReadingResult {
  const [checkMs, floorMs] = inChild('ours', file, runs, warmRounds) as [number, number];
  const [exceljsMs] = inChild('exceljs', file, runs, warmRounds) as [number];
  return { checkMs, exceljsMs, floorMs };
}
