/** FNV-1a over a text's UTF-16 code units, 32 bits: short, stable ids with no dependency (finding ids, line fingerprints). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
