/**
 * Table 07 of layouts A/B/C (the measures in the header) with more than its one data row: a row per unit with the
 * department's 合计 row (under them or above them), or a 上年决算数 row under this year's. Built from the sample's
 * readable 07 (预算数 block | 决算数 block), with a 项目 or 单位名称 column before them.
 */
import { recognise } from '../../../src/engine/recognise/recognise';
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { PRESETS } from '../../../src/engine/narrative/presets';
import { plain } from '../../../src/engine/narrative/fragment';
import type { NarrativeDocument } from '../../../src/engine/narrative/document';
import { runAudit } from '../../../src/engine/audit/audit';
import { figureOf } from '../../../src/engine/tables/model';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { withSheetRows } from '../../support/layouts';

const supplement = parseSupplementJson(changji2022Supplement).supplement;
const g = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
const sheetName = recognise(g).tables.threePublicCosts!.sheet;
const TITLE = '财政拨款“三公”经费支出决算表';

function section(doc: NarrativeDocument, number: string): string {
  const part2 = doc.parts.find((p) => p.sections.some((s) => s.number === number && s.title.includes('说明')))!;
  const s = part2.sections.find((x) => x.number === number)!;
  return s.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : b.kind === 'heading' ? b.text : '')).join('\n');
}

const items = ['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'];
const vehicles = [null, null, '小计', '公务用车购置费', '公务用车运行费', null];
// The department's figures (the sample's), and its two units' that add up to them.
const budget = [5, 0, 4.8, 0, 4.8, 0.2];
const actual = [4.99, 0, 4.79, 0, 4.79, 0.2];
const unitA = [3, 0, 3, 0, 3, 0, 2.99, 0, 2.99, 0, 2.99, 0];
const unitB = [2, 0, 1.8, 0, 1.8, 0.2, 2, 0, 1.8, 0, 1.8, 0.2];
const department = [...budget, ...actual];
const lastYear = [5.01, 0, 4.75, 0, 4.75, 0.26];

/** Layout A (预算数 block | 决算数 block) after a label column headed `labelHead`; `data`: the rows under the header. */
const layoutA = (data: CellValue[][], labelHead = '项目'): WorkbookGrid =>
  withSheetRows(g, sheetName, () => [
    [TITLE],
    ['部门：新疆昌吉州政务服务和公共资源交易管理局', ...Array<null>(11), '单位：万元'],
    [labelHead, '预算数', null, null, null, null, null, '决算数', null, null, null, null, null],
    [null, ...items, ...items],
    [null, ...vehicles, ...vehicles],
    ...data,
    ['注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。'],
  ]);

const totals = (x: WorkbookGrid) => ['budget', 'actual'].map((k) => figureOf(recognise(x).tables.threePublicCosts!, k, 'total')?.fen);
const errors = (x: WorkbookGrid, data = supplement) => runAudit({ recognition: recognise(x), supplement: data, grid: x }).filter((f) => f.severity === 'error');
const seven = (x: WorkbookGrid, data = supplement) => section(generateNarrative(recognise(x), data, PRESETS.xinjiang!), '七');
const plainSeven = seven(g);

