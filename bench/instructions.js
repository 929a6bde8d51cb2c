'use strict';
/**
 * How many machine instructions one warm `juesuan check` runs, beside the floor: a measure of the engine's speed that
 * does not move with the machine's load.
 *
 *   node bench/instructions.js [--few 20] [--many 60] workbook.xlsx
 *
 * Runs the bench's `check` and `floor` (readingChild.js, over the compiled command line in dist/) `--few` times and
 * `--many` times, each count in a process of its own under valgrind's cachegrind (`--cache-sim=no`: instructions
 * only), with V8 made repeatable (`--single-threaded --predictable`: no concurrent compiler, no timers deciding when
 * to optimise). One warm call is (count at many − count at few) / (many − few): the start, the module loading and the
 * warm-up cancel out. Prints both per call and their ratio.
 *
 * Made because this VM's timings are worthless while anything else runs (stop 61: a check of the 5,000-row workbook
 * timed 15–21 ms at a load of 7–10, 9.3 ms idle), and `perf` has no counters here. The counts repeat to within
 * ≈ 1,500 instructions run after run (stop 61: 124.0 M a check on ac345e6, 126.6 M after that stop's reading and
 * audit changes, 13.9 M the floor), so two builds are compared to a fraction of a per cent at any load.
 * - An instruction is not a nanosecond: zlib's native inflater does more per instruction than JIT-compiled JavaScript
 *   does, so the ratio here (≈ 9×) is not the bench's time ratio (≈ 5.5×). Compare builds with it; the budget is the
 *   bench's.
 * - Each run takes minutes (valgrind runs node some 50× slower): the default on a department-sized workbook, some
 *   10 minutes. Fewer calls warm V8 less: counted from 10 to 30 calls, a check of the 5,000-row workbook was 135.5 M
 *   (its functions still being optimised in the counted calls, on the main thread under `--single-threaded`), from
 *   20 to 60 calls 126.45 M (the floor 14.78 M: 8.55×; stop 62, f1e5684).
 * Needs valgrind (`apt-get install -y valgrind`) and a built command line (`npm run build:cli`).
 */
const { spawnSync } = require('child_process');
const path = require('path');

function parseArgs(argv) {
  const options = { few: 20, many: 60, file: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--few') options.few = Number(argv[++i]);
    else if (argv[i] === '--many') options.many = Number(argv[++i]);
    else options.file = path.resolve(argv[i]);
  }
  if (!options.file || !(options.few >= 1) || !(options.many > options.few)) {
    throw new Error('node bench/instructions.js [--few N] [--many M>N] workbook.xlsx');
  }
  return options;
}

/**
 * The loop valgrind runs: `work` of readingChild.js `n` times over `file`, the young generation collected before
 * each call (as the bench times it). Without it a scavenge lands wherever the allocation happens to fill the
 * nursery; with it every call starts from an empty nursery and pays for the garbage it leaves (stop 66: two runs of
 * 4506f33 from one path, 131.28 and 131.61 M).
 * What it does not cure: the count moves with the path the build runs from (stop 66, h196: one build 131.5–147.6 M
 * from four directories, each repeating to 0.1 M in its own) and with when V8 optimises — some 40% of the counted calls'
 * instructions are TurboFan compiling (h198: `--trace-opt`, 1,552 of 3,493 ms in calls 10–29). So compare two builds
 * from one and the same path, one after the other, and treat a difference under ≈ 5 M as none; a later window
 * (`--few 20 --many 60`) counts less compiling.
 */
const LOOP = `
const { check, floor, collectGarbage } = require(${JSON.stringify(path.join(__dirname, 'readingChild.js'))});
const [work, file, n] = process.argv.slice(1);
(async () => { for (let i = 0; i < Number(n); i++) { collectGarbage(); await (work === 'floor' ? floor : check)(file); } })()
  .catch((e) => { process.stderr.write(String(e && e.stack || e) + '\\n'); process.exit(1); });
`;

/** The instructions of one process running `work` `n` times: cachegrind's `I refs`. */
function instructions(work, file, n) {
  const run = spawnSync(
    'valgrind',
    ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, '--single-threaded', '--predictable', '-e', LOOP, work, file, String(n)],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (run.error) throw new Error(`valgrind did not start (${run.error.message}): apt-get install -y valgrind`);
  const refs = /I\s+refs:\s+([\d,]+)/.exec(run.stderr);
  if (run.status !== 0 || !refs) throw new Error(`valgrind ${work} ×${n} failed (exit ${run.status}):\n${run.stderr.slice(-2000)}`);
  return Number(refs[1].replace(/,/g, ''));
}

function main() {
  const { few, many, file } = parseArgs(process.argv.slice(2));
  const perCall = (work) => (instructions(work, file, many) - instructions(work, file, few)) / (many - few);
  const check = perCall('check');
  const floor = perCall('floor');
  const millions = (n) => `${(n / 1e6).toFixed(2)} M`;
  process.stdout.write(`instructions a warm call (${few} → ${many} calls): check ${millions(check)}, floor ${millions(floor)}, check/floor ${(check / floor).toFixed(2)}\n`);
}

main();
