/**
 * A React root for the jsdom tests of the pane: a container attached to the document and a root in it, made anew
 * before each test and unmounted and removed after it. `act` is told it runs in a test environment.
 */
import { act } from 'react';
import { createRoot, Root } from 'react-dom/client';

export interface DomRoot {
  readonly root: Root;
  readonly container: HTMLElement;
}

/** Registers the per-test setup; the returned object holds the current test's root and container. */
export function domRootPerTest(): DomRoot {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const dom = {} as { root: Root; container: HTMLElement };
  beforeEach(() => {
    dom.container = document.createElement('div');
    document.body.append(dom.container);
    dom.root = createRoot(dom.container);
  });
  afterEach(() => {
    act(() => dom.root.unmount());
    dom.container.remove();
  });
  return dom;
}
