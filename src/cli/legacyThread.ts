/**
 * The command line parses .xls, .et and .ods files on a worker thread that a deadline can end (why: the core,
 * src/hosts/files/parseThread.ts). The worker does not keep the process alive while it waits for the next file.
 */
import path from 'path';
import { Worker } from 'worker_threads';
import { LegacyParser, parseInThisThread } from '../hosts/files/open';
import { ParseWorker, StartWorker, threadParser, WorkerMessage } from '../hosts/files/parseThread';

// The compiled worker sits beside this file (dist/cli/, or dist/bundle/ where webpack.cli.config.js emits it);
// the tests run the TypeScript sources, which the worker loads through ts-node.
const SOURCE = __filename.endsWith('.ts');
const WORKER_FILE = path.join(__dirname, SOURCE ? 'legacyWorker.ts' : 'legacyWorker.js');

const startThread: StartWorker = (events) => {
  let worker: Worker;
  try {
    worker = new Worker(WORKER_FILE, SOURCE ? { execArgv: ['--require', 'ts-node/register/transpile-only'] } : {});
  } catch {
    // No thread to be had (ERR_WORKER_INIT_FAILED: the process's thread limit).
    return undefined;
  }
  worker.unref();
  worker.on('message', (message: WorkerMessage) => events.message(message));
  worker.on('messageerror', (e) => events.died(e.message));
  worker.on('error', (e) => events.died(e.message));
  worker.on('exit', (code) => events.died(`读取时解析线程意外退出（${code}）`));
  const thread: ParseWorker = {
    send: (request) => {
      worker.ref();
      worker.postMessage(request);
    },
    idle: () => worker.unref(),
    stop: () => void worker.terminate(),
  };
  return thread;
};

/**
 * A parser on its own worker thread; each parse ends by `deadline(size)` milliseconds (parseThread.ts's
 * `defaultDeadline` unless given), or the file is damaged. Where the thread cannot start (its script missing in a
 * broken install, SheetJS failing to load, no thread to be had), `fallback` parses: SheetJS in this thread, as
 * before there were threads.
 */
export function legacyThreadParser(deadline?: (size: number) => number, fallback: LegacyParser = parseInThisThread): LegacyParser {
  return threadParser(startThread, fallback, deadline);
}
