/**
 * @jest-environment jsdom
 *
 * 识别 as the accountant sees it: a complete workbook lists its tables and no missing ones; a workbook without a
 * table lists it as missing (its code, its title and what to do), once the list's own chunk has loaded.
 */
import { act } from 'react';
import { domRootPerTest } from '../support/domRoot';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { RecognitionView } from '../../src/taskpane/views/RecognitionView';
import { recognise } from '../../src/engine/recognise/recognise';
import type { WorkbookGrid } from '../../src/engine/grid/cell';
import { sample } from '../support/ruleTester';
import { changji2022 } from '../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../fixtures/workbook';
import { withBasicSplit } from '../../fixtures/splitBasic';
import { JIANGSU_FISCAL_EXPENDITURE, JIANGXI_ASSETS, jiangxiAssetsRows, withJiangsuFiscalTables } from '../support/layouts';

const dom = domRootPerTest();

/** Renders 识别 for a workbook and lets lazily loaded parts arrive. */
async function show(grid: WorkbookGrid): Promise<void> {
  await act(async () => {
    dom.root.render(
      <FluentProvider theme={webLightTheme}>
        <RecognitionView recognition={recognise(grid)} onRefresh={() => undefined} onSelect={() => undefined} />
      </FluentProvider>,
    );
  });
  // The missing tables' chunk (a resolved import under jest) renders on the next turn.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const byTestId = (id: string) => [...dom.container.querySelectorAll(`[data-testid="${id}"]`)] as HTMLElement[];

describe('识别', () => {
  it('lists every table of the complete sample, and no missing table', async () => {
    await show(sample());
    expect(byTestId('table-row')).toHaveLength(18);
    expect(byTestId('found')[0]!.textContent).toBe('识别到 9 张表和 9 张项目支出绩效自评表');
    expect(byTestId('missing-tables')).toHaveLength(0);
    expect(dom.container.textContent).toContain('九张表和绩效自评表都已识别，读取时没有发现问题（数字是否前后一致，到“检查”中核对）。');
  });

  it('lists a table the workbook lacks with its code, title and what to do', async () => {
    const grid = sample();
    await show({ ...grid, sheets: grid.sheets.filter((s) => s.name !== '一般公共预算财政拨款支出决算表') });
    const [missing] = byTestId('missing-tables');
    expect(missing).toBeDefined();
    expect(missing!.textContent).toBe(
      '缺少 1 张表' + '05' + '一般公共预算财政拨款支出决算表' + '未找到《一般公共预算财政拨款支出决算表》（公开05表）：请在工作簿中加入此表，标题须为表名（工作表名称不限）。',
    );
    expect(missing!.querySelector('.fui-Badge')!.textContent).toBe('05');
    expect(byTestId('table-row')).toHaveLength(17);
  });

  it('shows each sheet a table was read from: table 06 with its 公用经费 part on a sheet of its own', async () => {
    await show(toGrid(withBasicSplit(buildWorkbook(changji2022, standardPlan(changji2022)), { title: '一般公共预算财政拨款基本支出决算表（续）' })));
    const basic = byTestId('table-row').find((r) => r.textContent!.startsWith('06'))!;
    expect(basic.textContent).toContain('工作表“一般公共预算财政拨款基本支出决算表” A1:C23、工作表“公用经费” A1:C23 · 万元');
  });

  // The tables beyond the nine (h276): listed after the last 自评表 under our codes F05, F06, A10, and counted with the
  // nine (识别到 11 张表: as if the set had eleven of them).
  const rowTexts = () => byTestId('table-row').map((r) => `${r.firstElementChild!.textContent} ${r.children[1]!.firstElementChild!.textContent}`);

  it('江苏: its two tables of every 财政拨款 after the nine, before the 自评表, as 其他表1 and 其他表2, counted apart', async () => {
    await show(withJiangsuFiscalTables(sample()));
    expect(byTestId('found')[0]!.textContent).toBe('识别到 9 张表、2 张其他表和 9 张项目支出绩效自评表');
    // Their titles as printed, with the (功能科目) and (经济科目) the page is found by (h291: left out before).
    expect(rowTexts().slice(8, 12)).toEqual([
      '09 国有资本经营预算财政拨款收入支出决算表',
      // helper-h301: as 检查 numbers their findings (其他表1-1), not 其他 alone.
      '其他表1 财政拨款支出决算表（功能科目）',
      '其他表2 财政拨款基本支出决算表（经济科目）',
      expect.stringMatching(/^自评 项目：/),
    ]);
    expect(byTestId('table-row')).toHaveLength(20);
  });

  it('several beyond the nine in workbook order, numbered so: 江西’s before 江苏’s two is 其他表1', async () => {
    const g = withJiangsuFiscalTables(sample());
    const first = g.sheets.findIndex((s) => s.name === JIANGSU_FISCAL_EXPENDITURE);
    await show({ sheets: [...g.sheets.slice(0, first), { name: JIANGXI_ASSETS, rows: jiangxiAssetsRows() }, ...g.sheets.slice(first)] });
    expect(rowTexts().slice(9, 12)).toEqual(['其他表1 国有资产占用情况表', '其他表2 财政拨款支出决算表（功能科目）', '其他表3 财政拨款基本支出决算表（经济科目）']);
  });

  it('江西: its 国有资产占用情况表 after the nine, as 其他表 (the one: no number)', async () => {
    const grid = sample();
    await show({ ...grid, sheets: [...grid.sheets, { name: JIANGXI_ASSETS, rows: jiangxiAssetsRows() }] });
    expect(byTestId('found')[0]!.textContent).toBe('识别到 9 张表、1 张其他表和 9 张项目支出绩效自评表');
    expect(rowTexts()[9]).toBe('其他表 国有资产占用情况表');
    expect(dom.container.textContent).not.toMatch(/A10|F05/);
  });
});
