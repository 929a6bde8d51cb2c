'use strict';
/**
 * Builds the task pane (taskpane.html), the ribbon function file (commands.html), the web page (index.html)
 * and the help page into build/, with the icons, the bundled sample and the manifest (production URL in
 * `npm run build`, dev URL for the dev server). ExcelJS is split into its own chunk, loaded only when a
 * workbook file is opened.
 *
 * `--env officeJs=local` (intranets without internet): office.js and the files it loads are copied from
 * @microsoft/office-js into build/office-js/ and the Office pages load it from there; their CSP then names no
 * other host. `--env out=DIR` builds into DIR instead of build/; `--env only=office` leaves out the WPS build.
 *
 * A second build writes the WPS 加载项 into build/wps/: its entry page (the ribbon's callbacks), the task pane,
 * ribbon.xml, its own manifest.xml and a package.json that `wpsjs build` and `wpsjs publish` read there.
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
 * them holds ExcelJS or docx (they must load only when a feature needs them); and which UI runtime the whole build
 * holds. Printed, and kept in build/bundle-report.json for the test and the benchmark.
 */
class InitialBundleReport {
  /** `host`: whose task pane it is, in the printed line (the Office build's is unnamed). */
  constructor(host = '') {
    this.host = host;
  }

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
          for (const lib of ['exceljs', 'docx', 'jszip', '@e965/xlsx']) if (name.includes(`node_modules/${lib}/`)) heavy.add(lib);
        }
      }
      // Chunks holding ExcelJS, over the whole build: one, shared by the pane and the web page.
      const exceljsChunks = [...compilation.chunks].filter((c) =>
        [...compilation.chunkGraph.getChunkModules(c)].some((m) => (m.resource || m.identifier()).includes('node_modules/exceljs/')),
      ).length;
      // The UI runtimes bundled, over the whole build: preact alone (REACT_ON_PREACT), never React beside it.
      const runtimes = new Set();
      for (const m of compilation.modules) {
        const lib = /node_modules[\\/](react|react-dom|preact)[\\/]/.exec(m.resource || '')?.[1];
        if (lib) runtimes.add(lib);
      }
      const report = { entry: 'taskpane', files, gzipBytes, heavyLibraries: [...heavy], exceljsChunks, uiRuntimes: [...runtimes].sort() };
      const json = JSON.stringify(report, null, 2);
      compilation.assets['bundle-report.json'] = { source: () => json, size: () => json.length };
      process.stdout.write(`\n${this.host}任务窗格首次加载的 JavaScript：${(gzipBytes / 1024).toFixed(1)} KB（gzip，${files.length} 个文件）；${heavy.size ? `含 ${[...heavy].join('、')}` : 'ExcelJS、docx 按需加载'}\n`);
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

const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_DIST = path.join(__dirname, 'node_modules', '@microsoft', 'office-js', 'dist');
// What office.js loads inside Excel: its Excel host scripts, strings per language, telemetry and error pages.
// Debug builds, other hosts and the Outlook strings stay out (86 MB in all; about 14 MB kept).
const OFFICE_JS_IGNORE = ['**/*.debug.js', '**/{access,onenote,outlook,powerpoint,project,word,visio}*', '**/office-vsdoc.js'];

// zlib: our .xlsx reader inflates with Node's zlib in the command line and with the browser's own
// DecompressionStream in a page (src/hosts/xlsx/ooxml/inflate.ts); the Node branch is never taken in a page.
//
// React's API, run by preact/compat in the pages: the pane and Fluent's components are written against React (and
// tested with it under jest), and the built pages get Preact's implementation of the same API, a fraction of
// react-dom's size: the task pane's initial JavaScript 149.4 → 95.0 KB gzip, the web page's script 515 → 327 KB and
// its first visit's recognised tables ≈ 100 ms sooner (518 → 419 ms, medians of 15 interleaved loads). Every React
// import is mapped, so that one runtime is bundled, never two (tests/browser/bundle.test.ts); the built pages are
// what the browser tests run.
const REACT_ON_PREACT = {
  react$: 'preact/compat',
  'react/jsx-runtime$': 'preact/compat/jsx-runtime',
  'react/jsx-dev-runtime$': 'preact/compat/jsx-dev-runtime',
  'react-dom$': 'preact/compat',
  'react-dom/client$': 'preact/compat/client',
};
const RESOLVE = { extensions: ['.ts', '.tsx', '.js'], fallback: { zlib: false }, alias: REACT_ON_PREACT };

