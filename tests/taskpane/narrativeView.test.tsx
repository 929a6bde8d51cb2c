/**
 * @jest-environment jsdom
 *
 * 生成说明 and 对照 as the accountant sees them when the workbook's amounts are read in the wrong unit: no preview,
 * no write, no copy, no .docx, no comparison to copy from; the reason, with the cell to put right. The sample shows
 * its text and the write button as before.
 */
import { act } from 'react';
import { domRootPerTest } from '../support/domRoot';
import { click, VIEW_HOST, withResizeObserver } from '../support/viewHost';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { NarrativeView } from '../../src/taskpane/views/NarrativeView';
import { CompareView } from '../../src/taskpane/views/CompareView';
import { narrativePlan, supplementPlan } from '../../src/engine/workflow';
import { PRESETS } from '../../src/engine/narrative/presets';
import { applyPlanToGrid } from '../../src/engine/plan/applyToGrid';
import type { WorkbookGrid } from '../../src/engine/grid/cell';
import type { Plan } from '../../src/engine/plan/plan';
import type { PaneHost } from '../../src/taskpane/host';
import { NO_CHARTS_IN_XLSX } from '../../src/hosts/noCharts';
import type { PresetSelection } from '../../src/taskpane/presetSelection';
import { narrativeSheet, sample, sampleData, scaleAmounts } from '../support/ruleTester';

const dom = domRootPerTest();

withResizeObserver();
const host = VIEW_HOST;

const selection: PresetSelection = { id: 'xinjiang', settings: undefined, loaded: [], choose: () => undefined, load: () => undefined, setSettings: () => undefined };

async function show(view: 'narrative' | 'compare', grid: WorkbookGrid, paneHost: PaneHost = host, onCheck?: () => void, chosen: PresetSelection = selection): Promise<void> {
  await act(async () => {
    dom.root.render(
      <FluentProvider theme={webLightTheme}>
        {view === 'narrative' ? (
          <NarrativeView host={paneHost} grid={grid} onGrid={() => undefined} selection={chosen} {...(onCheck ? { onCheck } : {})} />
        ) : (
          <CompareView host={paneHost} grid={grid} onGrid={() => undefined} selection={chosen} />
        )}
      </FluentProvider>,
    );
  });
}

const byTestId = (id: string) => [...dom.container.querySelectorAll(`[data-testid="${id}"]`)] as HTMLElement[];

/** The sample's 说明数据 with every 上年数 and 预算 multiplied by `factor`. */
const scaled = (factor: number) => scaleAmounts(sampleData(), factor);

/** The sample with its 说明数据 sheet, amounts multiplied by `factor`, and an accountant's 公开说明 sheet. */
function withSupplement(factor: number): WorkbookGrid {
  const grid = sample();
  const filled = applyPlanToGrid(grid, supplementPlan(grid, scaled(factor)));
  return { ...filled, sheets: [...filled.sheets, { ...narrativeSheet(), name: '我的说明' }] };
}

describe('生成说明 and 对照 while the amounts are read in the wrong unit', () => {
  it('the sample: the preview, the write button and the comparison show', async () => {
    await show('narrative', withSupplement(1));
    expect(byTestId('narrative-blocked')).toHaveLength(0);
    expect(byTestId('action-narrative')).toHaveLength(1);
    expect(byTestId('narrative-preview')[0]!.textContent).toContain('2022年度收入总计1,488.29万元');
    await show('compare', withSupplement(1));
    expect(byTestId('compare-summary')).toHaveLength(1);
  });

  it('the 说明数据 typed in 元: no preview, write, copy or .docx; the reason with its cell', async () => {
    // Before: the preview and the sheet said 比上年减少18,010,811.71万元, one click from a published document.
    await show('narrative', withSupplement(10_000));
    const [blocked] = byTestId('narrative-blocked');
    expect(blocked!.textContent).toMatch(/^公开说明没有生成：金额单位有误，生成的数字会是错的。请先改正：说明数据!.+：说明数据“收入总计”的上年数 18,012,300\.00 万元是/);
    for (const id of ['action-narrative', 'narrative-preview', 'download-docx']) expect(byTestId(id)).toHaveLength(0);
    expect(dom.container.textContent).not.toContain('复制全文');
    expect(dom.container.textContent).not.toContain('18,010,811');
  });

  it('keeps 删除图表 of a 公开说明 sheet written before: removing the charts writes no figure', async () => {
    const written = withSupplement(1);
    const withText = applyPlanToGrid(written, narrativePlan(written, PRESETS.xinjiang!));
    const blocked = applyPlanToGrid(withText, supplementPlan(withText, scaled(10_000)));
    await show('narrative', blocked);
    expect(byTestId('narrative-blocked')).toHaveLength(1);
    expect(byTestId('action-remove-charts')).toHaveLength(1);
    expect(byTestId('action-narrative')).toHaveLength(0);
  });

  it('对照 offers nothing to copy: the same reason instead of the generated text', async () => {
    await show('compare', withSupplement(10_000));
    expect(byTestId('narrative-blocked')).toHaveLength(1);
    expect(byTestId('compare-summary')).toHaveLength(0);
    expect(byTestId('compare-row')).toHaveLength(0);
  });
});

