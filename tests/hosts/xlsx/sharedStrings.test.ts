/**
 * The shared strings read from the part's bytes, decoded in pieces: the same items as from the whole text, whatever
 * falls at a piece's end (an item longer than a piece, a character of several bytes, rich text, an empty item).
 */
import { readSharedStrings, readSharedStringsBytes } from '../../../src/hosts/xlsx/ooxml/sharedStrings';

const bytesOf = (xml: string) => new TextEncoder().encode(xml);

function part(items: readonly string[], prefix = ''): string {
  const ns = prefix ? ` xmlns:${prefix.slice(0, -1)}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"` : ' xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}sst${ns} count="${items.length}">${items.join('')}</${prefix}sst>`;
}

/** Some thousands of items of every shape, about 300 KB: several pieces. */
function manyItems(prefix = ''): string[] {
  const t = (text: string) => `<${prefix}si><${prefix}t>${text}</${prefix}t></${prefix}si>`;
  const items: string[] = [];
  for (let i = 0; i < 6000; i++) {
    if (i % 97 === 0) items.push(`<${prefix}si/>`);
    else if (i % 89 === 0) items.push(`<${prefix}si><${prefix}r><${prefix}t>一般公共</${prefix}t></${prefix}r><${prefix}r><${prefix}t xml:space="preserve">预算 ${i}</${prefix}t></${prefix}r></${prefix}si>`);
    else if (i === 3000) items.push(t('长'.repeat(40000)));
    else items.push(t(`${i % 3 === 0 ? '科目' : 'item'} ${i} &amp; 𠀀_x000D_`));
  }
  return items;
}

describe('the shared strings read from bytes', () => {
  it('gives the items the whole text gives, across pieces', () => {
    const xml = part(manyItems());
    const items = readSharedStringsBytes(bytesOf(xml));
    expect(items).toEqual(readSharedStrings(xml));
    expect(items).toHaveLength(6000);
    expect(items[0]).toBe('');
    expect(items[89]).toBe('一般公共预算 89');
    expect(items[3000]).toBe('长'.repeat(40000));
    expect(items[5999]).toBe('item 5999 & 𠀀\r');
  });

  it('reads a part whose tags carry a namespace prefix', () => {
    const xml = part(manyItems('x:'), 'x:');
    expect(readSharedStringsBytes(bytesOf(xml))).toEqual(readSharedStrings(part(manyItems())));
  });

  it('reads a byte-order mark at the start as nothing, and an empty or absent part as no items', () => {
    const withMark = new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf(part(['<si><t>收入</t></si>']))]);
    expect(readSharedStringsBytes(withMark)).toEqual(['收入']);
    expect(readSharedStringsBytes(new Uint8Array(0))).toEqual([]);
    expect(readSharedStringsBytes(undefined)).toEqual([]);
  });
});
