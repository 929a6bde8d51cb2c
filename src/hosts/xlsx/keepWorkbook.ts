/**
 * The workbook-level parts ExcelJS loses, put back into what it writes (keep.ts does the sheets):
 * - defined names: ExcelJS keeps only those that are a cell or a range, makes a sheet's own name global, and keeps
 *   one area of a print area of two. The file's names come back as they were (a sheet's own name numbered for the
 *   sheet's place in the written workbook), but the add-in's: its marks (`_juesuan_*`), and the names of the sheets
 *   it owns where the plan wrote one (a print area). A name of a sheet the plan deleted goes with the sheet.
 * - the custom document properties (docProps/custom.xml), with their relationship and content type.
 * - the links to other workbooks (xl/externalLinks/, `<externalReferences>`): ExcelJS keeps a formula's `[1]` and
 *   drops the link it refers to. Each part comes back with its own relationships (the other file's path), a
 *   relationship from the workbook and its content type.
 */
import { OWNER_MARK_PREFIX, referencedSheet, sameSheetName } from '../../engine/plan/owned';
import type { Package } from './ooxml/package';
import { attribute, attributes, decodeXml, element, elements } from './ooxml/xml';
import { rootOf, standalone, withChild, withoutChildren } from './ooxml/children';

const OFFICE_DOCUMENT = /\/officeDocument$/;
const CUSTOM_PROPERTIES = /\/custom-properties$/;
const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const EXTERNAL_LINK = /\/externalLink$/;
const EXTERNAL_LINK_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml';

