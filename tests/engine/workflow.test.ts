/**
 * The pane's actions as engine functions: 上年数 from last year's workbook, filling only what is empty; no 公开说明
 * while the workbook's amounts are read in the wrong unit.
 */
import { explain, fillPlan, narrativePlan, narrativeRefusal, priorYearCheck, priorYearPlan, resolveSupplement, supplementPlan } from '../../src/engine/workflow';
import { recognise } from '../../src/engine/recognise/recognise';
import type { WorkbookGrid } from '../../src/engine/grid/cell';
import { applyPlanToGrid } from '../../src/engine/plan/applyToGrid';
import { PlanRefused } from '../../src/engine/plan/errors';
import { PRESETS } from '../../src/engine/narrative/presets';
import { plain } from '../../src/engine/narrative/fragment';
import { explanationPart } from '../../src/engine/narrative/document';
import type { CellValue } from '../../src/engine/grid/cell';
import { sample, sampleData, scaleAmounts } from '../support/ruleTester';

/** The sample's 说明数据 with every 上年数 and 预算 multiplied by `factor`. */
const scaledData = (factor: number) => scaleAmounts(sampleData(), factor);

/** The sample with every 2022 of its text (the titles, the cover) made `year`: the same figures, another year's workbook. */
function sampleOf(year: number): WorkbookGrid {
  const grid = sample();
  return { ...grid, sheets: grid.sheets.map((s) => ({ ...s, rows: s.rows.map((row) => row.map((v) => (typeof v === 'string' ? v.replaceAll('2022', String(year)) : v))) })) };
}

describe('taking 上年数 from last year’s workbook', () => {
  it('fills each empty 上年数 with last year’s 本年数, and keeps what was typed', () => {
    // This year's workbook with its 说明数据 sheet, 收入总计 上年数 typed; last year's is the sample too.
    const data = sampleData();
    data.指标 = { 收入总计: { 上年数: 1801.23 } };
    let grid = sample();
    grid = applyPlanToGrid(grid, supplementPlan(grid, data));
    const { plan, filled } = priorYearPlan(grid, sampleOf(2021));
    expect(plan.summary[0]).toBe(`从上年工作簿取得 ${filled} 个上年数（只填空白的上年数）。`);
    const after = resolveSupplement(applyPlanToGrid(grid, plan)).supplement;
    const prior = (key: string) => after.指标.get(key)?.上年数?.value;
    expect(prior('收入总计')).toBe(1801.23);
    expect(prior('支出总计')).toBe(1488.29);
    expect(prior('财政拨款收入总计')).toBe(1363.45);
    expect(prior('2010301')).toBe(223.14);
    expect(prior('三公经费合计')).toBe(4.99);
    expect(filled).toBeGreaterThan(30);
  });

  it('refuses a workbook of this same year (or a later one), the year read as the engine reads it, and writes nothing', () => {
    const grid = sample();
    expect(recognise(grid).document.year?.value).toBe(2022);
    expect(recognise(sampleOf(2021)).document.year?.value).toBe(2021);
    const same = priorYearCheck(grid, sample());
    expect(same.refusal).toBe('这是 2022 年度的决算，与本工作簿同一年度，不是上年工作簿，其中的数字没有使用。请选择 2021 年度的决算工作簿。');
    expect(() => priorYearPlan(grid, sample())).toThrow(PlanRefused);
    expect(() => priorYearPlan(grid, sample())).toThrow(/^没有写入任何内容。这是 2022 年度的决算，与本工作簿同一年度/);
    expect(priorYearCheck(grid, sampleOf(2023)).refusal).toMatch(/^这是 2023 年度的决算，晚于本工作簿的 2022 年度/);
    // Last year's: nothing to say. Two years back: said, and used.
    expect(priorYearCheck(grid, sampleOf(2021))).toEqual({});
    expect(priorYearCheck(grid, sampleOf(2020))).toEqual({ note: '这是 2020 年度的决算，不是上一年度（2021 年度）：填入的上年数将是 2020 年度的数字。' });
    expect(priorYearPlan(grid, sampleOf(2020)).filled).toBeGreaterThan(30);
  });
});

describe('no 公开说明 of a workbook without a table', () => {
  it('refuses, saying no table was found and what to do, and plans nothing (it wrote 128 【请填写】 and exited 0)', () => {
    const grid = { sheets: [{ name: 'Sheet1', rows: [['会议纪要'], ['2022年度工作总结']] }] };
    const explained = explain(grid, PRESETS.xinjiang!, sampleData());
    expect(narrativeRefusal(explained)).toEqual([
      '公开说明没有生成：工作簿中没有找到任何一张部门决算表。',
      '请打开部门决算表所在的工作簿；如已打开，请检查各表的标题是否为模板的表名（如“收入支出决算总表”）。',
    ]);
    expect(() => narrativePlan(grid, PRESETS.xinjiang!)).toThrow(/^没有写入任何内容。公开说明没有生成：工作簿中没有找到任何一张部门决算表/);
  });

  it('still writes the text of a workbook with one table, its gaps where the others are missing', () => {
    const whole = sample();
    const grid = { sheets: whole.sheets.filter((s) => s.name === '收入支出决算总表') };
    expect(grid.sheets).toHaveLength(1);
    expect(narrativeRefusal(explain(grid, PRESETS.xinjiang!, sampleData()))).toEqual([]);
  });
});