describe('对照 with the preset 生成说明 writes with', () => {
  it('compares with the preset chosen in the pane, not always 新疆', async () => {
    // helper-148: 对照 started at 新疆 whatever 生成说明 had chosen.
    const shanghai: PresetSelection = { ...selection, id: 'shanghai' };
    await show('compare', withSupplement(1), host, undefined, shanghai);
    const picker = dom.container.querySelector('[aria-label="生成的格式"]') as HTMLElement;
    expect(picker.textContent ?? (picker as HTMLInputElement).value).toContain(PRESETS.shanghai!.name);
    expect(dom.container.textContent).not.toContain(PRESETS.xinjiang!.name);
  });
});

describe('删除图表 where the host draws no charts', () => {
  it('the web page (host.noCharts) offers no 删除图表 on a workbook with a 公开说明 sheet', async () => {
    const written = withSupplement(1);
    const withText = applyPlanToGrid(written, narrativePlan(written, PRESETS.xinjiang!));
    await show('narrative', withText);
    expect(byTestId('action-remove-charts')).toHaveLength(1);
    await show('narrative', withText, { ...host, noCharts: NO_CHARTS_IN_XLSX });
    expect(byTestId('action-narrative')).toHaveLength(1);
    expect(byTestId('action-remove-charts')).toHaveLength(0);
    expect(dom.container.textContent).not.toContain('删除图表');
  });
});

describe('删除图表 of a 公开说明 sheet written before the chart data carried fingerprints', () => {
  it('says before and after that a figure typed over in the chart data is kept, with its cell, and keeps it', async () => {
    // Before: the preview said the chart data would go, and the 999.99 typed there went with it, unsaid.
    const written = withSupplement(1);
    const withText = applyPlanToGrid(written, narrativePlan(written, PRESETS.xinjiang!));
    const old = withText.sheets.find((s) => s.name === '公开说明')!;
    const rows = old.rows.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith('图/') ? null : v)));
    const r = rows.findIndex((x) => typeof x[2] === 'string' && x[2].startsWith('图1 '));
    rows[r + 2]![3] = 999.99;
    const grid: WorkbookGrid = { ...withText, sheets: withText.sheets.map((s) => (s === old ? { ...s, rows } : s)) };
    const plans: Plan[] = [];
    const removing: PaneHost = { ...host, act: (compute) => Promise.resolve({ grid, plan: plans[plans.push(compute(grid)) - 1]!, skipped: [] }) };
    await show('narrative', grid, removing);
    const kept = `保留 D${r + 3}：工作表“公开说明”由决算公开助手早先的版本写入，这些图表数据与这次生成的不同，可能是您改过的，连同所在行一起保留，未删除。如不需要，请核对后手动删除。`;
    const button = (label: string) => [...byTestId('action-remove-charts')[0]!.querySelectorAll('button')].find((b) => b.textContent === label);
    await click(button('删除图表'));
    expect(byTestId('action-remove-charts')[0]!.textContent).toContain(kept);
    await click(button('确定写入'));
    expect(byTestId('action-remove-charts')[0]!.textContent).toContain(kept);
    const after = applyPlanToGrid(grid, plans[0]!).sheets.find((s) => s.name === '公开说明')!;
    expect(after.rows[r + 2]![3]).toBe(999.99);
    expect(after.rows[r + 3]![2] ?? null).toBeNull();
  });
});

