/**
 * A 自评表 whose 年度资金总额 row is left blank while its parts (当年财政拨款, 上年结转资金, 其他资金) hold figures. Read as
 * 0 (a blank is 0), §十一 said 全年预算数520.11万元 for the sample's 748.11 and check gave three 错误. The total is the
 * sum of its parts (DOMAIN §6), read so and said at each blank cell; where a part cannot be read, it is left unread
 * and the text leaves a gap, never a wrong figure.
 */
import { recognise } from '../../../src/engine/recognise/recognise';
import { check } from '../../../src/engine/workflow';
import { parseSupplementJson } from '../../../src/engine/supplement/json';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { xinjiang } from '../../../src/engine/narrative/presets';
import { plain } from '../../../src/engine/narrative/fragment';
import { explanationPart } from '../../../src/engine/narrative/document';
import { projectDerivedCells } from '../../../src/engine/derive/selfEvaluation';
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';

const fen = (wan: number) => Math.round(wan * 1_000_000);
const FORMS = '项目支出绩效自评表';

/** The sample with the first form's 年度资金总额 figures (年初预算数, 全年预算数, 全年执行数) left blank; `edit` more. */
function blankTotal(edit?: (rows: CellValue[][], totalRow: number, labelCol: number) => void): { grid: WorkbookGrid; row: number; col: number } {
  const grid = toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
  const sheet = grid.sheets.find((s) => s.name === FORMS)!;
  const rows = sheet.rows.map((r) => [...r]);
  const row = rows.findIndex((r) => r.includes('年度资金总额'));
  const col = rows[row]!.indexOf('年度资金总额');
  for (let c = col + 1; c <= col + 3; c++) rows[row]![c] = null;
  edit?.(rows, row, col);
  return { grid: { ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, rows } : s)) }, row, col };
}

function section11(grid: WorkbookGrid): string {
  const doc = generateNarrative(recognise(grid), parseSupplementJson(changji2022Supplement).supplement, xinjiang);
  const s = explanationPart(doc).sections.find((x) => x.number === '十一')!;
  return s.blocks.map((b) => (b.kind === 'paragraph' ? plain(b.runs) : b.text)).join('\n');
}

describe('a 自评表 whose 年度资金总额 is blank over filled parts', () => {
  it('reads the total as the sum of its parts, and says so at each blank cell', () => {
    const { grid, row } = blankTotal();
    const rec = recognise(grid);
    const first = rec.projects[0]!;
    const [initial, adjusted, actual] = changji2022.projects[0]!.funds.total;
    expect([first.funds.total!.initialBudget!.fen, first.funds.total!.adjustedBudget!.fen, first.funds.total!.actual!.fen]).toEqual([fen(initial!), fen(adjusted!), fen(actual!)]);
    const said = rec.problems.filter((p) => p.kind === 'incomplete-form');
    expect(said.map((p) => p.cell)).toEqual([`D${row + 1}`, `E${row + 1}`, `F${row + 1}`]);
    expect(said[1]!.message).toContain(`E${row + 1}（项目支出绩效自评表“年度资金总额”的全年预算数）是空的，按其下各项（E${row + 2}、E${row + 3}、E${row + 4}）之和 228.00万元读取：请填入年度资金总额。`);
  });

  it('says in §十一 the true 全年预算数 and 全年执行数 (748.11 and 728.90, not 520.11 and 500.90)', () => {
    expect(section11(blankTotal().grid)).toContain('开展预算绩效评价项目9个，全年预算数748.11万元，全年执行数728.90万元');
  });

  it('gives no 错误 of the total against its parts, and notices each blank cell', () => {
    const findings = check(blankTotal().grid).findings;
    expect(findings.filter((f) => f.rule === 'performance-funds' || f.rule === 'performance-rate' || f.rule === 'performance-fund-score')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'reading-notices' && f.message.includes('年度资金总额”的'))).toHaveLength(3);
  });

  it('leaves the total unread where a part cannot be read: §十一 has a gap, not a wrong figure', () => {
    const { grid, row } = blankTotal((rows, r, c) => (rows[r + 2]![c + 2] = '见附件'));
    const rec = recognise(grid);
    const total = rec.projects[0]!.funds.total!;
    expect(total.adjustedBudget).toMatchObject({ fen: null, invalid: true });
    expect(total.initialBudget!.fen).toBe(fen(changji2022.projects[0]!.funds.total[0]!));
    expect(rec.problems.find((p) => p.cell === `E${row + 1}`)!.message).toContain('年度资金总额未能读取，公开说明中留空');
    const text = section11(grid);
    expect(text).toContain('全年预算数【请填写');
    expect(text).toContain('全年执行数728.90万元');
  });

  it('reads a blank total over parts that are all blank or 0 as 0, and says nothing', () => {
    const { grid } = blankTotal((rows, r, c) => {
      for (let x = r + 1; x <= r + 3; x++) for (let y = c + 1; y <= c + 3; y++) rows[x]![y] = null;
    });
    const rec = recognise(grid);
    expect(rec.projects[0]!.funds.total!.adjustedBudget).toMatchObject({ fen: null });
    expect(rec.projects[0]!.funds.total!.adjustedBudget!.parts).toBeUndefined();
    expect(rec.problems.filter((p) => p.kind === 'incomplete-form')).toEqual([]);
  });

  it('writes no 执行率 formula over the blank total’s cells when filling (it would read 0 or the wrong row)', () => {
    const { grid } = blankTotal();
    const [first, second] = recognise(grid).projects;
    const rateOf = (p: typeof first) => projectDerivedCells(grid, p!).find((d) => d.cell.row === p!.funds.total!.rate!.cell.row && d.cell.col === p!.funds.total!.rate!.cell.col);
    expect(rateOf(first)).toBeUndefined();
    expect(rateOf(second)).toBeDefined();
  });
});
