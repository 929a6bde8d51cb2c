import fc from 'fast-check';
import { nfkcWithoutSpaces, normalizeLabel, normalizeText } from '../../../src/engine/grid/normalize';

/** The definition of DOMAIN §3, without the shortcut for text that is already normal. */
function byDefinition(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '')
    .replace(/["'“”‘’「」『』〝〞＂＇]/g, '')
    .replace(/[—–－]/g, '-');
}

describe('label normalisation (DOMAIN §3)', () => {
  it('turns full-width brackets, colons and digits into half-width', () => {
    expect(normalizeText('因公出国（境）费：１２３')).toBe('因公出国(境)费:123');
  });

  it('removes all whitespace, including ideographic spaces, so spaced-out titles match', () => {
    expect(normalizeLabel('收 入 支 出 决 算 总 表')).toBe('收入支出决算总表');
    expect(normalizeLabel('本年收入\u3000合计\n')).toBe('本年收入合计');
  });

  it('strips one leading ordinal of any common form', () => {
    expect(normalizeLabel('一、一般公共预算财政拨款收入')).toBe('一般公共预算财政拨款收入');
    expect(normalizeLabel('十二、住房保障支出')).toBe('住房保障支出');
    expect(normalizeLabel('（一）总体情况')).toBe('总体情况');
    expect(normalizeLabel('1.基本工资')).toBe('基本工资');
    expect(normalizeLabel('3、培训费')).toBe('培训费');
  });

  it('does not mistake a number for an ordinal', () => {
    expect(normalizeLabel('2022年度收入支出决算总表')).toBe('2022年度收入支出决算总表');
    expect(normalizeLabel('1.5万元')).toBe('1.5万元');
  });

  it('unifies the quotes around 三公', () => {
    const forms = ['财政拨款“三公”经费支出决算表', '财政拨款"三公"经费支出决算表', '财政拨款三公经费支出决算表', "财政拨款'三公'经费支出决算表"];
    expect(new Set(forms.map(normalizeLabel)).size).toBe(1);
  });

  it('gives the result of the definition for any text, whether or not it takes the shortcut for already normal text', () => {
    // Characters near every edge of the shortcut: ASCII, quotes, spaces, CJK and its punctuation, full-width forms,
    // compatibility ideographs and Kangxi radicals (which NFKC folds into ordinary ideographs).
    const pool = [...'aZ09-.:()%" \'\t\n一决算龥、。《》【】「」（）：，１Ａ　—–－\u00a0\u2f83\uf900\u3400\u9fff\ua000'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 12 }), fc.string({ maxLength: 6 }), (chars, noise) => {
        const text = chars.join('') + noise;
        expect(normalizeText(text)).toBe(byDefinition(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('nfkcWithoutSpaces gives NFKC without whitespace for any text, whether or not it takes the shortcut', () => {
    const pool = [...'aZ09-.:()%" \'\t\n一决算龥、。《》【】「」（）：，１Ａ　—–－\u00a0\u2f83\uf900\u3400\u9fff\ua000'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 12 }), fc.string({ maxLength: 6 }), (chars, noise) => {
        const text = chars.join('') + noise;
        expect(nfkcWithoutSpaces(text)).toBe(text.normalize('NFKC').replace(/\s+/g, ''));
      }),
      { numRuns: 2000 },
    );
  });
});
