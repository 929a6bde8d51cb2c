/**
 * What ExcelJS cannot be trusted with, kept out of its hands: taken from the file's parts before ExcelJS loads them
 * and put back, sheet by sheet, into the package it writes. ExcelJS stays the writer of everything a plan writes.
 *
 * Taken out before ExcelJS loads the sheet, put back as it was:
 * - `<dataValidations>`: ExcelJS expands each range to one entry per cell, on loading and again on writing. Over a
 *   whole column (`C7:I1048576`, as real templates have) `fill` took 88 s and 2.6 GB; over a whole sheet it never
 *   ended. No plan writes a validation.
 * Left to ExcelJS, then put back over what it wrote:
 * - `<extLst>`: ExcelJS keeps only the extension of conditional formats (data bars), and drops the others, such as
 *   the list validations Excel keeps there (`x14:dataValidations`: a list from another sheet). Its own extension of
 *   conditional formats stays (the ids in it are those of the rules it wrote), the file's others come back. An
 *   extension that points to parts of its own (slicers, timelines) is left out and said: the parts and the shapes
 *   that show them are not there (put back, its `r:id` pointed to nothing, or to another part of ExcelJS's).
 * - `<rowBreaks>`, `<colBreaks>` (manual page breaks; ExcelJS drops the column ones);
 * - `<ignoredErrors>` (the green triangles the accountant turned off), `<protectedRanges>` (ranges open for editing
 *   in a protected sheet), `<customSheetViews>` (the sheet's part of a custom view: keepWorkbook.ts has the rest);
 * - `<sheetViews>` where nothing changed the sheet's views (ExcelJS drops `showZeros="0"`); a plan that freezes rows
 *   changes them, and its view stays.
 * - the printer settings (`<pageSetup r:id>` → xl/printerSettings/*.bin, in the sheet and in its custom views):
 *   each part carried byte for byte (keepParts.ts), the written `<pageSetup>` pointing to it.
 * - the pictures in the header or footer (`<legacyDrawingHF>` → a VML part → the pictures): carried byte for byte,
 *   the VML part with its relationships by their own ids, where the sheet's header and footer came out as they were
 *   (the same texts, `&G` where each picture is); said where they changed.
 * Tables: keepTables.ts; comments: keepComments.ts. What ExcelJS drops and nothing puts back is said (`lost`): OLE
 * objects, form controls, the drawing's charts and shapes, pivot tables.
 *
 * The workbook's defined names, custom properties, links, custom views and extensions: keepWorkbook.ts.
 *
 * Sheets are matched by name through each package's workbook part and its relationships, never by position: a plan
 * adds and deletes sheets. A sheet the plan deleted gets nothing back.
 */
import type ExcelJS from 'exceljs';
import { openPackage, Package } from './ooxml/package';
import { attribute, attributes, decodeXml, element, elements } from './ooxml/xml';
import { Child, rootOf, standalone, withChild, withoutChildren, WORKSHEET_ORDER } from './ooxml/children';
import { workbookKept, WorkbookKept, workbookPutBack } from './keepWorkbook';
import { carriable, CarriedPart, Changes, contentTypes, relationshipIds, relationshipPrefixes, relativeTarget, RELATIONSHIPS_NS, relsPathOf, renumbered } from './keepParts';
import { tablesKept, TablesKept, tablesPutBack } from './keepTables';
import { commentsKept, CommentsSetAside, commentsPutBack, keepDroppedComments } from './keepComments';

const OFFICE_DOCUMENT = /\/officeDocument$/;
const WORKSHEET = /\/worksheet$/;

/** Taken out before ExcelJS loads a sheet. */
const TAKEN_OUT: ReadonlySet<string> = new Set(['dataValidations']);
/** Put back over what ExcelJS wrote (the extension list merged with it). */
const PUT_BACK: ReadonlySet<string> = new Set(['extLst', 'rowBreaks', 'colBreaks', 'ignoredErrors', 'protectedRanges', 'customSheetViews']);
/** The extension ExcelJS writes itself: the conditional formats' (ECMA-376 extensions, MS-XLSX 2.3.1). */
const EXCELJS_EXTENSIONS: ReadonlySet<string> = new Set(['{78C0D931-6437-407d-A8EE-F0AAD7539E65}']);

