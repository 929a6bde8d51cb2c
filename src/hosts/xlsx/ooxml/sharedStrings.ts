/** The shared string table: each `<si>` as plain text (rich text runs joined; phonetic guides left out). */
import { indexOfBytes, lastIndexOfBytes } from './bytes';
import { cellTextOf, elements } from './xml';

const PHONETIC = /<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;

/** The text of an `<si>` or `<is>`: its `<t>` elements in order. */
export function stringItemText(body: string | undefined): string {
  if (!body) return '';
  const plain = body.includes('rPh') ? body.replace(PHONETIC, '') : body;
  let text = '';
  for (const t of elements(plain, 't')) text += t.body ?? '';
  return cellTextOf(text);
}

/** `>`, `/` or whitespace: the character after a tag name, so `<si` is not taken for `<sid`. */
function endsName(code: number): boolean {
  return code === 62 || code === 47 || code === 32 || code === 9 || code === 10 || code === 13;
}

/** An item's text element: its start (`<t`, `<x:t`) and its end tag, made once a part rather than once an item. */
interface TextTags {
  readonly open: string;
  readonly close: string;
}

/**
 * The text of the item `xml[from..to)`. The usual item, one `<t>` or `<t xml:space="preserve">` and nothing else, is
 * cut out in place; anything else (rich text runs, phonetic guides) goes through `stringItemText`.
 */
function itemText(xml: string, from: number, to: number, t: TextTags): string {
  if (xml.startsWith(t.open, from) && endsName(xml.charCodeAt(from + t.open.length))) {
    const gt = xml.indexOf('>', from);
    if (gt !== -1 && gt < to && xml.charCodeAt(gt - 1) !== 47) {
      const lt = xml.indexOf('<', gt);
      if (lt !== -1 && xml.startsWith(t.close, lt) && lt + t.close.length === to) return cellTextOf(xml.slice(gt + 1, lt));
    }
  }
  return stringItemText(xml.slice(from, to));
}

const PRESERVE = ' xml:space="preserve"';
const PLAIN_END = '</t></si>';

/**
 * Whether `xml` has `</t></si>` at `i`, compared a character at a time: `startsWith` there, a call into a builtin
 * that compares generically, cost some 200 instructions an item (h197: the 5,000-row workbook's table of 3,491 items
 * read in 7.34 M instructions with it, 6.63 M so).
 */
function plainEndAt(xml: string, i: number): boolean {
  return (
    xml.charCodeAt(i) === 60 &&
    xml.charCodeAt(i + 1) === 47 &&
    xml.charCodeAt(i + 2) === 116 &&
    xml.charCodeAt(i + 3) === 62 &&
    xml.charCodeAt(i + 4) === 60 &&
    xml.charCodeAt(i + 5) === 47 &&
    xml.charCodeAt(i + 6) === 115 &&
    xml.charCodeAt(i + 7) === 105 &&
    xml.charCodeAt(i + 8) === 62
  );
}

/**
 * The usual item at `at` (its `<`), `<si><t>…</t></si>` or `<si><t xml:space="preserve">…</t></si>` with no prefix, read
 * character by character: its text onto `out`, and where the item ends; -1 for any other shape, which `readItems`
 * reads its general way. That way costs each item eight searches and tests of the part's text (each a call into the
 * runtime), and a department's table has thousands of items of a dozen characters.
 */
function plainItem(xml: string, at: number, out: string[]): number {
  if (xml.charCodeAt(at + 3) !== 62 || xml.charCodeAt(at + 4) !== 60 || xml.charCodeAt(at + 5) !== 116) return -1;
  let i = at + 6;
  if (xml.charCodeAt(i) === 32 && xml.startsWith(PRESERVE, i)) i += PRESERVE.length;
  if (xml.charCodeAt(i) !== 62) return -1;
  const start = i + 1;
  const n = xml.length;
  // What `cellTextOf` decodes (a line end, an entity, an `_x000D_` escape) comes with `\r`, `&` or `_`: text without
  // any is the item's text as it stands.
  let plain = true;
  for (i = start; i < n; i++) {
    const code = xml.charCodeAt(i);
    if (code === 60) break;
    if (code === 13 || code === 38 || code === 95) plain = false;
  }
  if (i === n || !plainEndAt(xml, i)) return -1;
  const text = xml.slice(start, i);
  out.push(plain ? text : cellTextOf(text));
  return i + PLAIN_END.length;
}

/** The items of `xml` (whole items only) onto `out`, found with indexOf. */
function readItems(xml: string, prefix: string, out: string[]): void {
  const open = `<${prefix}si`;
  const close = `</${prefix}si>`;
  const t: TextTags = { open: `<${prefix}t`, close: `</${prefix}t>` };
  let at = xml.indexOf(open);
  while (at !== -1) {
    if (prefix === '') {
      const end = plainItem(xml, at, out);
      if (end !== -1) {
        // The next item most often starts right there: no search for it.
        at = xml.charCodeAt(end) === 60 && xml.charCodeAt(end + 1) === 115 && xml.charCodeAt(end + 2) === 105 ? end : xml.indexOf(open, end);
        continue;
      }
    }
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
}

/**
 * Pieces of the part of about this many bytes are decoded one at a time. V8 keeps a string over 128 KB in its
 * large-object space, on pages of its own that are fresh for every workbook: the 92 KB table of the 5,000-row
 * workbook, Chinese text made a two-byte string of 167 KB, took six times as long to decode whole as in pieces.
 */
const PIECE_BYTES = 32 * 1024;

const utf8 = new TextDecoder('utf-8');
const encoder = new TextEncoder();
const SST = encoder.encode('sst');

/** The namespace prefix of the root element `<sst>` (`x:`, or none), from the bytes around its name. */
function rootPrefix(bytes: Uint8Array): string {
  for (let at = indexOfBytes(bytes, SST, 0); at !== -1; at = indexOfBytes(bytes, SST, at + 1)) {
    const tag = /<([\w.-]+:)?sst[\s>/]$/.exec(utf8.decode(bytes.subarray(Math.max(0, at - 64), at + SST.length + 1)));
    if (tag) return tag[1] ?? '';
  }
  return '';
}

/**
 * Every `<si>` of the shared strings part, in order, read from its bytes (a department's table has a few thousand; a
 * ledger beside it can have hundreds of thousands), decoded in pieces that end after an item (see `PIECE_BYTES`).
 */
export function readSharedStringsBytes(bytes: Uint8Array | undefined): string[] {
  if (!bytes || bytes.length === 0) return [];
  const prefix = rootPrefix(bytes);
  const close = encoder.encode(`</${prefix}si>`);
  const out: string[] = [];
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.length;
    if (start + PIECE_BYTES < bytes.length) {
      const last = lastIndexOfBytes(bytes, close, start + PIECE_BYTES, start);
      // An item longer than a piece: the piece runs to that item's end.
      const cut = last !== -1 ? last : indexOfBytes(bytes, close, start);
      if (cut !== -1) end = cut + close.length;
    }
    readItems(utf8.decode(bytes.subarray(start, end)), prefix, out);
    start = end;
  }
  return out;
}
