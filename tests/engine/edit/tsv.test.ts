/** The clipboard format of Excel and WPS for a range: tabs between cells, line breaks between rows, quotes around a cell that holds either. */
import { parseTsv, toTsv } from '../../../src/engine/edit/tsv';

describe('clipboard text of a range', () => {
  it('reads rows and cells; the line break Excel puts after the last row is not a row of its own', () => {
    expect(parseTsv('收入总计\t1801.23\r\n支出总计\t1790.5\r\n')).toEqual([
      ['收入总计', '1801.23'],
      ['支出总计', '1790.5'],
    ]);
    expect(parseTsv('a\tb\nc\td')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseTsv('1801.23')).toEqual([['1801.23']]);
  });

  it('keeps empty cells, in the middle and at the end of a row', () => {
    expect(parseTsv('a\t\tc\r\n\t\t\r\n')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
    expect(parseTsv('a\t')).toEqual([['a', '']]);
  });

  it('reads a quoted cell with tabs, line breaks and doubled quotes inside', () => {
    expect(parseTsv('"人员增加,\n培训""增加"""\t2\r\n')).toEqual([['人员增加,\n培训"增加"', '2']]);
    expect(parseTsv('"a\tb"\tc')).toEqual([['a\tb', 'c']]);
  });

  it('reads a quote inside plain text as written (not a quoted cell)', () => {
    expect(parseTsv('5" 屏幕\t3')).toEqual([['5" 屏幕', '3']]);
    expect(parseTsv('"未闭合\t3')).toEqual([['"未闭合', '3']]);
  });

  it('is empty for empty text', () => {
    expect(parseTsv('')).toEqual([]);
  });

  it('writes what it reads: any range survives a copy and a paste', () => {
    const rows = [
      ['收入总计', '1801.23', ''],
      ['原因：\n人员增加', 'a\tb', '说"明"'],
    ];
    const text = toTsv(rows);
    expect(text).toBe('收入总计\t1801.23\t\r\n"原因：\n人员增加"\t"a\tb"\t"说""明"""');
    expect(parseTsv(text)).toEqual(rows);
    expect(parseTsv(`${text}\r\n`)).toEqual(rows);
  });
});
