/**
 * Two tables printed side by side on one sheet (a page holding the empty 08 and 09 beside each other, as some
 * departments lay them out): each is read in its own columns, as on a sheet of its own. Read in the whole width, the
 * second title on the row was never read: 缺公开09表, a false 错误 of a table that is there.
 */
import { recognise } from '../../../src/engine/recognise/recognise';
import { check } from '../../../src/engine/workflow';
import type { CellValue, WorkbookGrid } from '../../../src/engine/grid/cell';
import type { TableModel } from '../../../src/engine/tables/model';
import { sample } from '../../support/ruleTester';

const GOV_FUND = '政府性基金预算财政拨款收入支出决算表';
const STATE_CAPITAL = '国有资本经营预算财政拨款收入支出决算表';
const THREE_PUBLIC = '财政拨款三公经费支出决算表';

/** The sample with the sheets `left` and `right` put on one sheet, `gap` empty columns between them. */
function sideBySide(left: string, right: string, gap: number): { grid: WorkbookGrid; offset: number } {
  const g = sample();
  const a = g.sheets.find((s) => s.name === left)!;
  const b = g.sheets.find((s) => s.name === right)!;
  const offset = Math.max(...a.rows.map((r) => r.length)) + gap;
  const rows: CellValue[][] = [];
  for (let r = 0; r < Math.max(a.rows.length, b.rows.length); r++) {
    const cells: CellValue[] = [...(a.rows[r] ?? [])];
    while (cells.length < offset) cells.push(null);
    rows.push([...cells, ...(b.rows[r] ?? [])]);
  }
  const merges = [...(a.merges ?? []), ...(b.merges ?? []).map((m) => ({ ...m, left: m.left + offset, right: m.right + offset }))];
  const sheets = g.sheets.filter((s) => s !== b).map((s) => (s === a ? { ...a, name: '08-09', rows, merges } : s));
  return { grid: { sheets }, offset };
}

/** A table's rows and figures, and its columns' places relative to its title: what reading it came to. */
function reading(table: TableModel | undefined, offset = 0) {
  return {
    unit: table?.unit,
    columns: table?.columns.map((c) => [c.key, c.col - offset]),
    rows: table?.rows.map((r) => [r.key, Object.values(r.figures).map((f) => f.fen)]),
  };
}

describe('two tables side by side on one sheet', () => {
  const alone = recognise(sample());

  it('reads both, each as on its own sheet, with an empty column between them', () => {
    const { grid, offset } = sideBySide(GOV_FUND, STATE_CAPITAL, 1);
    const rec = recognise(grid);
    expect(rec.missing).toEqual([]);
    expect(reading(rec.tables.govFund)).toEqual(reading(alone.tables.govFund));
    expect(reading(rec.tables.stateCapital, offset)).toEqual(reading(alone.tables.stateCapital));
    expect(rec.tables.stateCapital!.range.left).toBe(offset);
    expect(rec.tables.govFund!.range.right).toBeLessThan(offset);
  });

  it('reads both where they touch, the second starting at its title’s column', () => {
    const { grid, offset } = sideBySide(GOV_FUND, STATE_CAPITAL, 0);
    const rec = recognise(grid);
    expect(rec.missing).toEqual([]);
    expect(reading(rec.tables.stateCapital, offset)).toEqual(reading(alone.tables.stateCapital));
    expect(reading(rec.tables.govFund)).toEqual(reading(alone.tables.govFund));
  });

  it('reads the 三公 table beside another table too', () => {
    const { grid, offset } = sideBySide(THREE_PUBLIC, GOV_FUND, 2);
    const rec = recognise(grid);
    expect(rec.missing).toEqual([]);
    expect(reading(rec.tables.govFund, offset)).toEqual(reading(alone.tables.govFund));
    expect(rec.tables.threePublicCosts!.rows.map((r) => [r.key, Object.values(r.figures).map((f) => f.fen)])).toEqual(
      alone.tables.threePublicCosts!.rows.map((r) => [r.key, Object.values(r.figures).map((f) => f.fen)]),
    );
  });

  it('finds nothing the same tables on their own sheets do not', () => {
    const { grid } = sideBySide(GOV_FUND, STATE_CAPITAL, 1);
    const said = (g: WorkbookGrid) => check(g).findings.map((f) => `${f.rule} ${f.message.replace(/“[^”]*”工作表|[A-Z]+\d+/g, '')}`);
    expect(said(grid).sort()).toEqual(said(sample()).sort());
  });

  it('reads a title printed twice on its row as one table', () => {
    const g = sample();
    const gov = g.sheets.find((s) => s.name === GOV_FUND)!;
    const rows = gov.rows.map((r, i) => (i === 0 ? [...r, null, null, null, null, null, null, null, null, null, r.find((v) => v !== null)!] : [...r]));
    const rec = recognise({ sheets: g.sheets.map((s) => (s === gov ? { ...gov, rows } : s)) });
    expect(reading(rec.tables.govFund)).toEqual(reading(alone.tables.govFund));
    expect(rec.problems.filter((p) => p.kind === 'duplicate-table')).toEqual([]);
  });
});
