/**
 * @jest-environment jsdom
 *
 * 对照 with nothing of the accountant's to compare: what it says, also once 生成说明 has written its own 公开说明.
 */
import { act } from 'react';
import { domRootPerTest } from '../support/domRoot';
import { VIEW_HOST, withResizeObserver } from '../support/viewHost';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { CompareView } from '../../src/taskpane/views/CompareView';
import { narrativePlan } from '../../src/engine/workflow';
import { PRESETS } from '../../src/engine/narrative/presets';
import { applyPlanToGrid } from '../../src/engine/plan/applyToGrid';
import type { WorkbookGrid } from '../../src/engine/grid/cell';
import type { PresetSelection } from '../../src/taskpane/presetSelection';
import { sample } from '../support/ruleTester';

const dom = domRootPerTest();
withResizeObserver();

const selection: PresetSelection = { id: 'xinjiang', settings: undefined, loaded: [], choose: () => undefined, load: () => undefined, setSettings: () => undefined };

async function said(grid: WorkbookGrid): Promise<string> {
  await act(async () => {
    dom.root.render(
      <FluentProvider theme={webLightTheme}>
        <CompareView host={VIEW_HOST} grid={grid} onGrid={() => undefined} selection={selection} />
      </FluentProvider>,
    );
  });
  return dom.container.querySelector('[data-testid="compare-none"]')?.textContent ?? '';
}

describe('对照 without a text of the accountant’s', () => {
  it('the sample: there is none, and what 对照 would compare', async () => {
    expect(await said(sample())).toBe('工作簿中没有您自己写的公开说明。对照会把生成的公开说明与您写的（例如名为“公开说明”的工作表）逐段比较，标出数字不同之处。');
  });

  it('after 生成说明 wrote 公开说明: that sheet is the generated text, not the accountant’s, and is not compared', async () => {
    // The walk of the web page: it said there was no 公开说明 and named one as the example, the sheet 公开说明 in sight.
    const grid = sample();
    const text = await said(applyPlanToGrid(grid, narrativePlan(grid, PRESETS.xinjiang!)));
    expect(text).toBe(
      '工作簿中没有您自己写的公开说明：工作表“公开说明”是决算公开助手生成并写入的，对照不拿它比较。对照会把生成的公开说明与您自己写的（另一张工作表，如从往年或其他文件粘贴来的说明）逐段比较，标出数字不同之处。',
    );
  });
});