function typescriptRules() {
  return [{ test: /\.tsx?$/, loader: 'ts-loader', exclude: /node_modules/, options: { transpileOnly: true, configFile: 'tsconfig.json', compilerOptions: { module: 'esnext', sourceMap: true } } }];
}

/** The WPS 加载项 (build/wps/): a folder that `wpsjs build` packs and `wpsjs publish` lists, on its own. */
function wpsConfig({ production, outDir }) {
  const page = (template, filename, chunks, title, scriptLoading) =>
    new HtmlWebpackPlugin({ filename, template: path.join(__dirname, 'src', 'pages', template), chunks, title, scriptLoading, csp: contentSecurityPolicy({ office: false, production, localFiles: true }) });
  const wpsPackage = { name: pkg.name, version: pkg.version, addonType: 'et', description: pkg.description, private: true };
  return {
    name: 'wps',
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: { ribbon: './src/wps/ribbon.ts', taskpane: './src/wps/taskpane.tsx' },
    output: {
      path: path.join(outDir, 'wps'),
      // Relative in the build, so the folder works from any address and from the 离线 package.
      publicPath: production ? 'auto' : '/wps/',
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: RESOLVE,
    module: { rules: typescriptRules() },
    performance: { hints: false },
    plugins: [
      new InitialBundleReport('WPS '),
      // The ribbon's callbacks must exist as soon as WPS has loaded the page: no defer.
      page('wps-index.html', 'index.html', ['ribbon'], '决算公开助手', 'blocking'),
      page('index.html', 'taskpane.html', ['taskpane'], '决算公开助手', 'defer'),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'wps/ribbon.xml', to: 'ribbon.xml' },
          { from: 'wps/manifest.xml', to: 'manifest.xml' },
          { from: 'assets/icon-*.png', to: 'images/[name][ext]' },
          { from: 'package.json', to: 'package.json', transform: () => `${JSON.stringify(wpsPackage, null, 2)}\n` },
        ],
      }),
    ],
  };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const urlProd = env.urlProd || pkg.config.urlProd;
  const officeJs = env.officeJs === 'local' ? 'local' : 'cdn';
  const outDir = env.out ? path.resolve(env.out) : path.join(__dirname, 'build');
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
      officeJs: officeJs === 'local' ? 'office-js/office.js' : OFFICE_JS_CDN,
      csp: contentSecurityPolicy({ office: officePages.has(filename), production, officeJs }),
      // The web page opens the bundled sample at once: its bytes are asked for beside the page's script, not after
      // it has run (src/web/WebApp.tsx SAMPLE_URL; tests/browser/web.test.ts checks the preload is used).
      preload: filename === 'index.html' ? ['samples/changji-2022.xlsx'] : [],
      // …and the script chunks its first view imports (WebApp.tsx `web-view`: our reader, the engine, the sheet
      // view), which the page's script would only ask for once it has run.
      preloadChunks: filename === 'index.html' ? ['web-view'] : [],
    });
  const main = {
    name: 'office',
    mode: production ? 'production' : 'development',
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval, in development too.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      web: './src/web/index.tsx',
    },
    output: {
      path: outDir,
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      // build/wps/ is the other build's.
      clean: { keep: /^wps[\\/]/ },
    },
    resolve: RESOLVE,
    module: { rules: typescriptRules() },
    performance: { hints: false },
    // ExcelJS in one chunk of its own: left to the defaults, each async chunk group that needs it (the pane's
    // readers, the web page's host) got an identical copy, and the web page downloaded it twice.
    optimization: {
      splitChunks: { cacheGroups: { exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async', enforce: true } } },
    },
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
          ...(officeJs === 'local' ? [{ from: OFFICE_JS_DIST, to: 'office-js', globOptions: { ignore: OFFICE_JS_IGNORE } }] : []),
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
  // `--env only=office`: the Office and web pages alone (the test build with office.js bundled needs no WPS).
  return env.only === 'office' ? [main] : [main, wpsConfig({ production, outDir })];
};

module.exports.PAGES = PAGES;
