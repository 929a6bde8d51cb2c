/**
 * A cell's start tag read the quick way (`<c r="B2" s="1" t="s">`, the shape Excel, WPS and ExcelJS write; rows
 * likewise, `<row r="2" …>`) and every other way a valid file may write it (other order, other spacing, single
 * quotes, lower-case references, prefixed names, more attributes) give the same cells: the quick reading never
 * guesses at a shape it does not know.
 */
import fc from 'fast-check';
import { readWorksheet } from '../../../src/hosts/xlsx/ooxml/worksheet';

const ctx = { sharedStrings: ['甲', '乙'], dateStyles: [false, false, true], date1904: false };

interface Cell {
  readonly col: number;
  readonly type: 's' | 'n' | 'str' | 'b' | undefined;
  readonly style: 0 | 1 | 2;
  readonly value: string;
}

const letters = (col: number) => (col >= 26 ? String.fromCharCode(64 + Math.floor(col / 26)) : '') + String.fromCharCode(65 + (col % 26));

type Attr = readonly [string, string];

/** The attributes of a cell in the quick shape. */
function quickAttributes(c: Cell, row: number, withRef: boolean): Attr[] {
  const out: Attr[] = [];
  if (withRef) out.push(['r', `${letters(c.col)}${row}`]);
  if (c.style !== 0) out.push(['s', String(c.style)]);
  if (c.type !== undefined) out.push(['t', c.type]);
  return out;
}

/** One of the other ways of writing the same tag. */
const shapes: readonly ((attrs: Attr[]) => string)[] = [
  (a) => a.map(([k, v]) => ` ${k}="${v}"`).join(''),
  (a) => [...a].reverse().map(([k, v]) => ` ${k}="${v}"`).join(''),
  (a) => a.map(([k, v]) => `\n\t${k} = '${v}'`).join(''),
  (a) => a.map(([k, v]) => ` ${k}="${k === 'r' ? v.toLowerCase() : v}"`).join(''),
  (a) => a.map(([k, v]) => ` x:${k}="${v}"`).join(''),
  (a) => ` cm="1"${a.map(([k, v]) => ` ${k}="${v}"`).join('')} ph="1"`,
  (a) => `${a.map(([k, v]) => ` ${k}="${v}"`).join('')} `,
];

function valueXml(c: Cell): string {
  return c.type === 's' ? String(Number(c.value) % 2) : c.value;
}

/** Row start tags: `r` first (the quick reading), elsewhere, in single quotes, or after a blank row left out. */
const rowShapes: readonly ((n: number) => string)[] = [
  (n) => `<row r="${n}">`,
  (n) => `<row r="${n}" spans="1:3" ht="15" customHeight="1">`,
  (n) => `<row spans="1:3" r="${n}">`,
  (n) => `<row r='${n}'>`,
  (n) => `<row\n r = "${n}" >`,
];

function sheetXml(rows: readonly (readonly Cell[])[], tag: (c: Cell, row: number) => string, rowShape = 0): string {
  const body = rows
    .map((cells, r) => `${rowShapes[rowShape]!(r + 1)}${cells.map((c) => `<c${tag(c, r + 1)}><v>${valueXml(c)}</v></c>`).join('')}</row>`)
    .join('');
  return `<worksheet><sheetData>${body}</sheetData></worksheet>`;
}

const cellArb = fc.record({
  col: fc.integer({ min: 0, max: 60 }),
  type: fc.constantFrom<Cell['type']>('s', 'n', 'str', 'b', undefined),
  style: fc.constantFrom<Cell['style']>(0, 1, 2),
  value: fc.constantFrom('0', '1', '12.5', '45000', '-3'),
});

/** Cells of a row in column order, each column once. */
const rowArb = fc.uniqueArray(cellArb, { selector: (c) => c.col, maxLength: 8 }).map((cells) => [...cells].sort((a, b) => a.col - b.col));

describe('a cell start tag in any valid shape', () => {
  it('reads as the quick shape does: same values, same columns, same dates', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 6 }), fc.nat(shapes.length - 1), fc.nat(rowShapes.length - 1), fc.boolean(), (rows, shape, rowShape, withRef) => {
        const quick = readWorksheet(sheetXml(rows, (c, r) => shapes[0]!(quickAttributes(c, r, withRef))), ctx);
        const other = readWorksheet(sheetXml(rows, (c, r) => shapes[shape]!(quickAttributes(c, r, withRef)), rowShape), ctx);
        expect(other.rows).toEqual(quick.rows);
      }),
      { numRuns: 300 },
    );
  });

  it('places each value in its column, typed by t and dated by s', () => {
    const xml =
      '<worksheet><sheetData><row r="1">' +
      '<c r="B1" s="1" t="s"><v>1</v></c><c r="D1" s="2"><v>45000</v></c><c r="AA1"><v>3.5</v></c><c r="AB1" t="b"><v>1</v></c>' +
      '</row></sheetData></worksheet>';
    const row = readWorksheet(xml, ctx).rows[0]!;
    expect(row[1]).toBe('乙');
    expect(row[3]).toBe('2023-03-15');
    expect(row[26]).toBe(3.5);
    expect(row[27]).toBe(true);
    expect(row.length).toBe(28);
  });
});

