'use strict';
/**
 * Builds the task pane (taskpane.html), the ribbon function file (commands.html), the web page (index.html)
 * and the help page into build/, with the icons, the bundled sample and the manifest (production URL in
 * `npm run build`, dev URL for the dev server). ExcelJS is split into its own chunk, loaded only when a
 * workbook file is opened.
 */
const path = require('path');
const fs = require('fs');
const os = require('os');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { contentSecurityPolicy } = require('./scripts/csp');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { productionManifest } = require('./scripts/manifest');
const { PAGES } = require('./scripts/pages');
const zlib = require('zlib');
const pkg = require('./package.json');

/**
 * Reports what the task pane loads first: the initial chunks of its entry, their gzip size, and whether any of
 * them holds ExcelJS or docx (they must load only when a feature needs them). Printed, and kept in
 * build/bundle-report.json for the test and the benchmark.
 */
class InitialBundleReport {
  apply(compiler) {
    compiler.hooks.emit.tap('InitialBundleReport', (compilation) => {
      const entry = compilation.entrypoints.get('taskpane');
      if (!entry) return;
      const chunks = entry.chunks;
      const files = chunks.flatMap((c) => [...c.files]).filter((f) => f.endsWith('.js'));
      const gzipBytes = files.reduce((n, f) => n + zlib.gzipSync(compilation.assets[f].source()).length, 0);
      const heavy = new Set();
      for (const chunk of chunks) {
        for (const m of compilation.chunkGraph.getChunkModules(chunk)) {
          const name = m.resource || m.identifier();
          for (const lib of ['exceljs', 'docx', 'jszip']) if (name.includes(`node_modules/${lib}/`)) heavy.add(lib);
        }
      }
      const report = { entry: 'taskpane', files, gzipBytes, heavyLibraries: [...heavy] };
      const json = JSON.stringify(report, null, 2);
      compilation.assets['bundle-report.json'] = { source: () => json, size: () => json.length };
      process.stdout.write(`\n任务窗格首次加载的 JavaScript：${(gzipBytes / 1024).toFixed(1)} KB（gzip，${files.length} 个文件）；${heavy.size ? `含 ${[...heavy].join('、')}` : 'ExcelJS、docx 按需加载'}\n`);
    });
  }
}

/** HTTPS for the dev server when office-addin-dev-certs has been installed (Windows/Mac sideloading). */
function devHttps() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return undefined;
  return { type: 'https', options: Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))])) };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const urlProd = env.urlProd || pkg.config.urlProd;
  const https = devHttps();
  // Pages Office loads get office.js; the web page and the help do not.
  const officePages = new Set(['taskpane.html', 'commands.html']);
  const page = (filename, chunks, title) =>
    new HtmlWebpackPlugin({
      filename,
      template: path.join(__dirname, 'src', 'pages', filename),
      chunks,
      title,
      scriptLoading: 'defer',
      csp: contentSecurityPolicy({ office: officePages.has(filename), production }),
    });
  return {
    mode: production ? 'production' : 'development',
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval, in development too.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      web: './src/web/index.tsx',
    },
    output: {
      path: path.join(__dirname, 'build'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    // zlib: our .xlsx reader inflates with Node's zlib in the command line and with the browser's own
    // DecompressionStream here (src/hosts/xlsx/ooxml/inflate.ts); the Node branch is never taken in a page.
    resolve: { extensions: ['.ts', '.tsx', '.js'], fallback: { zlib: false } },
    module: {
      rules: [{ test: /\.tsx?$/, loader: 'ts-loader', exclude: /node_modules/, options: { transpileOnly: true, configFile: 'tsconfig.json', compilerOptions: { module: 'esnext', sourceMap: true } } }],
    },
    performance: { hints: false },
    plugins: [
      new InitialBundleReport(),
      page('taskpane.html', ['taskpane'], '决算公开助手'),
      page('commands.html', ['commands'], '决算公开助手'),
      page('index.html', ['web'], '决算公开助手（网页版）'),
      page('help.html', [], '决算公开助手 使用说明'),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'assets/samples', to: 'samples' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (production ? productionManifest(content.toString(), pkg.config.urlDev, urlProd) : content),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      host: 'localhost',
      ...(https ? { server: https } : {}),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      open: false,
      client: { overlay: false },
      onListening: (server) => {
        const { port } = server.server.address();
        const scheme = https ? 'https' : 'http';
        process.stdout.write(
          `\n决算公开助手已启动：\n  网页版（已载入示例工作簿）  ${scheme}://localhost:${port}/\n  任务窗格（在 Excel 中旁加载 manifest.xml）  ${scheme}://localhost:${port}/taskpane.html\n\n`,
        );
      },
    },
  };
};

module.exports.PAGES = PAGES;