interface SheetKept {
  /** The elements taken out, in order, each standing on its own (children.ts, `standalone`). */
  readonly taken: readonly { readonly name: string; readonly text: string }[];
  /** Elements left to ExcelJS and put back over what it wrote, by local name. */
  readonly original: ReadonlyMap<string, string>;
  /** The sheet's `<sheetViews>`, put back when nothing changed the views. */
  readonly views?: string;
  /** The parts the elements kept (and the sheet's `<pageSetup>`) point to, by the file's relationship id. */
  readonly parts: ReadonlyMap<string, CarriedPart>;
  /** The prefixes the sheet's part binds to the relationships namespace. */
  readonly prefixes: readonly string[];
  /** The file's `<pageSetup r:id>`: its printer settings. */
  readonly pageSetupRel?: string;
  /** The pictures in the header or footer, and the header and footer they are in (`headerFooterKey`). */
  readonly headerFooter?: { readonly pictures: HeaderFooterPictures; readonly key: string };
}

interface HeaderFooterPictures {
  readonly vml: CarriedPart;
  /** The parts the VML part points to, by its relationship id (`o:relid`, kept). */
  readonly related: readonly { readonly id: string; readonly part: CarriedPart }[];
}

export interface SetAside {
  /** By sheet name. */
  readonly sheets: ReadonlyMap<string, SheetKept>;
  /** The workbook's defined names and custom properties (keepWorkbook.ts). */
  readonly workbook?: WorkbookKept;
  /** The tables (keepTables.ts). */
  readonly tables?: TablesKept;
  /** The comments (keepComments.ts). */
  readonly comments?: CommentsSetAside;
  /** What the file has that the written one will not: said, never lost silently. */
  readonly lost?: readonly string[];
}

interface Kept extends SetAside {
  /** The views ExcelJS read of each sheet, by name: a sheet whose views differ when written was given new ones. */
  readonly loadedViews: ReadonlyMap<string, string>;
}

const KEPT = new WeakMap<ExcelJS.Workbook, Kept>();

interface SheetPart {
  readonly name: string;
  readonly path: string;
}

/** The package's worksheets, by name, with the path of each one's part. */
export async function sheetParts(pkg: Package): Promise<SheetPart[]> {
  const root = await pkg.relationships('');
  const workbookPath = [...root.values()].find((r) => OFFICE_DOCUMENT.test(r.type))?.target ?? 'xl/workbook.xml';
  const workbookXml = (await pkg.text(workbookPath)) ?? '';
  const rels = await pkg.relationships(workbookPath);
  return elements(element(workbookXml, 'sheets')?.body ?? '', 'sheet').flatMap((s) => {
    const a = attributes(s.attrs);
    const rel = rels.get(a.get('id') ?? '');
    return rel && WORKSHEET.test(rel.type) ? [{ name: a.get('name') ?? '', path: rel.target }] : [];
  });
}

async function loadZip(bytes: Uint8Array) {
  const { default: JSZip } = await import(/* webpackChunkName: "jszip" */ 'jszip');
  return JSZip.loadAsync(bytes);
}

/** The zip's own name of a part (part names are compared without case). */
function entryName(zip: { files: Record<string, unknown> }, path: string): string {
  const lower = path.toLowerCase();
  return Object.keys(zip.files).find((n) => n.toLowerCase() === lower) ?? path;
}

/** Extensions that point to parts of their own (`r:id`) the file keeps elsewhere too: named when left out. */
const EXTENSION_NAMES: Readonly<Record<string, string>> = {
  '{A8765BA9-456A-4dab-B4F3-ACF838C121DE}': '切片器',
  '{3A4CF648-6AED-40f4-86FF-DC5316D8AED3}': '切片器',
  '{7E03D99C-DC04-49d9-9315-930204A7B6E9}': '日程表',
};

const PIVOT_TABLE = /\/pivotTable$/;
const DRAWING = /\/drawing$/;
const CHART = /\/chart$/;

/**
 * What of a sheet's drawing ExcelJS drops and nothing puts back: it keeps pictures only, and writes its own drawing
 * part. The accountant's charts and shapes (text boxes, arrows) are said; so is a pivot table.
 */
async function relatedNotKept(pkg: Package, sheet: SheetPart): Promise<string[]> {
  const out: string[] = [];
  for (const rel of (await pkg.relationships(sheet.path)).values()) {
    if (PIVOT_TABLE.test(rel.type)) out.push('数据透视表');
    if (!DRAWING.test(rel.type)) continue;
    const drawing = (await pkg.text(rel.target)) ?? '';
    if ([...(await pkg.relationships(rel.target)).values()].some((r) => CHART.test(r.type))) out.push('图表');
    if (/<(?:[\w.-]+:)?(?:sp|cxnSp|grpSp)[\s>]/.test(drawing)) out.push('形状（文本框、箭头等）');
  }
  return [...new Set(out)].map((what) => `工作表“${sheet.name}”中的${what}未能写入结果文件。`);
}

