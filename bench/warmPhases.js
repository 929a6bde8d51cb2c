'use strict';
/**
 * Where a warm `juesuan check` spends its time, phase by phase, in the window the bench times (readingChild.js: the
 * rounds after the warm-up, each check beside the floor):
 *
 *   node bench/warmPhases.js [--runs 31] [--warm 12] [--processes 3] [--phase module:function …] workbook.xlsx
 *
 * In each of `--processes` processes of their own it wraps the named functions of the compiled command line (dist/,
 * from `npm run build:cli`) in timers, checks the workbook `--warm` times untimed and `--runs` times timed, the floor
 * after each check as the bench times it, and prints every phase's median time a check (its calls summed), the rest of
 * the check (the check less its phases, round by round) and the check against the floor. The 5,000-row workbook the
 * bench reads: `npx ts-node --transpile-only bench/departmentWorkbook.ts out.xlsx`.
 *
 * A phase is an exported function, `module:function` from dist/ (`engine/recognise/recognise:recognise`), or `zlib:name`
 * for Node's zlib. The wrapper replaces the module's export: the compiled modules call one another's functions
 * through their exports (`(0, recognise_1.recognise)(grid)`), and dist/hosts/xlsx/ooxml/inflate.js reads zlib's at each
 * call, so each call is timed. A function called only from inside its own module is not, and one re-exported by
 * another module must be named in the module that defines it; a phase no timed check called stops the run.
 * - A wrapper costs about 0.1 µs a call (its two clock readings): wrap functions called a few hundred times a check
 *   at most.
 * - The default phases do not call one another. A phase called from another is counted in both, and then the rest
 *   of the check is too small (below 0 when the nesting is deep).
 *
 * Made because the sampling profiler cannot tell the parts of a warm check apart: a check of 8–9 ms (stop 58), its
 * small functions inlined into one another. And this VM runs JavaScript up to half again slower for minutes at a
 * time (stop 58; coldStart.js): the phases are timed in the same rounds as the check they make up, beside the floor,
 * so that a slow minute shows in all of them at once.
 */
const { execFileSync } = require('child_process');
const path = require('path');
const zlib = require('zlib');

const DEFAULT_PHASES = [
  'zlib:inflateRawSync',
  'hosts/xlsx/ooxml/sharedStrings:readSharedStringsBytes',
  'hosts/xlsx/ooxml/worksheet:readWorksheetBytes',
  'engine/recognise/recognise:recognise',
  'engine/audit/audit:runAudit',
];

const USAGE = 'node bench/warmPhases.js [--runs N] [--warm N] [--processes N] [--phase module:function …] workbook.xlsx';
const PHASE = /^[\w./-]+:[\w$]+$/;

function parseArgs(argv) {
  const options = { runs: 31, warm: 12, processes: 3, phases: [], file: undefined, child: false };
  const count = (text) => (/^\d+$/.test(text ?? '') ? Number(text) : Number.NaN);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') options.runs = count(argv[++i]);
    else if (a === '--warm') options.warm = count(argv[++i]);
    else if (a === '--processes') options.processes = count(argv[++i]);
    else if (a === '--phase') options.phases.push(argv[++i] ?? '');
    else if (a === '--child') options.child = true;
    else if (a.startsWith('--') || options.file !== undefined) throw new Error(`${a}: not understood. ${USAGE}`);
    else options.file = path.resolve(a);
  }
  if (!options.file || !(options.runs > 0) || !(options.warm >= 0) || !(options.processes > 0)) throw new Error(USAGE);
  const wrong = options.phases.find((p) => !PHASE.test(p));
  if (wrong !== undefined) throw new Error(`--phase ${wrong}: name a phase as module:function (engine/recognise/recognise:recognise). ${USAGE}`);
  if (options.phases.length === 0) options.phases = DEFAULT_PHASES;
  return options;
}

/** The module a phase names: Node's zlib, or a compiled module of dist/. */
function moduleOf(name) {
  return name === 'zlib' ? zlib : require(path.join(__dirname, '..', 'dist', name));
}

/**
 * Wraps the phase's function in a timer summing its calls (an async one's until it settles); `take` reads the time
 * and resets it, `calls` counts every call.
 */