describe('a cell r naming its row with the row tag’s own digits, or others', () => {
  it('reads rows of every length of number, each cell in its place, whether r repeats the row’s digits or not', () => {
    const numbers = [1, 9, 10, 98, 100, 980, 999, 1000, 9999, 10000, 99999, 100000, 999999, 1000000, 1048576];
    const body = numbers
      .map(
        (n) =>
          `<row r="${n}" spans="1:4">` +
          // The row's own digits, then a cell naming a row whose digits start with them (the row tag decides), then
          // one naming a shorter row, a blank cell, and a cell without r.
          `<c r="A${n}" s="1" t="s"><v>1</v></c><c r="B${n}0"><v>${n}.5</v></c><c r="C${Math.floor(n / 10) || 1}" t="s"><v>0</v></c>` +
          `<c r="D${n}" s="1"/><c><v>-${n}</v></c></row>`,
      )
      .join('');
    const { rows } = readWorksheet(`<worksheet><sheetData>${body}</sheetData></worksheet>`, ctx);
    expect(rows.length).toBe(1048576);
    for (const n of numbers) expect([n, rows[n - 1]]).toEqual([n, ['乙', n + 0.5, '甲', null, -n]]);
    expect(rows.filter((r) => r.length > 0).length).toBe(numbers.length);
  });

  it('takes a bare row’s place from its first cell, not from the digits of the row tag before it', () => {
    const xml = '<worksheet><sheetData><row r="7"><c r="A7"><v>1</v></c></row><row><c r="A70"><v>2</v></c><c r="B7"><v>3</v></c></row></sheetData></worksheet>';
    const { rows } = readWorksheet(xml, ctx);
    expect(rows.length).toBe(70);
    expect(rows[6]).toEqual([1]);
    expect(rows[69]).toEqual([2, 3]);
  });
});

describe('a row tag read from the end of its r, and a row gathered in the scratch row of the one before', () => {
  it('says a row hidden whose hidden comes right after r, for r of every length, and no row whose other attributes hold an h', () => {
    const numbers = [1, 10, 100, 1000, 10000, 100000, 1000000];
    const body = numbers
      .map((n, k) =>
        k % 2 === 0
          ? `<row r="${n}" hidden="1"><c r="A${n}"><v>${n}</v></c></row>`
          : `<row r="${n}" ht="20" customHeight="1" x14ac:dyDescent="0.25"><c r="A${n}"><v>${n}</v></c></row>`,
      )
      .join('');
    const { rows, hiddenRows } = readWorksheet(`<worksheet><sheetData>${body}</sheetData></worksheet>`, ctx);
    expect(hiddenRows).toEqual([0, 99, 9999, 999999]);
    for (const n of numbers) expect([n, rows[n - 1]]).toEqual([n, [n]]);
  });

  it('finds the end of a row tag wherever its `>` falls in a word of four bytes, r last and rows skipped', () => {
    // Digits of one to five: the `>` at each place of the word the tag's end is read in; rows far apart and cells
    // without r, so that a tag end found short of its `r` (the row then counted on from the one before) or past it
    // (the first cell lost) shows.
    const numbers = [5, 12, 40, 123, 1000, 2345, 77777];
    const body = numbers.map((n) => `<row spans="1:2" r="${n}"><c><v>${n}</v></c><c><v>1</v></c></row>`).join('');
    const { rows } = readWorksheet(`<worksheet><sheetData>${body}</sheetData></worksheet>`, ctx);
    expect(rows.length).toBe(77777);
    for (const n of numbers) expect([n, rows[n - 1]]).toEqual([n, [n, 1]]);
    expect(rows.filter((r) => r.length > 0).length).toBe(numbers.length);
  });

  it('gives a row of fewer cells than the row before only its own cells, and a longer one all of its', () => {
    const xml =
      '<worksheet><sheetData>' +
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c><c r="D1"><v>4</v></c><c r="E1"><v>5</v></c></row>' +
      '<row r="2"><c r="B2" t="s"><v>0</v></c></row>' +
      '<row r="3"><c r="A3"><v>7</v></c><c r="C3"><v>8</v></c></row>' +
      '<row r="4"><c r="F4"><v>9</v></c></row>' +
      '</sheetData></worksheet>';
    expect(readWorksheet(xml, ctx).rows).toEqual([[1, 2, 3, 4, 5], [null, '甲'], [7, null, 8], [null, null, null, null, null, 9]]);
  });
});
