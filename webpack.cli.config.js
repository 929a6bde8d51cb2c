'use strict';
/**
 * Bundles the compiled command line (dist/, from `tsc -p tsconfig.cli.json`) into one file per entry, so that
 * `juesuan` starts by compiling one script instead of resolving, reading and wrapping some 160 modules: the
 * command line's start-up is most of a one-file `check`. Packages from node_modules (ExcelJS, docx…) stay
 * `require`d at run time, and only by the commands that need them. Comments and layout are taken out and local
 * variables renamed, functions are not (CompactPlugin): a stack trace still names every function.
 *
 * dist/bundle/juesuan.js is what bin/juesuan.js runs; dist/bundle/worker.js is the batch worker that
 * dist/bundle/juesuan.js starts (src/cli/batch/run.ts looks for worker.js beside itself), and
 * dist/bundle/legacyWorker.js the thread that parses .xls, .et and .ods files (src/cli/legacyThread.ts).
 */
const path = require('path');
const { minify } = require('terser');
const { WRAPPER } = require('./bin/bundle');

/**
 * Takes the comments and the layout out of every bundle and gives local variables short names, and nothing else:
 * no rewriting (terser's `compress` off), and every function and class keeps its name (`keep_fnames`,
 * `keep_classnames`), so the code that runs is the code tsc wrote and a stack trace names its functions.
 * A start reads the whole bundle into one string, and on this VM memory touched for the first time is most of
 * what a start costs (≈ 20 µs a page): without the comments and layout the main bundle is a
 * third smaller, with short local names a fifth smaller again (714 and 576 KB today; V8 compiles the same bytecode
 * from either).
 * Before the ASCII escaping, which then sees the strings terser printed.
 */
class CompactPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CompactPlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name: 'CompactPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 }, async (assets) => {
        for (const name of Object.keys(assets)) {
          if (!name.endsWith('.js')) continue;
          const result = await minify(assets[name].source().toString(), {
            compress: false,
            mangle: { keep_fnames: true, keep_classnames: true },
            keep_fnames: true,
            keep_classnames: true,
            format: { comments: false },
          });
          if (result.code === undefined) throw new Error(`CompactPlugin: terser returned nothing for ${name}`);
          compilation.updateAsset(name, new sources.RawSource(result.code));
        }
      });
    });
  }
}

/**
 * Writes the bundles in ASCII, every other character as a `\uXXXX` escape (the messages, labels and comments
 * are Chinese). Node reads an ASCII file into a one-byte string, half the memory of the two-byte string any other
 * character forces (and a second copy when bin/bundle.js wraps it), read and compiled faster: `juesuan check` of
 * the sample starts about 3% sooner. The escape means the same in strings, templates, regular expressions,
 * identifiers and comments. It would not right after a backslash (`\决` would become a backslash and `u51b3`),
 * where the build fails rather than change what the code says, nor in a template's raw text (`String.raw`), which
 * the command line does not use.
 */
class AsciiOnlyPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('AsciiOnlyPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'AsciiOnlyPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE }, (assets) => {
        for (const name of Object.keys(assets)) {
          if (!name.endsWith('.js')) continue;
          const source = assets[name].source().toString();
          const escaped = source.replace(/(\\*)([^\x00-\x7f])/g, (_whole, backslashes, char) => {
            if (backslashes.length % 2 === 1) throw new Error(`${name}: a backslash before “${char}” would change its meaning once escaped`);
            return `${backslashes}\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
          });
          compilation.updateAsset(name, new sources.RawSource(escaped));
        }
      });
    });
  }
}

/**
 * Writes the main bundle (juesuan.js, which bin/bundle.js loads) already inside Node's module wrapper (WRAPPER in
 * bin/bundle.js), so that the loader compiles the file's text as it is read. Wrapped at load time instead, the text
 * is a joined string that V8 copies whole into one before compiling: 870 KB more fresh memory on every start, where
 * a page touched for the first time is what a start mostly costs (≈ 190 of a `check`'s 5,800 page faults, ≈ 4% of
 * its time on a 2-vCPU VM). Only that file: the two workers are started by Node as ordinary scripts.
 */
class ModuleWrapperPlugin {
  constructor(asset) {
    this.asset = asset;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('ModuleWrapperPlugin', (compilation) => {
      // After the ASCII escaping (its stage is OPTIMIZE_SIZE): the wrapper is ASCII itself.
      compilation.hooks.processAssets.tap({ name: 'ModuleWrapperPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING }, (assets) => {
        const source = assets[this.asset]?.source().toString();
        if (source === undefined) throw new Error(`ModuleWrapperPlugin: no asset ${this.asset}`);
        compilation.updateAsset(this.asset, new sources.RawSource(`${WRAPPER[0]}${source}${WRAPPER[1]}`));
      });
    });
  }
}

module.exports = {
  mode: 'production',
  target: 'node20',
  context: __dirname,
  entry: {
    juesuan: './dist/cli/main.js',
    worker: './dist/cli/batch/worker.js',
    legacyWorker: './dist/cli/legacyWorker.js',
  },
  output: {
    path: path.join(__dirname, 'dist', 'bundle'),
    filename: '[name].js',
    library: { type: 'commonjs2' },
    clean: true,
  },
  // __dirname and __filename as Node sees them at run time (the worker is found beside the bundle).
  node: { __dirname: false, __filename: false },
  externalsPresets: { node: true },
  // Anything not relative is a package from node_modules: required at run time, not bundled.
  externals: [({ request }, callback) => (/^[^./]/.test(request) ? callback(null, `commonjs ${request}`) : callback())],
  optimization: { minimize: false, concatenateModules: true },
  devtool: false,
  performance: { hints: false },
  stats: 'errors-warnings',
  plugins: [new CompactPlugin(), new AsciiOnlyPlugin(), new ModuleWrapperPlugin('juesuan.js')],
};
