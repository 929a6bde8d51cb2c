/**
 * A block table's row keeps its figures as 分 (tables/readers/row.ts): what the exact sums read of it (`exactFen`)
 * is what its figure objects say, the objects are made once and then the same, and the row serialises as a plain
 * row would.
 */
import { recognise } from '../../../src/engine/recognise/recognise';
import { childRows, exactFen, rowsAtLevel } from '../../../src/engine/tables/model';
import type { RowModel } from '../../../src/engine/tables/model';
import { changji2022 } from '../../../fixtures/changji-2022/tables';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import type { WorkbookGrid } from '../../../src/engine/grid/cell';
import { columnsAddingUp, FenStore, rowAddsUp } from '../../../src/engine/tables/readers/row';

function sample(): WorkbookGrid {
  return toGrid(buildWorkbook(changji2022, standardPlan(changji2022)));
}

/** What an exact sum reads of a plain row's figure. */
function fromFigures(row: RowModel, column: string): number | 'absent' | 'invalid' {
  const f = row.figures[column];
  return f === undefined ? 'absent' : f.invalid ? 'invalid' : (f.fen ?? 0);
}

/** The sample with text typed into one figure cell of table 03: an unreadable figure. */
function withTextInExpenditure(): { grid: WorkbookGrid; at: { row: number; col: number } } {
  const grid = sample();
  const rec = recognise(grid);
  const row = rec.tables.expenditure!.rows.find((r) => r.code && r.figures.yearExpenditure?.fen)!;
  const cell = row.figures.yearExpenditure!.cell;
  const sheets = grid.sheets.map((s) => (s.name !== cell.sheet ? s : { ...s, rows: s.rows.map((r, i) => (i !== cell.row ? r : r.map((v, c) => (c === cell.col ? '见附表' : v)))) }));
  return { grid: { ...grid, sheets }, at: cell };
}

