#!/usr/bin/env node
'use strict';
// The compiled command line lives in dist/ (built by `npm run build:cli`, which `npm install` runs): one bundled
// file with its code cache, which starts fastest, or the modules tsc wrote when the bundle has not been made.
const path = require('path');
const fs = require('fs');
const dist = path.join(__dirname, '..', 'dist');
const bundle = path.join(dist, 'bundle', 'juesuan.js');
const modules = path.join(dist, 'cli', 'main.js');

function load() {
  if (fs.existsSync(bundle)) return require('./bundle').loadBundle(bundle).exports;
  if (fs.existsSync(modules)) return require(modules);
  process.stderr.write('juesuan 尚未编译：请先在项目目录运行 npm install（或 npm run build:cli）。\n');
  process.exit(2);
}

load().run(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  stderr: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
}).then(
  (code) => { process.exit(code); },
  (e) => { process.stderr.write('内部错误：' + (e && e.stack ? e.stack : String(e)) + '\n'); process.exitCode = 2; },
);
