/**
 * @jest-environment jsdom
 *
 * 生成说明 says the tables hold 错误 and offers 去“检查”: the click opens 检查 with its findings listed at once (the
 * 错误 spoken of among them, each with its cell), not an empty tab waiting for another click; nothing is written
 * before the accountant asks, and the list says the cells are not flagged yet. The audit behind both views is run
 * once for the same workbook state; a changed workbook is audited again.
 */
import { act } from 'react';
import { domRootPerTest } from '../support/domRoot';
import { click, settle, VIEW_HOST, withResizeObserver } from '../support/viewHost';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Pane } from '../../src/taskpane/Pane';
import type { PaneHost } from '../../src/taskpane/host';
import * as workflow from '../../src/engine/workflow';
import * as audit from '../../src/engine/audit/audit';
import { applyPlanToGrid } from '../../src/engine/plan/applyToGrid';
import type { WorkbookGrid } from '../../src/engine/grid/cell';
import { sample, sampleData } from '../support/ruleTester';

const dom = domRootPerTest();
withResizeObserver();

/** The sample with its 说明数据 and a 支出总计 1.00 万元 above the 收入总计. */
function unbalanced(): WorkbookGrid {
  const grid = sample();
  const filled = applyPlanToGrid(grid, workflow.supplementPlan(grid, sampleData()));
  const summary = filled.sheets.find((s) => s.name === '收入支出决算总表')!;
  (summary.rows as unknown[][])[34]![5] = 1489.29;
  return filled;
}

/** A host that holds the workbook already (as the web page does) and is never asked to write. */
function holding(grid: WorkbookGrid): PaneHost {
  return { ...VIEW_HOST, held: () => grid, read: () => Promise.resolve(grid) };
}


const byTestId = (id: string) => [...dom.container.querySelectorAll(`[data-testid="${id}"]`)] as HTMLElement[];
const tab = (name: string) => [...dom.container.querySelectorAll('[role="tab"]')].find((t) => t.textContent?.startsWith(name)) as HTMLElement | undefined;

async function showPane(host: PaneHost): Promise<void> {
  await act(async () => {
    dom.root.render(
      <FluentProvider theme={webLightTheme}>
        <Pane host={host} />
      </FluentProvider>,
    );
  });
  await settle();
}

