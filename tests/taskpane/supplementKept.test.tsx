/**
 * @jest-environment jsdom
 *
 * 说明数据 as the accountant uses it across the pane's tabs: the sample's 说明数据 loaded (载入示例的说明数据) is still
 * offered for writing after another tab was opened and this one chosen again; last year's workbook of this same
 * year (its year read as the engine reads it) is refused, said, and not offered for filling 上年数.
 */
import { act } from 'react';
import { domRootPerTest } from '../support/domRoot';
import { click, settle, VIEW_HOST, withResizeObserver } from '../support/viewHost';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Pane } from '../../src/taskpane/Pane';
import { SupplementView } from '../../src/taskpane/views/SupplementView';
import { usePresetSelection } from '../../src/taskpane/presetSelection';
import type { PaneHost } from '../../src/taskpane/host';
import type { WorkbookGrid } from '../../src/engine/grid/cell';
import { sample, sampleData } from '../support/ruleTester';

/** The workbook the file chooser's file reads as (the reader itself is not what is tested here). */
let mockChosen: WorkbookGrid | undefined;
jest.mock('../../src/hosts/files/open', () => ({ readWorkbookBytes: () => Promise.resolve(mockChosen) }));
jest.mock('../../src/hosts/files/browser/legacyThread', () => ({ pageLegacyParser: () => undefined }));

const dom = domRootPerTest();
withResizeObserver();

const button = (text: string) => [...dom.container.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLElement | undefined;
// A Fluent tab holds its label twice (the second keeps room for it in bold).
const tab = (text: string) => [...dom.container.querySelectorAll('[role="tab"]')].find((b) => b.textContent?.startsWith(text)) as HTMLElement | undefined;
const byTestId = (id: string) => [...dom.container.querySelectorAll(`[data-testid="${id}"]`)] as HTMLElement[];

/** The sample with every 2022 of its text made `year`. */
function sampleOf(year: number): WorkbookGrid {
  const grid = sample();
  return { ...grid, sheets: grid.sheets.map((s) => ({ ...s, rows: s.rows.map((row) => row.map((v) => (typeof v === 'string' ? v.replaceAll('2022', String(year)) : v))) })) };
}

/** Chooses a file in the input named `label`, as the file chooser hands one over. */
async function choose(label: string, name: string): Promise<void> {
  const input = dom.container.querySelector(`input[aria-label="${label}"]`) as HTMLInputElement;
  expect(input).toBeTruthy();
  const file = { name, arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)) } as unknown as File;
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('说明数据 across the pane’s tabs', () => {
  it('keeps the sample’s 说明数据 loaded, offered for writing, after another tab was opened', async () => {
    const grid = sample();
    const host: PaneHost = { ...VIEW_HOST, read: () => Promise.resolve(grid) };
    await act(async () => {
      dom.root.render(
        <FluentProvider theme={webLightTheme}>
          <Pane host={host} sampleData={() => Promise.resolve(sampleData())} />
        </FluentProvider>,
      );
    });
    await settle();
    await click(tab('说明数据'));
    await click(button('载入示例的说明数据'));
    const offer = '把“示例说明数据”写入说明数据表';
    expect(button(offer)).toBeDefined();
    await click(tab('识别'));
    expect(byTestId('view-supplement')).toHaveLength(0);
    await click(tab('说明数据'));
    expect(byTestId('view-supplement')).toHaveLength(1);
    expect(button(offer)).toBeDefined();
  });
});

describe('上年工作簿', () => {
  function View() {
    const selection = usePresetSelection();
    return <SupplementView host={VIEW_HOST} grid={sample()} onGrid={() => undefined} selection={selection} />;
  }

  async function show(): Promise<void> {
    await act(async () => {
      dom.root.render(
        <FluentProvider theme={webLightTheme}>
          <View />
        </FluentProvider>,
      );
    });
    await settle();
  }

  const fill = (name: string) => button(`把“${name}”的本年数填为上年数`);

  it('of this same year: says so, with the year read from it, and offers nothing to fill', async () => {
    await show();
    mockChosen = sample();
    await choose('选择上年工作簿', '昌吉2022.xlsx');
    const refused = byTestId('prior-year-refused');
    expect(refused).toHaveLength(1);
    expect(refused[0]!.textContent).toBe('“昌吉2022.xlsx”：这是 2022 年度的决算，与本工作簿同一年度，不是上年工作簿，其中的数字没有使用。请选择 2021 年度的决算工作簿。');
    expect(fill('昌吉2022.xlsx')).toBeUndefined();
  });

  it('of last year: offered for filling, nothing said; two years back: offered, the year said', async () => {
    await show();
    mockChosen = sampleOf(2021);
    await choose('选择上年工作簿', '昌吉2021.xlsx');
    expect(byTestId('prior-year-refused')).toHaveLength(0);
    expect(byTestId('prior-year-note')).toHaveLength(0);
    expect(fill('昌吉2021.xlsx')).toBeDefined();
    mockChosen = sampleOf(2020);
    await choose('选择上年工作簿', '昌吉2020.xlsx');
    expect(fill('昌吉2020.xlsx')).toBeDefined();
    expect(byTestId('prior-year-note')[0]!.textContent).toContain('这是 2020 年度的决算，不是上一年度（2021 年度）');
  });
});
