/**
 * Looking rows up in a table model (engine/tables/model.ts): by key, in a block or in any, and a subject's
 * children by code. The rules rely on the first row in the table's order, and on a key shared by two blocks
 * (`grandTotal` in 收入 and in 支出) being found in the block asked for.
 */
import { cellRef } from '../../../src/engine/grid/address';
import { childRows, figureOf, findRow, RowModel, rowsAtLevel, TableModel } from '../../../src/engine/tables/model';
import { tableOfRows } from '../../support/tableModel';
import { generateAccounts } from '../../../fixtures/generate';
import { buildWorkbook, standardPlan, toGrid } from '../../../fixtures/workbook';
import { recognise } from '../../../src/engine/recognise/recognise';

function row(block: string, key: string, fen: number, code?: string): RowModel {
  const cell = cellRef('表', 0, 0);
  return { block, key, label: key, labelCell: cell, ...(code ? { code, level: code.length === 3 ? 'class' : code.length === 5 ? 'section' : 'item' } : {}), figures: { amount: { cell, fen } } };
}

const table = (rows: readonly RowModel[]): TableModel => tableOfRows(rows, '04', 'fiscalSummary', '财政拨款收入支出决算总表');

describe('rows of a table model looked up', () => {
  const t = table([
    row('income', 'yearIncome', 100),
    row('income', 'grandTotal', 1),
    row('expenditure', 'grandTotal', 2),
    row('expenditure', '201', 10, '201'),
    row('expenditure', '20101', 6, '20101'),
    row('expenditure', '2010101', 4, '2010101'),
    row('expenditure', '20102', 4, '20102'),
    row('expenditure', '2010201', 2, '2010201'),
    row('expenditure', '2010101', 99, '2010101'),
  ]);

  it('finds a key in the block asked for, and the first in the table without one', () => {
    expect(figureOf(t, 'grandTotal', 'amount', 'income')?.fen).toBe(1);
    expect(figureOf(t, 'grandTotal', 'amount', 'expenditure')?.fen).toBe(2);
    expect(figureOf(t, 'grandTotal', 'amount')?.fen).toBe(1);
    expect(figureOf(t, 'yearIncome', 'amount')?.fen).toBe(100);
    // A key read twice in one block: the first row, as the reader keeps it.
    expect(findRow(t, '2010101')?.figures.amount?.fen).toBe(4);
  });

  it('finds nothing for a key absent, or present only in another block', () => {
    expect(findRow(t, 'yearExpenditure')).toBeUndefined();
    expect(findRow(t, 'yearIncome', 'expenditure')).toBeUndefined();
    expect(findRow(t, 'grandTotal', 'balance')).toBeUndefined();
  });

  it('gives the subject rows of each level in the table’s order, and none for a level the table lacks', () => {
    expect(rowsAtLevel(t, 'class').map((r) => r.key)).toEqual(['201']);
    expect(rowsAtLevel(t, 'section').map((r) => r.key)).toEqual(['20101', '20102']);
    expect(rowsAtLevel(t, 'item').map((r) => r.figures.amount?.fen)).toEqual([4, 2, 99]);
    expect(rowsAtLevel(table([row('income', 'yearIncome', 1)]), 'class')).toEqual([]);
  });

  it('gives the children of a subject by code, in the table’s order', () => {
    expect(childRows(t, '201').map((r) => r.key)).toEqual(['20101', '20102']);
    expect(childRows(t, '20101').map((r) => r.figures.amount?.fen)).toEqual([4, 99]);
    expect(childRows(t, '2010101')).toEqual([]);
    expect(childRows(t, '202')).toEqual([]);
  });

  it('keeps the index with the table: children asked again are the same list', () => {
    // The same list, not one made again: the index of parents is kept with the table.
    expect(childRows(t, '201')).toBe(childRows(t, '201'));
  });
});

describe('subject rows of a table read from its sheet, looked up by code', () => {
  const data = generateAccounts(5, { items: 120 });
  const recognition = recognise(toGrid(buildWorkbook(data, standardPlan(data))));
  const t = recognition.tables.generalBudgetExpenditure!;
  const subjects = t.rows.filter((r) => r.code !== undefined);
  // The reader's index tries the place after the last one found first (rules ask in table order): any other order, and
  // codes that are not there, must find what a plain search of the rows finds.
  const expected = (key: string) => t.rows.find((r) => r.key === key);
  const orders: Record<string, readonly string[]> = {
    'in table order': subjects.map((r) => r.key),
    'in reverse': subjects.map((r) => r.key).reverse(),
    'each twice in a row, then skipping': subjects.flatMap((r, i) => (i % 3 === 0 ? [r.key, r.key] : i % 3 === 1 ? [] : [r.key])),
    'with codes not in the table between': subjects.flatMap((r) => [r.key, `${r.key}99`.slice(0, 7), '299']),
  };

  it('reads enough subject rows for the test to mean something', () => {
    expect(subjects.length).toBeGreaterThan(100);
  });

  it.each(Object.entries(orders))('finds each code asked %s', (_, keys) => {
    for (const key of keys) expect(findRow(t, key)).toBe(expected(key));
  });
});

describe('subject rows read from a sheet out of code order, looked up by code', () => {
  // The reader gives subjectIndex the codes' orders where the table came in code order (e1785f5): a table whose 类 stand
  // out of order (a department that moved one) must index its children and levels as the rows themselves say.
  const data = generateAccounts(7, { items: 60 });
  const grid = toGrid(buildWorkbook(data, standardPlan(data)));
  const t0 = recognise(grid).tables.generalBudgetExpenditure!;
  const sheet = grid.sheets.find((s) => s.name === t0.sheet)!;
  // The last 类's rows moved up before the first 类's.
  const classRows = t0.rows.filter((r) => r.code?.length === 3).map((r) => r.labelCell!.row);
  const first = Math.min(...classRows);
  const last = Math.max(...classRows);
  const lastEnd = Math.max(...t0.rows.filter((r) => r.code !== undefined).map((r) => r.labelCell!.row));
  const rows = sheet.rows;
  const moved = [...rows.slice(0, first), ...rows.slice(last, lastEnd + 1), ...rows.slice(first, last), ...rows.slice(lastEnd + 1)];
  const t = recognise({ ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, rows: moved } : s)) }).tables.generalBudgetExpenditure!;
  const subjects = t.rows.filter((r) => r.code !== undefined);

  it('reads the moved 类 first', () => {
    expect(subjects[0]!.code).toBe(t0.rows.filter((r) => r.code?.length === 3).at(-1)!.code);
    expect(subjects.length).toBe(t0.rows.filter((r) => r.code !== undefined).length);
  });

  // Each subject's children and each level's rows as a plain search of a table's rows finds them.
  const indexedAsRowsSay = (table: TableModel) => {
    const subjectsOf = table.rows.filter((r) => r.code !== undefined);
    for (const r of subjectsOf) {
      const code = r.code!;
      expect(childRows(table, code).map((c) => c.code)).toEqual(subjectsOf.filter((c) => c.code!.length === code.length + 2 && c.code!.startsWith(code)).map((c) => c.code));
    }
    for (const [level, length] of [['class', 3], ['section', 5], ['item', 7]] as const) {
      expect(rowsAtLevel(table, level).map((r) => r.code)).toEqual(subjectsOf.filter((r) => r.code!.length === length).map((r) => r.code));
    }
  };

  it('indexes a table in code order (the orders the reader gave) as its rows say', () => indexedAsRowsSay(t0));
  it('indexes the table with a 类 moved (orders worked out anew) as its rows say', () => indexedAsRowsSay(t));
});
