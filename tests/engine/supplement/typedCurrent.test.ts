/**
 * A 本年数 typed over its formula in the 说明数据 sheet (DOMAIN §4: a 本年数 is given only for a figure no table holds;
 * the table's wins): the sheet keeps it, the 公开说明 quotes the table's, and every action says so with the cell, both
 * figures and what to do. With --data the typed cell stays too, and nothing is refused for it.
 */
import { explain, fillPlan, resolveSupplement, supplementPlan } from '../../../src/engine/workflow';
import { applyPlanToGrid } from '../../../src/engine/plan/applyToGrid';
import { COLUMNS, SUPPLEMENT_SHEET } from '../../../src/engine/supplement/sheet';
import { documentLines } from '../../../src/engine/narrative/sheet';
import { PRESETS } from '../../../src/engine/narrative/presets';
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';

const data = () => JSON.parse(JSON.stringify(changji2022Supplement)) as typeof changji2022Supplement;
const tables = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
const filled = applyPlanToGrid(tables, supplementPlan(tables, data()));

/**
 * The 说明数据 sheet of `grid` edited in copies of its rows and formulas (`edit` returns the row it touched, 0-based):
 * the workbook after the edit and that row, 1-based.
 */
function editSupplementSheet(grid: WorkbookGrid, edit: (rows: CellValue[][], formulas: (string | null)[][]) => number): { grid: WorkbookGrid; row: number } {
  let at = -1;
  const out = {
    ...grid,
    sheets: grid.sheets.map((s) => {
      if (s.name !== SUPPLEMENT_SHEET) return s;
      const rows = s.rows.map((r) => [...r]);
      const formulas = (s.formulas ?? []).map((r) => [...r]);
      at = edit(rows, formulas);
      return { ...s, rows, formulas };
    }),
  };
  return { grid: out, row: at + 1 };
}

/** The filled sample with a value typed over a cell of the 说明数据 sheet (its formula gone): by key and column. */
export function typedOver(grid: WorkbookGrid, key: string, col: number, value: CellValue): { grid: WorkbookGrid; row: number } {
  return editSupplementSheet(grid, (rows, formulas) => {
    const at = rows.findIndex((r) => r[0] === key);
    rows[at]![col] = value;
    if (formulas[at]) formulas[at]![col] = null;
    return at;
  });
}

const xinjiang = PRESETS.xinjiang!;
const text = (grid: WorkbookGrid, json?: unknown) => documentLines(explain(grid, xinjiang, json).document).map((l) => l.text).join('\n');

describe('a 本年数 typed over its formula in the 说明数据 sheet, not the table’s', () => {
  const { grid, row } = typedOver(filled, '收入总计', COLUMNS.本年数, 1500);

  it('the text quotes the table’s figure, and explain says which cell, both figures and what to do', () => {
    expect(text(grid)).toContain('收入总计1,488.29万元');
    const { overrides } = explain(grid, xinjiang);
    expect(overrides.map((f) => [f.rule, f.cells, f.values])).toEqual([['supplement-current-figures', [`说明数据!C${row}`, '收入支出决算总表!C35'], [1500, 1488.29]]]);
    expect(overrides[0]!.message).toContain(`（C${row}） 1,500.00 万元，与决算表中的本年数 1,488.29 万元不符，多 11.71 万元`);
    expect(overrides[0]!.message).toContain('公开说明却按决算表的 1,488.29 万元写');
    expect(overrides[0]!.message).toContain('清空这个单元格');
  });

  it('fill says it first, and keeps the typed figure', () => {
    const explained = explain(grid, xinjiang);
    const plan = fillPlan(grid, explained);
    expect(plan.summary[0]).toMatch(new RegExp(`^注意：说明数据!C${row}、收入支出决算总表!C35：.*1,500\\.00 万元.*1,488\\.29 万元`));
    const after = applyPlanToGrid(grid, plan).sheets.find((s) => s.name === SUPPLEMENT_SHEET)!;
    expect(after.rows[row - 1]![COLUMNS.本年数]).toBe(1500);
  });

  it('refreshing the 说明数据 sheet says it too', () => {
    expect(supplementPlan(grid).summary[0]).toMatch(/^注意：说明数据!C\d+、收入支出决算总表!C35：/);
  });

  it('says nothing while the formula stands, or when the typed figure is the table’s', () => {
    expect(explain(filled, xinjiang).overrides).toEqual([]);
    expect(explain(typedOver(filled, '收入总计', COLUMNS.本年数, 1488.29).grid, xinjiang).overrides).toEqual([]);
    expect(fillPlan(filled, explain(filled, xinjiang)).summary.some((l) => l.startsWith('注意：'))).toBe(false);
  });
});

describe('fill --data over a 说明数据 sheet with a figure typed over a formula', () => {
  it('is not refused for a 本年数 typed over its formula (it stays: the JSON replaces nothing there), and says the difference', () => {
    const { grid, row } = typedOver(filled, '收入总计', COLUMNS.本年数, 1500);
    const explained = explain(grid, xinjiang, data());
    expect(explained.resolved.replaced).toEqual([]);
    const plan = fillPlan(grid, explained);
    expect(plan.summary[0]).toMatch(new RegExp(`^注意：说明数据!C${row}、收入支出决算总表!C35：`));
    expect(applyPlanToGrid(grid, plan).sheets.find((s) => s.name === SUPPLEMENT_SHEET)!.rows[row - 1]![COLUMNS.本年数]).toBe(1500);
  });

  it('is not refused for the table’s own figure typed over its formula either', () => {
    expect(resolveSupplement(typedOver(filled, '支出总计', COLUMNS.本年数, 1488.29).grid, data()).replaced).toEqual([]);
  });

  it('a 混合 department’s 机关运行经费 本年数 (an input the JSON gives): still named with its cell when the JSON differs', () => {
    const json = data();
    Object.assign(json, { 单位性质: '混合' });
    Object.assign(json.指标, { 机关运行经费: { 本年数: 70 } });
    const mixed = applyPlanToGrid(tables, supplementPlan(tables, json));
    const { grid, row } = typedOver(mixed, '机关运行经费', COLUMNS.本年数, 80);
    expect(resolveSupplement(grid, json).replaced).toEqual([{ what: '“机关运行经费”的本年数', cell: `说明数据!C${row}`, sheet: 80, json: 70 }]);
  });
});

