/**
 * What would make Excel refuse or repair a package: a relationship to a part that is not there, a part without a
 * content type or an override for one that is not there, a relationship id used twice in one part's relationships or
 * an `r:id` a part's relationships do not have, a worksheet's or the workbook's children out of the schema's order,
 * two tables of one `id`, a custom view whose active sheet (`activeSheetId`) is no sheet's `sheetId`.
 * Empty for a package Excel opens as it is.
 */
import JSZip from 'jszip';
import { rootOf, WORKSHEET_ORDER } from '../../src/hosts/xlsx/ooxml/children';
import { WORKBOOK_ORDER } from '../../src/hosts/xlsx/keepWorkbook';

const resolve = (base: string, target: string): string => {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const s of target.split('/')) {
    if (s === '..') parts.pop();
    else if (s !== '.') parts.push(s);
  }
  return parts.join('/');
};

const ownerOf = (rels: string) => rels.replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1$2');

export async function packageProblems(bytes: Uint8Array | Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files).filter((f) => !zip.files[f]!.dir);
  const has = new Set(files.map((f) => f.toLowerCase()));
  const problems: string[] = [];
  const types = await zip.file('[Content_Types].xml')!.async('string');
  const defaults = new Set([...types.matchAll(/<Default [^>]*Extension="([^"]+)"/g)].map((m) => m[1]!.toLowerCase()));
  const overrides = [...types.matchAll(/<Override [^>]*PartName="\/([^"]+)"/g)].map((m) => m[1]!);
  for (const o of overrides) if (!has.has(o.toLowerCase())) problems.push(`override for a missing part: ${o}`);
  if (new Set(overrides.map((o) => o.toLowerCase())).size !== overrides.length) problems.push('two overrides for one part');
  const overridden = new Set(overrides.map((o) => o.toLowerCase()));
  for (const f of files) {
    if (f === '[Content_Types].xml') continue;
    if (!overridden.has(f.toLowerCase()) && !defaults.has(f.slice(f.lastIndexOf('.') + 1).toLowerCase())) problems.push(`no content type: ${f}`);
  }
  const relIds = new Map<string, Set<string>>();
  for (const f of files.filter((x) => x.endsWith('.rels'))) {
    const xml = await zip.file(f)!.async('string');
    const owner = ownerOf(f);
    const ids = new Set<string>();
    for (const m of xml.matchAll(/<Relationship\s[^>]*>/g)) {
      const id = /\sId="([^"]+)"/.exec(m[0])![1]!;
      if (ids.has(id)) problems.push(`${f}: ${id} twice`);
      ids.add(id);
      if (/TargetMode="External"/.test(m[0])) continue;
      const target = resolve(owner, /\sTarget="([^"]+)"/.exec(m[0])![1]!);
      if (!has.has(target.toLowerCase())) problems.push(`${f}: ${id} to a missing part ${target}`);
    }
    relIds.set(owner, ids);
  }
  for (const f of files.filter((x) => x.endsWith('.xml') && !x.endsWith('.rels') && x !== '[Content_Types].xml')) {
    const xml = await zip.file(f)!.async('string');
    const ids = relIds.get(f) ?? new Set<string>();
    for (const m of xml.matchAll(/\sr:(?:id|embed|link|pict)="([^"]*)"/g)) if (!ids.has(m[1]!)) problems.push(`${f}: r:id ${m[1]} not in its relationships`);
    const order = /^xl\/worksheets\/[^/]+\.xml$/.test(f) ? WORKSHEET_ORDER : /^xl\/workbook\.xml$/.test(f) ? WORKBOOK_ORDER : undefined;
    if (!order) continue;
    // ExcelJS writes <legacyDrawing> (notes) after <extLst>: Excel opens that, and nothing here puts it there.
    const ranks = rootOf(xml).children.filter((c) => c.name !== 'legacyDrawing').map((c) => order.indexOf(c.name));
    if (ranks.includes(-1) || ranks.some((r, i) => i > 0 && r < ranks[i - 1]!)) problems.push(`${f}: children out of the schema's order`);
  }
  const tableIds = new Set<string>();
  for (const f of files.filter((x) => /^xl\/tables\/[^/]+\.xml$/i.test(x))) {
    const id = /<table\s(?:[^>]*?\s)?id="([^"]*)"/.exec(await zip.file(f)!.async('string'))?.[1];
    if (id !== undefined && tableIds.has(id)) problems.push(`two tables of id ${id}`);
    if (id !== undefined) tableIds.add(id);
  }
  const workbook = zip.file('xl/workbook.xml') && (await zip.file('xl/workbook.xml')!.async('string'));
  if (workbook) {
    const sheetIds = new Set([...workbook.matchAll(/<sheet\s(?:[^>]*?\s)?sheetId="(\d+)"/g)].map((m) => m[1]!));
    for (const m of workbook.matchAll(/<customWorkbookView\s(?:[^>]*?\s)?activeSheetId="(\d+)"/g)) if (!sheetIds.has(m[1]!)) problems.push(`a custom view's active sheet ${m[1]} is no sheet`);
  }
  return problems;
}
