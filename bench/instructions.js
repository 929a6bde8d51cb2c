'use strict';
/**
 * How many machine instructions one warm `juesuan check` runs, beside the floor: a measure of the engine's speed that
 * does not move with the machine's load.
 *
 *   node bench/instructions.js [--few 20] [--many 60] [--only check|floor] workbook.xlsx
 *
 * Runs the bench's `check` and `floor` (readingChild.js, over the compiled command line in dist/) `--few` times and
 * `--many` times, each count in a process of its own under valgrind's cachegrind (`--cache-sim=no`: instructions
 * only), with V8 made repeatable (V8_FLAGS: nothing decided by the clock). One warm call is (count at many − count at
 * few) / (many − few): the start, the module loading and the warm-up cancel out. Prints both per call and their ratio;
 * `--only check` counts the check alone (half the time: to compare two builds, the floor is not needed).
 *
 * Made because this VM's timings are worthless while anything else runs (stop 61: a check of the 5,000-row workbook
 * timed 15–21 ms at a load of 7–10, 9.3 ms idle), and `perf` has no counters here.
 * Repeatable at any load since h259's flags (V8_FLAGS): with `--single-threaded --predictable` alone, one build from
 * one path counted 134.62 and 122.57 M a check (and 137.49 and 123.68 M) on runs 20–40 minutes apart at a load of
 * 7–17, though back-to-back runs agreed to 0.1 M — suspected: the collector's wall-time heuristics (incremental
 * marking's steps, the heap's growing factor) paced by the load under valgrind; which flag cures it was not isolated.
 * With them (h259, 0816ec1, 5,000 rows, `--only check --few 8 --many 16`): 149.78 M from one path beside another
 * count at a load of 18–21; 149.80 M from a path of the same length beside it; 149.78 M beside another count and a
 * jest run 12 minutes later; 149.78 M alone 20 minutes later (load 7–13).
 * Counts from 8 to 16 calls hold more compiling than the default window; compare two builds in one window.
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
  const options = { few: 20, many: 60, file: undefined, only: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--few') options.few = Number(argv[++i]);
    else if (argv[i] === '--many') options.many = Number(argv[++i]);
    else if (argv[i] === '--only') options.only = argv[++i];
    else options.file = path.resolve(argv[i]);
  }
  if (!options.file || !(options.few >= 1) || !(options.many > options.few) || ![undefined, 'check', 'floor'].includes(options.only)) {
    throw new Error('node bench/instructions.js [--few N] [--many M>N] [--only check|floor] workbook.xlsx');
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
 * from one path, or from two paths of one length (h259: /tmp/h259/xa and /tmp/h259/xb, 149.78 and 149.80 M, side by
 * side); a later window (`--few 20 --many 60`) counts less compiling. Under V8_FLAGS the counts of one build repeat to
 * ≈ 0.05 M at any load (see the header); paths of other lengths were not tried with them.
 */
const LOOP = `
const { check, floor, collectGarbage } = require(${JSON.stringify(path.join(__dirname, 'readingChild.js'))});
const [work, file, n] = process.argv.slice(1);
(async () => { for (let i = 0; i < Number(n); i++) { collectGarbage(); await (work === 'floor' ? floor : check)(file); } })()
  .catch((e) => { process.stderr.write(String(e && e.stack || e) + '\\n'); process.exit(1); });
`;

/**
 * V8 made repeatable: nothing it decides by the clock. `--single-threaded --predictable`: no concurrent compiler or
 * collector, no memory reducer. `--no-incremental-marking`: a full collection marks all at once where the old
 * generation reaches its limit, where incremental marking schedules its steps by the wall time since marking began
 * (under valgrind, ≈ 50× slower, and more so at a high load, marking ran over a different number of calls with the
 * write barrier's marking path on). `--heap-growing-percent=100`: the old generation's next limit is twice what
 * survived, not a factor worked out from the timed speeds of the collector and the program. `--no-flush-bytecode`:
 * no function's bytecode thrown away (and compiled again) for the collections it went unused in. `--no-memory-reducer`
 * (implied by `--predictable`, said here): no collection started by a timer.
 */
const V8_FLAGS = [
  '--single-threaded',
  '--predictable',
  '--no-incremental-marking',
  '--heap-growing-percent=100',
  '--no-flush-bytecode',
  '--no-memory-reducer',
];

/** The instructions of one process running `work` `n` times: cachegrind's `I refs`. */
function instructions(work, file, n) {
  const run = spawnSync(
    'valgrind',
    ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, ...V8_FLAGS, '-e', LOOP, work, file, String(n)],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (run.error) throw new Error(`valgrind did not start (${run.error.message}): apt-get install -y valgrind`);
  const refs = /I\s+refs:\s+([\d,]+)/.exec(run.stderr);
  if (run.status !== 0 || !refs) throw new Error(`valgrind ${work} ×${n} failed (exit ${run.status}):\n${run.stderr.slice(-2000)}`);
  return Number(refs[1].replace(/,/g, ''));
}

function main() {
  const { few, many, file, only } = parseArgs(process.argv.slice(2));
  const perCall = (work) => (instructions(work, file, many) - instructions(work, file, few)) / (many - few);
  const millions = (n) => `${(n / 1e6).toFixed(2)} M`;
  if (only !== undefined) {
    process.stdout.write(`instructions a warm call (${few} → ${many} calls): ${only} ${millions(perCall(only))}\n`);
    return;
  }
  const check = perCall('check');
  const floor = perCall('floor');
  process.stdout.write(`instructions a warm call (${few} → ${many} calls): check ${millions(check)}, floor ${millions(floor)}, check/floor ${(check / floor).toFixed(2)}\n`);
}

main();
