'use strict';
/**
 * Loads the bundled command line (dist/bundle/juesuan.js) as Node would `require` it, but with V8's code cache
 * for it when `npm run build:cli` left one (dist/bundle/juesuan.js.cache): the functions a `check` runs are then
 * not compiled again on every start. A cache V8 does not accept (another Node version, other flags) is ignored
 * and the script compiles as usual, so a stale cache costs nothing but its own read.
 */
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

function loadBundle(file, { useCache = true } = {}) {
  const source = fs.readFileSync(file, 'utf8');
  let cachedData;
  if (useCache) {
    try {
      cachedData = fs.readFileSync(`${file}.cache`);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const module = { exports: {}, filename: file, id: file };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
  return { exports: module.exports, script };
}

module.exports = { loadBundle };
