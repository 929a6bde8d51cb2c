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

/**
 * A cell's text as written in its part: line ends as an XML parser gives them (CR LF and a lone CR are LF; a CR written
 * `&#13;` stays one), entities and `_x000D_` escapes decoded, as Excel shows it.
 */
export function cellTextOf(raw: string): string {
  return decodeEscapes(decodeXml(raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw));
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

const cache = new Map<string, { plain: RegExp; prefixed: RegExp; present: RegExp }>();

function patterns(name: string) {
  let p = cache.get(name);
  if (!p) {
    // The start tag only: the end tag is found with indexOf, much faster than a lazy match of the body.
    const tag = (prefix: string) => new RegExp(`<(${prefix})${name}(?=[\\s/>])([^>]*)>`, 'g');
    p = { plain: tag(''), prefixed: tag('(?:[\\w.-]+:)?'), present: new RegExp(`<${name}[\\s/>]`) };
    cache.set(name, p);
  }
  return p;
}

/** Every `<name …>…</name>` or `<name …/>` in the text, in order (not nested in one another). */
export function elements(text: string, name: string): Element[] {
  return scanElements(text, name, Infinity);
}

/**
 * Up to `limit` elements from the start: `element` stops at the first, so that finding one element of a large
 * part (`<mergeCells>` after 30 MB of cells) does not run the expression over the rest.
 */
function scanElements(text: string, name: string, limit: number): Element[] {
  // No element where the name is nowhere (a sheet's tail without `<sheetProtection>`, `<mergeCells>`): one plain search,
  // not the expressions' two passes over the text.
  if (!text.includes(name)) return [];
  const p = patterns(name);
  // Most files write no prefixes, and the expression without one is several times faster. The cached
  // expression is safe to reuse: this function runs it to the end before it returns.
  const re = p.present.test(text) ? p.plain : p.prefixed;
  const out: Element[] = [];
  re.lastIndex = 0;
  while (out.length < limit) {
    const m = re.exec(text);
    if (m === null) break;
    const attrs = m[2]!;
    if (attrs.endsWith('/')) {
      out.push({ attrs: attrs.slice(0, -1), body: undefined });
      continue;
    }
    const close = `</${m[1]}${name}>`;
    const end = text.indexOf(close, re.lastIndex);
    if (end === -1) break;
    out.push({ attrs, body: text.slice(re.lastIndex, end) });
    re.lastIndex = end + close.length;
  }
  re.lastIndex = 0;
  return out;
}

const attributeCache = new Map<string, RegExp>();

/** One attribute of a start tag (prefix ignored), without building them all. */
export function attribute(text: string, name: string): string | undefined {
  let re = attributeCache.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributeCache.set(name, re);
  }
  const m = re.exec(text);
  return m ? decodeXml(m[1] ?? m[2] ?? '') : undefined;
}

/** The first such element, if any. */
export function element(text: string, name: string): Element | undefined {
  return scanElements(text, name, 1)[0];
}
