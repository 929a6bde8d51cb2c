/**
 * The command line as users start it: bin/juesuan.js runs the bundle that `npm run build:cli` makes
 * (dist/bundle/juesuan.js) with V8's code cache, and must answer exactly as the sources do.
 */
import { execFileSync } from 'child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { SAMPLE_XLSX } from '../../fixtures/build-sample';
import { cli } from '../support/cli';

const ROOT = path.join(__dirname, '..', '..');
const BUNDLE = path.join(ROOT, 'dist', 'bundle', 'juesuan.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadBundle } = require('../../bin/bundle') as {
  loadBundle: (file: string, options?: { useCache?: boolean }) => { exports: { run: unknown }; script: { cachedDataRejected?: boolean } };
};

beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error('dist/bundle/juesuan.js is missing: run `npm run build:cli` first (npm test does).');
});

test('bin/juesuan.js check --json gives the same report as the sources', async () => {
  const fromBin = execFileSync(process.execPath, [path.join(ROOT, 'bin', 'juesuan.js'), 'check', SAMPLE_XLSX, '--json'], { encoding: 'utf8' });
  const fromSources = await cli('check', SAMPLE_XLSX, '--json');
  expect(JSON.parse(fromBin)).toEqual(JSON.parse(fromSources.stdout));
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
