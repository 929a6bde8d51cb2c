/** The shared string table: each `<si>` as plain text (rich text runs joined; phonetic guides left out). */
import { decodeEscapes, decodeXml, elements } from './xml';

const PHONETIC = /<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;

/** The text of an `<si>` or `<is>`: its `<t>` elements in order. */
export function stringItemText(body: string | undefined): string {
  if (!body) return '';
  const plain = body.includes('rPh') ? body.replace(PHONETIC, '') : body;
  let text = '';
  for (const t of elements(plain, 't')) text += t.body ?? '';
  return decodeEscapes(decodeXml(text));
}

export function readSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return Array.from(elements(xml, 'si'), (si) => stringItemText(si.body));
}
