/**
 * A sheet part cut off inside a tag (a damaged file) ends the scan where the cut is: the cells before it are read
 * and the reader never starts over (it once looped forever on `<row r="2"` with no `>` after it).
 */
import { readWorksheet } from '../../../src/hosts/xlsx/ooxml/worksheet';
import { PackageError } from '../../../src/hosts/xlsx/ooxml/package';

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

describe('a sheet part that names a place beyond Excel’s sheet (a damaged file)', () => {
  it.each([
    ['a row number of a hundred million', '<worksheet><sheetData><row r="149085983"><c r="A149085983"><v>1</v></c></row></sheetData></worksheet>'],
    ['a row number that is no number', '<worksheet><sheetData><row r="1x"><c><v>1</v></c></row></sheetData></worksheet>'],
    ['a column past XFD', '<worksheet><sheetData><row r="1"><c r="ZZZZZZ1"><v>1</v></c></row></sheetData></worksheet>'],
    ['a cell before any row', '<worksheet><sheetData><c r="A1"><v>1</v></c></sheetData></worksheet>'],
  ])('%s: says the part is damaged, and makes no room for it', (_, xml) => {
    expect(() => readWorksheet(xml, ctx)).toThrow(PackageError);
  });

  it('reads the last row and column of Excel’s sheet', () => {
    const xml = '<worksheet><sheetData><row r="1048576"><c r="XFD1048576"><v>7</v></c></row></sheetData></worksheet>';
    const rows = readWorksheet(xml, ctx).rows;
    expect(rows.length).toBe(1_048_576);
    expect(rows[1_048_575]![16_383]).toBe(7);
  });
});