function timePhase(phase) {
  const [moduleName, name] = phase.split(':');
  const mod = moduleOf(moduleName);
  const own = Object.getOwnPropertyDescriptor(mod, name);
  if (!own || typeof own.value !== 'function' || !own.writable) {
    const why = own?.get ? 're-exports it: name the module that defines it' : `exports no function ${name}`;
    throw new Error(`${phase}: ${moduleName === 'zlib' ? 'zlib' : `dist/${moduleName}`} ${why}`);
  }
  const original = own.value;
  const timer = { phase, calls: 0, total: 0 };
  mod[name] = function timed(...args) {
    timer.calls++;
    const start = performance.now();
    const done = () => {
      timer.total += performance.now() - start;
    };
    let result;
    try {
      result = original.apply(this, args);
    } catch (e) {
      done();
      throw e;
    }
    if (result && typeof result.then === 'function') {
      return result.then(
        (value) => {
          done();
          return value;
        },
        (e) => {
          done();
          throw e;
        },
      );
    }
    done();
    return result;
  };
  timer.take = () => {
    const t = timer.total;
    timer.total = 0;
    return t;
  };
  return timer;
}

/** As the bench takes it (bench/stats.ts): the upper middle of an even count. */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** One process: every timed round's check, floor and phases, as JSON on stdout. */
async function child(options) {
  // The floor is readingChild's, taken before any phase is wrapped: its zlib is the real one.
  const { check, floor, collectGarbage } = require('./readingChild');
  const timers = options.phases.map(timePhase);
  // Warmed as readingChild.js warms: the works in turn, no collection between them.
  for (let i = 0; i < options.warm; i++) {
    await check(options.file);
    await floor(options.file);
  }
  const rounds = { check: [], floor: [], phases: timers.map(() => []) };
  const calls = timers.map((t) => t.calls);
  for (let i = 0; i < options.runs; i++) {
    collectGarbage();
    // Read just before and just after the check: whatever else calls a phase (the floor does not) is not its.
    for (const t of timers) t.take();
    const start = performance.now();
    await check(options.file);
    const checkMs = performance.now() - start;
    timers.forEach((t, p) => rounds.phases[p].push(t.take()));
    collectGarbage();
    const floorStart = performance.now();
    await floor(options.file);
    rounds.floor.push(performance.now() - floorStart);
    rounds.check.push(checkMs);
  }
  const unused = timers.find((t, p) => t.calls === calls[p]);
  if (unused) throw new Error(`${unused.phase}: no timed check called it (a function called only inside its module is not timed)`);
  process.stdout.write(`${JSON.stringify(rounds)}\n`);
}

/** Each process's medians, then the pooled ones. */
function report(options, processes) {
  // A function's name, or the whole phase where two modules' functions share it.
  const names = options.phases.map((phase) => phase.split(':')[1]);
  const heading = (phase, i) => (names.filter((n) => n === names[i]).length > 1 ? phase : names[i]);
  const columns = [...options.phases.map(heading), 'rest', 'check', 'floor', 'check/floor'];
  const rowOf = (r) => {
    const rest = r.check.map((c, i) => c - r.phases.reduce((s, p) => s + p[i], 0));
    const check = median(r.check);
    const floorMs = median(r.floor);
    return [...r.phases.map(median), median(rest), check, floorMs, check / floorMs];
  };
  const pooled = {
    check: processes.flatMap((r) => r.check),
    floor: processes.flatMap((r) => r.floor),
    phases: options.phases.map((_, p) => processes.flatMap((r) => r.phases[p])),
  };
  const lines = [...processes.map((r, i) => [`process ${i + 1}`, ...rowOf(r)]), ['pooled', ...rowOf(pooled)]];
  const widths = columns.map((c, i) => Math.max(c.length, ...lines.map((l) => l[i + 1].toFixed(2).length)));
  process.stdout.write(`${'ms a check'.padEnd(10)}  ${columns.map((c, i) => c.padStart(widths[i])).join('  ')}\n`);
  for (const [label, ...values] of lines) process.stdout.write(`${label.padEnd(10)}  ${values.map((v, i) => v.toFixed(2).padStart(widths[i])).join('  ')}\n`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.child) return child(options);
  const args = ['--child', '--runs', String(options.runs), '--warm', String(options.warm), ...options.phases.flatMap((p) => ['--phase', p]), options.file];
  const processes = [];
  for (let p = 0; p < options.processes; p++) {
    let out;
    try {
      out = execFileSync(process.execPath, [__filename, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    } catch {
      // The process said why on stderr.
      process.exitCode = 1;
      return;
    }
    processes.push(JSON.parse(out));
  }
  report(options, processes);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
