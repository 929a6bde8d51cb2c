/**
 * @jest-environment jsdom
 *
 * The workbook as the pane knows it (taskpane/useWorkbook.ts): read on opening, with 正在读取 meanwhile; a grid the
 * host holds already (the web page's own read) is recognised in the pane's first render, without a read; a host
 * that fails to read says why.
 */
import { act } from 'react';
import { createRoot, Root } from 'react-dom/client';
import type { WorkbookGrid } from '../../src/engine/grid/cell';
import type { PaneHost } from '../../src/taskpane/host';
import { useWorkbook, WorkbookState } from '../../src/taskpane/useWorkbook';
import { buildWorkbook, standardPlan, toGrid } from '../../fixtures/workbook';
import { changji2022 } from '../../fixtures/changji-2022/tables';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const GRID: WorkbookGrid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));

/** A host with the grid to read, counting the reads; `held` when it holds the grid already. */
function hostOf(options: { held?: boolean; fails?: string } = {}) {
  let reads = 0;
  const host: PaneHost = {
    label: '测试工作簿',
    supportsNotes: false,
    read: async () => {
      reads++;
      if (options.fails) throw new Error(options.fails);
      return GRID;
    },
    apply: async () => ({ skipped: [] }),
    act: async () => ({ plan: { ops: [] }, skipped: [] }),
    select: async () => undefined,
    ...(options.held ? { held: () => GRID } : {}),
  } as unknown as PaneHost;
  return { host, reads: () => reads };
}

let root: Root;
let states: WorkbookState['status'][];
let last: WorkbookState;

function Probe({ host }: { host: PaneHost }) {
  last = useWorkbook(host).state;
  states.push(last.status);
  return null;
}

beforeEach(() => {
  states = [];
  root = createRoot(document.createElement('div'));
});
afterEach(() => act(() => root.unmount()));

describe('the workbook the pane shows', () => {
  it('is read on opening, with 正在读取 until the read is in', async () => {
    const { host, reads } = hostOf();
    await act(async () => root.render(<Probe host={host} />));
    expect(states[0]).toBe('reading');
    expect(last.status).toBe('ready');
    expect(reads()).toBe(1);
    expect(last.status === 'ready' && Object.keys(last.recognition.tables)).toHaveLength(9);
  });

  it('is recognised in the first render when the host holds the grid already, without a read', async () => {
    const { host, reads } = hostOf({ held: true });
    await act(async () => root.render(<Probe host={host} />));
    expect(states).not.toContain('reading');
    expect(states[0]).toBe('ready');
    expect(last.status === 'ready' && last.grid).toBe(GRID);
    expect(reads()).toBe(0);
  });

  it('says why when the host cannot read the workbook', async () => {
    const { host } = hostOf({ fails: '文件已损坏' });
    await act(async () => root.render(<Probe host={host} />));
    expect(last).toEqual({ status: 'failed', message: '文件已损坏' });
  });
});
