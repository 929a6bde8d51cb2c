/**
 * What a number format does to the figure it shows: an accountant keeps 元 in the cells and prints 万元 with
 * `0!.0000` or `0!.0,`, or 千元 with `#,##0.00,`. The published table prints the shown figure, so the readers read it.
 */
import { displayDivisor, mayScale, shownNumber, showFigures } from '../../../src/engine/grid/numberFormat';
import type { CellValue } from '../../../src/engine/grid/cell';

describe('the divisor a format shows a stored figure by', () => {
  it.each([
    ['0!.0000', 10_000],
    ['0\\.0000', 10_000],
    ['0"."0000', 10_000],
    ['#,##0!.0000', 10_000],
    ['0!.0,', 10_000],
    ['0!.00,', 100_000],
    ['#,##0.00,', 1_000],
    ['#,##0,', 1_000],
    ['0.00,,', 1_000_000],
    ['#,##0.00,"千元"', 1_000],
    ['0!.0000_ ', 10_000],
    ['[Red]0!.0000', 10_000],
    ['[$-804]0!.0000"万元"', 10_000],
  ])('%s shows a figure divided by %d', (format, divisor) => {
    expect(displayDivisor(format, 148_829_000)).toBe(divisor);
    expect(mayScale(format)).toBe(true);
  });

  it.each([
    'General',
    '#,##0.00',
    '#,##0.00_);[Red](#,##0.00)',
    '0.00%',
    '0.00E+00',
    '@',
    '"¥"#,##0.00',
    'yyyy.mm.dd',
    '0.00"."',
    '#,##0.00 ',
    '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ',
  ])('%s shows a figure as stored', (format) => {
    expect(displayDivisor(format, 148_829_000)).toBe(1);
    expect(displayDivisor(format, -148_829_000)).toBe(1);
    expect(mayScale(format)).toBe(false);
  });

  it('takes the section for the figure’s sign, and a conditional section by its condition', () => {
    expect(displayDivisor('#,##0.00;-0!.0000', 5)).toBe(1);
    expect(displayDivisor('#,##0.00;-0!.0000', -5)).toBe(10_000);
    expect(displayDivisor('[>=10000]0!.0,"万";0', 123_456)).toBe(10_000);
    expect(displayDivisor('[>=10000]0!.0,"万";0', 9_999)).toBe(1);
    expect(mayScale('[>=10000]0!.0,"万";0')).toBe(true);
  });

  it('tells the digits shown after the dot, a literal dot’s as a decimal point’s', () => {
    expect(shownNumber('0!.0000', 1)).toMatchObject({ decimals: 4, grouping: false });
    expect(shownNumber('#,##0.00,', 1)).toMatchObject({ decimals: 2, grouping: true });
    expect(shownNumber('0!.0,', 1)).toMatchObject({ decimals: 1 });
  });
});

describe('figures read as shown, for a host that reads values and formats apart', () => {
  it('divides each number whose format scales it and lists the cells by format, in reading order', () => {
    const rows: CellValue[][] = [
      ['项目', '金额'],
      ['收入', 148_829_000],
      [2010301, 12_345_678],
      ['合计', 161_174_678],
    ];
    const formats: Record<string, string> = { '1,1': '0!.0000', '2,0': '0', '2,1': '0!.0000', '3,1': '#,##0.00,' };
    const scales = showFigures(rows, (r, c) => formats[`${r},${c}`]);
    expect(rows).toEqual([
      ['项目', '金额'],
      ['收入', 14_882.9],
      [2010301, 1_234.5678],
      ['合计', 161_174.678],
    ]);
    expect(scales).toEqual({
      displayScales: [
        { format: '0!.0000', divisor: 10_000, cells: [[1, 1], [2, 1]] },
        { format: '#,##0.00,', divisor: 1_000, cells: [[3, 1]] },
      ],
    });
    expect(showFigures([[1, 2]], () => '#,##0.00')).toEqual({});
  });
});
