/**
 * @jest-environment jsdom
 *
 * A part of the pane whose chunk cannot be fetched (components/LazyPart.tsx) says so in its place, in Chinese,
 * with 重试; the rest of the pane stays (the tabs, the workbook read, the tables found), and 重试 imports the
 * part again. Here the chunks are the real modules, made to fail once through jest's module registry: an import
 * whose module throws rejects, as webpack's does when a chunk cannot be fetched.
 */
import { act } from 'react';
import type { ComponentType, ReactNode } from 'react';
import { domRootPerTest } from '../support/domRoot';
import { click, settle } from '../support/viewHost';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { lazyPart, LazyPartSlot, PART_UNAVAILABLE, partUnavailable, RestartAdvice } from '../../src/taskpane/components/LazyPart';
import { WEB_RESTART } from '../../src/web/restart';
import { Pane } from '../../src/taskpane/Pane';
import type { PaneHost } from '../../src/taskpane/host';
import { RecognitionView } from '../../src/taskpane/views/RecognitionView';
import { recognise } from '../../src/engine/recognise/recognise';
import type { WorkbookGrid } from '../../src/engine/grid/cell';
import { sample } from '../support/ruleTester';

/** How many more times each chunk fails to load before it loads. */
const mockFailures = { check: 0, missing: 0 };
jest.mock('../../src/taskpane/views/CheckView', () => {
  if (mockFailures.check > 0) {
    mockFailures.check -= 1;
    throw new Error('ChunkLoadError: Loading chunk view-check failed.');
  }
  return jest.requireActual('../../src/taskpane/views/CheckView');
});
jest.mock('../../src/taskpane/components/MissingTables', () => {
  if (mockFailures.missing > 0) {
    mockFailures.missing -= 1;
    throw new Error('ChunkLoadError: Loading chunk missing-tables failed.');
  }
  return jest.requireActual('../../src/taskpane/components/MissingTables');
});

const dom = domRootPerTest();
let logged: jest.SpyInstance;

