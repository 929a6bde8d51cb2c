/**
 * Subject codes split over 类 / 款 / 项 cells (tables/readers/codes.ts): the parts a row leaves out are the row
 * above's, and a level given as its whole code is that code.
 */
import { SplitCodeReader } from '../../../src/engine/tables/readers/codes';
import type { CellValue } from '../../../src/engine/grid/cell';

function codes(rows: readonly (readonly [CellValue, CellValue, CellValue])[]): string[] {
  const reader = new SplitCodeReader();
  return rows.map(([c, s, i]) => {
    const read = reader.read(c, s, i);
    return read.kind === 'code' ? read.code : read.kind;
  });
}

describe('codes split over 类 / 款 / 项 cells', () => {
  it('joins the parts, a row leaving out those of the row above', () => {
    expect(
      codes([
        [201, null, null],
        [null, '03', null],
        [null, null, '01'],
        [null, null, 2],
        [208, 5, null],
        [null, null, 5],
      ]),
    ).toEqual(['201', '20103', '2010301', '2010302', '20805', '2080505']);
  });

  it('reads each level given as its whole code (类 229 | 款 22960 | 项 2296002), not glued to the parts above', () => {
    expect(
      codes([
        [229, null, null],
        [null, 22960, null],
        [null, null, 2296002],
        [null, null, '2296003'],
        [null, '22999', null],
        [null, null, '99'],
      ]),
    ).toEqual(['229', '22960', '2296002', '2296003', '22999', '2299999']);
  });
});
