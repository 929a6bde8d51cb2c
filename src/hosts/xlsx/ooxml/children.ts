/**
 * The children of an XML part's root element, each as the span of text it takes, so that one child can be taken out,
 * put in or replaced without touching a byte of the others (keep.ts). The scan walks the root's children only: a
 * child's end is found by its own end tag (same qualified name, nesting counted), so a 30 MB `<sheetData>` is passed
 * over with a few `indexOf`s. Quoted attribute values may hold `>`; comments and processing instructions between the
 * children are skipped. A `<name` inside a comment or CDATA within a child would be miscounted: the parts this reads
 * are machine-written and hold none there.
 */

export interface Child {
  /** The name as written, with its prefix (`x:dataValidations`). */
  readonly qname: string;
  /** The name without its prefix. */
  readonly name: string;
  readonly start: number;
  /** Just after the element's last character. */
  readonly end: number;
}

export interface Root {
  readonly qname: string;
  /** The root's start tag, `<worksheet …>`. */
  readonly startTag: string;
  /** Where its children begin (just after the start tag) and where its end tag begins. */
  readonly inner: number;
  readonly close: number;
  readonly children: readonly Child[];
}

export class XmlShapeError extends Error {}

/** Just after the `>` of the tag that starts at `at`, stepping over quoted attribute values. */
function tagEnd(xml: string, at: number): number {
  let quote = '';
  for (let i = at + 1; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i + 1;
  }
  throw new XmlShapeError('unterminated tag');
}

/** The next `<` that opens an element's start or end tag, comments, processing instructions and CDATA stepped over. */
function nextTag(xml: string, from: number): number {
  let i = from;
  for (;;) {
    const at = xml.indexOf('<', i);
    if (at === -1) return -1;
    const skip = xml.startsWith('<!--', at) ? '-->' : xml.startsWith('<?', at) ? '?>' : xml.startsWith('<![CDATA[', at) ? ']]>' : xml.startsWith('<!', at) ? '>' : '';
    if (!skip) return at;
    const end = xml.indexOf(skip, at);
    if (end === -1) throw new XmlShapeError('unterminated markup');
    i = end + skip.length;
  }
}

function nameAt(xml: string, at: number): string {
  const m = /^[^\s/>]+/.exec(xml.slice(at, at + 200));
  if (!m) throw new XmlShapeError('tag without a name');
  return m[0];
}

function isBoundary(ch: string | undefined): boolean {
  return ch === undefined || ch === '>' || ch === '/' || /\s/.test(ch);
}

/** Just after the end tag that closes the element `qname` whose start tag ends at `from`. */
function elementEnd(xml: string, qname: string, from: number): number {
  let depth = 1;
  let i = from;
  const open = `<${qname}`;
  const close = `</${qname}`;
  while (depth > 0) {
    const c = xml.indexOf(close, i);
    if (c === -1) throw new XmlShapeError(`no end tag for ${qname}`);
    if (!isBoundary(xml[c + close.length])) {
      i = c + close.length;
      continue;
    }
    // Any start tag of the same name before it opens one more level.
    let o = xml.indexOf(open, i);
    while (o !== -1 && o < c) {
      if (isBoundary(xml[o + open.length])) {
        const e = tagEnd(xml, o);
        if (xml[e - 2] !== '/') depth++;
        o = xml.indexOf(open, e);
      } else o = xml.indexOf(open, o + open.length);
    }
    depth--;
    i = xml.indexOf('>', c) + 1;
  }
  return i;
}

const localName = (qname: string) => qname.slice(qname.indexOf(':') + 1);

/** The part's root element and its children in order. */
export function rootOf(xml: string): Root {
  const at = nextTag(xml, 0);
  if (at === -1 || xml[at + 1] === '/') throw new XmlShapeError('no root element');
  const qname = nameAt(xml, at + 1);
  const inner = tagEnd(xml, at);
  const startTag = xml.slice(at, inner);
  if (xml[inner - 2] === '/') throw new XmlShapeError('empty root element');
  const children: Child[] = [];
  let i = inner;
  for (;;) {
    const t = nextTag(xml, i);
    if (t === -1) throw new XmlShapeError('no end tag for the root');
    if (xml[t + 1] === '/') return { qname, startTag, inner, close: t, children };
    const name = nameAt(xml, t + 1);
    const e = tagEnd(xml, t);
    const end = xml[e - 2] === '/' ? e : elementEnd(xml, name, e);
    children.push({ qname: name, name: localName(name), start: t, end });
    i = end;
  }
}

/** The element children of CT_Worksheet in the order the schema requires (ECMA-376 part 1, 18.3.1.99). */
export const WORKSHEET_ORDER: readonly string[] = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** The part without the children that pass the test. */
export function withoutChildren(xml: string, test: (child: Child) => boolean): string {
  const cut = rootOf(xml).children.filter(test);
  let out = '';
  let at = 0;
  for (const c of cut) {
    out += xml.slice(at, c.start);
    at = c.end;
  }
  return out + xml.slice(at);
}

/**
 * The part with `element` (the whole text of one child named `name`) in its place: over the child of that name if the
 * part has one, else just after the last child that comes before it in `order` (after the start tag when none does).
 * After the last one before it, not before the first one after it: ExcelJS writes `<legacyDrawing>` after `<extLst>`,
 * and an `<extLst>` put back belongs after that, not in front of it.
 */
export function withChild(xml: string, name: string, element: string, order: readonly string[]): string {
  const root = rootOf(xml);
  const same = root.children.find((c) => c.name === name);
  if (same) return xml.slice(0, same.start) + element + xml.slice(same.end);
  const rank = order.indexOf(name);
  if (rank === -1) throw new Error(`${name} has no place in the schema's order`);
  let at = root.inner;
  for (const c of root.children) {
    const r = order.indexOf(c.name);
    if (r !== -1 && r < rank) at = c.end;
  }
  return xml.slice(0, at) + element + xml.slice(at);
}

/** The `xmlns` and `xmlns:p` declarations of a start tag, by prefix ('' for the default namespace). */
export function namespaceDeclarations(startTag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of startTag.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1] ?? '', m[2] ?? m[3] ?? '');
  return out;
}

/**
 * The element made to stand on its own in another part: the declarations of the prefixes it uses (declared on its
 * old part's root, `rootTag`) added to its start tag. An element that uses none comes back exactly as it was.
 */
export function standalone(element: string, rootTag: string): string {
  const declared = namespaceDeclarations(rootTag);
  const own = namespaceDeclarations(element.slice(0, tagEnd(element, 0)));
  const used = new Set<string>();
  // Prefixes of element and attribute names: `<x14:id`, ` xm:f=`, `</xm:sqref`.
  for (const m of element.matchAll(/(?:<\/?|\s)([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*/g)) used.add(m[1]!);
  const add = [...used].filter((p) => p !== 'xml' && p !== 'xmlns' && !own.has(p) && declared.has(p));
  if (add.length === 0) return element;
  const nameEnd = 1 + nameAt(element, 1).length;
  const decls = add.map((p) => ` xmlns:${p}="${declared.get(p)!}"`).join('');
  return element.slice(0, nameEnd) + decls + element.slice(nameEnd);
}

