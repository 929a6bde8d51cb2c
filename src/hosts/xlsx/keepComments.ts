/**
 * Comments (批注, `xl/comments*.xml`, and the VML shapes that show them, `<legacyDrawing>` → xl/drawings/*.vml):
 * ExcelJS keeps each comment's text but writes its own parts, with every author "Author", every comment hidden (a
 * comment the accountant set to show stays hidden) and every box of its default size. Where the sheet's comments come
 * out as they were (the same cells, the same text), the file's two parts are put back over ExcelJS's, byte for byte.
 * Where the plan changed them (a note of the add-in's added or removed), the file's parts are written again with each
 * comment that came out the same (cell and text) as it was, byte for byte, comment and shape, and each other one in
 * ExcelJS's form (author "Author", hidden, its default box): its shape numbered after the file's (`_x0000_sN`, in a
 * block of the part's `<o:idmap>`, 1024 shapes a block), its author added to the file's. Said only where one of the
 * accountant's comments comes out in ExcelJS's form. A VML part with shapes other than comments, or with parts of
 * its own (a picture fill), is not put back (said). A comment on a cell the sheet does not write (an empty cell, as
 * Excel saves it) ExcelJS does not read at all: given back to the workbook it loaded (`keepDroppedComments`).
 * Threaded comments (新版 Excel 可回复的批注, xl/threadedComments/) are dropped by ExcelJS, their text left as the
 * plain comment Excel writes beside each: said.
 */
import type ExcelJS from 'exceljs';
import type { Package } from './ooxml/package';
import { attribute, decodeXml } from './ooxml/xml';
import { rootOf, type Child } from './ooxml/children';
import { relsPathOf, type Changes } from './keepParts';
import { NOTE_TAG } from '../../engine/plan/plan';

const COMMENTS = /\/comments$/;
const VML = /\/vmlDrawing$/;
const THREADED = /\/threadedComment$/;

interface CommentsKept {
  readonly sheet: string;
  readonly comments: string;
  /** The VML part, where it shows only these comments and has no parts of its own. */
  readonly vml?: string;
  /** The cells and texts of the comments: what must come out the same for the parts to be put back. */
  readonly key: string;
  /** Whether any is the accountant's (not a note of the add-in's, which a plan may remove). */
  readonly theirs: boolean;
  readonly threaded: boolean;
}

export type CommentsSetAside = readonly CommentsKept[];

/** Each comment's cell and plain text. */
function textsOf(comments: string): { ref: string; text: string }[] {
  const out: { ref: string; text: string }[] = [];
  for (const m of comments.matchAll(/<comment\s[^>]*>[\s\S]*?<\/comment>/g)) {
    const ref = attribute(m[0].slice(0, m[0].indexOf('>') + 1), 'ref') ?? '';
    const text = [...m[0].matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => decodeXml(t[1]!)).join('');
    out.push({ ref, text: text.replace(/\r\n?/g, '\n') });
  }
  return out;
}

const keyOf = (comments: string) =>
  textsOf(comments)
    .map((c) => `${c.ref}\u0000${c.text}`)
    .sort()
    .join('\u0001');

async function partsOf(pkg: Package, sheetPath: string): Promise<{ comments?: { path: string; xml: string }; vml?: { path: string; xml: string }; threaded: boolean }> {
  const rels = [...(await pkg.relationships(sheetPath))].map(([id, r]) => ({ id, ...r }));
  const threaded = rels.some((r) => THREADED.test(r.type));
  // A sheet without comments (most): its part is not read again.
  if (!rels.some((r) => COMMENTS.test(r.type))) return { threaded };
  const sheet = (await pkg.text(sheetPath)) ?? '';
  const legacy = rootOf(sheet).children.find((c) => c.name === 'legacyDrawing');
  const legacyId = legacy && attribute(sheet.slice(legacy.start, sheet.indexOf('>', legacy.start) + 1), 'id');
  const commentsRel = rels.find((r) => COMMENTS.test(r.type));
  const vmlRel = rels.find((r) => VML.test(r.type) && (legacyId === undefined || r.id === legacyId));
  const commentsXml = commentsRel && (await pkg.text(commentsRel.target));
  const vmlXml = vmlRel && (await pkg.text(vmlRel.target));
  return {
    ...(commentsRel && commentsXml !== undefined ? { comments: { path: commentsRel.target, xml: commentsXml } } : {}),
    ...(vmlRel && vmlXml !== undefined ? { vml: { path: vmlRel.target, xml: vmlXml } } : {}),
    threaded,
  };
}