describe('table 07 laid out unit by unit (a row per unit and the 合计 row)', () => {
  it.each([
    ['under the units', '项目', [['昌吉州政务服务中心', ...unitA], ['昌吉州公共资源交易中心', ...unitB], ['合计', ...department]]],
    ['above the units', '项目', [['合计', ...department], ['昌吉州政务服务中心', ...unitA], ['昌吉州公共资源交易中心', ...unitB]]],
    ['under the units, the column headed 单位名称', '单位名称', [['昌吉州政务服务中心', ...unitA], ['昌吉州公共资源交易中心', ...unitB], ['合计', ...department]]],
    ['named as a total of its own (部门合计)', '项目', [['部门合计', ...department], ['昌吉州政务服务中心', ...unitA], ['昌吉州公共资源交易中心', ...unitB]]],
    ['named as its 部门 line names the department', '单位名称', [['新疆昌吉州政务服务和公共资源交易管理局', ...department], ['昌吉州政务服务中心', ...unitA], ['昌吉州公共资源交易中心', ...unitB]]],
    ['named 本部门, under the units', '项目', [['昌吉州政务服务中心', ...unitA], ['昌吉州公共资源交易中心', ...unitB], ['本部门', ...department]]],
    ['named 部门, under the units', '单位名称', [['昌吉州政务服务中心', ...unitA], ['昌吉州公共资源交易中心', ...unitB], ['部门', ...department]]],
  ] as const)('reads the department’s figures from the 合计 row %s: §七 word for word as the one-row table’s, no problem', (_where, head, data) => {
    const x = layoutA(data.map((r) => [...r]), head);
    const rec = recognise(x);
    expect(rec.problems).toEqual([]);
    expect(totals(x)).toEqual([5_000_000, 4_990_000]);
    expect(errors(x)).toEqual([]);
    expect(seven(x)).toBe(plainSeven);
  });

  it('holds the 合计 row to the sum of the units (a unit’s figure wrong: a 错误 naming the 合计’s cell and the units’)', () => {
    // The second unit's 公务接待费 决算 0.30 (its own 合计 2.10 with it): the units add up to 5.09, the 合计 says 4.99.
    const wrongB = [2, 0, 1.8, 0, 1.8, 0.2, 2.1, 0, 1.8, 0, 1.8, 0.3];
    const x = layoutA([['昌吉州政务服务中心', ...unitA], ['昌吉州公共资源交易中心', ...wrongB], ['合计', ...department]]);
    expect(totals(x)).toEqual([5_000_000, 4_990_000]);
    const found = errors(x).filter((f) => f.rule === 'three-public-units');
    expect(found.map((f) => [f.cells[0], f.message])).toEqual([
      [`${sheetName}!H8`, `《${TITLE}》的决算数“合计” 4.99 万元，与各单位之和 5.09 万元不符，少 0.10 万元。`],
      [`${sheetName}!M8`, `《${TITLE}》的决算数“公务接待费” 0.20 万元，与各单位之和 0.30 万元不符，少 0.10 万元。`],
    ]);
    expect(found[0]!.cells).toEqual([`${sheetName}!H8`, `${sheetName}!H6`, `${sheetName}!H7`]);
    // The text states the 合计 row's figures.
    expect(seven(x)).toBe(plainSeven);
  });

  it('holds no 其中 row to the 合计 (a part listed, not all the units): the 合计 read, no finding', () => {
    const x = layoutA([['合计', ...department], ['其中：昌吉州政务服务中心', ...unitA]]);
    expect(recognise(x).problems).toEqual([]);
    expect(totals(x)).toEqual([5_000_000, 4_990_000]);
    expect(errors(x)).toEqual([]);
    expect(seven(x)).toBe(plainSeven);
  });

  it('takes rows naming years (2022年, 2021年) for no units', () => {
    const x = layoutA([['2022年', ...department], ['2021年', ...unitA]]);
    expect(totals(x)).toEqual([5_000_000, 4_990_000]);
    expect(recognise(x).problems.filter((p) => p.kind === 'unit-rows')).toEqual([]);
  });

  it('states no unit’s figures as the department’s where there is no 合计 row: a gap, and a problem naming the sheet and the rows', () => {
    const x = layoutA([['昌吉州政务服务中心', ...unitA], ['昌吉州公共资源交易中心', ...unitB]]);
    const rec = recognise(x);
    const t = rec.tables.threePublicCosts!;
    expect([figureOf(t, 'actual', 'total')?.fen, figureOf(t, 'budget', 'total')?.fen]).toEqual([null, null]);
    const text = seven(x);
    expect(text).not.toContain('2.99');
    expect(text).not.toContain('4.99');
    expect(text).toContain('【请填写');
    expect(text).not.toContain('无“三公”经费');
    expect(rec.problems.filter((p) => p.table === '07').map((p) => [p.kind, p.cell, p.message])).toEqual([
      [
        'unit-rows',
        'A6',
        `工作表“${sheetName}”A6至A7是 2 个单位（“昌吉州政务服务中心”、“昌吉州公共资源交易中心”）各自的数字，没有部门的“合计”行：《${TITLE}》不把其中一个单位的数字当作部门的，公开说明中这些数字留空待填；请在各单位之下加一行“合计”（各单位之和）。`,
      ],
    ]);
  });
});

