/**
 * What ExcelJS cannot be trusted with, kept out of its hands: taken from the file's parts before ExcelJS loads them
 * and put back, sheet by sheet, into the package it writes. ExcelJS stays the writer of everything a plan writes.
 *
 * - `<dataValidations>`: ExcelJS expands each range to one entry per cell, on loading and again on writing. Over a
 *   whole column (`C7:I1048576`, as real templates have) `fill` took 88 s and 2.6 GB; over a whole sheet it never
 *   ended. No plan writes a validation, so every sheet's element is taken out before ExcelJS loads the file and put
 *   back, as it was, in the sheet of the same name in what it writes.
 *
 * Sheets are matched by name through each package's workbook part and its relationships, never by position: a plan
 * adds and deletes sheets. A sheet the plan deleted gets nothing back.
 */
import type ExcelJS from 'exceljs';
import { openPackage, Package } from './ooxml/package';
import { attributes, element, elements } from './ooxml/xml';
import { indexOfBytesFar } from './ooxml/bytes';
import { rootOf, standalone, withChild, withoutChildren, WORKSHEET_ORDER } from './ooxml/children';

const OFFICE_DOCUMENT = /\/officeDocument$/;
const WORKSHEET = /\/worksheet$/;

/** The worksheet children taken out before ExcelJS loads a sheet and put back as they were. */
const TAKEN_OUT: ReadonlySet<string> = new Set(['dataValidations']);
/** A sheet's bytes hold this when it has one of them (a byte search, so that other sheets are never decoded). */
const TAKEN_OUT_HINT = new TextEncoder().encode('Validations');

export interface SetAside {
  /** By sheet name: the elements to put back, by local name, each standing on its own (children.ts, `standalone`). */
  readonly sheets: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

const KEPT = new WeakMap<ExcelJS.Workbook, SetAside>();

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

/**
 * The file for ExcelJS to load (the same bytes when nothing is taken out) and what was taken out of it. Throws the
 * package reader's errors on a damaged file.
 */
export async function setAside(bytes: Uint8Array): Promise<{ readonly input: Uint8Array; readonly kept: SetAside }> {
  const pkg = await openPackage(bytes);
  const sheets = new Map<string, Map<string, string>>();
  const stripped = new Map<string, string>();
  for (const { name, path } of await sheetParts(pkg)) {
    const data = await pkg.bytes(path);
    if (data === undefined || indexOfBytesFar(data, TAKEN_OUT_HINT, 0) === -1) continue;
    const xml = new TextDecoder('utf-8').decode(data);
    const root = rootOf(xml);
    const taken = root.children.filter((c) => TAKEN_OUT.has(c.name));
    if (taken.length === 0) continue;
    sheets.set(name, new Map(taken.map((c) => [c.name, standalone(xml.slice(c.start, c.end), root.startTag)])));
    stripped.set(path, withoutChildren(xml, (c) => TAKEN_OUT.has(c.name)));
  }
  if (stripped.size === 0) return { input: bytes, kept: { sheets } };
  const zip = await loadZip(bytes);
  // Stored, not deflated: ExcelJS reads it at once, and the other parts keep their compressed bytes.
  for (const [path, xml] of stripped) zip.file(entryName(zip, path), xml, { compression: 'STORE' });
  const input = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { input, kept: { sheets } };
}

/** Remembers what was taken out of the file the workbook was loaded from, for `putBack` when it is written. */
export function keepFor(wb: ExcelJS.Workbook, kept: SetAside): void {
  if (kept.sheets.size > 0) KEPT.set(wb, kept);
}

/** The package ExcelJS wrote with what was taken out of the workbook's file put back; the same bytes when nothing was. */
export async function putBack(wb: ExcelJS.Workbook, written: Uint8Array): Promise<Uint8Array> {
  const kept = KEPT.get(wb);
  if (!kept) return written;
  const pkg = await openPackage(written);
  const changed = new Map<string, string>();
  for (const { name, path } of await sheetParts(pkg)) {
    const elementsOf = kept.sheets.get(name);
    if (!elementsOf) continue;
    let xml = (await pkg.text(path)) ?? '';
    for (const [local, text] of elementsOf) xml = withChild(xml, local, text, WORKSHEET_ORDER);
    changed.set(path, xml);
  }
  if (changed.size === 0) return written;
  const zip = await loadZip(written);
  for (const [path, xml] of changed) zip.file(entryName(zip, path), xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
