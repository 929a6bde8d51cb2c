/**
 * A finding quotes what it found as the cell writes it (full-width punctuation, spaces), not as the rules read it
 * normalised: the accountant's Ctrl+F in Excel must find the quote.
 */
import { asWritten } from '../../../../src/engine/audit/shared/asWritten';
import { normalizeText } from '../../../../src/engine/grid/normalize';
import type { WorkbookGrid } from '../../../../src/engine/grid/cell';

const text = '2022年度收入总计1,488.29万元，比上年【请填写：收入总计上年数（万元）】万元。';
const grid: WorkbookGrid = { sheets: [{ name: '公开说明', rows: [[text], ['一、 收入 支出 （万元）'], ['𠀀【请填写：甲】'], [42]] }] };
const at = (row: number) => ({ sheet: '公开说明', row, col: 0 });

describe('a found text as the cell writes it', () => {
  it('gives the full-width 【请填写：…（…）】 of the cell for its normalised form', () => {
    const found = normalizeText('【请填写：收入总计上年数（万元）】');
    expect(found).toBe('【请填写:收入总计上年数(万元)】');
    expect(asWritten(grid, at(0), found)).toBe('【请填写：收入总计上年数（万元）】');
    expect(text).toContain(asWritten(grid, at(0), found));
  });

  it('keeps the spaces inside the part found, and nothing outside it', () => {
    expect(asWritten(grid, at(1), normalizeText('收入 支出（万元）'))).toBe('收入 支出 （万元）');
  });

  it('counts a character outside the basic plane as one', () => {
    expect(asWritten(grid, at(2), normalizeText('𠀀【请填写：甲】'))).toBe('𠀀【请填写：甲】');
    expect(asWritten(grid, at(2), normalizeText('【请填写：甲】'))).toBe('【请填写：甲】');
  });

  it('gives the found text itself when the cell, its sheet or the text is not there', () => {
    expect(asWritten(grid, at(0), '不在这里')).toBe('不在这里');
    expect(asWritten(grid, { sheet: '没有', row: 0, col: 0 }, '【请填写:甲】')).toBe('【请填写:甲】');
    expect(asWritten(grid, at(9), '【请填写:甲】')).toBe('【请填写:甲】');
  });
});