describe('table 07 listing its units under a 单位名称 column, with no 合计 row', () => {
  it('reads the department’s figures as the units’ sum (the column says the rows are its units): §七 word for word, and said', () => {
    const x = layoutA([['昌吉州政务服务中心', ...unitA], ['昌吉州公共资源交易中心', ...unitB]], '单位名称');
    const rec = recognise(x);
    expect(totals(x)).toEqual([5_000_000, 4_990_000]);
    expect(figureOf(rec.tables.threePublicCosts!, 'actual', 'total')?.parts?.map((p) => p.cell)).toEqual([
      { sheet: sheetName, row: 5, col: 7 },
      { sheet: sheetName, row: 6, col: 7 },
    ]);
    expect(errors(x)).toEqual([]);
    expect(seven(x)).toBe(plainSeven);
    expect(rec.problems.map((p) => [p.kind, p.cell, p.message])).toEqual([
      [
        'unit-rows',
        'A6',
        `工作表“${sheetName}”A6至A7是 2 个单位（“昌吉州政务服务中心”、“昌吉州公共资源交易中心”）各自的数字，没有部门的“合计”行：《${TITLE}》以各单位之和作为部门的数字；如不是，请在各单位之下加一行“合计”。`,
      ],
    ]);
  });
});

describe('table 07 whose department row is named as its units are (no 合计, its label not the 部门 line’s)', () => {
  // 部门 line 新疆昌吉州政务服务和公共资源交易管理局; the department's row named without the 新疆 prefix, above its units.
  const named = (head: string, order: 'above' | 'under' = 'above') => {
    const dept = ['昌吉州政务服务和公共资源交易管理局', ...department];
    const units = [
      ['局机关', ...unitA],
      ['交易中心', ...unitB],
    ];
    return layoutA(order === 'above' ? [dept, ...units] : [...units, dept], head);
  };

  it.each([
    ['单位名称', 'above'],
    ['项目', 'above'],
    ['单位名称', 'under'],
    ['项目', 'under'],
  ] as const)('reads the row adding up the others as the department’s (column %s, the row %s the units): §七 word for word, no 错误', (head, order) => {
    const x = named(head, order);
    expect(totals(x)).toEqual([5_000_000, 4_990_000]);
    expect(recognise(x).problems.filter((p) => p.kind === 'unit-rows')).toEqual([]);
    expect(errors(x)).toEqual([]);
    expect(seven(x)).toBe(plainSeven);
  });

  it('reads no sum where no row adds up the others and one is named as the department (a unit’s figure wrong): a gap, never the doubled figure', () => {
    const wrongB = [2, 0, 1.8, 0, 1.8, 0.2, 2.1, 0, 1.8, 0, 1.8, 0.3];
    const x = layoutA([['昌吉州政务服务和公共资源交易管理局', ...department], ['局机关', ...unitA], ['交易中心', ...wrongB]], '单位名称');
    expect(totals(x)).toEqual([null, null]);
    expect(seven(x)).not.toContain('10.00');
    expect(seven(x)).toContain('【请填写');
    expect(recognise(x).problems.filter((p) => p.kind === 'unit-rows')).toHaveLength(1);
  });
});