/** The element children of CT_Workbook in the order the schema requires (ECMA-376 part 1, 18.2.28). */
export const WORKBOOK_ORDER: readonly string[] = [
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

export interface WorkbookKept {
  /** Every sheet's name in the file's order: a name's `localSheetId` is a place in it. */
  readonly sheetNames: readonly string[];
  /** The file's `<definedName>` elements, each standing on its own. */
  readonly names: readonly string[];
  /** docProps/custom.xml and the relationship type that named it. */
  readonly custom?: { readonly path: string; readonly xml: string; readonly type: string };
  /** The links to other workbooks in the order `<externalReferences>` lists them: each part, its relationships part. */
  readonly externalLinks: readonly { readonly path: string; readonly xml: string; readonly rels?: string; readonly type: string }[];
}

const relsPathOf = (path: string) => {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
};

async function workbookPart(pkg: Package): Promise<{ path: string; xml: string }> {
  const root = await pkg.relationships('');
  const path = [...root.values()].find((r) => OFFICE_DOCUMENT.test(r.type))?.target ?? 'xl/workbook.xml';
  return { path, xml: (await pkg.text(path)) ?? '' };
}

const sheetNamesOf = (xml: string) => elements(element(xml, 'sheets')?.body ?? '', 'sheet').map((s) => attributes(s.attrs).get('name') ?? '');

function definedNamesOf(xml: string): { names: string[] } {
  const root = rootOf(xml);
  const child = root.children.find((c) => c.name === 'definedNames');
  if (!child) return { names: [] };
  const text = xml.slice(child.start, child.end);
  const inner = rootOf(text);
  return { names: inner.children.filter((c) => c.name === 'definedName').map((c) => standalone(text.slice(c.start, c.end), root.startTag)) };
}

export async function workbookKept(pkg: Package): Promise<WorkbookKept> {
  const { path, xml } = await workbookPart(pkg);
  const rels = await pkg.relationships('');
  const customRel = [...rels.values()].find((r) => CUSTOM_PROPERTIES.test(r.type));
  const customXml = customRel && (await pkg.text(customRel.target));
  const workbookRels = await pkg.relationships(path);
  const externalLinks: { path: string; xml: string; rels?: string; type: string }[] = [];
  for (const ref of elements(element(xml, 'externalReferences')?.body ?? '', 'externalReference')) {
    const rel = workbookRels.get(attributes(ref.attrs).get('id') ?? '');
    const part = rel && EXTERNAL_LINK.test(rel.type) ? await pkg.text(rel.target) : undefined;
    if (!rel || part === undefined) continue;
    const linkRels = await pkg.text(relsPathOf(rel.target));
    externalLinks.push({ path: rel.target, xml: part, type: rel.type, ...(linkRels !== undefined ? { rels: linkRels } : {}) });
  }
  return {
    sheetNames: sheetNamesOf(xml),
    names: definedNamesOf(xml).names,
    externalLinks,
    ...(customRel && customXml !== undefined ? { custom: { path: customRel.target, xml: customXml, type: customRel.type } } : {}),
  };
}

interface NameInfo {
  readonly text: string;
  readonly name: string;
  /** The sheet the name belongs to (its `localSheetId`), if it is a sheet's own. */
  readonly scope?: string;
  /** The sheet its formula refers to, when it is one reference. */
  readonly refers?: string;
}

function nameInfo(text: string, sheetNames: readonly string[]): NameInfo {
  const tag = text.slice(0, text.indexOf('>') + 1);
  const id = attribute(tag, 'localSheetId');
  const scope = id === undefined ? undefined : sheetNames[Number(id)];
  const body = text.endsWith('/>') && !text.includes('</') ? '' : text.slice(tag.length, text.lastIndexOf('</'));
  const refers = referencedSheet(decodeXml(body));
  return { text, name: attribute(tag, 'name') ?? '', ...(scope !== undefined ? { scope } : {}), ...(refers !== undefined ? { refers } : {}) };
}

const isMark = (n: NameInfo) => n.name.toUpperCase().startsWith(OWNER_MARK_PREFIX.toUpperCase());
const among = (names: readonly string[], sheet: string) => names.some((s) => sameSheetName(s, sheet));

/** The name numbered for its sheet's place among `sheetNames`. */
function rescoped(n: NameInfo, sheetNames: readonly string[]): string {
  if (n.scope === undefined) return n.text;
  const place = sheetNames.findIndex((s) => sameSheetName(s, n.scope!));
  return n.text.replace(/^(<[^>]*?\slocalSheetId\s*=\s*)(["'])\d+\2/, `$1"${place}"`);
}

/**
 * The `<definedNames>` of the workbook written: the file's, but the add-in's marks and what the plan set on its own
 * sheets, which are ExcelJS's (`written`); then those of ExcelJS's no name of the file's has (the plan's).
 */
export function mergedNames(kept: WorkbookKept, written: readonly string[], writtenSheets: readonly string[]): string[] {
  const ours = written.map((t) => nameInfo(t, writtenSheets));
  // The sheets the add-in owns: those its marks name.
  const owned = ours.filter(isMark).flatMap((n) => (n.refers === undefined ? [] : [n.refers]));
  const isOwned = (sheet: string | undefined) => sheet !== undefined && among(owned, sheet);
  const theirs = kept.names.map((t) => nameInfo(t, kept.sheetNames));
  const planSet = (n: NameInfo) => ours.some((o) => o.name.toUpperCase() === n.name.toUpperCase() && isOwned(o.scope ?? o.refers) && sameSheetName(o.scope ?? o.refers!, n.scope ?? n.refers ?? ''));
  const kept_ = theirs.filter((n) => {
    if (isMark(n)) return false;
    // The sheet it belongs to or refers to is gone: the plan deleted it (one of the add-in's).
    if (n.scope !== undefined && !among(writtenSheets, n.scope)) return false;
    if (n.refers !== undefined && among(kept.sheetNames, n.refers) && !among(writtenSheets, n.refers)) return false;
    return !planSet(n);
  });
  const fileNames = new Set(theirs.map((n) => n.name.toUpperCase()));
  const added = ours.filter((o) => isMark(o) || isOwned(o.scope ?? o.refers) || !fileNames.has(o.name.toUpperCase()));
  const out = [...kept_.map((n) => rescoped(n, writtenSheets))];
  const keys = new Set(kept_.map((n) => `${n.name.toUpperCase()}|${(n.scope ?? '').toUpperCase()}`));
  for (const o of added) if (!keys.has(`${o.name.toUpperCase()}|${(o.scope ?? '').toUpperCase()}`)) out.push(o.text);
  return out;
}

/** The workbook part with the names merged; the same text when they come out as ExcelJS wrote them. */
function workbookWithNames(xml: string, kept: WorkbookKept): string {
  const { names } = definedNamesOf(xml);
  const merged = mergedNames(kept, names, sheetNamesOf(xml));
  if (merged.length === names.length && merged.every((n, i) => n === names[i])) return xml;
  if (merged.length === 0) return withoutChildren(xml, (c) => c.name === 'definedNames');
  return withChild(xml, 'definedNames', `<definedNames>${merged.join('')}</definedNames>`, WORKBOOK_ORDER);
}

function withRelationship(rels: string, id: string, type: string, target: string): string {
  const root = rootOf(rels);
  return `${rels.slice(0, root.close)}<Relationship Id="${id}" Type="${type}" Target="${target}"/>${rels.slice(root.close)}`;
}

function withOverride(types: string, path: string, type: string): string {
  const root = rootOf(types);
  return `${types.slice(0, root.close)}<Override PartName="/${path}" ContentType="${type}"/>${types.slice(root.close)}`;
}

/** A new relationship's id in a relationships part: the first `rIdN` not taken. */
function freeId(rels: string): string {
  const root = rootOf(rels);
  const ids = new Set(root.children.map((c) => attribute(rels.slice(c.start, rels.indexOf('>', c.start)), 'Id')));
  let n = 1;
  while (ids.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** The parts of the written package (`pkg`) to change, by path: the workbook's names, the custom properties. */
export async function workbookPutBack(pkg: Package, kept: WorkbookKept): Promise<Map<string, string>> {
  const changed = new Map<string, string>();
  const text = async (part: string) => changed.get(part) ?? (await pkg.text(part)) ?? '';
  const { path, xml } = await workbookPart(pkg);
  let workbook = workbookWithNames(xml, kept);
  const rels = await pkg.relationships('');
  if (kept.custom && ![...rels.values()].some((r) => CUSTOM_PROPERTIES.test(r.type)) && (await pkg.text(kept.custom.path)) === undefined) {
    changed.set(kept.custom.path, kept.custom.xml);
    const root = await text('_rels/.rels');
    changed.set('_rels/.rels', withRelationship(root, freeId(root), kept.custom.type, kept.custom.path));
    changed.set('[Content_Types].xml', withOverride(await text('[Content_Types].xml'), kept.custom.path, CUSTOM_TYPE));
  }
  // Only where ExcelJS wrote none, and none of their parts: never two links of one number.
  const links = rootOf(workbook).children.some((c) => c.name === 'externalReferences') ? [] : kept.externalLinks;
  const taken = await Promise.all(links.map(async (l) => (await pkg.text(l.path)) !== undefined));
  if (links.length > 0 && !taken.includes(true)) {
    const relsPath = relsPathOf(path);
    const refs: string[] = [];
    for (const link of links) {
      const own = await text(relsPath);
      const id = freeId(own);
      changed.set(relsPath, withRelationship(own, id, link.type, `/${link.path}`));
      refs.push(`<externalReference r:id="${id}"/>`);
      changed.set(link.path, link.xml);
      if (link.rels !== undefined) changed.set(relsPathOf(link.path), link.rels);
      changed.set('[Content_Types].xml', withOverride(await text('[Content_Types].xml'), link.path, EXTERNAL_LINK_TYPE));
    }
    workbook = withChild(workbook, 'externalReferences', `<externalReferences>${refs.join('')}</externalReferences>`, WORKBOOK_ORDER);
  }
  if (workbook !== xml) changed.set(path, workbook);
  return changed;
}
