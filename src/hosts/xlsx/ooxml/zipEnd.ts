/**
 * The end of a zip (APPNOTE.TXT 4.3.16): its end record and where its central directory starts. Apart from zip.ts so
 * that telling a file's kind (files/kind.ts, in the task pane's first bundle) takes no TextDecoder and no reader with it.
 */

const EOCD = 0x06054b50;
/** The end record is 22 bytes, followed by a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff;

export function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

/** Where the end record starts, or -1. */
export function findEndRecord(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - EOCD_SEARCH);
  for (let at = bytes.length - 22; at >= stop; at--) if (u32(bytes, at) === EOCD) return at;
  return -1;
}

/**
 * Where the central directory starts, as the end record says, or -1 where no end record is found or it points past
 * itself: for telling a zip's kind from its parts' names (files/kind.ts) without reading the directory.
 */
export function directoryStart(bytes: Uint8Array): number {
  const end = findEndRecord(bytes);
  if (end === -1) return -1;
  const start = u32(bytes, end + 16);
  return start <= end ? start : -1;
}