describe('去“检查” from 生成说明', () => {
  let spy: jest.SpyInstance;
  beforeEach(() => {
    spy = jest.spyOn(audit, 'runAudit');
  });
  afterEach(() => spy.mockRestore());
  /** The workbook's full audits (every rule): those of 检查 (the unit rules 生成说明 runs on its own are not). */
  const audits = () => spy.mock.calls.filter((call) => call[1] === undefined).length;

  it('opens 检查 with the findings listed, the 错误 with their cells, nothing written', async () => {
    await showPane(holding(unbalanced()));
    await click(tab('生成说明'));
    const notice = byTestId('table-errors')[0]!;
    const count = Number(/^表中有 (\d+) 处错误/.exec(notice.textContent!)![1]);
    await click(byTestId('table-errors-check')[0]);
    expect(byTestId('view-check')).toHaveLength(1);
    expect(tab('检查')!.getAttribute('aria-selected')).toBe('true');
    // The counts and the list, without clicking 检查 again.
    expect(byTestId('counts')[0]!.textContent).toMatch(/错误 \d+/);
    const errors = byTestId('finding').filter((f) => f.textContent!.includes('错误'));
    expect(errors.length).toBeGreaterThanOrEqual(count);
    expect(byTestId('finding-cell').some((c) => c.textContent!.includes('收入支出决算总表!'))).toBe(true);
    // A finding's cells of one sheet: the sheet named once, before them (收入支出决算总表!F35、F34), not before each.
    const ofOneSheet = byTestId('finding-cell').map((c) => c.textContent!).filter((t) => /^收入支出决算总表!F\d+、F\d+/.test(t));
    expect(ofOneSheet.length).toBeGreaterThan(0);
    for (const text of ofOneSheet) expect(text.match(/收入支出决算总表!/g)).toHaveLength(1);
    // Listed, not flagged: the list says so, and how to flag them.
    expect(byTestId('not-in-cells')[0]!.textContent).toContain('单元格中还没有标出');
    expect(byTestId('action-check')).toHaveLength(1);
    // One audit for 生成说明's note and 检查's list of the same workbook.
    expect(audits()).toBe(1);
  });

  it('says the 错误 检查 counts beside its tables’ own: the number 生成说明 gives is the one 检查 shows (6 处 there, 错误 7 here, a table missing)', async () => {
    const grid = unbalanced();
    await showPane(holding({ ...grid, sheets: grid.sheets.filter((s) => !s.name.startsWith('支出决算表')) }));
    await click(tab('生成说明'));
    const notice = byTestId('table-errors')[0]!.textContent!;
    const tables = Number(/^表中有 (\d+) 处错误/.exec(notice)![1]);
    const all = Number(/“检查”共有 (\d+) 个错误，除上面 (\d+) 处外，1 个是缺少的表（《支出决算表》/.exec(notice)?.[1]);
    expect(all).toBe(tables + 1);
    await click(byTestId('table-errors-check')[0]);
    expect(byTestId('counts')[0]!.textContent).toContain(`错误 ${all}`);
  });

  it('检查并在单元格中标出 then audits the workbook it reads once, and the one it wrote once', async () => {
    const grid = unbalanced();
    // Writes nothing anywhere: the action's plan is computed from the workbook as it holds it.
    const host: PaneHost = { ...holding(grid), act: (compute) => Promise.resolve({ grid, plan: compute(grid), skipped: [] }) };
    await showPane(host);
    await click(tab('生成说明'));
    await click(byTestId('table-errors-check')[0]);
    expect(audits()).toBe(1);
    await click(byTestId('action-check')[0]!.querySelector('button') as HTMLElement);
    await click([...dom.container.querySelectorAll('button')].find((b) => b.textContent === '确定写入') as HTMLElement);
    expect(byTestId('counts')).toHaveLength(1);
    expect(byTestId('not-in-cells')).toHaveLength(0);
    // The preview, the plan and the ids flagged reuse the list's audit; the workbook written is audited anew.
    expect(audits()).toBe(2);
  });

  it('the 检查 tab chosen by itself lists the findings too, and after leaving it and coming back', async () => {
    await showPane(holding(unbalanced()));
    await click(tab('检查'));
    expect(byTestId('view-check')).toHaveLength(1);
    expect(byTestId('counts')[0]!.textContent).toMatch(/错误 [1-9]/);
    expect(byTestId('finding').some((f) => f.textContent!.includes('错误'))).toBe(true);
    expect(byTestId('not-in-cells')[0]!.textContent).toContain('单元格中还没有标出');
    // Left for 生成说明 and chosen again: the list is there again, not an empty tab waiting for a click.
    await click(tab('生成说明'));
    await click(byTestId('table-errors-check')[0]);
    await click(tab('识别'));
    await click(tab('检查'));
    expect(byTestId('finding').length).toBeGreaterThan(0);
    expect(audits()).toBe(1);
  });

  it('a workbook changed since is audited again', async () => {
    let grid = unbalanced();
    let edited: () => void = () => undefined;
    const host: PaneHost = { ...holding(grid), held: undefined, read: () => Promise.resolve(grid), onEdited: (l) => ((edited = l), () => undefined) };
    await showPane(host);
    await click(tab('生成说明'));
    expect(byTestId('table-errors')).toHaveLength(1);
    // The accountant puts the 支出总计 right: the next read gives a new grid, and the note goes.
    const fixed = sample();
    grid = applyPlanToGrid(fixed, workflow.supplementPlan(fixed, sampleData()));
    await act(async () => edited());
    await settle();
    expect(byTestId('table-errors')).toHaveLength(0);
    expect(audits()).toBe(2);
  });
});
