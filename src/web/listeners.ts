/**
 * Who listens to a workbook of the web page (webHost.ts, xlsxHost.ts): the sheet view to every change, the pane to
 * the accountant's typing. One set of callbacks, added with a function that removes them again.
 */
export class Listeners {
  private readonly all = new Set<() => void>();

  /** Adds a listener; the function returned removes it (a view unmounting). */
  readonly add = (listener: () => void): (() => void) => {
    this.all.add(listener);
    return () => {
      this.all.delete(listener);
    };
  };

  emit(): void {
    for (const listener of this.all) listener();
  }
}