describe('table 07 with no 合计 row whose first or last row happens to add up the others', () => {
  // Three units, the last one's figures (by chance) the other two's sum: the department's are 9.98, not the 4.99 of one unit.
  const third = ['昌吉州机关服务中心', ...department];
  const unitProblems = (x: WorkbookGrid) => recognise(x).problems.filter((p) => p.kind === 'unit-rows').map((p) => [p.cell, p.message]);

  it.each(['项目', '单位名称'])('takes no row named as a unit (…中心, …局机关) for the department’s by its sum alone (column %s): a gap, said naming the row', (head) => {
    for (const data of [
      [['昌吉州政务服务中心', ...unitA], ['昌吉州公共资源交易中心', ...unitB], third],
      [['昌吉州政务服务和公共资源交易管理局机关', ...department], ['昌吉州政务服务中心', ...unitA], ['昌吉州公共资源交易中心', ...unitB]],
    ]) {
      const x = layoutA(data.map((r) => [...r]), head);
      expect(totals(x)).toEqual([null, null]);
      const text = seven(x);
      expect(text).not.toContain('4.99');
      expect(text).not.toContain('9.98');
      expect(text).toContain('【请填写');
      const said = unitProblems(x);
      expect(said).toHaveLength(1);
      expect(said[0]![1]).toContain(`“${data.find((r) => r[1] === 5)![0]}”的数字等于其余各单位之和`);
    }
  });

  it('takes a row named as no unit (…局) adding up the others, and says so at its label', () => {
    const x = layoutA([['昌吉州政务服务中心', ...unitA], ['昌吉州公共资源交易中心', ...unitB], ['昌吉州政务服务局', ...department]], '单位名称');
    expect(totals(x)).toEqual([5_000_000, 4_990_000]);
    expect(errors(x)).toEqual([]);
    expect(seven(x)).toBe(plainSeven);
    expect(unitProblems(x)).toEqual([
      ['A8', `工作表“${sheetName}”A8的行“昌吉州政务服务局”的数字等于其余各单位之和，《${TITLE}》把它作为部门的数字；如它是一个单位，请在各单位之下加一行“合计”（各单位之和）。`],
    ]);
  });

  // The formulas given as other sheets' cells (=Sheet2!B6+Sheet2!B7): no word of this sheet's rows; this sheet's own
  // name before them is.
  const withFormulas = (x0: WorkbookGrid, formula: (col: string) => string): WorkbookGrid => {
    const cols = 'BCDEFGHIJKLM';
    const formulas = x0.sheets.find((s) => s.name === sheetName)!.rows.map((row, r) => (r === 7 ? row.map((_, c) => (c === 0 ? null : formula(cols[c - 1]!))) : row.map(() => null)));
    return { ...x0, sheets: x0.sheets.map((s) => (s.name === sheetName ? { ...s, formulas } : s)) };
  };

  it.each([
    ['unquoted', (c: string) => `Sheet2!${c}6+Sheet2!${c}7`],
    ['quoted, a range', (c: string) => `SUM('其他 表'!${c}6:${c}7)`],
    ['of another workbook', (c: string) => `[1]Sheet1!$${c}$6+[1]Sheet1!$${c}$7`],
  ])('takes no formulas of another sheet’s rows (%s) for this sheet’s word that a unit-named row is the total: a gap, said', (_how, formula) => {
    const x = withFormulas(layoutA([['昌吉州政务服务中心', ...unitA], ['昌吉州公共资源交易中心', ...unitB], third]), formula);
    expect(totals(x)).toEqual([null, null]);
    expect(seven(x)).not.toContain('4.99');
    const said = unitProblems(x);
    expect(said).toHaveLength(1);
    expect(said[0]![1]).toContain('“昌吉州机关服务中心”的数字等于其余各单位之和');
  });

  it('takes formulas naming this sheet itself (=\'…\'!B6+…) as this sheet’s rows: read silently', () => {
    const own = `'${sheetName.replace(/'/g, "''")}'`;
    const x = withFormulas(layoutA([['昌吉州政务服务中心', ...unitA], ['昌吉州公共资源交易中心', ...unitB], third]), (c) => `${own}!${c}6+${own}!${c}7`);
    expect(totals(x)).toEqual([5_000_000, 4_990_000]);
    expect(unitProblems(x)).toEqual([]);
  });

  it('takes a row whose figures are formulas adding up the others’ rows silently, whatever its name', () => {
    const x0 = layoutA([['昌吉州政务服务中心', ...unitA], ['昌吉州公共资源交易中心', ...unitB], third]);
    const cols = 'BCDEFGHIJKLM';
    const formulas = x0.sheets.find((s) => s.name === sheetName)!.rows.map((row, r) => (r === 7 ? row.map((_, c) => (c === 0 ? null : `SUM(${cols[c - 1]}6:${cols[c - 1]}7)`)) : row.map(() => null)));
    const x = { ...x0, sheets: x0.sheets.map((s) => (s.name === sheetName ? { ...s, formulas } : s)) };
    expect(totals(x)).toEqual([5_000_000, 4_990_000]);
    expect(unitProblems(x)).toEqual([]);
    expect(errors(x)).toEqual([]);
    expect(seven(x)).toBe(plainSeven);
  });
});