describe('a block table row', () => {
  it('gives every figure to an exact sum as its figure object says, without a figure that is not there', () => {
    const rec = recognise(sample());
    let compared = 0;
    for (const table of Object.values(rec.tables)) {
      for (const row of table.rows) {
        for (const column of [...table.columns.map((c) => c.key), 'noSuchColumn']) {
          expect(exactFen(row, column)).toBe(fromFigures(row, column));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('says a figure that is not a number is unreadable, both ways', () => {
    const { grid, at } = withTextInExpenditure();
    const row = recognise(grid).tables.expenditure!.rows.find((r) => r.figures.yearExpenditure?.cell.row === at.row)!;
    expect(row.figures.yearExpenditure).toMatchObject({ cell: { row: at.row, col: at.col }, fen: null, invalid: true });
    expect(exactFen(row, 'yearExpenditure')).toBe('invalid');
  });

  it('counts a blank cell as 0 in a sum, and keeps it a figure without an amount', () => {
    const rec = recognise(sample());
    const blank = Object.values(rec.tables)
      .flatMap((t) => t.rows.flatMap((r) => Object.keys(r.figures).map((k) => [r, k] as const)))
      .find(([r, k]) => r.figures[k]!.fen === null)!;
    expect(blank).toBeDefined();
    expect(exactFen(blank[0], blank[1])).toBe(0);
  });

  it('makes its figure objects once: the same record on every reading', () => {
    const row = recognise(sample()).tables.expenditure!.rows[0]!;
    expect(row.figures).toBe(row.figures);
    expect(Object.keys(row.figures)).toEqual(recognise(sample()).tables.expenditure!.columns.map((c) => c.key));
  });

  it('serialises as a plain row, its figures included', () => {
    const row = recognise(sample()).tables.expenditure!.rows.find((r) => r.code)!;
    const plain = JSON.parse(JSON.stringify(row)) as RowModel;
    expect(plain).toEqual({
      block: row.block,
      key: row.key,
      label: row.label,
      labelCell: row.labelCell,
      code: row.code,
      level: row.level,
      figures: JSON.parse(JSON.stringify(row.figures)),
    });
    expect(Object.keys(plain.figures).length).toBeGreaterThan(0);
  });
});

describe('the columns in which a row adds up its children, told in one pass (columnsAddingUp)', () => {
  /** Column by column through exactFen: whether the parent's 分 is the Σ of its children's. */
  function addsUp(parent: RowModel, children: readonly RowModel[], column: string): boolean {
    const sum = children.reduce<number | undefined>((s, c) => {
      const fen = exactFen(c, column);
      return s === undefined || typeof fen !== 'number' ? undefined : s + fen;
    }, 0);
    return sum !== undefined && exactFen(parent, column) === sum;
  }

  function parents(grid: WorkbookGrid) {
    const rec = recognise(grid);
    return [rec.tables.income!, rec.tables.expenditure!, rec.tables.generalBudgetExpenditure!].flatMap((t) =>
      [...rowsAtLevel(t, 'class'), ...rowsAtLevel(t, 'section')].map((parent) => ({ parent, children: childRows(t, parent.code!) })).filter((p) => p.children.length > 0),
    );
  }

  it('says of every column what the exact sums say, the rows that do not add up included', () => {
    // The sample with one 项 changed: its 款 and 类 no longer add up in that column.
    const grid = sample();
    const rec = recognise(grid);
    const item = rec.tables.expenditure!.rows.find((r) => r.level === 'item' && r.figures.yearExpenditure?.fen)!;
    const cell = item.figures.yearExpenditure!.cell;
    const sheets = grid.sheets.map((s) => (s.name !== cell.sheet ? s : { ...s, rows: s.rows.map((r, i) => (i !== cell.row ? r : r.map((v, c) => (c === cell.col ? Number(v) + 1 : v)))) }));
    let holding = 0;
    let failing = 0;
    for (const { parent, children } of parents({ sheets })) {
      const added = columnsAddingUp(parent, children)!;
      expect(added).toBeDefined();
      added.columns.forEach((c, i) => {
        const says = (added.holding & (1 << i)) !== 0;
        expect([parent.code, c.key, says]).toEqual([parent.code, c.key, addsUp(parent, children, c.key)]);
        if (says) holding++;
        else failing++;
      });
    }
    expect(holding).toBeGreaterThan(100);
    expect(failing).toBeGreaterThan(0);
  });

  it('leaves to exactFen the rows with an unreadable figure', () => {
    const { grid, at } = withTextInExpenditure();
    const table = recognise(grid).tables.expenditure!;
    const row = table.rows.find((r) => r.figures.yearExpenditure?.cell.row === at.row)!;
    const total = table.rows.find((r) => r.key === 'total')!;
    expect(columnsAddingUp(total, table.rows.filter((r) => r.level === 'class' && r !== row))).toBeDefined();
    // The row as the parent, and as a child.
    expect(columnsAddingUp(row, childRows(table, row.code!))).toBeUndefined();
    expect(columnsAddingUp(total, table.rows.filter((r) => r.level === 'class'))).toBeUndefined();
  });
});

describe('whether a row’s total is the sum of its parts, told from the stored 分 (rowAddsUp)', () => {
  /** Through exactFen: the total's 分 is the Σ of the parts' (absent ones 0 with `skipMissing`). */
  function addsUp(row: RowModel, total: string, parts: readonly string[], skipMissing: boolean): boolean {
    let sum: number | undefined = 0;
    for (const p of parts) {
      const fen = exactFen(row, p);
      sum = sum === undefined || fen === 'invalid' || (fen === 'absent' && !skipMissing) ? undefined : fen === 'absent' ? sum : sum + fen;
    }
    return sum !== undefined && exactFen(row, total) === sum;
  }

  it('says of every row what the exact sums say, in every table, a changed figure and missing columns included', () => {
    const grid = sample();
    const item = recognise(grid).tables.expenditure!.rows.find((r) => r.level === 'item' && r.figures.basic?.fen)!;
    const cell = item.figures.basic!.cell;
    const sheets = grid.sheets.map((s) => (s.name !== cell.sheet ? s : { ...s, rows: s.rows.map((r, i) => (i !== cell.row ? r : r.map((v, c) => (c === cell.col ? Number(v) + 1 : v)))) }));
    const rec = recognise({ sheets });
    const sums: [string, string[]][] = [
      ['yearExpenditure', ['basic', 'project']],
      ['yearIncome', ['fiscal', 'businessIncome', 'otherIncome']],
      ['total', ['basic', 'project']],
      ['total', ['noSuchColumn']],
    ];
    let holding = 0;
    let failing = 0;
    for (const table of Object.values(rec.tables)) {
      for (const [total, parts] of sums) {
        for (const skipMissing of [false, true]) {
          for (const row of table.rows) {
            const says = rowAddsUp(row, total, parts, skipMissing);
            expect([table.code, row.key, total, skipMissing, says]).toEqual([table.code, row.key, total, skipMissing, addsUp(row, total, parts, skipMissing)]);
            if (says) holding++;
            else failing++;
          }
        }
      }
    }
    expect(holding).toBeGreaterThan(100);
    expect(failing).toBeGreaterThan(0);
  });

  it('leaves to exactFen a row with an unreadable figure', () => {
    const { grid, at } = withTextInExpenditure();
    const row = recognise(grid).tables.expenditure!.rows.find((r) => r.figures.yearExpenditure?.cell.row === at.row)!;
    expect(rowAddsUp(row, 'basic', [], true)).toBe(false);
  });
});

describe('the 分 store of a table’s rows', () => {
  /** Rows of `width` slots each, every slot written with its own value, then read back through each row's offset. */
  function fill(store: FenStore, rows: number, width: number): { readonly fens: Float64Array; readonly at: number }[] {
    const taken = [];
    for (let r = 0; r < rows; r++) {
      const fens = store.room(width);
      const at = store.take(width);
      for (let i = 0; i < width; i++) fens[at + i] = r * 100 + i;
      taken.push({ fens, at });
    }
    return taken;
  }

  it.each([
    ['as many rows as expected', 40, 7, 280],
    ['more rows than expected (a part stacked under another)', 300, 7, 70],
    ['none expected', 20, 3, 0],
    ['more than one array holds', 10_000, 7, 70_000],
  ])('keeps every row’s figures apart: %s', (_, rows, width, expected) => {
    const taken = fill(new FenStore(expected), rows, width);
    const wrong = taken.filter(({ fens, at }, r) => at + width > fens.length || fens.subarray(at, at + width).some((fen, i) => fen !== r * 100 + i));
    expect(taken).toHaveLength(rows);
    expect(wrong).toEqual([]);
  });

  it('fills one array for the rows expected, and adds few more when they are outgrown', () => {
    expect(new Set(fill(new FenStore(280), 40, 7).map((t) => t.fens)).size).toBe(1);
    expect(new Set(fill(new FenStore(70), 300, 7).map((t) => t.fens)).size).toBeLessThanOrEqual(10);
  });
});
