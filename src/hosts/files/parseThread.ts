/**
 * Parsing .xls, .et and .ods files on a worker, with a deadline. SheetJS parses synchronously, and some damaged
 * files make it loop for ever (one BIFF record's length overwritten: the records after it, read out of step, give a
 * formula whose tokens never end where its record says, and `parse_Rgce` loops on `target != blob.l`). In the
 * program's own thread nothing could stop that loop: `juesuan check` would never end, a batch would wait for ever
 * on one file, the page would freeze. On a worker it can be stopped: when the parse outlasts its deadline, the
 * worker is ended and the file is reported damaged, as any other damaged file is.
 *
 * This is the part every runtime shares (the queue, the deadline, the answers); where the worker comes from is the
 * runtime's: worker_threads in the command line (src/cli/legacyThread.ts), a Web Worker in a page
 * (browser/legacyThread.ts). One worker parses the files one after another: loading SheetJS is what costs.
 */
import type { WorkBook } from '@e965/xlsx';
import { XlsxReadError, XlsxReadErrorReason } from '../xlsx/file';
import type { WorkbookFormat } from './kind';
import { damaged } from './legacyErrors';
import type { LegacyParser } from './open';

/** What a worker is asked: one file's bytes and format. */
export interface ParseRequest {
  readonly bytes: Uint8Array;
  readonly format: WorkbookFormat;
}

/** What a worker answers: the workbook, or the reader's refusal. */
export type ParseAnswer = { readonly book: WorkBook } | { readonly refused: { readonly reason: XlsxReadErrorReason; readonly message: string } };

/** What a worker posts: that it has started (SheetJS loaded), then one answer per request. */
export type WorkerMessage = 'ready' | ParseAnswer;

/** What the runtime's worker tells the parser. */
export interface WorkerEvents {
  message(message: WorkerMessage): void;
  /**
   * The worker died: out of memory on a file that claims billions of cells, or a fault in the parser. Before it
   * said it was ready (or not ready within the deadline), it could not start here (its script not found, a page
   * opened from the disk that may not start one): the file is parsed in this thread instead, and so are the files
   * after it.
   */
  died(detail: string): void;
}

/** A worker as the runtime gives it; `undefined` from `start` when this runtime has none. */
export interface ParseWorker {
  send(request: ParseRequest): void;
  /** Nothing asked of it any more: it must not keep the program alive. */
  idle(): void;
  stop(): void;
}
export type StartWorker = (events: WorkerEvents) => ParseWorker | undefined;

/**
 * How long a parse may take, in milliseconds, for a file of `size` bytes. SheetJS reads the largest .xls there is
 * (65,536 rows by 13 columns, 17 MB) in ≈ 3.2 s on the 2-core machine this was measured on, the 74 KB sample in
 * ≈ 70 ms: 20 s and 2 s a megabyte leave a 信创 machine several times slower ample room, and a loop is a loop.
 */
export function defaultDeadline(size: number): number {
  return 20_000 + (2_000 * size) / 1_000_000;
}

interface Pending extends ParseRequest {
  readonly resolve: (book: WorkBook) => void;
  readonly reject: (e: Error) => void;
  timer?: ReturnType<typeof setTimeout>;
}

/** A worker the parser started, and whether it has said it is ready. */
class Started {
  ready = false;
  worker: ParseWorker | undefined;
}

const overdue = (limit: number) => `读取 ${Math.round(limit / 1000)} 秒仍未完成，文件中的记录可能已损坏`;

/** The parser: one file at a time on one worker, its deadline armed when it is sent and again when the worker is ready. */
class ThreadParser {
  private started: Started | undefined;
  private pending: Pending | undefined;
  private noWorkers = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly start: StartWorker,
    private readonly inThisThread: LegacyParser,
    private readonly deadline: (size: number) => number,
  ) {}

  parse(bytes: Uint8Array, format: WorkbookFormat): Promise<WorkBook> {
    const turn = this.queue.then(() => this.run({ bytes, format }));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private run(request: ParseRequest): Promise<WorkBook> {
    if (!this.noWorkers) this.started ??= this.startWorker();
    const started = this.started;
    if (started?.worker === undefined) {
      this.started = undefined;
      this.noWorkers = true;
      return this.inThisThread(request.bytes, request.format);
    }
    return new Promise<WorkBook>((resolve, reject) => {
      this.pending = { ...request, resolve, reject };
      this.arm(started);
      started.worker!.send(request);
    });
  }

  private startWorker(): Started {
    const started = new Started();
    started.worker = this.start({
      message: (message) => {
        if (message === 'ready') {
          started.ready = true;
          // The deadline is the parse's own: it starts again once SheetJS is loaded (a page fetches it first).
          if (started === this.started && this.pending) this.arm(started);
        } else {
          this.finish(started, (p) => ('book' in message ? p.resolve(message.book) : p.reject(new XlsxReadError(message.refused.reason, message.refused.message))), false);
        }
      },
      died: (detail) => this.finish(started, (p) => (started.ready ? p.reject(damaged(p.format, detail)) : this.inThisThreadFromNowOn(p)), true),
    });
    return started;
  }

  /** (Re)starts the pending parse's deadline. A worker not ready by then cannot start here: the file is not to blame. */
  private arm(started: Started): void {
    const p = this.pending!;
    clearTimeout(p.timer);
    const limit = this.deadline(p.bytes.length);
    p.timer = setTimeout(() => this.finish(started, (q) => (started.ready ? q.reject(damaged(q.format, overdue(limit))) : this.inThisThreadFromNowOn(q)), true), limit);
  }

  /** The file goes to this thread, and so do the files after it. */
  private inThisThreadFromNowOn(p: Pending): void {
    this.noWorkers = true;
    this.inThisThread(p.bytes, p.format).then(p.resolve, p.reject);
  }

  /**
   * Settles the pending parse with what `from` says, ending `from` if asked. An ended worker's last words (its exit)
   * settle nothing; a worker that dies while idle is let go, and the next file gets a new one.
   */
  private finish(from: Started, outcome: (p: Pending) => void, end: boolean): void {
    if (from !== this.started) return;
    if (end) {
      this.started = undefined;
      from.worker?.stop();
    }
    const p = this.pending;
    if (p === undefined) return;
    this.pending = undefined;
    clearTimeout(p.timer);
    if (!end) from.worker?.idle();
    outcome(p);
  }
}

/**
 * A parser on a worker that `start` makes (again after one is ended); each parse ends within `deadline(size)`
 * milliseconds of the worker being ready, or the file is damaged. Where no worker can start, `inThisThread` parses.
 */
export function threadParser(start: StartWorker, inThisThread: LegacyParser, deadline: (size: number) => number = defaultDeadline): LegacyParser {
  const parser = new ThreadParser(start, inThisThread, deadline);
  return (bytes, format) => parser.parse(bytes, format);
}
