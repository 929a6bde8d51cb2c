/**
 * Bad input (issue: foundation, "Bad input"): each problem names the sheet and cell in Chinese, everything
 * else is still recognised, and nothing throws.
 */
import { recognise } from '../../../src/engine/recognise/recognise';
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import { normalizeLabel } from '../../../src/engine/grid/normalize';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { buildWorkbook, expectedFigures, standardPlan, toGrid } from '../../../fixtures/workbook';
import { withSheetRows } from '../../support/layouts';
import { runAudit } from '../../../src/engine/audit/audit';
import { check } from '../../../src/engine/workflow';
import { flagPlan } from '../../../src/engine/audit/flags';
import { EMPTY_SUPPLEMENT } from '../../../src/engine/supplement/supplement';

function sample() {
  const book = buildWorkbook(changji2022, standardPlan(changji2022));
  return { book, grid: toGrid(book) };
}

function setCell(grid: WorkbookGrid, sheet: string, row: number, col: number, value: CellValue): void {
  const s = grid.sheets.find((x) => x.name === sheet)!;
  (s.rows[row] as CellValue[])[col] = value;
}

function findLabel(grid: WorkbookGrid, sheet: string, label: string): { row: number; col: number } {
  const s = grid.sheets.find((x) => x.name === sheet)!;
  for (let r = 0; r < s.rows.length; r++) {
    const c = s.rows[r]!.findIndex((v) => typeof v === 'string' && normalizeLabel(v) === normalizeLabel(label));
    if (c >= 0) return { row: r, col: c };
  }
  throw new Error(`${label} not on ${sheet}`);
}

const ALL_TABLES = ['expenditure', 'fiscalSummary', 'generalBudgetBasic', 'generalBudgetExpenditure', 'govFund', 'income', 'stateCapital', 'summary', 'threePublicCosts'];

