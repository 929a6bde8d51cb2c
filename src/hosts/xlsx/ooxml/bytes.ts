/** Searching the bytes of a part (the reader scans sheets and the shared strings as bytes, not as one string). */

/**
 * Where `byte` next occurs from `from`, or -1. A loop the compiler inlines: `Uint8Array.prototype.indexOf` calls
 * into the runtime, which costs more than the few bytes to the next `<`, `>` or `"` of a cell.
 */
export function find(bytes: Uint8Array, byte: number, from: number): number {
  for (let i = from; i < bytes.length; i++) if (bytes[i] === byte) return i;
  return -1;
}

/** Where `pattern` next occurs in `bytes` from `from`, or -1. */
export function indexOfBytes(bytes: Uint8Array, pattern: Uint8Array, from: number): number {
  const first = pattern[0]!;
  for (let at = find(bytes, first, from); at !== -1; at = find(bytes, first, at + 1)) {
    let k = 1;
    while (k < pattern.length && bytes[at + k] === pattern[k]) k++;
    if (k === pattern.length) return at;
  }
  return -1;
}

/**
 * Where `pattern` next occurs in `bytes` from `from`, or -1, for a search that may run far (a file's last 64 KB, the
 * first megabyte of an .xls): the platform's indexOf hops between the places of the first byte. Such a search runs
 * once a file, before the compiler has seen it, where `find`'s byte loop is interpreted: telling the sample's format
 * (two names looked for in its 33 KB) took 1.9–3.1 ms in a fresh process, 0.3–0.4 ms so.
 */
export function indexOfBytesFar(bytes: Uint8Array, pattern: Uint8Array, from: number): number {
  const first = pattern[0]!;
  for (let at = bytes.indexOf(first, from); at !== -1; at = bytes.indexOf(first, at + 1)) {
    let k = 1;
    while (k < pattern.length && bytes[at + k] === pattern[k]) k++;
    if (k === pattern.length) return at;
  }
  return -1;
}

/** Where `pattern` last starts after `after` and ends by `before`, or -1. */
export function lastIndexOfBytes(bytes: Uint8Array, pattern: Uint8Array, before: number, after: number): number {
  for (let at = before - pattern.length; at > after; at--) {
    let k = 0;
    while (k < pattern.length && bytes[at + k] === pattern[k]) k++;
    if (k === pattern.length) return at;
  }
  return -1;
}
