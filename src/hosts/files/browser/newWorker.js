// The page's parsing worker, as webpack makes it: a chunk of its own, its address resolved at build time. In
// JavaScript because `import.meta` is not TypeScript's to compile for the tests' CommonJS; its type is in
// newWorker.d.ts, and only a page (never a test under Node) imports this file.
export function newLegacyWorker() {
  return new Worker(/* webpackChunkName: "legacy-parser" */ new URL('./legacyWorker.ts', import.meta.url));
}