/** The filled sample with a row inserted before the 事项 block (a copy of an indicator's row, edited). */
function withRow(grid: WorkbookGrid, cells: CellValue[]): { grid: WorkbookGrid; row: number } {
  return editSupplementSheet(grid, (rows, formulas) => {
    const at = rows.findIndex((r) => r[0] === '事项') - 1;
    rows.splice(at, 0, cells);
    formulas.splice(at, 0, []);
    return at;
  });
}

describe('two rows of the 说明数据 sheet with the same key', () => {
  const base = typedOver(filled, '收入总计', COLUMNS.主要原因, null).grid;
  const first = filled.sheets.find((s) => s.name === SUPPLEMENT_SHEET)!.rows.findIndex((r) => r[0] === '收入总计') + 1;
  const dup: CellValue[] = ['收入总计', '收入总计', null, 1700, null, null, null, null, null, null, '会计补写的原因'];
  const { grid, row } = withRow(base, dup);

  it('the first row’s data is used, a field it leaves blank is read from the later one, and both rows are named', () => {
    const resolved = resolveSupplement(grid);
    const input = resolved.supplement.指标.get('收入总计')!;
    expect(input.上年数?.value).toBe(1801.23);
    expect(input.主要原因?.value).toBe('会计补写的原因');
    const said = resolved.problems.filter((p) => 'kind' in p && p.kind === 'duplicate-row');
    expect(said.map((p) => p.message)).toEqual([
      `工作表“说明数据”A${row}的指标“收入总计”与第 ${first} 行重复：公开说明用第 ${first} 行的数据，第 ${first} 行空着的主要原因取本行的；` +
        `两行不同的上年数（D${first} 1801.23，D${row} 1700）用第 ${first} 行的。本行原样保留在指标之后，没有删除。请把要用的数据填在第 ${first} 行，再删去本行。`,
    ]);
    expect(text(grid)).toContain('会计补写的原因');
  });

  it('a long text of both cut to 16 characters before its line break is named, never inside the name ([换行]…, not […)', () => {
    const long = typedOver(filled, '收入总计', COLUMNS.主要原因, '上年同期业务量较少本年新增三项\n业务').grid;
    const twice = withRow(long, ['收入总计', '收入总计', null, 1801.23, null, null, null, null, null, null, '另一个原因']).grid;
    const said = resolveSupplement(twice).problems.filter((p) => 'kind' in p && p.kind === 'duplicate-row');
    expect(said.map((p) => p.message)).toEqual([expect.stringContaining('上年同期业务量较少本年新增三项[换行]…，')]);
  });

  it('refreshing keeps both rows, each as typed, and says so', () => {
    const plan = supplementPlan(grid);
    const after = applyPlanToGrid(grid, plan).sheets.find((s) => s.name === SUPPLEMENT_SHEET)!;
    const rows = after.rows.filter((r) => r[0] === '收入总计');
    expect(rows.map((r) => [r[COLUMNS.上年数], r[COLUMNS.主要原因]])).toEqual([
      [1801.23, null],
      [1700, '会计补写的原因'],
    ]);
    expect(plan.summary.find((l) => l.includes('重复'))).toMatch(/中 1 行的键与上面的行重复：第 \d+ 行“收入总计”（与第 \d+ 行重复）/);
    // Read again, the same: nothing lost, nothing doubled.
    const again = applyPlanToGrid(applyPlanToGrid(grid, plan), supplementPlan(applyPlanToGrid(grid, plan)));
    expect(again.sheets.find((s) => s.name === SUPPLEMENT_SHEET)!.rows.filter((r) => r[0] === '收入总计')).toHaveLength(2);
  });
});

describe('a 三公 item’s 预算数 given in the 说明数据 that is not table 07’s', () => {
  it('is said by fill before its summary: the text and the sheet take the table’s 5.00, not the 6.00 given', () => {
    const json = data() as unknown as { 指标: Record<string, Record<string, unknown>> };
    json.指标['三公经费合计'] = { ...json.指标['三公经费合计'], 全年预算数: 6 };
    const explained = explain(tables, xinjiang, json);
    expect(explained.overrides.map((f) => f.rule)).toEqual(['supplement-three-public-budgets']);
    const summary = fillPlan(tables, explained).summary;
    expect(summary[0]).toBe(
      '注意：财政拨款三公经费支出决算表!A7：说明数据“指标·三公经费合计·全年预算数” 6.00 万元，与财政拨款“三公”经费支出决算表同一项目的“全年预算数” 5.00 万元不符，多 1.00 万元：公开说明和说明数据表按决算表的数写，这个填写的数没有用到。请核对：决算表有误就改正决算表，否则删去这个数。',
    );
    expect(text(tables, json)).toContain('全年预算数5.00万元');
  });
});
