'use strict';
/**
 * Loads the bundled command line (dist/bundle/juesuan.js) as Node would `require` it, but with V8's code cache
 * for it when `npm run build:cli` left one (dist/bundle/juesuan.js.cache): the functions a `check` runs are then
 * not compiled again on every start. A cache V8 does not accept (another Node version, other flags) is ignored
 * and the script compiles as usual, so a stale cache costs nothing but its own read.
 *
 * The build writes the bundle inside Node's module wrapper (webpack.cli.config.js, ModuleWrapperPlugin), so its
 * text is compiled as read, not joined to the wrapper first (a copy of the whole text on every start). A bundle
 * without it (an older build) is wrapped here.
 */
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

const WRAPPER_START = Module.wrap('').slice(0, Module.wrap('').indexOf('{') + 1);

function loadBundle(file, { useCache = true } = {}) {
  const text = fs.readFileSync(file, 'utf8');
  const source = text.startsWith(WRAPPER_START) ? text : Module.wrap(text);
  let cachedData;
  if (useCache) {
    try {
      cachedData = fs.readFileSync(`${file}.cache`);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(source, { filename: file, cachedData });
  const module = { exports: {}, filename: file, id: file };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
  return { exports: module.exports, script };
}

module.exports = { loadBundle };