describe('table 07 with the department’s row and its one unit’s (equal figures), no 合计 row', () => {
  it.each([
    ['named as its 部门 line ends', '昌吉州政务服务和公共资源交易管理局', '局机关'],
    ['its 机关 below it', '昌吉州政务局', '昌吉州政务局机关'],
  ])('reads the department’s figures (%s), under 项目 or 单位名称, above or under its unit: never doubled, never a gap', (_how, dept, unitName) => {
    for (const head of ['项目', '单位名称']) {
      for (const order of ['above', 'under']) {
        const rows = [[dept, ...department], [unitName, ...department]];
        const x = layoutA(order === 'above' ? rows : rows.reverse(), head);
        expect([head, order, totals(x)]).toEqual([head, order, [5_000_000, 4_990_000]]);
        expect([head, order, recognise(x).problems]).toEqual([head, order, []]);
        expect(errors(x)).toEqual([]);
        expect(seven(x)).toBe(plainSeven);
      }
    }
  });

  // Two rows equal in every column that nothing else tells apart: the department and its one unit, or two units whose
  // figures happen to agree (a 本级 unit is often named as its department, …局). Taken for the department, one was
  // published as the whole (half the total where both are units); added, the department's were doubled. A gap, said.
  it.each([
    ['a row named as no unit (…局) and one named as a unit (…图书馆)', '项目', '昌吉州文化局', '昌吉州图书馆'],
    ['a row named as no unit (…局) and one named as a unit (…中心), under 单位名称', '单位名称', '昌吉州政务局', '昌吉州政务服务中心'],
    ['two rows named as units, under 单位名称 (never added: doubled where one is the department)', '单位名称', '昌吉州图书馆', '昌吉州文化馆'],
    ['two rows named as no unit, under 单位名称', '单位名称', '昌吉州文化局', '昌吉州旅游局'],
  ])('takes neither of two equal rows that nothing tells apart (%s): a gap, never the half or the doubled figure, said naming both', (_how, head, first, second) => {
    for (const order of ['above', 'under']) {
      const rows = [[first, ...department], [second, ...department]];
      const x = layoutA(order === 'above' ? rows : rows.reverse(), head);
      expect([order, totals(x)]).toEqual([order, [null, null]]);
      const text = seven(x);
      expect(text).not.toContain('4.99');
      expect(text).not.toContain('9.98');
      expect(text).toContain('【请填写');
      const [a, b] = order === 'above' ? [first, second] : [second, first];
      expect(recognise(x).problems.map((p) => [p.kind, p.cell, p.message])).toEqual([
        [
          'unit-rows',
          'A6',
          `工作表“${sheetName}”A6至A7是 2 个单位（“${a}”、“${b}”）各自的数字，没有部门的“合计”行：` +
            `两行的数字完全相同，可能是部门和它唯一的单位，也可能是两个单位：《${TITLE}》不作推断，公开说明中这些数字留空待填；` +
            '如其中一行是部门的，请把它的名称改为“合计”；如两行都是单位，请在其下加一行“合计”（两行之和）。',
        ],
      ]);
      expect(errors(x)).toEqual([]);
    }
  });
});

describe('table 07 with a unit’s row hidden', () => {
  const hideRow = (x: WorkbookGrid, row: number): WorkbookGrid => ({ ...x, sheets: x.sheets.map((s) => (s.name === sheetName ? { ...s, hiddenRows: [row] } : s)) });
  const unitC = [1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0];
  const unitA2 = [2, 0, 2, 0, 2, 0, 1.99, 0, 1.99, 0, 1.99, 0];

  it('holds the 合计 row to the sum of every unit, the hidden one’s too: no false 错误', () => {
    const x = hideRow(layoutA([['昌吉州政务服务中心', ...unitA2], ['昌吉州公共资源交易中心', ...unitB], ['机关服务中心', ...unitC], ['合计', ...department]]), 7);
    expect(totals(x)).toEqual([5_000_000, 4_990_000]);
    expect(errors(x)).toEqual([]);
    expect(seven(x)).toBe(plainSeven);
  });
});

