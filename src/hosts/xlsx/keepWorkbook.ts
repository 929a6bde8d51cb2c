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
 * - the custom views (`<customWorkbookViews>`; each sheet's own are keep.ts's), each view's active sheet
 *   (`activeSheetId`, a `sheetId`) numbered for the written workbook: ExcelJS keeps a sheet's `sheetId` but gives a
 *   sheet it adds the first free one, which may be that of a sheet the plan deleted. A view whose sheet the plan
 *   deleted shows the first sheet, said. And the workbook's extensions
 *   (`<extLst>`), as they were, but an extension that points to parts of its own (slicer caches, timelines): that one
 *   is said, not written.
 * What it has that nothing puts back is said (`lost`): macros (an .xlsm's VBA project).
 */
import { OWNER_MARK_PREFIX, referencedSheet, sameSheetName } from '../../engine/plan/owned';
import type { Package } from './ooxml/package';
import { attribute, attributes, decodeXml, element, elements } from './ooxml/xml';
import { rootOf, standalone, withChild, withoutChildren } from './ooxml/children';
import { Changes, relationshipIds, relationshipPrefixes, relsPathOf } from './keepParts';

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
  /** Each sheet's name by its `sheetId` in the file: a custom view's `activeSheetId` is one. */
  readonly sheetIds: ReadonlyMap<string, string>;
  /** The file's `<definedName>` elements, each standing on its own. */
  readonly names: readonly string[];
  /** docProps/custom.xml and the relationship type that named it. */
  readonly custom?: { readonly path: string; readonly xml: string; readonly type: string };
  /** The links to other workbooks in the order `<externalReferences>` lists them: each part, its relationships part. */
  readonly externalLinks: readonly { readonly path: string; readonly xml: string; readonly rels?: string; readonly type: string }[];
  /** The workbook's `<customWorkbookViews>`, standing on its own. */
  readonly views?: string;
  /** The workbook's `<extLst>` without the extensions that point to parts, standing on its own. */
  readonly extensions?: string;
  /** What the file has that will not be written, to say. */
  readonly lost: readonly string[];
}

const VBA_PROJECT = /\/vbaProject$/;
const EXTENSION_NAMES: Readonly<Record<string, string>> = {
  '{BBE1A952-AA13-448e-AADC-164F8A28A991}': '切片器',
  '{46BE6895-7355-4a93-B00E-2C351335B9C9}': '切片器',
  '{D0CA8CA8-9F24-4464-BF8E-62219DCF47F9}': '日程表',
};

/** The workbook's children kept as they were (custom views, extensions), and what is left out of them, said. */
function workbookChildren(xml: string): { views?: string; extensions?: string; lost: string[] } {
  const root = rootOf(xml);
  const lost: string[] = [];
  const prefixes = relationshipPrefixes(root.startTag);
  const child = (name: string) => {
    const c = root.children.find((x) => x.name === name);
    return c && xml.slice(c.start, c.end);
  };
  const viewsText = child('customWorkbookViews');
  const views = viewsText && standalone(viewsText, root.startTag);
  let extensions = child('extLst');
  if (extensions !== undefined) {
    const ext = extensions;
    const related = (c: { start: number; end: number }) => {
      const text = ext.slice(c.start, c.end);
      const tag = text.slice(0, text.indexOf('>') + 1);
      if (relationshipIds(text, [...prefixes, ...relationshipPrefixes(tag)]).length === 0) return false;
      lost.push(`工作簿中的${EXTENSION_NAMES[attribute(tag, 'uri') ?? ''] ?? '扩展内容'}未能写入结果文件。`);
      return true;
    };
    extensions = withoutChildren(ext, related);
    extensions = rootOf(extensions).children.length === 0 ? undefined : standalone(extensions, root.startTag);
  }
  return { lost: [...new Set(lost)], ...(views !== undefined ? { views } : {}), ...(extensions !== undefined ? { extensions } : {}) };
}

async function workbookPart(pkg: Package): Promise<{ path: string; xml: string }> {
  const root = await pkg.relationships('');
  const path = [...root.values()].find((r) => OFFICE_DOCUMENT.test(r.type))?.target ?? 'xl/workbook.xml';
  return { path, xml: (await pkg.text(path)) ?? '' };
}

