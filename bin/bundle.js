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
const { isAscii } = require('buffer');

/** Node's module wrapper, written out: the build and the loader must agree on it, whatever patches Module.wrap. */
const WRAPPER = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];

/**
 * The V8 flags a command-line run compiles and runs with, set before the bundle is compiled, here and by the build
 * when it writes the code cache (V8 takes a cache only under the flags it was made with: the same call makes both).
 * A `check` is over in a fraction of a second; V8's defaults are tuned for pages that run for minutes.
 * - `--interrupt-budget`, 4× V8's 67,584: a function is optimised by TurboFan after four times as much of its
 *   bytecode has run. In a run this short most optimisations were never repaid: they compiled on the second core
 *   and in fresh memory (on this VM ≈ 20 µs a page first touched) while the check went on without them. Measured
 *   (interleaved starts, medians): the sample's check 222 → 207 ms, a 5,000-row workbook's 366 → 319 ms, a
 *   20,000-row one's 536 → 465 ms. Code that runs long still is optimised.
 * - `--regexp-tier-up-ticks`, 20 for V8's 1: a regular expression is interpreted for its first 20 runs before it
 *   is compiled to machine code. The text rules' patterns mostly run a few times in a check of one workbook, and
 *   compiling them cost more than interpreting them (≈ 5 ms of the sample's check).
 * Only for V8 11 (Node 20), where they were measured: another V8 may name them otherwise, and says so on stderr.
 */
const V8_FLAGS = '--interrupt-budget=270336 --regexp-tier-up-ticks=20';

function setRunFlags() {
  if (process.versions.v8.startsWith('11.')) require('v8').setFlagsFromString(V8_FLAGS);
}

/** Whether the text is a wrapped bundle (a byte-order mark or blank lines before it are whitespace to the parser). */
function isWrapped(text) {
  return text.replace(/^[\uFEFF\s]*/, '').startsWith(WRAPPER[0].trimEnd());
}

/**
 * The bundle's text. The build writes it in ASCII (webpack.cli.config.js, AsciiOnlyPlugin), which read as Latin-1 is
 * the same string as read as UTF-8, made without decoding: a start then touches ≈ 190 fewer fresh pages of memory
 * (measured with `perf stat -e page-faults`: 2,467 against 2,656 for reading the 685 KB bundle in a fresh process),
 * on this VM most of what reading it costs. Any other bundle (a byte-order mark, an older build) is read as UTF-8.
 */
function readText(file) {
  const bytes = fs.readFileSync(file);
  return typeof isAscii === 'function' && isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

function loadBundle(file, { useCache = true } = {}) {
  const text = readText(file);
  const source = isWrapped(text) ? text : `${WRAPPER[0]}${text}${WRAPPER[1]}`;
  let cachedData;
  if (useCache) {
    try {
      cachedData = fs.readFileSync(`${file}.cache`);
    } catch {
      cachedData = undefined;
    }
  }
  setRunFlags();
  const script = new vm.Script(source, { filename: file, cachedData });
  const module = { exports: {}, filename: file, id: file };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
  if (typeof module.exports.run !== 'function') {
    throw new Error(`${file} 不是可运行的决算公开助手命令行（没有 run）：请在项目目录重新运行 npm run build:cli。`);
  }
  return { exports: module.exports, script };
}

module.exports = { loadBundle, WRAPPER };
