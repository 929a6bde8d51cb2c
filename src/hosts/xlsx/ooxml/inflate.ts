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

export function platformInflater(): Promise<Inflater> {
  chosen ??= isNode()
    ? import('zlib').then((zlib) => (data: Uint8Array) => zlib.inflateRawSync(data))
    : browserInflater();
  return chosen;
}
