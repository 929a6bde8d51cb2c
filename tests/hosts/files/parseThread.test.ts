/**
 * The deadline parser's core (src/hosts/files/parseThread.ts), with workers played by the test: answers and
 * refusals reach the parse they belong to, a parse that outlasts its deadline is refused as damaged and its worker
 * ended, a worker that dies after it was ready leaves its file damaged and the next file a new worker, an ended
 * worker's last words are ignored, the deadline counts from the worker being ready, and where no worker can start
 * (none made, or none ready in time) the file is parsed in this thread.
 */
import type { WorkBook } from '@e965/xlsx';
import { XlsxReadError } from '../../../src/hosts/xlsx/file';
import type { LegacyParser } from '../../../src/hosts/files/open';
import { defaultDeadline, ParseRequest, StartWorker, threadParser, WorkerEvents } from '../../../src/hosts/files/parseThread';

/** A worker the test drives: what it was sent, whether it is idle or ended, and its events to fire. */
interface FakeWorker {
  readonly sent: ParseRequest[];
  readonly events: WorkerEvents;
  idle: boolean;
  stopped: boolean;
}

/** `available`: whether a worker can be made; `starts`: whether it gets as far as saying it is ready. */
function fakeWorkers({ available = true, starts = true } = {}) {
  const workers: FakeWorker[] = [];
  const start: StartWorker = (events) => {
    if (!available) return undefined;
    const w: FakeWorker = { sent: [], events, idle: false, stopped: false };
    workers.push(w);
    if (starts) events.message('ready');
    return {
      send: (r) => {
        w.idle = false;
        w.sent.push(r);
      },
      idle: () => void (w.idle = true),
      stop: () => void (w.stopped = true),
    };
  };
  return { workers, start };
}

const book = (name: string) => ({ SheetNames: [name], Sheets: {} }) as unknown as WorkBook;
const here: LegacyParser = async () => book('in this thread');
const bytes = (n: number) => new Uint8Array(n);
const outcome = (p: Promise<WorkBook>) => p.then((b) => b.SheetNames[0], (e: unknown) => (e instanceof XlsxReadError ? [e.reason, e.message] : e));
const flush = () => new Promise((r) => setImmediate(r));

afterEach(() => jest.useRealTimers());

describe('threadParser', () => {
  it('gives each parse its own answer, one file at a time on one worker, left idle when none is asked for', async () => {
    const { workers, start } = fakeWorkers();
    const parse = threadParser(start, here, () => 1_000);
    const first = parse(bytes(1), 'xls');
    const second = parse(bytes(2), 'ods');
    await flush();
    expect(workers).toHaveLength(1);
    expect(workers[0]!.sent.map((r) => [r.bytes.length, r.format])).toEqual([[1, 'xls']]);
    workers[0]!.events.message({ book: book('一') });
    expect(await outcome(first)).toBe('一');
    await flush();
    expect(workers[0]!.sent.map((r) => r.format)).toEqual(['xls', 'ods']);
    workers[0]!.events.message({ refused: { reason: 'encrypted', message: '文件已加密' } });
    expect(await outcome(second)).toEqual(['encrypted', '文件已加密']);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.idle).toBe(true);
  });

  it('refuses as damaged a parse that outlasts its deadline, ends its worker, and gives the next file a new one', async () => {
    jest.useFakeTimers();
    const { workers, start } = fakeWorkers();
    const parse = threadParser(start, here, (size) => 1_000 * size);
    const looping = outcome(parse(bytes(3), 'xls'));
    await jest.advanceTimersByTimeAsync(2_999);
    expect(workers[0]!.stopped).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(await looping).toEqual(['corrupt', '文件已损坏，无法作为 .xls/.et 工作簿读取（读取 3 秒仍未完成，文件中的记录可能已损坏）：请在 Excel 或 WPS 中打开并另存为 .xlsx 后再试。']);
    expect(workers[0]!.stopped).toBe(true);

    const next = outcome(parse(bytes(1), 'xls'));
    await jest.advanceTimersByTimeAsync(0);
    expect(workers).toHaveLength(2);
    // The ended worker's exit, and a late answer, reach nobody.
    workers[0]!.events.died('exit 1');
    workers[0]!.events.message({ book: book('旧') });
    workers[1]!.events.message({ book: book('新') });
    expect(await next).toBe('新');
  });

  it('refuses as damaged the file whose worker died, and starts a new worker for the next', async () => {
    const { workers, start } = fakeWorkers();
    const parse = threadParser(start, here, () => 1_000);
    const dead = outcome(parse(bytes(1), 'ods'));
    await flush();
    workers[0]!.events.died('out of memory');
    expect(await dead).toEqual(['corrupt', '文件已损坏，无法作为 .ods 工作簿读取（out of memory）：请在 Excel 或 WPS 中打开并另存为 .xlsx 后再试。']);
    const next = outcome(parse(bytes(1), 'xls'));
    await flush();
    workers[1]!.events.message({ book: book('好') });
    expect(await next).toBe('好');
  });

  it('parses in this thread where no worker can be made, or the first one died before it was ready', async () => {
    const none = fakeWorkers({ available: false });
    expect(await outcome(threadParser(none.start, here)(bytes(1), 'xls'))).toBe('in this thread');

    const { workers, start } = fakeWorkers({ starts: false });
    const parse = threadParser(start, here, () => 1_000);
    const first = outcome(parse(bytes(1), 'xls'));
    await flush();
    workers[0]!.events.died("Cannot find module 'legacyWorker.js'");
    expect(await first).toBe('in this thread');
    expect(workers[0]!.stopped).toBe(true);
    expect(await outcome(parse(bytes(1), 'xls'))).toBe('in this thread');
    expect(workers).toHaveLength(1);
  });

  it('counts the deadline from the moment the worker is ready; a worker not ready within it sends the file to this thread', async () => {
    jest.useFakeTimers();
    const slow = fakeWorkers({ starts: false });
    const parse = threadParser(slow.start, here, () => 1_000);
    const first = outcome(parse(bytes(1), 'xls'));
    await jest.advanceTimersByTimeAsync(900);
    slow.workers[0]!.events.message('ready');
    await jest.advanceTimersByTimeAsync(900);
    slow.workers[0]!.events.message({ book: book('准时') });
    expect(await first).toBe('准时');

    const never = fakeWorkers({ starts: false });
    const stuck = outcome(threadParser(never.start, here, () => 1_000)(bytes(1), 'xls'));
    await jest.advanceTimersByTimeAsync(1_000);
    expect(await stuck).toBe('in this thread');
    expect(never.workers[0]!.stopped).toBe(true);
  });

  it('lets go of a worker that dies while idle: the next file gets a new one', async () => {
    const { workers, start } = fakeWorkers();
    const parse = threadParser(start, here, () => 1_000);
    const first = outcome(parse(bytes(1), 'xls'));
    await flush();
    workers[0]!.events.message({ book: book('一') });
    expect(await first).toBe('一');
    workers[0]!.events.died('exit 1');
    expect(workers[0]!.stopped).toBe(true);
    const next = outcome(parse(bytes(1), 'xls'));
    await flush();
    expect(workers).toHaveLength(2);
    workers[1]!.events.message({ book: book('二') });
    expect(await next).toBe('二');
  });
});

describe('defaultDeadline', () => {
  it('gives 20 s and 2 s a megabyte: far beyond what SheetJS takes on the largest .xls (17 MB, ≈ 3 s)', () => {
    expect(defaultDeadline(74_240)).toBeCloseTo(20_148, 0);
    expect(defaultDeadline(17_000_000)).toBe(54_000);
  });
});
