/**
 * fast-check arbitraries for the property tests: random grids built from the words real tables use (so that
 * titles and headers do get recognised, half-read and misread), and random consistent workbooks.
 */
import fc from 'fast-check';
import type { CellValue, SheetGrid, WorkbookGrid } from '../../src/engine/grid/cell';
import { TABLE_SPECS } from '../../src/engine/tables/specs';
import { generateAccounts } from '../../fixtures/generate';
import { buildWorkbook, GeneratedWorkbook, standardPlan } from '../../fixtures/workbook';

const WORDS = [
  ...TABLE_SPECS.flatMap((s) => s.titles),
  '项目', '科目编码', '科目名称', '栏次', '行次', '合计', '总计', '本年收入合计', '财政拨款收入', '基本支出', '项目支出',
  '本年支出合计', '单位：万元', '单位：元', '金额单位：万元', '公开02表', '部门：某局', '类', '款', '项', '201', '20103',
  '2010301', '30101', '一般公共服务支出', '行政运行', '其中：', '年度预算数', '全年执行数', '分值', '得分', '执行率',
  '一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '注：本表反映', '-', '—', '', ' ', '(3.20)', '1,234.56', '１２３',
];

export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.double({ min: -1e9, max: 1e9, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(Infinity, -Infinity, NaN, 0, -0, 1e300) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom('#REF!', '#N/A', '#DIV/0!', '#VALUE!').map((error) => ({ error })) },
);

const sheet: fc.Arbitrary<SheetGrid> = fc.record({
  name: fc.string({ minLength: 1, maxLength: 12 }),
  rows: fc.array(fc.array(cellValue, { maxLength: 12 }), { maxLength: 60 }),
  state: fc.constantFrom('visible' as const, 'hidden' as const, 'veryHidden' as const),
});

export const randomGrid: fc.Arbitrary<WorkbookGrid> = fc.array(sheet, { maxLength: 4 }).map((sheets) => ({ sheets }));

/** A real grid with cells overwritten and rows dropped at random: tables half broken in every way. */
export function perturbed(base: WorkbookGrid): fc.Arbitrary<WorkbookGrid> {
  const edit = fc.record({ sheet: fc.nat(), row: fc.nat({ max: 80 }), col: fc.nat({ max: 12 }), value: cellValue, dropRow: fc.boolean() });
  return fc.array(edit, { minLength: 1, maxLength: 30 }).map((edits) => {
    const sheets = base.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }));
    for (const e of edits) {
      const s = sheets[e.sheet % sheets.length]!;
      if (e.dropRow) s.rows.splice(e.row, 1);
      else {
        while (s.rows.length <= e.row) s.rows.push([]);
        s.rows[e.row]![e.col] = e.value;
      }
    }
    return { sheets };
  });
}

/** A random 决算 whose tables all agree (fixtures/generate.ts), as the generator builds it. */
export const consistentBook: fc.Arbitrary<GeneratedWorkbook> = fc
  .record({ seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }), items: fc.integer({ min: 1, max: 150 }), projects: fc.integer({ min: 0, max: 3 }) })
  .map(({ seed, items, projects }) => {
    const data = generateAccounts(seed, { items, projects });
    return buildWorkbook(data, standardPlan(data));
  });
