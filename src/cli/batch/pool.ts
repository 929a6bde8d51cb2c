/**
 * Running one task per item on worker threads, as many as there are cores (a 财政局 checks hundreds of
 * workbooks; reading .xlsx is the slow part and it parallelises well). Results come back in the items' order.
 * A worker that dies takes only its current item with it: that item is reported failed and a new worker
 * carries on with the rest.
 */
import { Worker } from 'worker_threads';

export interface PoolOptions<R> {
  readonly workerFile: string;
  readonly workerData?: unknown;
  readonly jobs: number;
  /** The result for an item whose worker died. */
  readonly failed: (item: string, error: Error) => R;
}

export function mapInWorkers<R>(items: readonly string[], options: PoolOptions<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    if (items.length === 0) return resolve(results);
    const start = () => {
      const worker = new Worker(options.workerFile, { workerData: options.workerData });
      let current = -1;
      const feed = () => {
        if (next >= items.length) {
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage(items[current]);
      };
      worker.on('message', (result: R) => {
        results[current] = result;
        if (++done === items.length) resolve(results);
        feed();
      });
      worker.on('error', (e) => {
        if (current < 0) return reject(e);
        results[current] = options.failed(items[current]!, e);
        current = -1;
        if (++done === items.length) resolve(results);
        else if (next < items.length) start();
      });
      feed();
    };
    for (let i = 0; i < Math.max(1, Math.min(options.jobs, items.length)); i++) start();
  });
}
