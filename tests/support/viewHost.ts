/**
 * What a jsdom test of one of the pane's views needs around it: a host that is never asked to read or write (the
 * view is given its grid), and a stand-in for ResizeObserver, which Fluent's MessageBar measures itself with to
 * reflow its actions (jsdom lays nothing out and has none).
 */
import { act } from 'react';
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

/** Lets lazy imports, effects and what they render arrive. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

/** Clicks an element that must be there, and lets what it starts settle. */
export async function click(element: HTMLElement | undefined): Promise<void> {
  expect(element).toBeDefined();
  await act(async () => element!.click());
  await settle();
}
