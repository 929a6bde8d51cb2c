/**
 * The 说明数据 sheet and the 公开说明 state the same derived figures: the sheet's live formulas (evaluated here by their
 * cached values, which the engine computes and tests/hosts/xlsx/recalc.test.ts holds to LibreOffice's recalculation)
 * must never contradict the sentence that quotes the same 本年数, 增减额, 增减率, 差异率 or 占比.
 */
import { cellAt, WorkbookGrid } from '../../../src/engine/grid/cell';
import { applyPlanToGrid } from '../../../src/engine/plan/applyToGrid';
import { recognise } from '../../../src/engine/recognise/recognise';
import { explain, fillPlan } from '../../../src/engine/workflow';
import { shanghai, xinjiang } from '../../../src/engine/narrative/presets';
import { withSettings } from '../../../src/engine/narrative/preset';
import type { Preset } from '../../../src/engine/narrative/preset';
import { addinCells } from '../../../src/engine/edit/addinCells';
import type { FinalAccountsData } from '../../../fixtures/data';
import { explanationPart } from '../../../src/engine/narrative/document';
import { plain } from '../../../src/engine/narrative/fragment';
import { COLUMNS } from '../../../src/engine/supplement/sheet';
import { SHARE_BELOW, SHARE_OVER_WHOLE } from '../../../src/engine/derive/formulas';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { withSheetRows } from '../../support/layouts';

const S = '说明数据';

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

const sample = (data: FinalAccountsData = changji2022) => toGrid(buildWorkbook(data, standardPlan(data)));

/** The workbook filled (说明数据 sheet and 公开说明) from the sample's 说明数据, and the text of the 公开说明 by section. */
function filled(grid: WorkbookGrid, preset: Preset = xinjiang) {
  const explained = explain(grid, preset, JSON.parse(JSON.stringify(changji2022Supplement)));
  const after = applyPlanToGrid(grid, fillPlan(grid, explained));
  const sheet = after.sheets.find((s) => s.name === S)!;
  const row = (key: string) => {
    const r = sheet.rows.findIndex((line) => line[0] === key);
    expect(r).toBeGreaterThan(0);
    const at = (field: keyof typeof COLUMNS) => cellAt(sheet, r, COLUMNS[field]);
    return {
      本年数: at('本年数'),
      增减额: at('增减额'),
      增减率: at('增减率'),
      预决算差异率: at('预决算差异率'),
      占比: at('占比'),
      formula: (field: keyof typeof COLUMNS) => sheet.formulas?.[r]?.[COLUMNS[field]] ?? null,
    };
  };
  const section = (number: string) =>
    explanationPart(explained.document)
      .sections.find((s) => s.number === number)!
      .blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : b.text))
      .join('\n');
  return { row, section, after, sheet };
}

