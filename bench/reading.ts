/**
 * One workbook file checked, against ExcelJS only loading it and against the floor: reading the file as `juesuan
 * check` reads it (synchronously, into the buffer of the file before) and inflating every part of the zip with Node's
 * zlib, which no reader of .xlsx can go below. The floor inflates as our reader does (one output chunk of the size the
 * zip declares, `zlibChunkOptions`): the best zlib can do with what the file says.
 *
 * Each reader runs in a process of its own (readingChild.js): ours beside the floor, ExcelJS alone, each warmed and
 * then timed round after round, as a batch's worker reads file after file. In one process ExcelJS's heap (its model
 * of a 5,000-row workbook, promoted to the old generation) was marked and swept inside our timed checks: a check of
 * 5,000 rows timed 21–24 ms there against 13–15 alone, and moved with how ExcelJS was warmed (stop 32's runs D and
 * E), while what is compared is each reader at its own steady pace.
 */
import { execFileSync } from 'child_process';
import path from 'path';
import { median } from './stats';

export interface ReadingResult {
  readonly checkMs: number;
  readonly exceljsMs: number;
  readonly floorMs: number;
  /** Each process's own ratio of its check's median to its floor's, in the order they ran: the spread the pool evens out. */
  readonly vsFloorByProcess: readonly number[];
}

/** The times of every timed round, one list per work of `which`. */
function inChild(which: 'ours' | 'exceljs', file: string, runs: number, warmRounds: number): number[][] {
  const out = execFileSync(process.execPath, [path.join(__dirname, 'readingChild.js'), which, file, String(runs), String(warmRounds)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out) as number[][];
}

/**
 * Medians of `runs` rounds after `warmRounds` untimed ones in each of `processes` processes, the rounds of all of them
 * pooled: ours and the floor in one process, then ExcelJS in another, process after process (a busy minute of the shared
 * machine falls on both readers alike). Pooled because one process's ratio to the floor is one draw of how V8 happened
 * to compile that process (which functions, when, in which tier) and of what the machine did meanwhile: ten processes
 * of one build on the 5,000-row workbook, each timed over the same rounds, gave 2.45 to 5.90× (measured on this VM,
 * stop 55 of the project's sessions), most of it the floor's own: it read the file with fs.promises.readFile then,
 * 1.8–2.6 ms of a process against 1.2–1.4 read as the check reads (readingChild.js; stop 58: eight processes 5.6–6.5×). Three pooled
 * narrow what is left, and do not remove it: each process's own ratio is returned beside, to be read with the pooled
 * one.
 */
export function readingTimes(file: string, runs: number, warmRounds: number, processes = 1): ReadingResult {
  const check: number[] = [];
  const floor: number[] = [];
  const exceljs: number[] = [];
  const vsFloorByProcess: number[] = [];
  for (let p = 0; p < processes; p++) {
    const [c, f] = inChild('ours', file, runs, warmRounds) as [number[], number[]];
    check.push(...c);
    floor.push(...f);
    vsFloorByProcess.push(median(c) / median(f));
    exceljs.push(...inChild('exceljs', file, runs, warmRounds)[0]!);
  }
  return { checkMs: median(check), exceljsMs: median(exceljs), floorMs: median(floor), vsFloorByProcess };
}
