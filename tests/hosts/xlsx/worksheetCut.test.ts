/**
 * A sheet part cut off inside a tag (a damaged file) ends the scan where the cut is: the cells before it are read
 * and the reader never starts over (it once looped forever on `<row r="2"` with no `>` after it).
 */
import { readWorksheet } from '../../../src/hosts/xlsx/ooxml/worksheet';

const ctx = { sharedStrings: [], dateStyles: [], date1904: false };
const head = '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>';

describe('a sheet part cut off inside a tag', () => {
  it.each([
    ['a row tag', `${head}<row r="2"`],
    ['a cell tag', `${head}<row r="2"><c r="A2"`],
    ['a cell tag without its row', `${head}<c r="C1" t="n"`],
  ])('in %s: the cells before the cut are read', (_, xml) => {
    expect(readWorksheet(xml, ctx).rows[0]).toEqual([1, 2]);
  });
});
