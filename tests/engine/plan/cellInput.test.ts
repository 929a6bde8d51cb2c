/**
 * The one helper every host writes cells through (issue 14): a text is typed after Excel's text mark whatever its
 * first character, so that Excel keeps it as text; formulas, numbers and booleans are typed as themselves.
 */
import { cellContent, typedEntry, typedText } from '../../../src/engine/plan/cellInput';
import { FORMULA_LIKE_TEXTS } from '../../support/formulaLikeTexts';


describe('what a host types into a cell', () => {
  it.each(FORMULA_LIKE_TEXTS)('types the text %s after the text mark, so it stays exactly that text', (text) => {
    expect(cellContent({ value: text })).toEqual({ kind: 'text', text });
    expect(typedEntry(cellContent({ value: text }))).toBe(`'${text}`);
  });

  it('types ordinary text after the mark too: what Excel converts depends on its locale', () => {
    expect(typedEntry(cellContent({ value: '收入总计' }))).toBe("'收入总计");
    expect(typedText('1月2日')).toBe("'1月2日");
  });

  it('types formulas with their = and the engine’s value as the cached result, numbers and booleans as themselves', () => {
    expect(cellContent({ formula: 'A1*2', value: 4 })).toEqual({ kind: 'formula', formula: 'A1*2', result: 4 });
    // A blank result is kept (a file stores it as `<v></v>`: calculated, worth nothing); an unknown one is not stored.
    expect(cellContent({ formula: 'IF(A1="","",A1*2)', value: '' })).toEqual({ kind: 'formula', formula: 'IF(A1="","",A1*2)', result: '' });
    expect(cellContent({ formula: 'A1*2', value: null })).toEqual({ kind: 'formula', formula: 'A1*2', result: undefined });
    expect(typedEntry(cellContent({ formula: 'A1*2', value: 4 }))).toBe('=A1*2');
    expect(typedEntry(cellContent({ value: -5 }))).toBe(-5);
    expect(typedEntry(cellContent({ value: false }))).toBe(false);
  });

  it('empties the cell for no value and for an empty text', () => {
    for (const value of [null, undefined, '']) expect(typedEntry(cellContent({ value }))).toBe('');
  });
});
