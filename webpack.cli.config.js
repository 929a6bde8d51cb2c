'use strict';
/**
 * Bundles the compiled command line (dist/, from `tsc -p tsconfig.cli.json`) into one file per entry, so that
 * `juesuan` starts by compiling one script instead of resolving, reading and wrapping some 160 modules: the
 * command line's start-up is most of a one-file `check`. Packages from node_modules (ExcelJS, docx…) stay
 * `require`d at run time, and only by the commands that need them. Not minified: stack traces stay readable.
 *
 * dist/bundle/juesuan.js is what bin/juesuan.js runs; dist/bundle/worker.js is the batch worker that
 * dist/bundle/juesuan.js starts (src/cli/batch/run.ts looks for worker.js beside itself).
 */
const path = require('path');

module.exports = {
  mode: 'production',
  target: 'node20',
  context: __dirname,
  entry: {
    juesuan: './dist/cli/main.js',
    worker: './dist/cli/batch/worker.js',
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
};
