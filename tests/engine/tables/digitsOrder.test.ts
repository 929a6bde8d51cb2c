/**
 * digitsOrder (tables/readers/codes.ts): the reader's one pass over a code cell, telling plain digits (isDigits) and
 * their code order (model.ts, codeOrder) at once — the order the reader keeps its subject rows by.
 */
import { digitsOrder, isDigits } from '../../../src/engine/tables/readers/codes';
import { codeOrder } from '../../../src/engine/tables/model';

describe('digitsOrder', () => {
  it("is a code's order where the text is digits alone", () => {
    for (const code of ['2', '201', '20101', '2010101', '30199', '229999999', '0000001', '99']) {
      expect(digitsOrder(code)).toBe(codeOrder(code));
    }
    expect(digitsOrder('201')).toBe(2010000);
    expect(digitsOrder('20101')).toBe(2010100);
    expect(digitsOrder('2010101')).toBe(2010101);
  });

  it('is -1 where isDigits says no', () => {
    for (const text of ['', '合计', '201 01', '20101a', '-201', '2010.1', '２０１', '201\n']) {
      expect(isDigits(text)).toBe(false);
      expect(digitsOrder(text)).toBe(-1);
    }
  });
});
