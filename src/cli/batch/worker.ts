/** A batch worker: receives file paths, answers each with its FileReport. */
import { parentPort, workerData } from 'worker_threads';
import { checkFile } from './checkFile';

const { json } = workerData as { json: unknown };
parentPort!.on('message', (file: string) => {
  void checkFile(file, json).then((report) => parentPort!.postMessage(report));
});
