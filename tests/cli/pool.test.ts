/** The worker pool of batch checking: all workers used, results in order, a dying worker costs one item only. */
import path from 'path';
import { mapInWorkers } from '../../src/cli/batch/pool';

const workerFile = path.join(__dirname, '..', 'support', 'poolWorker.js');
type Answer = { item: string; threadId?: number; tag?: string; failed?: string };
const failed = (item: string, e: Error): Answer => ({ item, failed: e.message });

describe('mapInWorkers', () => {
  it('spreads the items over the workers and returns the results in the items’ order', async () => {
    const items = Array.from({ length: 12 }, (_, i) => `工作簿${i}`);
    const results = await mapInWorkers<Answer>(items, { workerFile, workerData: { tag: '说明数据' }, jobs: 2, failed });
    expect(results.map((r) => r.item)).toEqual(items);
    expect(results.every((r) => r.tag === '说明数据')).toBe(true);
    expect(new Set(results.map((r) => r.threadId)).size).toBe(2);
  });

  it('reports the item whose worker died and finishes the rest on a new worker', async () => {
    const results = await mapInWorkers<Answer>(['a', 'die', 'b', 'c', 'd'], { workerFile, workerData: { tag: '' }, jobs: 2, failed });
    expect(results.map((r) => r.item)).toEqual(['a', 'die', 'b', 'c', 'd']);
    expect(results[1]).toEqual({ item: 'die', failed: 'worker died on purpose' });
    expect(results.filter((r) => r.failed === undefined)).toHaveLength(4);
  });

  it('returns at once for no items, and never starts more workers than items', async () => {
    expect(await mapInWorkers<Answer>([], { workerFile, jobs: 4, failed })).toEqual([]);
    const results = await mapInWorkers<Answer>(['only'], { workerFile, workerData: { tag: '' }, jobs: 4, failed });
    expect(results).toHaveLength(1);
  });
});
