import { parseNumber } from '../../../src/engine/grid/number';

describe('reading figures (DOMAIN §3)', () => {
  const value = (v: Parameters<typeof parseNumber>[0], o?: Parameters<typeof parseNumber>[1]) => {
    const p = parseNumber(v, o);
    return p.kind === 'number' ? p.value : p.kind;
  };

  it('reads numbers and numeric text in the spellings accountants use', () => {
    expect(value(1372.79)).toBe(1372.79);
    expect(value('1,372.79')).toBe(1372.79);
    expect(value(' 1372.79 ')).toBe(1372.79);
    expect(value('１３７２．７９')).toBe(1372.79);
    expect(value('１，３７２．７９')).toBe(1372.79);
    expect(value('.5')).toBe(0.5);
    expect(value('12,345,678')).toBe(12345678);
  });

  it('reads negatives written with a minus sign or in accounting brackets', () => {
    expect(value('-3.20')).toBe(-3.2);
    expect(value('(3.20)')).toBe(-3.2);
    expect(value('（3.20）')).toBe(-3.2);
    expect(value('－3.20')).toBe(-3.2);
  });

  it('reads the minus signs Word, WPS and input methods type for a hyphen (–3.20, −3.20, ﹣3.20), never a range (1–3)', () => {
    // Before: `–3.20` (Word's and WPS's autocorrect of `-3.20`) was no number, a 错误 on a negative figure.
    expect(value('–3.20')).toBe(-3.2);
    expect(value('– 3.20')).toBe(-3.2);
    expect(value('–1,372.79')).toBe(-1372.79);
    expect(value('−3.20')).toBe(-3.2);
    expect(value('﹣3.20')).toBe(-3.2);
    expect(value('¥–3.20')).toBe(-3.2);
    // A dash between or after figures is no sign: a range, or a note.
    for (const v of ['1–3', '1.00–3.00', '3.20–', '(–3.20)', '△–3.20', '––3.20', '–3.20-']) expect(value(v)).toBe('invalid');
    // Alone, each is a dash meaning no figure.
    for (const v of ['–', '−', '﹣']) expect(value(v)).toBe('empty');
  });

  it('reads empty cells, dashes and slashes as "no figure"', () => {
    for (const v of [null, '', '  ', '-', '--', '—', '——', '/', '－']) expect(value(v)).toBe('empty');
  });

  it('reports Excel errors, garbage text and booleans as invalid, never as 0', () => {
    expect(parseNumber({ error: '#REF!' })).toEqual({ kind: 'invalid', reason: 'error', text: '#REF!' });
    expect(parseNumber('#DIV/0!')).toEqual({ kind: 'invalid', reason: 'error', text: '#DIV/0!' });
    expect(parseNumber('abc')).toEqual({ kind: 'invalid', reason: 'text', text: 'abc' });
    expect(parseNumber(true)).toEqual({ kind: 'invalid', reason: 'boolean', text: 'TRUE' });
    expect(value('1,2,3')).toBe('invalid');
    expect(value('12.3.4')).toBe('invalid');
    expect(value('-(3)')).toBe('invalid');
  });

  it('reads a label without digits as text (an error code text where it starts with #), as the general path reads it', () => {
    // Such text is told apart before the general path's folding (number.ts, LABEL_ONLY): the same answers.
    expect(parseNumber('#N/A')).toEqual({ kind: 'invalid', reason: 'error', text: '#N/A' });
    expect(parseNumber('#NAME?')).toEqual({ kind: 'invalid', reason: 'error', text: '#NAME?' });
    for (const v of ['科目编码', '项目', '.', ',', '万元', 'a_b', '(A)', '【合计】', '%']) {
      expect(parseNumber(v, { suffixes: ['万元'], percent: true })).toEqual({ kind: 'invalid', reason: 'text', text: v });
    }
  });

  it('accepts a trailing unit word only when asked, and % only for rates', () => {
    expect(value('10.00 分', { suffixes: ['分'] })).toBe(10);
    expect(value('10.00 分')).toBe('invalid');
    expect(value('55.54%', { percent: true })).toBeCloseTo(0.5554, 10);
    expect(value('55.54%')).toBe('invalid');
  });

  it('reads spaces inside a number only as thousands grouping, in groups of three (1 372.79)', () => {
    expect(value('1 372.79')).toBe(1372.79);
    expect(value('12 345 678.00')).toBe(12345678);
    expect(value('1\u00a0372.79')).toBe(1372.79);
    expect(value('1\u2009372.79')).toBe(1372.79);
    expect(value('1\u202f372.79')).toBe(1372.79);
    expect(value('1\u3000372.79')).toBe(1372.79);
    expect(value('-1 372.79')).toBe(-1372.79);
    expect(value('(1 372.79)')).toBe(-1372.79);
    expect(value(' 1372.79\u00a0')).toBe(1372.79);
    expect(value('- 3.20')).toBe(-3.2);
    expect(value('( 3.20 )')).toBe(-3.2);
    expect(value('1,372.79 万元', { suffixes: ['万元'] })).toBe(1372.79);
    expect(value('55.54 %', { percent: true })).toBeCloseTo(0.5554, 10);
    expect(value('1\u2007372.79')).toBe(1372.79);
    expect(value('1  372.79')).toBe(1372.79);
    expect(value('1372.79\n')).toBe(1372.79);
    // Zero-width spaces, which text pasted from the web or a PDF carries, are spaces unseen.
    expect(value('\u200b1372.79')).toBe(1372.79);
    expect(value('1\u200b372.79\u2060')).toBe(1372.79);
    expect(value('\u200b')).toBe('empty');
  });

  it('reads no line break or tab between digits as grouping: two figures in one cell are no figure (1⏎372.79)', () => {
    for (const v of ['1\n372.79', '1\r\n372.79', '1\t372.79', '1\u200b2'])
      expect(parseNumber(v)).toEqual({ kind: 'invalid', reason: 'spaced', text: v });
  });

  it('reports any other space inside a number as a spaced figure, never joining the digits (1 2 is not 12)', () => {
    for (const v of ['1 2', '13 72.79', '1 3 7 2', '1372 .79', '1372. 79', '1372.7 9', '1 372 79', '1234 567', '1 372,000.00', '1, 372.79', '1 37'])
      expect(parseNumber(v)).toEqual({ kind: 'invalid', reason: 'spaced', text: v });
  });

  it('reads no typed underscore as a thousands separator (1_372.79 is text, not 1372.79)', () => {
    for (const v of ['1_372.79', '201_301', '1_000', '12_5', '_']) expect(parseNumber(v)).toEqual({ kind: 'invalid', reason: 'text', text: v });
  });

  it('reads a leading apostrophe kept from Excel’s text prefix', () => {
    expect(value("'1372.79")).toBe(1372.79);
    expect(value("'1,372.79")).toBe(1372.79);
    expect(value("'-3.20")).toBe(-3.2);
    expect(value("'-")).toBe('empty');
    expect(value("''1372.79")).toBe('invalid');
    expect(value("1372.79'")).toBe('invalid');
  });

  it('reads a leading yuan sign (¥, ￥): the currency, not a unit', () => {
    expect(value('¥1,372.79')).toBe(1372.79);
    expect(value('￥1,372.79')).toBe(1372.79);
    expect(value('¥ 1,372.79')).toBe(1372.79);
    expect(value('-¥3.20')).toBe(-3.2);
    expect(value('¥-3.20')).toBe(-3.2);
    expect(value('(¥3.20)')).toBe(-3.2);
    expect(value('¥(3.20)')).toBe(-3.2);
    expect(value('¥¥3.20')).toBe('invalid');
    expect(value('¥')).toBe('invalid');
    expect(value('3.20¥')).toBe('invalid');
  });

  it('reads △ and ▲, Chinese accounting’s sign of a negative figure', () => {
    expect(value('△3.20')).toBe(-3.2);
    expect(value('▲3.20')).toBe(-3.2);
    expect(value('△1,372.79')).toBe(-1372.79);
    expect(value('△ 3.20')).toBe(-3.2);
    expect(value('△¥3.20')).toBe(-3.2);
    expect(value('△')).toBe('invalid');
    expect(value('△-3.20')).toBe('invalid');
    expect(value('-△3.20')).toBe('invalid');
    expect(value('(△3.20)')).toBe('invalid');
    expect(value('3.20△')).toBe('invalid');
  });

  it('reads a trailing minus (3.20-), as accounting exports write a negative', () => {
    expect(value('3.20-')).toBe(-3.2);
    expect(value('1,372.79-')).toBe(-1372.79);
    expect(value('3.20－')).toBe(-3.2);
    expect(value('-3.20-')).toBe('invalid');
    expect(value('(3.20)-')).toBe('invalid');
    expect(value('△3.20-')).toBe('invalid');
  });

  it('reports a European number (1.372,79) as a decimal comma, never 1.37279 or 1372.79', () => {
    for (const v of ['1.372,79', '1.372.000,00', '12,5', '0,5', '-1.372,79', '1 372,79', '12 345 678,00'])
      expect(parseNumber(v)).toEqual({ kind: 'invalid', reason: 'decimal-comma', text: v });
    expect(value('1,2,3')).toBe('invalid');
  });
});

