'use strict';
/**
 * Loads the bundled command line (dist/bundle/juesuan.js) as Node would `require` it, but with V8's code cache
 * for it when `npm run build:cli` left one (dist/bundle/juesuan.js.cache): the functions a `check` runs are then
 * not compiled again on every start. A cache V8 does not accept (another Node version, other flags) is ignored
 * and the script compiles as usual, so a stale cache costs nothing but its own read.
 *
 * The build writes the bundle inside the module wrapper below (webpack.cli.config.js, ModuleWrapperPlugin), so its
 * text is compiled as read, not joined to the wrapper first (a copy of the whole text on every start). A bundle
 * without it (an older build) is wrapped here.
 */
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

/** Node's module wrapper, written out: the build and the loader must agree on it, whatever patches Module.wrap. */
const WRAPPER = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];

/** Whether the text is a wrapped bundle (a byte-order mark or blank lines before it are whitespace to the parser). */
function isWrapped(text) {
  return text.replace(/^[\uFEFF\s]*/, '').startsWith(WRAPPER[0].trimEnd());
}

function loadBundle(file, { useCache = true } = {}) {
  const text = fs.readFileSync(file, 'utf8');
  const source = isWrapped(text) ? text : `${WRAPPER[0]}${text}${WRAPPER[1]}`;
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
  if (typeof module.exports.run !== 'function') {
    throw new Error(`${file} 不是可运行的决算公开助手命令行（没有 run）：请在项目目录重新运行 npm run build:cli。`);
  }
  return { exports: module.exports, script };
}

module.exports = { loadBundle, WRAPPER };
