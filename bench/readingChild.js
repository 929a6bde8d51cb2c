// One reader timed in a process of its own (reading.ts starts it): `ours` is `juesuan check`'s reading and engine
// beside the floor (the file read as `juesuan check` reads it, and Node's zlib inflating every part of the zip),
// `exceljs` is ExcelJS loading the workbook. Plain JavaScript over the compiled command line (dist/, as `juesuan
// check` runs it): under ts-node the process would also hold TypeScript's compiler, ≈ 100 MB of old generation that
// every young-generation collection in a timed check would have to scan (scavenges of 15–20 ms against 6–16 without
// it, measured on a 5,000-row workbook).
// Prints every timed round's time, one list per work, as JSON: reading.ts pools the rounds of several processes.
// warmPhases.js requires this file for `check`, `floor` and `collectGarbage`, to time the same works in the same window
// phase by phase: `main` runs only when the file is started as a script.
'use strict';
const fs = require('fs');
const { inflateRawSync } = require('zlib');
const { setFlagsFromString } = require('v8');
const { runInNewContext } = require('vm');
const { checkFile } = require('../dist/cli/batch/checkFile');
const { entryBytes, readDirectory } = require('../dist/hosts/xlsx/ooxml/zip');
const { zlibChunkOptions } = require('../dist/hosts/xlsx/ooxml/inflate');
const { withFileBytes } = require('../dist/cli/files');

async function check(file) {
  const report = await checkFile(file, undefined);
  if ('error' in report) throw new Error(report.error);
}

/**
 * The floor: the file read as the check reads it (withFileBytes: synchronously, into the buffer the last file was read
 * into), then every part inflated. Read with fs.promises.readFile instead (a fresh buffer each time, four trips to the
 * thread pool), the floor took 1.8–2.6 ms against 1.2–1.4 for the same bytes, and most of its spread between
 * processes: a floor the check itself goes below, which put the check at 3.4–4.6× it where it is 5.6–7.6× (stop 58,
 * 5,000 rows: five processes timing both floors side by side, eight of this one).
 */
async function floor(file) {
  await withFileBytes(file, async (bytes) => {
    for (const entry of readDirectory(bytes).values()) await entryBytes(bytes, entry, (d, size) => inflateRawSync(d, zlibChunkOptions(d.length, size)));
  });
}

// Loaded only in ExcelJS's own process: ours is timed without ExcelJS's modules in its heap.
async function exceljsLoad(file) {
  const ExcelJS = require('exceljs');
  await new ExcelJS.Workbook().xlsx.load(await fs.promises.readFile(file));
}

const WORKS = { ours: [check, floor], exceljs: [exceljsLoad] };

// The young generation collected before each timed piece, so that one piece does not pay for the garbage the one
// before left there. A minor collection on purpose: a full one throws away compiled code and type feedback — with
// bare `gc()` (memory-reducing) or a plain mark-compact every round timed a recompile (a check of 5,000 rows 100–200
// ms against 45–60, with 10–26 functions optimised anew inside each timed check). Asked for by name: Node 20's V8
// reads any options object, `{ type: 'major' }` too, as a minor collection (`--trace-gc` shows a Scavenge), a later
// V8 may not.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
const collectGarbage = () => gc({ type: 'minor' });

// `warmRounds` untimed rounds, then `runs` timed ones, each round timing the works in turn (so that a busy moment
// hits them alike). Warmed because a check of a department-sized workbook reaches its steady pace only in its tenth
// to twelfth round (V8 optimising the reader's and the rules' functions; measured: 115, 53, 35, 18, 21, 36, 16, 15,
// 37, 17, 15, 13, then 12 ms a round), where zlib's inflater is native code from the first.
async function main() {
  const [which, file, runs, warmRounds] = process.argv.slice(2);
  const works = WORKS[which];
  if (!works || !file) throw new Error('readingChild.js ours|exceljs <file> <runs> <warmRounds>');
  for (let i = 0; i < Number(warmRounds); i++) for (const work of works) await work(file);
  const times = works.map(() => []);
  for (let i = 0; i < Number(runs); i++) {
    for (const [w, work] of works.entries()) {
      collectGarbage();
      const start = performance.now();
      await work(file);
      times[w].push(performance.now() - start);
    }
  }
  process.stdout.write(`${JSON.stringify(times)}\n`);
}

module.exports = { check, floor, collectGarbage };

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
