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

/** `>`, `/` or whitespace: the character after a tag name, so `<si` is not taken for `<sid`. */
function endsName(code: number): boolean {
  return code === 62 || code === 47 || code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * The text of the item `xml[from..to)`. The usual item, one `<t>` or `<t xml:space="preserve">` and nothing else, is
 * cut out in place; anything else (rich text runs, phonetic guides) goes through `stringItemText`.
 */
function itemText(xml: string, from: number, to: number, t: string): string {
  if (xml.startsWith(t, from) && endsName(xml.charCodeAt(from + t.length))) {
    const gt = xml.indexOf('>', from);
    if (gt !== -1 && gt < to && xml.charCodeAt(gt - 1) !== 47) {
      const lt = xml.indexOf('<', gt);
      const close = `</${t.slice(1)}>`;
      if (lt !== -1 && xml.startsWith(close, lt) && lt + close.length === to) return decodeEscapes(decodeXml(xml.slice(gt + 1, lt)));
    }
  }
  return stringItemText(xml.slice(from, to));
}

/**
 * Every `<si>` in order, found with indexOf (a department's table has a few thousand; a ledger beside it can have
 * hundreds of thousands).
 */
export function readSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const prefix = /<([\w.-]+:)?sst[\s>/]/.exec(xml)?.[1] ?? '';
  const open = `<${prefix}si`;
  const close = `</${prefix}si>`;
  const t = `<${prefix}t`;
  const out: string[] = [];
  let at = xml.indexOf(open);
  while (at !== -1) {
    if (!endsName(xml.charCodeAt(at + open.length))) {
      at = xml.indexOf(open, at + 1);
      continue;
    }
    const gt = xml.indexOf('>', at);
    if (gt === -1) break;
    if (xml.charCodeAt(gt - 1) === 47) {
      out.push('');
      at = xml.indexOf(open, gt);
      continue;
    }
    const end = xml.indexOf(close, gt);
    if (end === -1) break;
    out.push(itemText(xml, gt + 1, end, t));
    at = xml.indexOf(open, end + close.length);
  }
  return out;
}
