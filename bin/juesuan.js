#!/usr/bin/env node
'use strict';
// The compiled command line lives in dist/ (built by `npm run build:cli`, which `npm install` runs).
const path = require('path');
const fs = require('fs');
const main = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write('juesuan 尚未编译：请先在项目目录运行 npm install（或 npm run build:cli）。\n');
  process.exit(2);
}
const { run } = require(main);
run(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  stderr: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
}).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write('内部错误：' + (e && e.stack ? e.stack : String(e)) + '\n'); process.exitCode = 2; },
);
