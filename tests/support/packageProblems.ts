/**
 * What would make Excel refuse or repair a package: a relationship to a part that is not there, a part without a
 * content type or an override for one that is not there, a relationship id used twice in one part's relationships or
 * an `r:id` a part's relationships do not have, a worksheet's or the workbook's children out of the schema's order,
 * two tables of one `id`, a custom view whose active sheet (`activeSheetId`) is no sheet's `sheetId`; in a VML part,
 * two shapes of one id (`id`, `o:spid`) or a shape numbered (`_x0000_sN`) outside the part's `<o:idmap>` blocks
 * (1024 a block); a sheet's comment without its shape in the sheet's `<legacyDrawing>`, or a comment shape without its
 * comment, or a comment whose `authorId` is no author.
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
  problems.push(...(await commentProblems(zip, files)));
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

/** A cell reference's `row,col`, 0-based, as a VML shape gives its cell. */
function cellOf(ref: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return `${Number(m[2]) - 1},${col - 1}`;
}

/** The comment shapes of a VML part (`row,col` each), and the problems of its ids. */
function vmlShapes(path: string, vml: string, problems: string[]): string[] {
  const blocks = (/<o:idmap\b[^>]*?\bdata\s*=\s*["']([^"']*)["']/.exec(vml)?.[1] ?? '').split(',').map((b) => Number(b.trim()));
  const ids = new Set<string>();
  const cells: string[] = [];
  for (const m of vml.matchAll(/<v:shape\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/v:shape>/g)) {
    const tag = m[1]!;
    const id = /\sid\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
    const spid = /\so:spid\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
    for (const i of [id, spid]) {
      if (i === undefined) continue;
      if (ids.has(i)) problems.push(`${path}: shape id ${i} twice`);
      ids.add(i);
    }
    const n = /^_x0000_s(\d+)$/.exec(spid ?? id ?? '')?.[1];
    if (n !== undefined && !blocks.includes(Math.floor(Number(n) / 1024))) problems.push(`${path}: shape ${n} outside its idmap`);
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(m[2]!)?.[1];
    const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(m[2]!)?.[1];
    if (/ObjectType\s*=\s*["']Note["']/.test(m[2]!) && row !== undefined && col !== undefined) cells.push(`${row},${col}`);
  }
  return cells;
}

async function commentProblems(zip: JSZip, files: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  const shapes = new Map<string, string[]>();
  for (const f of files.filter((x) => x.toLowerCase().endsWith('.vml'))) shapes.set(f, vmlShapes(f, await zip.file(f)!.async('string'), problems));
  for (const f of files.filter((x) => /^xl\/worksheets\/_rels\/[^/]+\.rels$/.test(x))) {
    const sheet = ownerOf(f);
    const rels = await zip.file(f)!.async('string');
    const target = (re: RegExp) => {
      const m = [...rels.matchAll(/<Relationship\s[^>]*>/g)].find((r) => re.test(r[0]));
      return m && resolve(sheet, /\sTarget="([^"]+)"/.exec(m[0])![1]!);
    };
    const commentsPath = target(/Type="[^"]*\/comments"/);
    const commentsFile = commentsPath && zip.file(commentsPath);
    if (!commentsFile) continue;
    const comments = await commentsFile.async('string');
    const authors = [...comments.matchAll(/<author>/g)].length;
    const legacy = /<legacyDrawing\s[^>]*?r:id="([^"]+)"/.exec((await zip.file(sheet)?.async('string')) ?? '')?.[1];
    const vml = legacy && target(new RegExp(`Id="${legacy}"`));
    const cells = [...(shapes.get(vml ?? '') ?? [])];
    for (const m of comments.matchAll(/<comment\s[^>]*?ref="([^"]+)"[^>]*>/g)) {
      const authorId = Number(/authorId="(\d+)"/.exec(m[0])?.[1] ?? '-1');
      if (!(authorId >= 0 && authorId < authors)) problems.push(`${commentsPath}: comment ${m[1]} of no author`);
      const at = cells.indexOf(cellOf(m[1]!));
      if (at === -1) problems.push(`${commentsPath}: comment ${m[1]} without its shape`);
      else cells.splice(at, 1);
    }
    for (const c of cells) problems.push(`${vml}: comment shape at ${c} without its comment`);
  }
  return problems;
}