describe('table 07 of layouts A/B/C with a 上年决算数 row under this year’s', () => {
  const withPrior = (prior: readonly CellValue[], label = '上年决算数') =>
    layoutA([
      ['决算', ...department],
      [label, ...Array<null>(6).fill(null), ...prior],
    ]);
  const noPriorInSupplement = () => {
    const json = JSON.parse(JSON.stringify(changji2022Supplement)) as { 指标: Record<string, Record<string, unknown>> };
    for (const key of ['三公经费合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务接待费']) delete json.指标[key]!.上年数;
    return parseSupplementJson(json).supplement;
  };

  it('reads it as the table’s 上年决算数: this year’s figures as ever, the text word for word where it agrees with the 说明数据', () => {
    const x = withPrior(lastYear);
    const rec = recognise(x);
    expect(rec.problems).toEqual([]);
    expect(totals(x)).toEqual([5_000_000, 4_990_000]);
    expect(figureOf(rec.tables.threePublicCosts!, 'priorActual', 'total')?.fen).toBe(5_010_000);
    expect(errors(x)).toEqual([]);
    expect(seven(x)).toBe(plainSeven);
  });

  it('states it in §七 where the 说明数据 gives no 上年数 (比上年减少0.02万元)', () => {
    const bare = noPriorInSupplement();
    expect(seven(g, bare)).toContain('【请填写');
    const text = seven(withPrior(lastYear), bare);
    expect(text).toContain('“三公”经费支出决算4.99万元，比上年减少0.02万元，下降0.40%');
    expect(text).toBe(plainSeven);
  });

  it('reads it in layout B too (预算数 | 决算数 under each item), from the 决算 columns', () => {
    const pairs = (b: readonly CellValue[], a: readonly CellValue[]) => b.flatMap((v, i) => [v, a[i]!]);
    const x = withSheetRows(g, sheetName, () => [
      [TITLE],
      ['部门：新疆昌吉州政务服务和公共资源交易管理局', ...Array<null>(11), '单位：万元'],
      ['项目', ...items.flatMap((v) => [v, null])],
      [null, ...vehicles.flatMap((v) => [v, null])],
      [null, ...items.flatMap(() => ['预算数', '决算数'])],
      ['决算', ...pairs(budget, actual)],
      ['上年决算数', ...pairs(Array<null>(6).fill(null), lastYear)],
    ]);
    const rec = recognise(x);
    expect(rec.problems).toEqual([]);
    expect(totals(x)).toEqual([5_000_000, 4_990_000]);
    expect(figureOf(rec.tables.threePublicCosts!, 'priorActual', 'reception')?.fen).toBe(260_000);
    expect(seven(x, noPriorInSupplement())).toBe(plainSeven);
  });

  it.each([
    ['2021年决算数', '2022年决算数'],
    ['2021年', '2022年'],
  ])('reads this year’s row, not the year before’s above it (%s over %s), and that one as the 上年决算数', (before, now) => {
    for (const order of ['before first', 'this year first']) {
      const rows = [[before, ...Array<null>(6).fill(null), ...lastYear], [now, ...department]];
      const x = layoutA(order === 'before first' ? rows : rows.reverse());
      const rec = recognise(x);
      expect([order, rec.problems]).toEqual([order, []]);
      expect(totals(x)).toEqual([5_000_000, 4_990_000]);
      expect(figureOf(rec.tables.threePublicCosts!, 'priorActual', 'total')?.fen).toBe(5_010_000);
      expect(seven(x, noPriorInSupplement())).toBe(plainSeven);
    }
  });

  it('flags it where it differs from the 说明数据’s 上年数 (neither preferred in silence)', () => {
    const x = withPrior([5.11, 0, 4.75, 0, 4.75, 0.36]);
    const found = errors(x);
    expect(found.map((f) => f.rule).sort()).toEqual(['supplement-printed-figures', 'supplement-printed-figures']);
    expect(found.map((f) => f.message).join('\n')).toContain('上年决算数');
  });
});
