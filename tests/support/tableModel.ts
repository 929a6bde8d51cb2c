/**
 * A table model of rows made by hand, for tests of what reads a model (lookups, walks) without a sheet behind it: one
 * sheet named 表, the rows' range from its top.
 */
import { cellRef } from '../../src/engine/grid/address';
import type { RowModel, TableModel } from '../../src/engine/tables/model';

export function tableOfRows(rows: readonly RowModel[], code: TableModel['code'], id: TableModel['id'], title: string): TableModel {
  return {
    code,
    id,
    title,
    sheet: '表',
    titleCell: cellRef('表', 0, 0),
    range: { sheet: '表', top: 0, left: 0, bottom: rows.length, right: 3 },
    unit: '万元',
    columns: [],
    rows,
    notes: [],
  };
}