describe('生成说明 on a workbook whose tables hold 错误', () => {
  /** The sample with its 说明数据 and a 支出总计 1.00 万元 above the 收入总计. */
  function unbalanced(): WorkbookGrid {
    const grid = withSupplement(1);
    const summary = grid.sheets.find((s) => s.name === '收入支出决算总表')!;
    (summary.rows as unknown[][])[34]![5] = 1489.29;
    return grid;
  }

  it('says so beside the result, with a way to 检查, and writes all the same', async () => {
    let opened = 0;
    await show('narrative', unbalanced(), host, () => opened++);
    const notice = byTestId('table-errors');
    expect(notice).toHaveLength(1);
    expect(notice[0]!.textContent).toMatch(/^表中有 \d+ 处错误（公开01表.*），生成的说明会引用这些数字，前后可能对不上：建议先到“检查”中改正。/);
    // Not refused: the preview and the write button are there.
    expect(byTestId('action-narrative')).toHaveLength(1);
    expect(byTestId('narrative-preview')).toHaveLength(1);
    await act(async () => byTestId('table-errors-check')[0]!.click());
    expect(opened).toBe(1);
  });

  it('the sample: nothing said', async () => {
    await show('narrative', withSupplement(1), host, () => undefined);
    expect(byTestId('table-errors')).toHaveLength(0);
  });

  it('says it once on 写入: the notice stays above while confirming, not again among what will be written', async () => {
    // helper-h175: the notice was also the first line of 将要写入, two of the same sentence a few lines apart.
    const grid = unbalanced();
    const writing: PaneHost = { ...host, act: (compute) => Promise.resolve({ grid, plan: compute(grid), skipped: [] }) };
    await show('narrative', grid, writing, () => undefined);
    const said = () => dom.container.textContent!.split('生成的说明会引用这些数字').length - 1;
    expect(said()).toBe(1);
    const button = (label: string) => [...byTestId('action-narrative')[0]!.querySelectorAll('button')].find((b) => b.textContent === label);
    await click(button(`写入“公开说明”工作表`));
    expect(dom.container.textContent).toContain('将要写入：');
    expect(said()).toBe(1);
    expect(byTestId('table-errors')).toHaveLength(1);
    await click(button('确定写入'));
    expect(dom.container.textContent).toContain('已写入：');
    expect(said()).toBe(1);
  });
});

describe('生成说明 with a 本年数 typed over its formula in the 说明数据 sheet', () => {
  it('says the cell, both figures and that the text quotes the table’s; nothing while the formula stands', async () => {
    const grid = withSupplement(1);
    const sheet = grid.sheets.find((s) => s.name === '说明数据')!;
    const row = sheet.rows.findIndex((r) => r[0] === '收入总计');
    (sheet.rows as unknown[][])[row]![2] = 1500;
    if (sheet.formulas?.[row]) (sheet.formulas as (string | null)[][])[row]![2] = null;
    await show('narrative', grid);
    const notice = byTestId('current-figure-overrides');
    expect(notice).toHaveLength(1);
    expect(notice[0]!.textContent).toContain(`说明数据!C${row + 1}、收入支出决算总表!C35：`);
    expect(notice[0]!.textContent).toContain('1,500.00 万元，与决算表中的本年数 1,488.29 万元不符');
    await show('narrative', withSupplement(1));
    expect(byTestId('current-figure-overrides')).toHaveLength(0);
  });

  it('says it once on 写入: the notice beside the text, not again in what will be written or was written', async () => {
    const grid = withSupplement(1);
    const sheet = grid.sheets.find((s) => s.name === '说明数据')!;
    const row = sheet.rows.findIndex((r) => r[0] === '收入总计');
    (sheet.rows as unknown[][])[row]![2] = 1500;
    if (sheet.formulas?.[row]) (sheet.formulas as (string | null)[][])[row]![2] = null;
    const writing: PaneHost = { ...host, act: (compute) => Promise.resolve({ grid, plan: compute(grid), skipped: [] }) };
    await show('narrative', grid, writing);
    const said = () => dom.container.textContent!.split('与决算表中的本年数 1,488.29 万元不符').length - 1;
    expect(said()).toBe(1);
    const button = (label: string) => [...byTestId('action-narrative')[0]!.querySelectorAll('button')].find((b) => b.textContent === label);
    await click(button(`写入“公开说明”工作表`));
    expect(dom.container.textContent).toContain('将要写入：');
    expect(said()).toBe(1);
    await click(button('确定写入'));
    expect(dom.container.textContent).toContain('已写入：');
    expect(said()).toBe(1);
  });
});
