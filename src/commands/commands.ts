/** The ribbon's function file. The only command opens the task pane (declared in manifest.xml). */
// Without office.js (blocked on an intranet) there is nothing to register; the task pane says what to do.
if (typeof Office !== 'undefined') void Office.onReady(() => undefined);
