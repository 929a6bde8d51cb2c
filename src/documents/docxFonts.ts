/**
 * The fonts of an official document (GB/T 9704) and what Word and WPS use where one is not installed. Each run
 * names its font for Latin and for East-Asian text (`w:eastAsia`: without it Word sets Chinese in the theme's
 * font). The font table lists every one with the GB2312 charset and its fallback (`w:altName`), so that a machine
 * without 方正小标宋简体 sets the title in 宋体 and one without 仿宋_GB2312 the body in 仿宋.
 */
import JSZip from 'jszip';

export interface DocumentFont {
  readonly name: string;
  readonly fallback: string;
  /** w:family: roman (serif) or modern (sans). */
  readonly family: 'roman' | 'modern';
}

export const FONTS = {
  title: { name: '方正小标宋简体', fallback: '宋体', family: 'roman' },
  body: { name: '仿宋_GB2312', fallback: '仿宋', family: 'roman' },
  heading1: { name: '黑体', fallback: 'SimHei', family: 'modern' },
  heading2: { name: '楷体_GB2312', fallback: '楷体', family: 'roman' },
  table: { name: '宋体', fallback: 'SimSun', family: 'roman' },
  pageNumber: { name: '宋体', fallback: 'SimSun', family: 'roman' },
} as const satisfies Record<string, DocumentFont>;

/** The same font for every script of a run, East-Asian included. */
export function fontRuns(name: string): { ascii: string; eastAsia: string; hAnsi: string; cs: string } {
  return { ascii: name, eastAsia: name, hAnsi: name, cs: name };
}

const escapeXml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function fontEntry(font: DocumentFont): string {
  return (
    `<w:font w:name="${escapeXml(font.name)}"><w:altName w:val="${escapeXml(font.fallback)}"/><w:charset w:val="86"/>` +
    `<w:family w:val="${font.family}"/><w:pitch w:val="variable"/></w:font>`
  );
}

/** The .docx with our fonts (and their fallbacks) in its font table, in place of any entry of the same name. */
export async function withFontTable(docx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file('word/fontTable.xml');
  if (!file) return docx;
  const xml = await file.async('string');
  const fonts = [...new Map(Object.values(FONTS).map((f) => [f.name, f as DocumentFont])).values()];
  const names = new Set(fonts.map((f) => f.name));
  // Drop entries the library wrote for the same names, then add ours before the closing tag.
  const kept = xml.replace(/<w:font\b[^>]*w:name="([^"]*)"[^>]*>[\s\S]*?<\/w:font>/g, (entry, name: string) => (names.has(name) ? '' : entry));
  const entries = fonts.map(fontEntry).join('');
  // The library writes an empty table as one self-closing element.
  const updated = /<\/w:fonts>\s*$/.test(kept) ? kept.replace(/<\/w:fonts>\s*$/, `${entries}</w:fonts>`) : kept.replace(/<w:fonts\b([^>]*?)\s*\/>\s*$/, `<w:fonts$1>${entries}</w:fonts>`);
  zip.file('word/fontTable.xml', updated);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
