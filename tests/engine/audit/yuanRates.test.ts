/**
 * Rates in the text of a workbook whose tables are in 元, to the 分 as real 元 tables are: the text states amounts in
 * 万元, and a rate may rightly be worked out on them as shown (4.79万元 of 4.99万元: the generator, DOMAIN §5) or on
 * the cells (47,926.38元 of 49,876.54元). The audit accepts both, and still finds a rate that is neither. Before, it
 * divided the 万元 the text shows by the exact 元 figure, which is neither: our own 上海 text drew 错误 in nearly every
 * such workbook.
 */
import { check, explain } from '../../../src/engine/workflow';
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import { PRESETS } from '../../../src/engine/narrative/presets';
import { documentLines } from '../../../src/engine/narrative/sheet';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import type { FinalAccountsData } from '../../../fixtures/data';

/** The sample in 元 with its 三公 figures to the 分: 决算 47,926.38 + 1,950.16 = 49,876.54 元, 预算 48,034.56 + 2,123.45. */
function yuanBook(): WorkbookGrid {
  const data = JSON.parse(JSON.stringify(changji2022)) as FinalAccountsData;
  const costs = data.threePublicCosts;
  Object.assign(costs.actual, { total: 4.987654, overseasTravel: 0, vehicles: 4.792638, vehiclePurchase: 0, vehicleOperation: 4.792638, reception: 0.195016 });
  Object.assign(costs.budget, { total: 5.015801, overseasTravel: 0, vehicles: 4.803456, vehiclePurchase: 0, vehicleOperation: 4.803456, reception: 0.212345 });
  // Table 06's 公务接待费 within table 07's.
  for (const line of data.generalBudgetBasic.public) if (line.code === '30217') (line.values as Record<string, number>).amount = 0.195016;
  return toGrid(buildWorkbook(data, standardPlan(data), { unit: '元' }));
}

const RATE_RULES = new Set(['text-shares', 'text-budget', 'text-change-words', 'text-budget-comparison']);

function rateFindings(grid: WorkbookGrid, paragraphs: readonly string[]) {
  const withText = { sheets: [...grid.sheets, { name: '公开说明', rows: paragraphs.map((p): CellValue[] => [p]) }] };
  return check(withText, changji2022Supplement).findings.filter((f) => RATE_RULES.has(f.rule));
}

describe('rates in the text of a 元 workbook', () => {
  const grid = yuanBook();

  it.each(['shanghai', 'xinjiang'])('finds nothing in the %s text the add-in writes for it', (preset) => {
    const lines = documentLines(explain(grid, PRESETS[preset]!, changji2022Supplement).document).map((l) => l.text);
    expect(lines.join('\n')).toMatch(/公务接待费[^。；]*0\.20万元/);
    expect(rateFindings(grid, lines).map((f) => f.message)).toEqual([]);
  });

  it('accepts shares and completion rates worked out on the 元 cells as well as on the 万元 shown', () => {
    const paragraphs = [
      // On the cells: 47,926.38 ÷ 49,876.54 = 96.09%; 1,950.16 ÷ 2,123.45 = 91.84%.
      '“三公”经费财政拨款支出决算中，公务用车购置及运行维护费支出决算4.79万元，占96.09%；公务接待费支出决算0.20万元，占3.91%。',
      '公务接待费支出决算为0.20万元，完成预算的91.84%。',
      // As shown: 4.79 ÷ 4.99 = 95.99%; 0.20 ÷ 0.21 = 95.24%.
      '“三公”经费财政拨款支出决算中，公务用车购置及运行维护费支出决算4.79万元，占95.99%；公务接待费支出决算0.20万元，占4.01%。',
      '公务接待费支出决算为0.20万元，完成预算的95.24%。',
    ];
    expect(rateFindings(grid, paragraphs).map((f) => f.message)).toEqual([]);
  });

  it('still finds a share and a completion rate that are neither', () => {
    const paragraphs = ['“三公”经费财政拨款支出决算中，公务用车购置及运行维护费支出决算4.79万元，占97.09%；公务接待费支出决算0.20万元，占2.91%。', '公务用车购置及运行维护费支出决算为4.79万元，完成预算的98.50%。'];
    expect(rateFindings(grid, paragraphs).map((f) => f.message)).toEqual([
      '说明文字“完成预算的98.50%”：按预算 48,034.56元、决算 4.79万元 应为 99.79%，文中为 98.50%。',
      '说明文字“4.79万元,占97.09%”：占比应为 95.99%（4.79万元 ÷ 49,876.54 元），文中为 97.09%。',
      '说明文字“0.20万元,占2.91%”：占比应为 4.01%（0.20万元 ÷ 49,876.54 元），文中为 2.91%。',
    ]);
  });
});
