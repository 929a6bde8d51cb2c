/**
 * The shared strings read from the part's bytes, decoded in pieces: every item whatever falls at a piece's end (an
 * item longer than a piece, a character of several bytes, rich text, an empty item), with or without a prefix.
 */
import { readSharedStringsBytes } from '../../../src/hosts/xlsx/ooxml/sharedStrings';

const bytesOf = (xml: string) => new TextEncoder().encode(xml);

function part(items: readonly string[], prefix = ''): string {
  const ns = prefix ? ` xmlns:${prefix.slice(0, -1)}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"` : ' xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}sst${ns} count="${items.length}">${items.join('')}</${prefix}sst>`;
}

/** Some thousands of items of every shape, about 300 KB (several pieces), as XML and as the text each should read. */
function manyItems(prefix = ''): { xml: string[]; text: string[] } {
  const t = (text: string) => `<${prefix}si><${prefix}t>${text}</${prefix}t></${prefix}si>`;
  const xml: string[] = [];
  const text: string[] = [];
  for (let i = 0; i < 6000; i++) {
    if (i % 97 === 0) {
      xml.push(`<${prefix}si/>`);
      text.push('');
    } else if (i % 89 === 0) {
      xml.push(`<${prefix}si><${prefix}r><${prefix}t>一般公共</${prefix}t></${prefix}r><${prefix}r><${prefix}t xml:space="preserve">预算 ${i}</${prefix}t></${prefix}r></${prefix}si>`);
      text.push(`一般公共预算 ${i}`);
    } else if (i === 3000) {
      xml.push(t('长'.repeat(40000)));
      text.push('长'.repeat(40000));
    } else {
      const word = i % 3 === 0 ? '科目' : 'item';
      xml.push(t(`${word} ${i} &amp; 𠀀_x000D_`));
      text.push(`${word} ${i} & 𠀀\r`);
    }
  }
  return { xml, text };
}

describe('the shared strings read from bytes', () => {
  it('reads every item, across pieces', () => {
    const { xml, text } = manyItems();
    const items = readSharedStringsBytes(bytesOf(part(xml)));
    expect(items).toEqual(text);
    expect(items).toHaveLength(6000);
    expect(items[0]).toBe('');
    expect(items[89]).toBe('一般公共预算 89');
    expect(items[3000]).toBe('长'.repeat(40000));
    expect(items[5999]).toBe('item 5999 & 𠀀\r');
  });

  it('reads an item whose first text is followed by more than its end tags the general way', () => {
    // Each item's first `</t>` is followed by something other than `</si>`, each differing from it in one character.
    const items = ['<si><t>一般</t><r><t>公共</t></r></si>', '<si><t>预算</t></sj><t>支出</t></si>', '<si><t>项目</t><rPh sb="0" eb="2"><t>こう</t></rPh></si>'];
    expect(readSharedStringsBytes(bytesOf(part(items)))).toEqual(['一般公共', '预算支出', '项目']);
  });

  it('reads a part whose tags carry a namespace prefix', () => {
    const { xml, text } = manyItems('x:');
    expect(readSharedStringsBytes(bytesOf(part(xml, 'x:')))).toEqual(text);
  });

  it('reads a byte-order mark at the start as nothing, and an empty or absent part as no items', () => {
    const withMark = new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf(part(['<si><t>收入</t></si>']))]);
    expect(readSharedStringsBytes(withMark)).toEqual(['收入']);
    expect(readSharedStringsBytes(new Uint8Array(0))).toEqual([]);
    expect(readSharedStringsBytes(undefined)).toEqual([]);
  });
});
