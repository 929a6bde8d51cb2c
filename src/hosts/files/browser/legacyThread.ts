/**
 * A page parses .xls, .et and .ods files on a Web Worker that a deadline can end (why: ../parseThread.ts): a
 * damaged file must not freeze the web page or the task pane in Excel and WPS, and a large one does not block the
 * page while it is parsed. Where no worker can start (a WPS 加载项 opened from the disk: file: pages may not start
 * one; a page without Worker), SheetJS parses in the page's own thread, as it did before.
 */
import { LegacyParser, parseInThisThread } from '../open';
import { StartWorker, threadParser, WorkerMessage } from '../parseThread';

function starter(newLegacyWorker: () => Worker): StartWorker {
  return (events) => {
    let worker: Worker;
    try {
      worker = newLegacyWorker();
    } catch {
      return undefined;
    }
    worker.addEventListener('message', (e: MessageEvent<WorkerMessage>) => events.message(e.data));
    worker.addEventListener('messageerror', () => events.died('解析结果无法传回页面'));
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      events.died(e.message);
    });
    return { send: (request) => worker.postMessage(request), idle: () => undefined, stop: () => worker.terminate() };
  };
}

let parser: Promise<LegacyParser> | undefined;

/** The page's parser: on a Web Worker where one can start, in this thread otherwise. */
export const pageLegacyParser: LegacyParser = async (bytes, format) => {
  parser ??=
    typeof Worker === 'undefined'
      ? Promise.resolve(parseInThisThread)
      : import(/* webpackChunkName: "legacy-formats" */ './newWorker').then(
          ({ newLegacyWorker }) => threadParser(starter(newLegacyWorker), parseInThisThread),
          (e: unknown) => {
            // A chunk that failed to load (the network, a new version deployed under an open pane) is asked for again next time.
            parser = undefined;
            throw e;
          },
        );
  return (await parser)(bytes, format);
};
