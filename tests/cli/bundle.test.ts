/**
 * The command line as users start it: bin/juesuan.js runs the bundle that `npm run build:cli` makes
 * (dist/bundle/juesuan.js) with V8's code cache, and must answer exactly as the sources do.
 */
import { execFileSync, spawnSync } from 'child_process';
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'fs';
import Module from 'module';
import os from 'os';
import path from 'path';
import { Worker } from 'worker_threads';
import { SAMPLE_XLSX } from '../../fixtures/build-sample';
import { xlsxToXls } from '../../fixtures/legacy';
import { cli } from '../support/cli';

const ROOT = path.join(__dirname, '..', '..');
const BUNDLE = path.join(ROOT, 'dist', 'bundle', 'juesuan.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadBundle, WRAPPER } = require('../../bin/bundle') as {
  loadBundle: (file: string, options?: { useCache?: boolean }) => { exports: { run: unknown }; script: { cachedDataRejected?: boolean } };
  WRAPPER: readonly [string, string];
};

beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error('dist/bundle/juesuan.js is missing: run `npm run build:cli` first (npm test does).');
});

test('bin/juesuan.js check --json gives the same report as the sources', async () => {
  const fromBin = execFileSync(process.execPath, [path.join(ROOT, 'bin', 'juesuan.js'), 'check', SAMPLE_XLSX, '--json'], { encoding: 'utf8' });
  const fromSources = await cli('check', SAMPLE_XLSX, '--json');
  expect(JSON.parse(fromBin)).toEqual(JSON.parse(fromSources.stdout));
});

test('the bundled parsing worker (dist/bundle/legacyWorker.js) starts, says it is ready and answers with the workbook', async () => {
  const worker = new Worker(path.join(ROOT, 'dist', 'bundle', 'legacyWorker.js'));
  try {
    const messages: unknown[] = [];
    const answered = new Promise<void>((resolve, reject) => {
      worker.on('message', (m: unknown) => {
        messages.push(m);
        if (messages.length === 2) resolve();
      });
      worker.on('error', reject);
    });
    worker.postMessage({ bytes: xlsxToXls(readFileSync(SAMPLE_XLSX)), format: 'xls' });
    await answered;
    expect(messages[0]).toBe('ready');
    expect(messages[1]).toMatchObject({ book: { SheetNames: expect.arrayContaining(['收入支出决算总表', '项目支出绩效自评表']) } });
  } finally {
    await worker.terminate();
  }
});

test('bin/juesuan.js check of an .xls parses it on the bundled worker and gives the same report as the sources', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'juesuan-bundle-xls-'));
  try {
    const xls = path.join(dir, 'changji-2022.xls');
    writeFileSync(xls, xlsxToXls(readFileSync(SAMPLE_XLSX)));
    // NODE_DEBUG=worker: Node says on stderr which worker scripts it starts.
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'juesuan.js'), 'check', xls, '--json'], { encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'worker' } });
    expect(run.stderr).toContain(`starts worker script ${path.join(ROOT, 'dist', 'bundle', 'legacyWorker.js')}`);
    const fromSources = await cli('check', xls, '--json');
    expect([run.status, fromSources.code]).toEqual([0, 0]);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(fromSources.stdout));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a check of an .xlsx loads no worker-thread module: the thread that parses .xls files starts only for them', () => {
  const script = `
    const { loadBundle } = require(${JSON.stringify(path.join(ROOT, 'bin', 'bundle.js'))});
    const { exports } = loadBundle(${JSON.stringify(BUNDLE)});
    exports.run(['check', ${JSON.stringify(SAMPLE_XLSX)}], { stdout: () => {}, stderr: () => {} })
      .then((code) => process.stdout.write(JSON.stringify({ code, loaded: process.moduleLoadList.filter((m) => m.includes('worker_threads')) })));`;
  const { code, loaded } = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as { code: number; loaded: string[] };
  expect(code).toBe(0);
  expect(loaded).toEqual([]);
});

test('bin/juesuan.js --version finds package.json from the bundle too', async () => {
  const fromBin = execFileSync(process.execPath, [path.join(ROOT, 'bin', 'juesuan.js'), '--version'], { encoding: 'utf8' });
  expect(fromBin.trim()).toBe((await cli('--version')).stdout);
  expect(fromBin.trim()).toMatch(/^juesuan \d+\.\d+\.\d+$/);
});

test('the code cache built with the bundle is accepted by this Node', () => {
  const { script, exports } = loadBundle(BUNDLE);
  expect(typeof exports.run).toBe('function');
  expect(script.cachedDataRejected).toBe(false);
});

test('the bundles carry no comments and no layout, and every function keeps its name (a start reads less; a stack trace still names the code)', () => {
  for (const [name, fn] of [['juesuan.js', 'async function checkFile('], ['worker.js', 'async function checkFile('], ['legacyWorker.js', 'function parseAnswer(']] as const) {
    const text = readFileSync(path.join(ROOT, 'dist', 'bundle', name), 'utf8');
    expect([name, /\/\*\*|^\s*\/\/ /m.test(text), /\n {2}/.test(text)]).toEqual([name, false, false]);
    expect([name, text.includes(fn)]).toEqual([name, true]);
  }
  // Local variables are renamed (src/cli/batch/run.ts's `const useWorkers = …`): less to read on every start.
  expect(readFileSync(BUNDLE, 'utf8').includes('useWorkers')).toBe(false);
});