/** Whether the VML part shows comments only and points to no part of its own. */
async function notesOnly(pkg: Package, vml: { path: string; xml: string }): Promise<boolean> {
  const objects = [...vml.xml.matchAll(/<x:ClientData\s[^>]*ObjectType="([^"]*)"/g)].map((m) => m[1]);
  return objects.every((o) => o === 'Note') && (await pkg.text(relsPathOf(vml.path))) === undefined;
}

export async function commentsKept(pkg: Package, sheets: readonly { name: string; path: string }[]): Promise<CommentsSetAside> {
  const out: CommentsKept[] = [];
  for (const sheet of sheets) {
    const parts = await partsOf(pkg, sheet.path);
    if (!parts.comments) continue;
    const vml = parts.vml && (await notesOnly(pkg, parts.vml)) ? parts.vml.xml : undefined;
    const theirs = textsOf(parts.comments.xml).some((c) => !c.text.startsWith(NOTE_TAG));
    out.push({ sheet: sheet.name, comments: parts.comments.xml, key: keyOf(parts.comments.xml), theirs, threaded: parts.threaded, ...(vml !== undefined ? { vml } : {}) });
  }
  return out;
}

interface CommentItem {
  readonly ref: string;
  readonly text: string;
  readonly xml: string;
}

/** The comments of a comments part, in order, and where its author list and comment list are. */
function commentItems(xml: string): { items: CommentItem[]; authors?: Child; list?: Child } | undefined {
  let root;
  try {
    root = rootOf(xml);
  } catch {
    return undefined;
  }
  const authors = root.children.find((c) => c.name === 'authors');
  const list = root.children.find((c) => c.name === 'commentList');
  if (!list) return { items: [], ...(authors ? { authors } : {}) };
  const listXml = xml.slice(list.start, list.end);
  if (listXml.endsWith('/>') && !listXml.includes('</')) return { items: [], list, ...(authors ? { authors } : {}) };
  const children = rootOf(listXml).children;
  // Anything but comments in the list (or a prefix this does not read): left to what was written.
  if (children.some((c) => c.name !== 'comment')) return undefined;
  const items = children.map((c) => {
    const one = listXml.slice(c.start, c.end);
    const t = textsOf(one.replace(/^<[\w.-]+:comment\b/, '<comment').replace(/<\/[\w.-]+:comment>$/, '</comment>'))[0];
    return { ref: t?.ref ?? '', text: t?.text ?? '', xml: one };
  });
  return { items, list, ...(authors ? { authors } : {}) };
}

interface Shape {
  readonly start: number;
  readonly end: number;
  /** `row,col`, 0-based, from its `<x:ClientData>`. */
  readonly cell: string;
}

/** The comment shapes of a VML part (machine-written, not always well-formed XML: read with expressions). */
function shapesOf(vml: string): Shape[] {
  const out: Shape[] = [];
  for (const m of vml.matchAll(/<v:shape\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/v:shape>/g)) {
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(m[0])?.[1];
    const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(m[0])?.[1];
    if (row === undefined || col === undefined) continue;
    out.push({ start: m.index, end: m.index + m[0].length, cell: `${Number(row)},${Number(col)}` });
  }
  return out;
}