/** Sheet children ExcelJS drops and nothing puts back, with what to call them. */
const NOT_KEPT: Readonly<Record<string, string>> = { oleObjects: '嵌入的对象（OLE 对象）', controls: '表单控件' };
const HF_PICTURES = '页眉页脚中的图片';

/** The header and footer texts of a `<headerFooter>` (each child's name and decoded text) and its two flags. */
function headerFooterKey(xml: string): string {
  const hf = rootOf(xml).children.find((c) => c.name === 'headerFooter');
  if (!hf) return '';
  const text = xml.slice(hf.start, hf.end);
  if (text.endsWith('/>') && !text.includes('</')) return '';
  const tag = rootOf(text).startTag;
  const flag = (name: string) => (['1', 'true'].includes(attribute(tag, name) ?? '') ? '1' : '0');
  const texts = rootOf(text)
    .children.map((c) => {
      const own = text.slice(c.start, c.end);
      return own.endsWith('/>') ? '' : `${c.name}\u0000${decodeXml(own.slice(own.indexOf('>') + 1, own.lastIndexOf('<')))}`;
    })
    .filter((t) => t !== '' && !t.endsWith('\u0000'))
    .sort();
  return [flag('differentOddEven'), flag('differentFirst'), ...texts].join('\u0001');
}

/**
 * The sheet's pictures in the header or footer (`<legacyDrawingHF r:id>` → a VML part, its relationships → the
 * pictures): the VML part and each part it points to, when every one is there. ExcelJS drops them.
 */
async function headerFooterPictures(pkg: Package, sheetPath: string, id: string, typeOf: (path: string) => string | undefined): Promise<HeaderFooterPictures | undefined> {
  const rel = (await pkg.relationships(sheetPath)).get(id);
  const bytes = rel && (await pkg.bytes(rel.target));
  const contentType = rel && typeOf(rel.target);
  if (!rel || !bytes || !contentType) return undefined;
  const related: HeaderFooterPictures['related'][number][] = [];
  for (const [rid, r] of await pkg.relationships(rel.target)) {
    const b = await pkg.bytes(r.target);
    const t = typeOf(r.target);
    // A picture of its own relationships, or one not there: not carried.
    if (!b || !t || (await pkg.text(relsPathOf(r.target))) !== undefined) return undefined;
    related.push({ id: rid, part: { type: r.type, path: r.target, bytes: b, contentType: t } });
  }
  return { vml: { type: rel.type, path: rel.target, bytes, contentType }, related };
}

/**
 * The `<extLst>` without the extensions that point to other parts by relationship (slicers, timelines): their parts
 * and the shapes that show them are ExcelJS's to write, and it writes none. Their names, to say so.
 */
function withoutRelatedExtensions(extLst: string, prefixes: readonly string[]): { text: string; dropped: string[] } {
  const dropped: string[] = [];
  const keep = (c: Child) => {
    const text = extLst.slice(c.start, c.end);
    const own = relationshipPrefixes(text.slice(0, text.indexOf('>') + 1));
    if (relationshipIds(text, [...prefixes, ...own]).length === 0) return true;
    dropped.push(EXTENSION_NAMES[attribute(text.slice(0, text.indexOf('>') + 1), 'uri') ?? ''] ?? '扩展内容');
    return false;
  };
  const text = withoutChildren(extLst, (c) => !keep(c));
  return { text: rootOf(text).children.length === 0 ? '' : text, dropped };
}

