'use strict';
/**
 * Where a one-file `juesuan check` spends its cold start, function by function:
 *
 *   node bench/coldStart.js [--runs 5] [--file workbook.xlsx] readGrid recognise readProjectForms runAudit …
 *
 * Copies the built command line (bin/ and dist/bundle/, from `npm run build:cli`) into a temporary folder, wraps
 * each named function declaration of the bundle in a timer, writes the copy's code cache as the build does
 * (scripts/cli-code-cache.js), and checks the file (default: the bundled sample) in `--runs` fresh processes. It prints
 * each function's median time, summed over its calls, and its calls.
 *
 * Made because the CPU profiler misleads here. Sampling a 200 ms start, it charged small functions two to four times
 * their time; stop 58 found `findSheetData` 1.3 ms where the profile said 5.
 * - A function called from a timed one is counted in both.
 * - A wrapper costs about 1 µs a call: time functions called a few hundred times a check at most.
 * - A scavenge (2–5 ms on this VM) falls into whichever function is running when it comes. Read a figure that
 *   changes that much between runs as the collection's, not the function's.
 * - This VM runs JavaScript up to half again slower for minutes at a time (stop 58: the sample's recognition 21 or
 *   30 ms, run after run). Compare two builds by running this on each in turn, a few times over, not an hour apart.
 */
const { spawnSync, execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const SAMPLE = path.join(ROOT, 'assets', 'samples', 'changji-2022.xlsx');
const MARK = 'COLD-START ';
/** Where bin/juesuan.js has finished and is about to exit: the totals are written there. */
const EXIT_ANCHOR = '    if (streamed) process.exitCode = code;';

function parseArgs(argv) {
  const options = { runs: 5, file: SAMPLE, names: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') options.runs = Number(argv[++i]);
    else if (argv[i] === '--file') options.file = path.resolve(argv[++i]);
    else options.names.push(argv[i]);
  }
  if (options.names.length === 0 || !(options.runs > 0)) throw new Error('node bench/coldStart.js [--runs N] [--file workbook.xlsx] functionName…');
  return options;
}

/** The bundle with each named function declaration renamed `<name>_`, and a `<name>` in its place that times each call of it. */
function wrapped(source, names) {
  let out = source;
  for (const name of names) {
    const declaration = new RegExp(`(async )?function ${name}\\(`, 'g');
    const found = [...out.matchAll(declaration)];
    if (found.length !== 1) throw new Error(`the bundle declares ${found.length} functions named ${name}: name one declared once`);
    const timer =
      `function ${name}(...a){const T=globalThis.__coldStart??={};const t=performance.now();` +
      `const done=()=>{const e=T[${JSON.stringify(name)}]??=[0,0];e[0]+=performance.now()-t;e[1]++};let r;` +
      `try{r=${name}_.apply(this,a)}catch(x){done();throw x}` +
      `if(r&&typeof r.then==='function')return r.then((v)=>{done();return v},(x)=>{done();throw x});done();return r}`;
    out = out.replace(declaration, (whole, isAsync) => `${timer}${isAsync ?? ''}function ${name}_(`);
  }
  return out;
}

/** A copy of the command line in `dir` that times `names` and writes the totals to stderr before it exits. */
function timedCopy(dir, names) {
  fs.cpSync(path.join(ROOT, 'bin'), path.join(dir, 'bin'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'dist', 'bundle'), path.join(dir, 'dist', 'bundle'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'scripts', 'cli-code-cache.js'), path.join(dir, 'scripts', 'cli-code-cache.js'));
  fs.cpSync(SAMPLE, path.join(dir, 'assets', 'samples', path.basename(SAMPLE)));
  const bundle = path.join(dir, 'dist', 'bundle', 'juesuan.js');
  // Latin-1 both ways: the bundle is ASCII (webpack.cli.config.js), and is written back byte for byte.
  fs.writeFileSync(bundle, wrapped(fs.readFileSync(bundle, 'latin1'), names), 'latin1');
  const main = path.join(dir, 'bin', 'juesuan.js');
  const text = fs.readFileSync(main, 'utf8');
  if (!text.includes(EXIT_ANCHOR)) throw new Error('bin/juesuan.js no longer has the exit this tool writes its totals at: update EXIT_ANCHOR');
  fs.writeFileSync(main, text.replace(EXIT_ANCHOR, `    require('fs').writeSync(2, ${JSON.stringify(MARK)} + JSON.stringify(globalThis.__coldStart ?? {}) + '\\n');\n${EXIT_ANCHOR}`));
  execFileSync(process.execPath, [path.join(dir, 'scripts', 'cli-code-cache.js')], { stdio: 'inherit' });
  return main;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function main() {
  const { runs, file, names } = parseArgs(process.argv.slice(2));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-cold-'));
  try {
    const cli = timedCopy(dir, names);
    const totals = names.map(() => ({ ms: [], calls: [] }));
    for (let run = 0; run < runs; run++) {
      const { stderr } = spawnSync(process.execPath, [cli, 'check', file], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
      const line = stderr.split('\n').find((l) => l.startsWith(MARK));
      if (line === undefined) throw new Error(`the check wrote no totals:\n${stderr}`);
      const times = JSON.parse(line.slice(MARK.length));
      names.forEach((name, i) => {
        totals[i].ms.push(times[name]?.[0] ?? 0);
        totals[i].calls.push(times[name]?.[1] ?? 0);
      });
    }
    const rows = names.map((name, i) => ({ name, ms: median(totals[i].ms), calls: median(totals[i].calls), all: totals[i].ms }));
    for (const r of rows.sort((a, b) => b.ms - a.ms)) {
      process.stdout.write(`${r.ms.toFixed(2).padStart(8)} ms ${String(r.calls).padStart(6)} calls  ${r.name}  (${r.all.map((x) => x.toFixed(1)).join(' ')})\n`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
