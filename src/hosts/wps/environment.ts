/**
 * Where the ET object model comes from inside WPS: the add-in's pages get `window.Application` (the running
 * WPS 表格) and the `wps` namespace (`wps.EtApplication()`). Outside WPS neither exists.
 */
import type { EtApplication } from './et';

interface WpsWindow {
  readonly Application?: unknown;
  readonly wps?: { readonly EtApplication?: () => unknown };
}

/** The running WPS 表格, or undefined outside WPS. */
export function wpsApplication(): EtApplication | undefined {
  const w = globalThis as WpsWindow;
  const app = w.Application ?? w.wps?.EtApplication?.();
  // The object model is the one et.ts describes (checked against wps-jsapi); nothing here can check it at run time.
  return (app ?? undefined) as EtApplication | undefined;
}
