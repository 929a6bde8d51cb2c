/**
 * The meta line over a table's header (部门：… | 公开01表 | 单位：万元): what each cell says by itself is worked out once a
 * text (header.ts, metaCellOf); what depends on the cell beside it (`金额单位：` with its unit in the next cell) is read
 * on every row, so the same label beside another unit gives that unit, not the one it was first seen with.
 */
import { MetaInfo, readMetaRow } from '../../../src/engine/tables/readers/header';
import type { CellValue, SheetGrid } from '../../../src/engine/grid/cell';

const sheetOf = (...rows: CellValue[][]): SheetGrid => ({ name: '表', rows });

function metaOf(sheet: SheetGrid, row: number): { meta: boolean; info: MetaInfo } {
  const info: MetaInfo = {};
  return { meta: readMetaRow(sheet, row, info), info };
}

describe('a meta line over a header', () => {
  it('reads the unit in the cell after `金额单位：`, row by row, whatever the label was read beside before', () => {
    const sheet = sheetOf(['部门：某单位', null, '金额单位：', '万元'], ['部门：某单位', null, '金额单位：', '元'], ['部门：某单位', null, '金额单位：']);
    expect(metaOf(sheet, 0)).toEqual({ meta: true, info: { department: '某单位', unit: '万元', unitCell: { sheet: '表', row: 0, col: 3 } } });
    expect(metaOf(sheet, 1)).toEqual({ meta: true, info: { department: '某单位', unit: '元', unitCell: { sheet: '表', row: 1, col: 3 } } });
    // The label alone names no unit: not a meta item, and the row not a meta line.
    expect(metaOf(sheet, 2)).toEqual({ meta: false, info: { department: '某单位' } });
    // The first row again: the same as first read.
    expect(metaOf(sheet, 0).info.unit).toBe('万元');
  });

  it('reads a department and a unit in one cell, a 表号 and a year line', () => {
    const sheet = sheetOf(['部门：某单位 单位：万元', '公开02表', '2024年度'], ['编制单位：', '单位：元']);
    expect(metaOf(sheet, 0)).toEqual({ meta: true, info: { department: '某单位', unit: '万元', unitCell: { sheet: '表', row: 0, col: 0 } } });
    // An empty department is not kept over none.
    expect(metaOf(sheet, 1)).toEqual({ meta: true, info: { unit: '元', unitCell: { sheet: '表', row: 1, col: 1 } } });
  });

  it('is not a meta line with a cell of anything else', () => {
    const sheet = sheetOf(['部门：某单位', '项目', '单位：万元']);
    expect(metaOf(sheet, 0)).toEqual({ meta: false, info: { department: '某单位', unit: '万元', unitCell: { sheet: '表', row: 0, col: 2 } } });
  });
});