describe('no 公开说明 while the amounts are read in the wrong unit', () => {
  const xinjiang = PRESETS.xinjiang!;

  it('the sample: no blocker, the text is written', () => {
    const explained = explain(sample(), xinjiang, sampleData());
    expect(explained.blockers).toEqual([]);
    expect(narrativeRefusal(explained)).toEqual([]);
    expect(narrativePlan(sample(), xinjiang).ops.length).toBeGreaterThan(0);
  });

  it('a table in 元 without its unit line (read as 万元): refused, naming the table and the cell, nothing planned', () => {
    // Unread before: every figure of the text 10,000 times too large (收入总计11,984,757.30万元), written without a word.
    const grid = sample();
    const rows = grid.sheets.find((s) => s.name === '收入支出决算总表')!.rows as CellValue[][];
    rows[1]![5] = null;
    const explained = explain(grid, xinjiang, scaledData(1 / 10_000));
    expect(explained.blockers.map((f) => [f.rule, f.severity, f.cells[0]])).toEqual([['table-unit-scale', 'error', '收入支出决算总表!A1']]);
    const refusal = narrativeRefusal(explained);
    expect(refusal[0]).toBe('公开说明没有生成：金额单位有误，生成的数字会是错的。请先改正：');
    expect(refusal[1]).toMatch(/^收入支出决算总表!A1：《收入支出决算总表》找不到金额单位，已按万元读取.*请在表的标题下写明“单位：元”；如确是万元，请写明“单位：万元”，并核对说明数据的上年数和预算数。$/);
    expect(() => fillPlan(grid, explained)).toThrow(PlanRefused);
    expect(() => fillPlan(grid, explained)).toThrow(/^没有写入任何内容。公开说明没有生成/);
  });

  it('table 07 alone in 元 under 单位：万元: refused, naming its unit cell and the factor', () => {
    // helper-146: §七 said 49,900.00万元 with no word; one table off was left to the 说明数据, which told two or more.
    const grid = sample();
    const rows = grid.sheets.find((s) => s.name === '财政拨款三公经费支出决算表')!.rows as CellValue[][];
    rows[6] = rows[6]!.map((v) => (typeof v === 'number' ? Math.round(v * 10_000 * 100) / 100 : v));
    const explained = explain(grid, xinjiang, sampleData());
    const seventh = explanationPart(explained.document)
      .sections.flatMap((s) => s.blocks)
      .map((b) => ('runs' in b ? plain(b.runs as Parameters<typeof plain>[0]) : ''))
      .find((t) => t.includes('“三公”经费支出决算'));
    expect(seventh).toContain('49,900.00万元');
    expect(explained.blockers.map((f) => [f.rule, f.severity, f.cells[0]])).toEqual([['table-unit-scale', 'error', '财政拨款三公经费支出决算表!L2']]);
    expect(narrativeRefusal(explained)[1]).toMatch(/^财政拨款三公经费支出决算表!L2：.*10,000 倍.*请把L2的单位改为“单位：元”/);
    expect(() => narrativePlan(grid, xinjiang)).toThrow(PlanRefused);
  });

  it('table 07 in 千元 without its unit line (read as 万元): refused, naming the table and the factor of ten', () => {
    // Unread before: §七 said 三公经费 49.90万元, 增长896.01% (for 4.99万元) with only a reading notice "已按万元读取".
    const grid = sample();
    const rows = grid.sheets.find((s) => s.name === '财政拨款三公经费支出决算表')!.rows as CellValue[][];
    rows[1] = rows[1]!.map((v) => (typeof v === 'string' && v.startsWith('单位') ? null : v));
    rows[6] = rows[6]!.map((v) => (typeof v === 'number' ? Math.round(v * 10 * 100) / 100 : v));
    const explained = explain(grid, xinjiang, sampleData());
    expect(explained.blockers.map((f) => [f.rule, f.severity, f.cells[0]])).toEqual([['table-unit-scale', 'error', '财政拨款三公经费支出决算表!A1']]);
    expect(narrativeRefusal(explained)[1]).toMatch(/^财政拨款三公经费支出决算表!A1：.*找不到金额单位，已按万元读取.*的 10 倍.*请在表的标题下写明“单位：千元”/);
    expect(() => narrativePlan(grid, xinjiang)).toThrow(PlanRefused);
  });

  it('the 说明数据 typed in 元 (its sheet): the 公开说明 sheet is not written; the 说明数据 sheet still can be', () => {
    // Unread before: every change of the text was the 说明数据's 元 against the tables' 万元 (减少18,010,811.71万元).
    let grid = sample();
    grid = applyPlanToGrid(grid, supplementPlan(grid, scaledData(10_000)));
    const explained = explain(grid, xinjiang);
    const first = plain((explanationPart(explained.document).sections[0]!.blocks[0] as { runs: Parameters<typeof plain>[0] }).runs);
    expect(first).toMatch(/减少1[0-9,]{9}\.\d\d万元/);
    expect(explained.blockers.map((f) => f.rule)).toEqual(['table-unit-scale']);
    expect(explained.blockers[0]!.message).toMatch(/^说明数据“收入总计”的上年数 18,012,300\.00 万元是《收入支出决算总表》收入总计 1,488\.29 万元的约 12,000 倍/);
    expect(() => narrativePlan(grid, xinjiang)).toThrow(PlanRefused);
    expect(supplementPlan(grid).ops.length).toBeGreaterThan(0);
  });

  it('tables stating 万元 with a 说明数据 ten thousand times smaller (a 提示, not a 错误): the text is written', () => {
    // A department's first year has a tiny 上年数 (review77): which it is, the accountant knows.
    const explained = explain(sample(), xinjiang, scaledData(1 / 10_000));
    expect(explained.blockers).toEqual([]);
  });
});
