/**
 * Just enough XML for the parts of an .xlsx the grid needs. The parts are machine-written and flat, so a scan
 * with regular expressions over elements and attributes is exact and several times faster than a DOM or SAX
 * parser. Element names may carry a namespace prefix (`<x:c>`, as some generators write).
 */

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_m, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
    hex !== undefined ? String.fromCodePoint(parseInt(hex, 16)) : dec !== undefined ? String.fromCodePoint(parseInt(dec, 10)) : NAMED[name!]!,
  );
}

/** `_x000D_`: how OOXML escapes characters XML cannot carry, in cell text. */
export function decodeEscapes(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag (the text between the name and `>`), names without their prefix. */
export function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) {
    const name = m[1]!;
    // `r:id` is `id`: the prefix of the relationships namespace varies between generators.
    const local = name.includes(':') && !name.startsWith('xmlns') ? name.slice(name.indexOf(':') + 1) : name;
    out.set(local, decodeXml(m[2] ?? m[3] ?? ''));
  }
  return out;
}

export interface Element {
  /** The attribute text of the start tag. */
  readonly attrs: string;
  /** The content between the tags; undefined for an empty element `<x/>`. */
  readonly body: string | undefined;
}

const cache = new Map<string, RegExp>();

/** Every `<name …>…</name>` or `<name …/>` in the text, in order (not nested in one another). */
export function* elements(text: string, name: string): Generator<Element> {
  let re = cache.get(name);
  if (!re) {
    re = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}>)`, 'g');
    cache.set(name, re);
  }
  // matchAll works on a copy of the expression, so the cached one is never left mid-scan.
  for (const m of text.matchAll(re)) yield { attrs: m[1]!, body: m[2] };
}

/** The first such element, if any. */
export function element(text: string, name: string): Element | undefined {
  for (const e of elements(text, name)) return e;
  return undefined;
}
