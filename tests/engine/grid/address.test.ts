import fc from 'fast-check';
import { columnIndex, columnLetters, isIdentifier, parseA1, qualifiedA1, quoteSheetName, rangeA1, toA1 } from '../../../src/engine/grid/address';

describe('A1 addresses', () => {
  it('converts column indexes to letters and back, across the Z/AA and ZZ/AAA boundaries', () => {
    for (const [index, letters] of [
      [0, 'A'],
      [25, 'Z'],
      [26, 'AA'],
      [51, 'AZ'],
      [701, 'ZZ'],
      [702, 'AAA'],
      [16383, 'XFD'],
    ] as const) {
      expect(columnLetters(index)).toBe(letters);
      expect(columnIndex(letters)).toBe(index);
    }
  });

  it('writes and parses cell addresses (0-based row and column)', () => {
    expect(toA1(11, 2)).toBe('C12');
    expect(parseA1('C12')).toEqual({ row: 11, col: 2 });
    expect(parseA1('$AB$7')).toEqual({ row: 6, col: 27 });
    expect(() => parseA1('12C')).toThrow();
  });

  it('parses any text as the A1 expression does (a plain `B12` read by its characters gives the same)', () => {
    const byExpression = (a1: string) => {
      const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
      return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]!) } : 'throws';
    };
    const parsed = (a1: string) => {
      try {
        return parseA1(a1);
      } catch {
        return 'throws';
      }
    };
    const addressLike = fc.stringMatching(/^ ?\$?[A-Za-z@\[`{É]{0,4}\$?[0-9]{0,11}[ :]?$/);
    fc.assert(fc.property(fc.oneof(addressLike, fc.string()), (a1) => expect(parsed(a1)).toEqual(byExpression(a1))), { numRuns: 3000 });
    for (const a1 of ['A1', 'a1', 'XFD1048576', 'AAAA1', 'A', '1', 'A0', 'B012', 'Z123456789', 'Z1234567890', ' C3', 'C3 ', 'É3']) expect(parsed(a1)).toEqual(byExpression(a1));
  });

  it('writes a range, collapsing a single cell', () => {
    expect(rangeA1({ top: 0, left: 0, bottom: 39, right: 5 })).toBe('A1:F40');
    expect(rangeA1({ top: 2, left: 3, bottom: 2, right: 3 })).toBe('D3');
  });

  it('quotes sheet names the way Excel does: bare for plain names (CJK included), quoted otherwise', () => {
    expect(quoteSheetName('收入支出决算总表')).toBe('收入支出决算总表');
    expect(quoteSheetName('Sheet3')).toBe('Sheet3');
    expect(quoteSheetName('Z01 收入支出决算总表(财决01表)')).toBe("'Z01 收入支出决算总表(财决01表)'");
    expect(quoteSheetName('公开01表')).toBe('公开01表');
    expect(quoteSheetName('1表')).toBe("'1表'");
    expect(quoteSheetName('A1')).toBe("'A1'");
    expect(quoteSheetName("O'Brien 表")).toBe("'O''Brien 表'");
  });

  it('tells an identifier as the Unicode definition does, whatever the name holds', () => {
    const definition = (name: string) => /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name);
    // ASCII, CJK, fullwidth forms, Greek, Cyrillic, kana, Hangul, digits of other scripts, marks and spaces.
    const chars = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.integer({ min: 0x4e00, max: 0x9fff }),
      fc.integer({ min: 0x3000, max: 0x30ff }),
      fc.integer({ min: 0xff00, max: 0xffef }),
      fc.integer({ min: 0x370, max: 0x4ff }),
      fc.integer({ min: 0x660, max: 0x669 }),
      fc.integer({ min: 0xac00, max: 0xac10 }),
      fc.integer({ min: 0x300, max: 0x36f }),
      fc.constantFrom(0x3400, 0x9fff, 0xa000, 0x4dff, 0x20000),
    );
    const names = fc.array(chars, { minLength: 1, maxLength: 8 }).map((codes) => String.fromCodePoint(...codes));
    fc.assert(fc.property(names, (name) => isIdentifier(name) === definition(name)), { numRuns: 20_000 });
    for (const name of ['收入支出决算总表', '_表1', '表.1', '.表', '1表', 'Ωμέγα', 'Таблица', 'ｓｈｅｅｔ', '表 1', '表（一）']) {
      expect(isIdentifier(name)).toBe(definition(name));
    }
  });

  it('qualifies a cell with its sheet', () => {
    expect(qualifiedA1({ sheet: '收入支出决算总表', row: 11, col: 2 })).toBe('收入支出决算总表!C12');
    expect(qualifiedA1({ sheet: '表 1', row: 0, col: 0 })).toBe("'表 1'!A1");
  });
});
