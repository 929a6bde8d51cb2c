/**
 * The 说明数据 sheet and the 公开说明 state the same derived figures: the sheet's live formulas (evaluated here by their
 * cached values, which the engine computes and tests/hosts/xlsx/recalc.test.ts holds to LibreOffice's recalculation)
 * must never contradict the sentence that quotes the same 本年数, 增减额, 增减率, 差异率 or 占比.
 */
import { cellAt, WorkbookGrid } from '../../../src/engine/grid/cell';
import { applyPlanToGrid } from '../../../src/engine/plan/applyToGrid';
import { recognise } from '../../../src/engine/recognise/recognise';
import { explain, fillPlan } from '../../../src/engine/workflow';
import { xinjiang } from '../../../src/engine/narrative/presets';
import type { Preset } from '../../../src/engine/narrative/preset';
import { explanationPart } from '../../../src/engine/narrative/document';
import { plain } from '../../../src/engine/narrative/fragment';
import { COLUMNS } from '../../../src/engine/supplement/sheet';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { withSheetRows } from '../../support/layouts';

const S = '说明数据';

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
  return { row, section };
}

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