test('bin/juesuan.js writes its report straight to the file descriptor: Node\'s stdout stream is never set up', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'juesuan-bundle-out-'));
  try {
    const out = path.join(dir, 'out.txt');
    const hook = path.join(dir, 'hook.js');
    // Says on exit which of Node's modules were loaded (to stderr, by descriptor: the hook must not load them).
    writeFileSync(hook, `process.on('exit', () => require('fs').writeSync(2, JSON.stringify(process.moduleLoadList)));`);
    const fd = openSync(out, 'w');
    let run;
    try {
      run = spawnSync(process.execPath, ['-r', hook, path.join(ROOT, 'bin', 'juesuan.js'), 'check', SAMPLE_XLSX], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    } finally {
      closeSync(fd);
    }
    const loaded = JSON.parse(run.stderr) as string[];
    expect(readFileSync(out, 'utf8')).toMatch(/^.*changji-2022\.xlsx：错误 0 个，尾差 \d+ 个，提示 \d+ 个\n/);
    expect(loaded.filter((m) => /sync_write_stream|\btty\b/.test(m))).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bin/juesuan.js stops quietly when the reader of its output goes away (juesuan check … | head), instead of an EPIPE error', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'juesuan-bundle-pipe-'));
  try {
    // Thirty workbooks: a JSON report of ≈ 330 KB, more than a pipe holds, so writing goes on after head has left.
    for (let i = 1; i <= 30; i++) copyFileSync(SAMPLE_XLSX, path.join(dir, `s${i}.xlsx`));
    const command = `"${process.execPath}" "${path.join(ROOT, 'bin', 'juesuan.js')}" check "${dir}" --json | head -c 20`;
    const run = spawnSync('sh', ['-c', command], { encoding: 'utf8' });
    expect(run.stdout).toBe('{\n  "files": [\n    {');
    expect(run.stderr).toBe('');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the bundle is written inside the module wrapper of Node (compiled as read, no copy joined on each start); one without it, or with a byte-order mark before it, still loads', () => {
  const text = readFileSync(BUNDLE, 'utf8');
  expect([text.startsWith(WRAPPER[0]), text.endsWith(WRAPPER[1])]).toEqual([true, true]);
  expect(Module.wrap('x')).toBe(WRAPPER.join('x'));
  // The workers are started by Node as ordinary scripts: not wrapped.
  expect(readFileSync(path.join(ROOT, 'dist', 'bundle', 'worker.js'), 'utf8').startsWith(WRAPPER[0])).toBe(false);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'juesuan-bundle-unwrapped-'));
  try {
    for (const [name, content] of [
      ['unwrapped.js', text.slice(WRAPPER[0].length, text.length - WRAPPER[1].length)],
      ['bom.js', `\uFEFF${text}`],
      ['crlf.js', `\r\n${text.replace(/\n/g, '\r\n')}`],
    ] as const) {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      expect([name, typeof loadBundle(file, { useCache: false }).exports.run]).toEqual([name, 'function']);
    }
    // A file that is no command line says so, instead of a TypeError later.
    const other = path.join(dir, 'other.js');
    writeFileSync(other, 'module.exports = {};');
    expect(() => loadBundle(other, { useCache: false })).toThrow(/不是可运行的决算公开助手命令行/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a cache V8 does not accept is ignored: the bundle still runs', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'juesuan-bundle-'));
  try {
    const copy = path.join(dir, 'juesuan.js');
    copyFileSync(BUNDLE, copy);
    writeFileSync(`${copy}.cache`, Buffer.from('not a code cache'));
    const { script, exports } = loadBundle(copy);
    expect(script.cachedDataRejected).toBe(true);
    expect(typeof exports.run).toBe('function');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the command line compiles and runs under its own V8 flags (bin/bundle.js V8_FLAGS): a code cache made without them is not taken, one the build made is', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'juesuan-bundle-flags-'));
  try {
    const copy = path.join(dir, 'juesuan.js');
    copyFileSync(BUNDLE, copy);
    // A cache of the same text, made by a Node left at V8's defaults.
    const make = `const vm = require('vm'); const fs = require('fs'); const f = ${JSON.stringify(copy)};
      fs.writeFileSync(f + '.cache', new vm.Script(fs.readFileSync(f, 'utf8'), { filename: f }).createCachedData());`;
    execFileSync(process.execPath, ['-e', make]);
    const load = (file: string) =>
      execFileSync(process.execPath, ['-e', `process.stdout.write(String(require(${JSON.stringify(path.join(ROOT, 'bin', 'bundle.js'))}).loadBundle(${JSON.stringify(file)}).script.cachedDataRejected))`], { encoding: 'utf8' });
    // The flags are set for the V8 they were measured on (Node 20's); elsewhere the defaults stay, and that cache fits.
    expect(load(copy)).toBe(String(process.versions.v8.startsWith('11.')));
    expect(load(BUNDLE)).toBe('false');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