/** What a sheet's part gives to keep, and the part without what is taken out (undefined when nothing is). */
async function sheetKept(
  pkg: Package,
  sheet: SheetPart,
  xml: string,
  typeOf: (path: string) => string | undefined,
  lost: string[],
): Promise<{ kept?: SheetKept; stripped?: string }> {
  const root = rootOf(xml);
  const prefixes = relationshipPrefixes(root.startTag);
  const text = (c: Child) => xml.slice(c.start, c.end);
  const takenOut = (c: Child) => TAKEN_OUT.has(c.name);
  const own = (c: Child) => standalone(text(c), root.startTag);
  const taken = root.children.filter(takenOut).map((c) => ({ name: c.name, text: own(c) }));
  const original = new Map<string, string>();
  for (const c of root.children.filter((x) => PUT_BACK.has(x.name))) {
    if (c.name !== 'extLst') {
      original.set(c.name, own(c));
      continue;
    }
    const { text: ext, dropped } = withoutRelatedExtensions(text(c), prefixes);
    for (const what of new Set(dropped)) lost.push(`工作表“${sheet.name}”中的${what}未能写入结果文件。`);
    if (ext !== '') original.set(c.name, standalone(ext, root.startTag));
  }
  for (const c of root.children) if (NOT_KEPT[c.name]) lost.push(`工作表“${sheet.name}”中的${NOT_KEPT[c.name]}未能写入结果文件。`);
  const hfChild = root.children.find((c) => c.name === 'legacyDrawingHF');
  const hfId = hfChild && relationshipIds(text(hfChild), prefixes)[0];
  const pictures = hfId !== undefined ? await headerFooterPictures(pkg, sheet.path, hfId, typeOf) : undefined;
  if (hfChild && !pictures) lost.push(`工作表“${sheet.name}”中的${HF_PICTURES}未能写入结果文件。`);
  const headerFooter = pictures && { pictures, key: headerFooterKey(xml) };
  lost.push(...(await relatedNotKept(pkg, sheet)));
  const viewsChild = root.children.find((c) => c.name === 'sheetViews');
  const views = viewsChild && own(viewsChild);
  const setup = root.children.find((c) => c.name === 'pageSetup');
  const setupTag = setup ? text(setup) : '';
  const pageSetupRel = relationshipIds(setupTag, prefixes)[0];
  const ids = [...[...original.values()].flatMap((t) => relationshipIds(t, prefixes)), ...(pageSetupRel !== undefined ? [pageSetupRel] : [])];
  const parts = ids.length > 0 ? await carriable(pkg, sheet.path, ids, typeOf) : new Map<string, CarriedPart>();
  if (taken.length === 0 && original.size === 0 && views === undefined && parts.size === 0 && !headerFooter) return {};
  const kept: SheetKept = {
    taken,
    original,
    parts,
    prefixes,
    ...(views !== undefined ? { views } : {}),
    ...(pageSetupRel !== undefined && parts.has(pageSetupRel) ? { pageSetupRel } : {}),
    ...(headerFooter ? { headerFooter } : {}),
  };
  return { kept, ...(taken.length > 0 ? { stripped: withoutChildren(xml, takenOut) } : {}) };
}

/**
 * The file for ExcelJS to load (the same bytes when nothing is taken out) and what was kept of it. Throws the
 * package reader's errors on a damaged file.
 */
export async function setAside(bytes: Uint8Array): Promise<{ readonly input: Uint8Array; readonly kept: SetAside }> {
  const pkg = await openPackage(bytes);
  const sheets = new Map<string, SheetKept>();
  const stripped = new Map<string, string>();
  const typeOf = await contentTypes(pkg);
  const lost: string[] = [];
  const parts = await sheetParts(pkg);
  for (const sheet of parts) {
    const xml = await pkg.text(sheet.path);
    if (xml === undefined) continue;
    const one = await sheetKept(pkg, sheet, xml, typeOf, lost);
    if (one.kept) sheets.set(sheet.name, one.kept);
    if (one.stripped !== undefined) stripped.set(sheet.path, one.stripped);
  }
  const workbook = await workbookKept(pkg);
  lost.push(...workbook.lost);
  const tables = await tablesKept(pkg, parts);
  const comments = await commentsKept(pkg, parts);
  const kept: SetAside = { sheets, workbook, ...(tables.tables.length > 0 ? { tables } : {}), ...(comments.length > 0 ? { comments } : {}), lost };
  if (stripped.size === 0) return { input: bytes, kept };
  const zip = await loadZip(bytes);
  // Stored, not deflated: ExcelJS reads it at once, and the other parts keep their compressed bytes.
  for (const [path, xml] of stripped) zip.file(entryName(zip, path), xml, { compression: 'STORE' });
  const input = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { input, kept };
}

const viewsOf = (ws: ExcelJS.Worksheet) => JSON.stringify(ws.views ?? []);

/**
 * ExcelJS reads a `<pageSetup>` without `useFirstPageNumber` as starting at page 1 and writes it so: every sheet
 * written restarted its page numbers at 1 (`useFirstPageNumber="1"`). A sheet that does not say where to start
 * is left not saying it.
 */
export function keepPageNumbering(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const setup = ws.pageSetup as Partial<ExcelJS.PageSetup> & { useFirstPageNumber?: boolean };
    if (!setup.useFirstPageNumber) setup.firstPageNumber = undefined;
  }
}