const sheetsOf = (xml: string) => elements(element(xml, 'sheets')?.body ?? '', 'sheet').map((s) => attributes(s.attrs));
const sheetNamesOf = (xml: string) => sheetsOf(xml).map((a) => a.get('name') ?? '');
/** `sheetId` → name. */
const sheetIdsOf = (xml: string) => new Map(sheetsOf(xml).map((a) => [a.get('sheetId') ?? '', a.get('name') ?? ''] as const));

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
  const children = workbookChildren(xml);
  const lost = [...children.lost];
  if ([...workbookRels.values()].some((r) => VBA_PROJECT.test(r.type))) lost.push('原文件中的宏（VBA 代码）未写入结果文件。');
  return {
    sheetNames: sheetNamesOf(xml),
    sheetIds: sheetIdsOf(xml),
    names: definedNamesOf(xml).names,
    externalLinks,
    lost,
    ...(children.views !== undefined ? { views: children.views } : {}),
    ...(children.extensions !== undefined ? { extensions: children.extensions } : {}),
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
export function mergedNames(kept: Pick<WorkbookKept, 'sheetNames' | 'names'>, written: readonly string[], writtenSheets: readonly string[]): string[] {
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

/**
 * The custom views with each `activeSheetId` the written `sheetId` of the sheet it was in the file; the first written
 * sheet where that one is gone (said in `lost`).
 */
function viewsRenumbered(views: string, kept: WorkbookKept, written: string, lost: string[]): string {
  const ids = new Map([...sheetIdsOf(written)].map(([id, name]) => [name.toUpperCase(), id] as const));
  const sheets = sheetsOf(written);
  const first = sheets.find((a) => (a.get('state') ?? 'visible') === 'visible') ?? sheets[0];
  return views.replace(/<customWorkbookView\s[^>]*>/g, (tag) => {
    const active = attribute(tag, 'activeSheetId');
    if (active === undefined || !first) return tag;
    const name = kept.sheetIds.get(active);
    let id = name === undefined ? undefined : ids.get(name.toUpperCase());
    if (id === undefined) {
      id = first.get('sheetId') ?? '1';
      lost.push(`自定义视图“${attribute(tag, 'name') ?? ''}”原来显示的工作表${name === undefined ? '' : `“${name}”`}已删除，改为显示工作表“${first.get('name') ?? ''}”。`);
    }
    return tag.replace(/(\sactiveSheetId\s*=\s*)(["'])\d*\2/, `$1"${id}"`);
  });
}

/**
 * Puts the workbook's names, custom properties, links, custom views and extensions into the written package; returns
 * what it changed of them, to say.
 */
export async function workbookPutBack(pkg: Package, kept: WorkbookKept, changes: Changes): Promise<string[]> {
  const lost: string[] = [];
  const { path, xml } = await workbookPart(pkg);
  let workbook = workbookWithNames(xml, kept);
  const rels = await pkg.relationships('');
  if (kept.custom && ![...rels.values()].some((r) => CUSTOM_PROPERTIES.test(r.type)) && !(await changes.has(kept.custom.path))) {
    changes.parts.set(kept.custom.path, kept.custom.xml);
    await changes.relate('', kept.custom.type, kept.custom.path);
    await changes.typed(kept.custom.path, CUSTOM_TYPE);
  }
  // Only where ExcelJS wrote none, and none of their parts: never two links of one number.
  const links = rootOf(workbook).children.some((c) => c.name === 'externalReferences') ? [] : kept.externalLinks;
  const taken = await Promise.all(links.map((l) => changes.has(l.path)));
  if (links.length > 0 && !taken.includes(true)) {
    const refs: string[] = [];
    for (const link of links) {
      const id = await changes.relate(path, link.type, link.path, true);
      refs.push(`<externalReference r:id="${id}"/>`);
      changes.parts.set(link.path, link.xml);
      if (link.rels !== undefined) changes.parts.set(relsPathOf(link.path), link.rels);
      await changes.typed(link.path, EXTERNAL_LINK_TYPE);
    }
    workbook = withChild(workbook, 'externalReferences', `<externalReferences>${refs.join('')}</externalReferences>`, WORKBOOK_ORDER);
  }
  const has = (name: string) => rootOf(workbook).children.some((c) => c.name === name);
  if (kept.views !== undefined && !has('customWorkbookViews')) workbook = withChild(workbook, 'customWorkbookViews', viewsRenumbered(kept.views, kept, xml, lost), WORKBOOK_ORDER);
  if (kept.extensions !== undefined && !has('extLst')) workbook = withChild(workbook, 'extLst', kept.extensions, WORKBOOK_ORDER);
  if (workbook !== xml) changes.parts.set(path, workbook);
  return lost;
}
