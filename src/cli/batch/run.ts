/**
 * Checking many workbooks: on worker threads when the command line runs compiled (one per core), in this
 * thread otherwise (the tests run the TypeScript sources, which a worker cannot load).
 */
import { existsSync } from 'fs';
import path from 'path';
import type { FileReport } from './checkFile';
import type { Input } from './inputs';

const WORKER = path.join(__dirname, 'worker.js');

/**
 * One job per core. Node's `os` is loaded only here, when several workbooks are checked: a one-file `check` never asks
 * (≈ 1 ms of its start).
 */
export async function defaultJobs(): Promise<number> {
  return (await import('os')).availableParallelism();
}

async function inThisThread(files: readonly string[], json: unknown): Promise<FileReport[]> {
  // Loaded here, not above: with workers the main thread never loads the reader or the engine.
  const { checkFile } = await import('./checkFile');
  const out: FileReport[] = [];
  for (const file of files) out.push(await checkFile(file, json));
  return out;
}

/**
 * One report per input, in order; inputs that could not be read keep their message. `given`: the workers at most, or
 * undefined for one per core (defaultJobs).
 */
export async function checkAll(inputs: readonly Input[], json: unknown, given: number | undefined): Promise<FileReport[]> {
  const files = inputs.filter((i) => i.error === undefined).map((i) => i.file);
  const jobs = files.length > 1 ? (given ?? (await defaultJobs())) : 1;
  const useWorkers = jobs > 1 && files.length > 1 && __filename.endsWith('.js') && existsSync(WORKER);
  const reports = useWorkers
    ? await (await import('./pool')).mapInWorkers<FileReport>(files, {
        workerFile: WORKER,
        workerData: { json },
        jobs,
        failed: (file, e) => ({ file, error: `${file}：检查时出错（${e.message}）。` }),
      })
    : await inThisThread(files, json);
  const byFile = new Map(files.map((f, i) => [f, reports[i]!]));
  return inputs.map((i) => (i.error !== undefined ? { file: i.file, error: i.error } : byFile.get(i.file)!));
}