beforeEach(() => {
  // React reports every error a boundary catches on the console; the boundary's output is what is tested.
  logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => logged.mockRestore());

async function render(node: ReactNode): Promise<void> {
  await act(async () => {
    dom.root.render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
  });
  await settle();
}


/** A lazy part in a boundary, as the pane holds one. */
function bounded(Part: ComponentType, key?: string): ReactNode {
  return (
    <LazyPartSlot key={key}>
      <Part />
    </LazyPartSlot>
  );
}

const byTestId = (id: string) => [...dom.container.querySelectorAll(`[data-testid="${id}"]`)] as HTMLElement[];
const button = (text: string) => [...dom.container.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLElement | undefined;
// A Fluent tab holds its label twice (the second keeps room for it in bold).
const tab = (text: string) => [...dom.container.querySelectorAll('[role="tab"]')].find((b) => b.textContent?.startsWith(text)) as HTMLElement | undefined;

describe('a lazily loaded part of the pane that cannot be fetched', () => {
  it('says so in its place with 重试, keeps what is around it, and 重试 imports it again', async () => {
    let attempts = 0;
    const Part = lazyPart(() => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('ChunkLoadError')) : Promise.resolve(() => <p data-testid="part">载入了</p>);
    });
    await render(
      <div>
        <p data-testid="around">其余部分</p>
        {bounded(Part)}
      </div>,
    );
    expect(byTestId('part-unavailable')[0]!.textContent).toBe(PART_UNAVAILABLE + '重试');
    expect(PART_UNAVAILABLE).toMatch(/^此部分未能载入/);
    expect(byTestId('around')[0]!.textContent).toBe('其余部分');
    expect(byTestId('part')).toHaveLength(0);
    // The failed attempt stays failed until 重试: showing the message does not import again by itself.
    expect(attempts).toBe(1);
    await click(button('重试'));
    expect(attempts).toBe(2);
    expect(byTestId('part-unavailable')).toHaveLength(0);
    expect(byTestId('part')[0]!.textContent).toBe('载入了');
    expect(byTestId('around')).toHaveLength(1);
  });

  it('says how to start afresh as the page it sits in does: reopen the task pane, or on the web page download, then reload', async () => {
    const failing = () => lazyPart(() => Promise.reject(new Error('ChunkLoadError')));
    const Broken = lazyPart(() =>
      Promise.resolve(() => {
        throw new Error('坏了');
      }),
    );
    await render(bounded(failing()));
    expect(byTestId('part-unavailable')[0]!.textContent).toBe('此部分未能载入（可能是网络中断或服务器无法访问）。请检查网络后点“重试”；仍不行时请重新打开任务窗格。重试');
    await render(<RestartAdvice.Provider value={WEB_RESTART}>{bounded(failing(), 'web')}</RestartAdvice.Provider>);
    expect(byTestId('part-unavailable')[0]!.textContent).toBe(
      '此部分未能载入（可能是网络中断或服务器无法访问）。请检查网络后点“重试”；仍不行时请先点“下载工作簿”保存修改，再刷新此网页。重试',
    );
    expect(partUnavailable(WEB_RESTART)).not.toContain('任务窗格');
    await render(<RestartAdvice.Provider value={WEB_RESTART}>{bounded(Broken, 'web-broken')}</RestartAdvice.Provider>);
    expect(byTestId('part-unavailable')[0]!.textContent).toBe('此部分显示时出错：坏了。可以点“重试”；仍不行时请先点“下载工作簿”保存修改，再刷新此网页。重试');
  });

  it('keeps a part that loaded: a retry elsewhere does not import it again', async () => {
    let attempts = 0;
    const Part = lazyPart(() => {
      attempts += 1;
      return Promise.resolve(() => <p data-testid="part">载入了</p>);
    });
    await render(bounded(Part));
    // Another boundary, as when the accountant comes back to a tab.
    await render(bounded(Part, 'another'));
    expect(byTestId('part')).toHaveLength(1);
    expect(attempts).toBe(1);
  });

  it('tells a part that loaded but failed to show from one that could not be fetched', async () => {
    const Broken = lazyPart(() =>
      Promise.resolve(() => {
        throw new Error('坏了');
      }),
    );
    await render(bounded(Broken));
    const [notice] = byTestId('part-unavailable');
    expect(notice!.textContent).toContain('此部分显示时出错：坏了。');
    expect(notice!.textContent).not.toContain(PART_UNAVAILABLE);
  });

  it('in the pane: a view that cannot be fetched leaves the tabs and the workbook read, and loads on 重试', async () => {
    mockFailures.check = 1;
    const grid = sample();
    const host: PaneHost = {
      label: '测试.xlsx',
      read: () => Promise.resolve(grid),
      apply: () => Promise.reject(new Error('not in this test')),
      act: () => Promise.reject(new Error('not in this test')),
      select: () => Promise.resolve(),
      supportsNotes: false,
    };
    await render(<Pane host={host} />);
    expect(byTestId('table-row')).toHaveLength(18);
    await click(tab('检查'));
    expect(mockFailures.check).toBe(0);
    expect(byTestId('part-unavailable')[0]!.textContent).toBe(PART_UNAVAILABLE + '重试');
    expect(byTestId('pane')).toHaveLength(1);
    expect(dom.container.textContent).toContain('测试.xlsx');
    expect(dom.container.querySelectorAll('[role="tab"]')).toHaveLength(5);
    expect(tab('检查')!.getAttribute('aria-selected')).toBe('true');
    // Another tab works meanwhile: 识别 is still there with its tables.
    await click(tab('识别'));
    expect(byTestId('part-unavailable')).toHaveLength(0);
    expect(byTestId('table-row')).toHaveLength(18);
    // Back to 检查, still offline: the message again; then the network is back and 重试 shows the view.
    mockFailures.check = 1;
    await click(tab('检查'));
    expect(byTestId('part-unavailable')).toHaveLength(1);
    await click(button('重试'));
    expect(byTestId('part-unavailable')).toHaveLength(0);
    expect(button('检查并在单元格中标出')).toBeDefined();
  });

  it('in 识别: a missing-tables list that cannot be fetched leaves the tables found, and loads on 重试', async () => {
    mockFailures.missing = 1;
    const grid: WorkbookGrid = { ...sample(), sheets: sample().sheets.filter((s) => s.name !== '一般公共预算财政拨款支出决算表') };
    await render(<RecognitionView recognition={recognise(grid)} onRefresh={() => undefined} onSelect={() => undefined} />);
    expect(byTestId('part-unavailable')[0]!.textContent).toBe(PART_UNAVAILABLE + '重试');
    expect(byTestId('missing-tables')).toHaveLength(0);
    expect(byTestId('table-row')).toHaveLength(17);
    expect(button('重新识别')).toBeDefined();
    await click(button('重试'));
    expect(byTestId('part-unavailable')).toHaveLength(0);
    expect(byTestId('missing-tables')[0]!.textContent).toContain('缺少 1 张表');
    expect(byTestId('table-row')).toHaveLength(17);
  });
});
