/** The one function of pako (1.x, JSZip's inflater) the browser fallback uses; pako ships no types. */
declare module 'pako' {
  export function inflateRaw(data: Uint8Array): Uint8Array;
}
