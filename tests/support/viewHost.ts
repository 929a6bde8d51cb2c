/**
 * What a jsdom test of one of the pane's views needs around it: a host that is never asked to read or write (the
 * view is given its grid), and a stand-in for ResizeObserver, which Fluent's MessageBar measures itself with to
 * reflow its actions (jsdom lays nothing out and has none).
 */
import type { PaneHost } from '../../src/taskpane/host';

export const VIEW_HOST: PaneHost = {
  label: '测试.xlsx',
  read: () => Promise.reject(new Error('not in this test')),
  apply: () => Promise.reject(new Error('not in this test')),
  act: () => Promise.reject(new Error('not in this test')),
  select: () => Promise.resolve(),
  supportsNotes: false,
};

class NoResize {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

/** Gives jsdom's window a ResizeObserver that observes nothing, where it has none. */
export function withResizeObserver(): void {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoResize;
}
