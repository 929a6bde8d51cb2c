/**
 * Inflating a part with what the platform has: Node's zlib in the command line (at zlib's own speed); in a browser
 * its DecompressionStream, or pako (already a dependency of ExcelJS's JSZip) where a browser lacks `deflate-raw`
 * (the webviews of older WPS builds). The web build maps `zlib` to nothing (webpack.config.js `resolve.fallback`):
 * the Node branch is never taken there.
 */
import type { Inflater } from './zip';

let chosen: Promise<Inflater> | undefined;

function isNode(): boolean {
  return typeof process !== 'undefined' && typeof process.versions?.node === 'string';
}

/**
 * A part inflated by the platform's DecompressionStream, the compressed bytes written to it directly: the same
 * stream fed from a Blob (`blob.stream().pipeThrough(…)`) took four times as long in Chromium (35 ms against 9 for
 * the sample's 19 parts, most of it on the main thread), a tenth of a first visit's wait for the pane.
 */
export async function streamInflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  // The writes settle as the output is read; damaged data fails the reading below, with the stream's reason.
  // (The zip's bytes are an ArrayBuffer's, never shared memory, which a stream's chunk may not be.)
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  return new Uint8Array(await new Response(stream.readable).arrayBuffer());
}

async function browserInflater(): Promise<Inflater> {
  if (typeof DecompressionStream === 'function') {
    try {
      new DecompressionStream('deflate-raw');
      return streamInflate;
    } catch {
      // A browser that knows the stream but not deflate-raw: pako below.
    }
  }
  const pako = await import(/* webpackChunkName: "pako" */ 'pako');
  return (data) => pako.inflateRaw(data);
}

/** Deflate expands at most 1,032 times (a 258-byte match in 2 bits): a declared size beyond that is not true. */
const DEFLATE_MAX_RATIO = 1032;
/** zlib's smallest output chunk. */
const ZLIB_MIN_CHUNK = 64;
/** Above this a part is inflated in zlib's usual 16 KB chunks rather than into one buffer allocated up front. */
const ONE_CHUNK_LIMIT = 128 * 1024 * 1024;

/**
 * zlib's options for a part whose directory declares `size` inflated bytes: one output chunk of that size, so
 * that zlib inflates straight into the buffer it returns instead of into 16 KB pieces it then copies together
 * (the parts of a 5,000-row workbook inflate in two thirds of the time). The size only sizes the buffer: a
 * wrong one still gives the exact bytes (more chunks when it is too small, a longer buffer cut to the length
 * when too large), and one deflate could not produce, or too large to allocate at once, is not used.
 */
export function zlibChunkOptions(compressedSize: number, size: number): { chunkSize?: number } {
  if (size <= 0 || size > ONE_CHUNK_LIMIT || size > compressedSize * DEFLATE_MAX_RATIO + ZLIB_MIN_CHUNK) return {};
  return { chunkSize: Math.max(ZLIB_MIN_CHUNK, size) };
}

export function platformInflater(): Promise<Inflater> {
  chosen ??= isNode()
    ? import('zlib').then((zlib) => (data: Uint8Array, size: number) => zlib.inflateRawSync(data, zlibChunkOptions(data.length, size)))
    : browserInflater();
  return chosen;
}
