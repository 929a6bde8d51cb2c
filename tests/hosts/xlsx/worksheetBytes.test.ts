/**
 * A sheet read from its bytes: the cells of every shape a real file holds (prefixes, inline strings, shared
 * formulas, merges, widths), a byte-order mark, text of several bytes a character, parts without cells or cut off.
 */
import { promises as fs } from 'fs';
import { readWorksheet, readWorksheetBytes } from '../../../src/hosts/xlsx/ooxml/worksheet';
import { entryBytes, readDirectory } from '../../../src/hosts/xlsx/ooxml/zip';
import { readSharedStringsBytes } from '../../../src/hosts/xlsx/ooxml/sharedStrings';
import { SAMPLE_XLSX } from '../../../fixtures/build-sample';
import { inflateRawSync } from 'zlib';

const ctx = { sharedStrings: ['收入', '支出决算表'], dateStyles: [false, true], date1904: false };

/** What real files hold that ExcelJS-written ones do not: prefixes, inline strings, shared formulas, merges. */
const handWritten = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:cols><x:col min="1" max="2" width="30.5"/><x:col min="3" max="3" hidden="1" width="9"/></x:cols>',
  '<x:sheetData>',
  '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>一般公共预算财政拨款基本支出决算表</x:t></x:is></x:c></x:row>',
  '<x:row r="3" spans="1:4"><x:c r="A3" t="s"><x:v>1</x:v></x:c><x:c r="B3"><x:v>1234.56</x:v></x:c><x:c r="C3"><x:f t="shared" ref="C3:C5" si="0">B3*2</x:f><x:v>2469.12</x:v></x:c><x:c r="D3" s="1"><x:v>44926</x:v></x:c></x:row>',
  '<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c><x:v>-0.5</x:v></x:c><x:c r="C4"><x:f t="shared" si="0"/><x:v>-1</x:v></x:c></x:row>',
  '<x:row r="5"><x:c r="A5" t="str"><x:v>“三公”经费 &amp; 合计</x:v></x:c><x:c r="B5"><x:v>1E-3</x:v></x:c><x:c r="C5"><x:f t="shared" si="0"/></x:c><x:c r="E5" t="e"><x:v>#DIV/0!</x:v></x:c></x:row>',
  '<x:row r="6"/>',
  '<x:row r="7"><x:c r="A7" t="b"><x:v>1</x:v></x:c><x:c r="B7"/><x:c r="C7" t="inlineStr"><x:is><x:r><x:t>项目</x:t></x:r><x:r><x:t>支出</x:t></x:r></x:is></x:c></x:row>',
  '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:D1"/></x:mergeCells></x:worksheet>',
].join('');

const bytesOf = (xml: string) => new TextEncoder().encode(xml);

/** The same sheet with a namespace prefix on every tag, as some programs write it. */
function prefixed(xml: string): string {
  return xml.replace(/<(\/?)([A-Za-z])/g, '<$1x:$2').replace('<x:worksheet', '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"');
}

