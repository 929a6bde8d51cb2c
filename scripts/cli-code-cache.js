'use strict';
/**
 * Writes V8's code cache for the bundled command line (dist/bundle/juesuan.js.cache), taken after one quiet
 * `check` of the bundled sample so that it holds the functions a check runs, not only the top level. Run by
 * `npm run build:cli` after the bundle; bin/bundle.js reads the cache, and ignores it when V8 does not accept it.
 */
const fs = require('fs');
const path = require('path');
const { loadBundle } = require('../bin/bundle');

const root = path.join(__dirname, '..');
const bundle = path.join(root, 'dist', 'bundle', 'juesuan.js');
const sample = path.join(root, 'assets', 'samples', 'changji-2022.xlsx');
const quiet = { stdout: () => {}, stderr: () => {} };

async function main() {
  fs.rmSync(`${bundle}.cache`, { force: true });
  const { exports, script } = loadBundle(bundle, { useCache: false });
  if (fs.existsSync(sample)) await exports.run(['check', sample], quiet);
  fs.writeFileSync(`${bundle}.cache`, script.createCachedData());
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