/** A cell reference's `row,col`, 0-based, as a VML shape gives its cell. */
function cellOf(ref: string): string {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(ref);
  if (!m) return '';
  const col = [...m[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return `${Number(m[2]) - 1},${col - 1}`;
}

const SHAPE_NUMBER = /_x0000_s(\d+)/g;
const IDMAP = /(<o:idmap\b[^>]*?\bdata\s*=\s*)(["'])([^"']*)\2/;

/**
 * The file's comments part and VML part with the comments that came out the same (cell and text) as they were, and
 * the others as ExcelJS wrote them (`comments`, `vml`); whether one of the accountant's is in ExcelJS's form.
 * Undefined where the parts cannot be read so (then ExcelJS's stay, said).
 */
function merged(fileComments: string, fileVml: string, comments: string, vml: string): { comments: string; vml: string; theirsRewritten: boolean } | undefined {
  const file = commentItems(fileComments);
  const theirs = commentItems(comments);
  if (!file?.list || !theirs) return undefined;
  const fileShapes = new Map(shapesOf(fileVml).map((s) => [s.cell, s] as const));
  const writtenShapes = new Map(shapesOf(vml).map((s) => [s.cell, s] as const));
  const used = new Set<CommentItem>();
  const byRef = new Map<string, CommentItem[]>();
  for (const f of file.items) byRef.set(f.ref, [...(byRef.get(f.ref) ?? []), f]);
  let theirsRewritten = false;
  const out: { xml: string; shape: string; ours: boolean }[] = [];
  for (const w of theirs.items) {
    const cell = cellOf(w.ref);
    const same = (byRef.get(w.ref) ?? []).find((f) => !used.has(f) && f.text === w.text && fileShapes.has(cell));
    if (same) {
      used.add(same);
      const s = fileShapes.get(cell)!;
      out.push({ xml: same.xml, shape: fileVml.slice(s.start, s.end), ours: false });
      continue;
    }
    const s = writtenShapes.get(cell);
    if (!s) return undefined;
    if (!w.text.startsWith(NOTE_TAG)) theirsRewritten = true;
    out.push({ xml: w.xml, shape: vml.slice(s.start, s.end), ours: true });
  }
  // The comments: the file's author list (with ExcelJS's "Author" where a comment of its form needs one), the list.
  let authorsXml = file.authors ? fileComments.slice(file.authors.start, file.authors.end) : '';
  const names = file.authors && !authorsXml.endsWith('/>') ? rootOf(authorsXml).children.map((c) => decodeXml(authorsXml.slice(authorsXml.indexOf('>', c.start) + 1, authorsXml.lastIndexOf('<', c.end - 1)))) : [];
  let authorId = names.indexOf('Author');
  if (out.some((o) => o.ours) && authorId === -1) {
    authorId = names.length;
    authorsXml = file.authors && !authorsXml.endsWith('/>') ? authorsXml.replace(/(<\/[\w.-]*:?authors>)$/, '<author>Author</author>$1') : '<authors><author>Author</author></authors>';
  }
  const listXml = fileComments.slice(file.list.start, file.list.end);
  const empty = listXml.endsWith('/>') && !listXml.includes('</');
  const listTag = empty ? `${listXml.slice(0, -2)}>` : listXml.slice(0, rootOf(listXml).inner);
  const listClose = `</${/^<([\w.:-]+)/.exec(listXml)![1]}>`;
  const items = out.map((o) => (o.ours ? o.xml.replace(/(\sauthorId\s*=\s*)(["'])[^"']*\2/, `$1"${authorId}"`) : o.xml));
  const list = `${listTag}${items.join('')}${listClose}`;
  let commentsOut: string;
  if (file.authors) {
    commentsOut = fileComments.slice(0, file.authors.start) + authorsXml + fileComments.slice(file.authors.end, file.list.start) + list + fileComments.slice(file.list.end);
  } else {
    commentsOut = fileComments.slice(0, file.list.start) + authorsXml + list + fileComments.slice(file.list.end);
  }
  // The VML: the file's shapes of the comments kept, in place; ExcelJS's of the others after them, numbered anew.
  const keptShapes = new Set(out.filter((o) => !o.ours).map((o) => o.shape));
  let vmlOut = '';
  let at = 0;
  for (const s of [...fileShapes.values()].sort((a, b) => a.start - b.start)) {
    if (keptShapes.has(fileVml.slice(s.start, s.end))) continue;
    vmlOut += fileVml.slice(at, s.start);
    at = s.end;
  }
  vmlOut += fileVml.slice(at);
  const ours = out.filter((o) => o.ours);
  if (ours.length === 0) return { comments: commentsOut, vml: vmlOut, theirsRewritten };
  const idmap = IDMAP.exec(vmlOut);
  const blocks = (idmap?.[3] ?? '').split(',').map((b) => Number(b.trim())).filter((b) => Number.isInteger(b) && b > 0);
  const taken = [...fileVml.matchAll(SHAPE_NUMBER)].map((m) => Number(m[1]));
  let next = Math.max(0, ...taken, ...(blocks.length > 0 ? [Math.min(...blocks) * 1024] : [])) + 1;
  const added = ours.map((o) => {
    const n = next++;
    if (!blocks.includes(Math.floor(n / 1024))) blocks.push(Math.floor(n / 1024));
    return o.shape.replace(/\sid\s*=\s*(["'])[^"']*\1/, ` id="_x0000_s${n}"`);
  });
  if (idmap) vmlOut = vmlOut.replace(IDMAP, (_m, head: string, q: string) => `${head}${q}${blocks.join(',')}${q}`);
  // ExcelJS's shapes are of its type `_x0000_t202`: its definition added where the file has none by that id.
  const type = /<v:shapetype\b[^>]*\bid\s*=\s*["']_x0000_t202["'][\s\S]*?<\/v:shapetype>/;
  const typeText = type.test(vmlOut) ? '' : (type.exec(vml)?.[0] ?? '');
  const close = vmlOut.lastIndexOf('</xml>');
  if (close === -1) return undefined;
  vmlOut = vmlOut.slice(0, close) + typeText + added.join('') + vmlOut.slice(close);
  return { comments: commentsOut, vml: vmlOut, theirsRewritten };
}

/**
 * Gives back to the workbook ExcelJS loaded each comment it dropped: ExcelJS reads no comment on a cell the sheet
 * does not write (Excel writes no `<c>` for an empty cell without a format), and wrote the sheet without it, text and
 * all. Its text given back as a note, the cell keeps its comment, the plan sees it as the accountant's (no note of the
 * add-in's goes over it), and the file's comment and shape come back when written (by cell and text).
 */
export function keepDroppedComments(wb: ExcelJS.Workbook, kept: CommentsSetAside): void {
  for (const k of kept) {
    const ws = wb.getWorksheet(k.sheet);
    if (!ws) continue;
    for (const c of textsOf(k.comments)) {
      if (!/^\$?[A-Za-z]{1,3}\$?\d+$/.test(c.ref)) continue;
      const cell = ws.getCell(c.ref.replace(/\$/g, ''));
      if (cell.note === undefined || cell.note === null) cell.note = c.text;
    }
  }
}

/** Puts the file's comments back over ExcelJS's where they came out the same; what could not be, said. */
export async function commentsPutBack(pkg: Package, sheets: readonly { name: string; path: string }[], kept: CommentsSetAside, changes: Changes): Promise<string[]> {
  const lost: string[] = [];
  for (const k of kept) {
    const sheet = sheets.find((s) => s.name === k.sheet);
    // Its sheet deleted by the plan: the comments go with it.
    if (!sheet) continue;
    const what = `工作表“${k.sheet}”中`;
    if (k.threaded) lost.push(`${what}的线程批注（可回复的批注）未能写入结果文件，其文字作为普通批注保留。`);
    const written = await partsOf(pkg, sheet.path);
    if (written.comments && written.vml && k.vml !== undefined && keyOf(written.comments.xml) === k.key) {
      changes.parts.set(written.comments.path, k.comments);
      changes.parts.set(written.vml.path, k.vml);
      continue;
    }
    const mixed = written.comments && written.vml && k.vml !== undefined ? merged(k.comments, k.vml, written.comments.xml, written.vml.xml) : undefined;
    if (written.comments && written.vml && mixed) {
      changes.parts.set(written.comments.path, mixed.comments);
      changes.parts.set(written.vml.path, mixed.vml);
      if (mixed.theirsRewritten) lost.push(`${what}批注的作者、大小和是否显示未能原样保留（批注的文字不变）。`);
      continue;
    }
    // None left (the plan removed the add-in's notes, all there were), or all there were the add-in's: nothing to say.
    if (written.comments && k.theirs) lost.push(`${what}批注的作者、大小和是否显示未能原样保留（批注的文字不变）。`);
  }
  return lost;
}
