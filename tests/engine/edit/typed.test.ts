/**
 * What the accountant types into a cell of the web page's grid, read as Excel reads it — with two differences on
 * purpose: a leading apostrophe keeps text, and digits with a leading zero (a split subject code) stay text.
 */
import { editText, parseTyped } from '../../../src/engine/edit/typed';

describe('a typed cell', () => {
  it.each([
    ['1801.23', 1801.23],
    ['1,801.23', 1801.23],
    [' 42 ', 42],
    ['-3.5', -3.5],
    ['(312.94)', -312.94],
    ['１２３', 123],
    ['12%', 0.12],
    ['0', 0],
    ['0.5', 0.5],
  ])('%s is the number %d', (input, value) => {
    expect(parseTyped(input)).toEqual({ kind: 'number', value });
  });

  it.each([
    ['合同签订较晚'],
    ['06'],
    ['2010301 行政运行'],
    ['-'],
    ['—'],
    ['1,2,3abc'],
  ])('%s stays text, exactly as typed', (input) => {
    expect(parseTyped(input)).toEqual({ kind: 'text', value: input });
  });

  it('keeps the rest as text after a leading apostrophe, as Excel does', () => {
    expect(parseTyped("'1801.23")).toEqual({ kind: 'text', value: '1801.23' });
    expect(parseTyped("'=A1")).toEqual({ kind: 'text', value: '=A1' });
    expect(parseTyped("'")).toEqual({ kind: 'blank' });
  });

  it('reads = at the start as a formula, without the =', () => {
    expect(parseTyped('=ROUND(C8-D8,2)')).toEqual({ kind: 'formula', formula: 'ROUND(C8-D8,2)' });
    expect(parseTyped('= SUM(A1:A3) ')).toEqual({ kind: 'formula', formula: 'SUM(A1:A3)' });
    // A lone = is not a formula (Excel refuses it; here it is kept as the text typed).
    expect(parseTyped('=')).toEqual({ kind: 'text', value: '=' });
  });

  it('is blank when nothing but spaces was typed', () => {
    expect(parseTyped('')).toEqual({ kind: 'blank' });
    expect(parseTyped('   ')).toEqual({ kind: 'blank' });
  });
});

describe('what a cell’s editor starts with', () => {
  it('shows the formula with its =, a number as stored, text as is, TRUE/FALSE, and nothing for a blank', () => {
    expect(editText(1488.29, 'ROUND(收入支出决算总表!C35,2)')).toBe('=ROUND(收入支出决算总表!C35,2)');
    expect(editText(1801.23, null)).toBe('1801.23');
    expect(editText(-312.94, null)).toBe('-312.94');
    expect(editText('合同签订较晚', null)).toBe('合同签订较晚');
    expect(editText(true, null)).toBe('TRUE');
    expect(editText(false, null)).toBe('FALSE');
    expect(editText(null, null)).toBe('');
  });

  it('gives back what was typed when read again (numbers and texts round-trip)', () => {
    for (const input of ['1801.23', '-0.01', '合同签订较晚', '0']) {
      const typed = parseTyped(input);
      const value = typed.kind === 'number' || typed.kind === 'text' ? typed.value : null;
      expect(parseTyped(editText(value, null))).toEqual(typed);
    }
  });
});