/**
 * Remembers what was kept of the file the workbook was just loaded from, for `putBack` when it is written; gives the
 * workbook back the comments ExcelJS dropped on loading (keepComments.ts).
 */
export function keepFor(wb: ExcelJS.Workbook, kept: SetAside): void {
  if (kept.comments) keepDroppedComments(wb, kept.comments);
  const workbook = kept.workbook;
  const nothing = !workbook?.custom && !workbook?.names.length && !workbook?.externalLinks.length && !workbook?.views && !workbook?.extensions;
  if (kept.sheets.size === 0 && nothing && !kept.tables && !kept.comments && !kept.lost?.length) return;
  KEPT.set(wb, { ...kept, loadedViews: new Map(wb.worksheets.map((ws) => [ws.name, viewsOf(ws)])) });
}

/**
 * The file's `<extLst>` with ExcelJS's own extensions in it: each of the file's in its place, but for those ExcelJS
 * writes itself: the file's if the rules it extends (by id) are in the part written (`part`), else ExcelJS's, if any.
 * Then any other ExcelJS wrote.
 */
function mergedExtensions(kept: string, written: string | undefined, part: string): string {
  const uri = (xml: string, c: Child) => attribute(xml.slice(c.start, xml.indexOf('>', c.start)), 'uri') ?? '';
  const writtenRoot = written === undefined ? undefined : rootOf(written);
  const writtenExts = new Map((writtenRoot?.children ?? []).map((c) => [uri(written!, c), standalone(written!.slice(c.start, c.end), writtenRoot!.startTag)] as const));
  const keptRoot = rootOf(kept);
  const seen = new Set<string>();
  const exts = keptRoot.children.flatMap((c) => {
    const id = uri(kept, c);
    seen.add(id);
    if (!EXCELJS_EXTENSIONS.has(id)) return [kept.slice(c.start, c.end)];
    // The file's own while the rules it extends are in the part by the same ids: ExcelJS reads one extension of a
    // list (after another, it lost this one and wrote the rules alone), and writes a data bar's `autoMin` as `min`.
    const ownText = kept.slice(c.start, c.end);
    const ids = [...ownText.matchAll(/\sid\s*=\s*"(\{[^"]*\})"/g)].map((m) => m[1]!);
    if (ids.length > 0 && ids.every((i) => part.includes(`>${i}<`))) return [ownText];
    const theirs = writtenExts.get(id);
    return theirs === undefined ? [] : [theirs];
  });
  for (const [id, text] of writtenExts) if (!seen.has(id)) exts.push(text);
  return exts.length === 0 ? '' : kept.slice(0, keptRoot.inner) + exts.join('') + kept.slice(keptRoot.close);
}

/** The written `<pageSetup>` pointing to the printer settings carried (`id`). */
function withPrinterSettings(xml: string, id: string): string {
  const root = rootOf(xml);
  const setup = root.children.find((c) => c.name === 'pageSetup');
  if (!setup) return xml;
  const tag = xml.slice(setup.start, setup.end);
  const prefix = relationshipPrefixes(root.startTag)[0];
  const attr = prefix ? ` ${prefix}:id="${id}"` : ` xmlns:r="${RELATIONSHIPS_NS}" r:id="${id}"`;
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.indexOf('>');
  const cleaned = tag.slice(0, close).replace(/\s[\w.-]+:id\s*=\s*"[^"]*"/g, '');
  return xml.slice(0, setup.start) + cleaned + attr + tag.slice(close) + xml.slice(setup.end);
}

/**
 * The header's or footer's pictures carried into the package, where the sheet's header and footer came out as they
 * were: the VML part and its pictures, each under a name the package has free, the VML part's relationships by its
 * own ids (its shapes point to them). The `<legacyDrawingHF>` that points to it; undefined where the header or footer
 * changed.
 */