describe('a sheet read from its bytes', () => {
  it('reads the cells, formulas, merges and widths of the shapes real files hold', () => {
    const sheet = readWorksheetBytes(bytesOf(handWritten), ctx);
    expect(sheet.rows[0]).toEqual(['一般公共预算财政拨款基本支出决算表']);
    expect(sheet.rows[2]).toEqual(['支出决算表', 1234.56, 2469.12, '2022-12-31']);
    expect(sheet.rows[3]).toEqual(['收入', -0.5, -1]);
    expect(sheet.rows[4]).toEqual(['“三公”经费 & 合计', 0.001, null, null, { error: '#DIV/0!' }]);
    expect(sheet.rows[6]).toEqual([true, null, '项目支出']);
    expect(sheet.formulas?.[3]?.[2]).toBe('B4*2');
    expect(sheet.formulas?.[4]?.[2]).toBe('B5*2');
    expect(sheet.uncalculated).toEqual([[4, 2]]);
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(sheet.columnWidths).toEqual([30.5, 30.5, 0]);
  });

  it('reads every sheet of the sample the same with a namespace prefix on every tag', async () => {
    const bytes = new Uint8Array(await fs.readFile(SAMPLE_XLSX));
    const directory = readDirectory(bytes);
    const part = async (name: string) => entryBytes(bytes, directory.get(name)!, (d) => inflateRawSync(d));
    const sampleCtx = { sharedStrings: readSharedStringsBytes(await part('xl/sharedstrings.xml')), dateStyles: [], date1904: false };
    const sheets = [...directory.keys()].filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets.length).toBeGreaterThan(8);
    for (const name of sheets) {
      const data = await part(name);
      const plain = readWorksheetBytes(data, sampleCtx);
      expect(plain.rows.length).toBeGreaterThan(0);
      expect(readWorksheet(prefixed(new TextDecoder().decode(data)), sampleCtx)).toEqual(plain);
    }
  });

  it('gathers a row repeated or out of order, and cells out of column order, into one row each', () => {
    const xml = [
      '<worksheet><sheetData>',
      '<row r="3"><c r="C3"><v>3</v></c><c r="A3"><v>1</v></c></row>',
      '<row r="2"><c r="B2"><v>2</v></c></row>',
      '<row r="3"><c r="E3"><v>5</v></c></row>',
      '<row r="5"/>',
      '</sheetData></worksheet>',
    ].join('');
    expect(readWorksheetBytes(bytesOf(xml), ctx).rows).toEqual([[], [null, 2], [1, null, 3, null, 5]]);
  });

  it('drops a byte-order mark at the start of the part only: a U+FEFF in a cell’s text is kept', () => {
    const text = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>\uFEFF预算\uFEFF</t></is></c></row></sheetData></worksheet>';
    const bytes = bytesOf(text);
    const withMark = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(readWorksheetBytes(bytes, ctx).rows).toEqual([['\uFEFF预算\uFEFF']]);
    expect(readWorksheetBytes(withMark, ctx).rows).toEqual([['\uFEFF预算\uFEFF']]);
  });

  it('reads merged areas the same whether their elements take the usual shape or another', () => {
    const row = (r: number) => `<row r="${r}">${['A', 'B', 'C', 'D'].map((c) => `<c r="${c}${r}"><v>${r}</v></c>`).join('')}</row>`;
    const sheet = (merges: string) => `<worksheet><sheetData>${[1, 2, 3, 4, 5].map(row).join('')}</sheetData><mergeCells>${merges}</mergeCells></worksheet>`;
    // Lower case, reversed corners (nothing emptied), past the last row, row 0 (no row, its area's other cells
    // emptied), an area emptying a row's end.
    const refs = ['A1:B1', 'b2:c3', 'D4:C4', 'A7:B9', 'A0:A1', 'C5:D5'];
    const usual = readWorksheet(sheet(refs.map((ref) => `<mergeCell ref="${ref}"/>`).join('')), ctx);
    expect(usual.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 3, left: 2, bottom: 3, right: 3 },
      { top: 6, left: 0, bottom: 8, right: 1 },
      { top: -1, left: 0, bottom: 0, right: 0 },
      { top: 4, left: 2, bottom: 4, right: 3 },
    ]);
    expect(usual.rows).toEqual([
      [null, null, 1, 1],
      [2, 2, null, 2],
      [3, null, null, 3],
      [4, 4, 4, 4],
      [5, 5, 5],
    ]);
    const others = [
      refs.map((ref) => `<mergeCell ref='${ref}' />`).join(''),
      refs.map((ref) => `<x:mergeCell ref="${ref}"/>`).join(''),
      refs.map((ref, i) => (i % 2 === 0 ? `<mergeCell ref="${ref}"/>` : `<mergeCell ref="${ref}"></mergeCell>`)).join(''),
      refs.map((ref) => `<mergeCell x:ref="${ref}"/>`).join(''),
    ];
    for (const merges of others) expect(readWorksheet(sheet(merges), ctx)).toEqual(usual);
    // Unprefixed elements are read and prefixed ones beside them not, in either shape.
    const mixed = '<mergeCell ref="A1:B1"/><x:mergeCell ref="C2:D2"/>';
    expect(readWorksheet(sheet(mixed), ctx).merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(readWorksheet(sheet(mixed.replace('"/>', '" />')), ctx).merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });

  it('reads <sheetProtection> and <mergeCells> after the cells or before them, with a prefix or without, the schema’s names only', () => {
    const cells = (p: string) => `<${p}sheetData><${p}row r="1"><${p}c r="A1"><${p}v>1</${p}v></${p}c><${p}c r="B1"><${p}v>2</${p}v></${p}c></${p}row></${p}sheetData>`;
    const merges = (p: string) => `<${p}mergeCells count="1"><${p}mergeCell ref="A1:B1"/></${p}mergeCells>`;
    const protection = (p: string, sheet: string) => `<${p}sheetProtection ${p}password="CC3D" sheet="${sheet}" objects="1"/>`;
    const sheet = (p: string, head: string, tail: string) => `<${p}worksheet xmlns:x="ns">${head}${cells(p)}${tail}</${p}worksheet>`;
    for (const p of ['', 'x:']) {
      for (const on of ['1', 'true']) {
        const after = readWorksheet(sheet(p, '', protection(p, on) + merges(p)), ctx);
        expect([after.protected, after.merges, after.rows]).toEqual([true, [{ top: 0, left: 0, bottom: 0, right: 1 }], [[1]]]);
        // A file out of order: both before the cells, found in the head.
        const before = readWorksheet(sheet(p, merges(p) + protection(p, on), ''), ctx);
        expect([before.protected, before.merges, before.rows]).toEqual([true, [{ top: 0, left: 0, bottom: 0, right: 1 }], [[1]]]);
      }
      // Not protected: sheet="0", the element not closed as one (`<sheetProtection>…</sheetProtection>` with sheet="1" is one).
      expect(readWorksheet(sheet(p, '', protection(p, '0')), ctx).protected).toBeUndefined();
      expect(readWorksheet(sheet(p, '', `<${p}sheetProtection sheet="1"></${p}sheetProtection>`), ctx).protected).toBe(true);
      // The names in a cell's text or another element's name are no elements: nothing read from them.
      const named = `<${p}sheetProtectionX sheet="1"/><${p}mergeCellsX><${p}mergeCell ref="A1:B1"/></${p}mergeCellsX>`;
      const textual = `<${p}sheetData><${p}row r="1"><${p}c r="A1" t="inlineStr"><${p}is><${p}t>sheetProtection mergeCells</${p}t></${p}is></${p}c></${p}row></${p}sheetData>`;
      const other = readWorksheet(`<${p}worksheet>${textual}${named}</${p}worksheet>`, ctx);
      expect([other.protected, other.merges, other.rows]).toEqual([undefined, [], [['sheetProtection mergeCells']]]);
    }
    // Element names are case-sensitive in XML: `<SheetProtection>` is not the schema's element, as before.
    expect(readWorksheet(sheet('', '', '<SheetProtection sheet="1"/>'), ctx).protected).toBeUndefined();
  });

  it('reads nothing from a part without cells, and the cells before the cut from a cut-off part', () => {
    for (const xml of ['<worksheet/>', '<worksheet><sheetData/></worksheet>', '<worksheet><sheetData></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>']) {
      expect(readWorksheet(xml, ctx).rows).toEqual([]);
    }
    expect(readWorksheet('<worksheet><sheetData/><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>', ctx).merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    const cut = readWorksheet(handWritten.slice(0, handWritten.indexOf('<x:row r="5"') + 9), ctx);
    expect(cut.rows).toEqual(readWorksheet(handWritten, ctx).rows.slice(0, 4));
    expect(cut.merges).toEqual([]);
  });

  it('reads each cell whole or not at all wherever the part is cut: never 1 or 12 of a cut-off 12.5', () => {
    const usual = '<worksheet><sheetData><row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="2"><v>12.5</v></c><c r="C1"><v>-3</v></c></row></sheetData></worksheet>';
    const whole = readWorksheet(usual, { ...ctx, dateStyles: [] }).rows;
    expect(whole).toEqual([['收入', 12.5, -3]]);
    const seen = new Set<string>();
    for (let length = 0; length <= usual.length; length++) {
      const rows = readWorksheet(usual.slice(0, length), { ...ctx, dateStyles: [] }).rows;
      const read = rows[0] ?? [];
      // Never a part of a value (12 of 12.5): the cells read are the whole part's first ones, each with its value; and
      // every cell whose `</c>` is there is read.
      const closed = usual.slice(0, length).split('</c>').length - 1;
      expect(read).toEqual(whole[0]!.slice(0, read.length));
      expect(read.length).toBeGreaterThanOrEqual(closed);
      seen.add(JSON.stringify(read));
    }
    expect(seen.size).toBe(4);
  });
});
