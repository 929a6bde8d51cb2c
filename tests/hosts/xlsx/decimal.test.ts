import fc from 'fast-check';
import { decimalBefore, indexBefore } from '../../../src/hosts/xlsx/ooxml/decimal';

const bytesOf = (text: string) => new TextEncoder().encode(text);
const inPlace = (text: string) => decimalBefore(bytesOf(`<v>${text}</v>`), 3, { end: -1 });
const index = (xml: string) => indexBefore(bytesOf(xml), 3, { end: -1 });

describe('numbers read in place from the sheet’s bytes', () => {
  it('gives exactly what Number gives for plain decimals of up to 15 digits', () => {
    const decimal = fc
      .tuple(fc.boolean(), fc.stringMatching(/^\d{1,9}$/), fc.option(fc.stringMatching(/^\d{0,6}$/)))
      .map(([minus, whole, fraction]) => `${minus ? '-' : ''}${whole}${fraction === null ? '' : `.${fraction}`}`);
    fc.assert(
      fc.property(decimal, (text) => {
        expect(Object.is(inPlace(text), Number(text))).toBe(true);
      }),
      { numRuns: 5000 },
    );
    for (const text of ['0.1', '0.7', '1234567.89', '-0', '99999999999999.9', '.5', '5.', '0.00000000000001']) {
      expect(Object.is(inPlace(text), Number(text))).toBe(true);
    }
  });

  it('leaves anything else to Number (exponents, spaces, more digits, signs, nothing)', () => {
    for (const text of ['1E-3', '1e5', ' 12', '12 ', '+1', '1234567890123456', '0.1234567890123456', '0.000000000000001', '-', '', '.', '1.2.3', 'NaN', 'Infinity']) {
      expect(inPlace(text)).toBeUndefined();
    }
  });

  it('reads a shared string index only when it is plain digits', () => {
    expect(index('<v>456</v>')).toBe(456);
    expect(index('<v>4 6</v>')).toBeUndefined();
    expect(index('<v></v>')).toBeUndefined();
  });
});