async function withHeaderFooterPictures(xml: string, kept: SheetKept, path: string, changes: Changes): Promise<string | undefined> {
  const hf = kept.headerFooter!;
  if (headerFooterKey(xml) !== hf.key) return undefined;
  const vml = await changes.freeName(hf.pictures.vml.path);
  changes.parts.set(vml, hf.pictures.vml.bytes);
  await changes.typed(vml, hf.pictures.vml.contentType);
  const rels = [];
  for (const { id, part } of hf.pictures.related) {
    const to = await changes.freeName(part.path);
    changes.parts.set(to, part.bytes);
    await changes.typed(to, part.contentType);
    rels.push(`<Relationship Id="${id}" Type="${part.type}" Target="${relativeTarget(vml, to)}"/>`);
  }
  if (rels.length > 0) changes.parts.set(relsPathOf(vml), `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  const id = await changes.relate(path, hf.pictures.vml.type, vml);
  const root = rootOf(xml);
  const prefix = relationshipPrefixes(root.startTag)[0];
  const element = prefix ? `<legacyDrawingHF ${prefix}:id="${id}"/>` : `<legacyDrawingHF xmlns:r="${RELATIONSHIPS_NS}" r:id="${id}"/>`;
  // Before the first child the schema puts after it (not after ExcelJS's `<legacyDrawing>`, which it writes last).
  const rank = WORKSHEET_ORDER.indexOf('legacyDrawingHF');
  const after = root.children.find((c) => c.name !== 'legacyDrawing' && WORKSHEET_ORDER.indexOf(c.name) > rank);
  const at = after ? after.start : root.close;
  return xml.slice(0, at) + element + xml.slice(at);
}

async function putBackSheet(xml: string, kept: SheetKept, viewsUnchanged: boolean, path: string, changes: Changes, name: string, lost: string[]): Promise<string> {
  let out = xml;
  // Each part carried once, whatever points to it.
  const ids = new Map<string, string>();
  for (const [id, part] of kept.parts) ids.set(id, await changes.carry(path, part));
  for (const t of kept.taken) out = withChild(out, t.name, t.text, WORKSHEET_ORDER);
  for (const [name, original] of kept.original) {
    const text = renumbered(original, kept.prefixes, ids);
    if (name !== 'extLst') {
      out = withChild(out, name, text, WORKSHEET_ORDER);
      continue;
    }
    const written = rootOf(out).children.find((c) => c.name === 'extLst');
    const merged = mergedExtensions(text, written && out.slice(written.start, written.end), out);
    if (merged !== '') out = withChild(out, name, merged, WORKSHEET_ORDER);
    else if (written) out = out.slice(0, written.start) + out.slice(written.end);
  }
  if (kept.views !== undefined && viewsUnchanged) out = withChild(out, 'sheetViews', kept.views, WORKSHEET_ORDER);
  const printer = kept.pageSetupRel !== undefined ? ids.get(kept.pageSetupRel) : undefined;
  if (printer !== undefined) out = withPrinterSettings(out, printer);
  if (kept.headerFooter) {
    const pictures = await withHeaderFooterPictures(out, kept, path, changes);
    if (pictures === undefined) lost.push(`工作表“${name}”中的${HF_PICTURES}未能写入结果文件（页眉页脚已改变）。`);
    else out = pictures;
  }
  return out;
}

/**
 * The package ExcelJS wrote with what was kept of the workbook's file put back (the same bytes when nothing was), and
 * what of the file it could not put back, to say.
 */
export async function putBackSaying(wb: ExcelJS.Workbook, written: Uint8Array): Promise<{ readonly bytes: Uint8Array; readonly lost: readonly string[] }> {
  const kept = KEPT.get(wb);
  if (!kept) return { bytes: written, lost: [] };
  const pkg = await openPackage(written);
  const changes = new Changes(pkg);
  const lost = [...(kept.lost ?? [])];
  if (kept.workbook) lost.push(...(await workbookPutBack(pkg, kept.workbook, changes)));
  const sheets = await sheetParts(pkg);
  for (const { name, path } of sheets) {
    const one = kept.sheets.get(name);
    if (!one) continue;
    const ws = wb.getWorksheet(name);
    const xml = (await pkg.text(path)) ?? '';
    const out = await putBackSheet(xml, one, ws !== undefined && kept.loadedViews.get(name) === viewsOf(ws), path, changes, name, lost);
    if (out !== xml) changes.parts.set(path, out);
  }
  if (kept.tables) lost.push(...(await tablesPutBack(wb, pkg, sheets, kept.tables, changes)));
  if (kept.comments) lost.push(...(await commentsPutBack(pkg, sheets, kept.comments, changes)));
  if (changes.parts.size === 0) return { bytes: written, lost };
  const zip = await loadZip(written);
  for (const [path, data] of changes.parts) zip.file(entryName(zip, path), data);
  return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), lost };
}

/** The package ExcelJS wrote with what was kept of the workbook's file put back; the same bytes when nothing was. */
export async function putBack(wb: ExcelJS.Workbook, written: Uint8Array): Promise<Uint8Array> {
  return (await putBackSaying(wb, written)).bytes;
}
