/**
 * rowFinder (audit/relations.ts) walks a subject table alongside another instead of looking each key up: it must find
 * what findRow finds, whatever the table's order, its repeated keys, and the order the keys are asked in.
 */
import { cellRef } from '../../../../src/engine/grid/address';
import { findRow, RowModel, TableModel } from '../../../../src/engine/tables/model';
import { rowFinder } from '../../../../src/engine/audit/relations';
import { tableOfRows } from '../../../support/tableModel';

function row(key: string, code?: string): RowModel {
  const cell = cellRef('表', 0, 0);
  return { block: 'main', key, label: key, labelCell: cell, ...(code !== undefined ? { code } : {}), figures: {} };
}

const subject = (code: string) => row(code, code);

const table = (rows: readonly RowModel[]): TableModel => tableOfRows(rows, '03', 'expenditure', '支出决算表');

/** Every key asked, in `order`, of one finder: each answer findRow's. */
function expectSameAsFindRow(t: TableModel, order: readonly string[]): void {
  const find = rowFinder(t);
  for (const key of order) expect(find(key)).toBe(findRow(t, key));
}

const ordered = ['201', '20101', '2010101', '2010102', '2010150', '20102', '2010201', '205', '20501', '2050101', '2050102', '2050103', '2050199', '20502', '2050201', '2050202', '2050203', '2050204', '2050299', '208'];

describe('rows found walking a subject table', () => {
  const tables: Record<string, TableModel> = {
    'in code order': table([row('total'), ...ordered.map(subject)]),
    'with a subject twice': table([row('total'), ...ordered.map(subject), subject('2010102')]),
    'out of code order': table([row('total'), ...[...ordered].reverse().map(subject)]),
    'with a row that is no subject keyed as one': table([row('total'), row('2050101'), ...ordered.map(subject)]),
  };
  const orders: Record<string, readonly string[]> = {
    'in the same order': ordered,
    'with subjects left out': ordered.filter((_, i) => i % 3 !== 1),
    'with a run of more than a few left out': [...ordered.slice(0, 2), ...ordered.slice(14)],
    'backwards': [...ordered].reverse(),
    'twice, and with keys the table has not': [...ordered, '299', ...ordered, 'total', '2010101'],
  };
  for (const [t, rows] of Object.entries(tables)) {
    for (const [o, keys] of Object.entries(orders)) {
      it(`finds findRow's row ${t}, asked ${o}`, () => expectSameAsFindRow(rows, keys));
    }
  }
});
