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
 * call, so each call is timed; a function called only from inside its own module is not. About 0.1 µs a call: wrap
 * functions called a few hundred times a check at most. Phases are not nested here by default; a phase called from
 * another is counted in both.
 *
 * Made because the sampling profiler cannot tell these apart at this scale (a check of 8 ms, functions of tens of
 * microseconds inlined into one another) and because this VM runs JavaScript up to half again slower for minutes at a
 * time: the phases are timed in the same rounds as the check they make up, and beside the floor, so that a slow
 * minute shows in all of them at once.
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

function parseArgs(argv) {
  const options = { runs: 31, warm: 12, processes: 3, phases: [], file: undefined, child: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') options.runs = Number(argv[++i]);
    else if (a === '--warm') options.warm = Number(argv[++i]);
    else if (a === '--processes') options.processes = Number(argv[++i]);
    else if (a === '--phase') options.phases.push(argv[++i]);
    else if (a === '--child') options.child = true;
    else options.file = path.resolve(a);
  }
  if (!options.file || !(options.runs > 0) || !(options.warm >= 0) || !(options.processes > 0)) {
    throw new Error('node bench/warmPhases.js [--runs N] [--warm N] [--processes N] [--phase module:function …] workbook.xlsx');
  }
  if (options.phases.length === 0) options.phases = DEFAULT_PHASES;
  return options;
}

/** The module a phase names: Node's zlib, or a compiled module of dist/. */
function moduleOf(name) {
  return name === 'zlib' ? zlib : require(path.join(__dirname, '..', 'dist', name));
}

/** Wraps the phase's function in a timer summing its calls (an async one's until it settles); `take` reads and resets. */
function timePhase(phase) {
  const [moduleName, name] = phase.split(':');
  const mod = moduleOf(moduleName);
  const original = mod[name];
  if (typeof original !== 'function') throw new Error(`${phase}: dist/${moduleName} exports no function ${name}`);
  let total = 0;
  mod[name] = function timed(...args) {
    const start = performance.now();
    const done = () => {
      total += performance.now() - start;
    };
    let result;
    try {
      result = original.apply(this, args);
    } catch (e) {
      done();
      throw e;
    }
    if (result && typeof result.then === 'function') return result.finally(done);
    done();
    return result;
  };
  return {
    phase,
    take() {
      const t = total;
      total = 0;
      return t;
    },
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One process: every timed round's check, floor and phases, as JSON on stdout. */
async function child(options) {
  // The floor is readingChild's, taken before any phase is wrapped: its zlib is the real one.
  const { check, floor, collectGarbage } = require('./readingChild');
  const timers = options.phases.map(timePhase);
  const rounds = { check: [], floor: [], phases: timers.map(() => []) };
  for (let i = 0; i < options.warm + options.runs; i++) {
    collectGarbage();
    const start = performance.now();
    await check(options.file);
    const checkMs = performance.now() - start;
    const phases = timers.map((t) => t.take());
    collectGarbage();
    const floorStart = performance.now();
    await floor(options.file);
    const floorMs = performance.now() - floorStart;
    if (i < options.warm) continue;
    rounds.check.push(checkMs);
    rounds.floor.push(floorMs);
    phases.forEach((ms, p) => rounds.phases[p].push(ms));
  }
  process.stdout.write(`${JSON.stringify(rounds)}\n`);
}

/** Each process's medians, then the pooled ones. */
function report(options, processes) {
  const name = (phase) => phase.split(':')[1];
  const columns = [...options.phases.map(name), 'rest', 'check', 'floor', 'check/floor'];
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
    processes.push(JSON.parse(execFileSync(process.execPath, [__filename, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })));
  }
  report(options, processes);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
