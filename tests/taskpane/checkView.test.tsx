/**
 * @jest-environment jsdom
 *
 * 检查 as the accountant sees it: the findings grouped by table, a missing table among the tables (in the group of
 * the table missing), not under 说明数据与说明文字.
 */
import { act } from 'react';
import { domRootPerTest } from '../support/domRoot';
import { settle, VIEW_HOST, withResizeObserver } from '../support/viewHost';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { CheckView, PendingMarks } from '../../src/taskpane/views/CheckView';
import { flagsPlan } from '../../src/engine/workflow';
import { applyPlanToGrid } from '../../src/engine/plan/applyToGrid';
import type { WorkbookGrid } from '../../src/engine/grid/cell';
import { sample } from '../support/ruleTester';
import { readMarks } from '../../src/engine/audit/flags';
import { badgeWidth } from '../../src/taskpane/views/badgeWidth';
import { JIANGSU_FISCAL_EXPENDITURE, withJiangsuFiscalTables } from '../support/layouts';

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

describe('检查: the note of what was written', () => {
  /** The sample with 收入支出决算总表's 支出总计 1.00 万元 too high (F35), or as it is. */
  function summaryTotal(value: number): WorkbookGrid {
    const grid = sample();
    const summary = grid.sheets.find((s) => s.name === '收入支出决算总表')!;
    (summary.rows as unknown[][])[34]![5] = value;
    return grid;
  }

  async function render(grid: WorkbookGrid, onGrid: (g: WorkbookGrid) => void): Promise<void> {
    const writing = { ...host, act: (compute: (g: WorkbookGrid) => never) => Promise.resolve({ grid, plan: compute(grid), skipped: [] }) };
    await act(async () => {
      dom.root.render(
        <FluentProvider theme={webLightTheme}>
          <CheckView host={writing as typeof host} grid={grid} onGrid={onGrid} />
        </FluentProvider>,
      );
    });
    await settle();
  }

  const button = (text: string) => [...dom.container.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLElement;
  const written = () => dom.container.textContent!.includes('已写入');

  it('stays while the findings are those flagged, and goes once a figure put right changes them', async () => {
    let current = summaryTotal(1489.29);
    const onGrid = (g: WorkbookGrid) => (current = g);
    await render(current, onGrid);
    await act(async () => button('检查并在单元格中标出').click());
    await act(async () => button('确定写入').click());
    await settle();
    await render(current, onGrid);
    expect(written()).toBe(true);
    expect(dom.container.querySelector('[data-testid="counts"]')!.textContent).toMatch(/错误 [1-9]/);
    // The same workbook read again: the note stays.
    await render(applyPlanToGrid(current, { ops: [], summary: [] } as never), onGrid);
    expect(written()).toBe(true);
    // The accountant puts the 支出总计 right: no 错误 any more, and no note of 错误 written.
    const fixed = applyPlanToGrid(current, { ops: [], summary: [] } as never);
    (fixed.sheets.find((s) => s.name === '收入支出决算总表')!.rows as unknown[][])[34]![5] = 1488.29;
    await render(fixed, onGrid);
    expect(dom.container.querySelector('[data-testid="counts"]')!.textContent).toMatch(/错误 0/);
    expect(written()).toBe(false);
    expect(dom.container.textContent).toContain('单元格中的标色是上次检查时写的');
  });
});

describe('检查: marking a finding', () => {
  it('writes nothing until the flags are written with their plan shown, and then writes the mark', async () => {
    let current = sample();
    const acts: string[][] = [];
    const writing = {
      ...host,
      act: (compute: (g: WorkbookGrid) => ReturnType<typeof flagsPlan>) => {
        const plan = compute(current);
        acts.push([...plan.summary]);
        return Promise.resolve({ grid: current, plan, skipped: [] });
      },
    };
    const render = async () =>
      act(async () => {
        dom.root.render(
          <FluentProvider theme={webLightTheme}>
            <CheckView host={writing as typeof host} grid={current} onGrid={(g) => (current = g)} />
          </FluentProvider>,
        );
      });
    await render();
    await settle();
    const buttons = () => [...dom.container.querySelectorAll('button')];
    const button = (text: string) => buttons().find((b) => b.textContent === text) as HTMLElement;
    const first = dom.container.querySelector('[data-testid="finding"]') as HTMLElement;
    const id = first.getAttribute('data-id')!;
    await act(async () => (first.querySelector('button[aria-label^="标记 "]') as HTMLElement).click());
    await act(async () => [...first.querySelectorAll('button')].find((b) => b.textContent === '已说明')!.click());
    await settle();
    // Nothing written: no 检查结果 sheet, no flags; the pane says the mark is its own so far.
    expect(acts).toEqual([]);
    expect(current.sheets.some((s) => s.name === '检查结果')).toBe(false);
    expect(first.textContent).toContain('已标记“已说明”（未写入）');
    expect(dom.container.querySelector('[data-testid="marks-unwritten"]')!.textContent).toContain('有 1 个标记还没有写入工作簿');
    expect(dom.container.querySelector('[data-testid="counts"]')!.textContent).toContain('已标记 1');
    // The main button shows the mark among what it will write, and writes it once confirmed.
    await act(async () => button('检查并在单元格中标出').click());
    expect(dom.container.querySelector('[data-testid="action-check"]')!.textContent).toContain('将要写入：1 个标记（已说明 1 个）：标了的问题不再标色，在“检查结果”中记下。');
    // Of the findings listed, the one marked: not “kept” (保留 1 个已有标记 said of the mark being written).
    expect(dom.container.querySelector('[data-testid="action-check"]')!.textContent).toMatch(/个问题（[^）]*），其中 1 个标了“已说明”或“忽略”。/);
    expect(acts).toEqual([]);
    await act(async () => button('确定写入').click());
    await settle();
    expect(acts).toHaveLength(1);
    expect(dom.container.querySelector('[data-testid="action-check"]')!.textContent).toContain('已写入：1 个标记（已说明 1 个）');
    expect(readMarks(current).get(id)).toMatchObject({ kind: '已说明' });
    await render();
    expect(dom.container.querySelector('[data-testid="marks-unwritten"]')).toBeNull();
    expect(dom.container.querySelector(`[data-id="${id}"]`)!.textContent).not.toContain('（未写入）');
  });
});

describe('检查: the groups', () => {
  it('opens a group that appears holding 错误 after the first render, and keeps one the accountant closed closed', async () => {
    const before = sample();
    await show(before);
    const groupsBefore = [...dom.container.querySelectorAll('button[aria-expanded]')].map((b) => b.textContent!.slice(0, 2));
    // The 支出总计 of 收入支出决算总表 1.00 万元 too high: 错误 in a group the first render may not have had.
    const after = sample();
    (after.sheets.find((s) => s.name === '收入支出决算总表')!.rows as unknown[][])[34]![5] = 1489.29;
    await show(after);
    await settle();
    const errors = Number(/错误 (\d+)/.exec(dom.container.querySelector('[data-testid="counts"]')!.textContent!)![1]);
    expect(errors).toBeGreaterThan(0);
    const shown = [...dom.container.querySelectorAll('[data-testid="finding"]')].filter((f) => f.textContent!.includes('错误'));
    expect(shown).toHaveLength(errors);
    const header = [...dom.container.querySelectorAll('button[aria-expanded]')].find((b) => b.textContent!.startsWith('01'))!;
    expect(groupsBefore).not.toContain('01');
    expect(header.getAttribute('aria-expanded')).toBe('true');
    // Closed by the accountant, it stays closed while the workbook changes without new 错误 in it.
    await act(async () => (header as HTMLElement).click());
    expect(header.getAttribute('aria-expanded')).toBe('false');
    const again = sample();
    (again.sheets.find((s) => s.name === '收入支出决算总表')!.rows as unknown[][])[34]![5] = 1489.29;
    await show(again);
    await settle();
    expect([...dom.container.querySelectorAll('button[aria-expanded]')].find((b) => b.textContent!.startsWith('01'))!.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('检查: 清除标记', () => {
  it('says what it removed once, where it was asked and confirmed', async () => {
    let current = applyPlanToGrid(sample(), flagsPlan(sample()));
    const writing = {
      ...host,
      act: (compute: (g: WorkbookGrid) => ReturnType<typeof flagsPlan>) => {
        const plan = compute(current);
        return Promise.resolve({ grid: current, plan, skipped: [] });
      },
    };
    const render = async () =>
      act(async () => {
        dom.root.render(
          <FluentProvider theme={webLightTheme}>
            <CheckView host={writing as typeof host} grid={current} onGrid={(g) => (current = g)} />
          </FluentProvider>,
        );
      });
    await render();
    await settle();
    const button = (text: string) => [...dom.container.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLElement;
    await act(async () => button('清除标记').click());
    await act(async () => button('确定写入').click());
    await settle();
    await render();
    await settle();
    const said = dom.container.textContent!.split('清除决算公开助手添加的标色和批注').length - 1;
    expect(dom.container.querySelector('[data-testid="action-clear"]')!.textContent).toContain('已写入：清除决算公开助手添加的标色和批注');
    expect(said).toBe(1);
  });

  it('takes the pane’s marks not yet written with it: the findings show as the workbook holds them after', async () => {
    let current = applyPlanToGrid(sample(), flagsPlan(sample()));
    const writing = {
      ...host,
      act: (compute: (g: WorkbookGrid) => ReturnType<typeof flagsPlan>) => Promise.resolve({ grid: current, plan: compute(current), skipped: [] }),
    };
    // The pane's own keeping of the marks across its tabs (Pane.tsx), as the pane passes them.
    let pending: PendingMarks = new Map();
    const render = async () =>
      act(async () => {
        dom.root.render(
          <FluentProvider theme={webLightTheme}>
            <CheckView host={writing as typeof host} grid={current} onGrid={(g) => (current = g)} pending={pending} onPending={(p) => (pending = p)} />
          </FluentProvider>,
        );
      });
    await render();
    await settle();
    const button = (text: string) => [...dom.container.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLElement;
    const first = dom.container.querySelector('[data-testid="finding"]') as HTMLElement;
    const id = first.getAttribute('data-id')!;
    await act(async () => (first.querySelector('button[aria-label^="标记 "]') as HTMLElement).click());
    await act(async () => [...first.querySelectorAll('button')].find((b) => b.textContent === '忽略')!.click());
    await render();
    await settle();
    const finding = () => dom.container.querySelector(`[data-id="${id}"]`)!.textContent!;
    expect(finding()).toContain('已标记“忽略”（未写入）');
    await act(async () => button('清除标记').click());
    // Said before it is done.
    expect(dom.container.querySelector('[data-testid="action-clear"]')!.textContent).toContain('还没有写入的 1 个标记一并取消');
    await act(async () => button('确定写入').click());
    await settle();
    await render();
    await settle();
    expect(current.sheets.some((s) => s.name === '检查结果')).toBe(false);
    expect(finding()).not.toContain('已标记');
    expect(finding()).toContain('标记…');
    expect(dom.container.querySelector('[data-testid="marks-unwritten"]')).toBeNull();
    expect(dom.container.querySelector('[data-testid="counts"]')!.textContent).not.toContain('已标记');
  });
});

describe('检查: 清除标记 on a workbook the pane sees no flag in', () => {
  const clearButton = () => [...dom.container.querySelectorAll('[data-testid="action-clear"] button')].find((b) => b.textContent === '清除标记') as HTMLButtonElement;

  it('stays offered once the 检查结果 sheet is deleted: the colours and notes in the cells are still there, and only it takes them off', async () => {
    // Flagged (in this session, in WPS, in another), then the accountant deleted 检查结果: the grid keeps no trace of
    // the colours and notes, which stay in the cells.
    const flagged = applyPlanToGrid(sample(), flagsPlan(sample()));
    let plan: ReturnType<typeof flagsPlan> | undefined;
    const grid = { sheets: flagged.sheets.filter((s) => s.name !== '检查结果') };
    const writing = { ...host, act: (compute: (g: WorkbookGrid) => ReturnType<typeof flagsPlan>) => Promise.resolve({ grid, plan: (plan = compute(grid)), skipped: [] }) };
    await act(async () => {
      dom.root.render(
        <FluentProvider theme={webLightTheme}>
          <CheckView host={writing as typeof host} grid={grid} onGrid={() => undefined} />
        </FluentProvider>,
      );
    });
    await settle();
    expect(clearButton().disabled).toBe(false);
    await act(async () => clearButton().click());
    expect(dom.container.querySelector('[data-testid="action-clear"]')!.textContent).toContain('清除决算公开助手添加的标色和批注');
    await act(async () => ([...dom.container.querySelectorAll('button')].find((b) => b.textContent === '确定写入') as HTMLElement).click());
    await settle();
    const removed = plan!.ops.find((op) => op.op === 'removeHighlights');
    expect(removed && 'sheets' in removed ? removed.sheets : []).toContain('收入支出决算总表');
  });
});

describe('检查: the numbers', () => {
  it('take one width in every group: 其他表-1 as 表05-1, so that every message starts at the same x', async () => {
    // 江苏's 财政拨款支出决算表（功能科目） with its 合计 written 1,463.45: findings under 其他表 beside the nine's.
    const g = withJiangsuFiscalTables(sample());
    const grid = { sheets: g.sheets.map((s) => (s.name === JIANGSU_FISCAL_EXPENDITURE ? { ...s, rows: s.rows.map((r, i) => (i === 5 ? r.map((v, c) => (c === 2 ? 1463.45 : v)) : r)) } : s)) };
    await show(grid);
    await settle();
    const numbers = [...dom.container.querySelectorAll<HTMLElement>('[data-testid="finding-number"]')];
    const texts = numbers.map((n) => n.textContent!);
    expect(texts.some((t) => t.startsWith('其他表'))).toBe(true);
    expect(texts.some((t) => t.startsWith('表05-'))).toBe(true);
    expect(new Set(numbers.map((n) => n.style.width))).toEqual(new Set([badgeWidth(texts)]));
  });
});