describe('bad input', () => {
  it('a missing table is listed as missing with a message that says what to add; the rest is recognised', () => {
    const { grid } = sample();
    const without = { sheets: grid.sheets.filter((s) => s.name !== '政府性基金预算财政拨款收入支出决算表') };
    const rec = recognise(without);
    expect(rec.missing).toEqual(['08']);
    expect(Object.keys(rec.tables).sort()).toEqual(ALL_TABLES.filter((t) => t !== 'govFund'));
    expect(rec.problems).toEqual([
      expect.objectContaining({ kind: 'missing-table', sheet: null, cell: null, table: '08', message: expect.stringContaining('未找到《政府性基金预算财政拨款收入支出决算表》') }),
    ]);
  });

  it('云南’s 三公 情况表 in place of table 07: table 07 is said unread there, not to be added', () => {
    const { grid } = sample();
    const at = findLabel(grid, '财政拨款三公经费支出决算表', '财政拨款“三公”经费支出决算表');
    setCell(grid, '财政拨款三公经费支出决算表', at.row, at.col, '一般公共预算财政拨款“三公”经费情况表');
    const rec = recognise(grid);
    expect(rec.missing).toEqual(['07']);
    const message = rec.problems.find((p) => p.kind === 'missing-table')!.message;
    expect(message).toContain('工作簿中的《一般公共预算财政拨款“三公”经费情况表》是“三公”经费的情况表（云南等地的表样），本工具还不能读取这种表样');
    expect(message).not.toContain('请在工作簿中加入此表');
  });

  it.each([
    ['#REF!', { error: '#REF!' }, 'Excel 错误值 #REF!'],
    ['abc', 'abc', '“abc”不是数字'],
    ['TRUE', true, '逻辑值 TRUE'],
  ] as const)('a figure cell holding %s is a problem at that cell, never a silent 0', (_name, value, words) => {
    const { book, grid } = sample();
    const target = expectedFigures(book).find((e) => e.table === 'income' && e.row === '2010301' && e.column === 'fiscal')!;
    setCell(grid, target.sheet, target.cellRow, target.cellCol, value);
    const rec = recognise(grid);
    expect(rec.problems).toEqual([
      {
        kind: 'invalid-figure',
        sheet: '收入决算表',
        cell: 'D9',
        table: '02',
        message: expect.stringContaining(`工作表“收入决算表”D9的金额`),
      },
    ]);
    expect(rec.problems[0]!.message).toContain(words);
    const figure = rec.tables.income!.rows.find((r) => r.key === '2010301')!.figures.fiscal!;
    expect(figure).toEqual({ cell: { sheet: '收入决算表', row: 8, col: 3 }, fen: null, invalid: true });
    expect(Object.keys(rec.tables).sort()).toEqual(ALL_TABLES);
  });

  it('a header whose label and code columns cannot be matched is a problem at the header, and only that table is missing', () => {
    const { grid } = sample();
    for (const label of ['项目', '科目编码', '科目名称']) {
      const at = findLabel(grid, '支出决算表', label);
      setCell(grid, '支出决算表', at.row, at.col, `栏目${at.col}`);
    }
    const rec = recognise(grid);
    expect(rec.missing).toEqual(['03']);
    expect(rec.tables.expenditure).toBeUndefined();
    expect(Object.keys(rec.tables)).toHaveLength(8);
    const header = rec.problems.find((p) => p.kind === 'unmatched-header')!;
    expect(header).toMatchObject({ sheet: '支出决算表', cell: 'A3', table: '03' });
    expect(header.message).toContain('工作表“支出决算表”A3');
    expect(rec.problems.find((p) => p.kind === 'missing-table')!.message).toContain('表头无法识别');
  });

  it('an unrecognised figure column is reported at its header cell, and a required column that is missing is named', () => {
    const { grid } = sample();
    const at = findLabel(grid, '收入决算表', '财政拨款收入');
    setCell(grid, '收入决算表', at.row, at.col, '拨款');
    const rec = recognise(grid);
    expect(rec.tables.income).toBeDefined();
    expect(rec.problems.map((p) => [p.kind, p.sheet, p.cell])).toEqual([
      ['unknown-column', '收入决算表', 'D3'],
      ['missing-column', '收入决算表', 'A3'],
    ]);
    expect(rec.problems[0]!.message).toContain('“拨款”');
    expect(rec.problems[1]!.message).toContain('“财政拨款收入”');
    expect(rec.tables.income!.rows.find((r) => r.key === 'total')!.figures.yearIncome!.fen).toBe(1_372_790_000);
  });

  it('two sheets claiming the same table: the first is used and the second is reported at its title', () => {
    const { grid } = sample();
    const copy = grid.sheets.find((s) => s.name === '收入支出决算总表')!;
    const withCopy = { sheets: [...grid.sheets, { ...copy, name: '收入支出决算总表 (2)' }] };
    const rec = recognise(withCopy);
    expect(rec.tables.summary!.sheet).toBe('收入支出决算总表');
    expect(rec.problems).toEqual([
      {
        kind: 'duplicate-table',
        sheet: '收入支出决算总表 (2)',
        cell: 'A1',
        table: '01',
        message: expect.stringContaining('工作表“收入支出决算总表 (2)”A1也是《收入支出决算总表》'),
      },
    ]);
  });

  it('of two tables under one spec’s titles, the one under its canonical title is used wherever it stands', () => {
    const { grid } = sample();
    const table = grid.sheets.find((s) => s.name === '收入支出决算总表')!;
    // Before it, another table whose title only 云南’s short one fits (收入支出决算表).
    const other = { ...table, name: '其他表', rows: table.rows.map((r, i) => (i === 0 ? ['收入支出决算表', ...r.slice(1)] : r)) };
    const rec = recognise({ sheets: [other, ...grid.sheets] });
    expect(rec.tables.summary!.sheet).toBe('收入支出决算总表');
    expect(rec.problems.map((p) => [p.kind, p.sheet])).toEqual([['duplicate-table', '其他表']]);
    // Named as its page is titled: 《收入支出决算总表》 named a page the accountant could not find.
    expect(rec.problems[0]!.message).toContain('工作表“其他表”A1也是《收入支出决算表》');
  });

  describe('a table titled as an older template or 云南 titles it, named so in its messages', () => {
    const titled = () => toGrid(buildWorkbook(changji2022, standardPlan(changji2022), { withoutZong: true, oldTitles: true }));

    it('an empty table (only its header)', () => {
      const g = titled();
      const rec = recognise(withSheetRows(g, '一般公共预算财政拨款支出决算表', (rows) => rows.slice(0, 5).map((r) => [...r])));
      const empty = rec.problems.filter((p) => p.kind === 'empty-table');
      expect(empty.map((p) => p.message)).toEqual([expect.stringContaining('的《一般公共预算财政拨款收入支出决算表》只有表头，没有数据行')]);
    });

    it('an empty 08/09 without the line saying why, in 识别 and in 检查', () => {
      const g = titled();
      const grid = withSheetRows(g, '国有资本经营预算财政拨款收入支出决算表', (rows) => rows.filter((r) => !String(r[0] ?? '').startsWith('注')).map((r) => [...r]));
      const rec = recognise(grid);
      const said = rec.problems.filter((p) => p.kind === 'empty-table-without-note').map((p) => p.message);
      expect(said).toEqual([expect.stringMatching(/^《国有资本经营预算财政拨款支出决算表》没有数据/)]);
      const found = runAudit({ recognition: rec, supplement: EMPTY_SUPPLEMENT, grid }).filter((f) => f.rule === 'empty-table-note');
      expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/^《国有资本经营预算财政拨款支出决算表》没有数据/)]);
    });

    it('a duplicate', () => {
      const g = titled();
      const copy = g.sheets.find((s) => s.name === '收入支出决算总表')!;
      const rec = recognise({ sheets: [...g.sheets, { ...copy, name: '副本' }] });
      expect(rec.problems.filter((p) => p.kind === 'duplicate-table').map((p) => p.message)).toEqual([expect.stringContaining('工作表“副本”A1也是《收入支出决算表》')]);
    });
  });

  it('a row whose label is not in the template is reported and its figures are not read', () => {
    const { grid } = sample();
    const at = findLabel(grid, '收入支出决算总表', '五、事业收入');
    setCell(grid, '收入支出决算总表', at.row, at.col, '五、事业性收入');
    const rec = recognise(grid);
    expect(rec.problems).toEqual([expect.objectContaining({ kind: 'unknown-row', sheet: '收入支出决算总表', cell: `A${at.row + 1}` })]);
    expect(rec.tables.summary!.rows.some((r) => r.key === 'businessIncome')).toBe(false);
  });

  describe('a fixed row repeated (a second 合计 with figures)', () => {
    // The 合计 row (its label in the name column, B), repeated under the last row, as typed or with a figure changed.
    function repeatedTotal(change: (row: CellValue[]) => CellValue[]) {
      const { grid } = sample();
      const sheet = '一般公共预算财政拨款支出决算表';
      const s = grid.sheets.find((x) => x.name === sheet)!;
      const total = { row: s.rows.findIndex((r) => r[1] === '合计'), col: 1 };
      const last = s.rows.findIndex((r) => r[0] === '2299999');
      (s.rows as CellValue[][]).splice(last + 1, 0, change([...s.rows[total.row]!]));
      return { rec: recognise(grid), sheet, total, last };
    }

    it('with other figures is said to differ from the first, naming both rows, not to be missing from the template; the first is read', () => {
      const { rec, sheet, total, last } = repeatedTotal((row) => row.map((v, i) => (i === 2 && typeof v === 'number' ? v + 1 : v)));
      expect(rec.problems).toEqual([expect.objectContaining({ kind: 'duplicate-row', sheet, cell: `B${last + 2}` })]);
      expect(rec.problems[0]!.message).toContain(`的行“合计”与第 ${total.row + 1} 行“合计”是《一般公共预算财政拨款支出决算表》的同一个合计，数字却不同：只读取了第 ${total.row + 1} 行`);
      expect(rec.tables.generalBudgetExpenditure!.rows.filter((r) => r.key === 'total')).toHaveLength(1);
      expect(rec.tables.generalBudgetExpenditure!.rows.find((r) => r.key === 'total')!.labelCell!.row).toBe(total.row);
    });

    it('with the same figures loses nothing read once: no notice, the first is read', () => {
      const { rec, total } = repeatedTotal((row) => row);
      expect(rec.problems).toEqual([]);
      expect(rec.tables.generalBudgetExpenditure!.rows.find((r) => r.key === 'total')!.labelCell!.row).toBe(total.row);
    });
  });

  it('a table without a unit line is read in 万元 and the missing unit is reported at its title', () => {
    const { grid } = sample();
    const at = findLabel(grid, '财政拨款三公经费支出决算表', '单位：万元');
    setCell(grid, '财政拨款三公经费支出决算表', at.row, at.col, null);
    const rec = recognise(grid);
    expect(rec.tables.threePublicCosts!.unit).toBe('万元');
    expect(rec.problems).toEqual([expect.objectContaining({ kind: 'no-unit', sheet: '财政拨款三公经费支出决算表', cell: 'A1' })]);
  });

  it('nothing throws on empty, tiny or ragged workbooks', () => {
    const cases: WorkbookGrid[] = [
      { sheets: [] },
      { sheets: [{ name: 'Sheet1', rows: [] }] },
      { sheets: [{ name: 'Sheet1', rows: [['收入支出决算总表']] }] },
      { sheets: [{ name: 'Sheet1', rows: [['项目支出绩效自评表'], [], [null, '项目名称']] }] },
      { sheets: [{ name: 'Sheet1', rows: [['支出决算表'], ['单位：元'], ['科目编码', '科目名称', '本年支出合计'], ['合计', null, 'x'], [201, '一般公共服务支出', { error: '#N/A' }]] }] },
    ];
    for (const grid of cases) {
      const rec = recognise(grid);
      expect(rec.missing.length).toBeGreaterThan(0);
      for (const p of rec.problems) expect(p.message.length).toBeGreaterThan(0);
    }
  });

  it('a table of 40,000 rows whose figures are all text: each is a problem at its cell, and checking and flagging do not throw', () => {
    // Each reader's problems were passed on as arguments (push(...problems)), more than the stack holds.
    const { grid } = sample();
    const t = recognise(grid).tables.generalBudgetExpenditure!;
    const template = grid.sheets.find((s) => s.name === t.sheet)!.rows[t.range.bottom]!;
    const textRow = template.map((v) => (typeof v === 'number' ? '见附件' : v));
    const many = 40_000;
    const sheets = grid.sheets.map((s) => {
      if (s.name !== t.sheet) return s;
      const rows = [...s.rows.slice(0, t.range.bottom + 1), ...Array.from({ length: many }, () => [...textRow]), ...s.rows.slice(t.range.bottom + 1)];
      return { ...s, rows, merges: undefined };
    });
    const big = { ...grid, sheets };
    const checked = check(big);
    const figuresPerRow = template.filter((v) => typeof v === 'number').length;
    expect(figuresPerRow).toBeGreaterThan(0);
    const invalid = checked.recognition.problems.filter((p) => p.kind === 'invalid-figure' && p.sheet === t.sheet);
    expect(invalid.length).toBe(many * figuresPerRow);
    expect(flagPlan(big, checked.findings).ops.length).toBeGreaterThan(0);
  });
});

