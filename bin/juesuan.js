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

/**
 * A line written straight to the file descriptor. process.stdout and process.stderr are streams whose first use
 * loads and sets up Node's stream machinery, ≈ 3–4 ms of a 220 ms `check` of the sample; the command line writes
 * its report in whole lines and needs none of it. A descriptor that is non-blocking (EAGAIN: a pipe shared with a
 * parent that made it so) hands the rest to the stream, which waits for the reader; a reader that has gone (EPIPE:
 * `juesuan check … | head`) ends the writing quietly, on either path.
 */
function lineWriter(fd, stream) {
  // A Windows console takes text, not bytes: written as UTF-8 bytes, it shows them in its code page (936: every Chinese
  // line garbled); its stream writes the text as the console wants it. (tty is loaded only there.)
  let viaStream = process.platform === 'win32' && require('tty').isatty(fd);
  let closed = false;
  let listening = false;
  const toStream = (chunk) => {
    const s = stream();
    // Our own listener, whatever else listens (a worker's output piped into the stream listens until it unpipes).
    if (!listening) {
      listening = true;
      s.on('error', (e) => {
        if (e && e.code === 'EPIPE') closed = true;
        else throw e;
      });
    }
    s.write(chunk);
  };
  return (text) => {
    if (closed) return;
    const line = text.endsWith('\n') ? text : text + '\n';
    if (viaStream) {
      toStream(line);
      return;
    }
    const bytes = Buffer.from(line);
    let written = 0;
    try {
      while (written < bytes.length) written += fs.writeSync(fd, bytes, written);
    } catch (e) {
      if (e && e.code === 'EAGAIN') {
        viaStream = true;
        toStream(bytes.subarray(written));
      } else if (e && e.code === 'EPIPE') closed = true;
      else throw e;
    }
  };
}

// Whether a writer has handed its lines to a stream, which may still hold some.
let streamed = false;
const stream = (get) => () => {
  streamed = true;
  return get();
};

load().run(process.argv.slice(2), {
  stdout: lineWriter(1, stream(() => process.stdout)),
  stderr: lineWriter(2, stream(() => process.stderr)),
}).then(
  // Done, and every line written: exit at once rather than tear the heap down piece by piece (≈ 2 ms of a one-file
  // check). Lines a stream still holds are waited for.
  (code) => {
    if (streamed) process.exitCode = code;
    else process.exit(code);
  },
  (e) => { process.stderr.write('内部错误：' + (e && e.stack ? e.stack : String(e)) + '\n'); process.exitCode = 2; },
);