/** The 类 of §五（二） with their shares as the text prints them: `[name, share]`. */
function classShares(text: string): [string, number][] {
  return [...text.matchAll(/\d+\. ([^(\n]+)\(类\)[\d,.]+万元，占([\d.]+)%/g)].map((m) => [m[1]!, Number(m[2])]);
}

describe('the shares of parts the text lists together', () => {
  it('are the text’s in the sheet: the 类 of table 05 as §五（二） gives them, the residual of rounding taken by the last', () => {
    const { row, section } = filled(sample());
    const text = classShares(section('五'));
    expect(text).toEqual([
      ['一般公共服务支出', 89.9],
      ['社会保障和就业支出', 3.47],
      ['卫生健康支出', 2.5],
      ['住房保障支出', 2.78],
      ['其他支出', 1.35],
    ]);
    // 其他支出 18.55 / 1,363.45 = 1.3605%: 1.35% in the text [ref]; the sheet said 1.36, and its 类 summed to 100.01%.
    const codes = ['201', '208', '210', '221', '229'];
    expect(codes.map((c) => row(c).占比)).toEqual(text.map(([, share]) => share));
    expect(row('229').formula('占比')).toMatch(/^IF\(OR\(C\d+="",C\d+=""\),"",IF\(OR\(ROUND\(C\d+,2\)=0,ROUND\(C\d+,2\)<0,ROUND\(C\d+,2\)<0\),"",IF\(IFERROR\(AND\(COUNT\(/);
  });

  it('are each their own rounding in the sheet where the preset says so, as in its text', () => {
    const { row, section, after, sheet } = filled(sample(), withSettings(xinjiang, { tailAdjust: false }));
    expect(section('五')).toContain('5. 其他支出(类)18.55万元，占1.36%。');
    expect(row('229').占比).toBe(1.36);
    // The page knows that formula as the add-in's too, and keeps it (and its value) when it recomputes.
    const r = sheet.rows.findIndex((line) => line[0] === '229');
    expect(addinCells(after).at(S, r, COLUMNS.占比)).toMatchObject({ kind: 'formula', holds: true, value: 1.36, formula: row('229').formula('占比') });
  });

  // review h94: where table 05 prints some 类 only as their 款 and 项 (no 221 row here), §五（二） still lists every 类 and
  // tail-adjusts the last (其他支出 1.35%); the sheet's 类 rows were not the whole group and kept their own rounding (1.36%).
  // The 类 not printed is a row of the sheet too, its 本年数 the sum of its 款.
  it('are the text’s where table 05 prints a 类 only as its 款 and 项', () => {
    const g = sample();
    const grid = withSheetRows(g, recognise(g).tables.generalBudgetExpenditure!.sheet, (rows) => rows.filter((r) => String(r[0] ?? '').trim() !== '221').map((r) => [...r]));
    const { row, section } = filled(grid);
    const text = classShares(section('五'));
    expect(text.find(([name]) => name === '其他支出')).toEqual(['其他支出', 1.35]);
    expect(row('229').占比).toBe(1.35);
    // The 类 not printed: its amount and share as the text lists them, its 本年数 a formula of its 款 cells (one here).
    const housing = /住房保障支出\(类\)([\d,.]+)万元，占([\d.]+)%/.exec(section('五'))!;
    expect(row('221').本年数).toBe(Number(housing[1]!.replace(/,/g, '')));
    expect(row('221').占比).toBe(Number(housing[2]));
    expect(row('221').formula('本年数')).toMatch(/^ROUND\(一般公共预算财政拨款支出决算表!C\d+(\+一般公共预算财政拨款支出决算表!C\d+)*,2\)$/);
    expect(row('22102').formula('本年数')).toBe(row('221').formula('本年数'));
  });

  it('are the text’s where table 05 prints a 类 only as its 项 (no 类 or 款 row): its 本年数 their sum, rounded once', () => {
    const g = sample();
    const unprinted = new Set(['201', '20103']);
    const grid = withSheetRows(g, recognise(g).tables.generalBudgetExpenditure!.sheet, (rows) => rows.filter((r) => !unprinted.has(String(r[0] ?? '').trim())).map((r) => [...r]));
    const { row, section } = filled(grid);
    const general = /一般公共服务支出\(类\)([\d,.]+)万元，占([\d.]+)%/.exec(section('五'))!;
    expect(row('201').本年数).toBe(Number(general[1]!.replace(/,/g, '')));
    expect(row('201').占比).toBe(Number(general[2]));
    // Each cell as its table shows it (a 万元 cell may hold more decimals than it shows), their sum rounded once.
    expect(row('201').formula('本年数')).toMatch(/^ROUND\(ROUND\(一般公共预算财政拨款支出决算表!C\d+,2\)(\+ROUND\(一般公共预算财政拨款支出决算表!C\d+,2\))+,2\)$/);
    expect(classShares(section('五')).map(([, share]) => share)).toEqual(['201', '208', '210', '221', '229'].map((c) => row(c).占比));
  });

  it('are the text’s for the three 三公 items of §七 (0.01 万元 each of 0.03: 33.33%, 33.33%, 33.34%)', () => {
    const tiny = { total: 0.03, overseasTravel: 0.01, vehicles: 0.01, vehiclePurchase: 0, vehicleOperation: 0.01, reception: 0.01 };
    const data: FinalAccountsData = { ...changji2022, threePublicCosts: { budget: tiny, actual: tiny } };
    for (const preset of [xinjiang, shanghai]) {
      const { row, section } = filled(sample(data), preset);
      const text = section('七');
      expect(text).toMatch(/因公出国（境）费支出(决算)?0\.01万元，占33\.33%/);
      expect(text).toMatch(/公务用车购置及运行维护费支出(决算)?0\.01万元，占33\.33%/);
      expect(text).toMatch(/公务接待费支出(决算)?0\.01万元，占33\.34%/);
      // The sheet said 33.33% for each: 99.99% together.
      expect(['因公出国（境）费', '公务用车购置及运行维护费', '公务接待费'].map((k) => row(k).占比)).toEqual([33.33, 33.33, 33.34]);
    }
  });
});

describe('a figure below 0 (a refund)', () => {
  it('has no 差异率 or 占比 in the sheet, as the text works out none (a gap); the others’ shares are the text’s, each its own rounding', () => {
    // 公务接待费 −0.20 of a 合计 of 4.59 (预算 0.20): the sheet showed 预决算差异率 -200.00 and 占比 -4.36.
    const t = changji2022.threePublicCosts;
    const data: FinalAccountsData = { ...changji2022, threePublicCosts: { budget: t.budget, actual: { ...t.actual, total: 4.59, reception: -0.2 } } };
    const { row, section } = filled(sample(data));
    expect(section('七')).toContain('公务接待费支出-0.20万元，占【请填写：公务接待费占比（-0.20万元占4.59万元，负数无占比：请核对）】%');
    expect(section('七')).toContain('公务接待费全年预算数0.20万元，决算数-0.20万元，【请填写：公务接待费预决算比率（预算数0.20万元、决算数-0.20万元，负数不计算比率：请核对）】');
    expect([row('公务接待费').本年数, row('公务接待费').预决算差异率, row('公务接待费').占比]).toEqual([-0.2, null, null]);
    // 用车 4.79 is more than the 合计 of 4.59: the text states no share of it (a gap), nor does the sheet (it said 104.36).
    expect(section('七')).toContain('公务用车购置及运行维护费支出4.79万元，占【请填写：公务用车购置及运行维护费占比（公务用车购置及运行维护费4.79万元大于“三公”经费决算合计4.59万元');
    expect(row('公务用车购置及运行维护费').占比).toBe(SHARE_OVER_WHOLE);
  });
});

describe('a share the text states no figure for', () => {
  it('is no figure in the sheet where the part is larger than its whole (tables that contradict each other: 22724.17)', () => {
    // Tables 01 and 03 say 本年支出合计 6.00; table 05 spent 1,363.45 of 一般公共预算.
    const data = JSON.parse(JSON.stringify(changji2022)) as Mutable<FinalAccountsData>;
    data.summary.expenditure.find((l) => l.key === 'yearExpenditure')!.amount = 6;
    data.expenditure.find((l) => l.code === 'total')!.values['yearExpenditure'] = 6;
    const { row, section } = filled(sample(data));
    expect(section('五')).toContain('占本年支出合计的【请填写：一般公共预算财政拨款支出占比（一般公共预算财政拨款支出1,363.45万元大于本年支出合计6.00万元，部分不能大于整体：请核对表格）】%');
    expect([row('一般公共预算财政拨款支出').本年数, row('本年支出合计').本年数, row('一般公共预算财政拨款支出').占比]).toEqual([1363.45, 6, SHARE_OVER_WHOLE]);
    expect(row('一般公共预算财政拨款支出').formula('占比')).toContain(`"${SHARE_OVER_WHOLE}"`);
  });

  it('is 不足0.01 where the part’s share rounds to 0.00 (0.01 of 300.00: the sheet said 0.00, the text 不足0.01%)', () => {
    const few = { total: 300, overseasTravel: 0, vehicles: 299.99, vehiclePurchase: 0, vehicleOperation: 299.99, reception: 0.01 };
    const data: FinalAccountsData = { ...changji2022, threePublicCosts: { budget: few, actual: few } };
    for (const preset of [xinjiang, shanghai]) {
      const { row, section } = filled(sample(data), preset);
      expect(section('七')).toMatch(/公务用车购置及运行维护费支出(决算)?299\.99万元，占100\.00%/);
      expect(section('七')).toMatch(/公务接待费支出(决算)?0\.01万元，占不足0\.01%/);
      expect(['公务用车购置及运行维护费', '公务接待费'].map((k) => row(k).占比)).toEqual([100, SHARE_BELOW]);
    }
  });

  it('is the share’s own rounding, as in the text, where a residual would take it to 0.00', () => {
    // 50.01 + 50.01 + 0.01 of 100.03: 50.00 + 50.00 + 0.01 = 100.01. Taking the −0.01, 接待 was 0.00 in the sheet and
    // 不足0.01% in the text; now each is its own rounding, in both (residualTaker).
    const items = { total: 100.03, overseasTravel: 50.01, vehicles: 50.01, vehiclePurchase: 0, vehicleOperation: 50.01, reception: 0.01 };
    const data: FinalAccountsData = { ...changji2022, threePublicCosts: { budget: items, actual: items } };
    const { row, section } = filled(sample(data));
    expect(section('七')).toContain('公务接待费支出0.01万元，占0.01%');
    expect(['因公出国（境）费', '公务用车购置及运行维护费', '公务接待费'].map((k) => row(k).占比)).toEqual([50, 50, 0.01]);
  });
});

describe('a figure the sheet adds up from several table cells', () => {
  it('is the cells added and rounded once, as the text adds them (table 07 in 元 without a 公务用车 小计)', () => {
    const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
    const grid = withSheetRows(g, recognise(g).tables.threePublicCosts!.sheet, () => [
      ['财政拨款“三公”经费支出决算表'],
      ['部门：新疆昌吉州政务服务和公共资源交易管理局', null, null, null, null, null, '单位：元'],
      ['项目', '合计', '因公出国（境）费', '公务用车购置费', '公务用车运行维护费', '公务接待费'],
      ['预算数', 20000, 0, 10000, 8000, 2000],
      ['决算数', 11900, 0, 4950, 4950, 2000],
    ]);
    const { row, section } = filled(grid);
    expect(section('七')).toContain('公务用车购置及运行维护费支出0.99万元，占83.19%，比上年减少3.76万元，下降79.16%');
    // Rounded one by one, 4,950 元 + 4,950 元 was 1.00 万元 here: 增减额 -3.75, 增减率 -78.95, 差异率 -44.44, 占比 84.03.
    const vehicles = row('公务用车购置及运行维护费');
    expect([vehicles.本年数, vehicles.增减额, vehicles.增减率, vehicles.预决算差异率, vehicles.占比]).toEqual([0.99, -3.76, -79.16, -45, 83.19]);
    expect(vehicles.formula('本年数')).toBe('ROUND(财政拨款三公经费支出决算表!D5/10000+财政拨款三公经费支出决算表!E5/10000,2)');
  });
});
