/**
 * @jest-environment jsdom
 *
 * 检查 as the accountant sees it: the findings grouped by table, a missing table among the tables (in the group of
 * the table missing), not under 说明数据与说明文字.
 */
import { act } from 'react';
import { domRootPerTest } from '../support/domRoot';
import { VIEW_HOST, withResizeObserver } from '../support/viewHost';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { CheckView } from '../../src/taskpane/views/CheckView';
import { flagsPlan } from '../../src/engine/workflow';
import { applyPlanToGrid } from '../../src/engine/plan/applyToGrid';
import type { WorkbookGrid } from '../../src/engine/grid/cell';
import { sample } from '../support/ruleTester';

const dom = domRootPerTest();

withResizeObserver();
const host = VIEW_HOST;

async function show(grid: WorkbookGrid): Promise<void> {
  await act(async () => {
    dom.root.render(
      <FluentProvider theme={webLightTheme}>
        <CheckView host={host} grid={grid} onGrid={() => undefined} />
      </FluentProvider>,
    );
  });
}

/** The sample without the 支出决算表, checked (its flags written, so the pane shows the findings at once). */
function checkedWithoutTable03(): WorkbookGrid {
  const grid = { sheets: sample().sheets.filter((s) => !s.name.startsWith('支出决算表')) };
  return applyPlanToGrid(grid, flagsPlan(grid));
}

describe('检查: a missing table', () => {
  it('is listed in the group of the table missing, numbered as the tables’ findings are', async () => {
    await show(checkedWithoutTable03());
    const missing = [...dom.container.querySelectorAll('[data-testid="finding"]')].find((f) => f.textContent!.includes('找不到《支出决算表》'));
    expect(missing).toBeDefined();
    expect(missing!.querySelector('[data-testid="finding-number"]')!.textContent).toMatch(/^表03-\d+$/);
    const headers = [...dom.container.querySelectorAll('button')].map((b) => b.textContent ?? '');
    expect(headers.some((h) => h.startsWith('03 支出决算表'))).toBe(true);
    expect(missing!.textContent).not.toContain('九张公开表齐全');
  });
});
