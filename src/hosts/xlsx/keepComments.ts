/**
 * Comments (批注, `xl/comments*.xml`, and the VML shapes that show them, `<legacyDrawing>` → xl/drawings/*.vml):
 * ExcelJS keeps each comment's text but writes its own parts, with every author "Author", every comment hidden (a
 * comment the accountant set to show stays hidden) and every box of its default size. Where the sheet's comments come
 * out as they were (the same cells, the same text), the file's two parts are put back over ExcelJS's, byte for byte;
 * where the plan changed them (a note of the add-in's added or removed), ExcelJS's stay and that is said. A VML part
 * with shapes other than comments, or with parts of its own (a picture fill), is not put back (said).
 * Threaded comments (新版 Excel 可回复的批注, xl/threadedComments/) are dropped by ExcelJS, their text left as the
 * plain comment Excel writes beside each: said.
 */
import type { Package } from './ooxml/package';
import { attribute, decodeXml } from './ooxml/xml';
import { rootOf } from './ooxml/children';
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
    // None left (the plan removed the add-in's notes, all there were), or all there were the add-in's: nothing to say.
    if (written.comments && k.theirs) lost.push(`${what}批注的作者、大小和是否显示未能原样保留（批注的文字不变）。`);
  }
  return lost;
}
