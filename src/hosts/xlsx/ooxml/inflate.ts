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

async function browserInflater(): Promise<Inflater> {
  if (typeof DecompressionStream === 'function') {
    try {
      new DecompressionStream('deflate-raw');
      return async (data) => {
        const stream = new Blob([new Uint8Array(data)]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
        return new Uint8Array(await new Response(stream).arrayBuffer());
      };
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
